'use strict';
// node:dns/promises — the promise forms of lookup, lookupService and the Resolver methods.

const { isIP } = require('internal/net');
const errors = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = errors.codes;
const { validateString, validateOneOf, validatePort } = require('internal/validators');
const utils = require('internal/dns/utils');
const { ResolverBase, queryTypes, startQuery, reverseName } = utils;

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  let opts;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', utils.validFamilies);
    opts = utils.parseLookupOptions(undefined);
    opts.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    opts = utils.parseLookupOptions(options);
  }
  if (!hostname) {
    utils.emitInvalidHostnameWarning(hostname);
    return Promise.resolve(opts.all ? [] : { address: null, family: opts.family === 6 ? 6 : 4 });
  }
  const matched = isIP(hostname);
  if (matched) {
    const one = { address: hostname, family: matched };
    return Promise.resolve(opts.all ? [one] : one);
  }
  return new Promise((resolve, reject) => {
    const req = { resolve, reject, hostname, family: opts.family, all: opts.all, oncomplete: onlookup };
    const err = utils.getLookupBinding().getaddrinfo(req, hostname, opts.family, opts.hints, opts.order);
    if (err) reject(errors.dnsException(err, 'getaddrinfo', hostname));
    else utils.startLookupPerf(req, hostname, opts);
  });
}

// req.resolve/req.reject are looked up when the answer comes (node's tests wrap them).
function onlookup(err, addresses) {
  if (err) return this.reject(errors.dnsException(err, 'getaddrinfo', this.hostname));
  const family = this.family;
  const list = addresses.map((address) => ({ address, family: family || isIP(address) }));
  this.resolve(this.all ? list : list[0]);
  utils.stopDnsPerf(this, { addresses: this.all ? list : addresses });
}

function onlookupservice(err, hostname, service) {
  if (err) return this.reject(errors.dnsException(err, 'getnameinfo', this.host));
  this.resolve({ hostname, service });
  utils.stopDnsPerf(this, { hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = { resolve, reject, host: address, port, oncomplete: onlookupservice };
    const err = utils.getLookupBinding().getnameinfo(req, address, port);
    if (err) reject(errors.dnsException(err, 'getnameinfo', address));
    else utils.startLookupServicePerf(req, address, port);
  });
}

class Resolver extends ResolverBase {}

function promiseQuery(resolver, type, syscall, name, ttl) {
  return new Promise((resolve, reject) => {
    startQuery(resolver, type, syscall, name, ttl, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const resolveMap = { __proto__: null };
for (const rrtype of Object.keys(queryTypes)) {
  const [method, type, syscall] = queryTypes[rrtype];
  const fn = {
    [method](name, options) {
      validateString(name, 'name');
      return promiseQuery(this, type, syscall, name, !!(options && options.ttl));
    },
  }[method];
  Resolver.prototype[method] = fn;
  resolveMap[rrtype] = fn;
}

Resolver.prototype.reverse = function reverse(ip) {
  validateString(ip, 'ip');
  const name = reverseName(ip);
  if (!name) throw errors.dnsException(-22, 'getHostByAddr', ip);
  return promiseQuery(this, 'PTR', 'getHostByAddr', name, false).catch((err) => {
    err.hostname = ip;
    err.message = `getHostByAddr ${err.code} ${ip}`;
    throw err;
  });
};

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let fn;
  if (rrtype === undefined) fn = resolveMap.A;
  else if (typeof rrtype === 'string') {
    fn = resolveMap[rrtype];
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return fn.call(this, hostname);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  setServers: utils.setDefaultServers,
  ...utils.bindDefaultResolver(Resolver),
  ...utils.errorConstants,
};
