'use strict';
// node:zlib over zlib, brotli and zstd (internalBinding('zlib'), the zlib.so module).
// One-shot calls (deflateSync, gzip(buf, cb), ...) run the whole job in one native call (on the
// thread pool for the callback forms); streams are Transforms that feed the handle chunk by chunk.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZSTD_INVALID_PARAM,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('internal/util/types');

const binding = internalBinding('zlib');
const constants = binding.constants;
const {
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE, ZSTD_COMPRESS, ZSTD_DECOMPRESS,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

// Read-only like node's (the object itself stays extensible).
for (const key of Object.keys(constants)) {
  Object.defineProperty(constants, key, { value: constants[key], writable: false, enumerable: true, configurable: false });
}

const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');
const kPending = Symbol('kPending');

// Flush flag ranges and defaults per family: [min, max, default, finish, fullFlush].
const zlibFlush = [Z_NO_FLUSH, Z_BLOCK, Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH];
const brotliFlush = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA, BROTLI_OPERATION_PROCESS,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_FLUSH];
const zstdFlush = [ZSTD_e_continue, ZSTD_e_end, ZSTD_e_continue, ZSTD_e_end, ZSTD_e_flush];

function initFailed(message) {
  const err = new Error(message);
  err.code = 'ERR_ZLIB_INITIALIZATION_FAILED';
  return err;
}

// false for "use the default" (undefined or NaN); throws for non-numbers and infinities.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', number);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

// The binding reads Uint8Arrays; other views (Float16Array, DataView...) are seen as their bytes.
function asUint8(view) {
  return isUint8Array(view) ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function toBytes(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return asUint8(buffer);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function dictionaryOption(dictionary) {
  if (dictionary === undefined) return dictionary;
  if (isArrayBufferView(dictionary)) return asUint8(dictionary);
  if (isAnyArrayBuffer(dictionary)) return Buffer.from(dictionary);
  throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
}

// Errors from the binding carry message/errno/code; ERR_BUFFER_TOO_LARGE becomes node's RangeError.
function engineError(engine, err) {
  if (err.code === 'ERR_BUFFER_TOO_LARGE') return new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
  return err;
}

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

// ---- the stream ------------------------------------------------------------------------------

// Options shared by every engine; `setup` carries the handle made by the family's own setup.
function baseSetup(setup, opts, flushes) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = flushes[2];
  let finishFlush = flushes[3];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = Z_DEFAULT_CHUNK;
    else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushes[0], flushes[1], flushes[2]);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', flushes[0], flushes[1], flushes[3]);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  setup.chunkSize = chunkSize;
  setup.flush = flush;
  setup.finishFlush = finishFlush;
  setup.fullFlush = flushes[4];
  setup.maxOutputLength = maxOutputLength;
  return setup;
}

function ZlibBase(opts, setup) {
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    // Compressed data is bytes, whatever the caller asked for.
    opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this.bytesWritten = 0;
  this._handle = setup.handle;
  this._writeState = setup.writeState;
  this._outBuffer = null; // made on the first streaming write; one-shot calls never need it
  this._outOffset = 0;
  this._chunkSize = setup.chunkSize;
  this._defaultFlushFlag = setup.flush;
  this._finishFlushFlag = setup.finishFlush;
  this._defaultFullFlushFlag = setup.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = setup.maxOutputLength;
  this[kPending] = null;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  const err = this._handle.reset();
  if (err) this.destroy(engineError(this, err));
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  const ws = this._writableState;
  let flushFlag;
  if ((ws.ending || ws.ended) && ws.length === chunk.byteLength) flushFlag = this._finishFlushFlag;
  else if (chunk[kFlushFlag] !== undefined) flushFlag = chunk[kFlushFlag];
  else flushFlag = this._defaultFlushFlag;
  processChunk(this, chunk, flushFlag, callback);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') processChunk(this, chunk, flushFlag, callback);
  else return processChunkSync(this, chunk, flushFlag);
};

// Synchronous: loop writeSync until the engine leaves output space unused.
function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  if (!handle) throw new Error('zlib binding closed');
  const state = self._writeState;
  const chunkSize = self._chunkSize;
  const buffers = [];
  let nread = 0;
  let inOff = 0;
  let availIn = chunk.byteLength;
  let outBuffer = self._outBuffer || Buffer.allocUnsafe(chunkSize);
  let outOffset = self._outOffset;
  for (;;) {
    const availOutBefore = outBuffer.length - outOffset;
    const err = handle.writeSync(flushFlag, chunk, inOff, availIn, outBuffer, outOffset, availOutBefore);
    if (err) {
      closeHandle(self);
      throw engineError(self, err);
    }
    const availOut = state[0];
    const used = availIn - state[1];
    inOff += used;
    availIn = state[1];
    self.bytesWritten += used;
    const have = availOutBefore - availOut;
    if (have > 0) {
      buffers.push(outBuffer.slice(outOffset, outOffset + have));
      outOffset += have;
      nread += have;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (availOut === 0 || outOffset >= outBuffer.length) {
      outBuffer = Buffer.allocUnsafe(chunkSize);
      outOffset = 0;
    }
    if (availOut !== 0) break;
  }
  self._outBuffer = outBuffer;
  self._outOffset = outOffset;
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// Asynchronous: one handle.write per step on the pool; output is pushed as it comes.
// The stream path gives the engine room for several chunks per trip to the thread pool (a round
// trip costs tens of microseconds here) and pushes the output cut at chunkSize boundaries, so
// readers see the same chunks as with one chunk per trip.
const kStreamOutBytes = 64 * 1024;
function streamOutSize(chunkSize) {
  return chunkSize >= kStreamOutBytes ? chunkSize : chunkSize * Math.floor(kStreamOutBytes / chunkSize);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  const pending = self[kPending] || (self[kPending] = { chunk: null, cb: null, flushFlag: 0, inOff: 0, availIn: 0, availOutBefore: 0, onDone: null });
  if (!pending.onDone) pending.onDone = onWriteDone.bind(self);
  if (!self._outBuffer) self._outBuffer = Buffer.allocUnsafe(streamOutSize(self._chunkSize));
  pending.chunk = chunk;
  pending.cb = cb;
  pending.flushFlag = flushFlag;
  pending.inOff = 0;
  pending.availIn = chunk.byteLength;
  writeStep(self, pending);
}

function writeStep(self, pending) {
  pending.availOutBefore = self._outBuffer.length - self._outOffset;
  self._handle.write(pending.flushFlag, pending.chunk, pending.inOff, pending.availIn,
                     self._outBuffer, self._outOffset, pending.availOutBefore, pending.onDone);
}

function onWriteDone(err) {
  const self = this;
  const pending = self[kPending];
  if (self.destroyed || !self._handle) {
    const cb = pending.cb;
    pending.chunk = pending.cb = null;
    if (!err) cb();
    return;
  }
  if (err) {
    pending.chunk = pending.cb = null;
    closeHandle(self);
    self.destroy(engineError(self, err));
    return;
  }
  const state = self._writeState;
  const availOut = state[0];
  const used = pending.availIn - state[1];
  pending.inOff += used;
  pending.availIn = state[1];
  self.bytesWritten += used;
  const have = pending.availOutBefore - availOut;
  let full = false;
  const chunkSize = self._chunkSize;
  const outBuffer = self._outBuffer;
  let start = self._outOffset;
  const end = start + have;
  while (start < end) {
    const stop = Math.min(end, (Math.floor(start / chunkSize) + 1) * chunkSize);
    full = !self.push(outBuffer.slice(start, stop));
    start = stop;
    if (self.destroyed || !self._handle) break; // closed from a 'data' listener
  }
  self._outOffset = end;
  if (availOut === 0 || self._outOffset >= outBuffer.length) {
    self._outBuffer = Buffer.allocUnsafe(streamOutSize(chunkSize));
    self._outOffset = 0;
  }
  if (availOut === 0) {
    // The engine has more output for this chunk: continue now, or when the reader wants more.
    if (self.destroyed || !self._handle) {
      pending.chunk = pending.cb = null; // closed from a 'data' listener
    } else if (!full) {
      writeStep(self, pending);
    } else {
      const read = self._read;
      self._read = function resumeAfterBackpressure(n) {
        self._read = read;
        if (self._handle && !self.destroyed) writeStep(self, pending);
        read.call(self, n);
      };
    }
    return;
  }
  if (pending.availIn > 0) {
    // Output space left but input refused: the compressed stream ended before the input did.
    self.push(null);
  }
  const cb = pending.cb;
  pending.chunk = pending.cb = null;
  cb();
}

// ---- zlib, brotli and zstd engines -------------------------------------------------------------

function zlibSetup(opts, mode, oneShot = false) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    if (opts.windowBits === 0 && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0; // take the window size from the stream header
    } else {
      const min = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS,
                                           Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                                       Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                                       Z_DEFAULT_STRATEGY);
    dictionary = dictionaryOption(opts.dictionary);
  }
  const handle = binding.createHandle(mode);
  // A one-shot job reads no stream state back.
  const writeState = oneShot ? undefined : new Uint32Array(2);
  const err = handle.init(level, windowBits, memLevel, strategy, dictionary, undefined, -1, writeState);
  if (err) {
    handle.close();
    throw initFailed(err.message);
  }
  return baseSetup({ handle, writeState, level, strategy }, opts, zlibFlush);
}

function Zlib(opts, mode) {
  const setup = zlibSetup(opts, mode);
  ZlibBase.call(this, opts, setup);
  this._level = setup.level;
  this._strategy = setup.strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    if (callback) process.nextTick(callback);
    return;
  }
  this.flush(Z_SYNC_FLUSH, () => {
    if (this._handle) {
      const err = this._handle.params(level, strategy);
      if (err) {
        this.destroy(engineError(this, err));
        return;
      }
    }
    if (!this.destroyed) {
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    }
  });
};

// Numeric (key, value) pairs for brotli/zstd, validated like node.
function paramPairs(params, isValidKey, InvalidParam) {
  const keys = Object.keys(params);
  const pairs = new Uint32Array(keys.length * 2);
  const seen = new Set();
  for (let i = 0; i < keys.length; i++) {
    const key = Number(keys[i]);
    // '0' and '00' name the same parameter: a repeat is as invalid as an unknown key.
    if (!Number.isInteger(key) || !isValidKey(key) || seen.has(key)) throw new InvalidParam(keys[i]);
    seen.add(key);
    let value = params[keys[i]];
    if (typeof value === 'boolean') value = value ? 1 : 0;
    else if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', params[keys[i]]);
    pairs[2 * i] = key;
    pairs[2 * i + 1] = value | 0;
  }
  return pairs;
}

const isBrotliParam = (key) => key >= 0 && key <= constants.BROTLI_PARAM_NDIRECT;

function brotliSetup(opts, mode, oneShot = false) {
  let pairs;
  let dictionary;
  if (opts) {
    if (opts.params !== undefined && opts.params !== null) pairs = paramPairs(opts.params, isBrotliParam, ERR_BROTLI_INVALID_PARAM);
    dictionary = dictionaryOption(opts.dictionary);
  }
  if (dictionary !== undefined && dictionary.byteLength > 0) {
    // Shared dictionaries need brotli >= 1.1; the system library is older.
    throw initFailed('Initialization failed');
  }
  const handle = binding.createHandle(mode);
  const writeState = oneShot ? undefined : new Uint32Array(2);
  const err = handle.init(0, 0, 0, 0, undefined, pairs, -1, writeState);
  if (err) {
    handle.close();
    throw initFailed('Initialization failed');
  }
  return baseSetup({ handle, writeState }, opts, brotliFlush);
}

function Brotli(opts, mode) {
  ZlibBase.call(this, opts, brotliSetup(opts, mode));
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

// Keys up to the largest known parameter id pass here; the library judges the rest at init.
const kMaxZstdParam = Math.max(...Object.keys(constants).filter((k) => /^ZSTD_[cd]_/.test(k)).map((k) => constants[k]));
const isZstdParam = (key) => key >= 0 && key <= kMaxZstdParam;

function zstdSetup(opts, mode, oneShot = false) {
  let pairs;
  let dictionary;
  let pledgedSrcSize = -1;
  if (opts) {
    if (opts.params !== undefined && opts.params !== null) pairs = paramPairs(opts.params, isZstdParam, ERR_ZSTD_INVALID_PARAM);
    dictionary = dictionaryOption(opts.dictionary);
    if (opts.pledgedSrcSize !== undefined) {
      if (typeof opts.pledgedSrcSize !== 'number') {
        const err = new TypeError('pledgedSrcSize must be a number');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      if (opts.pledgedSrcSize >= 0) pledgedSrcSize = opts.pledgedSrcSize;
    }
  }
  const handle = binding.createHandle(mode);
  const writeState = oneShot ? undefined : new Uint32Array(2);
  const err = handle.init(0, 0, 0, 0, dictionary, pairs, pledgedSrcSize, writeState);
  if (err) {
    handle.close();
    throw initFailed(err.code === 'ERR_ZLIB_INITIALIZATION_FAILED' ? err.message : 'Setting parameter failed');
  }
  return baseSetup({ handle, writeState }, opts, zstdFlush);
}

function Zstd(opts, mode) {
  ZlibBase.call(this, opts, zstdSetup(opts, mode));
}
Object.setPrototypeOf(Zstd.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zstd, ZlibBase);

// The public constructors; calling one without `new` still works (deprecated, DEP0184).
const warnedNoNew = new Set();
function defineEngine(name, Base, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) {
        if (!warnedNoNew.has(name)) {
          warnedNoNew.add(name);
          process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`,
                              'DeprecationWarning', 'DEP0184');
        }
        return new ctor(opts);
      }
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}

const Deflate = defineEngine('Deflate', Zlib, DEFLATE);
const Inflate = defineEngine('Inflate', Zlib, INFLATE);
const Gzip = defineEngine('Gzip', Zlib, GZIP);
const Gunzip = defineEngine('Gunzip', Zlib, GUNZIP);
const DeflateRaw = defineEngine('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = defineEngine('InflateRaw', Zlib, INFLATERAW);
const Unzip = defineEngine('Unzip', Zlib, UNZIP);
const BrotliCompress = defineEngine('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = defineEngine('BrotliDecompress', Brotli, BROTLI_DECODE);
const ZstdCompress = defineEngine('ZstdCompress', Zstd, ZSTD_COMPRESS);
const ZstdDecompress = defineEngine('ZstdDecompress', Zstd, ZSTD_DECOMPRESS);

// ---- one-shot helpers ------------------------------------------------------------------------

// Without `info` no stream object is needed: the handle alone does the job, in one native call.
function zlibBufferSync(setup, buffer) {
  buffer = toBytes(buffer);
  const out = setup.handle.processAll(setup.finishFlush, buffer, 0, buffer.byteLength, setup.maxOutputLength);
  setup.handle.close();
  setup.handle = null;
  if (out instanceof Error) throw oneShotError(setup, out);
  return out;
}

function zlibBuffer(setup, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = toBytes(buffer);
  setup.handle.processAllAsync(setup.finishFlush, buffer, 0, buffer.byteLength, setup.maxOutputLength, (err, out) => {
    setup.handle.close();
    setup.handle = null;
    if (err) callback(oneShotError(setup, err));
    else callback(null, out);
  });
}

function oneShotError(setup, err) {
  return err.code === 'ERR_BUFFER_TOO_LARGE' ? new ERR_BUFFER_TOO_LARGE(setup.maxOutputLength) : err;
}

// With `info`, the result names the engine, so a real stream object does the job.
function engineBufferSync(engine, buffer) {
  const setup = { handle: engine._handle, finishFlush: engine._finishFlushFlag, maxOutputLength: engine._maxOutputLength };
  engine._handle = null;
  const bytes = toBytes(buffer);
  const out = zlibBufferSync(setup, bytes);
  engine.bytesWritten = bytes.byteLength;
  return { buffer: out, engine };
}

function engineBuffer(engine, buffer, callback) {
  const setup = { handle: engine._handle, finishFlush: engine._finishFlushFlag, maxOutputLength: engine._maxOutputLength };
  validateFunction(callback, 'callback');
  const bytes = toBytes(buffer);
  engine._handle = null;
  zlibBuffer(setup, bytes, (err, out) => {
    if (err) {
      callback(err);
      return;
    }
    engine.bytesWritten = bytes.byteLength;
    callback(null, { buffer: out, engine });
  });
}

function oneShot(Ctor, setupFn, mode) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    if (opts && opts.info) return engineBuffer(new Ctor(opts), buffer, callback);
    return zlibBuffer(setupFn(opts, mode, true), buffer, callback);
  };
}

function oneShotSync(Ctor, setupFn, mode) {
  return function syncBufferWrapper(buffer, opts) {
    if (opts && opts.info) return engineBufferSync(new Ctor(opts), buffer);
    return zlibBufferSync(setupFn(opts, mode, true), buffer);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? data : asUint8(data), value);
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip,
  BrotliCompress, BrotliDecompress, ZstdCompress, ZstdDecompress,
  deflate: oneShot(Deflate, zlibSetup, DEFLATE),
  deflateSync: oneShotSync(Deflate, zlibSetup, DEFLATE),
  gzip: oneShot(Gzip, zlibSetup, GZIP),
  gzipSync: oneShotSync(Gzip, zlibSetup, GZIP),
  deflateRaw: oneShot(DeflateRaw, zlibSetup, DEFLATERAW),
  deflateRawSync: oneShotSync(DeflateRaw, zlibSetup, DEFLATERAW),
  unzip: oneShot(Unzip, zlibSetup, UNZIP),
  unzipSync: oneShotSync(Unzip, zlibSetup, UNZIP),
  inflate: oneShot(Inflate, zlibSetup, INFLATE),
  inflateSync: oneShotSync(Inflate, zlibSetup, INFLATE),
  gunzip: oneShot(Gunzip, zlibSetup, GUNZIP),
  gunzipSync: oneShotSync(Gunzip, zlibSetup, GUNZIP),
  inflateRaw: oneShot(InflateRaw, zlibSetup, INFLATERAW),
  inflateRawSync: oneShotSync(InflateRaw, zlibSetup, INFLATERAW),
  brotliCompress: oneShot(BrotliCompress, brotliSetup, BROTLI_ENCODE),
  brotliCompressSync: oneShotSync(BrotliCompress, brotliSetup, BROTLI_ENCODE),
  brotliDecompress: oneShot(BrotliDecompress, brotliSetup, BROTLI_DECODE),
  brotliDecompressSync: oneShotSync(BrotliDecompress, brotliSetup, BROTLI_DECODE),
  zstdCompress: oneShot(ZstdCompress, zstdSetup, ZSTD_COMPRESS),
  zstdCompressSync: oneShotSync(ZstdCompress, zstdSetup, ZSTD_COMPRESS),
  zstdDecompress: oneShot(ZstdDecompress, zstdSetup, ZSTD_DECOMPRESS),
  zstdDecompressSync: oneShotSync(ZstdDecompress, zstdSetup, ZSTD_DECOMPRESS),
  createDeflate: (options) => new Deflate(options),
  createInflate: (options) => new Inflate(options),
  createDeflateRaw: (options) => new DeflateRaw(options),
  createInflateRaw: (options) => new InflateRaw(options),
  createGzip: (options) => new Gzip(options),
  createGunzip: (options) => new Gunzip(options),
  createUnzip: (options) => new Unzip(options),
  createBrotliCompress: (options) => new BrotliCompress(options),
  createBrotliDecompress: (options) => new BrotliDecompress(options),
  createZstdCompress: (options) => new ZstdCompress(options),
  createZstdDecompress: (options) => new ZstdDecompress(options),
};

Object.defineProperties(module.exports, {
  constants: { enumerable: true, configurable: false, writable: false, value: constants },
  codes: { enumerable: true, configurable: false, writable: false, value: codes },
});

// Legacy zlib.Z_OK etc.: every constant but brotli's, hidden and read-only.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_')) continue;
  Object.defineProperty(module.exports, key, { value: constants[key], enumerable: false, writable: false, configurable: false });
}
