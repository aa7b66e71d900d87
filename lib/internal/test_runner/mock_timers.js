'use strict';
// mock.timers: fake setTimeout/setInterval/setImmediate/Date driven by tick()/runAll(),
// swapped into the globals, require('timers') and require('timers/promises') while enabled.

const kSupported = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];
const TIMEOUT_MAX = 2 ** 31 - 1;

let lazyErrors;
function errors() { return (lazyErrors ??= require('internal/errors').codes); }

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  err.cause = signal?.reason;
  return err;
}

class MockTimer {
  #timers;
  constructor(timers, id, callback, args, delay, interval, immediate) {
    this.#timers = timers;
    this.id = id;
    this.callback = callback;
    this.args = args;
    this.delay = delay;
    this.interval = interval;
    this.immediate = immediate;
    this.runAt = timers.now + delay;
    this.refed = true;
  }
  ref() { this.refed = true; return this; }
  unref() { this.refed = false; return this; }
  hasRef() { return this.refed; }
  refresh() { this.runAt = this.#timers.now + this.delay; this.#timers.requeue(this); return this; }
  close() { this.#timers.clear(this); return this; }
  [Symbol.toPrimitive]() { return this.id; }
  [Symbol.dispose]() { this.#timers.clear(this); }
}

class MockTimers {
  #enabled = false;
  #apis = [];
  #saved = [];
  #queue = [];
  #nextId = 1;
  #order = 0;
  now = 0;

  #checkEnabled() {
    if (!this.#enabled) {
      throw new (errors().ERR_INVALID_STATE)('You should enable MockTimers first by calling the .enable function');
    }
  }

  requeue(timer) {
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
    timer.order = this.#order++;
    this.#queue.push(timer);
  }

  clear(timer) {
    if (timer === null || timer === undefined) return;
    const i = this.#queue.findIndex((t) => t === timer || t.id === timer);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  #add(callback, args, delay, interval, immediate) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= TIMEOUT_MAX)) delay = immediate ? 0 : 1;
    const timer = new MockTimer(this, this.#nextId++, callback, args, delay, interval, immediate);
    this.requeue(timer);
    return timer;
  }

  // The next due timer: earliest time, immediates before timers, then creation order.
  #nextDue(limit) {
    let best = null;
    for (const t of this.#queue) {
      if (t.runAt > limit) continue;
      if (!best || t.runAt < best.runAt || (t.runAt === best.runAt &&
          (t.immediate !== best.immediate ? t.immediate : t.order < best.order))) best = t;
    }
    return best;
  }

  #fire(timer) {
    if (timer.interval) {
      timer.runAt += timer.delay;
      this.requeue(timer);
    } else {
      this.clear(timer);
    }
    timer.callback(...timer.args);
  }

  tick(milliseconds = 1) {
    this.#checkEnabled();
    if (typeof milliseconds !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)('milliseconds', 'number', milliseconds);
    if (milliseconds < 0) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('milliseconds', milliseconds, 'positive integer');
    }
    // As node: the clock jumps to the end first, then the due timers run in order.
    const target = this.now + milliseconds;
    this.now = target;
    for (;;) {
      const timer = this.#nextDue(target);
      if (!timer) break;
      this.#fire(timer);
    }
  }

  runAll() {
    this.#checkEnabled();
    let latest = this.now;
    for (const t of this.#queue) if (t.runAt > latest) latest = t.runAt;
    this.tick(latest - this.now);
  }

  setTime(milliseconds) {
    this.#checkEnabled();
    if (typeof milliseconds !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)('milliseconds', 'number', milliseconds);
    this.now = milliseconds;
  }

  enable(options = {}) {
    if (this.#enabled || globalThis.Date?.isMock) {
      throw new (errors().ERR_INVALID_STATE)('MockTimers is already enabled!');
    }
    if (options === null || typeof options !== 'object') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    const apis = options.apis ?? kSupported;
    if (!Array.isArray(apis)) throw new (errors().ERR_INVALID_ARG_TYPE)('options.apis', 'Array', apis);
    for (const api of apis) {
      if (typeof api !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('timers', 'string', api);
      if (!kSupported.includes(api)) {
        throw new (errors().ERR_INVALID_ARG_VALUE)('timers', api, `option ${api} is not supported`);
      }
    }
    let now = options.now ?? 0;
    if (now instanceof Date) now = now.getTime();
    if (typeof now !== 'number' || !(now >= 0)) {
      if (typeof now !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)('options.now', ['number', 'Date'], now);
      throw new (errors().ERR_INVALID_ARG_VALUE)('options.now', now, 'must be a positive number');
    }
    this.now = now;
    this.#apis = apis.slice();
    this.#enabled = true;
    this.#install();
  }

  reset() {
    if (!this.#enabled) return;
    for (let i = this.#saved.length - 1; i >= 0; i--) {
      const [target, key, descriptor] = this.#saved[i];
      Object.defineProperty(target, key, descriptor);
    }
    this.#saved = [];
    this.#queue = [];
    this.#enabled = false;
    this.now = 0;
  }

  [Symbol.dispose]() { this.reset(); }

  #replace(target, key, value) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor) return;
    this.#saved.push([target, key, descriptor]);
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: descriptor.enumerable });
  }

  #install() {
    const timers = require('timers');
    const promises = require('timers/promises');
    const self = this;
    const apis = this.#apis;
    const targets = [globalThis, timers];

    if (apis.includes('setTimeout')) {
      const setTimeout = function setTimeout(callback, delay, ...args) { return self.#add(callback, args, delay, false, false); };
      const clearTimeout = function clearTimeout(timer) { self.clear(timer); };
      for (const t of targets) { this.#replace(t, 'setTimeout', setTimeout); this.#replace(t, 'clearTimeout', clearTimeout); }
      this.#replace(promises, 'setTimeout', (delay, value, options = {}) => this.#promise(delay, value, options, false));
    }
    if (apis.includes('setInterval')) {
      const setInterval = function setInterval(callback, delay, ...args) { return self.#add(callback, args, delay, true, false); };
      const clearInterval = function clearInterval(timer) { self.clear(timer); };
      for (const t of targets) { this.#replace(t, 'setInterval', setInterval); this.#replace(t, 'clearInterval', clearInterval); }
      this.#replace(promises, 'setInterval', (delay, value, options = {}) => this.#iterator(delay, value, options));
    }
    if (apis.includes('setImmediate')) {
      const setImmediate = function setImmediate(callback, ...args) { return self.#add(callback, args, 0, false, true); };
      const clearImmediate = function clearImmediate(timer) { self.clear(timer); };
      for (const t of targets) { this.#replace(t, 'setImmediate', setImmediate); this.#replace(t, 'clearImmediate', clearImmediate); }
      this.#replace(promises, 'setImmediate', (value, options = {}) => this.#promise(0, value, options, true));
    }
    if (apis.includes('scheduler.wait') && promises.scheduler) {
      const wait = (delay, options = {}) => this.#promise(delay, undefined, options, false);
      const proto = Object.getPrototypeOf(promises.scheduler);
      const target = Object.prototype.hasOwnProperty.call(promises.scheduler, 'wait') ? promises.scheduler : proto;
      this.#replace(target, 'wait', wait);
    }
    if (apis.includes('Date')) this.#replace(globalThis, 'Date', this.#mockDate());
  }

  #promise(delay, value, options, immediate) {
    const signal = options?.signal;
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      return Promise.reject(new (errors().ERR_INVALID_ARG_TYPE)('options.signal', 'AbortSignal', signal));
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const timer = this.#add(() => {
        if (onAbort) signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, [], delay, false, immediate);
      if (signal) {
        onAbort = () => { this.clear(timer); reject(abortError(signal)); };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  #iterator(delay, value, options) {
    const signal = options?.signal;
    const self = this;
    let ticks = 0;
    const waiting = [];
    let timer = null;
    let done = false;
    let onAbort;
    function finish() {
      done = true;
      if (timer) self.clear(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
    return {
      [Symbol.asyncIterator]() { return this; },
      next() {
        // Intervals that already elapsed are delivered first, then an abort, then the end.
        if (ticks > 0) { ticks--; return Promise.resolve({ value, done: false }); }
        if (signal?.aborted) { finish(); return Promise.reject(abortError(signal)); }
        if (done) return Promise.resolve({ value: undefined, done: true });
        if (!timer) {
          timer = self.#add(() => {
            if (waiting.length > 0) waiting.shift().resolve({ value, done: false }); else ticks++;
          }, [], delay, true, false);
          if (signal) {
            onAbort = () => {
              for (const w of waiting.splice(0)) w.reject(abortError(signal));
              finish();
            };
            signal.addEventListener('abort', onAbort, { once: true });
          }
        }
        if (ticks > 0) { ticks--; return Promise.resolve({ value, done: false }); }
        return new Promise((resolve, reject) => { waiting.push({ resolve, reject }); });
      },
      return() { finish(); return Promise.resolve({ value: undefined, done: true }); },
    };
  }

  #mockDate() {
    const RealDate = this.#saved.find(([t, k]) => t === globalThis && k === 'Date')?.[2].value ?? globalThis.Date;
    const self = this;
    class MockDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(self.now);
        else super(...args);
      }
      static now() { return self.now; }
      static toString() { return 'function Date() { [native code] }'; }
    }
    Object.defineProperty(MockDate, 'isMock', { value: true, configurable: true });
    // Date() called without new gives the current (mocked) time as a string.
    return new Proxy(MockDate, {
      apply() { return new RealDate(self.now).toString(); },
    });
  }
}

module.exports = { MockTimers };
