'use strict';
// A rejection nobody handles by the end of the microtask drain fires 'unhandledRejection';
// attaching a handler later fires 'rejectionHandled' with the same promise.
const log = (s) => console.log(s);
let lateP;
process.on('unhandledRejection', (reason, promise) => {
  log('unhandledRejection ' + reason.message + ' same promise: ' + (promise === lateP));
});
process.on('rejectionHandled', (promise) => {
  log('rejectionHandled same promise: ' + (promise === lateP));
});
lateP = Promise.reject(new Error('late'));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise job'));
setTimeout(() => {
  log('timeout attaches catch');
  lateP.catch((e) => {
    log('caught ' + e.message);
    setTimeout(() => log('done'), 1);
  });
}, 10);
log('sync');
