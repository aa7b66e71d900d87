'use strict';
// Timers fire by expiry: shorter durations first whatever the insertion order; 0 and 1 are both 1ms,
// so they keep insertion order. (Durations are far apart: each setTimeout reads the clock afresh.)
const log = (s) => console.log(s);
setTimeout(() => log('t 300'), 300);
setTimeout(() => log('t 100'), 100);
setTimeout(() => log('t 1 (first)'), 1);
setTimeout(() => log('t 0'), 0);
setTimeout(() => log('t 1 (second)'), 1);
setTimeout(() => log('t undefined'));
setTimeout(() => log('t 200'), 200);
setTimeout(() => log('t -5'), -5);
setTimeout(() => log('t "100" (string)'), '100');
setTimeout(() => log('t NaN'), NaN);
log('sync');
