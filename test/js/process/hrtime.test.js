'use strict';
// process.hrtime / hrtime.bigint: shapes, monotonic, diff form, argument checks.
const assert = require('assert');

const t = process.hrtime();
assert.ok(Array.isArray(t));
assert.strictEqual(t.length, 2);
assert.ok(Number.isInteger(t[0]) && t[0] >= 0);
assert.ok(Number.isInteger(t[1]) && t[1] >= 0 && t[1] < 1e9);

// busy-wait a little so the difference is visible
const end = Date.now() + 20;
while (Date.now() < end);
const d = process.hrtime(t);
assert.strictEqual(d.length, 2);
const ns = d[0] * 1e9 + d[1];
assert.ok(ns >= 15e6, `diff ${ns}ns should be about 20ms`);
assert.ok(ns < 10e9);
assert.ok(d[1] >= 0 && d[1] < 1e9);

const b1 = process.hrtime.bigint();
assert.strictEqual(typeof b1, 'bigint');
let prev = b1;
for (let i = 0; i < 1000; i++) {
  const b = process.hrtime.bigint();
  assert.ok(b >= prev, 'hrtime.bigint must be monotonic');
  prev = b;
}
let prevArr = process.hrtime();
for (let i = 0; i < 1000; i++) {
  const a = process.hrtime();
  assert.ok(a[0] > prevArr[0] || (a[0] === prevArr[0] && a[1] >= prevArr[1]), 'hrtime must be monotonic');
  prevArr = a;
}
// both clocks agree to within a second
const arr = process.hrtime();
const big = process.hrtime.bigint();
const diff = big - (BigInt(arr[0]) * 1000000000n + BigInt(arr[1]));
assert.ok(diff >= 0n && diff < 1000000000n);

assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.hrtime([1]), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => process.hrtime('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(process.hrtime(undefined).length, 2);
