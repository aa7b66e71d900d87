'use strict';
const assert = require('assert');
const crypto = require('crypto');

// copy() keeps state; digest twice throws node's error
const h = crypto.createHash('sha256').update('ab');
const c = h.copy();
assert.strictEqual(h.update('c').digest('hex'), crypto.hash('sha256', 'abc'));
assert.strictEqual(c.update('c').digest('hex'), crypto.hash('sha256', 'abc'));
assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHash('sha256').update(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('nope'), { message: 'Digest method not supported' });
assert.throws(() => crypto.createHmac('nope', 'k'), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.strictEqual(crypto.createHash('sha1').update('héllo', 'latin1').digest('hex'),
  crypto.createHash('sha1').update(Buffer.from('héllo', 'latin1')).digest('hex'));
assert.ok(crypto.getHashes().includes('sha3-512'));
assert.ok(crypto.getCiphers().includes('aes-256-gcm'));
assert.ok(crypto.getCurves().includes('prime256v1'));
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH' });

assert.strictEqual(crypto.randomBytes(33).length, 33);
const u = crypto.randomUUID();
assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.match(globalThis.crypto.randomUUID(), /^[0-9a-f-]{36}$/);
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(5, 10);
  assert.ok(n >= 5 && n < 10);
}
const a = new Uint32Array(8);
assert.strictEqual(globalThis.crypto.getRandomValues(a), a);
assert.throws(() => globalThis.crypto.getRandomValues(new Float32Array(1)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE' });
let pending = 3;
crypto.randomBytes(16, (err, b) => { assert.ifError(err); assert.strictEqual(b.length, 16); pending--; });
crypto.randomFill(new Uint8Array(10), 2, 3, (err, b) => { assert.ifError(err); assert.strictEqual(b.length, 10); pending--; });
crypto.randomInt(100, (err, n) => { assert.ifError(err); assert.ok(n >= 0 && n < 100); pending--; });
process.on('exit', () => assert.strictEqual(pending, 0));
