'use strict';
// node:timers/promises — promise and async-iterator forms of the timers, with AbortSignal support.

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const { validateObject, validateBoolean, validateAbortSignal, validateNumber } = require('internal/validators');

function lazyErrors() { return require('internal/errors'); }

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal?.reason });
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    const { signal, ref } = checkOptions(options);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const timeout = new Timeout(resolve, after, [value], false, ref);
      insert(timeout, timeout._idleTimeout);
      if (signal) {
        const onAbort = () => {
          clearTimeout(timeout);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        timeout._onTimeout = (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        };
      }
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

function setImmediate(value, options = {}) {
  try {
    const { signal, ref } = checkOptions(options);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const immediate = new Immediate(() => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, undefined);
      if (!ref) immediate.unref();
      if (signal) {
        onAbort = () => {
          clearImmediate(immediate);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = new Timeout(() => {
    pending++;
    if (wake !== null) { const w = wake; wake = null; w(); }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout);
  let onAbort;
  let aborted = false;
  if (signal) {
    onAbort = () => {
      aborted = true;
      clearTimeout(interval);
      if (wake !== null) { const w = wake; wake = null; w(); }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      // Ticks that already fired are still delivered after an abort, as in node.
      while (pending > 0) {
        pending--;
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');
class Scheduler {
  constructor(key) {
    if (key !== kScheduler) {
      const { ERR_ILLEGAL_CONSTRUCTOR } = lazyErrors().codes;
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
  }
  wait(delay, options) { return setTimeout(delay, undefined, options); }
  yield() { return setImmediate(); }
}
const scheduler = new Scheduler(kScheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
