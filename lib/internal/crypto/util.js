'use strict';
// Shared helpers of node:crypto: the binding, per-name caches of OpenSSL method handles, argument
// conversion, and the lazy Transform base that Hash/Hmac/Cipher streams inherit from.

const binding = internalBinding('crypto');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_CRYPTO_INVALID_DIGEST },
} = require('internal/errors');
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
