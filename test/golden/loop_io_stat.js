'use strict';
// fs.stat callbacks: work queued inside runs in tick → microtask → check → timers order, and
// a second I/O started inside completes later.
const fs = require('fs');
const log = (s) => console.log(s);
fs.stat(__filename, (err, st) => {
  log('stat cb, isFile=' + st.isFile());
  setTimeout(() => log('timeout 0 from stat'), 0);
  setImmediate(() => {
    log('immediate from stat');
    fs.stat(__dirname, (err2, st2) => {
      log('nested stat cb, isDirectory=' + st2.isDirectory());
      setTimeout(() => log('timeout from nested stat'), 0);
      setImmediate(() => log('immediate from nested stat'));
    });
  });
  process.nextTick(() => log('tick from stat'));
  Promise.resolve().then(() => log('promise from stat'));
});
fs.stat('does-not-exist-' + 'zz', (err) => {
  log('missing stat: ' + err.code + ' ' + err.syscall);
});
process.nextTick(() => log('tick main'));
log('sync');
