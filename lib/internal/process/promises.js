'use strict';
// Unhandled promise rejections. JSC reports a rejection still unhandled after the promise jobs
// drained; we queue it and process the queue after the nextTick queue, as node does.
// Modes (--unhandled-rejections): throw (default), strict, warn, none, warn-with-error-code.

const runtime = internalBinding('runtime');
const shared = runtime.shared;
const { runtimeOptions } = require('internal/bootstrap/realm');

const pending = [];
const mode = runtimeOptions.unhandledRejections ?? 'throw';

// JSC reports a rejection that is unhandled when its promise jobs run out, but node decides only after
// the nextTick queue has also drained: a tick that attaches a handler in between makes it handled.
// JSC has no "handler added later" hook in its C API, so we watch Promise.prototype.then (which catch
// and finally call) while any reported rejection waits. (A late `await` alone is not seen.)
// Promises already reported through 'unhandledRejection' get 'rejectionHandled' when a handler comes.
const stillUnhandled = new Set();
const reported = new WeakSet();
let reportedCount = 0;
const handledLate = [];
const nativeThen = Promise.prototype.then;
const asyncHooks = require('internal/async_hooks');
function then(onFulfilled, onRejected) {
  if (stillUnhandled.size !== 0) stillUnhandled.delete(this);
  if (reportedCount !== 0 && reported.delete(this)) {
    reportedCount--;
    handledLate.push(this);
    shared[runtime.kHasRejectionToWarn] = 1;
  }
  // AsyncLocalStorage / async_hooks context travels with the reaction (internal/async_hooks).
  if (asyncHooks.isActive()) {
    const wrapped = asyncHooks.wrapReaction(onFulfilled, onRejected, this);
    if (wrapped !== null) return nativeThen.call(this, wrapped[0], wrapped[1]);
  }
  return nativeThen.call(this, onFulfilled, onRejected);
}
Object.defineProperty(then, 'name', { value: 'then' });
Object.defineProperty(Promise.prototype, 'then', { value: then, writable: true, configurable: true, enumerable: false });

function onUnhandledRejection(promise, reason) {
  pending.push(promise, reason);
  stillUnhandled.add(promise);
  shared[runtime.kHasRejectionToWarn] = 1;
}

function unhandledRejectionError(reason) {
  let shown;
  try { shown = require('internal/util/inspect').inspect(reason); } catch { shown = String(reason); }
  const err = new Error('This error originated either by throwing inside of an async function without a catch ' +
    'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
    `"${shown}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

function processPromiseRejections() {
  const { fatalException } = require('internal/process/execution');
  while (handledLate.length > 0) process.emit('rejectionHandled', handledLate.shift());
  while (pending.length > 0) {
    const promise = pending.shift();
    const reason = pending.shift();
    if (!stillUnhandled.delete(promise)) continue; // a handler was attached meanwhile
    if (mode === 'none') continue;
    if (mode === 'strict') {
      const handled = fatalException(asError(reason), true);
      if (handled) process.emit('unhandledRejection', reason, promise);
      continue;
    }
    const handled = process.emit('unhandledRejection', reason, promise);
    reported.add(promise);
    reportedCount++;
    if (handled) continue;
    if (mode === 'warn' || mode === 'warn-with-error-code') {
      process.emitWarning(`Unhandled promise rejection: ${reason}`, 'UnhandledPromiseRejectionWarning');
      if (mode === 'warn-with-error-code') process.exitCode = 1;
      continue;
    }
    fatalException(asError(reason), true);
  }
}

function asError(reason) {
  if (reason !== null && typeof reason === 'object' && typeof reason.stack === 'string') return reason;
  return unhandledRejectionError(reason);
}

module.exports = { onUnhandledRejection, processPromiseRejections };
