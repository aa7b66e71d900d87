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
// cellInfo(v): JSType + indexing byte * 2^8 + structure id * 2^16 for objects, -1 otherwise; -2 for
// everything when the binding is missing. The proxy type, the indexing bytes of arrays whose
// elements are plain data (no accessors, no sparse storage) and the structures of arrays with no
// named properties come from samples, as the brand types above.
const cellInfoOf = utilBinding && utilBinding.cellInfo;
const cellInfo = typeof cellInfoOf === 'function' ? cellInfoOf : () => -2;
const proxyCellType = (() => {
  const a = cellInfo(new Proxy({}, {}));
  const b = cellInfo(new Proxy(function() {}, {}));
  const type = a & 0xff;
  if (a < 0 || b < 0 || type !== (b & 0xff)) return undefined;
  for (const v of [{}, [], function() {}, new Map(), /x/, new Date(0), Object.create(null)]) {
    if ((cellInfo(v) & 0xff) === type) return undefined;
  }
  return type;
})();
// Arrays as programs make them, one per kind of element storage (none, int32, double, contiguous):
// literals, slices and arrays grown by push.
const plainArraySamples = (() => {
  const out = [];
  for (const v of [[], [1, 2], [1.5], ['a'], [{}]]) {
    const pushed = [];
    for (const x of v) pushed.push(x);
    out.push(v, v.slice(), pushed);
  }
  return out;
})();

// denseArrayIndexing[byte] is 1 when an array with that indexing byte holds its elements as plain
// data (holes still possible: they read as undefined, and inspect checks those with hasOwn).
const denseArrayIndexing = (() => {
  const table = new Uint8Array(256);
  for (const v of plainArraySamples) {
    const info = cellInfo(v);
    if (info < 0) return undefined;
    table[(info >> 8) & 0xff] = 1;
  }
  // Kinds that must not pass: index accessors, non-writable or frozen elements, sparse storage.
  const withGetter = [1];
  Object.defineProperty(withGetter, 0, { get() { return 1; } });
  const readOnly = [1, 2];
  Object.defineProperty(readOnly, 0, { value: 3, writable: false });
  const sparse = [];
  sparse[1e6] = 1;
  for (const v of [withGetter, readOnly, Object.freeze([1, 2]), sparse, {}, { 0: 1 }]) {
    if (table[(cellInfo(v) >> 8) & 0xff] === 1) return undefined;
  }
  return table;
})();

// The structure ids of this realm's plain arrays: an array with one of them has no own properties
// but its elements and `length` (a named property, a symbol, another prototype or frozen elements
// would each have given it another structure).
const structureOf = (info) => Math.floor(info / 65536);
const plainArrayStructures = (() => {
  if (denseArrayIndexing === undefined) return undefined;
  const ids = new Set();
  for (const v of plainArraySamples) ids.add(structureOf(cellInfo(v)));
  const named = [1];
  named.extra = 1;
  const symbol = [1];
  symbol[Symbol('s')] = 1;
  const sub = new (class extends Array {})();
  sub.push(1);
  const nullProto = [1];
  Object.setPrototypeOf(nullProto, null);
  for (const v of [named, symbol, sub, nullProto, Object.freeze([1]), Object.preventExtensions([1])]) {
    if (ids.has(structureOf(cellInfo(v)))) return undefined;
  }
  return ids;
})();

// True when `info` (from cellInfo) is an array whose elements are plain data.
function isDenseArrayInfo(info) {
  return info >= 0 && denseArrayIndexing !== undefined && denseArrayIndexing[(info >> 8) & 0xff] === 1;
}

// True when `info` (from cellInfo) is a plain array of this realm with no named own properties.
function isPlainArrayInfo(info) {
  return info >= 0 && plainArrayStructures !== undefined && plainArrayStructures.has(structureOf(info));
}

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
  cellInfo: { value: cellInfo },
  cellTypes: { value: cellTypes },
  proxyCellType: { value: proxyCellType },
  isDenseArrayInfo: { value: isDenseArrayInfo },
  isPlainArrayInfo: { value: isPlainArrayInfo },
  keyObjectBrand: { value: keyObjectBrand },
  cryptoKeyBrand: { value: cryptoKeyBrand },
});
