'use strict';
// 'net', 'http' and 'dns' performance entries (runs under node 24 too).
const assert = require('assert');
const http = require('http');
const dns = require('dns');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const obs = new PerformanceObserver((list) => entries.push(...list.getEntries()));
obs.observe({ entryTypes: ['net', 'http', 'dns'] });

let port;
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  http.get({ host: '127.0.0.1', port, path: '/x' }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close();
      // Entries reach observers in an immediate queued after the operation's callback.
      dns.lookup('localhost', () => setImmediate(() => setImmediate(check)));
    });
  });
});

function check() {
  obs.disconnect();
  const byName = (n) => entries.filter((e) => e.name === n);
  const [connect] = byName('connect');
  assert.strictEqual(connect.entryType, 'net');
  assert.strictEqual(connect.detail.host, '127.0.0.1');
  assert.strictEqual(connect.detail.port, port);
  assert.strictEqual(typeof connect.duration, 'number');

  const [client] = byName('HttpClient');
  assert.strictEqual(client.entryType, 'http');
  assert.strictEqual(client.detail.req.method, 'GET');
  assert.strictEqual(client.detail.req.url, `http://127.0.0.1:${port}/x`);
  assert.strictEqual(client.detail.res.statusCode, 200);

  const [request] = byName('HttpRequest');
  assert.strictEqual(request.detail.req.url, '/x');
  assert.strictEqual(request.detail.res.statusCode, 200);

  const [lookup] = byName('lookup');
  assert.strictEqual(lookup.entryType, 'dns');
  assert.strictEqual(lookup.detail.hostname, 'localhost');
  assert.strictEqual(lookup.detail.order, 'verbatim');
  assert(Array.isArray(lookup.detail.addresses));
}
