'use strict';
// Rejections handled before the microtask queue drains never reach 'unhandledRejection'.
const log = (s) => console.log(s);
process.on('unhandledRejection', (r) => log('unhandledRejection ' + (r instanceof Error ? r.message : r)));
process.on('rejectionHandled', () => log('rejectionHandled'));
const a = Promise.reject(new Error('a'));
a.catch(() => log('a caught synchronously'));
const b = Promise.reject(new Error('b'));
Promise.resolve().then(() => b.catch(() => log('b caught in a promise job')));
const c = Promise.reject(new Error('c'));
process.nextTick(() => c.catch(() => log('c caught in a tick')));
(async () => { throw new Error('d from async fn'); })();
Promise.reject(42);
new Promise((_, reject) => reject(undefined));
setTimeout(() => log('timeout'), 5);
log('sync');
