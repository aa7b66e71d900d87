'use strict';
// Throwing from a promise job makes an unhandled rejection, not an uncaught exception;
// throwing from a tick inside 'unhandledRejection' goes to 'uncaughtException'.
const log = (s) => console.log(s);
process.on('uncaughtException', (err, origin) => log('uncaughtException ' + err.message + ' ' + origin));
process.on('unhandledRejection', (reason) => {
  log('unhandledRejection ' + reason.message);
  if (reason.message === 'first') process.nextTick(() => { throw new Error('thrown in tick'); });
});
Promise.resolve().then(() => { throw new Error('first'); });
queueMicrotask(() => log('microtask'));
setTimeout(() => log('timeout'), 5);
