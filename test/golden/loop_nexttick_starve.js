'use strict';
// A long chain of ticks (each queueing the next) all runs before immediates and timers.
const log = (s) => console.log(s);
let n = 0;
function again() {
  if (++n < 10000) process.nextTick(again);
}
setImmediate(() => log('immediate sees n=' + n));
process.nextTick(again);
let p = 0;
function promiseAgain() {
  if (++p < 10000) return Promise.resolve().then(promiseAgain);
}
Promise.resolve().then(promiseAgain);
setImmediate(() => log('immediate sees p=' + p));
log('sync n=' + n + ' p=' + p);
