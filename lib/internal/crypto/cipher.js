'use strict';
// createCipheriv / createDecipheriv over EVP_CIPHER, with AEAD (GCM, CCM, OCB, ChaCha20-Poly1305).

const { binding, getCipher, toBytes, encodeOutput, LazyTransform } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  },
} = require('internal/errors');
const { validateString, validateObject, validateInt32, validateUint32, validateBoolean } =
  require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isKeyObject, isCryptoKey } = require('internal/util/types');

const kState = Symbol('kState');

function secretKeyBytes(key, encoding) {
  if (isKeyObject(key) || isCryptoKey(key)) {
    const k = isCryptoKey(key) ? require('internal/crypto/keys').cryptoKeyToKeyObject(key) : key;
    if (k.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'secret');
    return k.export();
  }
  if (typeof key === 'string') return Buffer.from(key, encoding === 'buffer' ? 'utf8' : encoding);
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function ivBytes(iv) {
  if (iv === null) return null;
  if (typeof iv === 'string') return Buffer.from(iv);
  if (isArrayBufferView(iv)) return iv;
  if (isAnyArrayBuffer(iv)) return new Uint8Array(iv);
  throw new ERR_INVALID_ARG_TYPE('iv', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], iv);
}

function isValidGcmTagLength(n) {
  return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

function init(self, cipherName, key, iv, options, encrypt) {
  validateString(cipherName, 'cipher');
  const encoding = options && options.encoding;
  const keyBuf = secretKeyBytes(key, encoding);
  const ivBuf = ivBytes(iv);
  let authTagLength = -1;
  if (options != null) {
    validateObject(options, 'options');
    if (options.authTagLength !== undefined) {
      validateInt32(options.authTagLength, 'options.authTagLength', 0);
      authTagLength = options.authTagLength;
    }
  }
  const info = getCipher(cipherName.toLowerCase()) || getCipher(cipherName);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (!info.variableKey && keyBuf.byteLength !== info.keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const mode = info.mode;
  const aead = info.aead;
  if (ivBuf === null) {
    if (info.ivLength !== 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (aead) {
    const n = ivBuf.byteLength;
    // (The AES-CBC-HMAC composites are flagged AEAD but take a fixed-size IV.)
    const ok = mode === 'gcm' ? n > 0 : mode === 'ccm' ? n >= 7 && n <= 13 :
      mode === 'ocb' ? n >= 1 && n <= 15 : mode === 'cbc' ? n === info.ivLength : n >= 1 && n <= 12;
    if (!ok) throw new ERR_CRYPTO_INVALID_IV();
  } else if (ivBuf.byteLength !== info.ivLength) {
    // ECB and other IV-less modes accept an empty IV.
    if (!(info.ivLength === 0 && ivBuf.byteLength === 0)) throw new ERR_CRYPTO_INVALID_IV();
  }
  if (aead) {
    if (mode === 'ccm' || mode === 'ocb') {
      if (authTagLength === -1 && mode === 'ccm') throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
      if (authTagLength === -1) authTagLength = 16;
      if (authTagLength < 4 || authTagLength > 16 || (mode === 'ccm' && authTagLength % 2)) {
        throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
      }
    } else if (mode === 'gcm') {
      if (authTagLength !== -1 && !isValidGcmTagLength(authTagLength)) throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
    } else if (authTagLength !== -1 && (authTagLength < 1 || authTagLength > 16)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(authTagLength);
    }
  } else if (authTagLength !== -1) {
    // node ignores authTagLength for non-AEAD ciphers
    authTagLength = -1;
  }
  self[kState] = {
    handle: binding.cipherNew(info, keyBuf, info.ivLength === 0 && !aead ? null : ivBuf, encrypt, authTagLength),
    encrypt,
    mode,
    aead,
    authTagLength,
    finalized: false,
    decoder: null,
    decoderEncoding: undefined,
  };
  LazyTransform.call(self, options);
}

function outputOf(state, buf, outputEncoding) {
  if (outputEncoding === undefined || outputEncoding === 'buffer' || !Buffer.isEncoding(outputEncoding)) return buf;
  if (outputEncoding === 'hex' || outputEncoding === 'latin1' || outputEncoding === 'binary' || outputEncoding === 'ascii') {
    return buf.toString(outputEncoding);
  }
  // Multi-byte encodings keep partial characters between calls.
  if (state.decoder === null || state.decoderEncoding !== outputEncoding) {
    const { StringDecoder } = require('string_decoder');
    state.decoder = new StringDecoder(outputEncoding);
    state.decoderEncoding = outputEncoding;
  }
  return state.decoder.write(buf);
}

function update(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  if (typeof data === 'string') {
    data = Buffer.from(data, inputEncoding === undefined || inputEncoding === 'buffer' ? 'utf8' : inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (state.finalized) throw new ERR_CRYPTO_INVALID_STATE('update');
  return outputOf(state, binding.cipherUpdate(state.handle, data), outputEncoding);
}

function final(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_INVALID_STATE('final');
  state.finalized = true;
  const buf = binding.cipherFinal(state.handle);
  if (outputEncoding === undefined || outputEncoding === 'buffer' || !Buffer.isEncoding(outputEncoding)) return buf;
  if (state.decoder !== null && state.decoderEncoding === outputEncoding) return state.decoder.end(buf);
  return buf.toString(outputEncoding);
}

function setAutoPadding(ap) {
  if (!binding.cipherSetPadding(this[kState].handle, ap === undefined ? true : !!ap)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const state = this[kState];
  const aad = toBytes(aadbuf, 'buffer', undefined, true);
  let plaintextLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.plaintextLength !== undefined) {
      validateInt32(options.plaintextLength, 'options.plaintextLength', 0);
      plaintextLength = options.plaintextLength;
    }
  }
  if (!binding.cipherSetAAD(state.handle, aad, plaintextLength)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function getAuthTag() {
  const state = this[kState];
  const tag = state.finalized ? binding.cipherGetTag(state.handle) : undefined;
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return tag;
}

let gcmShortTagWarned = false;
function setAuthTag(tagbuf, encoding) {
  const state = this[kState];
  let tag;
  if (typeof tagbuf === 'string') tag = Buffer.from(tagbuf, encoding);
  else if (isArrayBufferView(tagbuf)) tag = tagbuf;
  else throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], tagbuf);
  if (!state.aead || state.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const n = tag.byteLength;
  if (state.mode === 'gcm') {
    if (!isValidGcmTagLength(n) || (state.authTagLength !== -1 && n !== state.authTagLength)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(n);
    }
    if (state.authTagLength === -1 && n < 16 && !gcmShortTagWarned) {
      gcmShortTagWarned = true;
      process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
        'authTagLength option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
    }
  } else if (n < 1 || n > 16 || (state.authTagLength !== -1 && n !== state.authTagLength)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(n);
  }
  if (!binding.cipherSetTag(state.handle, tag)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, true);
}
function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, false);
}
for (const C of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
  Object.assign(C.prototype, { update, final, setAutoPadding, setAAD, _transform, _flush });
}
Cipheriv.prototype.getAuthTag = getAuthTag;
Decipheriv.prototype.setAuthTag = setAuthTag;

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}
function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = typeof nameOrNid === 'string' ? (getCipher(nameOrNid.toLowerCase()) || getCipher(nameOrNid)) : getCipher(nameOrNid);
  if (info === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength && !info.variableKey) return undefined;
  if (ivLength !== undefined && ivLength !== info.ivLength) {
    const m = info.mode;
    const ok = m === 'gcm' ? ivLength > 0 : m === 'ccm' ? ivLength >= 7 && ivLength <= 13 : m === 'ocb' ? ivLength >= 1 && ivLength <= 15 : false;
    if (!ok) return undefined;
  }
  const out = { name: info.name.toLowerCase(), nid: info.nid, blockSize: info.blockSize };
  if (info.ivLength !== 0 || ivLength) out.ivLength = ivLength !== undefined ? ivLength : info.ivLength;
  out.keyLength = keyLength !== undefined ? keyLength : info.keyLength;
  out.mode = info.mode;
  return out;
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  secretKeyBytes,
  validateUint32,
  validateBoolean,
  ERR_INVALID_ARG_VALUE,
};
for (const name of ['publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    get: () => require('internal/crypto/sig')[name],
  });
}
