'use strict';
// node:tls. The sockets and servers are in _tls_wrap.js, contexts in _tls_common.js; the engine is
// OpenSSL in build/modules/tls.so (internalBinding('tls_wrap')).

const net = require('net');
const { ERR_TLS_CERT_ALTNAME_INVALID, ERR_TLS_CERT_ALTNAME_FORMAT, ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE } =
  require('internal/errors').codes;
const { validateString, validateOneOf } = require('internal/validators');
const common = require('internal/tls/common');
const wrap = require('internal/tls/wrap');

let rootCerts = null;
function rootCertificates() {
  if (rootCerts === null) {
    const list = internalBinding('tls_wrap').rootCertificates().map((pem) => pem.trimEnd());
    rootCerts = Object.freeze([...new Set(list)]);
  }
  return rootCerts;
}

let defaultCerts = null;
let extraCertsFrozen = null;
let ciphersCache = null;
function getCiphers() {
  if (ciphersCache === null) {
    const names = internalBinding('tls_wrap').getCiphers().map((n) => n.toLowerCase());
    ciphersCache = [...new Set(names)].sort();
  }
  return ciphersCache.slice();
}

function unfqdn(host) { return host.endsWith('.') ? host.slice(0, -1) : host; }
function splitHost(host) { return unfqdn(host).toLowerCase().split('.'); }

// Does the host (split in labels) match a certificate name, which may have one '*' in its first
// label when wildcards are allowed?
function matchesName(hostLabels, pattern, wildcards) {
  if (!pattern) return false;
  const labels = splitHost(pattern);
  if (labels.length !== hostLabels.length || labels.includes('')) return false;
  if (labels.some((l) => /[^\u0021-\u007F]/u.test(l))) return false;
  for (let i = labels.length - 1; i > 0; i--) {
    if (labels[i] !== hostLabels[i]) return false;
  }
  const first = labels[0];
  const pieces = first.split('*');
  if (pieces.length === 1 || first.includes('xn--')) return first === hostLabels[0];
  if (!wildcards || pieces.length > 2 || labels.length <= 2) return false;
  const [prefix, suffix] = pieces;
  const h = hostLabels[0];
  return prefix.length + suffix.length <= h.length && h.startsWith(prefix) && h.endsWith(suffix);
}

// "DNS:a, DNS:\"b, c\"" -> ['DNS:a', 'DNS:b, c']
function splitAltNames(s) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '\\' && i + 1 < s.length) cur += s[++i];
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',' && s[i + 1] === ' ') {
      out.push(cur);
      cur = '';
      i++;
    } else {
      cur += ch;
    }
  }
  if (quoted) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
  out.push(cur);
  return out;
}

function canonicalIP(ip) {
  if (!net.isIP(ip)) return undefined;
  if (net.isIPv6(ip)) {
    try {
      return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
    } catch {
      return ip;
    }
  }
  return ip;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const names = altNames.includes('"') ? splitAltNames(altNames) : altNames.split(', ');
    for (const name of names) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostLabels = splitHost(hostname);
    const match = (pattern) => matchesName(hostLabels, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(match);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(match) : match(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

let systemCerts = null;
function systemCertificates() {
  if (systemCerts === null) {
    systemCerts = Object.freeze([...new Set(internalBinding('tls_wrap').systemCertificates())]);
  }
  return systemCerts;
}

// --use-system-ca (or NODE_USE_SYSTEM_CA=1): the default store takes the system's certificates too.
function useSystemCA() {
  const { runtimeOptions } = require('internal/bootstrap/realm');
  return runtimeOptions.boolOption('--use-system-ca') ?? process.env.NODE_USE_SYSTEM_CA === '1';
}

// 'bundled': nodec's built-in store, which is OpenSSL's default certificate file; 'system': the
// system's trust store; 'extra': NODE_EXTRA_CA_CERTS; 'default': what new contexts trust unless
// tls.setDefaultCACertificates() replaced it.
function getCACertificates(type = 'default') {
  validateString(type, 'type');
  validateOneOf(type, 'type', ['default', 'system', 'bundled', 'extra']);
  if (type === 'bundled') return rootCertificates();
  if (type === 'system') return systemCertificates();
  if (type === 'extra') {
    if (extraCertsFrozen === null) extraCertsFrozen = Object.freeze(common.extraCACertificates().slice());
    return extraCertsFrozen;
  }
  if (defaultCerts === null) {
    defaultCerts = Object.freeze([
      ...rootCertificates(), ...(useSystemCA() ? systemCertificates() : []), ...common.extraCACertificates(),
    ]);
  }
  return defaultCerts;
}

function setDefaultCACertificates(certs) {
  if (!Array.isArray(certs)) throw new ERR_INVALID_ARG_TYPE('certs', 'Array', certs);
  for (let i = 0; i < certs.length; i++) {
    const c = certs[i];
    if (typeof c !== 'string' && !ArrayBuffer.isView(c)) {
      throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], c);
    }
  }
  const binding = internalBinding('tls_wrap');
  const pems = new Set();
  for (const c of certs) {
    const data = typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    for (const pem of binding.parseCertificates(data)) pems.add(pem);
  }
  if (certs.length > 0 && pems.size === 0) {
    const err = new Error('No valid certificates found in the provided array');
    err.code = 'ERR_CRYPTO_OPERATION_FAILED';
    throw err;
  }
  const list = [...pems];
  common.setDefaultCAOverride(list);
  defaultCerts = Object.freeze(list);
}

// --tls-min-v1.x / --tls-max-v1.x set the defaults; the lowest minimum and the highest maximum win.
function defaultMinVersion() {
  const { runtimeOptions } = require('internal/bootstrap/realm');
  if (runtimeOptions.boolOption('--tls-min-v1.0')) return 'TLSv1';
  if (runtimeOptions.boolOption('--tls-min-v1.1')) return 'TLSv1.1';
  if (runtimeOptions.boolOption('--tls-min-v1.2')) return 'TLSv1.2';
  if (runtimeOptions.boolOption('--tls-min-v1.3')) return 'TLSv1.3';
  return 'TLSv1.2';
}

function defaultMaxVersion() {
  const { runtimeOptions } = require('internal/bootstrap/realm');
  if (runtimeOptions.boolOption('--tls-max-v1.3')) return 'TLSv1.3';
  if (runtimeOptions.boolOption('--tls-max-v1.2')) return 'TLSv1.2';
  return 'TLSv1.3';
}

function convertALPNProtocols(protocols, out) {
  wrap.convertALPNProtocols(protocols, out);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: require('crypto').constants.defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: defaultMinVersion(),
  DEFAULT_MAX_VERSION: defaultMaxVersion(),
  getCiphers,
  getCertificateCompressionAlgorithms() { return []; },
  get rootCertificates() { return rootCertificates(); },
  getCACertificates,
  setDefaultCACertificates,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext: common.createSecureContext,
  SecureContext: common.SecureContext,
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
};
