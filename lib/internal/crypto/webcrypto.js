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
const kAlgorithmView = Symbol('kAlgorithmView');
const kUsagesView = Symbol('kUsagesView');

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
  // The exposed algorithm and usages are copies made once: a script may change them, the key's own
  // slots stay as they were.
  get algorithm() { return this[kAlgorithmView] || (this[kAlgorithmView] = copyAlgorithm(this[kAlgorithm])); }
  get usages() { return this[kUsagesView] || (this[kUsagesView] = this[kUsages].slice()); }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fmt = inspect || require('internal/util/inspect').inspect;
    return `CryptoKey ${fmt({
      type: this[kType], extractable: this[kExtractable], algorithm: this[kAlgorithm], usages: this[kUsages],
    }, { ...options, depth: options && options.depth != null ? options.depth : 2 })}`;
  }
}

function copyAlgorithm(a) {
  const c = { ...a };
  if (a.hash !== undefined && a.hash !== null && typeof a.hash === 'object') c.hash = { ...a.hash };
  if (a.publicExponent instanceof Uint8Array) c.publicExponent = new Uint8Array(a.publicExponent);
  return c;
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  const k = new CryptoKey(kConstruct);
  k[kKeyObject] = keyObject;
  k[kAlgorithm] = copyAlgorithm(algorithm);
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
  // A BufferSource: shared memory is not one.
  if (types.isSharedArrayBuffer(data) || (isArrayBufferView(data) && types.isSharedArrayBuffer(data.buffer))) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
  }
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

const kNames = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'KMAC128', 'KMAC256', 'HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'PBKDF2',
  'HKDF', 'ECDSA', 'ECDH', 'Ed25519', 'X25519', 'Ed448', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'AES-OCB', 'ChaCha20-Poly1305'];
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
const mdOf = (h) => (h.startsWith('SHA3-') ? h.toLowerCase() : h.replace('SHA-', 'sha'));
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

async function digest(algorithm, data) {
  const name = hashName(algorithm);
  if (!name.startsWith('SHA')) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return toAB(binding.hashOnce(getDigest(mdOf(name)), bytesOf(data), 0, -1));
}

function checkUsages(usages, allowed) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError('Unsupported key usage for this algorithm', 'SyntaxError');
  }
}

async function importKey(format, keyData, algorithm, extractable, keyUsages) {
  if (format === 'raw-secret' || format === 'raw-public') format = 'raw';
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
    case 'KMAC128': case 'KMAC256': {
      if (format !== 'raw' && format !== 'jwk') throw domError('Unsupported format', 'NotSupportedError');
      const raw = format === 'jwk' ? Buffer.from(keyData.k, 'base64url') : Buffer.from(jwkOrBytes);
      checkUsages(usages, ['sign', 'verify']);
      ko = keys.createSecretKey(raw);
      outAlg = { name, length: raw.length * 8 };
      break;
    }
    case 'ChaCha20-Poly1305': {
      if (format !== 'raw-secret' && format !== 'raw' && format !== 'jwk') throw domError('Unsupported format', 'NotSupportedError');
      const raw = format === 'jwk' ? Buffer.from(keyData.k, 'base64url') : Buffer.from(jwkOrBytes);
      if (raw.length !== 32) throw domError('Invalid key length', 'DataError');
      checkUsages(usages, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
      ko = keys.createSecretKey(raw);
      outAlg = { name };
      break;
    }
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': case 'AES-KW': case 'AES-OCB': {
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
      if (format === 'jwk' && name.startsWith('RSA')) checkRsaJwk(keyData, name, hashName(alg.hash));
      ko = importAsymmetric(format, jwkOrBytes, name, alg);
      if (ko.type === 'private' && usages.length === 0) {
        throw domError('Usages cannot be empty when importing a private key.', 'SyntaxError');
      }
      const want = { ECDSA: ['ec'], ECDH: ['ec'], 'RSA-PSS': ['rsa', 'rsa-pss'], 'RSASSA-PKCS1-v1_5': ['rsa'],
        'RSA-OAEP': ['rsa'], Ed25519: ['ed25519'], Ed448: ['ed448'], X25519: ['x25519'], X448: ['x448'] }[name];
      if (want && !want.includes(ko.asymmetricKeyType)) throw domError('Invalid key type', 'DataError');
      outAlg = asymmetricAlgorithm(name, alg, ko);
    }
  }
  return makeCryptoKey(ko, outAlg, extractable, usages);
}

function rsaJwkAlg(name, hash) {
  if (!/^SHA-(1|256|384|512)$/.test(hash)) return undefined;
  const bits = hash === 'SHA-1' ? '1' : hash.slice(4);
  if (name === 'RSASSA-PKCS1-v1_5') return `RS${bits}`;
  if (name === 'RSA-PSS') return `PS${bits}`;
  return hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
}

function checkRsaJwk(jwk, name, hash) {
  if (jwk === null || typeof jwk !== 'object') throw domError('Invalid keyData', 'DataError');
  if (jwk.kty !== 'RSA') throw domError('Invalid JWK "kty" Parameter', 'DataError');
  if (jwk.use !== undefined && jwk.use !== (name === 'RSA-OAEP' ? 'enc' : 'sig')) {
    throw domError('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.alg !== undefined && jwk.alg !== rsaJwkAlg(name, hash)) {
    throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') throw domError('Invalid keyData', 'DataError');
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
  if ((format === 'raw-secret' && key.type === 'secret') || (format === 'raw-public' && key.type === 'public')) {
    format = 'raw';
  }
  if (!key[kExtractable]) throw domError('key is not extractable', 'InvalidAccessError');
  const ko = key[kKeyObject];
  if (ko.type === 'secret') {
    if (format === 'raw') return toAB(ko.export());
    if (format === 'jwk') {
      const jwk = ko.export({ format: 'jwk' });
      const a = key[kAlgorithm];
      if (a.name === 'HMAC') jwk.alg = 'HS' + a.hash.name.slice(4);
      else jwk.alg = 'A' + a.length + a.name.slice(4);
      jwk.key_ops = key[kUsages].slice();
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
    const a = key[kAlgorithm];
    if (a.name.startsWith('RSA') && rsaJwkAlg(a.name, a.hash.name) !== undefined) jwk.alg = rsaJwkAlg(a.name, a.hash.name);
    jwk.key_ops = key[kUsages].slice();
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
  const mode = name === 'ChaCha20-Poly1305' ? 'chacha' : name.slice(4).toLowerCase();
  const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
  const keyBytes = key[kKeyObject].export();
  const input = bytesOf(data);
  if (mode === 'gcm' || mode === 'ocb' || mode === 'chacha') {
    const tagLength = (alg.tagLength || 128) / 8;
    const iv = bytesOf(alg.iv);
    const cipherName = mode === 'chacha' ? 'chacha20-poly1305' : `aes-${bits}-${mode}`;
    if (encrypt) {
      const c = createCipheriv(cipherName, keyBytes, iv, { authTagLength: tagLength });
      if (alg.additionalData !== undefined) c.setAAD(bytesOf(alg.additionalData));
      return Buffer.concat([c.update(input), c.final(), c.getAuthTag()]);
    }
    if (input.length < tagLength) throw domError('The provided data is too small.', 'OperationError');
    const d = createDecipheriv(cipherName, keyBytes, iv, { authTagLength: tagLength });
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

function missingOption(name) {
  const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
  return new ERR_MISSING_OPTION(name);
}

function checkCryptoKey(value, name) {
  if (!types.isCryptoKey(value)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, 'CryptoKey', value);
  }
}

// The derive algorithm dictionary checked as WebIDL would (required members, member types).
function normalizeDerive(algorithm) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  const out = { name };
  if (name === 'ECDH' || name === 'X25519' || name === 'X448') {
    if (alg.public === undefined) throw missingOption('algorithm.public');
    checkCryptoKey(alg.public, 'algorithm.public');
    out.public = alg.public;
  } else if (name === 'HKDF' || name === 'PBKDF2') {
    if (alg.hash === undefined) throw missingOption('algorithm.hash');
    const hash = hashName(alg.hash);
    if (!hash.startsWith('SHA')) throw domError('Unrecognized algorithm name', 'NotSupportedError');
    out.hash = hash;
    if (alg.salt === undefined) throw missingOption('algorithm.salt');
    out.salt = bytesOf(alg.salt);
    if (name === 'HKDF') {
      if (alg.info === undefined) throw missingOption('algorithm.info');
      out.info = bytesOf(alg.info);
    } else {
      if (alg.iterations === undefined) throw missingOption('algorithm.iterations');
      out.iterations = alg.iterations;
    }
  } else {
    throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  return out;
}

function deriveBitsSync(alg, baseKey, length) {
  const name = alg.name;
  const ko = baseKey[kKeyObject];
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (length == null) throw domError('length cannot be null', 'OperationError');
    if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
    if (length === 0) return Buffer.alloc(0);
    const md = getDigest(mdOf(alg.hash));
    if (name === 'PBKDF2') {
      if (!(alg.iterations > 0)) throw domError('iterations cannot be zero', 'OperationError');
      return binding.pbkdf2(md, ko.export(), alg.salt, alg.iterations, length / 8);
    }
    try {
      return binding.hkdf(md, ko.export(), alg.salt, alg.info, length / 8);
    } catch {
      throw domError('The operation failed for an operation-specific reason', 'OperationError');
    }
  }
  // ECDH / X25519 / X448
  const pub = alg.public;
  if (pub.type !== 'public') throw domError('algorithm.public must be a public key', 'InvalidAccessError');
  if (baseKey.type !== 'private') throw domError('baseKey must be a private key', 'InvalidAccessError');
  if (pub[kAlgorithm].name !== baseKey[kAlgorithm].name) throw domError('key algorithm mismatch', 'InvalidAccessError');
  if (name === 'ECDH' && pub[kAlgorithm].namedCurve !== baseKey[kAlgorithm].namedCurve) {
    throw domError('Named curve mismatch', 'InvalidAccessError');
  }
  let secret;
  try {
    secret = binding.derive(ko[kHandle], pub[kKeyObject][kHandle]);
  } catch {
    throw domError('The operation failed for an operation-specific reason', 'OperationError');
  }
  if (length == null) return secret;
  if (length > secret.length * 8) throw domError('derived bit length is too small', 'OperationError');
  const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
  if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
  return out;
}

function checkDeriveKey(baseKey, alg, usage) {
  checkCryptoKey(baseKey, 'baseKey');
  if (!baseKey[kUsages].includes(usage)) {
    throw domError(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  }
  if (baseKey[kAlgorithm].name !== alg.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
}

async function deriveBits(algorithm, baseKey, length) {
  const alg = normalizeDerive(algorithm);
  checkDeriveKey(baseKey, alg, 'deriveBits');
  return toAB(deriveBitsSync(alg, baseKey, length));
}

function derivedKeyLength(d) {
  const name = canonicalName(d.name);
  if (name === 'HMAC') {
    if (d.length !== undefined) return d.length;
    if (d.hash === undefined) throw missingOption('derivedKeyAlgorithm.hash');
    return { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[hashName(d.hash)];
  }
  if (name.startsWith('AES-')) {
    if (d.length === undefined) throw missingOption('derivedKeyAlgorithm.length');
    if (![128, 192, 256].includes(d.length)) throw domError('Invalid key length', 'OperationError');
    return d.length;
  }
  if (name === 'HKDF' || name === 'PBKDF2') return null;
  if (name === 'KMAC128' || name === 'KMAC256') return d.length !== undefined ? d.length : (name === 'KMAC128' ? 128 : 256);
  if (name === 'ChaCha20-Poly1305') return 256;
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  const alg = normalizeDerive(algorithm);
  const d = normalize(derivedKeyAlgorithm);
  checkDeriveKey(baseKey, alg, 'deriveKey');
  const length = derivedKeyLength(d);
  const bits = deriveBitsSync(alg, baseKey, length);
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
}

async function generateKey(algorithm, extractable, keyUsages) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  const usages = Array.from(keyUsages);
  const { generateKeyPairSync } = require('internal/crypto/keygen');
  if (name === 'KMAC128' || name === 'KMAC256') {
    const length = alg.length !== undefined ? alg.length : (name === 'KMAC128' ? 128 : 256);
    if (length === 0 || length % 8) throw domError('Invalid key length', 'OperationError');
    checkUsages(usages, ['sign', 'verify']);
    return makeCryptoKey(keys.createSecretKey(random.randomBytes(length / 8)), { name, length }, extractable, usages);
  }
  if (name === 'ChaCha20-Poly1305') {
    checkUsages(usages, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
    return makeCryptoKey(keys.createSecretKey(random.randomBytes(32)), { name }, extractable, usages);
  }
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
async function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  checkCryptoKey(key, 'key');
  checkCryptoKey(wrappingKey, 'wrappingKey');
  if (!wrappingKey[kUsages].includes('wrapKey')) {
    throw domError('wrappingKey does not have wrapKey usage', 'InvalidAccessError');
  }
  let data = await exportKey(format, key);
  if (format === 'jwk') {
    let json = JSON.stringify(data);
    // AES-KW needs a multiple of 8 bytes: the JSON is padded with spaces.
    if (canonicalName(normalize(wrapAlgorithm).name) === 'AES-KW' && json.length % 8) {
      json += ' '.repeat(8 - (json.length % 8));
    }
    data = Buffer.from(json);
  }
  return wrapCipher(wrapAlgorithm, wrappingKey, data, true);
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable,
                         keyUsages) {
  checkCryptoKey(unwrappingKey, 'unwrappingKey');
  if (!unwrappingKey[kUsages].includes('unwrapKey')) {
    throw domError('unwrappingKey does not have unwrapKey usage', 'InvalidAccessError');
  }
  let data = await wrapCipher(unwrapAlgorithm, unwrappingKey, wrappedKey, false);
  if (format === 'jwk') {
    try {
      data = JSON.parse(Buffer.from(data).toString('utf8'));
    } catch {
      throw domError('Invalid wrapped JWK key', 'DataError');
    }
  }
  return importKey(format, data, unwrappedKeyAlgorithm, extractable, keyUsages);
}

function wrapCipher(algorithm, key, data, encrypting) {
  const alg = normalize(algorithm);
  const name = canonicalName(alg.name);
  if (name !== key[kAlgorithm].name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  if (name === 'AES-KW') {
    const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
    const bits = key[kAlgorithm].length;
    const C = encrypting ? createCipheriv : createDecipheriv;
    const c = C(`id-aes${bits}-wrap`, key[kKeyObject].export(), Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
    try {
      return toAB(Buffer.concat([c.update(bytesOf(data)), c.final()]));
    } catch {
      throw domError('The operation failed for an operation-specific reason', 'OperationError');
    }
  }
  return encrypting ? encrypt(alg, key, data) : decrypt(alg, key, data);
}

const kPublicUsages = {
  ECDH: [], X25519: [], X448: [], ECDSA: ['verify'], Ed25519: ['verify'], Ed448: ['verify'], 'RSA-PSS': ['verify'],
  'RSASSA-PKCS1-v1_5': ['verify'], 'RSA-OAEP': ['encrypt', 'wrapKey'],
};

async function getPublicKey(key, keyUsages) {
  checkCryptoKey(key, 'key');
  if (key.type === 'secret') throw domError('key must be a private key', 'NotSupportedError');
  if (key.type !== 'private') throw domError('key must be a private key', 'InvalidAccessError');
  const allowed = kPublicUsages[key[kAlgorithm].name] || [];
  for (const u of keyUsages) {
    if (!allowed.includes(u)) throw domError(`Unsupported key usage for a ${key[kAlgorithm].name} key`, 'SyntaxError');
  }
  const pub = keys.createPublicKey(key[kKeyObject]);
  return makeCryptoKey(pub, key[kAlgorithm], true, Array.from(keyUsages));
}

const kSubtleMethods = {
  digest, importKey, exportKey, sign, verify, encrypt, decrypt, deriveBits, deriveKey, generateKey, wrapKey,
  unwrapKey, getPublicKey,
};
for (const name of Object.keys(kSubtleMethods)) {
  const fn = kSubtleMethods[name];
  Object.defineProperty(SubtleCrypto.prototype, name, {
    configurable: true, enumerable: true, writable: true,
    value: {
      async [name](...args) {
        if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
        return fn(...args);
      },
    }[name],
  });
}
Object.defineProperty(SubtleCrypto, 'supports', {
  configurable: true, enumerable: true, writable: true,
  value: function supports(operation, algorithm) {
    if (this !== SubtleCrypto) throw new ERR_INVALID_THIS('SubtleCrypto');
    try {
      canonicalName(normalize(algorithm).name);
      return typeof operation === 'string' && operation in kSubtleMethods;
    } catch {
      return false;
    }
  },
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

// A copy of the algorithm with its name (and hash) in canonical form; the input is left as is.
function normalizeAlgorithm(algorithm) {
  const alg = { ...normalize(algorithm) };
  alg.name = canonicalName(alg.name);
  if (alg.hash !== undefined) alg.hash = { name: hashName(alg.hash) };
  return alg;
}

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto, getKeyObject, keyObjectToCryptoKey, normalizeAlgorithm };
