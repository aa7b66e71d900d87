'use strict';
// Work scheduled from a timer callback: ticks, promises, then the check phase (immediate),
// then timers of the next iteration.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout A');
  setTimeout(() => log('timeout from A'), 0);
  setImmediate(() => log('immediate from A'));
  process.nextTick(() => log('tick from A'));
  Promise.resolve().then(() => log('promise from A'));
}, 2);
setTimeout(() => {
  log('timeout B (same list, runs before anything A scheduled except ticks/promises)');
  process.nextTick(() => log('tick from B'));
}, 2);
log('sync');
