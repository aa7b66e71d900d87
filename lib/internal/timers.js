'use strict';
// Timers and immediates, node's model: Timeouts live in one list per duration (insertion order =
// expiry order within a list), lists sit in a min-heap by expiry, and one uv_timer in C wakes us for
// the earliest. C calls processTimers(now) once per timer callback so promise jobs drain between two.

const binding = internalBinding('timers');
const runtime = internalBinding('runtime');
const shared = runtime.shared;
const kImmediateCount = runtime.kImmediateCount;
const kImmediateRefCount = runtime.kImmediateRefCount;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncContext = Symbol('kAsyncContext');
const asyncHooks = require('internal/async_hooks');
const knownTimersById = new Map();
let timerIdCounter = 1;
let refCount = 0;
let nextExpiry = Infinity;

// ---- intrusive doubly linked list (a timer or an immediate is its own node)
function listInit(list) { list._idleNext = list; list._idlePrev = list; }
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listIsEmpty(list) { return list._idleNext === list; }

// ---- min-heap of TimersLists by expiry
const heap = [];
function heapUp(i) {
  const item = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p].expiry <= item.expiry) break;
    heap[i] = heap[p]; heap[i].heapIndex = i; i = p;
  }
  heap[i] = item; item.heapIndex = i;
}
function heapDown(i) {
  const n = heap.length;
  const item = heap[i];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && heap[c + 1].expiry < heap[c].expiry) c++;
    if (heap[c].expiry >= item.expiry) break;
    heap[i] = heap[c]; heap[i].heapIndex = i; i = c;
  }
  heap[i] = item; item.heapIndex = i;
}
function heapRemove(list) {
  const i = list.heapIndex;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last; last.heapIndex = i;
    heapDown(i); heapUp(last.heapIndex);
  }
}

class TimersList {
  constructor(expiry, msecs) {
    listInit(this);
    this.expiry = expiry;
    this.msecs = msecs;
    this.heapIndex = -1;
  }
}
const timerListMap = Object.create(null);

function getNow() { return binding.getLibuvNow(); }

// node warns about a NaN or negative duration once per process, an overflowing one every time;
// each becomes 1 ms.
const warned = { nan: false, negative: false };
function badDuration(after) {
  let kind, text;
  if (after > TIMEOUT_MAX) { kind = 'overflow'; text = [`${after} does not fit into a 32-bit signed integer.`, 'TimeoutOverflowWarning']; }
  else if (Number.isNaN(after)) { kind = 'nan'; text = [`${after} is not a number.`, 'TimeoutNaNWarning']; }
  else if (after < 0) { kind = 'negative'; text = [`${after} is a negative number.`, 'TimeoutNegativeWarning']; }
  if (kind !== undefined && !warned[kind]) {
    if (kind !== 'overflow') warned[kind] = true;
    process.emitWarning(`${text[0]}\nTimeout duration was set to 1.`, text[1]);
  }
  return 1;
}

// A duration option of an API (http request timeouts): a non-negative finite number, clamped to
// TIMEOUT_MAX with a warning at the caller.
function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${
      TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) after = badDuration(after);
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    if (isRefed) incRefCount();
    const actx = asyncHooks.capture('Timeout', this); // AsyncLocalStorage / async_hooks context
    if (actx !== null) this[kAsyncContext] = actx;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      this._asyncId = timerIdCounter++;
      knownTimersById.set(this._asyncId, this);
    }
    return this._asyncId ?? 0;
  }

  [Symbol.dispose]() { clearTimeout(this); }
}

function incRefCount() { if (refCount++ === 0) binding.toggleTimerRef(true); }
function decRefCount() { if (--refCount === 0) binding.toggleTimerRef(false); }

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function insertGuarded(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[kRefed] !== !refed) {
    item._destroyed = false;
    if (refed) incRefCount();
    else if (!isDestroyed) decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heap.push(list);
    heapUp(heap.length - 1);
    if (nextExpiry > expiry) {
      binding.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) knownTimersById.delete(item._asyncId);
  if (item[kRefed]) decRefCount();
  if (item[kAsyncContext] !== undefined) asyncHooks.destroyContext(item[kAsyncContext]);
  const list = timerListMap[item._idleTimeout];
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    delete timerListMap[list.msecs];
    heapRemove(list);
  }
  item._idleTimeout = -1;
}

// C: run the next due timer and return NaN (call again after draining), or when nothing is due,
// the next expiry (>0 ref'd, <0 unref'd) or 0 for no timers at all.
function processTimers(now) {
  nextExpiry = Infinity;
  while (heap.length > 0) {
    const list = heap[0];
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = list._idleNext;
    if (timer === list) {
      delete timerListMap[list.msecs];
      heapRemove(list);
      continue;
    }
    const diff = now - timer._idleStart;
    if (diff < list.msecs) {
      // Not due yet (started later than the list's head was): move the list to its new expiry.
      list.expiry = Math.max(timer._idleStart + list.msecs, now + 1);
      heapDown(0);
      continue;
    }
    listRemove(timer);
    if (listIsEmpty(list)) {
      delete timerListMap[list.msecs];
      heapRemove(list);
    }
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      continue;
    }
    runTimer(timer, now);
    return NaN;
  }
  return 0;
}

function runTimer(timer, now) {
  let start;
  if (timer._repeat) start = getNow();
  try {
    const args = timer._timerArgs;
    const actx = timer[kAsyncContext];
    if (actx !== undefined) asyncHooks.callIn(actx, timer._onTimeout, timer, args ?? []);
    else if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) knownTimersById.delete(timer._asyncId);
      if (timer[kRefed]) decRefCount();
      if (timer[kAsyncContext] !== undefined) asyncHooks.destroyContext(timer[kAsyncContext]);
    }
  }
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(+timer);
    if (t !== undefined) {
      t._idleTimeout = t._idleTimeout === -1 ? -1 : t._idleTimeout;
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

// ---- immediates
class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    item._list = this;
    if (this.tail !== null) { this.tail._idleNext = item; item._idlePrev = this.tail; }
    else this.head = item;
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
    item._list = null;
  }
}
let immediateQueue = new ImmediateList();
let outstandingQueue = new ImmediateList();
let runningQueue = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._list = null;
    this[kRefed] = false;
    this.ref();
    shared[kImmediateCount]++;
    immediateQueue.append(this);
    const actx = asyncHooks.capture('Immediate', this); // AsyncLocalStorage / async_hooks context
    if (actx !== null) this[kAsyncContext] = actx;
  }
  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (shared[kImmediateRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }
  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--shared[kImmediateRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }
  hasRef() { return !!this[kRefed]; }
  [Symbol.dispose]() { clearImmediate(this); }
}

function finishImmediate(imm) {
  imm._destroyed = true;
  shared[kImmediateCount]--;
  if (imm[kRefed] && --shared[kImmediateRefCount] === 0) binding.toggleImmediateRef(false);
  imm[kRefed] = null;
}

// C, in the check phase: run one immediate of this turn's batch; true while more remain.
// Immediates queued meanwhile wait for the next turn; a batch cut short by an exception resumes first.
function processImmediate(first) {
  if (first) {
    if (outstandingQueue.head !== null) {
      runningQueue = outstandingQueue;
      outstandingQueue = new ImmediateList();
    } else {
      runningQueue = immediateQueue;
      immediateQueue = new ImmediateList();
    }
  }
  const queue = runningQueue;
  if (queue === null) return false;
  const imm = queue.head;
  if (imm === null) { runningQueue = null; return false; }
  queue.remove(imm);
  if (queue.head === null) runningQueue = null;
  else outstandingQueue = queue; // if this callback throws, the rest runs first next turn
  if (imm._destroyed) return queue.head !== null;
  finishImmediate(imm);
  const cb = imm._onImmediate;
  imm._onImmediate = null;
  const argv = imm._argv;
  const actx = imm[kAsyncContext];
  // Reflect.apply: programs may replace Function.prototype.call/apply.
  if (actx !== undefined) {
    try { asyncHooks.callIn(actx, cb, imm, argv ?? []); } finally { asyncHooks.destroyContext(actx); }
  } else if (argv === undefined) Reflect.apply(cb, imm, []);
  else Reflect.apply(cb, imm, argv);
  if (outstandingQueue === queue) outstandingQueue = new ImmediateList();
  return queue.head !== null;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  finishImmediate(immediate);
  immediate._onImmediate = null;
  if (immediate[kAsyncContext] !== undefined) asyncHooks.destroyContext(immediate[kAsyncContext]);
  if (immediate._list) immediate._list.remove(immediate);
}

// An unref'd timeout for internal use (node's setUnrefTimeout).
function setUnrefTimeout(callback, after) {
  if (typeof callback !== 'function') require('internal/validators').validateFunction(callback, 'callback');
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

function getTimerListsForTest() { return { heap, timerListMap }; }

// The idle timer of a net.Socket lives at socket[kTimeout] (node exposes it here for its tests).
const kTimeout = Symbol('timeout');

module.exports = {
  kTimeout, getTimerDuration,
  Timeout, Immediate, TIMEOUT_MAX, kRefed, active, unrefActive, insert, unenroll, clearTimeout, clearImmediate,
  processTimers, processImmediate, knownTimersById, getTimerListsForTest, setUnrefTimeout,
};
