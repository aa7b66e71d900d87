'use strict';
// Extra (non-index) own properties of typed arrays in util.inspect, Buffer's inspect and
// assert.deepStrictEqual (lib/internal/util/view_keys.js). Expected strings recorded with node 24.
// Big views are not listed key by key (JSC makes a string for every index first): inspecting or
// comparing a 16 MB Buffer stays fast (it took ~20 s).
const assert = require('assert');
const util = require('util');

const b = Buffer.from('abc');
b.foo = 1;
b[Symbol('s')] = 2;
Object.defineProperty(b, 'hid', { value: 3, enumerable: false });
assert.strictEqual(util.inspect(b), '<Buffer 61 62 63, foo: 1, Symbol(s): 2>');
assert.strictEqual(util.inspect(b, { showHidden: true }), '<Buffer 61 62 63, foo: 1, hid: 3, Symbol(s): 2>');

const u = new Uint8Array(3);
u.bar = 'x';
u[Symbol('t')] = 1;
assert.strictEqual(util.inspect(u), "Uint8Array(3) [ 0, 0, 0, bar: 'x', Symbol(t): 1 ]");
const dv = new DataView(new ArrayBuffer(2));
dv.q = 1;
assert.match(util.inspect(dv), /q: 1\n}$/);

assert.throws(() => assert.deepStrictEqual(Buffer.from('abc'), Object.assign(Buffer.from('abc'), { x: 1 })),
              assert.AssertionError);
assert.deepStrictEqual(Object.assign(Buffer.from('abc'), { x: 1 }), Object.assign(Buffer.from('abc'), { x: 1 }));
assert.throws(() => assert.deepStrictEqual(Object.assign(new Float64Array(2), { y: 1 }), new Float64Array(2)),
              assert.AssertionError);

const t0 = Date.now();
const big = Buffer.alloc(16 << 20, 7);
assert.match(util.inspect(big), /^<Buffer 07 07 .* 16777166 more bytes>$/);
assert.deepStrictEqual(big, Buffer.alloc(16 << 20, 7));
assert.ok(Date.now() - t0 < 5000, `16 MB inspect + compare took ${Date.now() - t0} ms`);
