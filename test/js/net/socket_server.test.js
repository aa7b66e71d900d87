'use strict';
// net.Server and net.Socket over TCP on 127.0.0.1: events in node's order, echo, half-open,
// backpressure, addresses, byte counters, errors. Every wait is bounded by a watchdog.
const net = require('net');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 10000);
const steps = [];

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}
function closed(server) { return new Promise((resolve) => server.close(resolve)); }

async function echo() {
  const events = [];
  const server = net.createServer((sock) => {
    events.push('connection');
    assert.strictEqual(sock.remoteAddress, '127.0.0.1');
    assert.strictEqual(sock.remoteFamily, 'IPv4');
    sock.on('data', (d) => sock.write(d));
    sock.on('end', () => { events.push('server end'); sock.end(); });
  });
  const port = await listen(server);
  const addr = server.address();
  assert.deepStrictEqual([addr.address, addr.family, addr.port], ['127.0.0.1', 'IPv4', port]);
  assert.strictEqual(server.listening, true);
  const got = await new Promise((resolve, reject) => {
    const c = net.connect({ port, host: '127.0.0.1' });
    assert.strictEqual(c.connecting, true);
    assert.strictEqual(c.readyState, 'opening');
    assert.strictEqual(c.pending, true);
    let data = '';
    c.setEncoding('utf8');
    c.on('connect', () => { events.push('connect'); assert.strictEqual(c.readyState, 'readOnly'); /* end() was called */ });
    c.on('ready', () => events.push('ready'));
    c.on('data', (d) => { data += d; });
    c.on('end', () => events.push('client end'));
    c.on('error', reject);
    c.on('close', (hadError) => {
      events.push('close ' + hadError);
      assert.strictEqual(c.bytesWritten, 11);
      assert.strictEqual(c.bytesRead, 11);
      assert.strictEqual(c.readyState, 'closed');
      resolve(data);
    });
    c.write('hello ');
    c.end('world');
  });
  assert.strictEqual(got, 'hello world');
  await closed(server);
  // Client events in order; the server's 'connection' races with 'connect'.
  assert.deepStrictEqual(events.filter((e) => e !== 'server end' && e !== 'connection'),
    ['connect', 'ready', 'client end', 'close false']);
  assert.ok(events.includes('connection'));
  steps.push('echo');
}

async function bigWriteBackpressure() {
  const size = 8 * 1024 * 1024;
  let received = 0;
  const server = net.createServer((sock) => {
    sock.pause();
    // Let the writer fill the kernel buffers, then drain.
    setTimeout(() => sock.resume(), 50);
    sock.on('data', (d) => { received += d.length; });
    sock.on('end', () => sock.end());
  });
  const port = await listen(server);
  await new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => {
      const ok = c.write(Buffer.alloc(size, 'x'));
      assert.strictEqual(ok, false);
      c.once('drain', () => c.end());
    });
    c.on('error', reject);
    c.on('close', resolve);
    c.resume();
  });
  assert.strictEqual(received, size);
  await closed(server);
  steps.push('backpressure');
}

async function halfOpen() {
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    let body = '';
    sock.on('data', (d) => { body += d; });
    sock.on('end', () => {
      // The client's side is ended; ours is still writable.
      assert.strictEqual(sock.writable, true);
      sock.end('len=' + body.length);
    });
  });
  const port = await listen(server);
  const reply = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let r = '';
    c.on('data', (d) => { r += d; });
    c.on('end', () => resolve(r));
    c.end('abcdef');
  });
  assert.strictEqual(reply, 'len=6');
  await closed(server);
  steps.push('halfOpen');
}

async function errors() {
  // EADDRINUSE.
  const a = net.createServer();
  const port = await listen(a);
  const b = net.createServer();
  const err = await new Promise((resolve) => {
    b.on('error', resolve);
    b.listen(port, '127.0.0.1');
  });
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
  await closed(a);
  // ECONNREFUSED on the port just freed.
  const cerr = await new Promise((resolve) => {
    net.connect(port, '127.0.0.1').on('error', resolve);
  });
  assert.strictEqual(cerr.code, 'ECONNREFUSED');
  assert.strictEqual(cerr.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
  assert.strictEqual(cerr.address, '127.0.0.1');
  assert.strictEqual(cerr.port, port);
  // Argument errors.
  assert.throws(() => net.connect({}), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => net.connect({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => net.createServer().listen({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT' });
  // close() on a server that is not listening.
  const e3 = await new Promise((resolve) => net.createServer().close(resolve));
  assert.strictEqual(e3.code, 'ERR_SERVER_NOT_RUNNING');
  steps.push('errors');
}

async function connectionsAndTimeout() {
  const server = net.createServer((sock) => {
    sock.setTimeout(50, () => sock.destroy());
  });
  const port = await listen(server);
  const c = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => c.on('connect', resolve));
  const count = await new Promise((resolve) => setTimeout(() => server.getConnections((e, n) => resolve(n)), 20));
  assert.strictEqual(count, 1);
  await new Promise((resolve) => c.on('close', resolve));
  await closed(server);
  // Client-side idle timeout.
  const s2 = net.createServer(() => {});
  const p2 = await listen(s2);
  await new Promise((resolve) => {
    const c2 = net.connect(p2, '127.0.0.1');
    c2.setTimeout(30);
    c2.on('timeout', () => { c2.destroy(); resolve(); });
  });
  await closed(s2);
  steps.push('timeout');
}

async function misc() {
  assert.strictEqual(net.isIP('::1'), 6);
  assert.strictEqual(net.isIPv4('10.0.0.1'), true);
  const s = new net.Socket();
  assert.strictEqual(s.readyState, 'open'); /* node: an unconnected Socket reads as open */
  assert.strictEqual(s.setNoDelay(true), s);
  assert.strictEqual(s.setKeepAlive(true, 1000), s);
  assert.ok(net.Socket() instanceof net.Socket);
  assert.ok(net.Server() instanceof net.Server);
  const server = net.createServer({ noDelay: true }, (sock) => sock.end('x'));
  server.unref();
  const port = await listen(server);
  await new Promise((resolve) => net.connect(port, '127.0.0.1').setNoDelay().on('data', () => {}).on('close', resolve));
  server.ref();
  await closed(server);
  // resetAndDestroy: the peer sees ECONNRESET.
  const s3 = net.createServer((sock) => sock.on('data', () => sock.resetAndDestroy()));
  const p3 = await listen(s3);
  const e = await new Promise((resolve) => {
    const c = net.connect(p3, '127.0.0.1', () => c.write('x'));
    c.on('error', resolve);
  });
  assert.strictEqual(e.code, 'ECONNRESET');
  await closed(s3);
  steps.push('misc');
}

(async () => {
  await echo();
  await bigWriteBackpressure();
  await halfOpen();
  await errors();
  await connectionsAndTimeout();
  await misc();
  clearTimeout(watchdog);
  assert.deepStrictEqual(steps, ['echo', 'backpressure', 'halfOpen', 'errors', 'timeout', 'misc']);
})().catch((e) => { console.error(e); process.exit(1); });
