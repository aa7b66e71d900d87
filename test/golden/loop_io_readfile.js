'use strict';
// Inside an I/O callback (poll phase) setImmediate always runs before setTimeout 0.
const fs = require('fs');
const log = (s) => console.log(s);
fs.readFile(__filename, (err, data) => {
  log('readFile cb, err=' + err + ', has data=' + (data.length > 0));
  setTimeout(() => log('timeout 0'), 0);
  setImmediate(() => {
    log('immediate');
    process.nextTick(() => log('  tick in immediate'));
  });
  setTimeout(() => log('timeout 1'), 1);
  setImmediate(() => log('immediate 2'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise'));
  queueMicrotask(() => log('microtask'));
});
log('sync');
