'use strict';
// clearImmediate works before the batch starts and from inside the running batch.
const log = (s) => console.log(s);
const a = setImmediate(() => log('a (never)'));
const b = setImmediate(() => {
  log('b clears d');
  clearImmediate(d);
  clearImmediate(b); // clearing the running one is harmless
});
const c = setImmediate(() => log('c'));
const d = setImmediate(() => log('d (never)'));
setImmediate(() => {
  log('e');
  const f = setImmediate(() => log('f (never)'));
  clearImmediate(f);
  setImmediate(() => log('g'));
});
clearImmediate(a);
clearImmediate(undefined);
clearImmediate(null);
log('hasRef ' + c.hasRef());
log('unref returns self ' + (c.unref() === c) + ' ' + c.hasRef());
log('ref returns self ' + (c.ref() === c) + ' ' + c.hasRef());
log('sync');
