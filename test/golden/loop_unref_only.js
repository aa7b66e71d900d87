'use strict';
// With only an unref'd immediate queued the process exits without running it.
const log = (s) => console.log(s);
setImmediate(() => log('never: the only immediate is unref')).unref();
setTimeout(() => log('never: unref timeout 1')).unref();
process.on('beforeExit', () => log('beforeExit'));
process.on('exit', () => log('exit'));
log('sync');
