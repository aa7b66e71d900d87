'use strict';
// node:fs — synchronous and callback APIs over internalBinding('fs'). Each operation is one call
// into C: without a callback it runs synchronously and throws node's error; with one it runs on
// libuv's thread pool. Promises live in internal/fs/promises, streams in internal/fs/streams.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { fillPool } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FS_FILE_TOO_LARGE },
  AbortError, uvException,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateInt32, validateObject, validateString,
  validateUint32, validateEncoding, validateAbortSignal, validateBuffer,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants, kMaxUserId, kIoMaxLength, stringToFlags, getValidatedPath, getValidatedFd, pathString, getOptions,
  getStatsOptions, validateOffsetLengthRead, validateOffsetLengthWrite, validateBufferArray, validatePosition,
  toPosition, parseMode, toUnixTimestamp, validateRmOptions, validateRmdirOptions, getValidMode, Stats,
  getStatsFromBinding, getStatFsFromBinding, Dirent, direntsFromBinding, encodeNames, encodePath, uvErr,
  emitRecursiveRmdirWarning,
} = utils;
const { F_OK, O_WRONLY, O_SYNC, S_IFMT, S_IFDIR, UV_DIRENT_DIR, UV_FS_SYMLINK_DIR } = constants;

const isWindows = false;

// Reused by sync stat calls so a hot statSync allocates no typed array.
const statValues = new Float64Array(binding.kStatFields);
const bigintStatValues = new BigInt64Array(binding.kStatFields);

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

// binding callback -> user callback(err) / (null, value)
function done(cb) {
  return (err, value) => (err ? cb(err) : cb(null, value));
}
function doneVoid(cb) {
  return (err) => (err ? cb(err) : cb(null));
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function isFd(v) { return typeof v === 'number'; }

// The binding reads bytes of Uint8Arrays; other views (DataView, Float16Array, which the engine's C
// API does not know) are handed over as a Uint8Array on their bytes.
function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---- access / exists ------------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = F_OK; }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, doneVoid(callback));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try { p = getValidatedPath(path); } catch { callback(false); return; }
  binding.exists(p, (err, ok) => callback(!err && ok === true));
}
Object.defineProperty(exists, require('internal/util').kCustomPromisifiedSymbol, {
  value: function exists(path) { return new Promise((resolve) => fs.exists(path, resolve)); },
  writable: false, enumerable: false, configurable: true,
});

let existsSyncWarned = false;
function existsSync(path) {
  try { path = getValidatedPath(path); } catch (e) {
    if (e?.code === 'ERR_INVALID_ARG_TYPE' && !existsSyncWarned) {
      existsSyncWarned = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  return binding.exists(path);
}

// ---- readFile / writeFile / appendFile --------------------------------------------------------

function isUtf8(enc) { return enc === 'utf8' || enc === 'utf-8'; }

function decode(buf, encoding) {
  if (!encoding || encoding === 'buffer') return buf;
  if (isUtf8(encoding)) return buf.utf8Slice ? buf.utf8Slice(0, buf.length) : buf.toString();
  return buf.toString(encoding);
}

// The binding's readFile result: the contents, or the size (a number) of a file too large to read.
function readFileChecked(result, encoding, asString) {
  if (typeof result === 'number') throw new ERR_FS_FILE_TOO_LARGE(result);
  return asString ? result : decode(result, encoding);
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag || 'r');
  const encoding = options.encoding;
  const asString = isUtf8(encoding);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  if (checkAborted(options.signal, (e) => process.nextTick(callback, e))) return;
  binding.readFile(target, flags, asString, (err, data) => {
    if (err) return callback(err);
    if (options.signal?.aborted) return callback(new AbortError(undefined, { cause: options.signal.reason }));
    let out;
    try { out = readFileChecked(data, encoding, asString); } catch (e) { return callback(e); }
    callback(null, out);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'r');
  if (isUtf8(encoding)) return readFileChecked(binding.readFile(target, flags, true), encoding, true);
  // Bytes: a file that fits is read into the Buffer pool, as node's small reads are.
  const room = fillPool.room();
  const r = binding.readFileInto(target, flags, fillPool.bytes(), fillPool.offset(), room);
  if (typeof r !== 'number') return decode(r, encoding);
  if (r < 0) throw new ERR_FS_FILE_TOO_LARGE(-r);
  return decode(fillPool.take(r), encoding);
}

// Data for writeFile as a string (UTF-8, written as is by C) or an ArrayBufferView.
function writeData(data, encoding) {
  if (typeof data === 'string') return isUtf8(encoding) || !encoding ? data : Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const payload = writeData(data, options.encoding);
  const target = isFd(path) ? getValidatedFd(path, 'file') : getValidatedPath(path, 'file');
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseMode(options.mode, 'mode', 0o666);
  if (checkAborted(options.signal, (e) => process.nextTick(callback, e))) return;
  if (options.signal || flush) {
    writeFileChunked(target, payload, flags, mode, options.signal, flush, callback);
    return;
  }
  binding.writeFile(target, payload, flags, mode, doneVoid(callback));
}

// writeFile that can stop between chunks when its signal aborts, and fsyncs when asked to flush.
function writeFileChunked(target, payload, flags, mode, signal, flush, callback) {
  const buf = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const bytes = buf instanceof Buffer ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const ownFd = !isFd(target);
  const finish = (fd, err) => {
    if (!ownFd) return callback(err || null);
    binding.close(fd, (err2) => callback(err || err2 || null));
  };
  const write = (fd, off) => {
    if (signal?.aborted) return finish(fd, new AbortError(undefined, { cause: signal.reason }));
    if (off >= bytes.length) {
      if (flush) return fs.fsync(fd, (err) => finish(fd, err));
      return finish(fd, null);
    }
    const n = Math.min(bytes.length - off, utils.kWriteFileMaxChunkSize);
    binding.write(fd, bytes, off, n, -1, (err, written) => (err ? finish(fd, err) : write(fd, off + written)));
  };
  if (!ownFd) return write(target, 0);
  binding.open(target, flags, mode, (err, fd) => (err ? callback(err) : write(fd, 0)));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const payload = writeData(data, options.encoding);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseMode(options.mode, 'mode', 0o666);
  if (isFd(path)) {
    const fd = getValidatedFd(path, 'file');
    binding.writeFile(fd, payload, flags, mode);
    if (flush) fs.fsyncSync(fd);
    return;
  }
  path = getValidatedPath(path, 'file');
  if (!flush) return binding.writeFile(path, payload, flags, mode);
  const fd = binding.open(path, flags, mode);
  try {
    binding.writeFile(fd, payload, flags, mode);
    fs.fsyncSync(fd);
  } finally {
    binding.close(fd);
  }
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

// ---- open / close / read / write ----------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) { callback = flags; flags = 'r'; mode = 0o666; }
  else if (typeof mode === 'function') { callback = mode; mode = 0o666; }
  else mode = parseMode(mode, 'mode', 0o666);
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, done(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, doneVoid(callback));
}
function defaultCloseCallback(err) { if (err != null) throw err; }

function closeSync(fd) { binding.close(getValidatedFd(fd)); }

// Normalises read(fd, buffer, offset, length, position) and its option-object forms;
// `short`: called as (fd, buffer[, options]).
function readArgs(fd, buffer, offsetOrOptions, length, position, short) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (!ArrayBuffer.isView(buffer) && !short && (buffer == null || typeof buffer === 'object')) {
    // read(fd[, options], cb)
    const params = buffer ?? {};
    validateObject(params, 'options', { nullable: true });
    ({ buffer = Buffer.alloc(16384) } = params);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params);
  } else if (short || (typeof offsetOrOptions === 'object' && offsetOrOptions !== null)) {
    const params = offsetOrOptions ?? {};
    validateObject(params, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  validateInteger(length, 'length');
  if (length === 0) return { fd, buffer, offset, length, position: -1, empty: true };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  return { fd, buffer, offset, length, position: toPosition(position), empty: false };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  getValidatedFd(fd);
  const n = arguments.length;
  callback = arguments[n - 1];
  validateFunction(callback, 'cb');
  let a;
  if (n <= 2) a = readArgs(fd, undefined, undefined, undefined, undefined, false);
  else if (n === 3) a = readArgs(fd, buffer, undefined, undefined, undefined, ArrayBuffer.isView(buffer));
  else if (!ArrayBuffer.isView(buffer)) {
    getValidatedFd(fd);
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  else if (n === 4) a = readArgs(fd, buffer, offsetOrOptions, undefined, undefined, true);
  else a = readArgs(fd, buffer, offsetOrOptions, n > 4 ? length : undefined, n > 5 ? position : undefined, false);
  if (a.empty) {
    process.nextTick(() => callback(null, 0, a.buffer));
    return;
  }
  binding.read(a.fd, bytesOf(a.buffer), a.offset, a.length, a.position, (err, bytes) => {
    if (err) return callback(err);
    callback(null, bytes, a.buffer);
  });
}
Object.defineProperty(read, require('internal/util').customPromisifyArgs,
  { value: ['bytesRead', 'buffer'], enumerable: false });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  if (!ArrayBuffer.isView(buffer)) {
    getValidatedFd(fd);
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const a = arguments.length <= 3 ? readArgs(fd, buffer, offsetOrOptions, undefined, undefined, true) :
    readArgs(fd, buffer, offsetOrOptions, length, position, false);
  if (a.empty) return 0;
  return binding.read(a.fd, bytesOf(a.buffer), a.offset, a.length, a.position);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') { callback = position; position = null; }
  callback = makeCallback(callback);
  binding.readBuffers(fd, buffers, typeof position === 'number' ? position : -1, (err, n) =>
    (err ? callback(err) : callback(null, n, buffers)));
}
Object.defineProperty(readv, require('internal/util').customPromisifyArgs,
  { value: ['bytesRead', 'buffers'], enumerable: false });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  return binding.readBuffers(fd, buffers, typeof position === 'number' ? position : -1);
}

function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { fd, buffer, offset, length, position: toPosition(position), isString: false };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateEncoding(buffer, length);
  let pos = offsetOrOptions;
  if (typeof pos !== 'number' && typeof pos !== 'bigint') pos = null;
  const encoding = typeof length === 'string' ? length : 'utf8';
  return { fd, string: buffer, encoding, position: toPosition(pos), isString: true };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = Array.prototype.slice.call(arguments, 0);
  callback = args.pop();
  validateFunction(callback, 'cb');
  const a = writeArgs(args[0], args[1], args[2], args[3], args[4]);
  if (a.isString) {
    const after = (err, n) => (err ? callback(err) : callback(null, n, a.string));
    if (isUtf8(a.encoding)) binding.writeString(a.fd, a.string, a.position, after);
    else {
      const b = Buffer.from(a.string, a.encoding);
      binding.write(a.fd, b, 0, b.length, a.position, after);
    }
    return;
  }
  binding.write(a.fd, bytesOf(a.buffer), a.offset, a.length, a.position, (err, n) =>
    (err ? callback(err) : callback(null, n, a.buffer)));
}
Object.defineProperty(write, require('internal/util').customPromisifyArgs,
  { value: ['bytesWritten', 'buffer'], enumerable: false });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const a = writeArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.isString) {
    if (isUtf8(a.encoding)) return binding.writeString(a.fd, a.string, a.position);
    const b = Buffer.from(a.string, a.encoding);
    return binding.write(a.fd, b, 0, b.length, a.position);
  }
  return binding.write(a.fd, bytesOf(a.buffer), a.offset, a.length, a.position);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') { callback = position; position = null; }
  callback = makeCallback(callback);
  if (buffers.length === 0) { process.nextTick(callback, null, 0, buffers); return; }
  binding.writeBuffers(fd, buffers, typeof position === 'number' ? position : -1, (err, n) =>
    (err ? callback(err) : callback(null, n, buffers)));
}
Object.defineProperty(writev, require('internal/util').customPromisifyArgs,
  { value: ['bytesWritten', 'buffer'], enumerable: false });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return binding.writeBuffers(fd, buffers, typeof position === 'number' ? position : -1);
}

// ---- stat family --------------------------------------------------------------------------------

function statCallback(callback, options) {
  return (err, a) => {
    if (err) {
      if (options?.throwIfNoEntry === false && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) {
        return callback(null, undefined);
      }
      return callback(err);
    }
    callback(null, getStatsFromBinding(a));
  };
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, undefined, statCallback(callback, options), !!getStatsOptions(options).bigint);
}
function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, undefined, statCallback(callback, options), !!getStatsOptions(options).bigint);
}
function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, undefined, statCallback(callback), !!getStatsOptions(options).bigint);
}

function syncStat(fn, target, options) {
  const bigint = !!options?.bigint;
  const throwIfNoEntry = options?.throwIfNoEntry ?? true;
  const a = fn(target, bigint ? bigintStatValues : statValues, undefined, bigint, !throwIfNoEntry);
  return a === undefined ? undefined : getStatsFromBinding(a);
}
function statSync(path, options) {
  // Fast path: a plain string path and no options (the common hot loop).
  if (options === undefined && typeof path === 'string' && !path.includes('\u0000')) {
    return getStatsFromBinding(binding.stat(path, statValues));
  }
  return syncStat(binding.stat, getValidatedPath(path), options);
}
function lstatSync(path, options) {
  return syncStat(binding.lstat, getValidatedPath(path), options);
}
function fstatSync(fd, options) {
  return syncStat(binding.fstat, getValidatedFd(fd), { bigint: options?.bigint });
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, !!options?.bigint, (err, a) => (err ? callback(err) : callback(null, getStatFsFromBinding(a))));
}
function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), !!options?.bigint));
}

// ---- directories --------------------------------------------------------------------------------

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  if (recursive) binding.mkdirp(path, mode, done(callback));
  else binding.mkdir(path, mode, doneVoid(callback));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) return binding.mkdirp(path, mode);
  binding.mkdir(path, mode);
}

let mkdtempWarned = false;
function mkdtempPrefix(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  if (!mkdtempWarned && (prefix[prefix.length - 1] === 'X' || prefix[prefix.length - 1] === 0x58)) {
    mkdtempWarned = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
  }
  return { path: Buffer.isBuffer(prefix) ? Buffer.concat([prefix, Buffer.from('XXXXXX')]) : prefix + 'XXXXXX',
    encoding: options.encoding };
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  const p = mkdtempPrefix(prefix, typeof options === 'function' ? undefined : options);
  binding.mkdtemp(p.path, (err, r) => (err ? callback(err) : callback(null, encodePath(r, p.encoding))));
}

function mkdtempSync(prefix, options) {
  const p = mkdtempPrefix(prefix, options);
  return encodePath(binding.mkdtemp(p.path), p.encoding);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const full = require('path').resolve(pathString(path));
  return {
    path,
    remove() { rmSync(full, { force: true, recursive: true }); },
    [Symbol.dispose]() { rmSync(full, { force: true, recursive: true }); },
  };
}

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function joinPath(base, name) {
  if (typeof base !== 'string') base = base.toString();
  return base.endsWith('/') ? base + name : base + '/' + name;
}

function readdirResult(path, raw, options) {
  if (options.withFileTypes) return direntsFromBinding(path, raw, options.encoding, lstatSync);
  return encodeNames(raw, options.encoding);
}

// Recursive listing: names relative to the root (breadth first per directory, as node).
function readdirRecursiveSync(root, options) {
  const out = [];
  const queue = [''];
  const rootStr = pathString(root);
  for (let qi = 0; qi < queue.length; qi++) {
    const rel = queue[qi];
    const dir = rel ? joinPath(rootStr, rel) : rootStr;
    const [names, types] = binding.readdir(dir, true);
    for (let i = 0; i < names.length; i++) {
      const relName = rel ? rel + '/' + names[i] : names[i];
      let type = types[i];
      if (type === constants.UV_DIRENT_UNKNOWN) {
        try { type = utils.direntType(lstatSync(joinPath(dir, names[i])).mode); } catch {}
      }
      if (options.withFileTypes) out.push(new Dirent(encodeNames([names[i]], options.encoding)[0], type, dir));
      else out.push(encodeNames([relName], options.encoding)[0]);
      if (type === UV_DIRENT_DIR) queue.push(relName);
    }
  }
  return out;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(typeof options === 'function' ? undefined : options);
  path = getValidatedPath(path);
  if (options.recursive) {
    // The walk is many small calls; run it off the caller's stack and report asynchronously.
    process.nextTick(() => {
      let r;
      try { r = readdirRecursiveSync(path, options); } catch (e) { return callback(e); }
      callback(null, r);
    });
    return;
  }
  binding.readdir(path, !!options.withFileTypes, (err, raw) => {
    if (err) return callback(err);
    let r;
    try { r = readdirResult(path, raw, options); } catch (e) { return callback(e); }
    callback(null, r);
  }, rawNames(options.encoding));
}

// Names other than UTF-8 are decoded from the raw bytes.
function rawNames(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}
function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return readdirResult(path, binding.readdir(path, !!options.withFileTypes, undefined, rawNames(options.encoding)),
    options);
}

// ---- removal ------------------------------------------------------------------------------------

const retryCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function rmCheck(path, options, lstatResult) {
  if ((lstatResult.mode & S_IFMT) === S_IFDIR && !options.recursive) {
    const { ERR_FS_EISDIR } = require('internal/errors').codes;
    return new ERR_FS_EISDIR({
      code: 'EISDIR', message: 'is a directory', path: pathString(path), syscall: 'rm',
      errno: require('os').constants.errno.EISDIR,
    });
  }
  return null;
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  const st = lstatSync(path, { throwIfNoEntry: !options.force });
  if (st === undefined) return;
  const err = rmCheck(path, options, st);
  if (err) throw err;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((st.mode & S_IFMT) === S_IFDIR) binding.rmtree(path);
      else binding.unlink(path);
      return;
    } catch (e) {
      if (options.force && e.code === 'ENOENT') return;
      if (attempt >= options.maxRetries || !retryCodes.has(e.code)) throw e;
      const until = Date.now() + options.retryDelay * (attempt + 1);
      while (Date.now() < until); // node sleeps synchronously between retries too
    }
  }
}

function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.lstat(path, undefined, (err, a) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    const st = getStatsFromBinding(a);
    const e = rmCheck(path, options, st);
    if (e) return callback(e);
    const isDir = (st.mode & S_IFMT) === S_IFDIR;
    const attempt = (n) => {
      const after = (err2) => {
        if (!err2 || (options.force && err2.code === 'ENOENT')) return callback(null);
        if (n < options.maxRetries && retryCodes.has(err2.code)) {
          setTimeout(attempt, options.retryDelay * (n + 1), n + 1);
          return;
        }
        callback(err2);
      };
      if (isDir) binding.rmtree(path, after);
      else binding.unlink(path, after);
    };
    attempt(0);
  });
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    binding.stat(path, undefined, (err, a) => {
      if (err) return callback(err);
      if ((a[1] & S_IFMT) !== S_IFDIR) {
        return callback(uvErr(-20, 'rmdir', path));
      }
      rm(path, { ...options, recursive: true, force: false }, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, doneVoid(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    const st = statSync(path);
    if (!st.isDirectory()) throw uvErr(-20, 'rmdir', path);
    return rmSync(path, { ...options, recursive: true, force: false });
  }
  validateRmdirOptions(options);
  binding.rmdir(path);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), doneVoid(callback));
}
function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }

// ---- names and links ----------------------------------------------------------------------------

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), doneVoid(callback));
}
function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'),
    doneVoid(callback));
}
function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function symlinkFlags(type) {
  require('internal/validators').validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  return type === 'dir' ? UV_FS_SYMLINK_DIR : type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  callback = makeCallback(callback);
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags, doneVoid(callback));
}
function symlinkSync(target, path, type) {
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(typeof options === 'function' ? undefined : options);
  binding.readlink(getValidatedPath(path, 'oldPath'), (err, r) =>
    (err ? callback(err) : callback(null, encodePath(r, options.encoding))));
}
function readlinkSync(path, options) {
  options = getOptions(options);
  return encodePath(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

// fs.realpath (not .native) reports a failure as the lstat of the first missing component, as
// node's JS walk does; the walk itself is realpath(3).
function realpathError(path, err) {
  const full = require('path').resolve(pathString(path));
  const parts = full.split('/');
  for (let i = 2; i <= parts.length; i++) {
    const p = parts.slice(0, i).join('/');
    try { binding.lstat(p, statValues); } catch (e) { return e; }
  }
  return err;
}

// realpath(3) fails on a path that exists only through a descriptor link (/dev/stdin on a pipe:
// /proc/PID/fd/0 -> 'pipe:[N]'). Then the links are followed one component at a time, as node's
// JS realpath does, taking such a last link target as it reads. undefined when that fails too.
function realpathByLinks(path) {
  const { resolve, dirname } = require('path');
  try { binding.stat(path, statValues); } catch { return undefined; }
  let parts = resolve(pathString(path)).split('/').filter(Boolean);
  for (let restarts = 0; restarts < 40; restarts++) {
    let cur = '';
    let followed = false;
    for (let i = 0; i < parts.length; i++) {
      const next = cur + '/' + parts[i];
      try {
        if ((binding.lstat(next, statValues)[1] & S_IFMT) !== constants.S_IFLNK) { cur = next; continue; }
      } catch {
        return undefined;
      }
      const target = resolve(dirname(next), binding.readlink(next));
      if (i === parts.length - 1) {
        try { binding.lstat(target, statValues); } catch { return target; }
      }
      parts = resolve(target, ...parts.slice(i + 1)).split('/').filter(Boolean);
      followed = true;
      break;
    }
    if (!followed) return cur || '/';
  }
  return undefined;
}

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(typeof options === 'function' ? undefined : options);
  path = getValidatedPath(path);
  binding.realpath(path, (err, r) => {
    if (err) {
      r = err.code === 'ENOENT' ? realpathByLinks(path) : undefined;
      if (r === undefined) return callback(realpathError(path, err));
    }
    callback(null, encodePath(r, options.encoding));
  });
}
realpath.native = function(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(typeof options === 'function' ? undefined : options);
  path = getValidatedPath(path);
  binding.realpath(path, (err, r) => (err ? callback(err) : callback(null, encodePath(r, options.encoding))));
};
function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  let r;
  try {
    r = binding.realpath(path);
  } catch (e) {
    r = e.code === 'ENOENT' ? realpathByLinks(path) : undefined;
    if (r === undefined) throw realpathError(path, e);
  }
  return encodePath(r, options.encoding);
}
realpathSync.native = function(path, options) {
  options = getOptions(options);
  return encodePath(binding.realpath(getValidatedPath(path)), options.encoding);
};

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, doneVoid(callback));
}
function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 'copyFile'));
}

// ---- metadata -----------------------------------------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, doneVoid(callback));
}
function chmodSync(path, mode) { binding.chmod(getValidatedPath(path), parseMode(mode, 'mode')); }

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, doneVoid(callback));
}
function fchmodSync(fd, mode) { binding.fchmod(getValidatedFd(fd), parseMode(mode, 'mode')); }

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}
function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, doneVoid(callback));
}
function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, doneVoid(callback));
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}
function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, doneVoid(callback));
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), doneVoid(callback));
}
function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, doneVoid(callback));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), doneVoid(callback));
}
function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function truncateLen(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  len = truncateLen(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, doneVoid(callback));
}
function ftruncateSync(fd, len = 0) { binding.ftruncate(getValidatedFd(fd), truncateLen(len)); }

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') { callback = len; len = 0; }
  else if (len === undefined) len = 0;
  len = truncateLen(len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, O_WRONLY, 0o666, (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err1) => {
      binding.close(fd, (err2) => callback(err1 || err2 || null));
    });
  });
}
function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncateSync(path, len);
  }
  len = truncateLen(len);
  const fd = binding.open(getValidatedPath(path), O_WRONLY, 0o666);
  try { binding.ftruncate(fd, len); } finally { binding.close(fd); }
}
let truncateWarned = false;
function showTruncateDeprecation() {
  if (truncateWarned) return;
  truncateWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate ' +
    'with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, doneVoid(callback));
}
function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, doneVoid(callback));
}
function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }

// ---- watchers, streams, dirs, cp, glob (own modules, loaded on first use) -------------------------

function lazy(id) {
  let mod;
  return () => (mod ??= require(id));
}
const watchers = lazy('internal/fs/watchers');
const streams = lazy('internal/fs/streams');
const dirMod = lazy('internal/fs/dir');
const cpMod = lazy('internal/fs/cp');
const globMod = lazy('internal/fs/glob');

function watch(filename, options, listener) { return watchers().watch(filename, options, listener); }
function watchFile(filename, options, listener) { return watchers().watchFile(filename, options, listener); }
function unwatchFile(filename, listener) { return watchers().unwatchFile(filename, listener); }

function createReadStream(path, options) { return new (streams().ReadStream)(path, options); }
function createWriteStream(path, options) { return new (streams().WriteStream)(path, options); }

function opendir(path, options, callback) { return dirMod().opendir(path, options, callback); }
function opendirSync(path, options) { return dirMod().opendirSync(path, options); }

function cp(src, dest, options, callback) { return cpMod().cp(src, dest, options, callback); }
function cpSync(src, dest, options) { return cpMod().cpSync(src, dest, options); }

function glob(pattern, options, callback) { return globMod().glob(pattern, options, callback); }
function globSync(pattern, options) { return globMod().globSync(pattern, options); }

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const data = readFileSync(path);
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
}

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown,
  fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate,
  ftruncateSync, futimes, futimesSync, glob, globSync, lchown, lchownSync, lchmod: undefined, lchmodSync: undefined,
  link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync,
  mkdtempDisposableSync, open, openSync, openAsBlob, readdir, readdirSync, read, readSync, readv, readvSync,
  readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir,
  rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync, unwatchFile,
  unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync, writev,
  writevSync, Dirent, Stats,
  get ReadStream() { return streams().ReadStream; },
  set ReadStream(v) { Object.defineProperty(fs, 'ReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get WriteStream() { return streams().WriteStream; },
  set WriteStream(v) { Object.defineProperty(fs, 'WriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileReadStream() { return streams().ReadStream; },
  set FileReadStream(v) { Object.defineProperty(fs, 'FileReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileWriteStream() { return streams().WriteStream; },
  set FileWriteStream(v) { Object.defineProperty(fs, 'FileWriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get Utf8Stream() { return streams().Utf8Stream; },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return dirMod().Dir; },
  opendir, opendirSync,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  constants,
};

Object.defineProperty(fs, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('internal/fs/promises').exports; },
});
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(fs, k, { enumerable: false });
}
