'use strict';
// fs.stat callbacks: work queued inside runs in tick → microtask → check → timers order;
// each further I/O is started only once the previous step is done so the order is fixed.
const fs = require('fs');
const log = (s) => console.log(s);
fs.stat(__filename, (err, st) => {
  log('stat cb, err=' + err + ', isFile=' + st.isFile());
  setTimeout(() => {
    log('timeout 0 from stat');
    fs.stat(__dirname, (err2, st2) => {
      log('nested stat cb, isDirectory=' + st2.isDirectory());
      setTimeout(() => {
        log('timeout from nested stat');
        fs.stat('does-not-exist-zz', (err3) => {
          log('missing stat: ' + err3.code + ' ' + err3.syscall + ' ' + err3.path);
        });
      }, 0);
      setImmediate(() => log('immediate from nested stat'));
      process.nextTick(() => log('tick from nested stat'));
    });
  }, 0);
  setImmediate(() => log('immediate from stat'));
  process.nextTick(() => log('tick from stat'));
  Promise.resolve().then(() => log('promise from stat'));
});
process.nextTick(() => log('tick main'));
log('sync');
