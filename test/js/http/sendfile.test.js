'use strict';
// The static-file fast path: fs.createReadStream(f).pipe(res | socket) sends with sendfile(2).
// Checks the bytes (whole file, ranges, user Content-Length, a slow reader that makes the kernel
// say EAGAIN, a net socket), the events (end, finish, close in node's order), that the fast path
// really skipped fs.read while a 'data' listener or a HEAD request takes the ordinary path, and
// that a client leaving mid-transfer frees the connection and, once the source is destroyed, the fd.
const http = require('http');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 30000);
watchdog.unref();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-sendfile-'));
const file = path.join(dir, 'big.bin');
const size = 24 * 1024 * 1024 + 13;
const want = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) want.writeUInt32LE((i * 2654435761) >>> 0, i);
fs.writeFileSync(file, want);

// The fast path is nodec's; under node (for comparison) only the behaviour is checked.
const fast = typeof process.versions.nodec === 'string';
let reads = 0;
const realRead = fs.read;
fs.read = function(...args) { reads++; return Reflect.apply(realRead, this, args); };

let events = [];
let lastSource;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const opts = {};
  if (url.searchParams.has('start')) opts.start = +url.searchParams.get('start');
  if (url.searchParams.has('end')) opts.end = +url.searchParams.get('end');
  const src = lastSource = fs.createReadStream(file, opts);
  if (url.pathname === '/data') src.on('data', () => {});
  if (url.pathname === '/length') res.setHeader('Content-Length', size);
  src.on('end', () => events.push('end'));
  src.on('close', () => events.push('close'));
  res.on('finish', () => events.push('finish'));
  res.on('close', () => { if (!src.destroyed && !res.writableFinished) src.destroy(); });
  src.pipe(res);
});

function get(port, p, { method = 'GET', slow = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path: p, method, agent: false }, (res) => {
      const chunks = [];
      if (slow) {
        res.pause();
        setTimeout(() => res.resume(), 300);
      }
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const settle = () => new Promise((r) => setTimeout(r, 30));
const openFds = () => fs.readdirSync('/proc/self/fd').length;

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const fdsBefore = openFds();

  // Whole file, chunked (no Content-Length set): the fast path reads nothing through fs.read.
  events = [];
  reads = 0;
  let { res, body } = await get(port, '/');
  await settle();
  assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
  assert.ok(body.equals(want), 'whole file');
  if (fast) assert.strictEqual(reads, 0, 'fs.read used on the fast path');
  assert.deepStrictEqual(events, ['end', 'finish', 'close']);
  assert.strictEqual(lastSource.bytesRead, size);

  // A range.
  ({ body } = await get(port, '/?start=100&end=200000'));
  assert.ok(body.equals(want.subarray(100, 200001)), 'range');

  // The user's Content-Length: no chunk framing.
  ({ res, body } = await get(port, '/length'));
  assert.strictEqual(res.headers['content-length'], String(size));
  assert.strictEqual(res.headers['transfer-encoding'], undefined);
  assert.ok(body.equals(want), 'content-length body');

  // A reader that stalls: the socket fills, sendfile waits for room.
  ({ body } = await get(port, '/', { slow: true }));
  assert.ok(body.equals(want), 'slow reader');

  // A 'data' listener: the ordinary path (fs.read), same bytes.
  reads = 0;
  ({ body } = await get(port, '/data'));
  assert.ok(body.equals(want), 'data listener');
  assert.ok(reads > 0, 'ordinary path did not read');

  // HEAD: no body at all.
  ({ res, body } = await get(port, '/', { method: 'HEAD' }));
  assert.strictEqual(body.length, 0);

  // A client that leaves after 1 MB: the server survives and frees the connection and the file.
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let got = 0;
    c.on('data', (d) => {
      got += d.length;
      if (got > 1 << 20) c.destroy();
    });
    c.on('close', resolve);
  });
  for (let i = 0; i < 100; i++) {
    const n = await new Promise((r) => server.getConnections((e, k) => r(k)));
    if (n === 0 && lastSource.destroyed && lastSource.closed) break;
    await settle();
  }
  assert.strictEqual(await new Promise((r) => server.getConnections((e, k) => r(k))), 0);
  ({ body } = await get(port, '/?start=0&end=9'));
  assert.ok(body.equals(want.subarray(0, 10)), 'server still answers');
  await settle();
  assert.strictEqual(openFds(), fdsBefore, 'fds leaked');

  // A plain net socket as the destination.
  const ns = net.createServer((c) => fs.createReadStream(file).pipe(c));
  await new Promise((resolve) => ns.listen(0, '127.0.0.1', resolve));
  reads = 0;
  const got = await new Promise((resolve, reject) => {
    const c = net.connect(ns.address().port, '127.0.0.1');
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', () => resolve(Buffer.concat(chunks)));
    c.on('error', reject);
  });
  assert.ok(got.equals(want), 'net socket');
  if (fast) assert.strictEqual(reads, 0);
  ns.close();

  server.close();
  fs.rmSync(dir, { recursive: true });
  console.log('ok');
}

main().catch((e) => { console.error(e); process.exit(1); });
