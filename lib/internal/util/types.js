'use strict';

// util.types predicates. JavaScriptCore exposes no V8-style brand API, so each
// check calls a built-in accessor/method that throws on the wrong receiver
// (a real internal-slot check) and falls back to prototype checks only where
// no side-effect-free brand check exists (iterators, generators, promises).

const utilBinding = (() => {
  try {
    return typeof internalBinding === 'function' ? internalBinding('util') : undefined;
  } catch {
    return undefined;
  }
})();

const getterOf = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

function passes(fn, value, ...args) {
  try {
    fn.call(value, ...args);
    return true;
  } catch {
    return false;
  }
}

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = getterOf(TypedArray.prototype, Symbol.toStringTag);
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const regExpSource = getterOf(RegExp.prototype, 'source');

// Brand checks by the JSType byte of the object's cell (internalBinding('util').cellType), found
// from one sample of each kind. A kind whose byte is not unique among the samples and plain
// objects, arrays and functions keeps the throwing-accessor check.
const cellTypeOf = utilBinding && utilBinding.cellType;
const cellTypes = (() => {
  const cellType = cellTypeOf;
  if (typeof cellType !== 'function') return {};
  const samples = {
    Map: new Map(), Set: new Set(), WeakMap: new WeakMap(), WeakSet: new WeakSet(), Date: new Date(0),
    RegExp: /x/, ArrayBuffer: new ArrayBuffer(0), DataView: new DataView(new ArrayBuffer(1)),
    Number: new Number(0), String: new String(''), Boolean: new Boolean(false),
    BigInt: Object(0n), Symbol: Object(Symbol('')),
  };
  if (typeof SharedArrayBuffer === 'function') samples.SharedArrayBuffer = new SharedArrayBuffer(1);
  const count = new Map();
  const bump = (t) => count.set(t, (count.get(t) || 0) + 1);
  for (const v of [{}, [], function() {}, Object.create(null), new Error('x')]) bump(cellType(v));
  for (const k of Object.keys(samples)) bump(cellType(samples[k]));
  const out = {};
  for (const k of Object.keys(samples)) {
    const t = cellType(samples[k]);
    if (t >= 0 && count.get(t) === 1) out[k] = t;
  }
  return out;
})();
// isKind(value) by cell type when calibrated, else by `fallback(value)`.
function brand(kind, fallback) {
  const t = cellTypes[kind];
  if (t === undefined) return fallback;
  return (value) => cellTypeOf(value) === t;
}

const isArrayBuffer = brand('ArrayBuffer', isArrayBufferSlow);
const isSharedArrayBuffer = brand('SharedArrayBuffer', isSharedArrayBufferSlow);
const isDataView = brand('DataView', isDataViewSlow);
const isDate = brand('Date', isDateSlow);
const isRegExpBrand = brand('RegExp', isRegExpSlow);
const isRegExp = (value) => value !== RegExp.prototype && isRegExpBrand(value);
const isMap = brand('Map', isMapSlow);
const isSet = brand('Set', isSetSlow);
const isWeakMap = brand('WeakMap', isWeakMapSlow);
const isWeakSet = brand('WeakSet', isWeakSetSlow);

function getTypedArrayName(value) {
  return isObjectLike(value) ? typedArrayTag.call(value) : undefined;
}

function isTypedArray(value) {
  return getTypedArrayName(value) !== undefined;
}

function typedArrayCheck(name) {
  return (value) => getTypedArrayName(value) === name;
}

function isArrayBufferSlow(value) {
  return isObjectLike(value) && passes(arrayBufferByteLength, value);
}

function isSharedArrayBufferSlow(value) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    passes(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isDataViewSlow(value) {
  return isObjectLike(value) && passes(dataViewBuffer, value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isDateSlow(value) {
  return isObjectLike(value) && passes(Date.prototype.getTime, value);
}

function isRegExpSlow(value) {
  // The spec lets RegExp.prototype itself pass the `source` getter.
  return isObjectLike(value) && value !== RegExp.prototype && passes(regExpSource, value);
}

function isMapSlow(value) {
  return isObjectLike(value) && passes(mapSize, value);
}

function isSetSlow(value) {
  return isObjectLike(value) && passes(setSize, value);
}

function isWeakMapSlow(value) {
  return isObjectLike(value) && passes(WeakMap.prototype.has, value, {});
}

function isWeakSetSlow(value) {
  return isObjectLike(value) && passes(WeakSet.prototype.has, value, {});
}

function boxedCheck(valueOf) {
  return (value) => typeof value === 'object' && value !== null && passes(valueOf, value);
}

const isNumberObject = brand('Number', boxedCheck(Number.prototype.valueOf));
const isStringObject = brand('String', boxedCheck(String.prototype.valueOf));
const isBooleanObject = brand('Boolean', boxedCheck(Boolean.prototype.valueOf));
const isBigIntObject = brand('BigInt', boxedCheck(BigInt.prototype.valueOf));
const isSymbolObject = brand('Symbol', boxedCheck(Symbol.prototype.valueOf));

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});
const GeneratorProto = GeneratorFunctionProto.prototype;
const AsyncGeneratorProto = AsyncGeneratorFunctionProto.prototype;
const MapIteratorProto = Object.getPrototypeOf(new Map().values());
const SetIteratorProto = Object.getPrototypeOf(new Set().values());

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === GeneratorFunctionProto || proto === AsyncGeneratorFunctionProto;
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === AsyncFunctionProto || proto === AsyncGeneratorFunctionProto;
}

function isGeneratorObject(value) {
  return isObjectLike(value) &&
    (GeneratorProto.isPrototypeOf(value) || AsyncGeneratorProto.isPrototypeOf(value));
}

function isMapIterator(value) {
  return isObjectLike(value) && MapIteratorProto.isPrototypeOf(value);
}

function isSetIterator(value) {
  return isObjectLike(value) && SetIteratorProto.isPrototypeOf(value);
}

function isPromise(value) {
  if (!isObjectLike(value)) return false;
  if (utilBinding && typeof utilBinding.isPromise === 'function') return utilBinding.isPromise(value);
  if (utilBinding && typeof utilBinding.getPromiseState === 'function') {
    try {
      return utilBinding.getPromiseState(value) !== undefined;
    } catch {
      // fall through to the prototype check
    }
  }
  return value instanceof Promise;
}

// Object.prototype.toString reads the internal slot ([[ErrorData]],
// [[ParameterMap]]) unless Symbol.toStringTag overrides it.
function builtinTag(value) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return '';
  }
  if (tag !== undefined) return '';
  return Object.prototype.toString.call(value);
}

function isNativeError(value) {
  if (!isObjectLike(value)) return false;
  if (typeof Error.isError === 'function') return Error.isError(value);
  return builtinTag(value) === '[object Error]';
}

function isArgumentsObject(value) {
  return isObjectLike(value) && typeof value !== 'function' &&
    builtinTag(value) === '[object Arguments]';
}

function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable;
}

// Returns the target of a proxy, null for a revoked proxy, undefined otherwise.
function getProxyTarget(value) {
  if (!isObjectLike(value) || !utilBinding || typeof utilBinding.getProxyTarget !== 'function') {
    return undefined;
  }
  const target = utilBinding.getProxyTarget(value);
  if (target === undefined || target === null) return target;
  // A revoked proxy throws here; a live one answers without running any trap.
  try {
    Array.isArray(value);
  } catch {
    return null;
  }
  return target;
}

function isProxy(value) {
  return getProxyTarget(value) !== undefined;
}

function isExternal() {
  return false;
}

// internal/crypto adds its objects to these sets to make them pass the checks.
const keyObjectBrand = new WeakSet();
const cryptoKeyBrand = new WeakSet();

function isKeyObject(value) {
  return isObjectLike(value) && keyObjectBrand.has(value);
}

function isCryptoKey(value) {
  return isObjectLike(value) && cryptoKeyBrand.has(value);
}

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};

// Internal-only helpers, kept off the public util.types object (lib/util/types.js
// copies only the predicates above).
Object.defineProperties(module.exports, {
  getTypedArrayName: { value: getTypedArrayName },
  getProxyTarget: { value: getProxyTarget },
  keyObjectBrand: { value: keyObjectBrand },
  cryptoKeyBrand: { value: cryptoKeyBrand },
});
