'use strict';
// Hash updates gathered in JS (small ASCII strings) must interleave exactly with everything else:
// the first update kept pending, non-ASCII strings, long strings, Buffers, copy(), the stream side.
// Expected digests recorded with node 24.
const assert = require('assert');
const crypto = require('crypto');

const parts = ['hello', 'wörld', 'x'.repeat(200), '', 'abc\u00ff', '\ud83d\ude00', Buffer.from('buf'), 'tail'];
const h = crypto.createHash('sha256');
for (let r = 0; r < 3000; r++) for (const p of parts) h.update(p);
const c = h.copy();
h.update('more');
assert.strictEqual(h.digest('hex'), '61da6e61155da5aa5c8137eeea08b6e9f03eb8187003b35f5d7e54cafbd56dae');
assert.strictEqual(c.digest('hex'), '45d0f6ef390f95faf8c935bfb3e3d1917059ce8b976bbf9da08d9f2b472aec92');

// Two small strings, nothing else: pending + batch, no context made before digest().
assert.strictEqual(crypto.createHash('md5').update('a').update('b').digest('hex'), '187ef4436122d1cc2f40dc2b92f0eba0');
// Exactly filling and overflowing the batch.
const big = crypto.createHash('sha1');
for (let i = 0; i < 8193; i++) big.update('z');
assert.strictEqual(big.digest('hex'), crypto.createHash('sha1').update('z'.repeat(8193)).digest('hex'));

const s = crypto.createHash('md5');
s.write('a');
s.write('b');
s.end();
assert.strictEqual(s.read().toString('hex'), '187ef4436122d1cc2f40dc2b92f0eba0');
console.log('ok');
