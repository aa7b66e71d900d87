'use strict';
// tls.createSecureContext / SecureContext: option checking here, the SSL_CTX in C
// (internalBinding('tls_wrap').createSecureContext(), src/modules/tls/secure_context.c).

const binding = internalBinding('tls_wrap');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION,
  ERR_TLS_PROTOCOL_VERSION_CONFLICT, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateString, validateInt32, validateObject } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const kVersions = {
  'TLSv1': binding.TLS1_VERSION,
  'TLSv1.1': binding.TLS1_1_VERSION,
  'TLSv1.2': binding.TLS1_2_VERSION,
  'TLSv1.3': binding.TLS1_3_VERSION,
};

// secureProtocol names: [min, max] (0: no bound).
const kMethods = {
  TLS_method: [0, 0], SSLv23_method: [0, 0], TLS_client_method: [0, 0], TLS_server_method: [0, 0],
  SSLv23_client_method: [0, 0], SSLv23_server_method: [0, 0],
  TLSv1_method: ['TLSv1', 'TLSv1'], TLSv1_client_method: ['TLSv1', 'TLSv1'], TLSv1_server_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_client_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_1_server_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_client_method: ['TLSv1.2', 'TLSv1.2'],
  TLSv1_2_server_method: ['TLSv1.2', 'TLSv1.2'],
};

function toV(name, which) {
  if (name === undefined || name === null) return undefined;
  const v = kVersions[name];
  if (v === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(name, which);
  return v;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const tls = require('tls');
  let min, max;
  if (secureProtocol) {
    validateString(secureProtocol, 'secureProtocol');
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    const m = kMethods[secureProtocol];
    if (!m) {
      const e = /^SSLv[23]_/.test(secureProtocol) ?
        new Error(`${secureProtocol.slice(0, 5)} methods disabled`) : new TypeError(`Unknown method: ${secureProtocol}`);
      e.code = 'ERR_TLS_INVALID_PROTOCOL_METHOD';
      throw e;
    }
    // TLS_method: any version; SSLv23_method (its old name): node's default minimum, at most TLS 1.2.
    const legacy = secureProtocol.startsWith('SSLv23');
    min = m[0] ? kVersions[m[0]] : legacy ? toV(tls.DEFAULT_MIN_VERSION, 'minimum') : kVersions.TLSv1;
    max = m[1] ? kVersions[m[1]] : legacy ? kVersions['TLSv1.2'] : kVersions['TLSv1.3'];
  } else {
    min = toV(minVersion ?? tls.DEFAULT_MIN_VERSION, 'minimum');
    max = toV(maxVersion ?? tls.DEFAULT_MAX_VERSION, 'maximum');
  }
  this.minProto = min;
  this.maxProto = max;
  this.context = binding.createSecureContext();
  this.context.init(min, max);
  if (secureOptions) {
    validateInt32(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

function isValidData(v) {
  return typeof v === 'string' || isArrayBufferView(v) || v instanceof ArrayBuffer;
}

function validateKeyOrCertOption(name, value) {
  if (!isValidData(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function forEachValue(name, value, fn) {
  if (Array.isArray(value)) {
    for (const v of value) {
      validateKeyOrCertOption(name, v);
      fn(v);
    }
  } else {
    validateKeyOrCertOption(name, value);
    fn(value);
  }
}

function processCiphers(ciphers, name) {
  validateString(ciphers, name);
  const parts = ciphers.split(':');
  const isSuite = (c) => c.startsWith('TLS_') || c.startsWith('!TLS_');
  const cipherSuites = parts.filter(isSuite).join(':');
  const cipherList = parts.filter((c) => c.length > 0 && !isSuite(c)).join(':');
  if (cipherSuites === '' && cipherList === '') {
    throw new ERR_INVALID_ARG_VALUE(name, ciphers, 'must contain at least one cipher');
  }
  return { cipherList, cipherSuites };
}

function configSecureContext(sc, options, name = 'options') {
  const context = sc.context;
  const { ca, cert, key, pfx, passphrase, crl, ciphers, ecdhCurve, dhparam, sigalgs, sessionIdContext,
    ticketKeys, sessionTimeout, privateKeyIdentifier, privateKeyEngine } = options;

  // The ciphers go first: an @SECLEVEL=n in them decides which keys and certificates load.
  const tls = require('tls');
  const { cipherList, cipherSuites } = processCiphers(ciphers || tls.DEFAULT_CIPHERS, `${name}.ciphers`);
  if (cipherSuites !== '') context.setCipherSuites(cipherSuites);
  context.setCiphers(cipherList);

  // Checked up front so that a bad key is reported before a bad cert, as node.
  if (cert) forEachValue(`${name}.cert`, cert, () => {});
  if (key) {
    if (Array.isArray(key)) {
      for (const k of key) {
        if (k !== null && typeof k === 'object' && !isValidData(k)) validateKeyOrCertOption(`${name}.key`, k.pem);
        else validateKeyOrCertOption(`${name}.key`, k);
      }
    } else {
      validateKeyOrCertOption(`${name}.key`, key);
    }
  }
  if (ca) {
    forEachValue(`${name}.ca`, ca, (v) => context.addCACert(v));
  } else if (defaultCAOverride !== null) {
    for (const pem of defaultCAOverride) context.addCACert(pem);
  } else {
    context.addRootCerts();
    for (const pem of extraCACertificates()) context.addCACert(pem);
  }
  if (cert) {
    forEachValue(`${name}.cert`, cert, (v) => context.setCert(v));
  }
  if (key) {
    const keys = Array.isArray(key) ? key : [key];
    for (const k of keys) {
      if (Array.isArray(key) && k !== null && typeof k === 'object' && !isValidData(k)) {
        const pem = k.pem;
        validateKeyOrCertOption(`${name}.key`, pem);
        context.setKey(pem, k.passphrase ?? passphrase);
      } else {
        validateKeyOrCertOption(`${name}.key`, k);
        context.setKey(k, passphrase);
      }
    }
  }
  if (privateKeyIdentifier !== undefined && privateKeyIdentifier !== null) {
    if (privateKeyEngine === undefined) {
      // Node ignores the identifier without an engine.
    } else {
      validateString(privateKeyEngine, `${name}.privateKeyEngine`);
      validateString(privateKeyIdentifier, `${name}.privateKeyIdentifier`);
      const e = new Error('Custom engines not supported by this OpenSSL');
      e.code = 'ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED';
      throw e;
    }
  }
  if (options.clientCertEngine !== undefined && options.clientCertEngine !== null) {
    validateString(options.clientCertEngine, `${name}.clientCertEngine`);
    const e = new Error('Custom engines not supported by this OpenSSL');
    e.code = 'ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED';
    throw e;
  }
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, `${name}.sigalgs`);
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE(`${name}.sigalgs`, sigalgs);
    context.setSigalgs(sigalgs);
  }

  const curve = ecdhCurve ?? tls.DEFAULT_ECDH_CURVE;
  validateString(curve, `${name}.ecdhCurve`);
  context.setECDHCurve(curve);

  if (dhparam) {
    validateKeyOrCertOption(`${name}.dhparam`, dhparam);
    const warning = context.setDHParam(dhparam);
    if (warning) process.emitWarning(warning, 'SecurityWarning');
  }
  if (crl) {
    forEachValue(`${name}.crl`, crl, (v) => context.addCRL(v));
  }
  if (options.allowPartialTrustChain) context.setAllowPartialTrustChain();
  if (sessionIdContext !== undefined && sessionIdContext !== null) {
    validateString(sessionIdContext, `${name}.sessionIdContext`);
    context.setSessionIdContext(sessionIdContext);
  }
  if (pfx) {
    const list = Array.isArray(pfx) ? pfx : [pfx];
    for (const p of list) {
      const raw = p && p.buf !== undefined ? p.buf : p;
      const pass = (p && p.passphrase !== undefined ? p.passphrase : undefined) ?? passphrase;
      validateKeyOrCertOption(`${name}.pfx`, raw);
      context.loadPKCS12(typeof raw === 'string' ? Buffer.from(raw) : raw, pass);
    }
  }
  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!isArrayBufferView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE(`${name}.ticketKeys`, ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.ticketKeys`, ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    context.setTicketKeys(ticketKeys);
  }
  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, `${name}.sessionTimeout`, 0);
    context.setSessionTimeout(sessionTimeout);
  }
}

function createSecureContext(options) {
  if (!options) options = {};
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions |= 0x00400000; // SSL_OP_CIPHER_SERVER_PREFERENCE
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c, options);
  return c;
}

// tls.setDefaultCACertificates(): replaces the default trust store for new contexts.
let defaultCAOverride = null;
function setDefaultCAOverride(list) { defaultCAOverride = list; }

// NODE_EXTRA_CA_CERTS: PEM certificates trusted in addition to the default store (read once).
let extraCerts = null;
function extraCACertificates() {
  if (extraCerts !== null) return extraCerts;
  extraCerts = [];
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return extraCerts;
  let text;
  try {
    text = require('fs').readFileSync(file, 'latin1');
  } catch (e) {
    const reason = e.code === 'ENOENT' ? 'No such file or directory' : e.message;
    process.stderr.write(`Warning: Ignoring extra certs from \`${file}\`, load failed: ${reason}\n`);
    return extraCerts;
  }
  const re = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
  let m;
  while ((m = re.exec(text)) !== null) extraCerts.push(m[0] + '\n');
  return extraCerts;
}

function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate !== undefined && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess != null) {
    const lines = String(c.infoAccess).split('\n');
    const info = { __proto__: null };
    for (const line of lines) {
      if (!line) continue;
      const i = line.indexOf(':');
      const key = line.slice(0, i);
      const value = line.slice(i + 1);
      if (Object.prototype.hasOwnProperty.call(info, key)) info[key].push(value);
      else Object.defineProperty(info, key, { value: [value], writable: true, enumerable: true, configurable: true });
    }
    c.infoAccess = info;
  }
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
  configSecureContext,
  translatePeerCertificate,
  extraCACertificates,
  setDefaultCAOverride,
  kVersions,
};
