'use strict';
// dns.Resolver (callback API) against a local responder: every record type, ttl, errors, timeout,
// cancel, setServers/getServers.
const assert = require('assert');
const dns = require('dns');
const { startResponder } = require('./_responder');

function call(resolver, method, ...args) {
  return new Promise((resolve) => resolver[method](...args, (err, res) => resolve({ err, res })));
}

(async () => {
  const server = await startResponder();
  try {
    const r = new dns.Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${server.port}`]);
    assert.deepStrictEqual(r.getServers(), [`127.0.0.1:${server.port}`]);

    let { err, res } = await call(r, 'resolve4', 'example.test');
    assert.ifError(err);
    assert.deepStrictEqual(res, ['1.2.3.4', '5.6.7.8']);
    ({ res } = await call(r, 'resolve4', 'example.test', { ttl: true }));
    assert.deepStrictEqual(res, [{ address: '1.2.3.4', ttl: 300 }, { address: '5.6.7.8', ttl: 200 }]);
    ({ res } = await call(r, 'resolve6', 'example.test', { ttl: true }));
    assert.deepStrictEqual(res, [{ address: '2001:db8::1', ttl: 400 }]);
    ({ res } = await call(r, 'resolve', 'example.test', 'AAAA'));
    assert.deepStrictEqual(res, ['2001:db8::1']);
    ({ res } = await call(r, 'resolveMx', 'example.test'));
    assert.deepStrictEqual(res.map((m) => [m.exchange, m.priority]), [['mx1.example.test', 10], ['mx2.example.test', 20]]);
    ({ res } = await call(r, 'resolveTxt', 'example.test'));
    assert.deepStrictEqual(res, [['v=spf1 -all'], ['part1', 'part2']]);
    ({ res } = await call(r, 'resolveNs', 'example.test'));
    assert.deepStrictEqual(res, ['ns1.example.test']);
    ({ res } = await call(r, 'resolveSoa', 'example.test'));
    assert.deepStrictEqual({ ...res, type: undefined }, {
      nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024010101,
      refresh: 7200, retry: 3600, expire: 1209600, minttl: 300, type: undefined,
    });
    ({ res } = await call(r, 'resolveCaa', 'example.test'));
    assert.strictEqual(res.length, 1);
    assert.strictEqual(res[0].critical, 0);
    assert.strictEqual(res[0].issue, 'ca.test');
    ({ res } = await call(r, 'resolveNaptr', 'example.test'));
    assert.deepStrictEqual(res.map((x) => ({ ...x, type: undefined })), [{
      type: undefined, flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test', order: 100, preference: 10,
    }]);
    ({ res } = await call(r, 'resolveSrv', '_sip._tcp.example.test'));
    assert.deepStrictEqual(res.map((s) => [s.name, s.port, s.priority, s.weight]), [['sip.example.test', 5060, 10, 5]]);
    ({ res } = await call(r, 'resolveCname', 'alias.example.test'));
    assert.deepStrictEqual(res, ['example.test']);
    ({ res } = await call(r, 'resolvePtr', '4.3.2.1.in-addr.arpa'));
    assert.deepStrictEqual(res, ['host.example.test']);
    ({ res } = await call(r, 'reverse', '1.2.3.4'));
    assert.deepStrictEqual(res, ['host.example.test']);
    ({ res } = await call(r, 'resolveAny', 'example.test'));
    assert.deepStrictEqual(res.map((x) => x.type), ['A', 'A', 'AAAA', 'MX', 'MX', 'NS', 'TXT', 'TXT', 'NAPTR', 'SOA', 'CAA']);
    assert.deepStrictEqual(res[0], { address: '1.2.3.4', ttl: 300, type: 'A' });
    assert.deepStrictEqual(res[6], { entries: ['v=spf1 -all'], type: 'TXT' });

    // Errors: node's shape.
    for (const [name, code] of [['missing.example.test', 'ENOTFOUND'], ['empty.example.test', 'ENODATA'],
      ['servfail.example.test', 'ESERVFAIL'], ['slow.example.test', 'ETIMEOUT']]) {
      ({ err } = await call(r, 'resolve4', name));
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, code);
      assert.strictEqual(err.syscall, 'queryA');
      assert.strictEqual(err.hostname, name);
      assert.strictEqual(err.message, `queryA ${code} ${name}`);
      assert.strictEqual(dns[code.slice(1)], code);
    }
    ({ err } = await call(r, 'resolveCname', 'example.test'));
    assert.strictEqual(err.code, 'ENODATA');
    assert.strictEqual(err.syscall, 'queryCname');

    // cancel(): pending queries end with ECANCELLED.
    const pending = call(r, 'resolve4', 'slow.example.test');
    r.cancel();
    ({ err } = await pending);
    assert.strictEqual(err.code, 'ECANCELLED');

    // Validation.
    assert.throws(() => r.resolve4(1, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => r.resolve4('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => r.resolve('x', 'BOGUS', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => r.resolve('x', 1, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => r.setServers('1.2.3.4'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => r.setServers([1]), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => r.setServers(['not an ip']), { code: 'ERR_INVALID_IP_ADDRESS' });
    assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
    assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
    assert.throws(() => r.reverse('bogus', () => {}), { code: 'EINVAL', syscall: 'getHostByAddr' });

    // getServers formatting.
    const s = new dns.Resolver();
    s.setServers(['1.2.3.4', '5.6.7.8:5353', '::1', '[2001:db8::2]:54', '[::3]']);
    assert.deepStrictEqual(s.getServers(), ['1.2.3.4', '5.6.7.8:5353', '::1', '[2001:db8::2]:54', '::3']);
    s.setServers([]);
    assert.deepStrictEqual(s.getServers(), []);
  } finally {
    server.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
