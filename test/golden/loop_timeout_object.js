'use strict';
// Timeout objects: ref/unref/hasRef, numeric primitive usable with clear*.
const log = (s) => console.log(s);
const t = setTimeout(() => log('never: cleared by number'), 10);
const id = t[Symbol.toPrimitive]();
log('toPrimitive is a positive integer: ' + (typeof id === 'number' && Number.isInteger(id) && id > 0));
log('+t equals id: ' + (+t === id));
log('template string equals id: ' + (`${t}` === String(id)));
log('constructor name: ' + t.constructor.name);
log('hasRef ' + t.hasRef());
log('typeof ref/unref/refresh/close: ' + [typeof t.ref, typeof t.unref, typeof t.refresh, typeof t.close].join(','));
clearTimeout(id);
const t2 = setTimeout(() => log('never: cleared by number key in an object'), 10);
const map = { [t2]: 'stored' };
log('usable as a property key: ' + (map[+t2] === 'stored'));
clearTimeout(+t2);
const iv = setInterval(() => log('never: interval cleared by number'), 10);
clearInterval(+iv);
const t3 = setTimeout(() => log('t3 close() cancels? no, this never runs'), 10);
log('close returns self: ' + (t3.close() === t3));
const ids = new Set();
for (let i = 0; i < 5; i++) { const x = setTimeout(() => {}, 1); ids.add(+x); clearTimeout(x); }
log('ids distinct: ' + (ids.size === 5));
const im = setImmediate(() => {});
log('immediate constructor: ' + im.constructor.name);
clearImmediate(im);
setTimeout(function (a, b) {
  log('this is the timeout: ' + (this instanceof t.constructor) + ', args ' + a + ' ' + b);
}, 1, 'A', 'B');
