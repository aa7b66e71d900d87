'use strict';
// dns.Resolver: resolve*(name[, options], callback) over a c-ares channel (internal/dns/utils).

const errors = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = errors.codes;
const { validateString, validateFunction } = require('internal/validators');
const { ResolverBase, queryTypes, startQuery, reverseName } = require('internal/dns/utils');

class Resolver extends ResolverBase {}

function makeResolveMethod(type, syscall) {
  return function query(name, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    return startQuery(this, type, syscall, name, !!(options && options.ttl), callback);
  };
}

const resolveMap = { __proto__: null };
for (const rrtype of Object.keys(queryTypes)) {
  const [method, type, syscall] = queryTypes[rrtype];
  const fn = makeResolveMethod(type, syscall);
  Object.defineProperty(fn, 'name', { value: method });
  Resolver.prototype[method] = fn;
  resolveMap[rrtype] = fn;
}

Resolver.prototype.reverse = function reverse(ip, callback) {
  validateString(ip, 'ip');
  validateFunction(callback, 'callback');
  const name = reverseName(ip);
  if (!name) throw errors.dnsException(-22, 'getHostByAddr', ip);
  return startQuery(this, 'PTR', 'getHostByAddr', name, false, (err, result) => {
    if (err) {
      err.hostname = ip;
      err.message = `getHostByAddr ${err.code} ${ip}`;
    }
    callback(err, result);
  });
};

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let fn;
  if (typeof rrtype === 'string') {
    fn = resolveMap[rrtype];
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else if (typeof rrtype === 'function') {
    fn = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return fn.call(this, hostname, callback);
};

module.exports = { Resolver };
