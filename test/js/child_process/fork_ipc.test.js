'use strict';
// fork() with an IPC channel: JSON messages both ways (unicode, nested objects, a 1 MB message),
// send callbacks, disconnect from either side, events in node's order (disconnect, exit, close),
// errors after the channel closed, stdio 'silent', stdio validation, that the child exits on its
// own once it stops listening (the channel does not hold the child's loop), and passing a
// listening net.Server and a connected net.Socket to the child.
const { fork, spawn } = require('child_process');
const net = require('net');
const assert = require('assert');
const path = require('path');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 20000);
watchdog.unref();
const child = path.join(__dirname, 'fixtures', 'ipc_echo.js');

function run(args, opts) {
  const c = fork(child, args, opts);
  const events = [];
  const messages = [];
  c.on('message', (m) => messages.push(m));
  for (const e of ['disconnect', 'exit', 'close']) c.on(e, () => events.push(e));
  const done = new Promise((resolve) => c.on('close', resolve));
  const next = () => new Promise((resolve) => c.once('message', resolve));
  return { c, events, messages, done, next };
}

async function main() {
  // Round trip, then the child disconnects itself.
  let t = run(['a', 'b']);
  assert.strictEqual(t.c.connected, true);
  assert.strictEqual(typeof t.c.channel.ref, 'function');
  assert.strictEqual(await t.next(), 'ready');
  const payload = { s: 'héllo ✓', n: [1, 2.5, null], nested: { t: true } };
  let sentErr;
  t.c.send(payload, (err) => { sentErr = err; });
  const reply = await t.next();
  assert.strictEqual(sentErr, null);
  assert.deepStrictEqual(reply, { echo: payload, argv: ['a', 'b'] }); // NODE_CHANNEL_FD is removed from env
  const big = 'y'.repeat(1 << 20);
  t.c.send(big);
  assert.strictEqual((await t.next()).echo.length, big.length);
  t.c.send('bye');
  await t.done;
  assert.deepStrictEqual(t.events, ['disconnect', 'exit', 'close']);
  assert.strictEqual(t.c.connected, false);
  assert.strictEqual(t.c.exitCode, 0);

  // Sending after the channel closed: callback error, or an 'error' event.
  let cbErr;
  t.c.send('late', (err) => { cbErr = err; });
  const evErr = await new Promise((resolve) => { t.c.once('error', resolve); t.c.send('late'); });
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(cbErr.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(evErr.code, 'ERR_IPC_CHANNEL_CLOSED');

  // The parent disconnects: the child no longer listens, so it exits by itself.
  t = run([], { silent: true });
  assert.strictEqual(await t.next(), 'ready');
  assert.notStrictEqual(t.c.stdout, null);
  t.c.disconnect();
  assert.strictEqual(t.c.connected, false);
  await t.done;
  assert.strictEqual(t.c.exitCode, 0);
  assert.strictEqual(t.events[0], 'disconnect');

  // A child that exits right after a large send: the message still arrives whole.
  t = run([]);
  assert.strictEqual(await t.next(), 'ready');
  t.c.send('exit-with-pending');
  await t.done;
  assert.strictEqual(t.messages[t.messages.length - 1].big.length, 1 << 20);

  // Argument checks as node's.
  assert.throws(() => fork(child, [], { stdio: ['pipe', 'pipe', 'pipe'] }), { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
  assert.throws(() => spawn(process.execPath, [child], { stdio: ['ipc', 'ipc'] }), { code: 'ERR_IPC_ONE_PIPE' });
  assert.throws(() => fork(child, 'nope'), { code: 'ERR_INVALID_ARG_VALUE' });
  t = run([]);
  assert.strictEqual(await t.next(), 'ready');
  assert.throws(() => t.c.send(undefined), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => t.c.send(Symbol('x')), { code: 'ERR_INVALID_ARG_TYPE' });
  t.c.send('bye');
  await t.done;

  // Handles: the parent hands its listening server to the child and stops accepting itself, then
  // hands over an accepted socket; the child answers on both.
  const hc = fork(path.join(__dirname, 'fixtures', 'ipc_handles.js'));
  const hcDone = new Promise((resolve) => hc.on('close', resolve));
  const read = (port) => new Promise((resolve, reject) => {
    let d = '';
    net.connect(port, '127.0.0.1').on('data', (x) => { d += x; }).on('end', () => resolve(d)).on('error', reject);
  });
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  hc.send('server', server);
  assert.strictEqual(await new Promise((resolve) => hc.once('message', resolve)), 'listening');
  server.close();
  assert.strictEqual(await read(port), 'served by child');
  const own = net.createServer((s) => hc.send('socket', s));
  await new Promise((resolve) => own.listen(0, '127.0.0.1', resolve));
  assert.strictEqual(await read(own.address().port), 'socket owned by child');
  own.close();
  assert.throws(() => hc.send('x', {}), { code: 'ERR_INVALID_HANDLE_TYPE' });
  hc.send('bye');
  await hcDone;
}

main().catch((err) => { console.error(err); process.exit(1); });
