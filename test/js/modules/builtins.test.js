'use strict';
// Builtin modules: node: prefix, identity, listing, prefix-only schemes.
const assert = require('assert');
const Module = require('module');

for (const name of ['fs', 'path', 'events', 'util', 'timers', 'os', 'buffer', 'stream', 'module', 'assert', 'url', 'process']) {
  assert.ok(Module.builtinModules.includes(name), name + ' listed');
  assert.strictEqual(require('node:' + name), require(name), 'node:' + name);
  assert.strictEqual(require.resolve(name), name);
  assert.ok(Module.isBuiltin(name));
  assert.ok(Module.isBuiltin('node:' + name));
}
assert.ok(Module.builtinModules.every((m) => typeof m === 'string'));
assert.ok(!Module.builtinModules.some((m) => m.startsWith('internal/')), 'no internal modules listed');
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.strictEqual(require('path').posix, require('path/posix'));
assert.strictEqual(require('util').types, require('util/types'));
assert.strictEqual(require('timers').promises, require('timers/promises'));
assert.strictEqual(require('buffer').Buffer, Buffer);
// the module cache does not hold builtins
assert.ok(!('fs' in require.cache));
assert.ok(!('node:fs' in require.cache));
