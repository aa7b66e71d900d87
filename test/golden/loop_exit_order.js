'use strict';
// 'exit' listeners run in registration order, receive process.exitCode, and nothing scheduled
// inside them runs.
const log = (s) => console.log(s);
process.exitCode = 7;
process.on('exit', (code) => {
  log('exit 1 code=' + code + ' exitCode=' + process.exitCode);
  setTimeout(() => log('never: timer in exit'), 0);
  setImmediate(() => log('never: immediate in exit'));
  process.nextTick(() => log('never: tick in exit'));
  process.exitCode = 4;
});
process.once('exit', (code) => log('exit 2 code arg still ' + code + ', exitCode now ' + process.exitCode));
process.on('beforeExit', (code) => log('beforeExit ' + code));
setTimeout(() => log('timeout'), 1);
log('sync');
