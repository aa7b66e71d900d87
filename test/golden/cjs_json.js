'use strict';
// JSON modules: parsed once, cached as the same object, BOM stripped, parse errors name the file.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');
const data = require('../fixtures/cjs/json/data.json');
console.log(JSON.stringify(data));
console.log('same object on second require: ' + (require('../fixtures/cjs/json/data') === data));
data.mutated = true;
console.log('mutation visible: ' + require('../fixtures/cjs/json/data.json').mutated);
console.log('array: ' + JSON.stringify(require('../fixtures/cjs/json/array.json')));
console.log('bom: ' + JSON.stringify(require('../fixtures/cjs/json/bom.json')));
try {
  require('../fixtures/cjs/json/bad.json');
} catch (e) {
  console.log('bad json: ' + e.name);
  console.log('message names the file: ' + e.message.includes(path.join(fixtures, 'json', 'bad.json')));
  console.log('not cached after failure: ' + !(require.resolve('../fixtures/cjs/json/bad.json') in require.cache));
}
const m = require.cache[require.resolve('../fixtures/cjs/json/data.json')];
console.log('json module object: loaded=' + m.loaded + ' exports is data=' + (m.exports === data) + ' id=' + path.relative(fixtures, m.id));
