'use strict';
// EventEmitter core behaviour, checked against node 24's observable results.
const EventEmitter = require('events');

function check(cond, what) { if (!cond) throw new Error(`failed: ${what}`); }
function eq(got, want, what) {
  check(JSON.stringify(got) === JSON.stringify(want), `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
function throwsCode(fn, code, message, what) {
  try { fn(); } catch (e) {
    eq([e.code, e.message], [code, message], what);
    return e;
  }
  throw new Error(`failed: ${what} did not throw`);
}

// Module shape.
check(EventEmitter.EventEmitter === EventEmitter, 'events.EventEmitter');
check(require('node:events') === EventEmitter, 'node:events');
eq(Object.keys(EventEmitter), ['addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'listenerCount', 'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
  'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init'], 'static keys');
eq(Object.getOwnPropertyNames(EventEmitter.prototype), ['constructor', '_events', '_eventsCount', '_maxListeners',
  'setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
  'prependOnceListener', 'removeListener', 'off', 'removeAllListeners', 'listeners', 'rawListeners',
  'listenerCount', 'eventNames'], 'prototype names');
check(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), 'captureRejectionSymbol');
eq(String(EventEmitter.errorMonitor), 'Symbol(events.errorMonitor)', 'errorMonitor');
eq(Object.keys(new EventEmitter()), ['_events', '_eventsCount', '_maxListeners'], 'instance keys');
eq(EventEmitter.defaultMaxListeners, 10, 'defaultMaxListeners');

// Old-style subclassing with EventEmitter.call(this).
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
let got = null;
old.on('x', (v) => { got = v; });
check(old.emit('x', 5) === true && got === 5, 'EventEmitter.call(this)');
check(old.emit('nothing') === false, 'emit without listeners');

// Ordering, once, prepend, listeners added/removed while emitting.
const e = new EventEmitter();
const log = [];
e.on('newListener', (t, l) => log.push(['new', t, l.name]));
e.on('removeListener', (t, l) => log.push(['rm', t, l.name]));
function a(v) { log.push(['a', v]); }
function b(v) { log.push(['b', v]); e.removeListener('ev', a); e.on('ev', c); }
function c(v) { log.push(['c', v]); }
e.on('ev', a);
e.prependListener('ev', b);
e.once('ev', a);
e.emit('ev', 1);
e.emit('ev', 2, 3);
log.push(e.listenerCount('ev'), e.listenerCount('ev', c), e.eventNames(),
  e.listeners('ev').map((f) => f.name), e.rawListeners('ev').length);
e.removeAllListeners();
log.push(e.eventNames());
eq(log, [["new","removeListener",""],["new","ev","a"],["new","ev","b"],["new","ev","a"],["b",1],["rm","ev","a"],
  ["new","ev","c"],["a",1],["a",1],["b",2],["rm","ev","a"],["new","ev","c"],["a",2],["c",2],3,2,
  ["newListener","removeListener","ev"],["b","c","c"],3,["rm","newListener",""],["rm","ev","c"],["rm","ev","c"],
  ["rm","ev","b"],[]], 'event log');

// Many arguments and `this`.
const m = new EventEmitter();
m.on('many', function (...args) { check(this === m, 'this is the emitter'); log.push(args.length); });
m.on('many', (...args) => log.push(args.join(',')));
m.emit('many', 1, 2, 3, 4, 5);
eq(log.slice(-2), [5, '1,2,3,4,5'], 'five args');

// Error semantics.
const err = new Error('boom');
check(throwsCode(() => new EventEmitter().emit('error', err), undefined, 'boom', 'Error thrown as is') === err, 'same error');
const u = throwsCode(() => new EventEmitter().emit('error', 'str'), 'ERR_UNHANDLED_ERROR', "Unhandled error. ('str')", 'string error');
eq(u.context, 'str', 'context');
throwsCode(() => new EventEmitter().emit('error'), 'ERR_UNHANDLED_ERROR', 'Unhandled error. (undefined)', 'no error arg');
throwsCode(() => new EventEmitter().emit('error', { a: 1 }), 'ERR_UNHANDLED_ERROR', 'Unhandled error. ({ a: 1 })', 'object error');
const mon = new EventEmitter();
const seen = [];
mon.on(EventEmitter.errorMonitor, (x) => seen.push(`monitor ${x}`));
mon.on('error', (x) => seen.push(`handled ${x}`));
mon.emit('error', 'E');
eq(seen, ['monitor E', 'handled E'], 'errorMonitor first');

// Validation.
throwsCode(() => e.on('x', 1), 'ERR_INVALID_ARG_TYPE', 'The "listener" argument must be of type function. Received type number (1)', 'listener type');
throwsCode(() => e.setMaxListeners(-1), 'ERR_OUT_OF_RANGE', 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1', 'setMaxListeners');
throwsCode(() => { EventEmitter.defaultMaxListeners = 'x'; }, 'ERR_INVALID_ARG_TYPE', 'The "defaultMaxListeners" argument must be of type number. Received type string (\'x\')', 'defaultMaxListeners type');
throwsCode(() => { EventEmitter.defaultMaxListeners = -1; }, 'ERR_OUT_OF_RANGE', 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1', 'defaultMaxListeners range');
throwsCode(() => new EventEmitter({ captureRejections: 1 }), 'ERR_INVALID_ARG_TYPE', 'The "options.captureRejections" property must be of type boolean. Received type number (1)', 'captureRejections option');

// Max listeners: one warning per event name, node's text.
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const w = new EventEmitter();
for (let i = 0; i < 12; i++) w.on('foo', () => {});
class Mine extends EventEmitter {}
const mine = new Mine();
mine.setMaxListeners(1);
mine.on('x', () => {});
mine.on('x', () => {});
eq(mine.getMaxListeners(), 1, 'getMaxListeners');
setTimeout(() => {
  eq(warnings.map((x) => [x.name, x.message, x.type, x.count]), [
    ['MaxListenersExceededWarning', 'Possible EventEmitter memory leak detected. 11 foo listeners added to [EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit', 'foo', 11],
    ['MaxListenersExceededWarning', 'Possible EventEmitter memory leak detected. 2 x listeners added to [Mine]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit', 'x', 2],
  ], 'warnings');
  check(warnings[0].emitter === w, 'warning.emitter');
}, 10);

// captureRejections.
const cr = new EventEmitter({ captureRejections: true });
cr.on('ev', async () => { throw new Error('rej'); });
cr.on('error', (x) => log.push(`captured ${x.message}`));
cr.emit('ev');
const hook = new EventEmitter({ captureRejections: true });
hook[Symbol.for('nodejs.rejection')] = (x, type, ...args) => log.push(`hook ${x.message} ${type} ${args}`);
hook.on('ev', async () => { throw new Error('rej2'); });
hook.emit('ev', 1, 2);
setTimeout(() => eq(log.slice(-2), ['captured rej', 'hook rej2 ev 1,2'], 'captureRejections'), 10);
