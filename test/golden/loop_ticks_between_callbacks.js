'use strict';
// Since node 11, ticks and microtasks drain between every timer and every immediate callback.
const log = (s) => console.log(s);
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    log('timeout ' + i);
    process.nextTick(() => log('  tick ' + i));
    Promise.resolve().then(() => log('  promise ' + i));
  }, 2);
}
setTimeout(() => {
  for (let i = 1; i <= 3; i++) {
    setImmediate(() => {
      log('immediate ' + i);
      queueMicrotask(() => log('  microtask ' + i));
      process.nextTick(() => log('  tick ' + i));
    });
  }
}, 10);
