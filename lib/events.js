'use strict';
// node:events — EventEmitter and the static helpers.
// Storage: `_events[type]` is the listener function itself when there is one,
// an array when there are several. Arrays are copy-on-write (add/remove build a
// new array), so emit can iterate the stored array without cloning it.

// Errors and validators load on first use: every program loads events at start-up (process is an
// EventEmitter) and almost none of them ever needs these.
const lazyError = (name) => function (...args) {
  return new (require('internal/errors').codes[name])(...args);
};
// Object.create(null), not a `{ __proto__: null }` literal: JSC sets the literal's prototype on a
// slow path (87 ns vs 23 ns measured), and every emitter makes one.
const ObjectCreate = Object.create;
const ERR_INVALID_ARG_TYPE = lazyError('ERR_INVALID_ARG_TYPE');
const ERR_UNHANDLED_ERROR = lazyError('ERR_UNHANDLED_ERROR');
const ERR_OUT_OF_RANGE = lazyError('ERR_OUT_OF_RANGE');
function AbortError(...args) { return new (require('internal/errors').AbortError)(...args); }
const lazyValidator = (name) => (...args) => require('internal/validators')[name](...args);
const validateBoolean = lazyValidator('validateBoolean');
const validateNumber = lazyValidator('validateNumber');
const validateObject = lazyValidator('validateObject');
const validateAbortSignal = lazyValidator('validateAbortSignal');
const validateInteger = lazyValidator('validateInteger');
function validateFunction(value, name) {
  if (typeof value !== 'function') require('internal/validators').validateFunction(value, name);
}

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) {
    try {
      inspectFn = require('internal/util/inspect').inspect;
    } catch {
      inspectFn = null;
    }
  }
  if (inspectFn) return inspectFn(value, options);
  if (typeof value === 'string') return `'${value}'`;
  if (value !== null && typeof value === 'object') return `[${value.constructor?.name || 'Object'}]`;
  return String(value);
}

let eventTargetModule;
function lazyEventTarget() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && lazyEventTarget().isEventTarget(obj);
}

function EventEmitter(opts) {
  init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Assigned even when false so every emitter has the same shape.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function getMaxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// A listener's returned promise rejecting becomes an 'error' event (or a call
// of emitter[Symbol.for('nodejs.rejection')]) when captureRejections is on.
function addCatch(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Avoid looping if an 'error' listener itself rejects.
  const prev = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = prev;
  }
}

function throwUnhandledError(emitter, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) throw er; // Unhandled 'error' event
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  throw err;
}

function restArgs(args, from) {
  const out = new Array(args.length - from);
  for (let i = from; i < args.length; i++) out[i - from] = args[i];
  return out;
}

// Hot path: no closures, no argument array for up to three arguments.
EventEmitter.prototype.emit = function emit(type, a1, a2, a3) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...restArgs(arguments, 1));
    }
    if (events === undefined || events.error === undefined) {
      throwUnhandledError(this, restArgs(arguments, 1));
    }
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  const argc = arguments.length;
  const capture = this[kCapture];
  if (typeof handler === 'function') {
    let result;
    switch (argc) {
      case 1: result = handler.call(this); break;
      case 2: result = handler.call(this, a1); break;
      case 3: result = handler.call(this, a1, a2); break;
      case 4: result = handler.call(this, a1, a2, a3); break;
      default: result = handler.apply(this, restArgs(arguments, 1));
    }
    if (capture && result !== undefined && result !== null) {
      addCatch(this, result, type, restArgs(arguments, 1));
    }
    return true;
  }
  const len = handler.length;
  const rest = argc > 4 ? restArgs(arguments, 1) : undefined;
  for (let i = 0; i < len; i++) {
    const fn = handler[i];
    let result;
    switch (argc) {
      case 1: result = fn.call(this); break;
      case 2: result = fn.call(this, a1); break;
      case 3: result = fn.call(this, a1, a2); break;
      case 4: result = fn.call(this, a1, a2, a3); break;
      default: result = fn.apply(this, rest);
    }
    if (capture && result !== undefined && result !== null) {
      addCatch(this, result, type, restArgs(arguments, 1));
    }
  }
  return true;
};

function warnMaxListeners(target, type, count, max) {
  const name = typeof type === 'symbol' ? type.toString() : type;
  const w = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${name} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    events = target._events; // a 'newListener' listener may have replaced it
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = prepend ? [listener, existing] : [existing, listener];
  } else {
    const n = existing.length;
    list = new Array(n + 1);
    if (prepend) {
      list[0] = listener;
      for (let i = 0; i < n; i++) list[i + 1] = existing[i];
    } else {
      for (let i = 0; i < n; i++) list[i] = existing[i];
      list[n] = listener;
    }
    if (existing.warned) list.warned = true;
  }
  events[type] = list;
  const max = getMaxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnMaxListeners(target, type, list.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

function deleteEvent(emitter, events, type) {
  if (--emitter._eventsCount === 0 && !emitter[kShapeMode]) {
    emitter._events = ObjectCreate(null);
  } else if (emitter[kShapeMode]) {
    events[type] = undefined;
  } else {
    delete events[type];
  }
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    deleteEvent(this, events, type);
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  if (list.length === 2) {
    events[type] = list[1 - position];
  } else {
    const copy = new Array(list.length - 1);
    for (let i = 0, j = 0; i < list.length; i++) if (i !== position) copy[j++] = list[i];
    if (list.warned) copy.warned = true;
    events[type] = copy;
  }
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      deleteEvent(this, events, type);
    }
    this[kShapeMode] = false;
    return this;
  }
  // 'removeListener' listeners must see every removal, itself last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = unwrap ? list[i].listener || list[i] : list[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    if (listener == null) return 1;
    return list === listener || list.listener === listener ? 1 : 0;
  }
  if (listener == null) return list.length;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) n++;
  }
  return n;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  // Pre-shaped keys (streams create `_events` with undefined slots) are not events.
  return Reflect.ownKeys(this._events).filter((k) => this._events[k] !== undefined);
};

// --- static helpers -------------------------------------------------------

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  if (isEventTarget(emitter)) return lazyEventTarget().getListeners(emitter, type).length;
  return listenerCount.call(emitter, type);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return lazyEventTarget().getListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removed = false;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
  }
  return {
    __proto__: null,
    [kDispose]() {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    },
  };
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Listens on an EventEmitter (on/removeListener) or an EventTarget (addEventListener).
function listen(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
}

async function once(emitter, name, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  return new Promise((resolve, reject) => {
    const isEE = typeof emitter.on === 'function';
    const errorListener = (err) => {
      unlisten(emitter, name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (isEE && name !== 'error') emitter.removeListener('error', errorListener);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    const abortListener = () => {
      unlisten(emitter, name, resolver);
      if (isEE && name !== 'error') emitter.removeListener('error', errorListener);
      reject(abortErrorFor(signal));
    };
    listen(emitter, name, resolver, { __proto__: null, once: true });
    if (isEE && name !== 'error') emitter.once('error', errorListener);
    if (signal !== undefined) {
      signal.addEventListener('abort', abortListener,
        { __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true });
    }
  });
}

// Async iterator over `event`; buffers events, 'error' rejects/throws, `close`
// events end the iteration, high/low watermarks pause/resume the emitter.
function on(emitter, event, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  const highWaterMark = options.highWaterMark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);
  const closeEvents = options.close;

  const unconsumed = [];
  const pending = [];
  let error = null;
  let finished = false;
  let paused = false;
  const canPause = typeof emitter.pause === 'function' && typeof emitter.resume === 'function';

  const eventHandler = (...args) => {
    if (pending.length > 0) {
      pending.shift().resolve({ value: args, done: false });
      return;
    }
    unconsumed.push(args);
    if (canPause && !paused && unconsumed.length >= highWaterMark) {
      paused = true;
      emitter.pause();
    }
  };
  const errorHandler = (err) => {
    if (pending.length > 0) pending.shift().reject(err);
    else error = err;
    closeIterator();
  };
  const closeHandler = () => closeIterator();
  const abortListener = () => errorHandler(abortErrorFor(signal));

  const isEE = typeof emitter.on === 'function';
  listen(emitter, event, eventHandler);
  if (event !== 'error' && isEE) emitter.on('error', errorHandler);
  if (Array.isArray(closeEvents)) {
    for (const name of closeEvents) listen(emitter, name, closeHandler);
  }
  if (signal !== undefined) {
    signal.addEventListener('abort', abortListener,
      { __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true });
  }

  function removeAll() {
    unlisten(emitter, event, eventHandler);
    if (event !== 'error' && isEE) emitter.removeListener('error', errorHandler);
    if (Array.isArray(closeEvents)) {
      for (const name of closeEvents) unlisten(emitter, name, closeHandler);
    }
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
  }

  function closeIterator() {
    removeAll();
    finished = true;
    const done = { value: undefined, done: true };
    while (pending.length > 0) pending.shift().resolve(done);
    return Promise.resolve(done);
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumed.length > 0) {
        const value = unconsumed.shift();
        if (canPause && paused && unconsumed.length < lowWaterMark) {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeIterator();
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    return() {
      return closeIterator();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return unconsumed.length; },
      get low() { return lowWaterMark; },
      get high() { return highWaterMark; },
      get isPaused() { return paused; },
    },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

// --- EventEmitterAsyncResource (an AsyncResource per emitter; emit runs in its async scope)

let EventEmitterReferencingAsyncResource;
function makeReferencingAsyncResource() {
  const { AsyncResource } = require('async_hooks');
  EventEmitterReferencingAsyncResource = class EventEmitterReferencingAsyncResource extends AsyncResource {
    #emitter;
    constructor(emitter, type, options) {
      super(type, options);
      this.#emitter = emitter;
    }
    get eventEmitter() { return this.#emitter; }
  };
  return EventEmitterReferencingAsyncResource;
}

function privateMemberError(getter) {
  const err = new TypeError('Cannot read private member from an object whose class did not declare it');
  Error.captureStackTrace(err, privateMemberError);
  // JSC names a getter's frame by its bare name; V8 says `get name`.
  if (getter !== undefined) err.stack = err.stack.replace(`at ${getter} (`, `at get ${getter} (`);
  return err;
}

let EventEmitterAsyncResource;
function makeEventEmitterAsyncResource() {
  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    #resource;
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        name = options?.name || new.target.name;
      }
      super(options);
      const Resource = EventEmitterReferencingAsyncResource ?? makeReferencingAsyncResource();
      this.#resource = new Resource(this, name, options);
    }
    // A wrong receiver fails as V8's private read does (JSC's own message differs).
    emit(event, ...args) {
      if (!(#resource in this)) throw privateMemberError();
      return this.#resource.runInAsyncScope(super.emit, this, event, ...args);
    }
    emitDestroy() {
      if (!(#resource in this)) throw privateMemberError();
      this.#resource.emitDestroy();
    }
    get asyncId() {
      if (!(#resource in this)) throw privateMemberError('asyncId');
      return this.#resource.asyncId();
    }
    get triggerAsyncId() {
      if (!(#resource in this)) throw privateMemberError('triggerAsyncId');
      return this.#resource.triggerAsyncId();
    }
    get asyncResource() {
      if (!(#resource in this)) throw privateMemberError('asyncResource');
      return this.#resource;
    }
  };
  return EventEmitterAsyncResource;
}

// --- module shape (key order as node) ------------------------------------

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = staticListenerCount;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperties(EventEmitter, {
  captureRejections: {
    __proto__: null,
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  },
  EventEmitterAsyncResource: {
    __proto__: null,
    get() { return EventEmitterAsyncResource ?? makeEventEmitterAsyncResource(); },
    enumerable: true,
    configurable: true,
  },
  errorMonitor: { __proto__: null, value: kErrorMonitor, writable: false, configurable: true, enumerable: true },
  defaultMaxListeners: {
    __proto__: null,
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        if (typeof n !== 'number') throw new ERR_INVALID_ARG_TYPE('defaultMaxListeners', 'number', n);
        throw new ERR_OUT_OF_RANGE('defaultMaxListeners', '>= 0', n);
      }
      defaultMaxListeners = n;
    },
  },
  kMaxEventTargetListeners: { __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
