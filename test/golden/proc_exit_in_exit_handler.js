'use strict';
// process.exit() inside an 'exit' listener ends the process at once with the new code;
// later listeners do not run.
process.on('exit', (code) => {
  console.log('first listener code ' + code);
  process.exit(2);
});
process.on('exit', () => console.log('never: second listener'));
console.log('calling process.exit(6)');
process.exit(6);
console.log('never: after process.exit');
