'use strict';
// crypto.encapsulate / crypto.decapsulate: key encapsulation (RSASVE for RSA keys with OpenSSL 3.0).

const { binding } = require('internal/crypto/util');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { createPublicKey, createPrivateKey, kHandle } = require('internal/crypto/keys');

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

function keyOf(key, kind) {
  if (key === undefined || key === null || (typeof key !== 'object' && typeof key !== 'string')) {
    throw new ERR_INVALID_ARG_TYPE('key', kKeyTypes, key);
  }
  let ko;
  try {
    ko = kind === 'public' ? createPublicKey(key) : createPrivateKey(key);
  } catch (e) {
    // A key type this OpenSSL cannot read (ML-KEM before 3.5) cannot be used for a KEM either.
    if (e && e.code === 'ERR_OSSL_UNSUPPORTED') {
      const err = new Error(`Failed to initialize ${kind === 'public' ? 'en' : 'de'}capsulation`);
      err.code = 'ERR_CRYPTO_OPERATION_FAILED';
      throw err;
    }
    throw e;
  }
  return ko[kHandle];
}

function deliver(callback, run) {
  let result, err = null;
  try {
    result = run();
  } catch (e) {
    err = e;
  }
  process.nextTick(callback, err, result);
}

function encapsulate(key, callback) {
  const handle = keyOf(key, 'public');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const run = () => {
    const [sharedKey, ciphertext] = binding.kem(0, handle, null);
    return { sharedKey, ciphertext };
  };
  if (callback === undefined) return run();
  deliver(callback, run);
}

function decapsulate(key, ciphertext, callback) {
  const handle = keyOf(key, 'private');
  if (!isArrayBufferView(ciphertext) && !isAnyArrayBuffer(ciphertext)) {
    throw new ERR_INVALID_ARG_TYPE('ciphertext', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], ciphertext);
  }
  const ct = isAnyArrayBuffer(ciphertext) ? new Uint8Array(ciphertext) : ciphertext;
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return binding.kem(1, handle, ct);
  deliver((err, r) => {
    if (err) {
      const e = new Error('Deriving bits failed');
      e.code = 'ERR_CRYPTO_OPERATION_FAILED';
      callback(e);
    } else {
      callback(null, r);
    }
  }, () => binding.kem(1, handle, ct));
}

module.exports = { encapsulate, decapsulate };
