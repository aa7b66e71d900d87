'use strict';
// events.once / events.on / get/setMaxListeners / getEventListeners / addAbortListener.
const EventEmitter = require('events');
const { once, on, getEventListeners, getMaxListeners, setMaxListeners, addAbortListener } = EventEmitter;

function check(cond, what) { if (!cond) throw new Error(`failed: ${what}`); }
function eq(got, want, what) {
  check(JSON.stringify(got) === JSON.stringify(want), `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
function throwsCode(fn, code, message, what) {
  try { fn(); } catch (e) { eq([e.code, e.message], [code, message], what); return e; }
  throw new Error(`failed: ${what} did not throw`);
}
async function rejectsCode(p, code, message, what) {
  try { await p; } catch (e) { eq([e.code, e.message], [code, message], what); return e; }
  throw new Error(`failed: ${what} did not reject`);
}

(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('go', 1, 2), 1);
  eq(await once(e, 'go'), [1, 2], 'once resolves with args');
  eq([e.listenerCount('go'), e.listenerCount('error')], [0, 0], 'once cleans up');

  setTimeout(() => e.emit('error', new Error('bad')), 1);
  const bad = await rejectsCode(once(e, 'go'), undefined, 'bad', 'once rejects on error');
  check(bad instanceof Error, 'error instance');

  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  eq(ev.type, 'ping', 'once on EventTarget');

  const ac = new AbortController();
  setTimeout(() => ac.abort('why'), 1);
  const ab = await rejectsCode(once(e, 'never', { signal: ac.signal }), 'ABORT_ERR', 'The operation was aborted', 'once aborted');
  eq([ab.name, ab.cause], ['AbortError', 'why'], 'abort error name/cause');
  eq(e.listenerCount('never'), 0, 'aborted once cleans up');
  await rejectsCode(once(e, 'x', { signal: AbortSignal.abort() }), 'ABORT_ERR', 'The operation was aborted', 'pre-aborted');
  await rejectsCode(once(e, 'x', 1), 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received type number (1)', 'once options');

  // on(): buffered events, close events end the loop.
  setTimeout(() => { e.emit('d', 1); e.emit('d', 2, 3); e.emit('end'); }, 1);
  const seen = [];
  for await (const v of on(e, 'd', { close: ['end'] })) seen.push(v);
  eq(seen, [[1], [2, 3]], 'on iterates');
  eq([e.listenerCount('d'), e.listenerCount('error'), e.listenerCount('end')], [0, 0, 0], 'on cleans up');

  const it = on(e, 'd');
  e.emit('d', 'a');
  e.emit('error', new Error('iter'));
  eq(await it.next(), { value: ['a'], done: false }, 'buffered value first');
  await rejectsCode(it.next(), undefined, 'iter', 'error after buffer');
  eq(await it.next(), { done: true }, 'done after error');

  const ac2 = new AbortController();
  const it2 = on(e, 'd', { signal: ac2.signal });
  const pending = it2.next();
  ac2.abort();
  await rejectsCode(pending, 'ABORT_ERR', 'The operation was aborted', 'on aborted');
  throwsCode(() => on(e, 'd', { signal: 1 }), 'ERR_INVALID_ARG_TYPE', 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)', 'on signal');
  throwsCode(() => on(e, 'd', { highWaterMark: -1 }), 'ERR_OUT_OF_RANGE', 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received -1', 'hwm');

  // Max listeners and listener lists for both kinds of targets.
  const t = new EventTarget();
  const fn = () => {};
  t.addEventListener('x', fn);
  e.on('x', fn);
  eq([getEventListeners(t, 'x')[0] === fn, getEventListeners(e, 'x')[0] === fn], [true, true], 'getEventListeners');
  setMaxListeners(3, t, e);
  eq([getMaxListeners(t), getMaxListeners(e), e.getMaxListeners()], [3, 3, 3], 'setMaxListeners targets');
  throwsCode(() => setMaxListeners(1, {}), 'ERR_INVALID_ARG_TYPE', 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object', 'setMaxListeners bad target');
  throwsCode(() => getEventListeners({}, 'x'), 'ERR_INVALID_ARG_TYPE', 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object', 'getEventListeners bad');
  throwsCode(() => setMaxListeners(-1), 'ERR_OUT_OF_RANGE', 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1', 'setMaxListeners range');
  eq(EventEmitter.listenerCount(e, 'x'), 1, 'static listenerCount');

  // addAbortListener
  const ac3 = new AbortController();
  const calls = [];
  const disposable = addAbortListener(ac3.signal, () => calls.push('aborted'));
  check(typeof disposable[Symbol.dispose || Symbol.for('nodejs.dispose')] === 'function', 'disposable');
  ac3.abort();
  addAbortListener(AbortSignal.abort(), () => calls.push('already'));
  await null;
  eq(calls, ['aborted', 'already'], 'addAbortListener');
  throwsCode(() => addAbortListener(), 'ERR_INVALID_ARG_TYPE', 'The "signal" argument must be an instance of AbortSignal. Received undefined', 'addAbortListener signal');

  // EventEmitterAsyncResource
  const { EventEmitterAsyncResource } = EventEmitter;
  const r = new EventEmitterAsyncResource({ name: 'R' });
  let hit = 0;
  r.on('x', () => hit++);
  check(r.emit('x') === true && hit === 1, 'async resource emit');
  eq([typeof r.asyncId, r.asyncResource.eventEmitter === r, r instanceof EventEmitter], ['number', true, true], 'async resource shape');
})().catch((err) => { console.error(err); process.exit(1); });
