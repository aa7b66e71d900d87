'use strict';
// 'beforeExit' fires when the loop empties; scheduling work from it keeps the process alive,
// and it fires again when that work is done.
const log = (s) => console.log(s);
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  log('beforeExit #' + n + ' code ' + code);
  if (n === 1) {
    setTimeout(() => {
      log('timeout from beforeExit');
      process.nextTick(() => log('tick from that timeout'));
    }, 1);
  } else if (n === 2) {
    Promise.resolve().then(() => log('promise from beforeExit #2 (does not keep alive)'));
    process.exitCode = 5;
  }
});
process.on('exit', (code) => {
  log('exit code ' + code + ', beforeExit ran ' + n + ' times');
  process.exitCode = 0;
});
setImmediate(() => log('immediate'));
log('sync');
