'use strict';
// Randomness: randomBytes/randomFill(Sync)/randomInt/randomUUID/getRandomValues over RAND_bytes.
// Async forms fill on the thread pool; randomInt/randomUUID draw from a small refilled cache.

require('internal/crypto/util');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber, validateFunction, validateBoolean, validateObject, validateInteger, validateInt32 } =
  require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { binding } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxPossibleLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.allocUnsafeSlow ? Buffer.allocUnsafeSlow(size) : Buffer.alloc(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomFill(buf, 0, size, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function asBytes(buf) {
  // The binding reads typed arrays and ArrayBuffers; a DataView goes in as a Uint8Array over the same memory.
  return isArrayBufferView(buf) && !ArrayBuffer.isView(buf) || buf instanceof DataView ?
    new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : buf;
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const byteLength = buf.byteLength;
  offset = assertOffset(offset, elementSize, byteLength);
  size = size === undefined ? byteLength - offset : assertSize(size, elementSize, offset, byteLength);
  if (size === 0) return buf;
  binding.randomFill(asBytes(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const byteLength = buf.byteLength;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = byteLength;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, elementSize, byteLength);
    size = byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, byteLength);
    size = size === undefined ? byteLength - offset : assertSize(size, elementSize, offset, byteLength);
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  binding.randomFill(asBytes(buf), offset, size, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

// randomInt: rejection sampling over 48-bit values drawn from a cache.
const RAND_MAX = 0xFFFFFFFFFFFF;
const randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    tasks.splice(0).forEach((task) => randomInt(task.min, task.max, task.callback));
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// randomUUID: version 4, from a cache of 128 UUIDs' worth of bytes.
const kHex = [];
for (let i = 0; i < 256; i++) kHex.push((i + 0x100).toString(16).slice(1));
let uuidData;
let uuidBatch = 0;

function serializeUUID(buf, offset = 0) {
  const h = kHex;
  return h[buf[offset]] + h[buf[offset + 1]] + h[buf[offset + 2]] + h[buf[offset + 3]] + '-' +
    h[buf[offset + 4]] + h[buf[offset + 5]] + '-' +
    h[(buf[offset + 6] & 0x0f) | 0x40] + h[buf[offset + 7]] + '-' +
    h[(buf[offset + 8] & 0x3f) | 0x80] + h[buf[offset + 9]] + '-' +
    h[buf[offset + 10]] + h[buf[offset + 11]] + h[buf[offset + 12]] +
    h[buf[offset + 13]] + h[buf[offset + 14]] + h[buf[offset + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const b = Buffer.alloc(16);
    binding.randomFill(b, 0, 16);
    return serializeUUID(b);
  }
  if (uuidData === undefined) uuidData = Buffer.alloc(16 * 128);
  if (uuidBatch === 0) binding.randomFill(uuidData, 0, uuidData.length);
  uuidBatch = (uuidBatch + 1) % 128;
  return serializeUUID(uuidData, uuidBatch * 16);
}

// Web Crypto getRandomValues: integer typed arrays up to 65536 bytes.
function isIntegerTypedArray(v) {
  return v instanceof Int8Array || v instanceof Uint8Array || v instanceof Uint8ClampedArray ||
    v instanceof Int16Array || v instanceof Uint16Array || v instanceof Int32Array ||
    v instanceof Uint32Array || v instanceof BigInt64Array || v instanceof BigUint64Array;
}

function getRandomValues(data) {
  if (!isArrayBufferView(data) || !isIntegerTypedArray(data)) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(
      `The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`,
      'QuotaExceededError');
  }
  if (data.byteLength) binding.randomFill(data, 0, data.byteLength);
  return data;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = toPrimeBytes(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return binding.checkPrime(bytes, checks);
}

function bigintBytes(v) {
  let hex = v.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Buffer.from(hex, 'hex');
}

function toPrimeBytes(candidate) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    return bigintBytes(candidate);
  }
  if (isAnyArrayBuffer(candidate)) return new Uint8Array(candidate);
  if (isArrayBufferView(candidate)) return new Uint8Array(candidate.buffer, candidate.byteOffset, candidate.byteLength);
  throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const bytes = toPrimeBytes(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  validateFunction(callback, 'callback');
  binding.checkPrime(bytes, checks, (err, result) => callback(err, result));
}

function primeOption(value, name, bigint) {
  if (value === undefined) return null;
  if (typeof value === 'bigint') {
    if (value < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
    return bigintBytes(value);
  }
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (isArrayBufferView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], value);
}

function bitLength(bytes) {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

function compareBytes(a, b) {
  const x = BigInt('0x0' + Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'));
  const y = BigInt('0x0' + Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex'));
  return x < y ? -1 : x > y ? 1 : 0;
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = primeOption(options.add, 'options.add');
  const rem = primeOption(options.rem, 'options.rem');
  if (add !== null) {
    if (bitLength(add) > size) throw primeRangeError('invalid options.add');
    if (rem !== null && compareBytes(add, rem) <= 0) throw primeRangeError('invalid options.rem');
  }
  return { safe, bigint, add, rem };
}

function primeRangeError(message) {
  const e = new RangeError(message);
  e.code = 'ERR_OUT_OF_RANGE';
  return e;
}

function primeResult(buf, bigint) {
  if (bigint) return buf.length ? BigInt('0x' + buf.toString('hex')) : 0n;
  const ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return ab;
}

function generatePrimeSync(size, options = {}) {
  const { safe, bigint, add, rem } = primeArgs(size, options);
  return primeResult(binding.generatePrime(size, safe, add, rem), bigint);
}

function generatePrime(size, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const { safe, bigint, add, rem } = primeArgs(size, options);
  validateFunction(callback, 'callback');
  binding.generatePrime(size, safe, add, rem, (err, buf) => {
    if (err) callback(err);
    else callback(null, primeResult(buf, bigint));
  });
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
  serializeUUID,
};
