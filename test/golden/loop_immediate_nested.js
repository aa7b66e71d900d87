'use strict';
// Immediates queued while immediates run go to the next loop iteration, after the whole current
// batch; ticks and promises drain between each immediate.
const log = (s) => console.log(s);
setImmediate(() => {
  log('i1');
  setImmediate(() => {
    log('i1 -> i4');
    setImmediate(() => log('i1 -> i4 -> i6'));
  });
  process.nextTick(() => log('  tick in i1'));
  Promise.resolve().then(() => log('  promise in i1'));
});
setImmediate((a, b) => {
  log('i2 ' + a + ' ' + b);
  setImmediate(() => log('i2 -> i5'));
}, 'x', 'y');
setImmediate(() => log('i3'));
log('sync');
