'use strict';
// AbortController / AbortSignal (and a fallback DOMException when the engine has none).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const { DOMException } = require('internal/dom_exception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependantSignals = Symbol('kDependantSignals');
const kSourceSignals = Symbol('kSourceSignals');
const kTimeoutSources = Symbol('kTimeoutSources');
const kComposite = Symbol('kComposite');
const kCreateToken = Symbol('kCreateToken');
const kTimeout = Symbol('kTimeout');

function defaultAbortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function checkSignal(self) {
  if (self == null || self[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(token = undefined) {
    if (token !== kCreateToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Signals get many internal listeners: node never warns for them (limit 0).
    hidden(this, require('events').kMaxEventTargetListeners, 0);
    hidden(this, kAborted, false);
    hidden(this, kReason, undefined);
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = defaultAbortReason()) {
    const signal = new AbortSignal(kCreateToken);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreateToken);
    hidden(signal, kTimeout, true);
    const timer = weakTimeout(new WeakRef(signal), delay);
    clearTimeoutRegistry.register(signal, timer);
    return signal;
  }

  // A timeout signal, or a composite one that can still abort, is held (not collectable) while it
  // has 'abort' listeners that are not weak: they must still be called.
  [kNewListener](size, type, weak) {
    if (type !== 'abort' || this[kAborted] || weak) return;
    if (this[kTimeout] || (this[kComposite] && this[kSourceSignals] !== undefined && this[kSourceSignals].size > 0)) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type) {
    if (type === 'abort' && size === 0) gcPersistentSignals.delete(this);
  }

  // A composite signal aborts with the first of its sources. Sources are the non-composite signals
  // (a composite given as input contributes its own sources). Links are weak both ways: a source keeps
  // (in kDependantSignals) WeakRefs to its composites, a composite (in kSourceSignals) WeakRefs to
  // its sources; entries go once their signal is collected.
  static any(signals) {
    validateSignalArray(signals, 'signals');
    const result = new AbortSignal(kCreateToken);
    hidden(result, kComposite, true);
    for (const signal of signals) {
      if (signal[kAborted]) {
        result[kAborted] = true;
        result[kReason] = signal[kReason];
        return result;
      }
    }
    const sources = new Set();
    hidden(result, kSourceSignals, sources);
    const resultRef = new WeakRef(result);
    for (const signal of signals) {
      if (!signal[kComposite]) {
        linkSource(result, resultRef, signal, new WeakRef(signal));
      } else if (signal[kSourceSignals] !== undefined) {
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (source !== undefined) linkSource(result, resultRef, source, sourceRef);
        }
      }
    }
    return result;
  }

  [kInspect](depth, options, inspect) {
    // node's signals carry enumerable internal keys, so past the depth limit
    // they print as `[AbortSignal]` rather than `AbortSignal {}`.
    if (depth < 0) return options && typeof options.stylize === 'function' ? options.stylize('[AbortSignal]', 'special') : '[AbortSignal]';
    return inspectWith(this, 'AbortSignal', { aborted: this[kAborted] }, depth, options, inspect);
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

// node's layout: past the depth limit the object itself is returned (inspect then
// prints `[AbortSignal]`); otherwise the shown fields use one level less depth.
function inspectWith(self, name, fields, depth, options, inspect) {
  if (depth < 0) return self;
  const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
  return `${name} ${fmt(fields, opts)}`;
}

// The timer of AbortSignal.timeout() holds its signal weakly, so an unobserved signal can be
// collected (and then its timer is cleared). Unref'd: a pending timeout must not keep the process alive.
function weakTimeout(ref, delay) {
  const timer = setTimeout(() => {
    const signal = ref.deref();
    if (signal === undefined) return;
    gcPersistentSignals.delete(signal);
    abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, delay);
  if (typeof timer?.unref === 'function') timer.unref();
  return timer;
}
const gcPersistentSignals = new Set();

// A composite was collected: its sources forget it.
const dependantCleanup = new FinalizationRegistry(({ sourceRef, compositeRef }) => {
  const source = sourceRef.deref();
  if (source !== undefined) source[kDependantSignals]?.delete(compositeRef);
});
// A source was collected: its composites forget it; one left with no source can never abort.
const sourceCleanup = new FinalizationRegistry(({ sourceRef, compositeRef }) => {
  const composite = compositeRef.deref();
  if (composite === undefined) return;
  composite[kSourceSignals].delete(sourceRef);
  if (composite[kSourceSignals].size === 0) gcPersistentSignals.delete(composite);
});

function linkSource(composite, compositeRef, source, sourceRef) {
  if (composite[kSourceSignals].has(sourceRef)) return;
  composite[kSourceSignals].add(sourceRef);
  if (source[kDependantSignals] === undefined) hidden(source, kDependantSignals, new Set());
  source[kDependantSignals].add(compositeRef);
  const held = { sourceRef, compositeRef };
  dependantCleanup.register(composite, held);
  sourceCleanup.register(source, held);
  // Nothing else holds a timeout signal: an observable composite keeps it, so that it still fires.
  if (source[kTimeout]) {
    if (composite[kTimeoutSources] === undefined) hidden(composite, kTimeoutSources, []);
    composite[kTimeoutSources].push(source);
  }
}
const clearTimeoutRegistry = new FinalizationRegistry((timer) => clearTimeout(timer));

function hidden(target, key, value) {
  Object.defineProperty(target, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

function validateSignalArray(value, name) {
  if (value == null || typeof value[Symbol.iterator] !== 'function' || typeof value === 'string') {
    const err = new TypeError(`${name} cannot be converted to sequence.`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let i = 0;
  for (const signal of value) {
    if (signal == null || signal[kAborted] === undefined) {
      const err = new TypeError(`${name}[${i}] is not of type AbortSignal.`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    i++;
  }
}

// Marks the signal aborted, fires 'abort' (trusted), then aborts signals made by any().
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  gcPersistentSignals.delete(signal);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of [...dependants]) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kCreateToken);
  }

  get signal() {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    return this.#signal;
  }

  abort(reason = defaultAbortReason()) {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return inspectWith(this, 'AbortController', { signal: this.#signal }, depth, options, inspect);
  }
}
// Enumerable as in node (WebIDL attributes/operations).
for (const [proto, keys] of [[AbortSignal.prototype, ['aborted']], [AbortController.prototype, ['signal', 'abort']]]) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc !== undefined) { desc.enumerable = true; Object.defineProperty(proto, key, desc); }
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// ---- transferable signals (util.transferableAbortSignal): one posted through a MessagePort arrives
// as a new signal that aborts, with the same reason, a turn after the original does.
const kTransferable = Symbol('kTransferable');

function markTransferable(signal) {
  hidden(signal, kTransferable, true);
  return signal;
}

function isTransferableAbortSignal(value) {
  return isAbortSignal(value) && value[kTransferable] === true;
}

function cloneAbortSignal(signal) {
  const { structuredClone } = require('internal/structured_clone');
  const clone = new AbortSignal(kCreateToken);
  if (signal[kAborted]) {
    clone[kAborted] = true;
    clone[kReason] = structuredClone(signal[kReason]);
    return clone;
  }
  // The original holds its clone until it aborts, as node's channel between the two does.
  signal.addEventListener('abort', () => {
    const reason = structuredClone(signal[kReason]);
    // Delivered as a message would be: on a later turn of the loop.
    setImmediate(() => abortSignal(clone, reason));
  }, { __proto__: null, once: true });
  return clone;
}

function isAbortSignal(value) {
  return value != null && typeof value === 'object' && value[kAborted] !== undefined;
}

// For internals that need a fresh signal without a controller.
function newAbortSignal() {
  return new AbortSignal(kCreateToken);
}

module.exports = {
  AbortController,
  AbortSignal,
  DOMException,
  isAbortSignal,
  abortSignal,
  newAbortSignal,
  markTransferable,
  isTransferableAbortSignal,
  cloneAbortSignal,
};
