'use strict';
// process.nextTick and queueMicrotask, and the drain that C runs after every callback:
// all ticks, then (in C, by dropping the VM lock) all promise jobs, repeated until both are empty.

const runtime = internalBinding('runtime');
const shared = runtime.shared;
const kHasTickScheduled = runtime.kHasTickScheduled;
const kHasRejectionToWarn = runtime.kHasRejectionToWarn;

// A growable ring of [callback, args] pairs: no shift() cost, no per-tick array copies.
let queue = new Array(2048);
let head = 0;
let tail = 0;
let mask = queue.length - 1;

function push(cb, args) {
  queue[tail] = cb;
  queue[tail + 1] = args;
  tail = (tail + 2) & mask;
  if (tail === head) grow();
}

function grow() {
  const old = queue;
  const n = old.length;
  const next = new Array(n * 2);
  let j = 0;
  for (let i = head; j < n; i = (i + 2) & mask, j += 2) {
    next[j] = old[i];
    next[j + 1] = old[i + 1];
  }
  queue = next;
  head = 0;
  tail = n;
  mask = next.length - 1;
}

// Context for AsyncLocalStorage / async_hooks travels with each tick (nothing is wrapped when unused).
const asyncHooks = require('internal/async_hooks');

let validateFunction;
function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  if (asyncHooks.isActive()) callback = asyncHooks.wrapOnce(callback, 'TickObject');
  push(callback, args.length === 0 ? undefined : args);
  shared[kHasTickScheduled] = 1;
}

// Called by C with no JS on the stack. Runs every queued tick; C then drains promise jobs and calls
// again while either queue has work, then has rejections processed (internal/process/promises).
// A throwing tick propagates to C (-> 'uncaughtException'); the rest of the queue stays for the next call.
function runTicks() {
  while (head !== tail) {
    const cb = queue[head];
    const args = queue[head + 1];
    queue[head] = undefined;
    queue[head + 1] = undefined;
    head = (head + 2) & mask;
    if (head === tail) shared[kHasTickScheduled] = 0;
    if (args === undefined) cb();
    else switch (args.length) {
      case 1: cb(args[0]); break;
      case 2: cb(args[0], args[1]); break;
      case 3: cb(args[0], args[1], args[2]); break;
      default: cb(...args);
    }
  }
  shared[kHasTickScheduled] = 0;
}

function hasTickScheduled() {
  return head !== tail;
}

// queueMicrotask: a promise job whose exception is an uncaught exception (not a rejection).
let fatalException = null;
function setFatalExceptionHandler(fn) {
  fatalException = fn;
}
function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
  if (asyncHooks.isActive()) callback = asyncHooks.wrapOnce(callback, 'Microtask');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      if (fatalException === null || !fatalException(err)) throw err;
    }
  });
}

module.exports = {
  nextTick, runTicks, hasTickScheduled, queueMicrotask,
  setFatalExceptionHandler,
};
