'use strict';
// MockTracker: mock.fn / method / getter / setter / property, with call records and restore.

let lazyErrors;
function errors() { return (lazyErrors ??= require('internal/errors').codes); }

function validateFunctionArg(value, name) {
  if (typeof value !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'function', value);
}

function validateTimes(times) {
  if (times === Infinity) return;
  if (!Number.isInteger(times) || times < 1) {
    const { validateInteger } = require('internal/validators');
    validateInteger(times, 'options.times', 1);
  }
}

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onceImplementations = new Map();
  #mockedCallsLeft;
  #restore;

  constructor(original, implementation, restore, times) {
    this.#original = original;
    this.#implementation = implementation;
    this.#restore = restore;
    this.#mockedCallsLeft = times;
  }

  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunctionArg(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunctionArg(implementation, 'implementation');
    const call = onCall ?? this.#calls.length;
    if (!Number.isInteger(call) || call < 0) {
      require('internal/validators').validateInteger(call, 'onCall', 0);
    }
    this.#onceImplementations.set(call, implementation);
  }

  resetCalls() { this.#calls = []; }

  restore() {
    this.#implementation = this.#original;
    if (this.#restore) this.#restore();
  }

  // Internal: the implementation for the call about to happen ('times' counts down the mocked calls).
  nextImplementation() {
    const once = this.#onceImplementations.get(this.#calls.length);
    if (once) { this.#onceImplementations.delete(this.#calls.length); return once; }
    if (this.#mockedCallsLeft <= 0) return this.#original;
    this.#mockedCallsLeft--;
    return this.#implementation;
  }

  record(call) { this.#calls.push(call); }
}

const kCtx = Symbol('kMockContext');

function makeMockFunction(original, implementation, times, restore) {
  const ctx = new MockFunctionContext(original, implementation, restore, times);
  const handler = {
    apply(target, thisArg, args) {
      const impl = ctx.nextImplementation();
      let result; let error;
      try {
        result = Reflect.apply(impl, thisArg, args);
      } catch (err) {
        error = err;
        ctx.record({ arguments: args, error, result: undefined, stack: new Error(), target: undefined, this: thisArg });
        throw err;
      }
      ctx.record({ arguments: args, error: undefined, result, stack: new Error(), target: undefined, this: thisArg });
      return result;
    },
    construct(target, args, newTarget) {
      const impl = ctx.nextImplementation();
      if (newTarget === proxy) newTarget = impl;
      let result; let error;
      try {
        result = Reflect.construct(impl, args, newTarget);
      } catch (err) {
        error = err;
        ctx.record({ arguments: args, error, result: undefined, stack: new Error(), target: newTarget, this: undefined });
        throw err;
      }
      ctx.record({ arguments: args, error: undefined, result, stack: new Error(), target: newTarget, this: result });
      return result;
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
  };
  const proxy = new Proxy(original, handler);
  return { fn: proxy, ctx };
}

class MockPropertyContext {
  #object; #name; #descriptor; #value; #accesses = []; #once = new Map(); #restored = false;

  constructor(object, name, value) {
    this.#object = object;
    this.#name = name;
    this.#descriptor = Object.getOwnPropertyDescriptor(object, name);
    this.#value = arguments.length > 2 ? value : object[name];
    const self = this;
    Object.defineProperty(object, name, {
      configurable: true,
      enumerable: this.#descriptor ? this.#descriptor.enumerable : true,
      get() { return self.#access('get'); },
      set(v) { self.#access('set', v); },
    });
  }

  #access(type, newValue) {
    const index = this.#accesses.length;
    let value;
    if (type === 'set') {
      this.#value = newValue;
      value = newValue;
    } else if (this.#once.has(index)) {
      value = this.#once.get(index);
      this.#once.delete(index);
    } else {
      value = this.#value;
    }
    this.#accesses.push({ type, value, stack: new Error() });
    return value;
  }

  get accesses() { return this.#accesses.slice(); }
  accessCount() { return this.#accesses.length; }
  mockImplementation(value) { this.#value = value; }
  mockImplementationOnce(value, onAccess) { this.#once.set(onAccess ?? this.#accesses.length, value); }
  resetAccesses() { this.#accesses = []; }

  restore() {
    if (this.#restored) return;
    this.#restored = true;
    if (this.#descriptor) Object.defineProperty(this.#object, this.#name, this.#descriptor);
    else delete this.#object[this.#name];
  }
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (!this.#timers) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') { options = original; original = function() {}; implementation = original; } else if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = original; }
    validateFunctionArg(original, 'original');
    validateFunctionArg(implementation, 'implementation');
    const times = options?.times ?? Infinity;
    validateTimes(times);
    const { fn, ctx } = makeMockFunction(original, implementation, times);
    this.#mocks.push({ ctx, restore: () => ctx.restore() });
    return fn;
  }

  method(object, methodName, implementation, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('object', 'Object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = undefined; }
    options ??= {};
    const { getter = false, setter = false } = options;
    const times = options.times ?? Infinity;
    validateTimes(times);
    if (getter && setter) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('options.setter', setter, "cannot be used with 'options.getter'");
    }
    // Find the property on the object or its prototype chain.
    let descriptor; let owner = object;
    while (owner !== null && owner !== undefined) {
      descriptor = Object.getOwnPropertyDescriptor(owner, methodName);
      if (descriptor) break;
      owner = Object.getPrototypeOf(owner);
    }
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      const what = getter ? 'getter' : setter ? 'setter' : 'method';
      throw new (errors().ERR_INVALID_ARG_VALUE)('methodName', original, `must be a ${what}`);
    }
    const ownDescriptor = owner === object ? descriptor : undefined;
    const restore = () => {
      if (ownDescriptor) Object.defineProperty(object, methodName, ownDescriptor);
      else delete object[methodName];
    };
    const { fn, ctx } = makeMockFunction(original, implementation ?? original, times, restore);
    const mocked = { ...descriptor, configurable: true };
    mocked[kind] = fn;
    Object.defineProperty(object, methodName, mocked);
    this.#mocks.push({ ctx, restore });
    return fn;
  }

  getter(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = undefined; }
    if (options.getter === false) throw new (errors().ERR_INVALID_ARG_VALUE)('options.getter', false, 'cannot be false');
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') { options = implementation; implementation = undefined; }
    if (options.setter === false) throw new (errors().ERR_INVALID_ARG_VALUE)('options.setter', false, 'cannot be false');
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  property(object, propertyName, value) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('object', 'Object', object);
    }
    const ctx = arguments.length > 2 ? new MockPropertyContext(object, propertyName, value)
      : new MockPropertyContext(object, propertyName);
    this.#mocks.push({ ctx, restore: () => ctx.restore() });
    return new Proxy(object, {
      get(target, key, receiver) { return key === 'mock' ? ctx : Reflect.get(target, key, receiver); },
    });
  }

  module() {
    throw new (errors().ERR_METHOD_NOT_IMPLEMENTED)('mock.module()');
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const { restore } of this.#mocks) restore();
  }
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext, kCtx };
