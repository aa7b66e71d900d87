'use strict';
// node:async_hooks over nodec's own queues (see internal/async_hooks for what carries the context).
// Hooks fire for what nodec queues in JS: TickObject (process.nextTick), Timeout, Immediate,
// PROMISE reactions registered through then/catch/finally, and AsyncResource (and its subclasses,
// EventEmitterAsyncResource). Handles and requests made in C (sockets, fs requests) are not reported.

const internal = require('internal/async_hooks');
const {
  ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID,
} = require('internal/errors').codes;
const { validateFunction, validateString, validateObject } = require('internal/validators');

internal.enableTracking();

const kRecord = Symbol('kRecord');
const kContext = Symbol('kContext');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[kRecord] = { hook: this, init, before, after, destroy, promiseResolve };
  }
  enable() {
    internal.enableHook(this[kRecord]);
    return this;
  }
  disable() {
    internal.disableHook(this[kRecord]);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// Resources that are garbage collected without emitDestroy() report 'destroy' (node does the same).
let registry = null;
function destroyRegistry() {
  registry ??= new FinalizationRegistry((ctx) => internal.destroyContext(ctx));
  return registry;
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? internal.executionAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    const ctx = {
      frame: internal.getFrame(),
      asyncId: internal.newAsyncId(),
      triggerAsyncId,
      resource: this,
      destroyed: false,
    };
    this[kContext] = ctx;
    internal.emitInit(ctx.asyncId, type, triggerAsyncId, this);
    if (!requireManualDestroy && internal.hooksEnabled()) {
      // The registry must not keep the resource alive: register a copy without it.
      const held = { frame: undefined, asyncId: ctx.asyncId, triggerAsyncId, resource: null, destroyed: false };
      ctx.held = held;
      destroyRegistry().register(this, held, held);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return internal.callIn(this[kContext], fn, thisArg, args);
  }

  emitDestroy() {
    const ctx = this[kContext];
    if (ctx.held !== undefined) {
      registry.unregister(ctx.held);
      ctx.held = undefined;
    }
    internal.destroyContext(ctx);
    return this;
  }

  asyncId() { return this[kContext].asyncId; }
  triggerAsyncId() { return this[kContext].triggerAsyncId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null, configurable: true, enumerable: true,
        get() { return self; },
        set(val) { self = val; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  #defaultValue;
  #name;
  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
    else this.#name = '';
  }

  get name() { return this.#name; }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = internal.getFrame();
    return function (...args) {
      const prev = internal.getFrame();
      internal.setFrame(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        internal.setFrame(prev);
      }
    };
  }

  static snapshot() {
    const frame = internal.getFrame();
    return function runInAsyncScope(fn, ...args) {
      const prev = internal.getFrame();
      internal.setFrame(frame);
      try {
        return Reflect.apply(fn, null, args);
      } finally {
        internal.setFrame(prev);
      }
    };
  }

  #with(store, present) {
    const prev = internal.getFrame();
    const next = new Map(prev);
    if (present) next.set(this, store);
    else next.delete(this);
    internal.setFrame(next.size === 0 ? undefined : next);
    return prev;
  }

  disable() {
    const frame = internal.getFrame();
    if (frame !== undefined && frame.has(this)) this.#with(undefined, false);
  }

  getStore() {
    const frame = internal.getFrame();
    if (frame !== undefined && frame.has(this)) return frame.get(this);
    return this.#defaultValue;
  }

  enterWith(store) {
    this.#with(store, true);
  }

  run(store, callback, ...args) {
    const prev = this.#with(store, true);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      internal.setFrame(prev);
    }
  }

  exit(callback, ...args) {
    const prev = this.#with(undefined, false);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      internal.setFrame(prev);
    }
  }

  withScope(store) {
    const prev = this.#with(store, true);
    let disposed = false;
    return {
      [Symbol.dispose]() {
        if (disposed) return;
        disposed = true;
        internal.setFrame(prev);
      },
    };
  }
}

const providerNames = [
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
  'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
  'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
  'HTTPCLIENTREQUEST', 'LOCKS', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP',
  'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM',
  'QUIC_SESSION', 'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE',
  'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG',
  'WORKER', 'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPPROFILE', 'WORKERHEAPSNAPSHOT',
  'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST',
  'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'ARGON2REQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST',
  'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
  'VERIFYREQUEST',
];
const asyncWrapProviders = { __proto__: null };
providerNames.forEach((name, i) => { asyncWrapProviders[name] = i; });
Object.freeze(asyncWrapProviders);

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: internal.executionAsyncId,
  triggerAsyncId: internal.triggerAsyncId,
  executionAsyncResource: internal.executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
