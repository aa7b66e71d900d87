'use strict';
// ECDH (createECDH), classic Diffie-Hellman (createDiffieHellman/getDiffieHellman) and the
// KeyObject-based crypto.diffieHellman(), all over EVP_PKEY_derive.

const { binding, toBytes } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_INVALID_CURVE, ERR_INVALID_ARG_TYPE, ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_CRYPTO_INCOMPATIBLE_KEY, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateObject, validateInt32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isKeyObject } = require('internal/util/types');
const { kHandle, keyInfo } = require('internal/crypto/keys');

function buf(value, encoding, name) {
  if (typeof value === 'string') return Buffer.from(value, encoding === 'buffer' ? undefined : encoding);
  if (isArrayBufferView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) return Buffer.from(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function enc(b, encoding) {
  return encoding && encoding !== 'buffer' ? b.toString(encoding) : b;
}

function formOf(format) {
  if (format === undefined || format === 'uncompressed') return 4;
  if (format === 'compressed') return 2;
  if (format === 'hybrid') return 6;
  throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

let curveSet;
function checkCurve(curve) {
  validateString(curve, 'curve');
  curveSet ||= new Set(binding.getCurves());
  if (!curveSet.has(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
}

function ecPrivateHandle(curve, priv, pub) {
  const fl = (pub.length - 1) / 2;
  return binding.keyFromComponents('ec:' + curve, { x: pub.subarray(1, 1 + fl), y: pub.subarray(1 + fl), d: priv }, true);
}

function ecPublicHandle(curve, pub) {
  const p = binding.ecConvert(curve, pub, 4);
  const fl = (p.length - 1) / 2;
  return binding.keyFromComponents('ec:' + curve, { x: p.subarray(1, 1 + fl), y: p.subarray(1 + fl) }, false);
}

class ECDH {
  constructor(curve) {
    checkCurve(curve);
    this._curve = curve;
    this._priv = undefined;
    this._pub = undefined;
  }
  static convertKey(key, curve, inEnc, outEnc, format) {
    checkCurve(curve);
    const b = buf(key, inEnc, 'key');
    return enc(binding.ecConvert(curve, b, formOf(format)), outEnc);
  }
  generateKeys(encoding, format) {
    const h = binding.keyGen('ec', { namedCurve: this._curve });
    const c = binding.keyComponents(h);
    this._priv = c.d;
    this._pub = binding.ecPoint(this._curve, c.d, 4);
    return this.getPublicKey(encoding, format);
  }
  computeSecret(key, inEnc, outEnc) {
    const other = buf(key, inEnc, 'key');
    const peer = ecPublicHandle(this._curve, other);
    const mine = ecPrivateHandle(this._curve, this._priv, this._pub);
    return enc(binding.derive(mine, peer), outEnc);
  }
  getPublicKey(encoding, format) {
    if (this._pub === undefined) throw new Error('Failed to get ECDH public key');
    return enc(binding.ecConvert(this._curve, this._pub, formOf(format)), encoding);
  }
  getPrivateKey(encoding) {
    if (this._priv === undefined) throw new Error('Failed to get ECDH private key');
    return enc(Buffer.from(this._priv), encoding);
  }
  setPrivateKey(key, encoding) {
    const b = buf(key, encoding, 'key');
    this._pub = binding.ecPoint(this._curve, b, 4);
    this._priv = Buffer.from(b);
    return this;
  }
  setPublicKey(key, encoding) {
    this._pub = binding.ecConvert(this._curve, buf(key, encoding, 'key'), 4);
    return this;
  }
}

function createECDH(curve) {
  return new ECDH(curve);
}

const kGroups = {
  modp1: 'modp_768', modp2: 'modp_1024', modp5: 'modp_1536', modp14: 'modp_2048', modp15: 'modp_3072',
  modp16: 'modp_4096', modp17: 'modp_6144', modp18: 'modp_8192',
};

function padTo(b, n) {
  return b.length >= n ? b : Buffer.concat([Buffer.alloc(n - b.length), b]);
}

class DiffieHellman {
  constructor(sizeOrKey, keyEncoding, generator, genEncoding) {
    if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
    if (typeof sizeOrKey === 'number') {
      validateInt32(sizeOrKey, 'sizeOrKey');
      if (typeof keyEncoding === 'number') generator = keyEncoding;
      const h = binding.keyGen('dh', { primeLength: sizeOrKey, generator: generator || 2 });
      const c = binding.keyComponents(h);
      this._p = c.p;
      this._g = c.g;
    } else {
      if (typeof sizeOrKey !== 'string' && !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
        throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
      }
      this._p = buf(sizeOrKey, keyEncoding, 'sizeOrKey');
      if (generator === undefined) generator = 2;
      if (typeof generator === 'number') {
        validateInt32(generator, 'generator');
        this._g = Buffer.from(generator.toString(16).padStart(2, '0').replace(/^(.(..)*)$/, '0$1'), 'hex');
      } else {
        this._g = buf(generator, genEncoding, 'generator');
      }
    }
    this._pub = undefined;
    this._priv = undefined;
    this.verifyError = 0;
  }
  generateKeys(encoding) {
    if (this._priv === undefined) {
      const h = binding.keyGen('dh', { prime: this._p, generator: parseInt(this._g.toString('hex') || '0', 16) });
      const c = binding.keyComponents(h);
      this._pub = c.pub;
      this._priv = c.priv;
    }
    return this.getPublicKey(encoding);
  }
  computeSecret(key, inEnc, outEnc) {
    const other = buf(key, inEnc, 'key');
    const mine = binding.keyFromComponents('dh', { p: this._p, g: this._g, pub: this._pub, priv: this._priv }, true);
    const peer = binding.keyFromComponents('dh', { p: this._p, g: this._g, pub: other }, false);
    return enc(padTo(binding.derive(mine, peer), this._p.length), outEnc);
  }
  getPrime(encoding) { return enc(Buffer.from(this._p), encoding); }
  getGenerator(encoding) { return enc(Buffer.from(this._g), encoding); }
  getPublicKey(encoding) {
    if (this._pub === undefined) throw new Error('No public key - did you forget to generate one?');
    return enc(Buffer.from(this._pub), encoding);
  }
  getPrivateKey(encoding) {
    if (this._priv === undefined) throw new Error('No private key - did you forget to generate one?');
    return enc(Buffer.from(this._priv), encoding);
  }
  setPublicKey(key, encoding) { this._pub = Buffer.from(buf(key, encoding, 'key')); return this; }
  setPrivateKey(key, encoding) { this._priv = Buffer.from(buf(key, encoding, 'key')); return this; }
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  const group = kGroups[name];
  if (!group) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  const c = binding.keyComponents(binding.keyGen('dh', { group }));
  const dh = new DiffieHellman(c.p, undefined, c.g);
  Object.setPrototypeOf(dh, DiffieHellmanGroup.prototype);
  return dh;
}
Object.setPrototypeOf(DiffieHellmanGroup.prototype, DiffieHellman.prototype);
DiffieHellmanGroup.prototype.setPublicKey = undefined;
DiffieHellmanGroup.prototype.setPrivateKey = undefined;

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(name) {
  return new DiffieHellmanGroup(name);
}

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = keyInfo(privateKey).type, b = keyInfo(publicKey).type;
  if (a !== b) throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  const run = () => binding.derive(privateKey[kHandle], publicKey[kHandle]);
  if (callback === undefined) return run();
  let r, e = null;
  try { r = run(); } catch (err) { e = err; }
  process.nextTick(callback, e, r);
}

module.exports = {
  ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman, diffieHellman,
  toBytes,
};
