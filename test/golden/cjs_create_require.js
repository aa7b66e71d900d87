'use strict';
// module.createRequire builds a require relative to any file path or file: URL.
const path = require('path');
const { pathToFileURL } = require('url');
const { createRequire } = require('module');
const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');
const r1 = createRequire(path.join(fixtures, 'nested', 'a', 'b', 'c', 'anything.js'));
console.log('r1 shadow-pkg: ' + r1('shadow-pkg'));
console.log('r1 relative: ' + r1('./deep').shadow);
console.log('r1.resolve: ' + path.relative(fixtures, r1.resolve('plain-pkg')));
console.log('r1.cache is require.cache: ' + (r1.cache === require.cache));
console.log('r1 builtin: ' + (r1('fs') === require('fs')));
const r2 = createRequire(pathToFileURL(path.join(fixtures, 'dir_index', 'x.js')));
console.log('r2 from URL object: ' + r2('./index'));
const r3 = createRequire(pathToFileURL(path.join(fixtures, 'x.js')).href);
console.log('r3 from URL string: ' + r3('./dir_index'));
const r4 = createRequire(fixtures + path.sep);
console.log('r4 from directory with trailing slash: ' + r4('./pkg_main'));
console.log('same module instance as plain require: ' + (r4('./dir_index') === require('../fixtures/cjs/dir_index')));
for (const bad of ['relative/path.js', 42]) {
  try {
    createRequire(bad);
  } catch (e) {
    console.log('createRequire(' + JSON.stringify(bad) + '): ' + e.code);
  }
}
