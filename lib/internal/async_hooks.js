'use strict';
// Async context for node:async_hooks and AsyncLocalStorage, carried by nodec's own queues.
//
// There is no engine hook (JSC has no promise hooks or continuation data in its C API), so the context
// travels with what nodec queues itself: process.nextTick, timers, immediates, AsyncResource scopes and
// callbacks passed to Promise.prototype.then/catch/finally (internal/process/promises watches `then`).
// A native `await` does not go through `then`, so code after an `await` sees the context that was
// current when the promise jobs were drained (the enclosing queued callback's), not the awaiting one's.
//
// Cost when unused: capture() is one comparison and returns null; nothing is wrapped.

// The current AsyncLocalStorage frame: undefined (empty) or a Map(storage -> store), never mutated
// once published (run/enterWith make a copy).
let frame;
let executionId = 1;
let triggerId = 0;
let currentResource = null;
const topLevelResource = {};
let idCounter = 1;

// Enabled hooks (AsyncHook instances) and how many are enabled.
let hooks = [];
let hookCount = 0;

function newAsyncId() { return ++idCounter; }
function getFrame() { return frame; }
function setFrame(f) { frame = f; }
function executionAsyncId() { return executionId; }
function triggerAsyncId() { return triggerId; }
function executionAsyncResource() { return currentResource ?? topLevelResource; }
function hooksEnabled() { return hookCount !== 0; }

function emit(name, a, b, c, d) {
  // Hooks may enable or disable hooks while running: iterate over a snapshot.
  const list = hooks;
  for (let i = 0; i < list.length; i++) {
    const fn = list[i][name];
    if (typeof fn !== 'function') continue;
    // An exception in a hook propagates (it becomes an uncaught exception, fatal as in node).
    fn.call(list[i].hook, a, b, c, d);
  }
}
function emitInit(id, type, trigger, resource) { if (hookCount !== 0) emit('init', id, type, trigger, resource); }
function emitBefore(id) { if (hookCount !== 0) emit('before', id); }
function emitAfter(id) { if (hookCount !== 0) emit('after', id); }
function emitDestroy(id) { if (hookCount !== 0) emit('destroy', id); }
function emitPromiseResolve(id) { if (hookCount !== 0) emit('promiseResolve', id); }

// A context snapshot for something queued now and run later; null when there is nothing to carry.
class QueuedContext {
  constructor(type, resource) {
    this.frame = frame;
    this.asyncId = ++idCounter;
    this.triggerAsyncId = executionId;
    this.resource = resource;
    this.destroyed = false;
    if (hookCount !== 0) emit('init', this.asyncId, type, executionId, resource);
  }
}
function capture(type, resource) {
  if (suppress || (!tracking && frame === undefined && hookCount === 0)) return null;
  return new QueuedContext(type, resource);
}

// Runs fn with the context of ctx (a QueuedContext or AsyncResource-like {frame, asyncId,
// triggerAsyncId, resource}), restoring the previous one afterwards, even on a throw.
function callIn(ctx, fn, thisArg, args) {
  const prevFrame = frame;
  const prevExec = executionId;
  const prevTrigger = triggerId;
  const prevResource = currentResource;
  frame = ctx.frame;
  executionId = ctx.asyncId;
  triggerId = ctx.triggerAsyncId;
  currentResource = ctx.resource;
  if (hookCount !== 0) emit('before', ctx.asyncId);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    if (hookCount !== 0) emit('after', ctx.asyncId);
    frame = prevFrame;
    executionId = prevExec;
    triggerId = prevTrigger;
    currentResource = prevResource;
  }
}

// 'destroy' is reported asynchronously, as node does: ids are batched and emitted from an unref'd
// immediate that is itself not tracked.
let pendingDestroy = [];
let destroyScheduled = false;
let suppress = false;
function flushDestroy() {
  destroyScheduled = false;
  const ids = pendingDestroy;
  pendingDestroy = [];
  if (hookCount === 0) return;
  for (let i = 0; i < ids.length; i++) emit('destroy', ids[i]);
}
function destroyContext(ctx) {
  if (ctx === null || ctx === undefined || ctx.destroyed) return;
  ctx.destroyed = true;
  if (hookCount === 0) return;
  pendingDestroy.push(ctx.asyncId);
  if (destroyScheduled) return;
  destroyScheduled = true;
  suppress = true;
  try {
    setImmediate(flushDestroy).unref();
  } finally {
    suppress = false;
  }
}

// For a one-shot queue entry (nextTick, a promise reaction): the callback itself, or a wrapper that
// runs it in the context current now and then reports it destroyed.
// Once node:async_hooks is loaded, every queued callback gets its own async id (tracking), so
// executionAsyncId()/triggerAsyncId() are right; before that only ALS frames and hooks turn it on.
let tracking = false;
function enableTracking() { tracking = true; }
function isActive() { return !suppress && (tracking || frame !== undefined || hookCount !== 0); }
function wrapOnce(fn, type, resource) {
  if (typeof fn !== 'function' || !isActive()) return fn;
  const ctx = new QueuedContext(type, resource ?? { callback: fn });
  return function (...args) {
    try {
      return callIn(ctx, fn, this, args);
    } finally {
      destroyContext(ctx);
    }
  };
}

// record: { hook, init, before, after, destroy, promiseResolve } (callbacks read at createHook time).
// A promise reaction (then's two callbacks): one context for both. Only called when isActive().
function wrapReaction(onFulfilled, onRejected, promise) {
  const f = typeof onFulfilled === 'function';
  const r = typeof onRejected === 'function';
  if (!f && !r) return null;
  const ctx = new QueuedContext('PROMISE', promise);
  const wrap = (fn) => function (value) {
    try {
      return callIn(ctx, fn, this, [value]);
    } finally {
      destroyContext(ctx);
    }
  };
  return [f ? wrap(onFulfilled) : onFulfilled, r ? wrap(onRejected) : onRejected];
}

function enableHook(record) {
  if (hooks.includes(record)) return;
  hooks = hooks.concat([record]);
  hookCount = hooks.length;
}
function disableHook(record) {
  if (!hooks.includes(record)) return;
  hooks = hooks.filter((h) => h !== record);
  hookCount = hooks.length;
}

// Where resources keep their ids (a net.Socket: the async id of its handle) and the handle -> socket link.
const symbols = {
  async_id_symbol: Symbol('asyncId'),
  trigger_async_id_symbol: Symbol('triggerAsyncId'),
  owner_symbol: Symbol.for('nodec.owner_symbol'),
};

module.exports = {
  symbols,
  newAsyncId, getFrame, setFrame, executionAsyncId, triggerAsyncId, executionAsyncResource,
  hooksEnabled, emitInit, emitBefore, emitAfter, emitDestroy, emitPromiseResolve,
  capture, callIn, destroyContext, wrapOnce, isActive, enableTracking, wrapReaction, enableHook, disableHook,
};
