'use strict';
// timers/promises API surface.
const assert = require('assert');
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: interval, scheduler } = tp;

(async () => {
  const t0 = Date.now();
  assert.strictEqual(await sleep(20, 'val'), 'val');
  assert.ok(Date.now() - t0 >= 15);
  assert.strictEqual(await sleep(), undefined);
  assert.strictEqual(await immediate(42), 42);

  // already-aborted signal rejects at once with AbortError, carrying the reason as cause
  const ac = new AbortController();
  ac.abort('why');
  await assert.rejects(sleep(10, 'x', { signal: ac.signal }), (e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert.strictEqual(e.code, 'ABORT_ERR');
    assert.strictEqual(e.cause, 'why');
    return true;
  });
  await assert.rejects(immediate('x', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(sleep(1, 'x', { signal: 'nope' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(sleep(1, 'x', { ref: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

  // interval iterator yields the value each period until return()
  const seen = [];
  for await (const v of interval(2, 'tick')) {
    seen.push(v);
    if (seen.length === 4) break;
  }
  assert.deepStrictEqual(seen, ['tick', 'tick', 'tick', 'tick']);

  // scheduler.wait / scheduler.yield
  assert.strictEqual(typeof scheduler.wait, 'function');
  assert.strictEqual(typeof scheduler.yield, 'function');
  await scheduler.wait(2);
  await scheduler.yield();

  // ref: false lets the process exit; tested by not awaiting a long unref'd sleep
  sleep(100000, null, { ref: false }).then(() => assert.fail('unref sleep must not keep the process alive'));
  done = true;
})().catch((e) => { console.error(e); process.exit(1); });
let done = false;
process.on('exit', (code) => { if (code === 0) assert.ok(done); });
