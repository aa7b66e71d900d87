'use strict';
// queueMicrotask shares the promise job queue: FIFO with .then callbacks.
const log = (s) => console.log(s);
queueMicrotask(() => log('m1'));
Promise.resolve().then(() => log('p1'));
queueMicrotask(() => {
  log('m2');
  queueMicrotask(() => log('m2.1'));
  Promise.resolve().then(() => log('m2 -> p'));
});
Promise.resolve().then(() => log('p2'));
process.nextTick(() => log('tick'));
queueMicrotask(function () { log('m3 this undefined: ' + (this === undefined)); });
try {
  queueMicrotask('nope');
} catch (e) {
  log(e.name + ' ' + e.code);
}
log('sync');
