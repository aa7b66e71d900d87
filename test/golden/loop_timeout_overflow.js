'use strict';
// Out-of-range delays become 1ms and emit a warning event (stderr text is not compared).
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning ' + w.name + ': ' + w.message.split('\n')[0]));
setTimeout(() => log('huge delay ran as 1ms'), 2 ** 31);
setTimeout(() => log('2**31-1 never runs'), 2 ** 31 - 1).unref();
setTimeout(() => log('Infinity delay ran as 1ms'), Infinity);
