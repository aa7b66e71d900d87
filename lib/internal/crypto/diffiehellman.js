'use strict';
// ECDH (createECDH), classic Diffie-Hellman (createDiffieHellman/getDiffieHellman) and the
// KeyObject-based crypto.diffieHellman(), all over EVP_PKEY_derive.

const { binding, toBytes } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_INVALID_CURVE, ERR_INVALID_ARG_TYPE, ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_CRYPTO_INCOMPATIBLE_KEY, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY, ERR_CRYPTO_INVALID_KEYPAIR,
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

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  checkCurve(curve);
  this._curve = curve;
  this._priv = undefined;
  this._pub = undefined;
}
ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  checkCurve(curve);
  const b = buf(key, inEnc, 'key');
  const form = formOf(format);
  let out;
  try {
    out = binding.ecConvert(curve, b, form);
  } catch {
    throw new Error('Failed to convert Buffer to EC_POINT');
  }
  return enc(out, outEnc);
};
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const h = binding.keyGen('ec', { namedCurve: this._curve });
  const c = binding.keyComponents(h);
  this._priv = c.d;
  this._pub = binding.ecPoint(this._curve, c.d, 4);
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const other = buf(key, inEnc, 'key');
  let peer;
  try {
    peer = ecPublicHandle(this._curve, other);
  } catch {
    throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  }
  if (this._priv === undefined) throw new Error('Failed to get ECDH private key');
  if (!binding.ecPoint(this._curve, this._priv, 4).equals(this._pub)) throw new ERR_CRYPTO_INVALID_KEYPAIR();
  const mine = ecPrivateHandle(this._curve, this._priv, this._pub);
  return enc(binding.derive(mine, peer), outEnc);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  if (this._pub === undefined) throw new Error('Failed to get ECDH public key');
  return enc(binding.ecConvert(this._curve, this._pub, formOf(format)), encoding);
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this._priv === undefined) throw new Error('Failed to get ECDH private key');
  return enc(Buffer.from(this._priv), encoding);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const b = buf(key, encoding, 'key');
  let pub;
  try {
    pub = binding.ecPoint(this._curve, b, 4);
  } catch {
    throw invalidPrivateKey();
  }
  this._pub = pub;
  this._priv = Buffer.from(b);
  return this;
};
let warnedSetPublicKey = false;
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  if (!warnedSetPublicKey) {
    warnedSetPublicKey = true;
    process.emitWarning('ecdh.setPublicKey() is deprecated.', 'DeprecationWarning', 'DEP0031');
  }
  const b = buf(key, encoding, 'key');
  try {
    this._pub = binding.ecConvert(this._curve, b, 4);
  } catch {
    throw new Error('Failed to convert Buffer to EC_POINT');
  }
  return this;
};

function invalidPrivateKey() {
  const e = new Error('Private key is not valid for specified curve.');
  e.code = 'ERR_CRYPTO_INVALID_KEYTYPE';
  return e;
}

function createECDH(curve) {
  return new ECDH(curve);
}

function invalidState(message) {
  const e = new Error(message);
  e.code = 'ERR_CRYPTO_INVALID_STATE';
  return e;
}

function dhBuf(value, encoding, name, types) {
  if (typeof value === 'string') {
    return Buffer.from(value, !encoding || encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (isArrayBufferView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) return Buffer.from(value);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

const kDhTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function isGeneratorBad(g) {
  // A generator below 2 (as a big-endian unsigned number).
  let i = 0;
  while (i < g.length && g[i] === 0) i++;
  return i === g.length || (i === g.length - 1 && g[i] < 2);
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', kDhTypes, sizeOrKey);
  }
  if (keyEncoding && !(typeof keyEncoding === 'string' && (keyEncoding === 'buffer' || Buffer.isEncoding(keyEncoding)))) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  let g;
  if (generator === undefined || generator === 0) {
    g = 2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    g = generator;
  } else {
    g = dhBuf(generator, genEncoding, 'generator', kDhTypes);
  }
  if (typeof g === 'number' ? g < 2 : isGeneratorBad(g)) binding.dhBadGenerator();
  let verifyError = 0;
  if (typeof sizeOrKey === 'number') {
    const [p, gen] = binding.dhGenParams(sizeOrKey, typeof g === 'number' ? g : parseInt(g.toString('hex'), 16));
    this._p = p;
    this._g = gen;
  } else {
    this._p = Buffer.from(dhBuf(sizeOrKey, keyEncoding, 'sizeOrKey', kDhTypes));
    this._g = typeof g === 'number' ? Buffer.from(g.toString(16).padStart(2, '0').replace(/^(.(..)*)$/, '0$1'), 'hex') : Buffer.from(g);
    verifyError = binding.dhCheck(this._p, this._g);
  }
  this._pub = undefined;
  this._priv = undefined;
  Object.defineProperty(this, 'verifyError', { value: verifyError, enumerable: true, configurable: true });
}

DiffieHellman.prototype.generateKeys = function generateKeys(encoding) {
  const [pub, priv] = binding.dhGenerate(this._p, this._g, this._priv === undefined ? null : this._priv);
  this._pub = pub;
  this._priv = priv;
  return enc(Buffer.from(pub), encoding);
};
DiffieHellman.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const other = dhBuf(key, inEnc, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  if (this._priv === undefined) throw invalidState('No private key - did you forget to generate one?');
  return enc(binding.dhCompute(this._p, this._g, this._priv, other), outEnc);
};
DiffieHellman.prototype.getPrime = function getPrime(encoding) { return enc(Buffer.from(this._p), encoding); };
DiffieHellman.prototype.getGenerator = function getGenerator(encoding) { return enc(Buffer.from(this._g), encoding); };
DiffieHellman.prototype.getPublicKey = function getPublicKey(encoding) {
  if (this._pub === undefined) throw invalidState('No public key - did you forget to generate one?');
  return enc(Buffer.from(this._pub), encoding);
};
DiffieHellman.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this._priv === undefined) throw invalidState('No private key - did you forget to generate one?');
  return enc(Buffer.from(this._priv), encoding);
};
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this._pub = Buffer.from(dhBuf(key, encoding, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this._priv = Buffer.from(dhBuf(key, encoding, 'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']));
  return this;
};

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  const group = binding.dhGroup(name);
  if (!group) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this._p = group[0];
  this._g = group[1];
  this._pub = undefined;
  this._priv = undefined;
  Object.defineProperty(this, 'verifyError', { value: 0, enumerable: true, configurable: true });
}
for (const m of ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey']) {
  DiffieHellmanGroup.prototype[m] = DiffieHellman.prototype[m];
}

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
