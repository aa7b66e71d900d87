'use strict';
// Extra arguments to setTimeout/setInterval/setImmediate are passed to the callback.
// Scheduled from an I/O callback so immediates deterministically run before timers.
const log = (s) => console.log(s);
require('fs').stat(__filename, () => {
  setTimeout((...a) => log('timeout args ' + JSON.stringify(a)), 1, 1, 'b', { c: 3 }, null);
  setImmediate((...a) => log('immediate args ' + JSON.stringify(a)), 'x', 2);
  let n = 0;
  const iv = setInterval((a, b) => {
    log('interval args ' + a + ' ' + b + ' run ' + ++n);
    if (n === 2) clearInterval(iv);
  }, 1, 'p', 'q');
  setImmediate(function () { log('immediate this is Immediate: ' + (this && this.constructor.name)); });
});
for (const [name, fn] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
  try {
    fn('not a function');
  } catch (e) {
    log(name + ': ' + e.name + ' ' + e.code);
  }
}
try {
  process.nextTick(null);
} catch (e) {
  log('nextTick: ' + e.name + ' ' + e.code);
}
log('globals are the timers module functions: ' + (require('timers').setTimeout === setTimeout) + ' ' +
  (require('timers').setImmediate === setImmediate) + ' ' + (require('node:timers').clearInterval === clearInterval));
