'use strict';
// The process exits although unref'd timers are pending; 'exit' sees them unfired.
const assert = require('assert');
let fired = false;
setTimeout(() => { fired = true; }, 100000).unref();
setInterval(() => { fired = true; }, 50000).unref();
const t = setTimeout(() => { fired = true; }, 100000);
t.unref();
assert.strictEqual(t.hasRef(), false);
// a ref'd short timer keeps the loop alive long enough to run
let short = false;
setTimeout(() => { short = true; }, 10);
const started = Date.now();
process.on('exit', () => {
  assert.strictEqual(fired, false);
  assert.strictEqual(short, true);
  assert.ok(Date.now() - started < 5000, 'exited promptly');
});
