'use strict';
// http server over raw sockets: exact response bytes (as node 24 writes them), keep-alive and
// pipelining, chunked bodies and trailers, header duplicate rules, 100-continue, parse errors
// (400 and close), upgrade, and header validation errors. Every wait is bounded by a watchdog.
const http = require('http');
const net = require('net');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 15000);

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}
function closed(server) { return new Promise((resolve) => server.close(resolve)); }

// Sends raw bytes, returns everything received until the server closes or `ms` passes.
function raw(port, data, ms = 300) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(data));
    let out = '';
    s.setEncoding('latin1');
    s.on('data', (d) => { out += d; });
    const t = setTimeout(() => s.destroy(), ms);
    s.on('close', () => { clearTimeout(t); resolve(out); });
    s.on('error', () => {});
  });
}
const noDate = (s) => s.replace(/Date: [^\r]*\r\n/g, '');

async function basics() {
  const server = http.createServer((req, res) => {
    if (req.url === '/chunked') {
      res.write('ab');
      res.end('cd');
    } else if (req.url === '/trailers') {
      res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-T' });
      res.write('x');
      res.addTrailers({ 'X-T': 'yes' });
      res.end();
    } else if (req.url === '/head') {
      res.writeHead(201, 'Made', [['X-A', '1'], ['X-A', '2']]);
      res.end();
    } else {
      // The parser reads the TCP handle itself (no 'data' hop through the socket stream): the
      // fast path that hello-world throughput rests on. It needs TCP.name, as node has it.
      assert.strictEqual(req.socket.parser.consuming, true);
      assert.strictEqual(req.socket._handle.constructor.name, 'TCP');
      res.end('hello');
    }
  });
  const port = await listen(server);
  let r = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.0\r\n\r\n');
  assert.strictEqual(noDate(r),
    'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 5\r\n\r\nhello' +
    'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello');
  assert.match(r, /Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
  r = await raw(port, 'GET /chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(noDate(r), 'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n');
  r = await raw(port, 'GET /trailers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(noDate(r), 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTrailer: X-T\r\nConnection: close\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX-T: yes\r\n\r\n');
  r = await raw(port, 'HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(noDate(r), 'HTTP/1.1 201 Made\r\nX-A: 1\r\nX-A: 2\r\nConnection: close\r\n\r\n');
  // Parse errors: 400 and close, 'clientError' not listened.
  r = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
  assert.strictEqual(r, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  r = await raw(port, 'GET / HTTP/1.1\r\n' + 'X: ' + 'a'.repeat(20000) + '\r\n\r\n');
  assert.strictEqual(r, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  // HTTP/1.1 without Host.
  r = await raw(port, 'GET / HTTP/1.1\r\n\r\n');
  assert.match(r, /^HTTP\/1\.1 400 Bad Request\r\n/);
  await closed(server);
}

async function requestSide() {
  let seen;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      seen = { method: req.method, url: req.url, headers: req.headers, raw: req.rawHeaders, body,
               trailers: req.trailers, version: req.httpVersion, complete: req.complete };
      res.end();
    });
  });
  const port = await listen(server);
  await raw(port, 'POST /a?b HTTP/1.1\r\nHost: h\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nX-D: 1\r\nx-d: 2\r\n' +
    'Content-Type: t1\r\nContent-Type: t2\r\nCookie: c1\r\nCookie: c2\r\nTransfer-Encoding: chunked\r\n' +
    'Connection: close\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nX-Trail: z\r\n\r\n');
  assert.strictEqual(seen.method, 'POST');
  assert.strictEqual(seen.url, '/a?b');
  assert.strictEqual(seen.body, 'abcde');
  assert.strictEqual(seen.version, '1.1');
  assert.strictEqual(seen.complete, true);
  assert.deepStrictEqual(seen.headers['set-cookie'], ['a', 'b']);
  assert.strictEqual(seen.headers['x-d'], '1, 2');
  assert.strictEqual(seen.headers['content-type'], 't1');
  assert.strictEqual(seen.headers.cookie, 'c1; c2');
  assert.deepStrictEqual(seen.trailers, { 'x-trail': 'z' });
  assert.strictEqual(seen.raw[0], 'Host');
  await closed(server);
}

async function continueAndUpgrade() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  server.on('upgrade', (req, socket, head) => {
    assert.strictEqual(head.toString(), 'EXTRA');
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nhi');
  });
  const port = await listen(server);
  let r = await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nzz');
  assert.match(r, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  r = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nEXTRA');
  assert.strictEqual(r, 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nhi');
  await closed(server);
}

function validation() {
  assert.throws(() => http.validateHeaderName('a b'), { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]' });
  assert.throws(() => http.validateHeaderValue('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x"' });
  assert.throws(() => http.validateHeaderValue('x', 'a\nb'), { code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x"]' });
  assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
  assert.ok(http.METHODS.includes('PATCH') && http.METHODS.indexOf('ACL') === 0);
  assert.strictEqual(http.maxHeaderSize, 16384);
}

(async () => {
  validation();
  await basics();
  await requestSide();
  await continueAndUpgrade();
  clearTimeout(watchdog);
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
