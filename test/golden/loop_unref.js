'use strict';
// unref'd timers, intervals and immediates do not keep the process alive.
const log = (s) => console.log(s);
const long = setTimeout(() => log('never: unref long timeout'), 100000);
log('returns self ' + (long.unref() === long));
log('hasRef after unref ' + long.hasRef());
const iv = setInterval(() => log('never: unref interval'), 100000);
iv.unref();
const im = setImmediate(() => log('unref immediate still runs while the loop is alive'));
im.unref();
const t = setTimeout(() => log('never: unref then ref then unref'), 100000);
t.unref();
t.ref();
log('hasRef after ref ' + t.hasRef());
t.unref();
setImmediate(() => setTimeout(() => log('ref timeout 5 from a later immediate'), 5));
process.on('exit', (code) => log('exit ' + code));
