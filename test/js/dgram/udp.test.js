'use strict';
// node:dgram over udp_wrap on 127.0.0.1: bind/send/'message' with rinfo, buffer lists, implicit
// bind on send, connect/remoteAddress/disconnect, options, errors as node's, close. Bounded by a watchdog.
const dgram = require('dgram');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 10000);

function bound(sock, ...args) {
  return new Promise((resolve) => sock.bind(...args, () => resolve(sock.address())));
}
function once(em, ev) { return new Promise((resolve) => em.once(ev, (...a) => resolve(a))); }

async function echo() {
  const server = dgram.createSocket('udp4');
  server.on('message', (msg, rinfo) => {
    assert.strictEqual(rinfo.family, 'IPv4');
    assert.strictEqual(rinfo.address, '127.0.0.1');
    assert.strictEqual(rinfo.size, msg.length);
    server.send(Buffer.concat([Buffer.from('re:'), msg]), rinfo.port, rinfo.address);
  });
  const listening = once(server, 'listening');
  const addr = await bound(server, 0, '127.0.0.1');
  await listening;
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);

  // Implicit bind on the first send; a list of chunks is one datagram.
  const client = dgram.createSocket({ type: 'udp4' });
  const sent = await new Promise((resolve, reject) =>
    client.send(['he', Buffer.from('llo')], addr.port, '127.0.0.1', (err, n) => (err ? reject(err) : resolve(n))));
  assert.strictEqual(sent, 5);
  const [reply, rinfo] = await once(client, 'message');
  assert.strictEqual(reply.toString(), 're:hello');
  assert.strictEqual(rinfo.port, addr.port);

  // offset/length form, and an empty datagram.
  client.send(Buffer.from('xxabcxx'), 2, 3, addr.port, '127.0.0.1');
  assert.strictEqual((await once(client, 'message'))[0].toString(), 're:abc');
  client.send(Buffer.alloc(0), addr.port, '127.0.0.1');
  assert.strictEqual((await once(client, 'message'))[0].toString(), 're:');

  // Connected socket.
  const c2 = dgram.createSocket('udp4');
  await new Promise((resolve) => c2.connect(addr.port, '127.0.0.1', resolve));
  assert.deepStrictEqual(c2.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port: addr.port });
  assert.throws(() => c2.connect(addr.port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
  assert.throws(() => c2.send('xx', 0, 1, addr.port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
  c2.send('conn');
  assert.strictEqual((await once(c2, 'message'))[0].toString(), 're:conn');
  c2.disconnect();
  assert.throws(() => c2.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  assert.throws(() => c2.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });

  await new Promise((resolve) => c2.close(resolve));
  await new Promise((resolve) => client.close(resolve));
  await new Promise((resolve) => server.close(resolve));
}

async function ipv6AndOptions() {
  const s = dgram.createSocket({ type: 'udp6', reuseAddr: true, ipv6Only: true });
  const addr = await bound(s, 0, '::1');
  assert.strictEqual(addr.family, 'IPv6');
  assert.strictEqual(s.setTTL(10), 10);
  s.setBroadcast(false);
  assert.ok(s.getRecvBufferSize() > 0);
  s.setSendBufferSize(16384);
  assert.ok(s.getSendBufferSize() >= 16384);
  assert.strictEqual(s.getSendQueueCount(), 0);
  assert.strictEqual(s.unref(), s);
  assert.strictEqual(s.ref(), s);
  const got = once(s, 'message');
  const c = dgram.createSocket('udp6');
  c.send('six', addr.port, '::1');
  const [msg, rinfo] = await got;
  assert.strictEqual(msg.toString(), 'six');
  assert.strictEqual(rinfo.family, 'IPv6');
  c.close();
  s.close();
}

async function errors() {
  assert.throws(() => dgram.createSocket('udp5'), { code: 'ERR_SOCKET_BAD_TYPE' });
  const s = dgram.createSocket('udp4');
  assert.throws(() => s.send('x', 0, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => s.send(42, 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.setTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.address(), { code: 'EBADF' });
  assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS' });
  await bound(s, 0, '127.0.0.1');
  assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });
  // Binding a port in use reports EADDRINUSE through 'error'.
  const t = dgram.createSocket('udp4');
  t.bind(s.address().port, '127.0.0.1');
  const [err] = await once(t, 'error');
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.syscall, 'bind');
  t.close();
  s.close();
  assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
}

(async () => {
  await echo();
  await ipv6AndOptions();
  await errors();
  clearTimeout(watchdog);
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
