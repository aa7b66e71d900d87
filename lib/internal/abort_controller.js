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
} = require('internal/event_target');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const { DOMException } = require('internal/dom_exception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependants = Symbol('kDependants');
const kComposite = Symbol('kComposite');
const kCreateToken = Symbol('kCreateToken');

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
    hidden(this, kDependants, undefined);
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
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A pending timeout signal must not keep the process alive.
    if (typeof timer?.unref === 'function') timer.unref();
    return signal;
  }

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
    for (const signal of signals) {
      if (signal[kDependants] === undefined) signal[kDependants] = new Set();
      signal[kDependants].add(result);
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
  const dependants = signal[kDependants];
  if (dependants !== undefined) {
    signal[kDependants] = undefined;
    for (const dependant of dependants) abortSignal(dependant, reason);
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
};
