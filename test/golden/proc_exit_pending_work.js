'use strict';
// process.exit() from a tick drops pending timers, immediates and ticks; 'exit' still fires;
// the exit code falls back to process.exitCode.
process.exitCode = 9;
setTimeout(() => console.log('never: timer'), 0);
setImmediate(() => console.log('never: immediate'));
process.on('exit', (code) => console.log('exit ' + code + ' exitCode ' + process.exitCode));
process.on('beforeExit', () => console.log('never: beforeExit is skipped by process.exit'));
process.nextTick(() => {
  console.log('tick calls process.exit()');
  process.nextTick(() => console.log('never: later tick'));
  process.exit();
});
