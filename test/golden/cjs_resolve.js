'use strict';
// require.resolve (with and without the paths option) and require.resolve.paths.
const path = require('path');
const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'fixtures', 'cjs');
const rel = (p) => (p && path.isAbsolute(p) ? path.relative(root, p) : p);
console.log(rel(require.resolve('../fixtures/cjs/dir_index')));
console.log(rel(require.resolve('../fixtures/cjs/pkg_main')));
console.log(rel(require.resolve('../fixtures/cjs/json/data')));
console.log(rel(require.resolve('./cjs_resolve.js')));
console.log(require.resolve('fs') + ' ' + require.resolve('node:fs') + ' ' + require.resolve('node:path'));
console.log(rel(require.resolve('plain-pkg', { paths: [fixtures] })));
console.log(rel(require.resolve('shadow-pkg', { paths: [path.join(fixtures, 'nested', 'a', 'b')] })));
console.log(rel(require.resolve('shadow-pkg', { paths: [path.join(fixtures, 'nested'), path.join(fixtures, 'nested', 'a')] })));
console.log(rel(require.resolve('./counter', { paths: [fixtures] })));
try {
  require.resolve('plain-pkg', { paths: [__dirname] });
} catch (e) {
  console.log('not found with paths: ' + e.code);
}
try {
  require.resolve('../fixtures/cjs/nope');
} catch (e) {
  console.log('not found: ' + e.code + ' ' + e.message.split('\n')[0].replace(root, '<test>'));
}
console.log('resolve.paths(fs): ' + require.resolve.paths('fs'));
console.log('resolve.paths(node:fs): ' + require.resolve.paths('node:fs'));
const rp = require.resolve.paths('plain-pkg');
console.log('resolve.paths(bare) first: ' + rel(rp[0]) + ', starts with module.paths: ' +
  (JSON.stringify(rp.slice(0, module.paths.length)) === JSON.stringify(module.paths)));
const rr = require.resolve.paths('./x');
console.log('resolve.paths(relative): ' + JSON.stringify(rr.map(rel)));
try {
  require.resolve(42);
} catch (e) {
  console.log('non-string: ' + e.code);
}
try {
  require('');
} catch (e) {
  console.log('empty id: ' + e.code);
}
