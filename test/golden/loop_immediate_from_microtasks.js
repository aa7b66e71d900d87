'use strict';
// Immediates queued from ticks, promise jobs and other immediates keep FIFO order per batch.
const log = (s) => console.log(s);
setImmediate(() => log('immediate from main'));
process.nextTick(() => setImmediate(() => log('immediate from tick')));
Promise.resolve().then(() => setImmediate(() => log('immediate from promise')));
queueMicrotask(() => process.nextTick(() => setImmediate(() => log('immediate from tick from microtask'))));
setImmediate(() => {
  log('immediate 2 from main');
  process.nextTick(() => setImmediate(() => log('immediate from tick in immediate (next batch)')));
});
(async () => {
  await null;
  setImmediate(() => log('immediate after await'));
})();
log('sync');
