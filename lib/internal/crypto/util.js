'use strict';
// Shared helpers of node:crypto: the binding, per-name caches of OpenSSL method handles, argument
// conversion, and the lazy Transform base that Hash/Hmac/Cipher streams inherit from.

const binding = internalBinding('crypto');
const errors = require('internal/errors');

// Crypto error codes internal/errors does not define yet (registered only when absent).
const extraCodes = [
  ['ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError],
  ['ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError],
  ['ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError],
  ['ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError],
  ['ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error],
  ['ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError],
  ['ERR_CRYPTO_INVALID_COUNTER', 'Invalid counter value', TypeError],
  ['ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError],
  ['ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error],
  ['ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError],
  ['ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError],
  ['ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError],
  ['ERR_CRYPTO_OPERATION_FAILED', 'Operation failed', Error],
  ['ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error],
  ['ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError],
  ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error],
  ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error],
  ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error],
  ['ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error],
  ['ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error],
  ['ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error],
  ['ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key', TypeError],
  ['ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error],
];
for (const [code, message, Base] of extraCodes) {
  if (!(code in errors.codes)) errors.E(code, message, Base);
}
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_CRYPTO_INVALID_DIGEST },
} = errors;
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const digestCache = new Map();
// The digest method handle for a name (fetched once per runtime), or undefined.
function getDigest(name) {
  let md = digestCache.get(name);
  if (md === undefined) {
    if (typeof name !== 'string') return undefined;
    md = binding.getDigest(name) || null;
    digestCache.set(name, md);
  }
  return md || undefined;
}

function getDigestOrThrow(name, throwName = true) {
  const md = getDigest(name);
  if (md === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(throwName ? name : undefined);
  return md;
}

const cipherCache = new Map();
function getCipher(nameOrNid) {
  let c = cipherCache.get(nameOrNid);
  if (c === undefined) {
    c = binding.getCipher(nameOrNid) || null;
    cipherCache.set(nameOrNid, c);
  }
  return c || undefined;
}

function isStringOrView(v) {
  return typeof v === 'string' || isArrayBufferView(v);
}

// Bytes for the binding: strings become Buffers in `encoding` (UTF-8 strings pass through, the C
// side encodes them); ArrayBuffers become views.
function toBytes(value, name, encoding, allowArrayBuffer = true) {
  if (typeof value === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') return value;
    return Buffer.from(value, encoding);
  }
  if (isArrayBufferView(value)) return value;
  if (allowArrayBuffer && isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name,
    allowArrayBuffer ? ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] :
      ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

// A Buffer (copy-free view) over any buffer source, strings in `encoding`.
function toBuffer(value, name, encoding) {
  const v = toBytes(value, name, encoding);
  if (typeof v === 'string') return Buffer.from(v, 'utf8');
  if (Buffer.isBuffer(v)) return v;
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

function encodeOutput(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer') return buf;
  if (Buffer.isEncoding(encoding)) return buf.toString(encoding);
  return buf;
}

// Streams are loaded on first stream use only.
let Transform;
function getTransform() {
  if (Transform === undefined) {
    try { Transform = require('stream').Transform; } catch { Transform = null; }
  }
  return Transform;
}

// Base for Hash/Hmac/Cipher: a stream.Transform whose stream state is made on first stream use, so
// plain update()/digest() never pay for it.
function LazyTransform(options) {
  this._options = options;
}
const T = getTransform();
if (T) {
  Object.setPrototypeOf(LazyTransform.prototype, T.prototype);
  Object.setPrototypeOf(LazyTransform, T);
}
for (const prop of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, prop, {
    configurable: true,
    enumerable: true,
    get() {
      const Tr = getTransform();
      if (!Tr) return undefined;
      Tr.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[prop];
    },
    set(value) {
      Object.defineProperty(this, prop, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

module.exports = {
  binding,
  getOpenSSLSecLevel: () => binding.getOpenSSLSecLevel(),
  normalizeAlgorithm: (algorithm, op) => require('internal/crypto/webcrypto').normalizeAlgorithm(algorithm, op),
  getDigest,
  getDigestOrThrow,
  getCipher,
  isStringOrView,
  toBytes,
  toBuffer,
  encodeOutput,
  LazyTransform,
  kHandle: Symbol('kHandle'),
};
