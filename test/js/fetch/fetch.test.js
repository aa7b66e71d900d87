'use strict';
// The global fetch() against our own http server: methods and bodies of every kind, default
// request headers (as node 24 sends them), redirects in all three modes, gzip/deflate/br
// decoding, abort before and during the body, network errors with `cause`, data: URLs, and that
// keep-alive sockets do not hold the process open. Every wait is bounded by the watchdog.
const http = require('http');
const zlib = require('zlib');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 15000);
watchdog.unref();

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const [path, query] = req.url.split('?');
    switch (path) {
      case '/echo':
        res.setHeader('content-type', 'application/json');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(JSON.stringify({ method: req.method, headers: req.headers, raw: req.rawHeaders.filter((_, i) => i % 2 === 0),
                                 body: body.toString('latin1') }));
        return;
      case '/redirect': {
        const [code, to] = query.split('&');
        res.writeHead(Number(code), { location: to || '/echo' });
        res.end();
        return;
      }
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        return;
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync('compressed hello'));
        return;
      case '/deflate':
        res.writeHead(200, { 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync('deflated hello'));
        return;
      case '/br':
        res.writeHead(200, { 'content-encoding': 'br' });
        res.end(zlib.brotliCompressSync('brotli hello'));
        return;
      case '/slow':
        res.writeHead(200);
        res.write('first');
        return; // never ends: the client aborts
      case '/big':
        res.end(Buffer.alloc(300000, 'x'));
        return;
      case '/nocontent':
        res.writeHead(204);
        res.end();
        return;
      default:
        res.writeHead(404, 'Nope');
        res.end('missing');
    }
  });
});

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  // GET, default headers in node's wire order, response surface.
  let r = await fetch(`${base}/echo`);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.statusText, 'OK');
  assert.strictEqual(r.type, 'basic');
  assert.strictEqual(r.url, `${base}/echo`);
  assert.strictEqual(r.redirected, false);
  assert.deepStrictEqual(r.headers.getSetCookie(), ['a=1', 'b=2']);
  assert.throws(() => r.headers.set('x', 'y'), TypeError); // immutable
  let j = await r.json();
  assert.deepStrictEqual(j.raw, ['host', 'connection', 'accept', 'accept-language', 'sec-fetch-mode', 'user-agent', 'accept-encoding']);
  assert.strictEqual(j.headers['user-agent'], 'node');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });

  // Request bodies: string, bytes, URLSearchParams, FormData (multipart), web stream.
  r = await fetch(`${base}/echo`, { method: 'POST', body: 'héllo' });
  j = await r.json();
  assert.strictEqual(j.headers['content-type'], 'text/plain;charset=UTF-8');
  assert.strictEqual(j.headers['content-length'], '6');
  assert.strictEqual(Buffer.from(j.body, 'latin1').toString(), 'héllo');
  j = await (await fetch(`${base}/echo`, { method: 'PUT', body: new Uint8Array([1, 2, 3]) })).json();
  assert.strictEqual(j.body, '\x01\x02\x03');
  assert.strictEqual(j.headers['content-type'], undefined);
  j = await (await fetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ a: '1 2', b: 'é' }) })).json();
  assert.strictEqual(j.headers['content-type'], 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(j.body, 'a=1+2&b=%C3%A9');
  const fd = new FormData();
  fd.append('field', 'value');
  fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
  j = await (await fetch(`${base}/echo`, { method: 'POST', body: fd })).json();
  assert.match(j.headers['content-type'], /^multipart\/form-data; boundary=/);
  // Parse it back with Response.formData(): a round trip through both directions.
  const back = await new Response(Buffer.from(j.body, 'latin1'), { headers: { 'content-type': j.headers['content-type'] } }).formData();
  assert.strictEqual(back.get('field'), 'value');
  assert.strictEqual(back.get('file').name, 'a.txt');
  assert.strictEqual(await back.get('file').text(), 'file body');
  const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  await assert.rejects(fetch(`${base}/echo`, { method: 'POST', body: stream }), /duplex option is required/);
  const stream2 = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } });
  j = await (await fetch(`${base}/echo`, { method: 'POST', body: stream2, duplex: 'half' })).json();
  assert.strictEqual(j.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(j.body, 'streamed');

  // Redirects.
  r = await fetch(`${base}/redirect?302`, { method: 'POST', body: 'x' });
  assert.strictEqual(r.redirected, true);
  assert.strictEqual(r.url, `${base}/echo`);
  j = await r.json();
  assert.strictEqual(j.method, 'GET');
  assert.strictEqual(j.body, '');
  j = await (await fetch(`${base}/redirect?307`, { method: 'POST', body: 'kept' })).json();
  assert.strictEqual(j.method, 'POST');
  assert.strictEqual(j.body, 'kept');
  r = await fetch(`${base}/redirect?301`, { redirect: 'manual' });
  assert.strictEqual(r.status, 301);
  assert.strictEqual(r.headers.get('location'), '/echo');
  await assert.rejects(fetch(`${base}/redirect?302`, { redirect: 'error' }),
                       (e) => e instanceof TypeError && e.message === 'fetch failed' && e.cause.message === 'unexpected redirect');
  await assert.rejects(fetch(`${base}/loop`), (e) => e.cause.message === 'redirect count exceeded');

  // Content-Encoding.
  assert.strictEqual(await (await fetch(`${base}/gzip`)).text(), 'compressed hello');
  assert.strictEqual(await (await fetch(`${base}/deflate`)).text(), 'deflated hello');
  assert.strictEqual(await (await fetch(`${base}/br`)).text(), 'brotli hello');

  // Body as a web stream, 404 and 204.
  r = await fetch(`${base}/big`);
  let total = 0;
  for await (const chunk of r.body) total += chunk.byteLength;
  assert.strictEqual(total, 300000);
  r = await fetch(`${base}/nowhere`);
  assert.strictEqual(r.status, 404);
  assert.strictEqual(r.ok, false);
  assert.strictEqual(r.statusText, 'Nope');
  assert.strictEqual(await r.text(), 'missing');
  r = await fetch(`${base}/nocontent`);
  assert.strictEqual(r.status, 204);
  assert.strictEqual(r.body, null);

  // clone() tees the body.
  r = await fetch(`${base}/big`);
  const c = r.clone();
  assert.strictEqual((await r.arrayBuffer()).byteLength, 300000);
  assert.strictEqual((await c.bytes()).byteLength, 300000);

  // Abort: before the call, and while the body streams.
  await assert.rejects(fetch(`${base}/echo`, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  const ac = new AbortController();
  r = await fetch(`${base}/slow`, { signal: ac.signal });
  const pending = r.text();
  setTimeout(() => ac.abort(new Error('stop')), 20);
  await assert.rejects(pending, { message: 'stop' });

  // Network errors carry the cause; data: URLs; unsupported schemes.
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await assert.rejects(fetch(`http://127.0.0.1:${deadPort}/`),
                       (e) => e instanceof TypeError && e.message === 'fetch failed' && e.cause.code === 'ECONNREFUSED');
  await assert.rejects(fetch('http://127.0.0.1:1/'), (e) => e.cause.message === 'bad port');
  r = await fetch('data:text/plain;base64,aGVsbG8=');
  assert.strictEqual(r.headers.get('content-type'), 'text/plain');
  assert.strictEqual(await r.text(), 'hello');
  assert.strictEqual(await (await fetch('data:,a%20b')).text(), 'a b');
  await assert.rejects(fetch('file:///etc/hostname'), { message: 'fetch failed' });
  await assert.rejects(fetch('/relative'), { message: 'Failed to parse URL from /relative' });

  // Constructors and their errors (node 24's messages).
  assert.throws(() => new Response('x', { status: 99 }), RangeError);
  assert.throws(() => new Response('x', { status: 204 }), /Invalid response status code 204/);
  assert.throws(() => new Request('http://a/', { body: 'x' }), /GET\/HEAD method cannot have body/);
  assert.throws(() => new Request('http://a/', { method: 'TRACE' }), /'TRACE' HTTP method is unsupported/);
  assert.strictEqual(new Request('http://a/', { method: 'delete' }).method, 'DELETE');
  assert.throws(() => new Headers([['a']]), /expected name\/value pair to be length 2, found 1/);
  assert.throws(() => Response.redirect('http://a/', 200), RangeError);
  assert.strictEqual(Response.json({ a: 1 }).headers.get('content-type'), 'application/json');
  assert.deepStrictEqual(await Response.json({ a: 1 }).json(), { a: 1 });
  const h = new Headers({ B: '2', a: '1' });
  h.append('a', '3');
  assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2']]);
  assert.strictEqual(Response.error().type, 'error');
  assert.strictEqual(Response.error().status, 0);

  server.close();
  // Returning lets the process exit: the idle keep-alive sockets must not hold the loop.
}

main().catch((err) => { console.error(err); process.exit(1); });
