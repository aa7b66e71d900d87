'use strict';
// Errors thrown from timers and immediates are reported and the remaining callbacks still run.
const log = (s) => console.log(s);
process.on('uncaughtException', (err) => log('uncaught: ' + (err && err.message !== undefined ? err.message : String(err))));
setTimeout(() => log('t1'), 2);
setTimeout(() => { throw new Error('t2 throws'); }, 2);
setTimeout(() => log('t3'), 2);
setTimeout(() => {
  setImmediate(() => log('i1'));
  setImmediate(() => { throw new Error('i2 throws'); });
  setImmediate(() => log('i3'));
  setImmediate(() => { throw 'a string'; });
  setImmediate(() => log('i5'));
}, 10);
let n = 0;
setTimeout(() => {
  const iv = setInterval(() => {
    n++;
    if (n === 3) clearInterval(iv);
    throw new Error('interval ' + n);
  }, 2);
}, 20);
process.on('exit', (c) => log('exit ' + c + ' interval runs ' + n));
