'use strict';
// What dns and dns/promises share: argument checks, the default result order, c-ares error codes,
// server-list parsing, and ResolverBase (one c-ares channel, made on first use so that requiring
// dns for lookup() alone never loads c-ares).

const { isIP } = require('internal/net');
const { toASCII } = require('internal/idna');
const perf = require('internal/perf/observe');
const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_DNS_SET_SERVERS_FAILED,
} = errors.codes;
const {
  validateArray, validateInt32, validateOneOf, validateString, validateNumber, validateBoolean,
} = require('internal/validators');

// c-ares status numbers, index = status.
const aresCodes = [undefined, 'ENODATA', 'EFORMERR', 'ESERVFAIL', 'ENOTFOUND', 'ENOTIMP', 'EREFUSED',
  'EBADQUERY', 'EBADNAME', 'EBADFAMILY', 'EBADRESP', 'ECONNREFUSED', 'ETIMEOUT', 'EOF', 'EFILE',
  'ENOMEM', 'EDESTRUCTION', 'EBADSTR', 'EBADFLAGS', 'ENONAME', 'EBADHINTS', 'ENOTINITIALIZED',
  'ELOADIPHLPAPI', 'EADDRGETNETWORKPARAMS', 'ECANCELLED'];

// dns.NODATA = 'ENODATA', ...
const errorConstants = {};
for (const code of aresCodes) if (code) errorConstants[code === 'EOF' ? code : code.slice(1)] = code; // c-ares EOF has no extra E

// getaddrinfo/getnameinfo are looked up on cares_wrap at each call, as node does (its tests stub them).
let caresBinding;
function getCaresBinding() {
  if (!caresBinding) caresBinding = internalBinding('cares_wrap');
  return caresBinding;
}

const getLookupBinding = getCaresBinding;

// A c-ares status (> 0), or a libuv error (< 0) as stubbed bindings return.
function aresException(status, syscall, hostname) {
  if (typeof status === 'number' && status < 0) return errors.dnsException(status, syscall, hostname);
  const code = typeof status === 'number' ? (aresCodes[status] || `E${status}`) : status;
  return errors.dnsException(code, syscall, hostname);
}

// ---- result order ----
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const orderNumber = { verbatim: 0, ipv4first: 4, ipv6first: 6 };
const orderName = { 0: 'verbatim', 4: 'ipv4first', 6: 'ipv6first' };
let defaultResultOrder = 'verbatim';
(function orderFromFlags() {
  const argv = process.execArgv || [];
  for (let i = 0; i < argv.length; i++) {
    let v;
    if (argv[i].startsWith('--dns-result-order=')) v = argv[i].slice(19);
    else if (argv[i] === '--dns-result-order') v = argv[i + 1];
    if (validOrders.includes(v)) defaultResultOrder = v;
  }
})();

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validOrders);
  defaultResultOrder = value;
}
function getDefaultResultOrder() { return defaultResultOrder; }

// ---- lookup options (shared by dns.lookup and dnsPromises.lookup) ----
const validFamilies = [0, 4, 6];

function validateHints(hints) {
  const b = getLookupBinding();
  if ((hints & ~(b.AI_ADDRCONFIG | b.AI_ALL | b.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// options is an object (or null/undefined): { family, hints, all, order } normalized.
function parseLookupOptions(options) {
  const out = { family: 0, hints: 0, all: false, order: orderNumber[defaultResultOrder] };
  if (options == null) return out;
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options.family != null) {
    if (options.family === 'IPv4') out.family = 4;
    else if (options.family === 'IPv6') out.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      out.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 0 : 4;
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    out.order = orderNumber[options.order];
  }
  return out;
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// ---- servers ----
// '1.2.3.4', '1.2.3.4:53', '::1', '[::1]', '[::1]:53' -> [family, ip, port]
function parseServer(serv) {
  const fam = isIP(serv);
  if (fam) return [fam, serv, 53];
  let m = /^\[([^[\]]*)\](?::(\d+))?$/.exec(serv);
  if (m && isIP(m[1]) === 6) return [6, m[1], m[2] ? Number(m[2]) : 53];
  m = /^(.+?)(?::(\d+))?$/.exec(serv);
  if (m && isIP(m[1])) return [isIP(m[1]), m[1], m[2] ? Number(m[2]) : 53];
  throw new ERR_INVALID_IP_ADDRESS(serv);
}

function formatServer([ip, port]) {
  if (port === 53) return ip;
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

// The PTR name of an address: 4.3.2.1.in-addr.arpa, or nibbles under ip6.arpa.
function reverseName(ip) {
  const fam = isIP(ip);
  if (fam === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (fam !== 6) return null;
  const groups = (str) => {
    if (!str) return [];
    const g = str.split(':');
    const l = g[g.length - 1];
    if (l.includes('.')) { // embedded IPv4 tail
      const b = l.split('.').map(Number);
      g.splice(-1, 1, ((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16));
    }
    return g;
  };
  const cut = ip.indexOf('::');
  let parts = groups(cut < 0 ? ip : ip.slice(0, cut));
  if (cut >= 0) {
    const tail = groups(ip.slice(cut + 2));
    parts = parts.concat(new Array(8 - parts.length - tail.length).fill('0'), tail);
  }
  const hex = parts.map((g) => g.padStart(4, '0')).join('');
  return `${hex.split('').reverse().join('.')}.ip6.arpa`;
}

// ---- ResolverBase ----
const kHandle = Symbol('kHandle');
const kOptions = Symbol('kOptions');
const kServers = Symbol('kServers');
const kLocal = Symbol('kLocal');

function validateTimeout(options) {
  const { timeout = -1 } = options ?? {};
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}
function validateTries(options) {
  const { tries = 4 } = options ?? {};
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    if (options?.maxTimeout !== undefined) validateInt32(options.maxTimeout, 'options.maxTimeout', 0);
    this[kOptions] = { timeout, tries };
    this[kHandle] = null;
  }

  get _handle() {
    if (!this[kHandle]) {
      this[kHandle] = getCaresBinding().createChannel(this[kOptions].timeout, this[kOptions].tries);
      if (this[kServers]) this[kHandle].setServers(this[kServers]);
      if (this[kLocal]) this[kHandle].setLocalAddress(...this[kLocal]);
    }
    return this[kHandle];
  }

  cancel() {
    if (this[kHandle]) this[kHandle].cancel();
  }

  getServers() {
    if (this[kServers] && !this[kHandle]) return this[kServers].map(([, ip, port]) => formatServer([ip, port]));
    return (this._handle.getServers() || []).map(formatServer);
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = [];
    for (let i = 0; i < servers.length; i++) {
      validateString(servers[i], `servers[${i}]`);
      list.push(parseServer(servers[i]));
    }
    if (!this[kHandle]) {
      this[kServers] = list; // applied when the channel is made
      return;
    }
    const err = this[kHandle].setServers(list);
    if (err) {
      const msg = err === -1 ? 'There are pending queries.' : getCaresBinding().strerror(err);
      throw new ERR_DNS_SET_SERVERS_FAILED(msg, servers.join(','));
    }
  }

  // One address of either family, or an IPv4 then an IPv6 one.
  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    let v4 = '';
    let v6 = '';
    if (ipv6 === undefined) {
      const fam = isIP(ipv4);
      if (fam === 4) v4 = ipv4;
      else if (fam === 6) v6 = ipv4;
      else throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4, 'must be a valid IP address');
    } else {
      if (isIP(ipv4) !== 4) throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4, 'must be a valid IPv4 address');
      if (isIP(ipv6) !== 6) throw new ERR_INVALID_ARG_VALUE('ipv6', ipv6, 'must be a valid IPv6 address');
      v4 = ipv4;
      v6 = ipv6;
    }
    this[kLocal] = [v4, v6];
    if (this[kHandle]) this[kHandle].setLocalAddress(v4, v6);
  }
}

// rrtype -> [method name, c-ares query type, syscall name]
const queryTypes = {
  A: ['resolve4', 'A', 'queryA'],
  AAAA: ['resolve6', 'AAAA', 'queryAaaa'],
  ANY: ['resolveAny', 'ANY', 'queryAny'],
  CAA: ['resolveCaa', 'CAA', 'queryCaa'],
  CNAME: ['resolveCname', 'CNAME', 'queryCname'],
  MX: ['resolveMx', 'MX', 'queryMx'],
  NAPTR: ['resolveNaptr', 'NAPTR', 'queryNaptr'],
  NS: ['resolveNs', 'NS', 'queryNs'],
  PTR: ['resolvePtr', 'PTR', 'queryPtr'],
  SOA: ['resolveSoa', 'SOA', 'querySoa'],
  SRV: ['resolveSrv', 'SRV', 'querySrv'],
  TXT: ['resolveTxt', 'TXT', 'queryTxt'],
};

// 'dns' performance entries: lookup, lookupService and each query (named by its syscall).
const kPerfContext = Symbol('kPerfHooksDnsContext');
function startLookupPerf(req, hostname, opts) {
  if (!perf.hasObserver('dns')) return;
  perf.startPerf(req, kPerfContext, {
    type: 'dns',
    name: 'lookup',
    detail: {
      hostname, family: opts.family, hints: opts.hints, verbatim: opts.order === 0, order: orderName[opts.order],
    },
  });
}
function startLookupServicePerf(req, host, port) {
  if (perf.hasObserver('dns')) perf.startPerf(req, kPerfContext, { type: 'dns', name: 'lookupService', detail: { host, port } });
}
function stopDnsPerf(req, detail) {
  if (req[kPerfContext] && perf.hasObserver('dns')) perf.stopPerf(req, kPerfContext, { detail });
}

// Start one query on a resolver; `done(err, result)` gets the shaped result. Returns the req.
function startQuery(resolver, type, syscall, name, ttl, done) {
  const req = { hostname: name, syscall, ttl };
  req.oncomplete = function oncomplete(status, result, ttls) {
    if (status) return done(aresException(status, syscall, name));
    if (ttl && (type === 'A' || type === 'AAAA')) {
      result = result.map((address, i) => ({ address, ttl: ttls[i] }));
    } else if (type === 'SOA') {
      result = result[0];
    }
    done(null, result);
    stopDnsPerf(req, { result });
  };
  const host = syscall === 'getHostByAddr' ? name : (toASCII(name) ?? name);
  const err = resolver._handle[syscall](req, host);
  if (err) throw aresException(err, syscall, name);
  if (perf.hasObserver('dns')) {
    perf.startPerf(req, kPerfContext, { type: 'dns', name: syscall, detail: { host: name, ttl } });
  }
  return req;
}

// The one default resolver behind dns.resolve*() and dnsPromises.resolve*(), as in node.
let defaultResolver;
function getDefaultResolver() {
  if (!defaultResolver) defaultResolver = new ResolverBase();
  return defaultResolver;
}
// dns.setServers() swaps in a fresh default resolver, so queries in flight do not block it.
function setDefaultServers(servers) {
  const next = new ResolverBase();
  next.setServers(servers);
  defaultResolver = next;
}

// The module-level resolve*() of node:dns and node:dns/promises: each Resolver method of that module
// applied to the default resolver, in node's export order.
const kDefaultResolverMethods = ['getServers', 'resolve', 'resolveAny', 'resolve4', 'resolve6', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse'];
function bindDefaultResolver(Resolver) {
  const out = {};
  for (const method of kDefaultResolverMethods) {
    const fn = function (...args) { return Resolver.prototype[method].apply(getDefaultResolver(), args); };
    Object.defineProperty(fn, 'name', { value: method });
    out[method] = fn;
  }
  return out;
}

module.exports = {
  bindDefaultResolver,
  aresCodes, errorConstants, aresException, getLookupBinding, getCaresBinding,
  setDefaultResultOrder, getDefaultResultOrder, validFamilies, validateHints, parseLookupOptions,
  emitInvalidHostnameWarning, parseServer, formatServer, reverseName,
  ResolverBase, queryTypes, startQuery, getDefaultResolver, setDefaultServers, kHandle,
  startLookupPerf, startLookupServicePerf, stopDnsPerf,
};
