'use strict';
// async/await ordering against plain promise chains and ticks.
const log = (s) => console.log(s);
async function f1() {
  log('f1 start');
  await undefined;
  log('f1 after await undefined');
  await null;
  log('f1 after await null');
  return 'f1 result';
}
async function f2() {
  log('f2 start');
  const v = await Promise.resolve('pv');
  log('f2 after await promise ' + v);
  return Promise.resolve('f2 result'); // returning a promise costs extra jobs
}
async function f3() {
  log('f3 start');
  try {
    await Promise.reject(new Error('nope'));
  } catch (e) {
    log('f3 caught ' + e.message);
  } finally {
    log('f3 finally');
  }
  throw new Error('f3 throws');
}
f1().then((v) => log('then ' + v));
f2().then((v) => log('then ' + v));
f3().catch((e) => log('catch ' + e.message));
Promise.resolve()
  .then(() => log('p1'))
  .then(() => log('p2'))
  .then(() => log('p3'))
  .then(() => log('p4'))
  .then(() => log('p5'));
process.nextTick(() => log('tick'));
(async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 1));
    log('loop await timeout ' + i);
  }
})();
log('sync');
