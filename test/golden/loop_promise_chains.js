'use strict';
// Two independent chains interleave one step at a time; resolving with a thenable costs extra jobs.
const log = (s) => console.log(s);
Promise.resolve()
  .then(() => log('a1'))
  .then(() => log('a2'))
  .then(() => log('a3'))
  .then(() => log('a4'))
  .then(() => log('a5'));
Promise.resolve()
  .then(() => { log('b1'); return Promise.resolve('x'); })
  .then((v) => log('b2 ' + v));
Promise.resolve()
  .then(() => { log('c1'); return { then(r) { log('c thenable'); r('y'); } }; })
  .then((v) => log('c2 ' + v));
Promise.reject(new Error('r'))
  .catch((e) => log('d catch ' + e.message))
  .finally(() => log('d finally'))
  .then(() => log('d after finally'));
new Promise((resolve) => { log('executor sync'); resolve(1); }).then((v) => log('e ' + v));
log('sync');
