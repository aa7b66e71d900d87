'use strict';
// Known-answer vectors from the standards (test/fixtures/crypto/vectors.json).
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const v = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/crypto/vectors.json'), 'utf8'));
const hex = (s) => Buffer.from(s, 'hex');

for (const [alg, msg, want] of v.hash) {
  assert.strictEqual(crypto.createHash(alg).update(msg).digest('hex'), want, alg);
  assert.strictEqual(crypto.hash(alg, msg), want, alg);
  assert.deepStrictEqual(crypto.createHash(alg).update(Buffer.from(msg)).digest(), hex(want));
  // split updates give the same digest
  const h = crypto.createHash(alg);
  for (const ch of msg) h.update(ch);
  assert.strictEqual(h.digest('base64'), hex(want).toString('base64'));
}
for (const [alg, msg, len, want] of v.shake) {
  assert.strictEqual(crypto.createHash(alg, { outputLength: len }).update(msg).digest('hex'), want);
  assert.strictEqual(crypto.hash(alg, msg, { outputLength: len, outputEncoding: 'hex' }), want);
}
for (const [alg, key, data, want] of v.hmac_rfc4231) {
  assert.strictEqual(crypto.createHmac(alg, hex(key)).update(hex(data)).digest('hex'), want);
}
for (const [p, s, c, len, want] of v.pbkdf2_rfc6070) {
  assert.strictEqual(crypto.pbkdf2Sync(p, s, c, len, 'sha1').toString('hex'), want);
}
for (const [alg, ikm, salt, info, len, want] of v.hkdf_rfc5869) {
  assert.strictEqual(Buffer.from(crypto.hkdfSync(alg, hex(ikm), hex(salt), hex(info), len)).toString('hex'), want);
}
for (const [k, iv, p, c, t] of v.aes_gcm_nist) {
  const bits = k.length * 4;
  const ci = crypto.createCipheriv(`aes-${bits}-gcm`, hex(k), hex(iv));
  const ct = Buffer.concat([ci.update(hex(p)), ci.final()]);
  assert.strictEqual(ct.toString('hex'), c);
  assert.strictEqual(ci.getAuthTag().toString('hex'), t);
  const de = crypto.createDecipheriv(`aes-${bits}-gcm`, hex(k), hex(iv));
  de.setAuthTag(hex(t));
  assert.strictEqual(Buffer.concat([de.update(ct), de.final()]).toString('hex'), p);
}
for (const [sk, pk, msg, sig] of v.ed25519_rfc8032) {
  const jwk = { kty: 'OKP', crv: 'Ed25519', d: hex(sk).toString('base64url'), x: hex(pk).toString('base64url') };
  const priv = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  const pub = crypto.createPublicKey(priv);
  assert.strictEqual(pub.export({ format: 'jwk' }).x, jwk.x);
  assert.strictEqual(crypto.sign(null, hex(msg), priv).toString('hex'), sig);
  assert.strictEqual(crypto.verify(null, hex(msg), pub, hex(sig)), true);
}
let async = 0;
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  assert.ifError(err);
  assert.strictEqual(key.toString('hex'), v.pbkdf2_rfc6070[1][4]);
  async++;
});
process.on('exit', () => assert.strictEqual(async, 1));
