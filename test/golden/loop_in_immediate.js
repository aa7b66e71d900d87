'use strict';
// Work scheduled from a setImmediate callback (avoids the non-deterministic timeout 0 vs immediate pair).
const log = (s) => console.log(s);
setImmediate(() => {
  log('immediate A');
  setImmediate(() => {
    log('immediate from A');
    setTimeout(() => {
      log('timeout 30 from the immediate from A');
      setImmediate(() => log('immediate from timeout'));
      setTimeout(() => log('timeout 0 from timeout'), 0);
      process.nextTick(() => log('tick from timeout'));
    }, 30);
  });
  process.nextTick(() => log('tick from A'));
  Promise.resolve().then(() => {
    log('promise from A');
    process.nextTick(() => log('tick from promise from A'));
  });
});
setImmediate(() => log('immediate B'));
log('sync');
