'use strict';
// KeyObject (secret / public / private) and createSecretKey/createPublicKey/createPrivateKey:
// PEM and DER through OpenSSL's decoders, JWK through raw components.

const { binding, toBytes } = require('internal/crypto/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_MISSING_PASSPHRASE,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');
const { validateObject, validateString, validateOneOf } = require('internal/validators');
const types = require('internal/util/types');
const { isArrayBufferView, isAnyArrayBuffer, isKeyObject, isCryptoKey } = types;

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kInfo = Symbol('kInfo');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    this[kKeyType] = type;
    this[kHandle] = handle;
    types.keyObjectBrand.add(this);
  }

  get type() { return this[kKeyType]; }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return cryptoKeyToKeyObject(key);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type === 'secret') {
      const a = this[kHandle], b = otherKeyObject[kHandle];
      return a.length === b.length && binding.timingSafeEqual(a, b);
    }
    return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return require('internal/crypto/webcrypto').keyObjectToCryptoKey(this, algorithm, extractable, keyUsages);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }
  get symmetricKeySize() { return this[kHandle].length; }
  get asymmetricKeyType() { return undefined; }
  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return { kty: 'oct', k: this[kHandle].toString('base64url') };
    }
    return Buffer.from(this[kHandle]);
  }
}

function keyInfo(key) {
  return key[kInfo] || (key[kInfo] = binding.keyInfo(key[kHandle]));
}

function bufToBigInt(b) {
  return b.length ? BigInt('0x' + b.toString('hex')) : 0n;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() { return keyInfo(this).type; }
  get symmetricKeySize() { return undefined; }
  get asymmetricKeyDetails() {
    const i = keyInfo(this);
    switch (i.type) {
      case 'rsa':
        return { modulusLength: i.modulusLength, publicExponent: bufToBigInt(i.publicExponent) };
      case 'rsa-pss': {
        const d = { modulusLength: i.modulusLength, publicExponent: bufToBigInt(i.publicExponent) };
        if (i.hashAlgorithm !== undefined) {
          d.hashAlgorithm = i.hashAlgorithm.toLowerCase().replace(/^sha2-/, 'sha');
          d.mgf1HashAlgorithm = (i.mgf1HashAlgorithm || i.hashAlgorithm).toLowerCase().replace(/^sha2-/, 'sha');
          d.saltLength = i.saltLength;
        }
        return d;
      }
      case 'ec': return { namedCurve: i.namedCurve };
      case 'dsa': return { modulusLength: i.modulusLength, divisorLength: i.divisorLength };
      default: return {};
    }
  }
}

function jwkFromComponents(key, isPrivate) {
  const c = binding.keyComponents(key[kHandle]);
  const b64 = (b) => b.toString('base64url');
  const type = keyInfo(key).type;
  if (type === 'rsa') {
    const jwk = { kty: 'RSA', n: b64(c.n), e: b64(c.e) };
    if (isPrivate) Object.assign(jwk, { d: b64(c.d), p: b64(c.p), q: b64(c.q), dp: b64(c.dp), dq: b64(c.dq), qi: b64(c.qi) });
    return jwk;
  }
  if (type === 'ec') {
    const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' }[keyInfo(key).namedCurve];
    if (crv === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(keyInfo(key).namedCurve);
    const size = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32 }[crv];
    const pad = (b) => (b.length < size ? Buffer.concat([Buffer.alloc(size - b.length), b]) : b);
    const jwk = { kty: 'EC', crv, x: b64(pad(c.x)), y: b64(pad(c.y)) };
    if (isPrivate) jwk.d = b64(pad(c.d));
    return jwk;
  }
  const okp = { ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' }[type];
  if (okp === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
  const jwk = { crv: okp, x: b64(c.pub), kty: 'OKP' };
  if (isPrivate) jwk.d = b64(c.priv);
  return jwk;
}

function parseKeyEncoding(options, isPublic) {
  validateObject(options, 'options');
  const { format, type } = options;
  if (format === 'jwk') return { format };
  if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('options.format', format);
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) {
    if (type === undefined && format === 'pem' && false) return { format };
    throw new ERR_INVALID_ARG_VALUE('options.type', type);
  }
  return { format, type };
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
  export(options) {
    if (options && options.format === 'jwk') return jwkFromComponents(this, false);
    const { format, type } = parseKeyEncoding(options, true);
    checkTypeMatches(this, type);
    const out = binding.keyExport(this[kHandle], true, format, type, null, null);
    return format === 'pem' ? out.toString('latin1') : out;
  }
}

function checkTypeMatches(key, type) {
  const kt = keyInfo(key).type;
  if (type === 'pkcs1' && kt !== 'rsa') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
  if (type === 'sec1' && kt !== 'ec') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return jwkFromComponents(this, true);
    }
    const { format, type } = parseKeyEncoding(options, false);
    checkTypeMatches(this, type);
    let { cipher, passphrase } = options;
    if (cipher !== undefined) {
      validateString(cipher, 'options.cipher');
      if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
      if (format === 'der' && type !== 'pkcs8') {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(`${type} in DER format`, 'does not support encryption');
      }
      passphrase = toBytes(passphrase, 'options.passphrase', options.encoding);
    } else if (passphrase !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
    }
    const out = binding.keyExport(this[kHandle], false, format, type, cipher || null, passphrase === undefined ? null : passphrase);
    return format === 'pem' ? out.toString('latin1') : out;
  }
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = Buffer.from(key, encoding);
  else if (isAnyArrayBuffer(key)) key = Buffer.from(new Uint8Array(key));
  else if (isArrayBufferView(key)) key = Buffer.from(key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength));
  else throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new SecretKeyObject(Buffer.from(key));
}

const kCurveOfJwk = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1', secp256k1: 'secp256k1' };

function importJwk(jwk, isPublic) {
  validateObject(jwk, 'key.key');
  const b = (name) => {
    const v = jwk[name];
    if (typeof v !== 'string') throw new ERR_CRYPTO_INVALID_JWK();
    return Buffer.from(v, 'base64url');
  };
  validateString(jwk.kty, 'key.kty');
  if (jwk.kty === 'RSA') {
    const wantPrivate = !isPublic && jwk.d !== undefined;
    if (!isPublic && jwk.d === undefined) throw new ERR_CRYPTO_INVALID_JWK();
    const c = { n: b('n'), e: b('e') };
    if (wantPrivate) Object.assign(c, { d: b('d'), p: b('p'), q: b('q'), dp: b('dp'), dq: b('dq'), qi: b('qi') });
    return binding.keyFromComponents('rsa', c, wantPrivate);
  }
  if (jwk.kty === 'EC') {
    validateString(jwk.crv, 'key.crv');
    const curve = kCurveOfJwk[jwk.crv];
    if (curve === undefined) throw new ERR_CRYPTO_INVALID_JWK();
    const wantPrivate = !isPublic;
    if (wantPrivate && jwk.d === undefined) throw new ERR_CRYPTO_INVALID_JWK();
    const c = { x: b('x'), y: b('y') };
    if (wantPrivate) c.d = b('d');
    return binding.keyFromComponents('ec:' + curve, c, wantPrivate);
  }
  if (jwk.kty === 'OKP') {
    validateString(jwk.crv, 'key.crv');
    const t = { Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' }[jwk.crv];
    if (t === undefined) throw new ERR_CRYPTO_INVALID_JWK();
    if (!isPublic) {
      if (jwk.d === undefined) throw new ERR_CRYPTO_INVALID_JWK();
      return binding.keyFromComponents(t, { priv: b('d') }, true);
    }
    return binding.keyFromComponents(t, { pub: b('x') }, false);
  }
  throw new ERR_CRYPTO_INVALID_JWK();
}

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

// Reads any asymmetric key input into a handle. kind: 'public' | 'private'.
function prepareAsymmetricKey(key, kind, name = 'key') {
  if (isKeyObject(key)) return { keyObject: key };
  if (isCryptoKey(key)) return { keyObject: cryptoKeyToKeyObject(key) };
  if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    return { handle: parseKey(key, 'pem', undefined, kind === 'public', undefined) };
  }
  if (key !== null && typeof key === 'object') {
    const { key: data, encoding, format = 'pem', type, passphrase } = key;
    if (isKeyObject(data)) return { keyObject: data, options: key };
    if (isCryptoKey(data)) return { keyObject: cryptoKeyToKeyObject(data), options: key };
    if (format === 'jwk') {
      return { handle: importJwk(data, kind === 'public'), options: key };
    }
    if (typeof data !== 'string' && !isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE(`${name}.key`, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE(`${name}.format`, format);
    if (format === 'der') {
      const allowed = kind === 'public' ? ['pkcs1', 'spki', 'pkcs8', 'sec1'] : ['pkcs1', 'pkcs8', 'sec1'];
      if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type);
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    const pass = passphrase === undefined ? undefined : toBytes(passphrase, `${name}.passphrase`, encoding);
    return { handle: parseKey(bytes, format, type, kind === 'public', pass), options: key };
  }
  throw new ERR_INVALID_ARG_TYPE(name, kKeyTypes, key);
}

function parseKey(data, format, type, wantPublic, passphrase) {
  return binding.keyParse(data, format, type, wantPublic, passphrase === undefined ? null : passphrase);
}

function createPublicKey(key) {
  const { keyObject, handle } = prepareAsymmetricKey(key, 'public');
  if (keyObject) {
    if (keyObject.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', 'private');
    if (keyObject.type === 'public') return keyObject;
    return new PublicKeyObject(binding.keyToPublic(keyObject[kHandle]));
  }
  const info = binding.keyInfo(handle);
  return new PublicKeyObject(info.hasPrivate ? binding.keyToPublic(handle) : handle);
}

function createPrivateKey(key) {
  const { keyObject, handle } = prepareAsymmetricKey(key, 'private');
  if (keyObject) {
    if (keyObject.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(keyObject.type, 'private');
    return keyObject;
  }
  return new PrivateKeyObject(handle);
}

function cryptoKeyToKeyObject(key) {
  return require('internal/crypto/webcrypto').getKeyObject(key);
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  prepareAsymmetricKey,
  cryptoKeyToKeyObject,
  keyInfo,
  kHandle,
  importJwk,
  jwkFromComponents,
  ERR_ILLEGAL_CONSTRUCTOR,
};
