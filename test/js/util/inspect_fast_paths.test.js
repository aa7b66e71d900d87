'use strict';
// util.inspect over arrays and objects that take its fast paths (plain-data arrays read without
// descriptors, plain arrays without Object.keys, Object.prototype.constructor read once) and those
// that must not (accessors, holes, extra and symbol keys, subclasses, proxies, null prototypes, an
// array that grows while inspected). The digest of all outputs under seven option sets was
// recorded with node 24.
const assert = require('assert');
const util = require('util');
const crypto = require('crypto');

function cases() {
  const acc = [1, 2, 3]; Object.defineProperty(acc, 1, { get() { return 9; }, enumerable: true });
  const setter = [1, 2]; Object.defineProperty(setter, 0, { set(v) {}, enumerable: true });
  const holes = [1, , 3, , , 6]; holes.extra = 'x';
  const big = Array.from({ length: 150 }, (_, i) => i);
  const und = [undefined, null, , 0];
  const nested = [[1, [2, [3, [4, [5]]]]], { a: [1, 2] }];
  const sparse = []; sparse[5] = 1; sparse[100] = 2;
  const circ = [1]; circ.push(circ);
  const p = new Proxy([1, 2], {});
  const frozen = Object.freeze([1, 'a', { b: 2 }]);
  const cls = new (class Foo extends Array {})(); cls.push(1, 2);
  const strs = ['a\nb', "it's", 'x'.repeat(100)];
  const sym = [1, 2]; sym[Symbol('s')] = 3;
  const hidden = [1]; Object.defineProperty(hidden, 'h', { value: 1, enumerable: false });
  const nullProto = [1, 2]; Object.setPrototypeOf(nullProto, null);
  const grows = [1, 2, 3]; grows[1] = { [Symbol.for('nodejs.util.inspect.custom')]() { grows.push(4); return 'custom'; } };
  const protoCtor = Object.create({ constructor: function Named() {} });
  const nullObj = Object.assign(Object.create(null), { a: 1 });
  return [acc, setter, holes, big, und, nested, sparse, circ, p, frozen, cls, strs, sym, hidden, nullProto,
    grows, protoCtor, nullObj, [1.5, 2.5], [], [[]], [-0, NaN, 1n], new Map([[1, [2]]]), new Set([[1]]), /x/g,
    new Date(0), Object.assign(/y/, { k: 1 }), Object.assign(new Date(1), { k: 1 }), new Array(3),
    Array.from({ length: 8 }, (_, i) => 'item' + i), { list: [{ a: 1 }, { b: [2, 3] }] }];
};

const opts = [{}, { showHidden: true }, { depth: 0 }, { maxArrayLength: 2 }, { compact: false },
  { showProxy: true }, { breakLength: 20 }];
const out = [];
for (const o of opts) for (const v of cases()) out.push(util.inspect(v, o));
const digest = crypto.createHash('sha256').update(out.join('\u0000')).digest('hex');
if (digest !== '2629471c020936f850d48d96dba8539579309ee871212614ec40da866eddb538') {
  console.log(out.join('\n----\n'));
}
assert.strictEqual(out.length, 217);
assert.strictEqual(digest, '2629471c020936f850d48d96dba8539579309ee871212614ec40da866eddb538');
// Spot checks that say what the digest covers.
assert.strictEqual(util.inspect([1, , 3]), '[ 1, <1 empty item>, 3 ]');
const acc = [1, 2];
Object.defineProperty(acc, 0, { get() { throw new Error('getter ran'); }, enumerable: true });
assert.strictEqual(util.inspect(acc), '[ [Getter], 2 ]');
assert.strictEqual(util.inspect(Object.assign([1], { x: 2 })), '[ 1, x: 2 ]');
