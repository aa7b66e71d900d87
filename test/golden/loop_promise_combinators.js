'use strict';
// Promise.all/allSettled/race/any fed by timers and immediates resolve in timer order.
const log = (s) => console.log(s);
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
(async () => {
  log('all: ' + JSON.stringify(await Promise.all([delay(20, 'a'), delay(5, 'b'), 'c'])));
  log('race: ' + await Promise.race([delay(200, 'slow'), delay(2, 'fast')]));
  const settled = await Promise.allSettled([delay(3, 'ok'), delay(1, 'bad', true)]);
  log('allSettled: ' + settled.map((s) => s.status + ':' + (s.value || s.reason.message)).join(','));
  log('any: ' + await Promise.any([delay(1, 'x', true), delay(8, 'y')]));
  try {
    await Promise.any([delay(1, 'e1', true), Promise.reject(new Error('e2'))]);
  } catch (e) {
    log('any rejects with ' + e.constructor.name + ' ' + e.errors.map((x) => x.message).join(','));
  }
  const { promise, resolve } = Promise.withResolvers();
  setImmediate(resolve, 'from immediate');
  log('withResolvers: ' + await promise);
})();
