'use strict';
// nextTick queue drains fully before promise jobs; ticks scheduled from promise jobs
// run only after the whole microtask queue is empty.
const log = (s) => console.log(s);
Promise.resolve().then(() => {
  log('p1');
  process.nextTick(() => log('tick from p1'));
  Promise.resolve().then(() => log('p1 -> p3'));
});
Promise.resolve().then(() => {
  log('p2');
  process.nextTick(() => {
    log('tick from p2');
    Promise.resolve().then(() => log('promise from tick from p2'));
    process.nextTick(() => log('tick from tick from p2'));
  });
});
process.nextTick(() => {
  log('t1');
  Promise.resolve().then(() => log('promise from t1'));
});
process.nextTick(() => log('t2'));
log('sync');
