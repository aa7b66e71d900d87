// The order node runs things in: synchronous code, process.nextTick, promise jobs, then the loop's
// phases — timers, I/O (poll), setImmediate (check). Run with nodec and with node: same output.
'use strict';
const fs = require('fs');

console.log('1. synchronous code runs first');
// (From the main script, setTimeout(0) vs setImmediate depends on how fast the loop starts, in node
// too; 10 ms keeps this demo deterministic.)
setTimeout(() => console.log('7. timers phase: setTimeout(10)'), 10);
setImmediate(() => console.log('6. check phase: setImmediate'));
Promise.resolve().then(() => console.log('4. promise job (after all nextTicks)'));
process.nextTick(() => console.log('3. process.nextTick (before promise jobs)'));
queueMicrotask(() => console.log('5. queueMicrotask (a promise job too)'));
console.log('2. still synchronous');

// Inside an I/O callback, setImmediate always comes before setTimeout(0): check follows poll.
setTimeout(() => {
  fs.readFile(__filename, () => {
    console.log('8. I/O callback (poll phase)');
    setTimeout(() => console.log('10. setTimeout(0) scheduled from I/O: next loop turn'), 0);
    setImmediate(() => console.log('9. setImmediate scheduled from I/O: same turn'));
    process.nextTick(() => console.log('8b. nextTick inside the I/O callback'));
  });
}, 20);
