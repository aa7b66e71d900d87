'use strict';

// Deep equality as documented for assert.deepEqual / deepStrictEqual /
// partialDeepStrictEqual (and util.isDeepStrictEqual).
//
// Modes: kLoose (== on primitives, prototypes ignored), kStrict (Object.is-like,
// prototypes compared), kPartial (strict on values, but only what `expected`
// has: extra keys / elements / entries of `actual` are fine, arrays match as an
// ordered subsequence, prototypes ignored).

const types = require('internal/util/types');
const { viewOwnKeys } = require('internal/util/view_keys');

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;
// Strict on values like kStrict, but prototypes are not compared (isDeepStrictEqual's skipPrototype).
const kStrictSkipProto = 3;

const hasOwn = Object.hasOwn;
const objectToString = Object.prototype.toString;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const getPrototypeOf = Object.getPrototypeOf;
const getOwnPropertySymbols = Object.getOwnPropertySymbols;
const dateGetTime = Date.prototype.getTime;
const { isBoxedPrimitive, isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
  isSymbolObject, isDate, isRegExp, isNativeError, isAnyArrayBuffer, isMap, isSet,
  isWeakMap, isWeakSet, isPromise } = types;

// Cycles: only deep recursions keep a memo (flat values stay allocation free);
// a cycle keeps recursing so it always reaches this depth.
const kMemoDepth = 8;

function isIndexKey(key) {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && n > 1)) return false;
  for (let i = 1; i < n; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +key < 4294967295;
}

function enumerableSymbols(obj) {
  const syms = getOwnPropertySymbols(obj);
  if (syms.length === 0) return syms;
  return syms.filter((s) => propertyIsEnumerable.call(obj, s));
}

function innerDeepEqual(a, b, mode, memos, depth) {
  if (a === b) return a !== 0 || mode === kLoose || Object.is(a, b);
  if (mode !== kLoose) {
    if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || a === null || b === null) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  if (mode === kStrict && getPrototypeOf(a) !== getPrototypeOf(b)) return false;

  if (depth >= kMemoDepth) {
    if (memos === undefined) memos = { a: new Map(), b: new Map(), position: 0 };
    const posA = memos.a.get(a);
    if (posA !== undefined) {
      const posB = memos.b.get(b);
      if (posB !== undefined) return posA === posB;
    }
    const position = memos.position++;
    memos.a.set(a, position);
    memos.b.set(b, position);
    const result = objEquiv(a, b, mode, memos, depth);
    memos.a.delete(a);
    memos.b.delete(b);
    return result;
  }
  return objEquiv(a, b, mode, memos, depth);
}

function objEquiv(a, b, mode, memos, depth) {
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (mode === kPartial) return partialArrayEquiv(a, b, memos, depth);
    if (a.length !== b.length) return false;
    return arrayEquiv(a, b, mode, memos, depth);
  }
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;
  if (tag === '[object Object]') {
    if (isPlainProto(getPrototypeOf(a)) && isPlainProto(getPrototypeOf(b))) {
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    }
    // Class instances: error-likes and URLs have hidden state to compare.
    if (a instanceof Error || b instanceof Error) {
      if (!(a instanceof Error && b instanceof Error) || !errorEquiv(a, b, mode, memos, depth)) return false;
    } else if (!urlEquiv(a, b)) {
      return false;
    }
    return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
  }
  // Brand checks throw internally on a mismatch (slow), so the tag picks the one to run.
  switch (tag) {
    case '[object Date]':
      if (!isDate(a) || !isDate(b)) break;
      if (dateGetTime.call(a) !== dateGetTime.call(b)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object RegExp]':
      if (!isRegExp(a) || !isRegExp(b)) break;
      if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object Error]':
      if (!errorEquiv(a, b, mode, memos, depth)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object Map]':
      if (!isMap(a) || !isMap(b)) break;
      if (mode === kPartial ? a.size < b.size : a.size !== b.size) return false;
      if (!mapEquiv(a, b, mode, memos, depth)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object Set]':
      if (!isSet(a) || !isSet(b)) break;
      if (mode === kPartial ? a.size < b.size : a.size !== b.size) return false;
      if (!setEquiv(a, b, mode, memos, depth)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object ArrayBuffer]':
    case '[object SharedArrayBuffer]':
      if (!isAnyArrayBuffer(a) || !isAnyArrayBuffer(b)) break;
      if (!bytesEqual(new Uint8Array(a), new Uint8Array(b), mode)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object Number]':
    case '[object String]':
    case '[object Boolean]':
    case '[object BigInt]':
    case '[object Symbol]':
      if (!isBoxedPrimitive(a)) break;
      if (!boxedEquiv(a, b)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object Arguments]':
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object URL]':
      if (!urlEquiv(a, b)) return false;
      return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
    case '[object WeakMap]':
    case '[object WeakSet]':
    case '[object Promise]':
      // Their contents cannot be observed: only the same object is equal.
      return false;
    default:
      if (ArrayBuffer.isView(a)) {
        if (!ArrayBuffer.isView(b) || !viewEquiv(a, b, mode)) return false;
        if (mode === kPartial) return true;
        // Own non-index keys (a Buffer's or typed array's extra properties).
        return keysEquiv(a, b, mode, memos, depth, viewOwnKeys(a, false), 0, viewOwnKeys(b, false).length);
      }
      if (ArrayBuffer.isView(b)) return false;
  }
  return specialEquiv(a, b, mode, memos, depth);
}

const isPlainProto = (proto) => proto === Object.prototype || proto === null;

function urlEquiv(a, b) {
  if (typeof URL !== 'function') return true;
  const isUrlA = a instanceof URL;
  if (isUrlA !== (b instanceof URL)) return false;
  return !isUrlA || a.href === b.href;
}

// Objects whose Symbol.toStringTag hides what they are: full (slow) checks.
function specialEquiv(a, b, mode, memos, depth) {
  if (isDate(a)) {
    if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
  } else if (isDate(b)) {
    return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) return false;
  } else if (isRegExp(b)) {
    return false;
  } else if (isNativeError(a) || a instanceof Error) {
    if ((!isNativeError(b) && !(b instanceof Error)) || !errorEquiv(a, b, mode, memos, depth)) {
      return false;
    }
  } else if (isNativeError(b) || b instanceof Error) {
    return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || !viewEquiv(a, b, mode)) return false;
    if (mode === kPartial) return true;
    return keysEquiv(a, b, mode, memos, depth, viewOwnKeys(a, false), 0, viewOwnKeys(b, false).length);
  } else if (ArrayBuffer.isView(b)) {
    return false;
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !bytesEqual(new Uint8Array(a), new Uint8Array(b), mode)) return false;
  } else if (isAnyArrayBuffer(b)) {
    return false;
  } else if (isBoxedPrimitive(a)) {
    if (!boxedEquiv(a, b)) return false;
  } else if (isBoxedPrimitive(b)) {
    return false;
  } else if (isMap(a)) {
    if (!isMap(b)) return false;
    if (mode === kPartial ? a.size < b.size : a.size !== b.size) return false;
    if (!mapEquiv(a, b, mode, memos, depth)) return false;
  } else if (isMap(b)) {
    return false;
  } else if (isSet(a)) {
    if (!isSet(b)) return false;
    if (mode === kPartial ? a.size < b.size : a.size !== b.size) return false;
    if (!setEquiv(a, b, mode, memos, depth)) return false;
  } else if (isSet(b)) {
    return false;
  } else if (isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    return false;
  } else if (!urlEquiv(a, b)) {
    return false;
  }
  return keysEquiv(a, b, mode, memos, depth, Object.keys(a), 0);
}

function boxedEquiv(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(a.valueOf(), b.valueOf());
  if (isStringObject(a)) return isStringObject(b) && a.valueOf() === b.valueOf();
  if (isBooleanObject(a)) return isBooleanObject(b) && a.valueOf() === b.valueOf();
  if (isBigIntObject(a)) return isBigIntObject(b) && a.valueOf() === b.valueOf();
  if (isSymbolObject(a)) return isSymbolObject(b) && a.valueOf() === b.valueOf();
  return false;
}

function errorEquiv(a, b, mode, memos, depth) {
  // name/message/cause/errors count even when they are not enumerable.
  if (a.message !== b.message || a.name !== b.name) {
    if (mode === kPartial) {
      if (hasOwn(b, 'message') && a.message !== b.message) return false;
      if (hasOwn(b, 'name') && a.name !== b.name) return false;
    } else {
      return false;
    }
  }
  for (const key of ['cause', 'errors']) {
    const inA = hasOwn(a, key);
    const inB = hasOwn(b, key);
    if (mode === kPartial ? (inB && !inA) : inA !== inB) return false;
    if (inB && !innerDeepEqual(a[key], b[key], mode, memos, depth + 1)) return false;
  }
  return true;
}

const isFloatView = (v) => v instanceof Float32Array || v instanceof Float64Array ||
  (typeof Float16Array === 'function' && v instanceof Float16Array);

function viewEquiv(a, b, mode) {
  if (a.byteLength !== b.byteLength && mode !== kPartial) return false;
  if (mode === kLoose && isFloatView(a)) {
    // Loose mode compares float elements by value (0 == -0, NaN != NaN).
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (mode === kPartial && !(a instanceof DataView)) {
    // Expected's elements must appear in order in actual.
    let j = 0;
    for (let i = 0; i < a.length && j < b.length; i++) {
      if (Object.is(a[i], b[j])) j++;
    }
    return j === b.length;
  }
  return bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                    new Uint8Array(b.buffer, b.byteOffset, b.byteLength), mode);
}

function bytesEqual(x, y, mode) {
  if (x.length !== y.length && mode !== kPartial) return false;
  if (x.length < y.length) return false;
  for (let i = 0; i < y.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function arrayEquiv(a, b, mode, memos, depth) {
  const n = a.length;
  let holes = false;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) {
      const inA = hasOwn(a, i);
      if (inA !== hasOwn(b, i)) return false;
      if (!inA) {
        holes = true;
        continue;
      }
    }
    if (x !== y || x === 0) {
      if (!innerDeepEqual(x, y, mode, memos, depth + 1)) return false;
    }
  }
  // Extra (non-index) own keys, e.g. arr.foo = 1.
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  if (!holes && keysA.length === n) {
    if (mode === kStrict || mode === kStrictSkipProto) return symbolsEquiv(a, b, mode, memos, depth);
    return true;
  }
  let start = keysA.length;
  while (start > 0 && !isIndexKey(keysA[start - 1])) start--;
  return keysEquiv(a, b, mode, memos, depth, keysA, start, keysB.length - start);
}

// Partial: b's elements must match, in order, a subsequence of a's.
function partialArrayEquiv(a, b, memos, depth) {
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    const y = b[j];
    for (;;) {
      if (i >= a.length) return false;
      if (innerDeepEqual(a[i++], y, kPartial, memos, depth + 1)) break;
    }
  }
  return true;
}

// Compares keysA.slice(start) (own enumerable string keys of `a`) with b's;
// `countB` is how many such keys b has (computed when undefined).
function keysEquiv(a, b, mode, memos, depth, keysA, start, countB) {
  if (mode === kPartial) {
    const keysB = Object.keys(b);
    for (let i = 0; i < keysB.length; i++) {
      const key = keysB[i];
      if (Array.isArray(b) && isIndexKey(key)) continue;
      if (!hasOwn(a, key) || !propertyIsEnumerable.call(a, key)) return false;
      if (!innerDeepEqual(a[key], b[key], mode, memos, depth + 1)) return false;
    }
    for (const sym of enumerableSymbols(b)) {
      if (!propertyIsEnumerable.call(a, sym)) return false;
      if (!innerDeepEqual(a[sym], b[sym], mode, memos, depth + 1)) return false;
    }
    return true;
  }
  const n = keysA.length - start;
  if (countB === undefined) {
    const keysB = Object.keys(b);
    countB = keysB.length;
    if (start > 0) {
      let s = countB;
      while (s > 0 && !isIndexKey(keysB[s - 1])) s--;
      countB -= s;
    }
  }
  if (n !== countB) return false;
  for (let i = start; i < keysA.length; i++) {
    const key = keysA[i];
    if (!propertyIsEnumerable.call(b, key)) return false;
  }
  if ((mode === kStrict || mode === kStrictSkipProto) && !symbolsEquiv(a, b, mode, memos, depth)) return false;
  for (let i = start; i < keysA.length; i++) {
    const key = keysA[i];
    const x = a[key];
    const y = b[key];
    if (x !== y || x === 0) {
      if (!innerDeepEqual(x, y, mode, memos, depth + 1)) return false;
    }
  }
  return true;
}

function symbolsEquiv(a, b, mode, memos, depth) {
  const symsA = enumerableSymbols(a);
  const symsB = enumerableSymbols(b);
  if (symsA.length !== symsB.length) return false;
  for (const sym of symsA) {
    if (!propertyIsEnumerable.call(b, sym)) return false;
    if (!innerDeepEqual(a[sym], b[sym], mode, memos, depth + 1)) return false;
  }
  return true;
}

const isPrimitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');

// Sets: identical members pair up directly; the rest are paired by deep
// equality, each member of `a` used at most once.
function setEquiv(a, b, mode, memos, depth) {
  let rest = null;
  for (const y of b) {
    if (a.has(y)) continue;
    if (mode !== kLoose && isPrimitive(y)) return false;
    if (rest === null) rest = [];
    rest.push(y);
  }
  if (rest === null) return true;
  const pool = [];
  for (const x of a) {
    if (!b.has(x) || mode === kPartial) pool.push(x);
  }
  return matchAll(rest, pool, (y, x) => innerDeepEqual(x, y, mode, memos, depth + 1));
}

function matchAll(rest, pool, equal) {
  const used = new Uint8Array(pool.length);
  outer:
  for (const y of rest) {
    for (let i = 0; i < pool.length; i++) {
      if (used[i] === 0 && equal(y, pool[i])) {
        used[i] = 1;
        continue outer;
      }
    }
    return false;
  }
  return true;
}

function mapEquiv(a, b, mode, memos, depth) {
  let rest = null;
  for (const entry of b) {
    const key = entry[0];
    if (a.has(key)) {
      const x = a.get(key);
      const y = entry[1];
      if ((x === y && (x !== 0 || mode === kLoose || Object.is(x, y))) ||
          innerDeepEqual(x, y, mode, memos, depth + 1)) continue;
      if (mode !== kLoose && isPrimitive(key)) return false;
    } else if (mode !== kLoose && isPrimitive(key)) {
      return false;
    }
    if (rest === null) rest = [];
    rest.push(entry);
  }
  if (rest === null) return true;
  const pool = [];
  for (const entry of a) {
    const key = entry[0];
    if (mode === kPartial || !b.has(key) ||
        !innerDeepEqual(entry[1], b.get(key), mode, memos, depth + 1)) pool.push(entry);
  }
  return matchAll(rest, pool, (y, x) =>
    innerDeepEqual(x[0], y[0], mode, memos, depth + 1) &&
    innerDeepEqual(x[1], y[1], mode, memos, depth + 1));
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined, 0);
}

function isDeepStrictEqual(a, b, skipPrototype) {
  return innerDeepEqual(a, b, skipPrototype === true ? kStrictSkipProto : kStrict, undefined, 0);
}

// `actual` contains at least what `expected` has.
function isPartialStrictEqual(actual, expected) {
  return innerDeepEqual(actual, expected, kPartial, undefined, 0);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
