'use strict';
// http client and Agent against our own server: request/get with URL and options, request body
// (chunked and Content-Length), response events, keep-alive socket reuse, maxSockets queueing,
// HEAD, 'information' for 1xx, timeouts and destroy. Every wait is bounded by a watchdog.
const http = require('http');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 15000);

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}
function closed(server) { return new Promise((resolve) => server.close(resolve)); }
function fetchText(opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(opts, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve({ res, body: d, req }));
    });
    req.on('error', reject);
    if (body !== undefined) req.end(body); else req.end();
  });
}

async function main() {
  const ports = new Set();
  const server = http.createServer((req, res) => {
    ports.add(req.socket.remotePort);
    if (req.url === '/info') {
      res.writeProcessing();
      res.end('after');
      return;
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 500);
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      res.setHeader('X-Method', req.method);
      res.setHeader('X-TE', req.headers['transfer-encoding'] || 'none');
      res.end(req.method === 'HEAD' ? undefined : `${req.url}|${body}`);
    });
  });
  const port = await listen(server);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  let r = await fetchText({ port, host: '127.0.0.1', path: '/x', agent });
  assert.strictEqual(r.res.statusCode, 200);
  assert.strictEqual(r.body, '/x|');
  assert.strictEqual(r.res.headers['x-te'], 'none');
  assert.strictEqual(r.res.httpVersion, '1.1');

  r = await fetchText({ port, method: 'POST', path: '/p', agent }, 'data');
  assert.strictEqual(r.body, '/p|data');

  // Two writes: chunked.
  r = await new Promise((resolve) => {
    const req = http.request({ port, method: 'PUT', path: '/c', agent }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve({ res, body: d }));
    });
    req.write('a');
    setTimeout(() => req.end('b'), 10);
  });
  assert.strictEqual(r.body, '/c|ab');
  assert.strictEqual(r.res.headers['x-te'], 'chunked');

  // maxSockets: 1 -> three parallel requests share one socket.
  const before = ports.size;
  const all = await Promise.all([1, 2, 3].map((i) => fetchText({ port, path: `/q${i}`, agent })));
  assert.deepStrictEqual(all.map((x) => x.body), ['/q1|', '/q2|', '/q3|']);
  assert.strictEqual(ports.size, before);

  r = await fetchText({ port, method: 'HEAD', path: '/h', agent });
  assert.strictEqual(r.body, '');
  assert.strictEqual(r.res.headers['x-method'], 'HEAD');

  // URL string form and 'information'.
  r = await new Promise((resolve) => {
    const infos = [];
    const req = http.get(`http://127.0.0.1:${port}/info`, { agent }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve({ infos, body: d }));
    });
    req.on('information', (i) => infos.push(i.statusCode));
  });
  assert.deepStrictEqual(r.infos, [102]);
  assert.strictEqual(r.body, 'after');

  // Timeout then destroy: 'timeout', then 'error' ECONNRESET, then 'close'.
  const events = await new Promise((resolve) => {
    const ev = [];
    const req = http.get({ port, path: '/slow', agent: false });
    req.setTimeout(50, () => { ev.push('timeout'); req.destroy(); });
    req.on('error', (e) => ev.push(e.code));
    req.on('close', () => { ev.push('close'); resolve(ev); });
  });
  assert.deepStrictEqual(events, ['timeout', 'ECONNRESET', 'close']);

  // Connection refused.
  const err = await new Promise((resolve) => {
    const probe = http.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const p = probe.address().port;
      probe.close(() => http.get({ port: p, host: '127.0.0.1' }).on('error', resolve));
    });
  });
  assert.strictEqual(err.code, 'ECONNREFUSED');

  assert.throws(() => http.request({ port, method: 'BAD METHOD' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => http.request({ port, path: '/a b' }), { code: 'ERR_UNESCAPED_CHARACTERS' });
  assert.throws(() => http.request('https://x/'), { code: 'ERR_INVALID_PROTOCOL' });

  agent.destroy();
  server.closeAllConnections();
  await closed(server);
}

main().then(() => { clearTimeout(watchdog); console.log('ok'); }, (e) => { console.error(e); process.exit(1); });
