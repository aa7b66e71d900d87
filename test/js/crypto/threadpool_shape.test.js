'use strict';
// Runs examples/threadpool.js with pools of 4, 5 and 2 threads and checks the wave shape by ratios of
// finish times (generous margins: timing on a shared machine is noisy).
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const script = path.join(__dirname, '../../../examples/threadpool.js');

function run(size) {
  const r = spawnSync(process.execPath, [script], {
    env: { ...process.env, UV_THREADPOOL_SIZE: String(size) },
    encoding: 'utf8',
  });
  assert.strictEqual(r.status, 0, r.stderr);
  const times = r.stdout.trim().split('\n').map((l) => Number(/: (\d+) ms/.exec(l)[1])).sort((a, b) => a - b);
  assert.strictEqual(times.length, 5);
  return times.map((t) => Math.max(t, 1));
}

// CPU-bound waves only show when there are at least as many cores as pool threads; with fewer, the
// threads share cores and the waves blur. Pool sizing itself is checked core-independently in
// test/js/threadpool/pool_size.test.js (jobs that sleep).
if (require('os').availableParallelism() < 5) {
  const five = run(5);
  assert.strictEqual(five.length, 5);
  console.log(`skipped wave-shape checks: ${require('os').availableParallelism()} cores`);
} else {
  const four = run(4);   // 4 together, the 5th one task-time later
  assert.ok(four[3] / four[0] < 1.6, `pool 4, first wave spread: ${four}`);
  assert.ok(four[4] / four[3] > 1.2, `pool 4, second wave: ${four}`);

  const five = run(5);   // all together
  assert.ok(five[4] / five[0] < 1.6, `pool 5: ${five}`);

  const two = run(2);    // waves of 2, 2, 1
  assert.ok(two[1] / two[0] < 1.6, `pool 2, wave 1: ${two}`);
  assert.ok(two[2] / two[1] > 1.4, `pool 2, wave 2: ${two}`);
  assert.ok(two[4] / two[3] > 1.2, `pool 2, wave 3: ${two}`);
}
