'use strict';
// process.kill: signal 0 probes; a listener for SIGUSR2 receives a self-sent signal; bad input throws.
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
assert.throws(() => process.kill('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
// a pid above any real pid limit does not exist
assert.throws(() => process.kill(2 ** 30, 0), { code: 'ESRCH', syscall: 'kill' });

let got = 0;
const timer = setTimeout(() => assert.fail('SIGUSR2 was not delivered'), 5000);
function onUsr2(sig, num) {
  got++;
  assert.strictEqual(sig, 'SIGUSR2');
  assert.strictEqual(typeof num, 'number');
  process.removeListener('SIGUSR2', onUsr2);
  assert.strictEqual(process.listenerCount('SIGUSR2'), 0);
  // the second signal goes to a fresh listener registered with once()
  process.once('SIGUSR1', (s) => {
    assert.strictEqual(s, 'SIGUSR1');
    got++;
    clearTimeout(timer);
  });
  process.kill(process.pid, 'SIGUSR1');
}
process.on('SIGUSR2', onUsr2);
assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);
assert.strictEqual(got, 0, 'signal handlers run asynchronously');
process.on('exit', () => assert.strictEqual(got, 2));
