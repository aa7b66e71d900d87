'use strict';
// node:crypto — OpenSSL 3 EVP underneath (internalBinding('crypto'), a module loaded on first use).

const { binding } = require('internal/crypto/util'); // first: registers the crypto error codes
const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) {
    throw new ERR_INVALID_ARG_TYPE('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf1);
  }
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) {
    throw new ERR_INVALID_ARG_TYPE('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf2);
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

let hashes, ciphers, curves;
const getHashes = () => (hashes ||= binding.getHashes()).slice();
const getCiphers = () => (ciphers ||= binding.getCiphers()).slice();
const getCurves = () => (curves ||= binding.getCurves()).slice();

const lazy = (id) => {
  let m;
  return () => (m ||= require(id));
};
const cipher = lazy('internal/crypto/cipher');
const keys = lazy('internal/crypto/keys');
const keygen = lazy('internal/crypto/keygen');
const sig = lazy('internal/crypto/sig');
const dh = lazy('internal/crypto/diffiehellman');
const x509 = lazy('internal/crypto/x509');
const webcrypto = lazy('internal/crypto/webcrypto');

module.exports = {
  createHash,
  createHmac,
  hash,
  Hash: require('internal/util').deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: require('internal/util').deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  getHashes,
  getCiphers,
  getCurves,
  timingSafeEqual,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  getRandomValues: (array) => webcrypto().crypto.getRandomValues(array),
  checkPrime: random.checkPrime,
  checkPrimeSync: random.checkPrimeSync,
  generatePrime: random.generatePrime,
  generatePrimeSync: random.generatePrimeSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  getFips: () => 0,
  setFips(v) { if (v) { const e = new Error('Cannot set FIPS mode in a non-FIPS build.'); e.code = 'ERR_CRYPTO_FIPS_FORCED'; throw e; } },
  constants: Object.freeze({
    OPENSSL_VERSION_NUMBER: 0x30000000,
    SSL_OP_ALL: 2147485776,
    SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432, SSL_OP_NO_TLSv1: 67108864,
    // OpenSSL 3's SSL_OP_* option bits (secureOptions).
    SSL_OP_ALLOW_NO_DHE_KEX: 1024, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
    SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304, SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192,
    SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648, SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
    SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072, SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
    SSL_OP_NO_QUERY_MTU: 4096, SSL_OP_NO_RENEGOTIATION: 1073741824,
    SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536, SSL_OP_NO_TICKET: 16384,
    SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728, SSL_OP_NO_TLSv1_3: 536870912,
    SSL_OP_PRIORITIZE_CHACHA: 2097152, SSL_OP_TLS_ROLLBACK_BUG: 8388608,
    RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5,
    RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2, POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
    POINT_CONVERSION_HYBRID: 6, defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
    defaultCipherList: require('internal/bootstrap/realm').runtimeOptions.optionValue('--tls-cipher-list') ??
      'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
    TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  }),
};

// Deprecated aliases of randomBytes (DEP0115): not enumerable, as node.
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  Object.defineProperty(module.exports, name, {
    configurable: true, enumerable: false, writable: true,
    value: require('internal/util').pendingDeprecate(random.randomBytes, `crypto.${name} is deprecated.`, 'DEP0115'),
  });
}

// Argon2 needs OpenSSL 3.2; this build links an older one.
function argon2Unsupported() {
  const e = new Error('Argon2 is not supported by this OpenSSL version');
  e.code = 'ERR_CRYPTO_ARGON2_NOT_SUPPORTED';
  throw e;
}

// The rest loads on first use.
const lazyExports = {
  createCipheriv: () => cipher().createCipheriv,
  createDecipheriv: () => cipher().createDecipheriv,
  Cipheriv: () => cipher().Cipheriv,
  Decipheriv: () => cipher().Decipheriv,
  getCipherInfo: () => cipher().getCipherInfo,
  publicEncrypt: () => cipher().publicEncrypt,
  privateDecrypt: () => cipher().privateDecrypt,
  privateEncrypt: () => cipher().privateEncrypt,
  publicDecrypt: () => cipher().publicDecrypt,
  KeyObject: () => keys().KeyObject,
  createSecretKey: () => keys().createSecretKey,
  createPublicKey: () => keys().createPublicKey,
  createPrivateKey: () => keys().createPrivateKey,
  generateKeyPair: () => keygen().generateKeyPair,
  generateKeyPairSync: () => keygen().generateKeyPairSync,
  generateKey: () => keygen().generateKey,
  generateKeySync: () => keygen().generateKeySync,
  createSign: () => sig().createSign,
  createVerify: () => sig().createVerify,
  Sign: () => sig().Sign,
  Verify: () => sig().Verify,
  sign: () => sig().signOneShot,
  verify: () => sig().verifyOneShot,
  createDiffieHellman: () => dh().createDiffieHellman,
  createDiffieHellmanGroup: () => dh().getDiffieHellman,
  getDiffieHellman: () => dh().getDiffieHellman,
  DiffieHellman: () => dh().DiffieHellman,
  DiffieHellmanGroup: () => dh().DiffieHellmanGroup,
  createECDH: () => dh().createECDH,
  ECDH: () => dh().ECDH,
  diffieHellman: () => dh().diffieHellman,
  X509Certificate: () => x509().X509Certificate,
  Certificate: () => require('internal/crypto/certificate').Certificate,
  argon2: () => argon2Unsupported,
  encapsulate: () => require('internal/crypto/kem').encapsulate,
  decapsulate: () => require('internal/crypto/kem').decapsulate,
  argon2Sync: () => argon2Unsupported,
  webcrypto: () => webcrypto().crypto,
  subtle: () => webcrypto().crypto.subtle,
};
for (const name of Object.keys(lazyExports)) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = lazyExports[name]();
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
