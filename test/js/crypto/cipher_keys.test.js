'use strict';
const assert = require('assert');
const crypto = require('crypto');

const key = crypto.randomBytes(32), iv = crypto.randomBytes(16), msg = Buffer.from('attack at dawn! '.repeat(5));
for (const mode of ['cbc', 'ctr', 'ecb']) {
  for (const bits of [128, 192, 256]) {
    const k = key.subarray(0, bits / 8), v = mode === 'ecb' ? null : iv;
    const c = crypto.createCipheriv(`aes-${bits}-${mode}`, k, v);
    const ct = Buffer.concat([c.update(msg), c.final()]);
    const d = crypto.createDecipheriv(`aes-${bits}-${mode}`, k, v);
    assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), msg);
  }
}
// tampered GCM tag: final throws node's error
const c = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
c.setAAD(Buffer.from('hdr'));
const ct = Buffer.concat([c.update(msg), c.final()]);
const tag = c.getAuthTag();
tag[0] ^= 1;
const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
d.setAAD(Buffer.from('hdr'));
d.setAuthTag(tag);
d.update(ct);
assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
// chacha20-poly1305
const cc = crypto.createCipheriv('chacha20-poly1305', key, iv.subarray(0, 12), { authTagLength: 16 });
const cct = Buffer.concat([cc.update(msg), cc.final()]);
const cd = crypto.createDecipheriv('chacha20-poly1305', key, iv.subarray(0, 12), { authTagLength: 16 });
cd.setAuthTag(cc.getAuthTag());
assert.deepStrictEqual(Buffer.concat([cd.update(cct), cd.final()]), msg);
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv), { code: 'ERR_CRYPTO_INVALID_KEYLEN' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(3)), { code: 'ERR_CRYPTO_INVALID_IV' });
const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
bad.update(Buffer.alloc(16));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT' });
const np = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).setAutoPadding(false);
np.update(Buffer.alloc(5));
assert.throws(() => np.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });

// keys: PEM/DER/JWK round trips, sign/verify, encryption
for (const [type, opts] of [['rsa', { modulusLength: 1024 }], ['ec', { namedCurve: 'P-256' }], ['ed25519', {}]]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, opts);
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  assert.ok(crypto.createPrivateKey(pem).equals(privateKey));
  const der = publicKey.export({ type: 'spki', format: 'der' });
  assert.ok(crypto.createPublicKey({ key: der, format: 'der', type: 'spki' }).equals(publicKey));
  const jwk = privateKey.export({ format: 'jwk' });
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey));
  const md = type === 'ed25519' ? null : 'sha256';
  const sig = crypto.sign(md, msg, privateKey);
  assert.strictEqual(crypto.verify(md, msg, publicKey, sig), true);
  assert.strictEqual(crypto.verify(md, Buffer.from('other'), publicKey, sig), false);
}
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
assert.strictEqual(crypto.privateDecrypt(privateKey, crypto.publicEncrypt(publicKey, msg.subarray(0, 20))).toString(),
  msg.subarray(0, 20).toString());
const s = crypto.createSign('sha256').update(msg).sign(privateKey, 'base64');
assert.ok(crypto.createVerify('sha256').update(msg).verify(publicKey, s, 'base64'));
const e1 = crypto.createECDH('prime256v1'), e2 = crypto.createECDH('prime256v1');
e1.generateKeys();
e2.generateKeys();
assert.deepStrictEqual(e1.computeSecret(e2.getPublicKey()), e2.computeSecret(e1.getPublicKey()));
let done = false;
crypto.generateKeyPair('x25519', (err, pub, priv) => {
  assert.ifError(err);
  assert.strictEqual(priv.asymmetricKeyType, 'x25519');
  done = true;
});
process.on('exit', () => assert.ok(done));
