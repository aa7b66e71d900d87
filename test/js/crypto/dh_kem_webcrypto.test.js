'use strict';
// Classic DH (groups, generated primes, set keys, errors), ECDH, primes, SPKAC, KEM and Web Crypto
// key derivation, checked against known answers and node's error shapes.
const assert = require('assert');
const crypto = require('crypto');

// DH: two parties agree; the secret is padded to the size of the prime.
{
  const a = crypto.getDiffieHellman('modp2');
  const b = crypto.createDiffieHellman(a.getPrime(), a.getGenerator());
  assert.strictEqual(a.verifyError, 0);
  assert.strictEqual(b.verifyError, 0);
  a.generateKeys();
  b.generateKeys();
  const s1 = a.computeSecret(b.getPublicKey());
  assert.deepStrictEqual(s1, b.computeSecret(a.getPublicKey()));
  assert.strictEqual(s1.length, 128);
  // A set private key gives g^priv mod p as the public key.
  const c = crypto.createDiffieHellman(a.getPrime());
  c.setPrivateKey(Buffer.from([1]));
  assert.deepStrictEqual(c.generateKeys(), Buffer.from([2]));
  assert.throws(() => a.computeSecret(Buffer.from([1])),
                { code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Supplied key is too small' });
  assert.throws(() => a.computeSecret(Buffer.alloc(200, 0xff)), { message: 'Supplied key is too large' });
  assert.throws(() => crypto.createDiffieHellman(1), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL' });
  assert.throws(() => crypto.createDiffieHellman('abcdef', 1), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
  assert.throws(() => crypto.createDiffieHellman(a.getPrime()).getPublicKey(), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.strictEqual(crypto.createDiffieHellman('02', 'hex').verifyError, 139);
  assert(crypto.DiffieHellman(a.getPrime()) instanceof crypto.DiffieHellman);
  assert.strictEqual(crypto.getDiffieHellman('modp1').setPublicKey, undefined);
}

// ECDH: callable without new; mismatched pairs and bad points.
{
  const e1 = crypto.ECDH('prime256v1');
  const e2 = crypto.createECDH('prime256v1');
  e1.generateKeys();
  e2.generateKeys();
  assert.deepStrictEqual(e1.computeSecret(e2.getPublicKey()), e2.computeSecret(e1.getPublicKey()));
  assert.throws(() => e1.computeSecret(Buffer.alloc(65)), { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' });
  assert.throws(() => crypto.ECDH.convertKey('ff'.repeat(64), 'secp521r1', 'hex'),
                { message: 'Failed to convert Buffer to EC_POINT' });
}

// KeyObject-based diffieHellman pads DH secrets too.
{
  const a = crypto.generateKeyPairSync('dh', { group: 'modp5' });
  const b = crypto.generateKeyPairSync('dh', { group: 'modp5' });
  const s = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
  assert.strictEqual(s.length, 192);
}

// Primes.
{
  const p = crypto.generatePrimeSync(32, { safe: true, bigint: true });
  assert(crypto.checkPrimeSync(p));
  assert(crypto.checkPrimeSync((p - 1n) / 2n));
  assert(crypto.generatePrimeSync(16) instanceof ArrayBuffer);
  assert.throws(() => crypto.generatePrimeSync(64, { add: 7n, rem: 8n }), { message: 'invalid options.rem' });
  assert.throws(() => crypto.checkPrimeSync(-1n), { code: 'ERR_OUT_OF_RANGE' });
  crypto.generatePrime(24, { bigint: true }, (err, prime) => {
    assert.ifError(err);
    crypto.checkPrime(prime, (err2, ok) => {
      assert.ifError(err2);
      assert.strictEqual(ok, true);
    });
  });
}

// Encrypted PEM without a passphrase: OpenSSL's "interrupted or cancelled"; DER PKCS#8: node's error.
{
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'x' });
  assert.throws(() => crypto.createPrivateKey(pem), { code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' });
  const der = privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' });
  assert.throws(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
                { code: 'ERR_MISSING_PASSPHRASE' });
  const empty = privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: '' });
  assert.strictEqual(crypto.createPrivateKey({ key: empty, passphrase: '' }).asymmetricKeyType, 'rsa');

  // RSA KEM (RSASVE).
  const pub = crypto.createPublicKey(privateKey);
  const { sharedKey, ciphertext } = crypto.encapsulate(pub);
  assert.deepStrictEqual(crypto.decapsulate(privateKey, ciphertext), sharedKey);
}

// crypto.hash validation, scrypt parameter errors, a DataView filled in place.
{
  assert.throws(() => crypto.hash('sha1', 'x', 'nope'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => crypto.hash('sha224', '', { outputLength: 32 }),
                { message: 'Output length 32 is invalid for sha224, which does not support XOF' });
  assert.throws(() => crypto.scryptSync('', '', 4, { N: 2 ** 20, maxmem: 2 ** 20 }), { message: /^Invalid scrypt params: error:/ });
  assert.strictEqual(crypto.scryptSync('', '', 0).length, 0);
  const dv = new DataView(new ArrayBuffer(64));
  crypto.randomFillSync(dv);
  assert.notStrictEqual(Buffer.from(dv.buffer).toString('hex'), '00'.repeat(64));
}

// SPKAC.
{
  assert.strictEqual(crypto.Certificate.verifySpkac(Buffer.from('not spkac')), false);
  assert.strictEqual(crypto.Certificate.exportChallenge('bad'), '');
  assert.throws(() => crypto.Certificate.exportPublicKey(1), { code: 'ERR_INVALID_ARG_TYPE' });
}

// Web Crypto: ECDH deriveBits and its errors, HKDF, wrap/unwrap with AES-KW.
(async () => {
  const { subtle } = globalThis.crypto;
  const alice = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const bob = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const a = await subtle.deriveBits({ name: 'ECDH', public: bob.publicKey }, alice.privateKey, 256);
  const b = await subtle.deriveBits({ name: 'ECDH', public: alice.publicKey }, bob.privateKey, null);
  assert.deepStrictEqual(Buffer.from(a), Buffer.from(b));
  await assert.rejects(subtle.deriveBits({ name: 'ECDH' }, alice.privateKey, 256), { code: 'ERR_MISSING_OPTION' });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: bob.publicKey }, alice.privateKey, 264),
                       { name: 'OperationError', message: 'derived bit length is too small' });

  const ikm = await subtle.importKey('raw', Buffer.from('secret'), 'HKDF', false, ['deriveBits']);
  const hk = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) },
                                     ikm, 128);
  assert.deepStrictEqual(Buffer.from(hk),
                         Buffer.from(crypto.hkdfSync('sha256', 'secret', Buffer.alloc(0), Buffer.alloc(0), 16)));
  await assert.rejects(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) },
                                         ikm, null), { name: 'OperationError', message: 'length cannot be null' });

  const kek = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey', 'unwrapKey']);
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const wrapped = await subtle.wrapKey('jwk', hmac, kek, 'AES-KW');
  const back = await subtle.unwrapKey('jwk', wrapped, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true,
                                      ['sign', 'verify']);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', back)),
                         Buffer.from(await subtle.exportKey('raw', hmac)));
  assert.strictEqual(hmac.usages, hmac.usages);
  await assert.rejects(Object.getPrototypeOf(subtle).digest.call({}, 'SHA-256', Buffer.alloc(0)),
                       { code: 'ERR_INVALID_THIS' });
})().then(() => {}, (e) => {
  console.error(e);
  process.exit(1);
});
