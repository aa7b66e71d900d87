'use strict';
// Timers fire by expiry: shorter durations first whatever the insertion order; 0 and 1 are both 1ms,
// so they keep insertion order.
const log = (s) => console.log(s);
setTimeout(() => log('t 30'), 30);
setTimeout(() => log('t 10'), 10);
setTimeout(() => log('t 1 (first)'), 1);
setTimeout(() => log('t 0'), 0);
setTimeout(() => log('t 1 (second)'), 1);
setTimeout(() => log('t undefined'));
setTimeout(() => log('t 20'), 20);
setTimeout(() => log('t -5'), -5);
setTimeout(() => log('t "10" (string)'), '10');
setTimeout(() => log('t NaN'), NaN);
log('sync');
