'use strict';
// An error thrown in a tick goes to 'uncaughtException'; the rest of the queue and the loop go on.
// (Only one macrotask is pending at each throw: node runs the remaining ticks at the next callback.)
const log = (s) => console.log(s);
process.on('uncaughtException', (err, origin) => {
  log('uncaught: ' + err.message + ' origin=' + origin);
});
process.nextTick(() => log('tick 1'));
process.nextTick(() => { throw new Error('from tick 2'); });
process.nextTick(() => log('tick 3'));
Promise.resolve().then(() => log('promise'));
setImmediate(() => {
  log('immediate');
  setTimeout(() => log('timeout 50'), 50);
  process.nextTick(() => { throw new TypeError('from tick in immediate'); });
  process.nextTick(() => log('tick after throwing tick'));
});
process.on('exit', (c) => log('exit ' + c));
