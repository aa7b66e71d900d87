'use strict';
// Buffer paths that have a fast and a fallback implementation (native base64/hex vs node's lenient
// C decoder, pool vs C-allocated memory), fill's binding contract, resizable ArrayBuffers, and
// util.isDeepStrictEqual's skipPrototype.
const assert = require('assert');
const util = require('util');

// base64 / base64url / hex decoding: strict input takes the native path, the rest node's rules.
const b64 = [
  ['aGVsbG8', '68656c6c6f'], ['aGVsbG8=', '68656c6c6f'], ['aGV sbG8=', '68656c6c6f'],
  ['aG-_', '686fbf'], ['a', ''], ['ab==cd', '69'], ['YQ', '61'], ['$$YWJj', '616263'],
  ['YW\nJj', '616263'], ['YWJjZA==YWJj', '61626364'], ['', ''],
];
for (const [input, hex] of b64) {
  assert.strictEqual(Buffer.from(input, 'base64').toString('hex'), hex, input);
  assert.strictEqual(Buffer.from(input, 'base64url').toString('hex'), hex, input);
}
const hexCases = [['0a0B', '0a0b'], ['0a0', '0a'], ['zz', ''], ['0aZZ0b', '0a'], ['a', ''], ['', '']];
for (const [input, out] of hexCases) assert.strictEqual(Buffer.from(input, 'hex').toString('hex'), out, input);
// Large inputs (not from the pool) agree with the small ones.
assert.strictEqual(Buffer.from('aGVsbG8h'.repeat(20000), 'base64').length, 120000);
assert.strictEqual(Buffer.from('YWJj$'.repeat(20000), 'base64').length, 60000);
assert.strictEqual(Buffer.from('0a0B'.repeat(30000), 'hex').length, 60000);
assert.strictEqual(Buffer.from('0a0B'.repeat(30000) + 'zz00', 'hex').length, 60000);
{
  // write() into a short target: the native decoder stops short, node writes what fits.
  const b = Buffer.alloc(4);
  assert.strictEqual(b.write('aGVsbG8=', 'base64'), 4);
  assert.strictEqual(b.toString('latin1'), 'hell');
  assert.strictEqual(b.write('aabbccddee', 1, 'hex'), 3);
  assert.deepStrictEqual([...b], [0x68, 0xaa, 0xbb, 0xcc]);
}
// Round trips of random bytes through every encoding, small and large.
for (const n of [0, 1, 2, 3, 63, 64, 65, 1000, 70000]) {
  const src = Buffer.alloc(n);
  for (let i = 0; i < n; i++) src[i] = (i * 7919 + 13) & 255;
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf16le']) {
    const len = enc === 'utf16le' ? n & ~1 : n;
    assert.deepStrictEqual(Buffer.from(src.toString(enc), enc), src.subarray(0, len), `${enc} ${n}`);
  }
}
// UTF-8 with mixed ASCII and multi-byte text, lone surrogates and invalid bytes.
{
  const s = 'ascii only here. Größe €5 😀 \ud800 x \udc00'.repeat(300);
  const b = Buffer.from(s);
  assert.strictEqual(b.length, Buffer.byteLength(s));
  assert.strictEqual(b.toString(), s.replace(/[\ud800-\udfff](?![\udc00-\udfff])/g, (c, i) =>
    (c >= '\udc00' && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00) ? c : '\ufffd'));
  const bad = Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f, 0x98]);
  const big = Buffer.concat(Array(200).fill(bad));
  assert.strictEqual(big.toString(), 'a\ufffdb\ufffdc\ufffd'.repeat(200));
}

// concat: many small parts (pool), a few large ones (C memory), a length cut and zero fill.
{
  const parts = [];
  for (let i = 0; i < 16; i++) parts.push(Buffer.alloc(64 + i * 37, i + 1));
  const all = Buffer.concat(parts);
  let pos = 0;
  for (const p of parts) {
    assert.deepStrictEqual(all.subarray(pos, pos + p.length), p);
    pos += p.length;
  }
  assert.strictEqual(all.length, pos);
  const big = Buffer.concat([Buffer.alloc(300000, 1), Buffer.alloc(5, 2)]);
  assert.strictEqual(big.length, 300005);
  assert.strictEqual(big[299999], 1);
  assert.strictEqual(big[300004], 2);
  const padded = Buffer.concat([Buffer.from('ab')], 5000);
  assert.strictEqual(padded.toString('latin1', 0, 2), 'ab');
  assert(padded.subarray(2).every((x) => x === 0));
  assert.strictEqual(Buffer.concat([new Uint8Array([1, 2]), Buffer.from([3])]).toString('hex'), '010203');
  assert.throws(() => Buffer.concat([Object.create(Buffer.prototype)]), { code: 'ERR_INVALID_ARG_TYPE' });
}

// allocUnsafe / allocUnsafeSlow / alloc of sizes on both sides of the C threshold.
for (const n of [0, 1, 4095, 4096, 100000]) {
  for (const b of [Buffer.allocUnsafe(n), Buffer.allocUnsafeSlow(n), Buffer.alloc(n)]) {
    assert(Buffer.isBuffer(b));
    assert.strictEqual(b.length, n);
  }
  assert(Buffer.alloc(n).every((x) => x === 0));
}

// fill: real length, not an own `length` property, bounds the write.
assert.throws(() => {
  const buf = Buffer.from('w00t');
  Object.defineProperty(buf, 'length', { value: 1337 });
  buf.fill('');
}, { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.strictEqual(Buffer.alloc(7, 'ab').toString(), 'abababa');
assert.strictEqual(Buffer.alloc(6, 'AQI=', 'base64').toString('hex'), '010201020102');
assert.throws(() => Buffer.alloc(4).fill('zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
// Buffer.prototype.includes works on plain Uint8Arrays (generic method).
assert.strictEqual(Buffer.prototype.includes.call(Uint8Array.of(0x3a, 3, 0xa3, 3), '\u03a3', 0, 'utf16le'), true);

// A view to the end of a resizable ArrayBuffer follows its length.
{
  const ab = new ArrayBuffer(10, { maxByteLength: 20 });
  const b = Buffer.from(ab, 1);
  assert.strictEqual(b.length, 9);
  ab.resize(15);
  assert.strictEqual(b.length, 14);
  assert.strictEqual(Buffer.from(ab, 1, 3).length, 3);
}

// isDeepStrictEqual(a, b, skipPrototype)
{
  function A(v) { this.v = v; }
  function B(v) { this.v = v; }
  assert.strictEqual(util.isDeepStrictEqual(new A(1), new B(1)), false);
  assert.strictEqual(util.isDeepStrictEqual(new A(1), new B(1), true), true);
  assert.strictEqual(util.isDeepStrictEqual(new A(1), new B(2), true), false);
  assert.strictEqual(util.isDeepStrictEqual(new Uint8Array([1]), Buffer.from([1]), true), true);
  assert.strictEqual(util.isDeepStrictEqual({ v: 1 }, new A(1), null), false);
}
