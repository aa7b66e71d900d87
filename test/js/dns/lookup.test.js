'use strict';
// dns.lookup / lookupService (getaddrinfo, getnameinfo): options, validation, result order, errors.
// Only IP literals and localhost (/etc/hosts): no network.
const assert = require('assert');
const dns = require('dns');
const util = require('util');

function lookup(...args) {
  return new Promise((resolve) => dns.lookup(...args, (err, ...res) => resolve({ err, res })));
}

(async () => {
  let { err, res } = await lookup('127.0.0.1');
  assert.ifError(err);
  assert.deepStrictEqual(res, ['127.0.0.1', 4]);
  ({ res } = await lookup('::1', { all: true }));
  assert.deepStrictEqual(res, [[{ address: '::1', family: 6 }]]);
  ({ res } = await lookup('localhost', 4));
  assert.deepStrictEqual(res, ['127.0.0.1', 4]);
  ({ res } = await lookup('localhost', { family: 'IPv4', all: true, order: 'ipv4first', hints: dns.ADDRCONFIG }));
  assert.deepStrictEqual(res, [[{ address: '127.0.0.1', family: 4 }]]);
  ({ res } = await lookup('localhost', { verbatim: false }));
  assert.strictEqual(res[1], 4);

  // Synchronous callback never: the result comes on a later tick.
  let sync = true;
  dns.lookup('127.0.0.1', () => assert.strictEqual(sync, false));
  sync = false;

  assert.deepStrictEqual(await util.promisify(dns.lookup)('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await util.promisify(dns.lookupService)('127.0.0.1', 22),
    { hostname: (await dns.promises.lookupService('127.0.0.1', 22)).hostname, service: 'ssh' });

  // Validation, as node.
  assert.throws(() => dns.lookup(1, () => {}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => dns.lookup('x', 7, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookup('x', { family: 1 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => dns.lookup('x', { hints: 100 }, () => {}),
    { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'hints' is invalid. Received 100" });
  assert.throws(() => dns.lookup('x', { all: 1 }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('x', { verbatim: 'yes' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('x', 'opts', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dns.lookupService('127.0.0.1', 80), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => dns.lookupService('127.0.0.1', 99999, () => {}), { code: 'ERR_SOCKET_BAD_PORT' });

  // Result order.
  assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
  dns.setDefaultResultOrder('ipv4first');
  assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
  dns.promises.setDefaultResultOrder('verbatim');
  assert.throws(() => dns.setDefaultResultOrder('bad'), { code: 'ERR_INVALID_ARG_VALUE' });

  // Constants.
  assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
  assert.strictEqual(dns.CANCELLED, 'ECANCELLED');
  assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
  assert.strictEqual(typeof dns.V4MAPPED, 'number');
  assert.strictEqual(typeof dns.ALL, 'number');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
