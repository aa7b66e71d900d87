'use strict';
// process.exitCode decides the exit status when the loop ends naturally.
console.log('initial exitCode: ' + process.exitCode);
process.exitCode = 3;
setTimeout(() => {
  console.log('timer still runs, exitCode ' + process.exitCode);
}, 1);
process.on('exit', (code) => console.log('exit event code ' + code));
