'use strict';
// Server/client options and header rules: setDefaultHeaders:false, writeHead replacing set headers,
// optimizeEmptyRequests, shouldUpgradeCallback, early-hints validation, latin1 header bytes,
// setEncoding refused on server sockets, createConnection getting no request path.
const http = require('http');
const net = require('net');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 10000);

function listen(server) { return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address().port))); }
function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(text));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out));
  });
}

(async () => {
  const seen = [];
  const server = http.createServer({ optimizeEmptyRequests: true, shouldUpgradeCallback: () => false }, (req, res) => {
    seen.push({ url: req.url, raw: req.rawHeaders.slice(), dumped: req._dumped === true, upgrade: req.upgrade });
    assert.throws(() => req.socket.setEncoding('utf8'), { code: 'ERR_HTTP_SOCKET_ENCODING' });
    assert.throws(() => res.writeEarlyHints({ link: 'no brackets' }), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => res.writeEarlyHints({ link: '</a\r\nX: y>; rel=preload' }), { code: 'ERR_INVALID_ARG_VALUE' });
    res.setHeader('x-a', '1');
    res.writeHead(200, ['x-a', '2', 'x-a', '3', 'x-l', Buffer.from('bår').toString('latin1')]);
    res.end(req.url);
  });
  const port = await listen(server);

  // setDefaultHeaders:false sends only what was given.
  await new Promise((resolve) => {
    http.request({ port, method: 'POST', path: '/nodefaults', setDefaultHeaders: false, headers: ['host', 'h', 'x-b', '1'] }, (res) => {
      assert.deepStrictEqual(res.headers['x-a'], '2, 3');
      assert.strictEqual(res.headers['x-l'], Buffer.from('bår').toString('latin1'));
      res.resume().on('end', resolve);
    }).end();
  });
  assert.deepStrictEqual(seen[0].raw, ['host', 'h', 'x-b', '1']);

  // Empty GET dumped up front; a POST with a body is not; Upgrade declined by the callback.
  const r1 = await raw(port, 'GET /empty HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(r1, /^HTTP\/1\.1 200 OK/);
  const r2 = await raw(port, 'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi');
  assert.match(r2, /\/body/);
  await raw(port, 'GET /up HTTP/1.1\r\nHost: x\r\nConnection: upgrade, close\r\nUpgrade: foo\r\n\r\n');
  assert.strictEqual(seen[1].dumped, true);
  assert.strictEqual(seen[2].dumped, false);
  assert.strictEqual(seen[3].upgrade, false);

  // createConnection gets the socket path (undefined for TCP) as `path`, never the request path.
  await new Promise((resolve) => {
    http.get({ port, path: '/cc', createConnection: (opts) => {
      assert.strictEqual(opts.path, undefined);
      return net.connect(opts);
    } }, (res) => res.resume().on('end', resolve));
  });

  server.close();
  clearTimeout(watchdog);
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
