'use strict';
// pbkdf2, scrypt, hkdf: argument checking here, derivation in OpenSSL (async on the thread pool).

require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, validateString, validateUint32, validateObject } =
  require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isKeyObject } = require('internal/util/types');
const { binding, getDigestOrThrow, toBytes } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  return { password, salt, md: getDigestOrThrow(digest) };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(a.md, a.password, a.salt, iterations, keylen, (err, buf) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  return binding.pbkdf2(a.md, a.password, a.salt, iterations, keylen);
}

// scrypt
const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptArgs(password, salt, keylen, options) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const has = (k) => options[k] !== undefined;
    if (has('N')) {
      if (has('cost')) throw new ERR_INCOMPATIBLE_OPTION_PAIR('N', 'cost');
      N = options.N;
      validateUint32(N, 'N');
    }
    if (has('cost')) { N = options.cost; validateUint32(N, 'cost'); }
    if (has('r')) {
      if (has('blockSize')) throw new ERR_INCOMPATIBLE_OPTION_PAIR('r', 'blockSize');
      r = options.r;
      validateUint32(r, 'r');
    }
    if (has('blockSize')) { r = options.blockSize; validateUint32(r, 'blockSize'); }
    if (has('p')) {
      if (has('parallelization')) throw new ERR_INCOMPATIBLE_OPTION_PAIR('p', 'parallelization');
      p = options.p;
      validateUint32(p, 'p');
    }
    if (has('parallelization')) { p = options.parallelization; validateUint32(p, 'parallelization'); }
    if (has('maxmem')) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  const check = binding.scrypt(null, null, N, r, p, maxmem, 0);
  if (check !== true) {
    const e = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    if (typeof check === 'string') e.message = `Invalid scrypt params: ${check}`;
    throw e;
  }
  return { password, salt, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const a = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  // keylen 0 means "check the parameters" to the binding.
  if (keylen === 0) {
    process.nextTick(callback, null, Buffer.alloc(0));
    return;
  }
  binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.maxmem, keylen, (err, buf) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function scryptSync(password, salt, keylen, options = defaults) {
  const a = scryptArgs(password, salt, keylen, options);
  if (keylen === 0) return Buffer.alloc(0);
  return binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.maxmem, keylen);
}

// hkdf
function hkdfKey(key) {
  if (isKeyObject(key)) {
    if (key.type !== 'secret') {
      throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
    }
    return key.export();
  }
  if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) return toBytes(key, 'ikm');
  throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
}

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = hkdfKey(key);
  salt = toBytes(salt, 'salt');
  info = toBytes(info, 'info');
  validateInteger(length, 'length', 0, kMaxInt32);
  const infoLen = typeof info === 'string' ? Buffer.byteLength(info) : info.byteLength;
  if (infoLen > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoLen);
  }
  const md = getDigestOrThrow(digest);
  if (length > md.size * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { md, key, salt, info };
}

function toArrayBuffer(buf) {
  return buf.buffer.byteLength === buf.byteLength ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function hkdf(digest, key, salt, info, length, callback) {
  const a = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(a.md, a.key, a.salt, a.info, length, (err, buf) => {
    if (err) callback(err);
    else callback(null, toArrayBuffer(buf));
  });
}

function hkdfSync(digest, key, salt, info, length) {
  const a = hkdfArgs(digest, key, salt, info, length);
  return toArrayBuffer(binding.hkdf(a.md, a.key, a.salt, a.info, length));
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, toArrayBuffer, validateObject };
