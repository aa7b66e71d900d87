// ES modules: import/export forms, re-exports, namespaces, cycles, top-level await, JSON,
// CommonJS and builtin interop, import.meta, dynamic import() and link/evaluation errors.
import assert from 'node:assert';
import fs, { readFileSync as rfs } from 'fs';
import * as path from 'node:path';
import libDefault, { counter, inc, a, b, d, K, renamed, af, gen, tricky } from './fixtures/esm/lib.mjs';
import * as lib from './fixtures/esm/lib.mjs';
import * as re from './fixtures/esm/reexp.mjs';
import { fromA, seenByA } from './fixtures/esm/cyc_a.mjs';
import { seenByB } from './fixtures/esm/cyc_b.mjs';
import { early, late } from './fixtures/esm/tla.mjs';
import './fixtures/esm/order2.mjs';
import cjs, { named, fn } from './fixtures/esm/cjs.cjs';
import * as cjsNs from './fixtures/esm/cjs.cjs';
import data from './fixtures/esm/data.json' with { type: 'json' };
import { meta, dyn } from './fixtures/esm/meta.mjs';
import defObj from './fixtures/esm/default_expr.mjs';
import DefClass from './fixtures/esm/default_class.mjs';
import { result as pkgResult } from './fixtures/esm/pkg/main.mjs';
import * as asi from './fixtures/esm/asi.mjs';

// Builtins: default is module.exports, named exports are its properties.
assert.strictEqual(fs.readFileSync, rfs);
assert.strictEqual(typeof path.join, 'function');
assert.strictEqual(path.default.join, path.join);

// Local exports of every shape.
assert.strictEqual(libDefault(), 'default fn');
assert.strictEqual(libDefault.name, 'default');
assert.deepStrictEqual([a, b, d], [1, 2, 3]);
assert.strictEqual(K.who(), 'K');
assert.strictEqual(renamed, 'h');
assert.strictEqual(lib['string name'], 'h');
assert.strictEqual(await af(), 'af');
assert.deepStrictEqual([...gen()], [1]);
assert.strictEqual(tricky, 'ab}c[/]2');
assert.strictEqual(counter, 0);

// Declarations without semicolons, destructuring, several declarators.
assert.deepStrictEqual(Object.entries(asi).map(([k, v]) => [k, typeof v === 'function' ? 'fn' : v]),
  [['a', 1], ['f', 'fn'], ['p', 1], ['q', 2], ['rr', 3], ['u', 6], ['w', 5], ['z', 3], ['zz', '1']]);

// Namespace objects: live, sorted, null prototype, not extensible, tagged 'Module'.
assert.strictEqual(Object.getPrototypeOf(lib), null);
assert.strictEqual(Object.prototype.toString.call(lib), '[object Module]');
assert.deepStrictEqual(Object.keys(lib), [...Object.keys(lib)].sort());
assert.ok(!Object.isExtensible(lib));
assert.strictEqual(inc(), 1);
assert.strictEqual(lib.counter, 1);
assert.throws(() => { 'use strict'; lib.counter = 5; }, TypeError);

// Re-exports.
assert.strictEqual(re.libDefault, libDefault);
assert.strictEqual(re.aa, 1);
assert.strictEqual(re.libns, lib);
assert.strictEqual(re.inc, inc);
assert.strictEqual(re.readFileSync, fs.readFileSync);
assert.ok(!('default' in re)); // export * skips default

// Cycles: a hoisted function is callable before its module has run.
assert.strictEqual(fromA(), 'A');
assert.strictEqual(seenByA, 'B');
assert.strictEqual(seenByB, 'A');

// Top-level await in a dependency finishes before this module runs.
assert.deepStrictEqual([early, late], [1, 'late']);

// Post-order evaluation.
assert.deepStrictEqual(globalThis.esmOrder, ['order1', 'order2']);

// CommonJS interop.
assert.deepStrictEqual(cjs, { named: 'n', fn: cjs.fn });
assert.strictEqual(named, 'n');
assert.strictEqual(fn(), 'f');
assert.strictEqual(cjsNs.default, cjs);
assert.strictEqual(cjsNs['module.exports'], cjs);

// JSON.
assert.deepStrictEqual(data, { x: [1, 2], y: null });

// import.meta.
const metaFile = path.join(path.dirname(import.meta.filename), 'fixtures', 'esm', 'meta.mjs');
assert.strictEqual(meta.filename, metaFile);
assert.strictEqual(meta.dirname, path.dirname(metaFile));
assert.strictEqual(meta.url, 'file://' + metaFile);
assert.strictEqual(meta.resolve('./lib.mjs'), 'file://' + path.join(path.dirname(metaFile), 'lib.mjs'));
assert.strictEqual(meta.resolve('node:fs'), 'node:fs');
assert.strictEqual(Object.getPrototypeOf(import.meta), null);

// Default export forms.
assert.deepStrictEqual(defObj, { obj: true });
assert.strictEqual(new DefClass().m(), 'm');

// Packages: "exports" with the import condition, subpaths, createRequire.
assert.deepStrictEqual(pkgResult, ['esm', 'sub', 'cjs']);

// Dynamic import from a module: same namespace, builtins, relative to the importing module.
assert.strictEqual(await import('./fixtures/esm/lib.mjs'), lib);
assert.strictEqual(await dyn('./lib.mjs'), lib);
assert.strictEqual((await import('node:fs')).default, fs);
assert.strictEqual((await import('./fixtures/esm/data.json', { with: { type: 'json' } })).default, data);

// Errors, as node reports them.
await assert.rejects(import('./fixtures/esm/missing.mjs'), { code: 'ERR_MODULE_NOT_FOUND' });
await assert.rejects(import('./fixtures/esm/pkg'), { code: 'ERR_UNSUPPORTED_DIR_IMPORT' });
await assert.rejects(import('./fixtures/esm/data.json'), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING' });
await assert.rejects(import('./fixtures/esm/lib.mjs', { with: { type: 'json' } }),
  { code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE' });
await assert.rejects(import('https://example.com/x.mjs'), { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME' });
await assert.rejects(import('./fixtures/esm/package.jsonx'), { code: 'ERR_MODULE_NOT_FOUND' });
await assert.rejects(import('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
await assert.rejects(import('no-such-package'), { code: 'ERR_MODULE_NOT_FOUND' });
await assert.rejects(import('./fixtures/esm/bad_export.mjs'), {
  name: 'SyntaxError',
  message: "The requested module './lib.mjs' does not provide an export named 'nope'",
});
const thrown = await import('./fixtures/esm/throws.mjs').catch((e) => e);
assert.strictEqual(thrown.message, 'thrown at evaluation');
// An errored module rethrows the same error.
assert.strictEqual(await import('./fixtures/esm/throws.mjs').catch((e) => e), thrown);

// Module code is strict and `this` is undefined.
assert.strictEqual(this, undefined);
assert.throws(() => { undeclared = 1; }, ReferenceError); // eslint-disable-line no-undef
