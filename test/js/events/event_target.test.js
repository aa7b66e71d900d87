'use strict';
// EventTarget / Event / CustomEvent / AbortController / AbortSignal semantics.
function check(cond, what) { if (!cond) throw new Error(`failed: ${what}`); }
function eq(got, want, what) {
  check(JSON.stringify(got) === JSON.stringify(want), `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
function throwsCode(fn, code, message, what) {
  try { fn(); } catch (e) { eq([e.code, e.message], [code, message], what); return e; }
  throw new Error(`failed: ${what} did not throw`);
}

const t = new EventTarget();
const log = [];
const obj = { handleEvent(e) { log.push(['obj', this === obj, e.type]); } };
function f1(e) { log.push(['f1', this === t, e.target === t]); }
t.addEventListener('x', f1);
t.addEventListener('x', f1); // duplicate: ignored
t.addEventListener('x', f1, true); // capture: distinct registration
check(t.dispatchEvent(new Event('none')) === true, 'no listeners');
t.addEventListener('x', obj);
t.addEventListener('x', () => log.push('once'), { once: true });
const ev = new Event('x');
eq([ev.isTrusted, ev.eventPhase, ev.bubbles, ev.cancelable, ev.defaultPrevented, ev.target], [false, 0, false, false, false, null], 'fresh event');
check(t.dispatchEvent(ev) === true, 'dispatch returns true');
t.dispatchEvent(new Event('x'));
eq(log, [['f1', true, true], ['f1', true, true], ['obj', true, 'x'], 'once',
  ['f1', true, true], ['f1', true, true], ['obj', true, 'x']], 'dispatch order');
const phase = new EventTarget();
let during;
phase.addEventListener('p', (e) => { during = [e.eventPhase, e.currentTarget === phase, e.composedPath().length]; });
phase.dispatchEvent(new Event('p'));
eq(during, [2, true, 1], 'during dispatch');
eq([ev.eventPhase, ev.currentTarget, ev.target === t, ev.composedPath()], [0, null, true, []], 'after dispatch');

// preventDefault, passive, stopImmediatePropagation.
const t2 = new EventTarget();
const order = [];
t2.addEventListener('c', (e) => { e.preventDefault(); order.push(`passive ${e.defaultPrevented}`); }, { passive: true });
t2.addEventListener('c', (e) => { e.preventDefault(); order.push(`active ${e.defaultPrevented}`); });
t2.addEventListener('c', (e) => { e.stopImmediatePropagation(); order.push('stop'); });
t2.addEventListener('c', () => order.push('never'));
const ce = new Event('c', { cancelable: true });
check(t2.dispatchEvent(ce) === false, 'canceled dispatch returns false');
eq([order, ce.defaultPrevented, ce.returnValue, ce.cancelBubble], [['passive false', 'active true', 'stop'], true, false, true], 'cancel/passive/stop');

// Removal during dispatch and via signal.
const t3 = new EventTarget();
const out = [];
const later = () => out.push('later');
t3.addEventListener('r', () => { out.push('first'); t3.removeEventListener('r', later); });
t3.addEventListener('r', later);
const ac = new AbortController();
t3.addEventListener('r', () => out.push('signal'), { signal: ac.signal });
t3.dispatchEvent(new Event('r'));
ac.abort();
t3.dispatchEvent(new Event('r'));
eq(out, ['first', 'signal', 'first'], 'removal during dispatch / signal');

// CustomEvent
const cu = new CustomEvent('cu', { detail: { n: 1 } });
eq([cu.detail, new CustomEvent('cu').detail, cu instanceof Event], [{ n: 1 }, null, true], 'CustomEvent');

// Errors
throwsCode(() => t.dispatchEvent({}), 'ERR_INVALID_ARG_TYPE', 'The "event" argument must be an instance of Event. Received an instance of Object', 'dispatch non-event');
throwsCode(() => t.addEventListener('x', 1), 'ERR_INVALID_ARG_TYPE', 'The "listener" argument must be an instance of EventListener. Received type number (1)', 'bad listener');
throwsCode(() => new Event(), 'ERR_MISSING_ARGS', 'The "type" argument must be specified', 'Event()');
throwsCode(() => new AbortSignal(), 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', 'AbortSignal()');
const rec = new EventTarget();
rec.addEventListener('r', (e) => {
  throwsCode(() => rec.dispatchEvent(e), 'ERR_EVENT_RECURSION', 'The event "r" is already being dispatched', 'recursion');
});
rec.dispatchEvent(new Event('r'));

// AbortController / AbortSignal
const c = new AbortController();
const s = c.signal;
const aborts = [];
s.onabort = (e) => aborts.push(['onabort', e.type, e.isTrusted]);
s.addEventListener('abort', () => aborts.push('listener'));
eq([s.aborted, s.reason, typeof s.onabort], [false, undefined, 'function'], 'signal initial');
c.abort();
c.abort(); // second abort is a no-op
eq(aborts, [['onabort', 'abort', true], 'listener'], 'abort events');
eq([s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.message, s.reason.code],
  [true, true, 'AbortError', 'This operation was aborted', 20], 'default reason');
try { s.throwIfAborted(); check(false, 'throwIfAborted'); } catch (e) { check(e === s.reason, 'throws reason'); }
eq([AbortSignal.abort('r').reason, AbortSignal.abort().reason.name], ['r', 'AbortError'], 'AbortSignal.abort');
eq(Object.prototype.toString.call(s), '[object AbortSignal]', 'toStringTag');
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
a2.abort('second');
eq([any.aborted, any.reason], [true, 'second'], 'AbortSignal.any');
eq(AbortSignal.any([AbortSignal.abort('pre')]).reason, 'pre', 'any of aborted');
throwsCode(() => AbortSignal.timeout(-1), 'ERR_OUT_OF_RANGE', 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1', 'timeout range');
const ts = AbortSignal.timeout(1);
ts.addEventListener('abort', () => {
  eq([ts.reason.name, ts.reason.message, ts.reason.code], ['TimeoutError', 'The operation was aborted due to timeout', 23], 'timeout reason');
  // Listener exceptions surface as uncaught exceptions, after the dispatch finished.
  const t4 = new EventTarget();
  const after = [];
  t4.addEventListener('boom', () => { throw new Error('from listener'); });
  t4.addEventListener('boom', () => after.push('second listener ran'));
  process.once('uncaughtException', (err) => {
    eq([err.message, after], ['from listener', ['second listener ran']], 'uncaught listener error');
  });
  t4.dispatchEvent(new Event('boom'));
});
// keep the process alive until the unref'd timeout fires
setTimeout(() => {}, 50);
