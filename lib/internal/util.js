'use strict';

// Small helpers shared across lib/: promisify/callbackify/deprecate, system
// error names, and a few constants. Collaborators are required lazily because
// internal/errors and internal/validators themselves load early.

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on a callback-style function to make promisify resolve with an object
// built from several callback values (e.g. dns.lookup -> { address, family }).
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.freeze(kEnumerableProperty);

function errorCodes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

// ---------------------------------------------------------------------------
// promisify / callbackify

function promisify(original) {
  validators().validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validators().validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      const ret = Reflect.apply(original, this, args);
      if (ret instanceof Promise) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
          'DeprecationWarning', 'DEP0174');
      }
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  // The promisified function keeps every own property (name, length, ...).
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const desc of Object.values(descriptors)) Object.setPrototypeOf(desc, null);
  return Object.defineProperties(fn, descriptors);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to the callback.
  if (!reason) {
    const wrapped = new (errorCodes().ERR_FALSY_VALUE_REJECTION)(reason);
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

function callbackify(original) {
  validators().validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validators().validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const propertiesValues = Object.values(descriptors);
  for (const desc of propertiesValues) Object.setPrototypeOf(desc, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// deprecate

const codesWarned = new Set();

// Warns once per deprecation code (once per wrapper when there is no code).
// `options.modifyPrototype` (default true): make the wrapper share fn's prototype
// chain and `.prototype`, so it stays usable as a constructor/class.
function deprecate(fn, msg, code, options) {
  const modifyPrototype = options == null || options.modifyPrototype !== false;
  if (code !== undefined) validators().validateString(code, 'code');
  let warned = false;

  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
  }
  Object.defineProperty(deprecated, 'length', {
    value: fn.length, writable: false, enumerable: false, configurable: true,
  });
  return deprecated;
}

// ---------------------------------------------------------------------------
// System errors (libuv's negative errno values)

function validateErrno(err) {
  validators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new (errorCodes().ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
  }
}

function lookupErrno(err) {
  return require('internal/errors').uvErrmapGet(err);
}

function getSystemErrorName(err) {
  validateErrno(err);
  const entry = lookupErrno(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = lookupErrno(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  try {
    const uv = internalBinding('uv');
    if (typeof uv.getErrorMap === 'function') return new Map(uv.getErrorMap());
  } catch {
    // no uv binding: fall through
  }
  return new Map();
}

// ---------------------------------------------------------------------------
// Misc helpers used across lib/

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function isError(e) {
  return require('internal/util/types').isNativeError(e) || e instanceof Error;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return 'utf8';
    default: return undefined;
  }
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function join(output, separator) {
  return output.join(separator);
}

function getConstructorOf(obj) {
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
      return desc.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function toUSVString(str) {
  return `${str}`.toWellFormed();
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}

// Defines getters that require `id` on first access and then become plain values.
function defineLazyProperties(target, id, keys, enumerable = true) {
  for (const key of keys) {
    let value;
    let loaded = false;
    Object.defineProperty(target, key, {
      enumerable,
      configurable: true,
      get() {
        if (!loaded) {
          value = require(id)[key];
          loaded = true;
        }
        return value;
      },
      set(v) {
        value = v;
        loaded = true;
      },
    });
  }
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    configurable: true, enumerable: true, value, writable: true,
  });
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

module.exports = {
  kEmptyObject,
  kEnumerableProperty,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  promisify,
  callbackify,
  deprecate,
  getSystemErrorName,
  getSystemErrorMessage,
  getSystemErrorMap,
  once,
  isError,
  normalizeEncoding,
  createDeferredPromise,
  spliceOne,
  join,
  getConstructorOf,
  toUSVString,
  emitExperimentalWarning,
  defineLazyProperties,
  setOwnProperty,
  cachedResult,
  // Blocks the thread (tests use it to make timers late on purpose).
  sleep(msec) {
    validators().validateUint32(msec, 'msec');
    internalBinding('util').sleep(msec);
  },
  pendingDeprecate(fn, msg, code) {
    return process.execArgv.includes('--pending-deprecation') ? deprecate(fn, msg, code) : fn;
  },
};
