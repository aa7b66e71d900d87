'use strict';
// Timer ordering and counts checked with assert (complements the loop_* goldens).
const assert = require('assert');
const events = [];
const expectAtExit = [];
process.on('exit', () => { for (const f of expectAtExit) f(); });

// many timers with mixed durations: each fires once, same-duration timers keep insertion order
// (across durations node only orders by expiry, which depends on when each was created)
const durations = [];
for (let i = 0; i < 200; i++) durations.push((i * 7) % 13);
const fired = [];
durations.forEach((d, i) => setTimeout(() => fired.push([d === 0 ? 1 : d, i]), d));
expectAtExit.push(() => {
  assert.strictEqual(fired.length, 200);
  for (let d = 1; d <= 12; d++) {
    const order = fired.filter((f) => f[0] === d).map((f) => f[1]);
    assert.deepStrictEqual(order, order.slice().sort((a, b) => a - b), 'duration ' + d);
  }
  // 0 and 1 share the 1ms list in insertion order
  const zeroOrOne = durations.map((d, i) => [d, i]).filter(([d]) => d <= 1).map(([, i]) => i);
  assert.deepStrictEqual(fired.filter((f) => f[0] === 1).map((f) => f[1]), zeroOrOne);
  // widely separated durations are ordered
  const pos = (i) => fired.findIndex((f) => f[1] === i);
  assert.ok(pos(0) < pos(durations.indexOf(12)));
});

// a timer never fires much earlier than asked
const t0 = Date.now();
setTimeout(() => {
  const waited = Date.now() - t0;
  assert.ok(waited >= 40, `50ms timer fired after ${waited}ms`);
  events.push('50ms');
}, 50);

// setInterval with 0 behaves as 1ms and repeats until cleared from its own callback
let runs = 0;
const iv = setInterval(() => {
  runs++;
  if (runs === 5) clearInterval(iv);
}, 0);
expectAtExit.push(() => assert.strictEqual(runs, 5));

// clearTimeout from inside its own callback is harmless
const self = setTimeout(() => {
  clearTimeout(self);
  events.push('self-clear');
}, 1);

// a timer scheduled from a timer callback with 0 delay runs in a later iteration
setTimeout(() => {
  let inner = false;
  setTimeout(() => { inner = true; }, 0);
  setImmediate(() => {
    assert.strictEqual(inner, false, 'immediate queued from a timer runs before a new 0ms timer');
    events.push('immediate-before-new-timer');
  });
}, 5);

// util.promisify(setTimeout / setImmediate) resolve with the value
const { promisify } = require('util');
promisify(setTimeout)(2, 'v').then((v) => { assert.strictEqual(v, 'v'); events.push('promisified timeout'); });
promisify(setImmediate)('w').then((v) => { assert.strictEqual(v, 'w'); events.push('promisified immediate'); });

expectAtExit.push(() => {
  for (const e of ['50ms', 'self-clear', 'immediate-before-new-timer', 'promisified timeout', 'promisified immediate']) {
    assert.ok(events.includes(e), 'missing ' + e);
  }
});
