'use strict';
// Event, CustomEvent, EventTarget and NodeEventTarget as node ships them:
// DOM dispatch semantics on a single target (no tree, so no capture/bubble
// phases), listener errors reported as uncaught exceptions on the next tick.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_EVENT_RECURSION, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateString } = require('internal/validators');

const kEvents = Symbol('kEvents');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
// Internal hooks a subclass may define: called with (size, type, weak) after a listener of `type`
// was added / removed (size: listeners of that type now).
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kWeakHandler = Symbol('kWeak'); // option: hold the listener only as long as this object lives
const weakHolders = new WeakMap();
const kHandlers = Symbol('kHandlers');
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let eventsModule;
function lazyEvents() {
  eventsModule ??= require('events');
  return eventsModule;
}

// Event#timeStamp clock: performance.now() when the runtime has it.
let nowFn;
function now() {
  if (nowFn === undefined) {
    let perf;
    try {
      perf = globalThis.performance;
    } catch {
      // the global may be a lazy getter whose module is missing
    }
    const origin = Date.now();
    nowFn = perf && typeof perf.now === 'function' ? () => perf.now() : () => Date.now() - origin;
  }
  return nowFn();
}

function reportError(err) {
  // Same path as an uncaught exception thrown by a callback.
  process.nextTick(() => { throw err; });
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;
  #trusted;
  #inPassiveListener = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null && !isObjectLike(options)) { // null is an empty init dict
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#type = `${type}`;
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
    this.#trusted = options?.[kTrustEvent] === true;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kStop] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() { return this[kTarget]; }
  get currentTarget() { return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { return this[kTarget]; }
  get type() { return this.#type; }
  get cancelable() { return this.#cancelable; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timestamp; }
  composedPath() { return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  get returnValue() { return !this.defaultPrevented; }
  set returnValue(value) { if (!value) this.preventDefault(); }
  get bubbles() { return this.#bubbles; }
  get composed() { return this.#composed; }
  get eventPhase() { return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { return this.#propagationStopped; }
  set cancelBubble(value) { if (value) this.stopPropagation(); }
  stopPropagation() { this.#propagationStopped = true; }
  get isTrusted() { return this.#trusted; }

  static setPassive(event, passive) { event.#inPassiveListener = passive; }
  static isEvent(value) { return value !== null && typeof value === 'object' && #type in value; }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const fields = {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    };
    const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
    return `${name} ${fmt(fields, { ...options, depth: options?.depth == null ? null : options.depth - 1 })}`;
  }
}
const setPassive = Event.setPassive;
delete Event.setPassive;
const isEvent = Event.isEvent;
delete Event.isEvent;

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  const desc = { __proto__: null, value, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(Event, name, desc); // static only, as node
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
});

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() { return this.#detail; }
  static isCustomEvent(value) { return value !== null && typeof value === 'object' && #detail in value; }
}
const isCustomEvent = CustomEvent.isCustomEvent;
delete CustomEvent.isCustomEvent;
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

function hiddenProperty(target, key, value) {
  Object.defineProperty(target, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

function initEventTarget(self) {
  const events = lazyEvents();
  hiddenProperty(self, kEvents, new Map());
  hiddenProperty(self, events.kMaxEventTargetListeners, events.defaultMaxListeners);
  hiddenProperty(self, events.kMaxEventTargetListenersWarned, false);
}

function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && obj[kEvents] instanceof Map;
}

function parseListenerOptions(options) {
  if (typeof options === 'boolean') {
    return { once: false, capture: options, passive: false, signal: undefined, nodeStyle: false, resist: false };
  }
  if (options == null) {
    return { once: false, capture: false, passive: false, signal: undefined, nodeStyle: false, resist: false };
  }
  if (!isObjectLike(options)) throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal,
    nodeStyle: Boolean(options[kIsNodeStyleListener]),
    resist: Boolean(options[kResistStopPropagation]),
  };
}

// false for null/undefined (a no-op with a warning), throws for non-objects.
function validateListener(listener, target, type) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object')) return true;
  if (listener == null) {
    const w = new Error(`addEventListener called with ${listener} which has no effect.`);
    w.name = 'AddEventListenerArgumentTypeWarning';
    w.target = target;
    w.type = type;
    process.emitWarning(w);
    return false;
  }
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function checkThis(self) {
  if (!isEventTarget(self)) throw new ERR_INVALID_THIS('EventTarget');
}

// The listeners of one type, copied on write. `size` as node's listener lists have (tests read it).
class ListenerList extends Array {
  get size() { return this.length; }
}

function removeRecord(target, type, record) {
  const map = target[kEvents];
  const list = map.get(type);
  if (list === undefined) return;
  const index = list.indexOf(record);
  if (index === -1) return;
  record.removed = true;
  if (record.abortCleanup !== undefined) record.abortCleanup();
  if (list.length === 1) {
    map.delete(type);
  } else {
    // Copy-on-write: a dispatch in progress keeps iterating its snapshot.
    const copy = list.slice();
    copy.splice(index, 1);
    map.set(type, copy);
  }
  const hook = target[kRemoveListener];
  if (hook !== undefined) hook.call(target, list.length - 1, type, record.weak === true);
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') then.call(promise, undefined, reportError);
}

// Built outside addEventListener so the getter's closure holds only the WeakRef,
// not the listener itself.
function weakGetter(ref) {
  return () => ref.deref();
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const opts = parseListenerOptions(options);
    type = `${type}`;
    if (!validateListener(listener, this, type)) return;
    if (opts.signal?.aborted) return;
    const map = this[kEvents];
    let list = map.get(type);
    if (list !== undefined) {
      // Weak listeners that were collected are gone: they no longer count (nor warn).
      for (const r of list) {
        if (r.weak && r.listener === undefined) removeRecord(this, type, r);
      }
      list = map.get(type);
    }
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        if (list[i].listener === listener && list[i].capture === opts.capture) return;
      }
    }
    const record = {
      listener,
      capture: opts.capture,
      once: opts.once,
      passive: opts.passive,
      nodeStyle: opts.nodeStyle,
      resist: opts.resist,
      removed: false,
      abortCleanup: undefined,
    };
    const weakHandler = options?.[kWeakHandler];
    if (weakHandler !== undefined && weakHandler !== null && typeof weakHandler === 'object') {
      // Held weakly: the listener lives as long as the weak handler object does.
      Object.defineProperty(record, 'listener', { get: weakGetter(new WeakRef(listener)) });
      record.weak = true;
      let held = weakHolders.get(weakHandler);
      if (held === undefined) weakHolders.set(weakHandler, held = []);
      held.push(listener);
    }
    let next;
    if (list === undefined) {
      next = new ListenerList();
      next.push(record);
    } else {
      next = list.slice(); // a ListenerList (species)
      next.push(record);
    }
    map.set(type, next);
    if (opts.signal !== undefined) {
      const signal = opts.signal;
      const onAbort = () => removeRecord(this, type, record);
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
      record.abortCleanup = () => signal.removeEventListener('abort', onAbort);
    }
    this.#checkMaxListeners(type, next.length);
    const hook = this[kNewListener];
    if (hook !== undefined) hook.call(this, next.length, type, record.weak === true);
  }

  #checkMaxListeners(type, size) {
    const events = lazyEvents();
    const max = this[events.kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[events.kMaxEventTargetListenersWarned]) {
      this[events.kMaxEventTargetListenersWarned] = true;
      const w = new Error(
        `Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
        `${require('internal/util/inspect').inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    type = `${type}`;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      if (list[i].listener === listener && list[i].capture === capture) {
        removeRecord(this, type, list[i]);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Calls the listeners of `type`: node-style listeners get `nodeValue`, DOM ones an Event.
  [kHybridDispatch](nodeValue, type, event) {
    const list = this[kEvents].get(type);
    let created = false;
    const getEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        created = true;
      }
      if (!event[kIsBeingDispatched]) {
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) getEvent();
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const record = list[i];
        if (record.removed) continue;
        if (event !== undefined && event[kStop] && !record.resist) continue;
        const listener = record.listener;
        if (listener === undefined) { // a weak listener that was collected
          removeRecord(this, type, record);
          continue;
        }
        if (record.once) removeRecord(this, type, record);
        const arg = record.nodeStyle ? nodeValue : getEvent();
        let callback = listener;
        let thisArg = this;
        if (typeof listener !== 'function') {
          callback = listener.handleEvent;
          thisArg = listener;
          if (typeof callback !== 'function') continue;
        }
        if (record.passive && arg instanceof Event) setPassive(arg, true);
        try {
          const result = callback.call(thisArg, arg);
          if (result !== undefined && result !== null) addCatch(result);
        } catch (err) {
          reportError(err);
        }
        if (record.passive && arg instanceof Event) setPassive(arg, false);
      }
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
    return created;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth) {
    const name = this.constructor.name;
    return depth < 0 ? name : `${name} {}`;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// EventTarget with an EventEmitter-flavoured API (used by MessagePort & co).
class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    lazyEvents().setMaxListeners(n, this);
  }

  getMaxListeners() {
    return this[lazyEvents().kMaxEventTargetListeners];
  }

  eventNames() {
    return [...this[kEvents].keys()];
  }

  listenerCount(type) {
    return this[kEvents].get(`${type}`)?.length ?? 0;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    const map = this[kEvents];
    if (type === undefined) {
      for (const list of map.values()) for (const r of list) removeRecordQuiet(r);
      map.clear();
    } else {
      const list = map.get(`${type}`);
      if (list !== undefined) for (const r of list) removeRecordQuiet(r);
      map.delete(`${type}`);
    }
    return this;
  }
}

function removeRecordQuiet(record) {
  record.removed = true;
  if (record.abortCleanup !== undefined) record.abortCleanup();
}

// The listeners as added (functions or handleEvent objects), for events.getEventListeners.
function getListeners(target, type) {
  const list = target[kEvents].get(`${type}`);
  const out = [];
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) if (list[i].listener !== undefined) out.push(list[i].listener);
  }
  return out;
}

// Defines an `on<name>` attribute (e.g. AbortSignal#onabort) on `emitter`.
function defineEventHandler(emitter, name, event = name) {
  Object.defineProperty(emitter, `on${name}`, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandlers]?.get(event)?.handler ?? null;
    },
    set(value) {
      if (this[kHandlers] === undefined) hiddenProperty(this, kHandlers, new Map());
      const handlers = this[kHandlers];
      const current = handlers.get(event);
      const isHandler = typeof value === 'function' || (value !== null && typeof value === 'object');
      // Replacing a handler keeps its place in the listener order.
      if (current !== undefined && isHandler) {
        current.handler = value;
        return;
      }
      if (current !== undefined) {
        this.removeEventListener(event, current.wrapper);
        handlers.delete(event);
      }
      if (isHandler) {
        const entry = {
          handler: value,
          wrapper(...args) {
            if (typeof entry.handler === 'function') return entry.handler.apply(this, args);
          },
        };
        handlers.set(event, entry);
        this.addEventListener(event, entry.wrapper);
      }
    },
  });
}

// node rejects foreign receivers with ERR_INVALID_THIS; wrap each own method and
// accessor of `proto` so a wrong `this` fails the same way.
function addBrandChecks(proto, isBrand, typeName) {
  const guard = (fn) => {
    const wrapped = function(...args) {
      if (!isBrand(this)) throw new ERR_INVALID_THIS(typeName);
      return Reflect.apply(fn, this, args);
    };
    Object.defineProperty(wrapped, 'name', { value: fn.name, configurable: true });
    Object.defineProperty(wrapped, 'length', { value: fn.length, configurable: true });
    return wrapped;
  };
  for (const key of Reflect.ownKeys(proto)) {
    if (key === 'constructor' || key === kInspect) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (typeof desc.get === 'function') desc.get = guard(desc.get);
    if (typeof desc.set === 'function') desc.set = guard(desc.set);
    if (typeof desc.value === 'function') desc.value = guard(desc.value);
    if (desc.get || desc.set || typeof desc.value === 'function') Object.defineProperty(proto, key, desc);
  }
}
// WebIDL members are enumerable in node (Object.keys(Event.prototype) lists them).
function makeEnumerable(proto, keys) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc !== undefined) { desc.enumerable = true; Object.defineProperty(proto, key, desc); }
  }
}
makeEnumerable(Event.prototype, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted']);
makeEnumerable(CustomEvent.prototype, ['detail']);
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
addBrandChecks(Event.prototype, isEvent, 'Event');
addBrandChecks(CustomEvent.prototype, isCustomEvent, 'CustomEvent');
addBrandChecks(NodeEventTarget.prototype, (v) => isEventTarget(v), 'NodeEventTarget');

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  initEventTarget,
  isEventTarget,
  getListeners,
  defineEventHandler,
  kEvents,
  kTrustEvent,
  kResistStopPropagation,
  kIsNodeStyleListener,
  kWeakHandler,
  kNewListener,
  kRemoveListener,
  kCreateEvent,
  kHybridDispatch,
};
