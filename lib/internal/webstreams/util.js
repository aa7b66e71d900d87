'use strict';
// Helpers shared by the WHATWG stream classes: promises, queue-with-sizes, strategies, errors.

const { codes } = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');

function noop() {}

function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  d.promise = new Promise((res, rej) => {
    d.resolve = (v) => { d.settled = true; res(v); };
    d.reject = (e) => { d.settled = true; rej(e); };
  });
  return d;
}

function markHandled(promise) {
  promise.then(undefined, noop);
  return promise;
}

function rejected(reason) {
  return Promise.reject(reason);
}

function resolved(value) {
  return Promise.resolve(value);
}

// Calls fn and turns a throw into a rejected promise (the spec's "promise-calling").
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve();
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (e) {
    return Promise.reject(e);
  }
}

function withCode(err, code) {
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

function invalidState(message) {
  return withCode(new TypeError(`Invalid state: ${message}`), 'ERR_INVALID_STATE');
}

function invalidStateRange(message) {
  return withCode(new RangeError(`Invalid state: ${message}`), 'ERR_INVALID_STATE');
}

function invalidThis(name) {
  return new codes.ERR_INVALID_THIS(name);
}

function invalidArgType(name, expected, actual) {
  return new codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
}

function invalidArgValueRange(name, value) {
  const e = new codes.ERR_INVALID_ARG_VALUE(name, value);
  const r = new RangeError(e.message);
  return withCode(r, 'ERR_INVALID_ARG_VALUE');
}

// node's shape for web stream objects: `Name { ...data }` with the fields one level deeper, so that
// past the depth limit they read `Name [Object]`.
function customInspect(self, name, data, depth, options) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

function isBrand(obj, type) {
  return obj != null && typeof obj === 'object' && obj[kType] === type;
}

function checkBrand(obj, type) {
  if (!isBrand(obj, type)) throw invalidThis(type);
}

// A brand check for methods that return promises: reject instead of throwing.
function brandReject(obj, type) {
  return isBrand(obj, type) ? null : Promise.reject(invalidThis(type));
}

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (Number.isNaN(n) || n < 0) throw invalidArgValueRange('strategy.highWaterMark', hwm);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw invalidArgType('strategy.size', 'function', size);
  return (chunk) => Reflect.apply(size, undefined, [chunk]);
}

function validateObjectOrUndefined(value, name) {
  if (value !== undefined && (value === null || (typeof value !== 'object' && typeof value !== 'function'))) {
    throw invalidArgType(name, 'Object', value);
  }
}

function getMethod(obj, name, label) {
  if (obj == null) return undefined;
  const fn = obj[name];
  if (fn === undefined || fn === null) return undefined;
  if (typeof fn !== 'function') throw invalidArgType(label, 'function', fn);
  return fn;
}

// Queue-with-sizes: container needs .queue (array of {value,size}) and .queueTotalSize.
function resetQueue(c) {
  c.queue = [];
  c.queueHead = 0;
  c.queueTotalSize = 0;
}

function enqueueValueWithSize(c, value, size) {
  size = +size;
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw withCode(new RangeError('Invalid size: ' + size), 'ERR_INVALID_ARG_VALUE');
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function queueLength(c) {
  return c.queue.length - c.queueHead;
}

function peekQueueValue(c) {
  return c.queue[c.queueHead].value;
}

function dequeueValue(c) {
  const pair = c.queue[c.queueHead];
  c.queue[c.queueHead++] = undefined;
  if (c.queueHead > 1024 && c.queueHead * 2 > c.queue.length) {
    c.queue = c.queue.slice(c.queueHead);
    c.queueHead = 0;
  }
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

// Needs the engine's promise introspection (internalBinding('util').getPromiseState -> [state, value],
// state 0 = pending); without it nothing can be told pending.
function isPromisePending(promise) {
  if (!(promise instanceof Promise)) return false;
  const binding = internalBinding('util');
  if (typeof binding?.getPromiseState !== 'function') return false;
  const state = binding.getPromiseState(promise);
  return state !== undefined && state[0] === 0;
}

function isDetached(buffer) {
  return buffer.detached === true;
}

// Moves an ArrayBuffer's contents to a new one, leaving the old one detached (spec TransferArrayBuffer).
function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  return structuredClone(buffer, { transfer: [buffer] });
}

function defineToStringTag(proto, name) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
}

function enumerableMethods(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) { d.enumerable = true; Object.defineProperty(proto, name, d); }
  }
}

module.exports = {
  kState, kType, noop, deferred, markHandled, rejected, resolved, promiseCall,
  invalidState, invalidStateRange, invalidThis, invalidArgType, invalidArgValueRange, withCode,
  isBrand, checkBrand, brandReject, extractHighWaterMark, extractSizeAlgorithm,
  validateObjectOrUndefined, getMethod, customInspect,
  resetQueue, enqueueValueWithSize, queueLength, peekQueueValue, dequeueValue,
  isDetached, transferArrayBuffer, defineToStringTag, enumerableMethods, isPromisePending,
};
