'use strict';
// require.cache: keyed by absolute filename; deleting an entry makes the next require re-evaluate.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');
const first = require('../fixtures/cjs/counter');
console.log('first: ' + JSON.stringify(first));
console.log('second is same object: ' + (require('../fixtures/cjs/counter.js') === first));
const key = require.resolve('../fixtures/cjs/counter');
console.log('cache key: ' + path.relative(fixtures, key) + ' absolute=' + path.isAbsolute(key));
const entry = require.cache[key];
console.log('entry: id=' + path.relative(fixtures, entry.id) + ' filename=' + path.relative(fixtures, entry.filename) +
  ' loaded=' + entry.loaded + ' exports match=' + (entry.exports === first));
console.log('in module.children: ' + module.children.includes(entry));
delete require.cache[key];
const second = require('../fixtures/cjs/counter');
console.log('after delete: ' + JSON.stringify(second) + ' new object=' + (second !== first));
// a module that throws while loading is dropped from the cache and evaluated again next time
try {
  require('../fixtures/cjs/throws_once');
} catch (e) {
  console.log('first require threw: ' + e.message);
}
console.log('second require: ' + require('../fixtures/cjs/throws_once'));
// planting a cache entry for a resolvable file short-circuits evaluating it
const planted = require.resolve('../fixtures/cjs/pkg_main/index.js');
require.cache[planted] = { id: planted, filename: planted, loaded: true, exports: 'planted' };
console.log('planted: ' + require('../fixtures/cjs/pkg_main/index.js'));
delete require.cache[planted];
console.log('after removing the plant: ' + require('../fixtures/cjs/pkg_main/index.js'));
console.log('require.cache is Module._cache: ' + (require.cache === require('module')._cache));
