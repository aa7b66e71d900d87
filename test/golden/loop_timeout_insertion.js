'use strict';
// Same-duration timers run in insertion order; clearTimeout removes them wherever they are.
const log = (s) => console.log(s);
const t = [];
for (let i = 0; i < 8; i++) t.push(setTimeout(() => log('timer ' + i), 100));
clearTimeout(t[2]);
clearTimeout(t[5]);
setTimeout(() => log('100ms timer added after the loop'), 100);
const a = setTimeout(() => {
  log('a (1ms) clears timer 6');
  clearTimeout(t[6]);
}, 1);
clearTimeout(a); // cleared before it runs: timer 6 survives
clearTimeout(a); // clearing twice is harmless
setTimeout(() => {
  log('b (1ms) clears timer 7');
  clearTimeout(t[7]);
}, 1);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
log('sync');
