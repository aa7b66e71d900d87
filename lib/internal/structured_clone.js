'use strict';
// structuredClone (HTML's structured clone algorithm) for the value kinds node supports.

let DOMExceptionCtor;
function dataCloneError(message) {
  DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionCtor(message, 'DataCloneError');
}

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedCtors.Float16Array = Float16Array;

function brand(fn, v) {
  try { fn.call(v); return true; } catch { return false; }
}

// node's WebIDL conversion errors: TypeError with code ERR_INVALID_ARG_TYPE.
function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const { ERR_MISSING_ARGS } = require('internal/errors').codes;
    throw new ERR_MISSING_ARGS('value');
  }
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw webidlTypeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || (typeof list !== 'object' && typeof list !== 'function') ||
          typeof list[Symbol.iterator] !== 'function') {
        throw webidlTypeError("Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
      }
      transfer = [...list];
    }
  }
  const transferMap = new Map();
  for (const t of transfer) {
    if (!(t instanceof ArrayBuffer)) {
      if (t && typeof t === 'object' && typeof t.postMessage === 'function') {
        throw dataCloneError('MessagePort transfer is not supported');
      }
      throw dataCloneError('Value not transferable');
    }
    if (transferMap.has(t)) throw dataCloneError('ArrayBuffer appears more than once in the transfer list');
    transferMap.set(t, null);
  }
  const memory = new Map();
  const out = clone(value, memory, transferMap);
  for (const buf of transferMap.keys()) {
    if (typeof buf.transfer === 'function') buf.transfer(0); // detach the original
  }
  return out;
}

function clone(v, memory, transferMap) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
    if (typeof v === 'symbol') throw dataCloneError(`${String(v)} could not be cloned.`);
    return v;
  }
  if (memory.has(v)) return memory.get(v);
  if (typeof v === 'function') throw dataCloneError(`${v.toString().split('\n')[0]} could not be cloned.`);
  const tag = Object.prototype.toString.call(v);
  let out;
  if (v instanceof ArrayBuffer || tag === '[object ArrayBuffer]') {
    if (transferMap.has(v)) {
      out = v.slice(0);
    } else {
      out = v.slice(0);
    }
    memory.set(v, out);
    return out;
  }
  if (ArrayBuffer.isView(v)) {
    const buf = clone(v.buffer, memory, transferMap);
    if (v instanceof DataView) out = new DataView(buf, v.byteOffset, v.byteLength);
    else {
      const name = typedArrayTag.call(v);
      out = new typedCtors[name](buf, v.byteOffset, v.length);
    }
    memory.set(v, out);
    return out;
  }
  if (tag === '[object DOMException]') {
    // A real DOMException (brand-checked) clones as a DOMException with the same name, message and stack.
    DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
    const cloned = require('internal/dom_exception').cloneDOMException(v);
    if (cloned !== null) {
      memory.set(v, cloned);
      return cloned;
    }
  }
  switch (tag) {
    case '[object Date]': out = new Date(v.getTime()); break;
    case '[object RegExp]': out = new RegExp(v.source, v.flags); break;
    case '[object Boolean]': out = Object(Boolean.prototype.valueOf.call(v)); break;
    case '[object Number]': out = Object(Number.prototype.valueOf.call(v)); break;
    case '[object String]': out = Object(String.prototype.valueOf.call(v)); break;
    case '[object BigInt]': out = Object(BigInt.prototype.valueOf.call(v)); break;
    case '[object Map]':
      if (brand(Map.prototype.has, v)) {
        out = new Map();
        memory.set(v, out);
        for (const [k, val] of Map.prototype.entries.call(v)) out.set(clone(k, memory, transferMap), clone(val, memory, transferMap));
        return out;
      }
      break;
    case '[object Set]':
      if (brand(Set.prototype.has, v)) {
        out = new Set();
        memory.set(v, out);
        for (const k of Set.prototype.values.call(v)) out.add(clone(k, memory, transferMap));
        return out;
      }
      break;
    case '[object Error]': {
      let name = v.name;
      const Ctor = typeof name === 'string' && Object.hasOwn(errorCtors, name) ? errorCtors[name] : Error;
      if (Ctor === Error) name = 'Error';
      out = Object.create(Ctor.prototype);
      memory.set(v, out);
      const msgDesc = Object.getOwnPropertyDescriptor(v, 'message');
      if (msgDesc !== undefined) {
        Object.defineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true, enumerable: false });
      }
      Object.defineProperty(out, 'stack', { value: String(v.stack), writable: true, configurable: true, enumerable: false });
      if ('cause' in v) Object.defineProperty(out, 'cause', { value: clone(v.cause, memory, transferMap), writable: true, configurable: true, enumerable: false });
      return out;
    }
  }
  if (out !== undefined) {
    memory.set(v, out);
    return out;
  }
  if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]' || tag === '[object WeakRef]' ||
      tag === '[object Symbol]' || v instanceof Promise) {
    throw dataCloneError(`${tag.slice(8, -1)} object could not be cloned.`);
  }
  const proxyTarget = internalBinding('util').getProxyTarget(v);
  if (proxyTarget !== undefined) throw dataCloneError('#<Object> could not be cloned.');
  if (Array.isArray(v)) {
    out = new Array(v.length);
  } else {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null && typeof v[Symbol.for('nodejs.worker_threads.kClone')] !== 'function') {
      // Platform objects we cannot clone; ordinary class instances clone as plain objects.
      if (typeof v.constructor === 'function' && /^(Blob|File|MessagePort|CryptoKey|KeyObject|ReadableStream|WritableStream|TransformStream)$/.test(v.constructor.name)) {
        throw dataCloneError(`${v.constructor.name} object could not be cloned.`);
      }
    }
    out = {};
  }
  memory.set(v, out);
  for (const key of Object.keys(v)) out[key] = clone(v[key], memory, transferMap);
  return out;
}

module.exports = { structuredClone };
