'use strict';
// Signatures (createSign/createVerify, crypto.sign/verify) and RSA public-key encryption.

const { binding, getDigest, toBytes } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_DIGEST,
  },
} = require('internal/errors');
const { validateString, validateFunction, validateInt32 } = require('internal/validators');
const { isArrayBufferView, isKeyObject } = require('internal/util/types');
const { prepareAsymmetricKey, PublicKeyObject, kHandle, keyInfo } = require('internal/crypto/keys');
const { LazyTransform } = require('internal/crypto/util');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function keyHandle(key, kind) {
  const { keyObject, handle, options } = prepareAsymmetricKey(key, kind);
  if (keyObject) {
    if (kind === 'private' && keyObject.type !== 'private') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(keyObject.type, 'private');
    }
    if (keyObject.type === 'secret') {
      const { codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE } } = require('internal/errors');
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', kind === 'public' ? 'public or private' : 'private');
    }
    return { handle: keyObject[kHandle], options: options || (key !== keyObject && typeof key === 'object' ? key : {}) };
  }
  return { handle, options: options || {} };
}

function sigOptions(options) {
  const o = options || {};
  let padding, saltLength, dsaEncoding = 'der';
  if (o.padding !== undefined) {
    validateInt32(o.padding, 'key.padding');
    padding = o.padding;
  }
  if (o.saltLength !== undefined) {
    validateInt32(o.saltLength, 'key.saltLength');
    saltLength = o.saltLength;
  }
  if (o.dsaEncoding !== undefined) {
    if (o.dsaEncoding !== 'der' && o.dsaEncoding !== 'ieee-p1363') {
      throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', o.dsaEncoding);
    }
    dsaEncoding = o.dsaEncoding;
  }
  return { padding: padding || 0, saltLength, p1363: dsaEncoding === 'ieee-p1363' };
}

function mdName(algorithm) {
  if (algorithm == null) return null;
  validateString(algorithm, 'algorithm');
  // 'DSS1' is OpenSSL 1.x's name of SHA-1 for DSA signatures.
  const md = getDigest(algorithm) || (algorithm.toLowerCase() === 'dss1' ? getDigest('sha1') : undefined);
  if (!md) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  return md.name;
}

function dataBytes(data, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data);
  if (isArrayBufferView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], data);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._md = mdName(algorithm);
  this._chunks = [];
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Sign, LazyTransform);

function update(data, encoding) {
  if (typeof data === 'string') data = Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this._chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength).slice());
  return this;
}
function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}
Sign.prototype.update = update;
Sign.prototype._write = _write;

Sign.prototype.sign = function sign(privateKey, encoding) {
  if (!privateKey) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const { handle, options } = keyHandle(privateKey, 'private');
  const o = sigOptions(options);
  const sig = binding.sign(handle, this._md, Buffer.concat(this._chunks), o.padding, o.saltLength, o.p1363);
  if (encoding && encoding !== 'buffer') return sig.toString(encoding);
  return sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._md = mdName(algorithm);
  this._chunks = [];
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Verify, LazyTransform);
Verify.prototype.update = update;
Verify.prototype._write = _write;

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  const { handle, options } = keyHandle(object, 'public');
  const o = sigOptions(options);
  if (typeof signature === 'string') signature = Buffer.from(signature, sigEncoding);
  else if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['string', 'Buffer', 'TypedArray', 'DataView'], signature);
  }
  return binding.verify(handle, this._md, Buffer.concat(this._chunks), signature, o.padding, o.saltLength, o.p1363);
};

function createSign(algorithm, options) { return new Sign(algorithm, options); }
function createVerify(algorithm, options) { return new Verify(algorithm, options); }

function signOneShot(algorithm, data, key, callback) {
  const md = mdName(algorithm);
  data = dataBytes(data);
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { handle, options } = keyHandle(key, 'private');
  const o = sigOptions(options);
  if (callback === undefined) return binding.sign(handle, md, data, o.padding, o.saltLength, o.p1363);
  let r, e = null;
  try { r = binding.sign(handle, md, data, o.padding, o.saltLength, o.p1363); } catch (err) { e = err; }
  process.nextTick(callback, e, r);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  const md = mdName(algorithm);
  data = dataBytes(data);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { handle, options } = keyHandle(key, 'public');
  const o = sigOptions(options);
  if (callback === undefined) return binding.verify(handle, md, data, signature, o.padding, o.saltLength, o.p1363);
  let r, e = null;
  try { r = binding.verify(handle, md, data, signature, o.padding, o.saltLength, o.p1363); } catch (err) { e = err; }
  process.nextTick(callback, e, r);
}

function rsaCrypt(op, kind, defaultPadding) {
  return function(key, buffer) {
    // The OAEP options are checked before the key is read, as node.
    if (key !== null && typeof key === 'object' && !isKeyObject(key)) {
      if (key.oaepHash !== undefined) {
        validateString(key.oaepHash, 'key.oaepHash');
        if (!getDigest(key.oaepHash)) {
          const e = new Error('Invalid digest used');
          e.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
          throw e;
        }
      }
      if (key.oaepLabel !== undefined) toBytes(key.oaepLabel, 'key.oaepLabel', undefined);
    }
    const { handle, options } = keyHandle(key, kind);
    const padding = options.padding !== undefined ? options.padding : defaultPadding;
    let oaepHash = null, label = null;
    if (options.oaepHash !== undefined) {
      validateString(options.oaepHash, 'key.oaepHash');
      const md = getDigest(options.oaepHash);
      if (!md) {
        const e = new Error('Invalid digest used');
        e.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
        throw e;
      }
      oaepHash = md.name;
    }
    if (options.oaepLabel !== undefined) label = toBytes(options.oaepLabel, 'key.oaepLabel', undefined);
    if (typeof label === 'string') label = Buffer.from(label);
    buffer = toBytes(buffer, 'buffer', options.encoding);
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    return binding.pkeyCrypt(op, handle, buffer, padding, oaepHash, label);
  };
}

module.exports = {
  Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot,
  publicEncrypt: rsaCrypt(0, 'public', RSA_PKCS1_OAEP_PADDING),
  privateDecrypt: rsaCrypt(1, 'private', RSA_PKCS1_OAEP_PADDING),
  privateEncrypt: rsaCrypt(2, 'private', RSA_PKCS1_PADDING),
  publicDecrypt: rsaCrypt(3, 'public', RSA_PKCS1_PADDING),
  PublicKeyObject, keyInfo,
};
