'use strict';
// Hostile clients against the http server: one that sends its request a byte every 10 ms, one that
// disconnects in the middle of a body, one that streams endless headers (stopped at 100 MB). The
// server answers well-behaved clients meanwhile, rejects the header flood with 431, and frees every
// connection (getConnections back to 0).
const http = require('http');
const net = require('net');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 20000);
watchdog.unref();

const aborted = [];
const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    req.on('data', () => {});
    req.on('close', () => aborted.push(req.complete));
    req.on('end', () => res.end('got body'));
    return;
  }
  res.end('hello');
});

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(d));
    }).on('error', reject);
  });
}

function connections() {
  return new Promise((resolve) => server.getConnections((err, n) => resolve(n)));
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;

  // 1 byte per 10 ms.
  const request = 'GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
  const slow = new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    let d = '';
    s.on('data', (c) => { d += c; });
    s.on('end', () => resolve(d));
    s.on('error', reject);
    let i = 0;
    const t = setInterval(() => { s.write(request[i++]); if (i === request.length) clearInterval(t); }, 10);
  });
  assert.strictEqual(await get(port), 'hello'); // others are served meanwhile
  assert.match(await slow, /^HTTP\/1\.1 200 OK[\s\S]*hello$/);

  // Disconnect in the middle of a body.
  await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n');
      s.write(Buffer.alloc(1000, 'a'));
      setTimeout(() => { s.destroy(); resolve(); }, 50);
    });
  });

  // Endless headers: the server must answer 431 and close long before 100 MB.
  const flood = await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let sent = 0, reply = '', closed = false;
    s.on('data', (c) => { reply += c; });
    s.on('error', () => {});
    s.on('close', () => { closed = true; resolve({ reply, sent }); });
    s.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const line = Buffer.from(`X-Flood: ${'y'.repeat(1000)}\r\n`);
    (function pump() {
      while (!closed && sent < 100 * 1024 * 1024) {
        sent += line.length;
        if (!s.write(line)) { s.once('drain', pump); return; }
      }
      if (!closed) s.end();
    })();
  });
  assert.match(flood.reply, /^HTTP\/1\.1 431 /);
  assert.ok(flood.sent < 100 * 1024 * 1024);

  assert.strictEqual(await get(port), 'hello');
  for (let i = 0; i < 100 && (await connections()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
  assert.strictEqual(await connections(), 0);
  assert.deepStrictEqual(aborted, [false]);
  server.close();
}

main().catch((err) => { console.error(err); process.exit(1); });
