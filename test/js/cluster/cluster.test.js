'use strict';
// cluster: two workers share one port under round-robin scheduling (both answer), the primary
// sees fork/online/listening/disconnect/exit in order, worker messages reach cluster 'message',
// cluster.disconnect() ends every worker with exitedAfterDisconnect, and a worker that exits on
// its own is reported with its exit code. Bounded by a watchdog.
const cluster = require('cluster');
const http = require('http');
const assert = require('assert');

if (cluster.isWorker) {
  if (process.env.ROLE === 'crash') process.exit(7);
  http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`)).listen(0, '127.0.0.1', () => {
    process.send({ hello: cluster.worker.id });
  });
  return;
}

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 20000);
watchdog.unref();
assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);

const events = [];
for (const e of ['fork', 'online', 'listening', 'disconnect', 'exit']) {
  cluster.on(e, (worker) => events.push(`${e}:${worker.id}`));
}
const hellos = [];
cluster.on('message', (worker, msg) => hellos.push([worker.id, msg.hello]));

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(d));
    }).on('error', reject);
  });
}

async function main() {
  const workers = [cluster.fork(), cluster.fork()];
  const ports = await Promise.all(workers.map((w) => new Promise((resolve) => w.once('listening', (a) => resolve(a.port)))));
  assert.strictEqual(ports[0], ports[1]); // one socket, owned by the primary
  const answers = new Set();
  for (let i = 0; i < 8; i++) answers.add(await get(ports[0]));
  assert.deepStrictEqual([...answers].sort(), ['worker 1', 'worker 2']);
  await new Promise((resolve) => cluster.disconnect(resolve));
  await Promise.all(workers.map((w) => (w.isDead() ? null : new Promise((resolve) => w.once('exit', resolve)))));
  for (const w of workers) {
    assert.strictEqual(w.exitedAfterDisconnect, true);
    assert.strictEqual(w.state, 'dead');
    assert.strictEqual(w.process.exitCode, 0);
  }
  assert.deepStrictEqual(hellos.sort(), [[1, 1], [2, 2]]);
  for (const id of [1, 2]) {
    const mine = events.filter((e) => e.endsWith(`:${id}`)).map((e) => e.split(':')[0]);
    assert.deepStrictEqual(mine.slice(0, 3), ['fork', 'online', 'listening']);
    assert.ok(mine.includes('disconnect') && mine.includes('exit'));
  }
  assert.deepStrictEqual(Object.keys(cluster.workers), []);

  // A worker that dies by itself.
  const crash = cluster.fork({ ROLE: 'crash' });
  const [code] = await new Promise((resolve) => crash.once('exit', (...a) => resolve(a)));
  assert.strictEqual(code, 7);
  assert.strictEqual(crash.exitedAfterDisconnect, false);
}

main().catch((err) => { console.error(err); process.exit(1); });
