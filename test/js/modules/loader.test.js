'use strict';
// CommonJS loader behaviour checked on module trees written to a temp dir.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-cjs-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (rel, text) => {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
};

// module.exports replaced by primitives and functions; rebinding `exports` has no effect
write('prim.js', 'module.exports = 42;');
write('fn.js', 'module.exports = function named() { return "called"; };');
write('rebind.js', 'exports = { lost: true }; module.exports.kept = true;');
write('nullish.js', 'module.exports = null;');
assert.strictEqual(require(path.join(dir, 'prim')), 42);
assert.strictEqual(require(path.join(dir, 'fn'))(), 'called');
assert.deepStrictEqual(require(path.join(dir, 'rebind')), { kept: true });
assert.strictEqual(require(path.join(dir, 'nullish')), null);

// module.parent / module.children / module.loaded / module.require
write('child.js', 'module.exports = { parentIsMain: module.parent === require.main, loadedNow: module.loaded, id: module.id };');
const child = require(path.join(dir, 'child'));
assert.strictEqual(child.parentIsMain, true);
assert.strictEqual(child.loadedNow, false);
assert.strictEqual(child.id, path.join(dir, 'child.js'));
assert.ok(module.children.some((m) => m.id === path.join(dir, 'child.js')));
assert.strictEqual(module.require(path.join(dir, 'prim')), 42);
assert.strictEqual(process.mainModule, require.main);

// require.extensions: a custom handler, and .js handler reuse
write('data.txt', 'plain text');
require.extensions['.txt'] = (m, filename) => { m.exports = fs.readFileSync(filename, 'utf8').toUpperCase(); };
try {
  assert.strictEqual(require(path.join(dir, 'data.txt')), 'PLAIN TEXT');
  assert.strictEqual(require(path.join(dir, 'data')), 'PLAIN TEXT'); // tried as an extension too
} finally {
  delete require.extensions['.txt'];
}
assert.strictEqual(Module._extensions, require.extensions);

// symlinks: the cache key and __filename are the real path
write('real/target.js', 'module.exports = { file: __filename };');
fs.symlinkSync(path.join(dir, 'real', 'target.js'), path.join(dir, 'link.js'));
const viaLink = require(path.join(dir, 'link.js'));
assert.strictEqual(viaLink.file, path.join(dir, 'real', 'target.js'));
assert.strictEqual(require(path.join(dir, 'real', 'target.js')), viaLink);

// BOM in a .js file is ignored; unicode in names and sources
write('bom.js', '\ufeffmodule.exports = "bom ok";');
assert.strictEqual(require(path.join(dir, 'bom')), 'bom ok');
write('ünïcødé/名前.js', 'module.exports = "unicode ✓";');
assert.strictEqual(require(path.join(dir, 'ünïcødé', '名前')), 'unicode ✓');

// a module's top-level return stops it; strict mode is per file
write('early.js', 'module.exports = 1; if (true) return; module.exports = 2;');
assert.strictEqual(require(path.join(dir, 'early')), 1);
write('sloppy.js', 'module.exports = (function () { return this === globalThis; })();');
assert.strictEqual(require(path.join(dir, 'sloppy')), true);

// node_modules lookup walks up; a nearer package shadows a farther one; main with ./ prefix
write('node_modules/pkg/package.json', JSON.stringify({ main: './main.js' }));
write('node_modules/pkg/main.js', 'module.exports = "outer pkg";');
write('app/node_modules/pkg/index.js', 'module.exports = "inner pkg";');
write('app/src/deep/user.js', 'module.exports = [require("pkg"), require.resolve("pkg")];');
write('other/user.js', 'module.exports = require("pkg");');
const [inner, innerPath] = require(path.join(dir, 'app/src/deep/user'));
assert.strictEqual(inner, 'inner pkg');
assert.strictEqual(innerPath, path.join(dir, 'app', 'node_modules', 'pkg', 'index.js'));
assert.strictEqual(require(path.join(dir, 'other/user')), 'outer pkg');

// Module._nodeModulePaths lists node_modules dirs from the given dir up to the root
const paths = Module._nodeModulePaths(path.join(dir, 'a', 'b'));
assert.strictEqual(paths[0], path.join(dir, 'a', 'b', 'node_modules'));
assert.strictEqual(paths[1], path.join(dir, 'a', 'node_modules'));
assert.strictEqual(paths[paths.length - 1], '/node_modules');
assert.ok(!Module._nodeModulePaths(path.join(dir, 'node_modules', 'x')).includes(path.join(dir, 'node_modules', 'node_modules')));

// exports field with require condition, pattern and not-exported path
write('node_modules/exp/package.json', JSON.stringify({
  name: 'exp',
  exports: { '.': { require: './r.js', default: './d.js' }, './sub/*': './lib/*.js', './internal/*': null },
}));
write('node_modules/exp/r.js', 'module.exports = "r";');
write('node_modules/exp/lib/x.js', 'module.exports = "x";');
write('node_modules/exp/lib/internal/y.js', 'module.exports = "y";');
const req = Module.createRequire(path.join(dir, 'index.js'));
assert.strictEqual(req('exp'), 'r');
assert.strictEqual(req('exp/sub/x'), 'x');
assert.throws(() => req('exp/internal/y'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('exp/lib/x.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('exp/sub/nope'), { code: 'MODULE_NOT_FOUND' });

// MODULE_NOT_FOUND shape
assert.throws(() => req('./nope'), (e) => {
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  assert.ok(e instanceof Error);
  assert.match(e.message, /^Cannot find module '\.\/nope'\nRequire stack:\n- /);
  assert.deepStrictEqual(e.requireStack, [path.join(dir, 'index.js')]);
  return true;
});

// require.cache entries are Module instances; deleting re-evaluates
write('count.js', 'globalThis.__count = (globalThis.__count || 0) + 1; module.exports = globalThis.__count;');
const countPath = path.join(dir, 'count.js');
assert.strictEqual(require(countPath), 1);
assert.strictEqual(require(countPath), 1);
assert.ok(require.cache[countPath] instanceof Module);
delete require.cache[countPath];
assert.strictEqual(require(countPath), 2);

// JSON: a parse error names the file and leaves no cache entry
write('broken.json', '{ nope }');
assert.throws(() => require(path.join(dir, 'broken.json')), (e) => {
  assert.ok(e instanceof SyntaxError);
  assert.ok(e.message.startsWith(path.join(dir, 'broken.json') + ': '), e.message);
  return true;
});
assert.ok(!(path.join(dir, 'broken.json') in require.cache));
