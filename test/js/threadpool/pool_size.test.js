'use strict';
// Flags: --expose-internals
// The libuv thread pool has UV_THREADPOOL_SIZE threads (default 4): four 300 ms pool jobs finish in one
// wave with 4 threads and in two waves with 2. The jobs only sleep, so the shape does not depend on
// how many CPU cores the machine has.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const { internalBinding } = require('internal/test/binding');
  const start = Date.now();
  const done = [];
  for (let i = 0; i < 4; i++) {
    internalBinding('util').poolSleep(300, (err) => {
      assert.strictEqual(err, null);
      done.push(Date.now() - start);
      if (done.length === 4) console.log(JSON.stringify(done.sort((a, b) => a - b)));
    });
  }
  return;
}

function run(size) {
  const env = { ...process.env };
  if (size === undefined) delete env.UV_THREADPOOL_SIZE;
  else env.UV_THREADPOOL_SIZE = String(size);
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename, 'child'], { env, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const four = run(4);
assert.ok(four[3] < 550, `4 threads: one wave expected, got ${four}`);
const byDefault = run(undefined);
assert.ok(byDefault[3] < 550, `default pool of 4: one wave expected, got ${byDefault}`);
const two = run(2);
assert.ok(two[1] < 550, `2 threads: first wave of two, got ${two}`);
assert.ok(two[2] >= 580, `2 threads: second wave starts after the first ends, got ${two}`);
