'use strict';
// Web Crypto: globalThis.crypto (Crypto), crypto.subtle (SubtleCrypto) and CryptoKey, implemented
// over the same KeyObjects and bindings as node:crypto.

const { binding, getDigest } = require('internal/crypto/util');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const types = require('internal/util/types');
const { isArrayBufferView, isAnyArrayBuffer } = types;
const keys = require('internal/crypto/keys');
const { kHandle } = keys;
const random = require('internal/crypto/random');

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kType = Symbol('kType');
const kConstruct = Symbol('kConstruct');

function domError(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get type() { return this[kType]; }
  get extractable() { return this[kExtractable]; }
  get algorithm() { return this[kAlgorithm]; }
  get usages() { return this[kUsages].slice(); }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  const k = new CryptoKey(kConstruct);
  k[kKeyObject] = keyObject;
  k[kAlgorithm] = algorithm;
  k[kExtractable] = !!extractable;
  k[kUsages] = Array.from(usages);
  k[kType] = keyObject.type;
  types.cryptoKeyBrand.add(k);
  return k;
}

function getKeyObject(cryptoKey) {
  return cryptoKey[kKeyObject];
}

function bytesOf(data) {
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('Failed to execute: data is not a BufferSource');
}

function toAB(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function normalize(algorithm) {
  if (typeof algorithm === 'string') return { name: algorithm };
  if (algorithm === null || typeof algorithm !== 'object') throw new TypeError('Algorithm must be an object or string');
  return algorithm;
}

const kNames = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2',
  'HKDF', 'ECDSA', 'ECDH', 'Ed25519', 'X25519', 'Ed448', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
function canonicalName(name) {
  if (typeof name !== 'string') throw domError('Unrecognized algorithm name', 'NotSupportedError');
  const n = kNames.find((x) => x.toLowerCase() === name.toLowerCase());
  if (!n) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return n;
}

function hashName(hash) {
  const h = canonicalName(normalize(hash).name);
  return h;
}
const mdOf = (h) => h.replace('SHA-', 'sha');
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

async function digest(algorithm, data) {
  const name = hashName(algorithm);
  if (!name.startsWith('SHA-')) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return toAB(binding.hashOnce(getDigest(mdOf(name)), bytesOf(data), 0, -1));
}

function checkUsages(usages, allowed) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError('Unsupported key usage for this algorithm', 'SyntaxError');
  }
}

async function importKey(format, keyData, algorithm, extractable, keyUsages) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  const usages = Array.from(keyUsages);
  const jwkOrBytes = format === 'jwk' ? keyData : bytesOf(keyData);
  let ko, outAlg = { name };
  switch (name) {
    case 'HMAC': {
      const hash = { name: hashName(alg.hash) };
      const raw = format === 'jwk' ? Buffer.from(keyData.k, 'base64url') : Buffer.from(jwkOrBytes);
      if (format !== 'raw' && format !== 'jwk') throw domError('Unsupported format', 'NotSupportedError');
      checkUsages(usages, ['sign', 'verify']);
      if (raw.length === 0) throw domError('Zero-length key is not supported', 'DataError');
      ko = keys.createSecretKey(raw);
      outAlg = { name, length: alg.length !== undefined ? alg.length : raw.length * 8, hash };
      break;
    }
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': case 'AES-KW': {
      if (format !== 'raw' && format !== 'jwk') throw domError('Unsupported format', 'NotSupportedError');
      const raw = format === 'jwk' ? Buffer.from(keyData.k, 'base64url') : Buffer.from(jwkOrBytes);
      if (![16, 24, 32].includes(raw.length)) throw domError('Invalid key length', 'DataError');
      checkUsages(usages, name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
      ko = keys.createSecretKey(raw);
      outAlg = { name, length: raw.length * 8 };
      break;
    }
    case 'PBKDF2': case 'HKDF':
      if (format !== 'raw') throw domError('Unsupported format', 'NotSupportedError');
      if (extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
      checkUsages(usages, ['deriveKey', 'deriveBits']);
      ko = keys.createSecretKey(Buffer.from(jwkOrBytes));
      break;
    default: {
      ko = importAsymmetric(format, jwkOrBytes, name, alg);
      outAlg = asymmetricAlgorithm(name, alg, ko);
    }
  }
  return makeCryptoKey(ko, outAlg, extractable, usages);
}

function asymmetricAlgorithm(name, alg, ko) {
  if (name === 'ECDSA' || name === 'ECDH') return { name, namedCurve: alg.namedCurve };
  if (name.startsWith('RSA')) {
    const d = ko.asymmetricKeyDetails;
    let e = d.publicExponent.toString(16);
    if (e.length % 2) e = '0' + e;
    return { name, modulusLength: d.modulusLength, publicExponent: new Uint8Array(Buffer.from(e, 'hex')),
      hash: { name: hashName(alg.hash) } };
  }
  return { name };
}

function importAsymmetric(format, data, name, alg) {
  try {
    if (format === 'spki') return keys.createPublicKey({ key: Buffer.from(data), format: 'der', type: 'spki' });
    if (format === 'pkcs8') return keys.createPrivateKey({ key: Buffer.from(data), format: 'der', type: 'pkcs8' });
    if (format === 'jwk') {
      return data.d !== undefined ? keys.createPrivateKey({ key: data, format: 'jwk' }) :
        keys.createPublicKey({ key: data, format: 'jwk' });
    }
    if (format === 'raw') {
      if (name === 'ECDSA' || name === 'ECDH') {
        const curve = kCurves[alg.namedCurve];
        const p = binding.ecConvert(curve, Buffer.from(data), 4);
        const fl = (p.length - 1) / 2;
        return new keys.PublicKeyObject(binding.keyFromComponents('ec:' + curve,
          { x: p.subarray(1, 1 + fl), y: p.subarray(1 + fl) }, false));
      }
      const t = name.toLowerCase();
      return new keys.PublicKeyObject(binding.keyFromComponents(t, { pub: Buffer.from(data) }, false));
    }
  } catch (e) {
    throw domError('Invalid keyData', 'DataError');
  }
  throw domError('Unsupported format', 'NotSupportedError');
}

async function exportKey(format, key) {
  if (!key[kExtractable]) throw domError('key is not extractable', 'InvalidAccessError');
  const ko = key[kKeyObject];
  if (ko.type === 'secret') {
    if (format === 'raw') return toAB(ko.export());
    if (format === 'jwk') {
      const jwk = ko.export({ format: 'jwk' });
      const a = key[kAlgorithm];
      if (a.name === 'HMAC') jwk.alg = 'HS' + a.hash.name.slice(4);
      else jwk.alg = 'A' + a.length + a.name.slice(4);
      jwk.key_ops = key.usages;
      jwk.ext = true;
      return jwk;
    }
    throw domError('Unsupported format', 'NotSupportedError');
  }
  if (format === 'spki') return toAB(ko.type === 'public' ? ko.export({ format: 'der', type: 'spki' }) :
    keys.createPublicKey(ko).export({ format: 'der', type: 'spki' }));
  if (format === 'pkcs8') return toAB(ko.export({ format: 'der', type: 'pkcs8' }));
  if (format === 'jwk') {
    const jwk = ko.export({ format: 'jwk' });
    jwk.key_ops = key.usages;
    jwk.ext = true;
    return jwk;
  }
  if (format === 'raw') {
    const c = binding.keyComponents(ko[kHandle]);
    return toAB(c.pub);
  }
  throw domError('Unsupported format', 'NotSupportedError');
}

async function sign(algorithm, key, data) {
  return toAB(signVerify(algorithm, key, data, undefined));
}

async function verify(algorithm, key, signature, data) {
  return signVerify(algorithm, key, data, bytesOf(signature));
}

function signVerify(algorithm, key, data, signature) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  if (name !== key[kAlgorithm].name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  const bytes = bytesOf(data);
  const ko = key[kKeyObject];
  if (name === 'HMAC') {
    const md = getDigest(mdOf(key[kAlgorithm].hash.name));
    const h = binding.hmacNew(md, ko.export());
    binding.hmacUpdate(h, bytes);
    const mac = binding.hmacDigest(h, 0);
    if (signature === undefined) return mac;
    return mac.length === signature.length && binding.timingSafeEqual(mac, signature);
  }
  let md = null, padding = 0, salt, p1363 = false;
  if (name === 'ECDSA') { md = mdOf(hashName(alg.hash)); p1363 = true; }
  if (name === 'RSASSA-PKCS1-v1_5') { md = mdOf(key[kAlgorithm].hash.name); padding = 1; }
  if (name === 'RSA-PSS') { md = mdOf(key[kAlgorithm].hash.name); padding = 6; salt = alg.saltLength; }
  if (signature === undefined) return binding.sign(ko[kHandle], md, bytes, padding, salt, p1363);
  return binding.verify(ko[kHandle], md, bytes, signature, padding, salt, p1363);
}

function aesCipher(alg, key, encrypt, data) {
  const name = canonicalName(alg.name);
  if (name !== key[kAlgorithm].name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  const bits = key[kAlgorithm].length;
  const mode = name.slice(4).toLowerCase();
  const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
  const keyBytes = key[kKeyObject].export();
  const input = bytesOf(data);
  if (mode === 'gcm') {
    const tagLength = (alg.tagLength || 128) / 8;
    const iv = bytesOf(alg.iv);
    if (encrypt) {
      const c = createCipheriv(`aes-${bits}-gcm`, keyBytes, iv, { authTagLength: tagLength });
      if (alg.additionalData !== undefined) c.setAAD(bytesOf(alg.additionalData));
      return Buffer.concat([c.update(input), c.final(), c.getAuthTag()]);
    }
    if (input.length < tagLength) throw domError('The provided data is too small.', 'OperationError');
    const d = createDecipheriv(`aes-${bits}-gcm`, keyBytes, iv, { authTagLength: tagLength });
    d.setAuthTag(input.subarray(input.length - tagLength));
    if (alg.additionalData !== undefined) d.setAAD(bytesOf(alg.additionalData));
    try {
      return Buffer.concat([d.update(input.subarray(0, input.length - tagLength)), d.final()]);
    } catch {
      throw domError('The operation failed for an operation-specific reason', 'OperationError');
    }
  }
  const iv = bytesOf(mode === 'ctr' ? alg.counter : alg.iv);
  const C = encrypt ? createCipheriv : createDecipheriv;
  const c = C(`aes-${bits}-${mode}`, keyBytes, iv);
  try {
    return Buffer.concat([c.update(input), c.final()]);
  } catch {
    throw domError('The operation failed for an operation-specific reason', 'OperationError');
  }
}

async function encrypt(algorithm, key, data) {
  const alg = normalize(algorithm);
  if (canonicalName(alg.name) === 'RSA-OAEP') {
    return toAB(binding.pkeyCrypt(0, key[kKeyObject][kHandle], bytesOf(data), 4, mdOf(key[kAlgorithm].hash.name),
      alg.label ? bytesOf(alg.label) : null));
  }
  return toAB(aesCipher(alg, key, true, data));
}

async function decrypt(algorithm, key, data) {
  const alg = normalize(algorithm);
  if (canonicalName(alg.name) === 'RSA-OAEP') {
    try {
      return toAB(binding.pkeyCrypt(1, key[kKeyObject][kHandle], bytesOf(data), 4, mdOf(key[kAlgorithm].hash.name),
        alg.label ? bytesOf(alg.label) : null));
    } catch {
      throw domError('The operation failed for an operation-specific reason', 'OperationError');
    }
  }
  return toAB(aesCipher(alg, key, false, data));
}

function deriveBitsSync(algorithm, baseKey, length) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  if (name !== baseKey[kAlgorithm].name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  const ko = baseKey[kKeyObject];
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (length == null || length % 8) throw domError('length must be a multiple of 8', 'OperationError');
    const md = getDigest(mdOf(hashName(alg.hash)));
    if (name === 'PBKDF2') {
      if (!(alg.iterations > 0)) throw domError('iterations cannot be zero', 'OperationError');
      return binding.pbkdf2(md, ko.export(), bytesOf(alg.salt), alg.iterations, length / 8);
    }
    return binding.hkdf(md, ko.export(), bytesOf(alg.salt), bytesOf(alg.info), length / 8);
  }
  // ECDH / X25519 / X448
  const pub = alg.public;
  const secret = binding.derive(ko[kHandle], pub[kKeyObject][kHandle]);
  if (length == null) return secret;
  if (length > secret.length * 8) throw domError('derived bit length is too large', 'OperationError');
  const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
  if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
  return out;
}

async function deriveBits(algorithm, baseKey, length) {
  return toAB(deriveBitsSync(algorithm, baseKey, length));
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  const d = normalize(derivedKeyAlgorithm);
  let length = d.length;
  if (length === undefined && canonicalName(d.name) === 'HMAC') {
    length = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[hashName(d.hash)];
  }
  const bits = deriveBitsSync(algorithm, baseKey, length);
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
}

async function generateKey(algorithm, extractable, keyUsages) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  const usages = Array.from(keyUsages);
  const { generateKeyPairSync } = require('internal/crypto/keygen');
  if (name === 'HMAC' || name.startsWith('AES-')) {
    let length = alg.length;
    if (name === 'HMAC' && length === undefined) {
      length = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[hashName(alg.hash)];
    }
    if (name !== 'HMAC' && ![128, 192, 256].includes(length)) throw domError('Invalid key length', 'OperationError');
    return importKey('raw', random.randomBytes(length / 8), alg, extractable, usages);
  }
  let pair;
  if (name === 'ECDSA' || name === 'ECDH') pair = generateKeyPairSync('ec', { namedCurve: kCurves[alg.namedCurve] });
  else if (name.startsWith('RSA')) {
    const e = Buffer.from(alg.publicExponent || [1, 0, 1]).readUIntBE(0, (alg.publicExponent || [1, 0, 1]).length);
    pair = generateKeyPairSync('rsa', { modulusLength: alg.modulusLength, publicExponent: e });
  } else pair = generateKeyPairSync(name.toLowerCase());
  const outAlg = asymmetricAlgorithm(name, alg, pair.publicKey);
  const pubUsages = usages.filter((u) => ['verify', 'encrypt', 'wrapKey'].includes(u));
  const privUsages = usages.filter((u) => !['verify', 'encrypt', 'wrapKey'].includes(u));
  return {
    publicKey: makeCryptoKey(pair.publicKey, outAlg, true, pubUsages),
    privateKey: makeCryptoKey(pair.privateKey, outAlg, extractable, privUsages),
  };
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.assign(SubtleCrypto.prototype, {
  digest, importKey, exportKey, sign, verify, encrypt, decrypt, deriveBits, deriveKey, generateKey,
});
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }
  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }
  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
const crypto = new Crypto(kConstruct);

function keyObjectToCryptoKey(keyObject, algorithm, extractable, keyUsages) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  let outAlg = { name };
  if (keyObject.type === 'secret') {
    if (name === 'HMAC') outAlg = { name, length: keyObject.symmetricKeySize * 8, hash: { name: hashName(alg.hash) } };
    else if (name.startsWith('AES')) outAlg = { name, length: keyObject.symmetricKeySize * 8 };
  } else {
    outAlg = asymmetricAlgorithm(name, alg, keyObject);
  }
  return makeCryptoKey(keyObject, outAlg, extractable, keyUsages);
}

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto, getKeyObject, keyObjectToCryptoKey };
