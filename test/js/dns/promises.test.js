'use strict';
// dns.promises / dns/promises: Resolver methods, lookup and lookupService, the default resolver.
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');
const { startResponder } = require('./_responder');

(async () => {
  assert.strictEqual(dns.promises, dnsPromises);
  const server = await startResponder();
  try {
    const r = new dnsPromises.Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${server.port}`]);
    assert.deepStrictEqual(await r.resolve4('example.test', { ttl: true }),
      [{ address: '1.2.3.4', ttl: 300 }, { address: '5.6.7.8', ttl: 200 }]);
    assert.deepStrictEqual(await r.resolve('example.test'), ['1.2.3.4', '5.6.7.8']);
    assert.deepStrictEqual(await r.resolve('example.test', 'TXT'), [['v=spf1 -all'], ['part1', 'part2']]);
    assert.deepStrictEqual(await r.resolveCname('alias.example.test'), ['example.test']);
    assert.deepStrictEqual(await r.reverse('1.2.3.4'), ['host.example.test']);
    assert.strictEqual((await r.resolveSoa('example.test')).serial, 2024010101);
    assert.strictEqual((await r.resolveAny('example.test')).length, 11);
    await assert.rejects(r.resolve6('missing.example.test'),
      { code: 'ENOTFOUND', syscall: 'queryAaaa', hostname: 'missing.example.test' });
    await assert.rejects(r.reverse('9.9.9.9'), { code: 'ENOTFOUND', syscall: 'getHostByAddr', hostname: '9.9.9.9' });
    const slow = r.resolveMx('slow.example.test');
    r.cancel();
    await assert.rejects(slow, { code: 'ECANCELLED' });
    assert.throws(() => r.resolve('x', 'NOPE'), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => r.resolve4(42), { code: 'ERR_INVALID_ARG_TYPE' });

    // The default resolvers.
    const saved = dns.getServers();
    dnsPromises.setServers([`127.0.0.1:${server.port}`]);
    assert.deepStrictEqual(dnsPromises.getServers(), [`127.0.0.1:${server.port}`]);
    assert.deepStrictEqual(await dnsPromises.resolveNs('example.test'), ['ns1.example.test']);
    dns.setServers([`127.0.0.1:${server.port}`]);
    const viaCallback = await new Promise((res, rej) => dns.resolveMx('example.test', (e, v) => (e ? rej(e) : res(v))));
    assert.strictEqual(viaCallback.length, 2);
    dns.setServers(saved);
    dnsPromises.setServers(saved);

    // lookup: IP literals never reach getaddrinfo; localhost comes from /etc/hosts.
    assert.deepStrictEqual(await dnsPromises.lookup('127.0.0.1'), { address: '127.0.0.1', family: 4 });
    assert.deepStrictEqual(await dnsPromises.lookup('::1', { all: true }), [{ address: '::1', family: 6 }]);
    const lh = await dnsPromises.lookup('localhost', { family: 4 });
    assert.deepStrictEqual(lh, { address: '127.0.0.1', family: 4 });
    assert.throws(() => dnsPromises.lookup(1), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => dnsPromises.lookup('x', { family: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => dnsPromises.lookup('x', { order: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => dnsPromises.lookupService('127.0.0.1'), { code: 'ERR_MISSING_ARGS' });
    assert.throws(() => dnsPromises.lookupService('nope', 80), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => dnsPromises.lookupService('127.0.0.1', 'x'), { code: 'ERR_SOCKET_BAD_PORT' });
    const svc = await dnsPromises.lookupService('127.0.0.1', 22);
    assert.strictEqual(typeof svc.hostname, 'string');
    assert.strictEqual(svc.service, 'ssh');
    assert.strictEqual(dnsPromises.NODATA, 'ENODATA');
  } finally {
    server.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
