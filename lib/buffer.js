'use strict';

// node:buffer — Buffer is a Uint8Array subclass (FastBuffer) whose string conversions run in C in
// one crossing per call (internalBinding('buffer')), with JS paths for tiny inputs.

const binding = internalBinding('buffer');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  enc: E,
  kSmall,
  utf8Slice, latin1Slice, asciiSlice, hexSlice, base64Slice, base64urlSlice, ucs2Slice,
  utf8Write, latin1Write, ucs2Write, base64Write, base64urlWrite, hexWrite,
  utf8ByteLength, base64ByteLength, utf8WriteJS, fillPool,
} = require('internal/buffer');
const { viewExtraKeys } = require('internal/util/view_keys');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_STRING_TOO_LONG,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 536870888; // node 24's (V8's) value, kept for compatibility
// JSC's typed arrays stop at 4 GiB; beyond it allocation fails the way it does when memory runs out.
const kEngineMaxLength = 2 ** 32;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

// Uint8Array's own methods: Buffer.prototype overrides fill/indexOf/lastIndexOf/subarray.
const u8fill = Uint8Array.prototype.fill;
const u8indexOf = Uint8Array.prototype.indexOf;
const u8lastIndexOf = Uint8Array.prototype.lastIndexOf;
const u8subarray = Uint8Array.prototype.subarray;
// The real length of a typed array, immune to an own/overridden `length` property.
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), 'length').get;
const typedLength = (view) => typedArrayLengthGetter.call(view);

// `instanceof` is the cheap common case on JSC (calling the tag getter costs ~100 ns); the getter
// still decides for Uint8Arrays from other realms or with a swapped prototype.
function isUint8Array(v) {
  if (v instanceof Uint8Array && ArrayBuffer.isView(v)) return true;
  return typedArrayTag.call(v) === 'Uint8Array';
}
function isTypedArray(v) {
  return typedArrayTag.call(v) !== undefined;
}
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    abByteLength.call(v);
    return true;
  } catch {
    if (sabByteLength === undefined) return false;
    try {
      sabByteLength.call(v);
      return true;
    } catch {
      return false;
    }
  }
}
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

// ---- encodings ----

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowNormalize(enc);
}

function slowNormalize(enc) {
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

// Per encoding: how long a string gets, and how to write, slice and search with it.
const encodingOps = {
  utf8: { encoding: 'utf8', id: E.UTF8, byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
  utf16le: {
    encoding: 'utf16le', id: E.UCS2, byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice,
  },
  latin1: {
    encoding: 'latin1', id: E.LATIN1, byteLength: (s) => s.length, write: latin1Write, slice: latin1Slice,
  },
  ascii: { encoding: 'ascii', id: E.ASCII, byteLength: (s) => s.length, write: latin1Write, slice: asciiSlice },
  base64: {
    encoding: 'base64', id: E.BASE64, byteLength: (s) => base64ByteLength(s, s.length),
    write: base64Write, slice: base64Slice,
  },
  base64url: {
    encoding: 'base64url', id: E.BASE64URL, byteLength: (s) => base64ByteLength(s, s.length),
    write: base64urlWrite, slice: base64urlSlice,
  },
  hex: { encoding: 'hex', id: E.HEX, byteLength: (s) => s.length >>> 1, write: hexWrite, slice: hexSlice },
};

// The usual lower-case spellings, looked up without lower-casing a copy of the name each call.
const encodingOpsByName = new Map([
  ['utf8', encodingOps.utf8], ['utf-8', encodingOps.utf8], ['hex', encodingOps.hex],
  ['base64', encodingOps.base64], ['base64url', encodingOps.base64url], ['latin1', encodingOps.latin1],
  ['binary', encodingOps.latin1], ['ascii', encodingOps.ascii], ['ucs2', encodingOps.utf16le],
  ['ucs-2', encodingOps.utf16le], ['utf16le', encodingOps.utf16le], ['utf-16le', encodingOps.utf16le],
]);

function getEncodingOps(encoding) {
  if (encoding === 'utf8' || encoding === 'utf-8') return encodingOps.utf8;
  const known = encodingOpsByName.get(encoding);
  if (known !== undefined) return known;
  if (typeof encoding !== 'string' && encoding !== undefined) encoding = `${encoding}`;
  const n = slowNormalize(encoding);
  return n === undefined ? undefined : encodingOps[n];
}

// ---- allocation ----

let poolSize, poolOffset, allocPool, allocPoolBytes;

// Uninitialized memory, as node's allocUnsafe, for big sizes only: below ~1.5 MB JSC's own
// (zero-filled) ArrayBuffer is cheaper than a C buffer handed over through the C API with its
// finalizer (measured: 8 KB 0.94 vs 2.0 us, 1 MB 67 vs 91 us); above, fresh pages JSC would fill
// make C win (4 MB: 143 vs 277 us).
const kUnsafeFromC = 1536 * 1024;
// --zero-fill-buffers: allocUnsafe hands out zeroed memory too.
const zeroFillAll = require('internal/bootstrap/realm').runtimeOptions.hasFlag('--zero-fill-buffers');

function createUnsafeBuffer(size) {
  if (size > kEngineMaxLength) throw new RangeError('Array buffer allocation failed');
  if (size < kUnsafeFromC || zeroFillAll) return new FastBuffer(size);
  return binding.allocUnsafe(size);
}

function createZeroedBuffer(size) {
  if (size > kEngineMaxLength) throw new RangeError('Array buffer allocation failed');
  return new FastBuffer(size);
}

function createPool() {
  poolSize = Buffer.poolSize;
  // Made in C and locked there: transferring the pool would detach every pooled Buffer.
  if (poolSize > kEngineMaxLength) throw new RangeError('Array buffer allocation failed');
  allocPoolBytes = binding.allocUnsafe(poolSize, true);
  allocPool = allocPoolBytes.buffer;
  poolOffset = 0;
}

function alignPool() {
  // Keep pool slices 8-byte aligned so typed-array views over them stay aligned.
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1) && !zeroFillAll) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// Pool room for a native fill (internal/buffer's fillPool): what allocate() would give from the pool
// (under poolSize / 2), with a fresh pool when under kFillMinRoom is left.
const kFillMinRoom = 8 * 1024;
fillPool.room = function room() {
  const half = Buffer.poolSize >>> 1;
  if (zeroFillAll || half <= 1) return 0;
  if (poolSize - poolOffset < kFillMinRoom) createPool();
  const left = poolSize - poolOffset;
  return left < half ? left : half - 1;
};
fillPool.bytes = () => allocPoolBytes;
fillPool.offset = () => poolOffset;
fillPool.take = function take(n) {
  if (n === 0) return new FastBuffer();
  const b = new FastBuffer(allocPool, poolOffset, n);
  poolOffset += n;
  alignPool();
  return b;
};

function fromStringFast(string, ops) {
  const n = string.length;
  if (ops.id === E.UTF8) {
    // Worst case 3 bytes per UTF-16 unit: write straight into the pool when that fits.
    const max = n * 3;
    if (max < (Buffer.poolSize >>> 1)) {
      if (max > poolSize - poolOffset) createPool();
      const written = n <= kSmall ?
        utf8WriteJS(allocPoolBytes, string, poolOffset, max) :
        binding.encodeInto(allocPoolBytes, string, poolOffset, max, E.UTF8);
      const b = new FastBuffer(allocPool, poolOffset, written);
      poolOffset += written;
      alignPool();
      return b;
    }
    return binding.fromString(string, E.UTF8);
  }
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    // base64/hex decode natively in JS (see internal/buffer); the rest in C, one crossing.
    if (ops.id === E.BASE64 || ops.id === E.BASE64URL || ops.id === E.HEX) {
      const b = createUnsafeBuffer(length);
      const actual = ops.write(b, string, 0, length);
      return actual === length ? b : new FastBuffer(b.buffer, b.byteOffset, actual);
    }
    return binding.fromString(string, ops.id);
  }
  if (length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    if (len > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, len);
    b.set(obj, 0);
    poolOffset += len;
    alignPool();
    return b;
  }
  const b = createUnsafeBuffer(len);
  b.set(obj, 0);
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  const lengthArg = length;
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  if (byteOffset < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  // No length: a view to the end, which tracks a resizable ArrayBuffer's length as node's does.
  if (lengthArg === undefined) return new FastBuffer(obj, byteOffset);
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// ---- the Buffer function ----

let bufferWarned = false;
// The first frame outside node's own code decides whether a call comes from a dependency.
function calledFromNodeModules() {
  // Raw frames: a user's Error.prepareStackTrace must neither run nor decide here.
  for (const frame of require('internal/error_stack').callerFrames(Buffer)) {
    if (frame.native) continue;
    const where = frame.file;
    if (where.startsWith('node:') || where.startsWith('<anonymous>') || where === '') continue;
    return /[\\/]node_modules[\\/]/.test(where);
  }
  return false;
}

function showDeprecation() {
  if (bufferWarned) return;
  const pending = process.execArgv.includes('--pending-deprecation') ||
    /^(1|true)$/.test(`${process.env.NODE_PENDING_DEPRECATION}`);
  if (!pending && calledFromNodeModules()) return;
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);
binding.setBufferPrototype(FastBuffer.prototype);

Buffer.poolSize = 64 * 1024; // node 24's value
createPool();

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  let start = 0, end = viewLength;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
      start = offset;
    }
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = Math.min(start + length, viewLength);
    }
  }
  const part = view.subarray(start, end);
  return fromArrayLike(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return createZeroedBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, b) {
  const al = a.length, bl = b.length;
  if (al + bl > 64) return binding.compare(a, b, 0, al, 0, bl);
  const n = al < bl ? al : bl;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return al < bl ? -1 : al > bl ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && slowNormalize(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      if (!isUint8Array(b)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], b);
      length += typedLength(b);
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (!isUint8Array(b)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], b);
    const n = typedLength(b);
    if (pos + n > length) {
      if (length > pos) buffer.set(u8subarray.call(b, 0, length - pos), pos);
      pos = length;
      break;
    }
    if (n < 16) {
      for (let k = 0; k < n; k++) buffer[pos + k] = b[k];
    } else {
      buffer.set(b, pos);
    }
    pos += n;
  }
  // Pool memory may be dirty: zero what the list did not cover.
  if (pos < length) u8fill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (encoding === undefined || encoding === 'utf8') return utf8ByteLength(string);
  const ops = getEncodingOps(encoding);
  return ops === undefined ? utf8ByteLength(string) : ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---- prototype ----

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function toInteger(n, dflt) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return dflt;
}

// Any typed array or DataView as bytes, as node's copy accepts.
function asBytes(v, name) {
  if (isUint8Array(v)) return v;
  if (isArrayBufferView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], v);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = asBytes(this, 'source');
  target = asBytes(target, 'target');
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  const srcLen = source.length;
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > srcLen) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${srcLen}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = srcLen;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  const tLen = target.length;
  if (targetStart >= tLen || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > srcLen) sourceEnd = srcLen;
  let nb = sourceEnd - sourceStart;
  if (nb > tLen - targetStart) nb = tLen - targetStart;
  if (nb <= 0) return 0;
  if (nb === srcLen) target.set(source, targetStart);
  else target.set(u8subarray.call(source, sourceStart, sourceStart + nb), targetStart);
  return nb;
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) {
    if (this.length > kStringMaxLength) checkDecodedLength(this, 0, this.length, 'utf8');
    return utf8Slice(this, 0, this.length);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (end - start > kStringMaxLength >>> 1) checkDecodedLength(this, start, end, ops.encoding);
  return ops.slice(this, start, end);
};

// node cannot build strings over V8's limit and throws ERR_STRING_TOO_LONG; keep
// that contract (JSC's own limit is higher). Only reached for very large slices.
function checkDecodedLength(buf, start, end, encoding) {
  const n = end - start;
  let chars;
  switch (encoding) {
    case 'utf16le': chars = n >>> 1; break;
    case 'hex': chars = n * 2; break;
    case 'base64': chars = Math.ceil(n / 3) * 4; break;
    case 'base64url': chars = Math.ceil((n * 4) / 3); break;
    case 'utf8':
      if (n <= kStringMaxLength) return;
      chars = 0;
      for (let i = start; i < end; i++) {
        const b = buf[i];
        if ((b & 0xc0) !== 0x80) chars += b >= 0xf0 ? 2 : 1;
      }
      break;
    default: chars = n;
  }
  if (chars > kStringMaxLength) throw new ERR_STRING_TOO_LONG();
}
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || compareBytes(this, otherBuffer) === 0;
};

function formatKey(k) {
  if (typeof k === 'symbol') return k.toString();
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : `'${k.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = '';
  for (let i = 0; i < actualMax; i++) str += (i ? ' ' : '') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = viewExtraKeys(this, ctx.showHidden);
    if (keys.length > 0) {
      const { inspect: utilInspect } = require('internal/util/inspect');
      const opts = { ...ctx, breakLength: Infinity, compact: true };
      const parts = keys.map((k) => `${formatKey(k)}: ${utilInspect(this[k], opts)}`);
      if (this.length !== 0) str += ', ';
      str += parts.join(', ');
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

// Where a search starts, as node computes it from byteOffset (already a number, maybe fractional).
// Returns -1 when nothing can match.
function searchStart(length, offset, needleLength, forward) {
  offset = Math.trunc(offset);
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function indexOfBytes(buffer, needle, byteOffset, ucs2, forward) {
  const hl = buffer.length, nl = needle.length;
  const start = searchStart(hl, byteOffset, nl, forward);
  if (nl === 0) return start;
  if (hl === 0 || start < 0) return -1;
  if ((forward && nl + start > hl) || nl > hl) return -1;
  if (ucs2) {
    if (hl < 2 || nl < 2) return -1;
    return binding.indexOf(buffer, needle, start, forward, true);
  }
  if (nl === 1) return forward ? u8indexOf.call(buffer, needle[0], start) : u8lastIndexOf.call(buffer, needle[0], start);
  return binding.indexOf(buffer, needle, start, forward, false);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length;

  if (typeof val === 'number') {
    const start = searchStart(buffer.length, byteOffset, 1, dir);
    if (start < 0 || buffer.length === 0) return -1;
    const byte = (val >>> 0) & 0xff;
    return dir ? u8indexOf.call(buffer, byte, start) : u8lastIndexOf.call(buffer, byte, start);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    // A one-character ASCII needle is a byte search.
    if (val.length === 1 && (ops.id === E.UTF8 || ops.id === E.LATIN1 || ops.id === E.ASCII)) {
      const c = val.charCodeAt(0);
      if (c < 0x80) return indexOfBytes(buffer, [c], byteOffset, false, dir);
    }
    return indexOfBytes(buffer, fromStringFast(val, ops), byteOffset, ops.id === E.UCS2, dir);
  }
  if (isUint8Array(val)) return indexOfBytes(buffer, val, byteOffset, ops !== undefined && ops.id === E.UCS2, dir);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  let ops;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
    if (ops === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((ops.id === E.UTF8 && code < 128) || ops.id === E.LATIN1) value = code & 0xff;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  // `length` may be an own property that lies; the typed array's real length bounds the write.
  if (end > typedLength(buf)) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (typeof value === 'number') {
    u8fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') pattern = fromStringFast(value, ops);
  else if (isUint8Array(value)) pattern = value;
  else if (isArrayBufferView(value)) pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else {
    u8fill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function throwNotString() {
  const e = new TypeError('argument must be a string');
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throwNotString();
  if (offset === undefined) return utf8Write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return utf8Write(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapLoop(buf, size) {
  const len = buf.length;
  for (let i = 0; i < len; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
}

function makeSwap(size) {
  return function() {
    const len = this.length;
    if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
    if (len < 128) swapLoop(this, size);
    else binding.swap(this, size);
    return this;
  };
}
proto.swap16 = makeSwap(2);
proto.swap32 = makeSwap(4);
proto.swap64 = makeSwap(8);

// ---- SlowBuffer ----

let slowWarned = false;
function SlowBuffer(size) {
  if (!slowWarned) {
    slowWarned = true;
    process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
      'DeprecationWarning', 'DEP0030');
  }
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// ---- module functions ----

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const ok = (e) => e === 'utf8' || e === 'utf16le' || e === 'latin1' || e === 'ascii';
  if (!ok(from) || !ok(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = Buffer.prototype.toString.call(source, from === 'ascii' ? 'latin1' : from);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'latin1' ? 0xff : 0x7f;
    let out = '';
    for (const ch of str) out += ch.codePointAt(0) > limit ? '?' : ch;
    str = out;
  }
  return Buffer.from(str, to);
}

function validateInput(input) {
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return binding.isUtf8(validateInput(input));
}

function isAscii(input) {
  return binding.isAscii(validateInput(input));
}

function domException(message) {
  const D = globalThis.DOMException;
  if (typeof D === 'function') return new D(message, 'InvalidCharacterError');
  const e = new Error(message);
  e.name = 'InvalidCharacterError';
  e.code = 5;
  return e;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character');
  }
  return fromString(input, 'latin1').toString('base64');
}

// ASCII whitespace the forgiving-base64 algorithm skips.
function isB64Space(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}
function isB64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0, equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isB64Space(c)) continue;
    if (c === 0x3d) {
      equals++;
      if (equals > 2) throw domException('Invalid character');
    } else if (!isB64Char(c) || equals > 0) {
      throw domException('Invalid character');
    }
    count++;
  }
  let rem = count % 4;
  if (rem === 0) rem = (count - equals) % 4;
  else if (equals) throw domException('Invalid character');
  if (rem === 1) throw domException('The string to be decoded is not correctly encoded.');
  return fromString(input, 'base64').latin1Slice(0);
}

// ---- Blob / File ----

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function blobPartBytes(part, endings) {
  if (typeof part === 'string') {
    if (endings === 'native' && process.platform !== 'win32') part = part.replace(/\r\n?/g, '\n');
    return fromString(part, 'utf8');
  }
  if (part instanceof Blob) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (isArrayBufferView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  return fromString(`${part}`, 'utf8');
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object') && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { endings = 'transparent', type = '' } = options || {};
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    for (const s of sources) parts.push(blobPartBytes(s, `${endings}`));
    this[kBytes] = Buffer.concat(parts);
    this[kType] = normalizeType(type);
  }

  get type() { return this[kType]; }
  get size() { return this[kBytes].length; }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start), e = rel(end);
    const b = new Blob();
    b[kBytes] = this[kBytes].subarray(s, Math.max(s, e));
    b[kType] = normalizeType(contentType);
    return b;
  }

  arrayBuffer() {
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  text() {
    return Promise.resolve(this[kBytes].toString('utf8'));
  }

  bytes() {
    const bytes = this[kBytes];
    return Promise.resolve(new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
  }

  stream() {
    const RS = globalThis.ReadableStream;
    if (typeof RS !== 'function') throw new Error('ReadableStream is not available');
    const bytes = this[kBytes];
    return new RS({
      type: 'bytes',
      start(controller) {
        if (bytes.length) controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Blob ${inspect({ size: this.size, type: this.type }, options)}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true,
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    const { lastModified } = options ?? {};
    this.#name = `${fileName}`;
    this.#lastModified = lastModified !== undefined ? (Number.isNaN(+lastModified) ? 0 : Math.trunc(+lastModified)) :
      Date.now();
  }

  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `File ${inspect({ size: this.size, type: this.type, name: this.#name,
      lastModified: this.#lastModified }, options)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true,
});

function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
