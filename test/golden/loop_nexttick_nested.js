'use strict';
// Ticks queued from a tick run before any promise job and before timers/immediates.
const log = (s) => console.log(s);
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => {
    log('tick 1.1');
    process.nextTick(() => log('tick 1.1.1'));
  });
  process.nextTick(() => log('tick 1.2'));
});
process.nextTick(() => log('tick 2'));
setImmediate(() => log('immediate'));
log('sync');
