'use strict';
// createHash / createHmac / crypto.hash over OpenSSL EVP digests and EVP_MAC HMAC.

require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32, validateObject } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isKeyObject, isCryptoKey } = require('internal/util/types');
const { binding, getDigest, encodeOutput, LazyTransform } = require('internal/crypto/util');

const kState = Symbol('kState');

function updateData(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') return data;
    return Buffer.from(data, encoding);
  }
  if (isArrayBufferView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function digestResult(h, outputEncoding, isHmac) {
  if (outputEncoding === 'hex') return isHmac ? binding.hmacDigest(h, 1) : binding.hashDigest(h, 1);
  const buf = isHmac ? binding.hmacDigest(h, 0) : binding.hashDigest(h, 0);
  return encodeOutput(buf, outputEncoding);
}

// A Hash starts without an OpenSSL context: the first update is kept in JS (a string, or a copy of
// a small buffer), so the usual createHash().update(x).digest() costs one crossing (hashOnce)
// instead of three. A second update makes the context. (Joining string updates in JS was measured
// slower than one crossing per update: JSC's rope strings cost more than the crossing saved.)
const kMaxPendingBytes = 4096;

// A one-shot digest as a Buffer: C writes into a scratch array and the Buffer comes from the pool
// (a Buffer made in C costs a malloc, a typed-array wrapper and a prototype change).
const digestScratch = new Uint8Array(64);
function hashOnceBuffer(md, input, outputLength) {
  const r = binding.hashOnce(md, input, 0, outputLength, digestScratch);
  if (typeof r !== 'number') return r; // larger than the scratch (long XOF output): made in C
  const out = Buffer.allocUnsafe(r);
  out.set(r === 64 ? digestScratch : digestScratch.subarray(0, r));
  return out;
}

function ensureHandle(state) {
  if (state.handle === null) state.handle = binding.hashNew(state.md, state.xofLen);
  if (state.pending !== null) {
    const pending = state.pending;
    state.pending = null;
    if (!binding.hashUpdate(state.handle, pending)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  if (state.batchLen > 0) {
    const n = state.batchLen;
    state.batchLen = 0;
    if (!binding.hashUpdate(state.handle, state.batch.subarray(0, n))) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return state.handle;
}

// Later small ASCII string updates are gathered in JS and reach OpenSSL kBatchBytes at a time:
// a crossing per update() costs ~5x node's per-update time (measured with 100k 'hello world's).
const kBatchBytes = 8192;
const kBatchMaxString = 128;
function batchString(state, str) {
  const n = str.length;
  let batch = state.batch;
  if (batch === undefined) batch = state.batch = new Uint8Array(kBatchBytes);
  if (state.batchLen + n > kBatchBytes) ensureHandle(state);
  let at = state.batchLen;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) return false; // what was copied so far is past batchLen: ignored
    batch[at++] = c;
  }
  state.batchLen = at;
  return true;
}


function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let xofLen = -1;
  if (algorithm instanceof Hash) {
    // copy(): algorithm is the source Hash.
    if (options != null) {
      validateObject(options, 'options');
      if (options.outputLength !== undefined) {
        validateUint32(options.outputLength, 'options.outputLength');
        xofLen = options.outputLength;
      }
    }
    const from = algorithm[kState];
    this[kState] = {
      md: from.md, xofLen, handle: binding.hashCopy(ensureHandle(from), xofLen), pending: null,
      batch: undefined, batchLen: 0, finalized: false,
    };
    LazyTransform.call(this, options);
    return;
  }
  validateString(algorithm, 'algorithm');
  if (options != null && typeof options === 'object' && options.outputLength !== undefined) {
    validateUint32(options.outputLength, 'options.outputLength');
    xofLen = options.outputLength;
  }
  const md = getDigest(algorithm);
  if (md === undefined) throw new Error('Digest method not supported');
  // An explicit outputLength is checked by OpenSSL when the context is made: make it now.
  this[kState] = {
    md, xofLen, handle: xofLen >= 0 ? binding.hashNew(md, xofLen) : null, pending: null,
    batch: undefined, batchLen: 0, finalized: false,
  };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

// The stream end digests without finalizing for the user: a later digest() returns the same value.
Hash.prototype._flush = function _flush(callback) {
  const state = this[kState];
  if (state.cached === undefined) {
    state.cached = digestResult(state.isHmac ? state.handle : ensureHandle(state), 'buffer', state.isHmac);
  }
  this.push(Buffer.from(state.cached));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  data = updateData(data, encoding);
  const pending = state.pending;
  if (typeof data === 'string') {
    if (pending === null && state.handle === null) {
      state.pending = data;
      return this;
    }
    if (data.length <= kBatchMaxString && batchString(state, data)) return this;
  } else if (pending === null && state.handle === null && data.byteLength <= kMaxPendingBytes) {
    // A copy: the program may change its buffer before digest(). (new + set, not
    // ArrayBuffer#slice: 87 ns against 600 ns for 64 bytes in JSC, measured.)
    // (A detached view has no bytes, and JSC's set() throws on it.)
    const copy = new Uint8Array(data.byteLength);
    if (copy.length) copy.set(data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    state.pending = copy;
    return this;
  }
  if (!binding.hashUpdate(ensureHandle(state), data)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (outputEncoding) outputEncoding = `${outputEncoding}`;
  state.finalized = true;
  if (state.cached !== undefined) return encodeOutput(Buffer.from(state.cached), outputEncoding);
  if (state.handle === null && state.batchLen === 0) {
    // Never needed a context: hash what was kept in one call.
    const input = state.pending === null ? '' : state.pending;
    state.pending = null;
    if (outputEncoding === 'hex') return binding.hashOnce(state.md, input, 1, state.xofLen);
    return encodeOutput(hashOnceBuffer(state.md, input, state.xofLen), outputEncoding);
  }
  return digestResult(ensureHandle(state), outputEncoding, false);
};

function prepareKey(key, encoding) {
  if (isKeyObject(key) || isCryptoKey(key)) {
    const k = isCryptoKey(key) ? require('internal/crypto/keys').cryptoKeyToKeyObject(key) : key;
    if (k.type !== 'secret') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'secret');
    }
    return k.export();
  }
  if (typeof key === 'string') return encoding === undefined || encoding === 'buffer' ? key : Buffer.from(key, encoding);
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options && options.encoding;
  const keyBytes = prepareKey(key, encoding);
  const md = getDigest(hmac);
  if (md === undefined || md.xof) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kState] = { handle: binding.hmacNew(md, keyBytes), finalized: false, isHmac: true };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!binding.hmacUpdate(state.handle, updateData(data, encoding))) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

// A second digest() on an Hmac returns an empty result, as node.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (outputEncoding) outputEncoding = `${outputEncoding}`;
  if (state.cached !== undefined && !state.finalized) {
    state.finalized = true;
    return encodeOutput(Buffer.from(state.cached), outputEncoding);
  }
  if (state.finalized) return encodeOutput(Buffer.alloc(0), outputEncoding);
  state.finalized = true;
  return digestResult(state.handle, outputEncoding, true);
};
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, data[, outputEncoding | options]): one crossing.
function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  let outputEncoding = 'hex';
  let outputLength = -1;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    if (options.outputEncoding !== undefined) {
      validateString(options.outputEncoding, 'options.outputEncoding');
      outputEncoding = options.outputEncoding;
    }
    if (options.outputLength !== undefined) {
      validateUint32(options.outputLength, 'options.outputLength');
      outputLength = options.outputLength;
    }
  }
  validateString(outputEncoding, 'outputEncoding');
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const md = getDigest(algorithm);
  if (md === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength >= 0 && !md.xof && outputLength !== md.size) {
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  if (outputEncoding === 'hex') return binding.hashOnce(md, input, 1, outputLength);
  return encodeOutput(hashOnceBuffer(md, input, outputLength), outputEncoding);
}

module.exports = { Hash, Hmac, hash };
