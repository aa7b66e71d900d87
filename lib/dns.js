'use strict';
// node:dns — lookup/lookupService through getaddrinfo/getnameinfo on the thread pool
// (internalBinding('dns_lookup')), resolve*/reverse through c-ares (internal/dns/*).

const { isIP } = require('internal/net');
const errors = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = errors.codes;
const { validateString, validateFunction, validateOneOf, validatePort } = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');
const utils = require('internal/dns/utils');
const { Resolver } = require('internal/dns/callback_resolver');

function onlookup(err, addresses) {
  if (err) return this.callback(errors.dnsException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
  utils.stopDnsPerf(this, { addresses });
}

function onlookupall(err, addresses) {
  if (err) return this.callback(errors.dnsException(err, 'getaddrinfo', this.hostname));
  const family = this.family;
  const list = addresses.map((address) => ({ address, family: family || isIP(address) }));
  this.callback(null, list);
  utils.stopDnsPerf(this, { addresses: list });
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let opts;
  if (typeof options === 'function') {
    callback = options;
    opts = utils.parseLookupOptions(undefined);
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', utils.validFamilies);
    opts = utils.parseLookupOptions(undefined);
    opts.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    opts = utils.parseLookupOptions(options);
  }

  if (!hostname) {
    utils.emitInvalidHostnameWarning(hostname);
    if (opts.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, opts.family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (opts.all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  const req = { callback, family: opts.family, hostname, oncomplete: opts.all ? onlookupall : onlookup };
  const err = utils.getLookupBinding().getaddrinfo(req, hostname, opts.family, opts.hints, opts.order);
  if (err) {
    process.nextTick(callback, errors.dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  utils.startLookupPerf(req, hostname, opts);
  return req;
}
Object.defineProperty(lookup, customPromisifyArgs, { value: ['address', 'family'], enumerable: false });

function onlookupservice(err, hostname, service) {
  if (err) return this.callback(errors.dnsException(err, 'getnameinfo', this.hostname));
  this.callback(null, hostname, service);
  utils.stopDnsPerf(this, { hostname, service });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = { callback, hostname: address, port, oncomplete: onlookupservice };
  const err = utils.getLookupBinding().getnameinfo(req, address, port);
  if (err) throw errors.dnsException(err, 'getnameinfo', address);
  utils.startLookupServicePerf(req, address, port);
  return req;
}
Object.defineProperty(lookupService, customPromisifyArgs, { value: ['hostname', 'service'], enumerable: false });

// The module-level resolve*() run on the shared default resolver.
let promises;
module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: utils.getDefaultResultOrder,
  setDefaultResultOrder: utils.setDefaultResultOrder,
  setServers: utils.setDefaultServers,
  ...utils.bindDefaultResolver(Resolver),
  ADDRCONFIG: utils.getLookupBinding().AI_ADDRCONFIG,
  ALL: utils.getLookupBinding().AI_ALL,
  V4MAPPED: utils.getLookupBinding().AI_V4MAPPED,
  ...utils.errorConstants,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('internal/dns/promises');
    return promises;
  },
});
