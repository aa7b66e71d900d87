'use strict';
// generateKeyPair(Sync) for rsa, rsa-pss, dsa, ec, ed25519, ed448, x25519, x448, dh; generateKey(Sync)
// for hmac/aes secret keys. Asynchronous generation runs on the thread pool.

const { binding, getDigest, getCipher } = require('internal/crypto/util');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_MISSING_OPTION, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_UNKNOWN_CIPHER,
  },
} = require('internal/errors');
const {
  validateFunction, validateObject, validateString, validateUint32, validateInt32, validateOneOf,
} = require('internal/validators');
const { PublicKeyObject, PrivateKeyObject, SecretKeyObject } = require('internal/crypto/keys');

const kTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function parseOptions(type, options) {
  validateString(type, 'type');
  if (!kTypes.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (options !== undefined || ['rsa', 'rsa-pss', 'dsa', 'ec', 'dh'].includes(type)) validateObject(options, 'options');
  const o = options || {};
  const g = {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateUint32(o.modulusLength, 'options.modulusLength');
      g.modulusLength = o.modulusLength;
      let e = 0x10001;
      if (o.publicExponent !== undefined) {
        validateUint32(o.publicExponent, 'options.publicExponent');
        e = o.publicExponent;
      }
      g.publicExponent = Buffer.from([e >>> 24, (e >>> 16) & 255, (e >>> 8) & 255, e & 255]);
      if (type === 'rsa-pss') {
        const hash = o.hashAlgorithm !== undefined ? o.hashAlgorithm : o.hash;
        const mgf1 = o.mgf1HashAlgorithm !== undefined ? o.mgf1HashAlgorithm : o.mgf1Hash;
        if (hash !== undefined) {
          validateString(hash, 'options.hashAlgorithm');
          const md = getDigest(hash);
          if (!md) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
          g.hash = md.name;
        }
        if (mgf1 !== undefined) {
          validateString(mgf1, 'options.mgf1HashAlgorithm');
          const md = getDigest(mgf1);
          if (!md) {
            const e = new ERR_CRYPTO_INVALID_DIGEST(mgf1);
            e.message = `Invalid MGF1 digest: ${mgf1}`;
            throw e;
          }
          g.mgf1Hash = md.name;
        }
        if (o.saltLength !== undefined) {
          validateInt32(o.saltLength, 'options.saltLength', 0);
          g.saltLength = o.saltLength;
        }
        if (g.hash && !g.mgf1Hash) g.mgf1Hash = g.hash;
        // RFC 8017 A.2.3: the salt length defaults to the digest size once a hash is set.
        if (g.hash && g.saltLength === undefined) g.saltLength = getDigest(hash).size;
      }
      break;
    }
    case 'dsa':
      validateUint32(o.modulusLength, 'options.modulusLength');
      g.modulusLength = o.modulusLength;
      if (o.divisorLength != null) {
        validateInt32(o.divisorLength, 'options.divisorLength', 0);
        g.divisorLength = o.divisorLength;
      }
      break;
    case 'ec':
      validateString(o.namedCurve, 'options.namedCurve');
      g.namedCurve = o.namedCurve;
      if (o.paramEncoding != null) {
        if (o.paramEncoding !== 'named' && o.paramEncoding !== 'explicit') {
          throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', o.paramEncoding);
        }
        g.paramEncoding = o.paramEncoding;
      }
      break;
    case 'dh': {
      const { group, primeLength, prime, generator } = o;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        g.group = { modp1: 'modp_768', modp2: 'modp_1024', modp5: 'modp_1536', modp14: 'modp_2048', modp15: 'modp_3072',
          modp16: 'modp_4096', modp17: 'modp_6144', modp18: 'modp_8192' }[group];
        if (!g.group) {
          const { codes: { ERR_CRYPTO_UNKNOWN_DH_GROUP } } = require('internal/errors');
          throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
        }
      } else {
        if (prime != null) {
          if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          g.prime = prime;
        } else if (primeLength != null) {
          validateInt32(primeLength, 'options.primeLength', 0);
          g.primeLength = primeLength;
        } else {
          throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
        }
        if (generator != null) validateInt32(generator, 'options.generator', 0);
        g.generator = generator != null ? generator : 2;
      }
      break;
    }
    default:
      break;
  }
  const pubEnc = parseEncoding(o.publicKeyEncoding, 'options.publicKeyEncoding', true, type);
  const privEnc = parseEncoding(o.privateKeyEncoding, 'options.privateKeyEncoding', false, type);
  return { g, pubEnc, privEnc };
}

function parseEncoding(enc, name, isPublic, keyType) {
  if (enc == null) return undefined;
  if (typeof enc !== 'object') throw new ERR_INVALID_ARG_VALUE(name, enc);
  const { format, type } = enc;
  if (format === 'jwk') return enc;
  if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE(`${name}.format`, format);
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type);
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
  }
  if (!isPublic && enc.cipher != null) {
    if (typeof enc.cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(`${name}.cipher`, enc.cipher);
    if (format === 'der' && type !== 'pkcs8') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
    }
    if (getCipher(enc.cipher) === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    const { passphrase } = enc;
    if (typeof passphrase !== 'string' && !isArrayBufferView(passphrase) && !isAnyArrayBuffer(passphrase)) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.passphrase`, passphrase);
    }
  }
  return enc;
}

function finish(handle, pubEnc, privEnc) {
  const privateKey = new PrivateKeyObject(handle);
  const publicKey = new PublicKeyObject(binding.keyToPublic(handle));
  return {
    publicKey: pubEnc ? publicKey.export(pubEnc) : publicKey,
    privateKey: privEnc ? privateKey.export(privEnc) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  const { g, pubEnc, privEnc } = parseOptions(type, options);
  return finish(binding.keyGen(type, g), pubEnc, privEnc);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { g, pubEnc, privEnc } = parseOptions(type, options);
  binding.keyGen(type, g, (err, handle) => {
    if (err) return callback(err);
    let r;
    try {
      r = finish(handle, pubEnc, privEnc);
    } catch (e) {
      return callback(e);
    }
    callback(null, r.publicKey, r.privateKey);
  });
}

function secretLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const n = secretLength(type, options);
  return new SecretKeyObject(require('internal/crypto/random').randomBytes(n));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const n = secretLength(type, options);
  require('internal/crypto/random').randomBytes(n, (err, buf) => {
    if (err) callback(err);
    else callback(null, new SecretKeyObject(buf));
  });
}

Object.defineProperty(generateKeyPair, require('internal/util').customPromisifyArgs, {
  value: ['publicKey', 'privateKey'], enumerable: false,
});

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
