'use strict';
// Shared pieces of node:fs: constants, flag and mode parsing, path and argument validation,
// Stats/BigIntStats/StatFs/Dirent, and option normalisation. Messages follow node 24 exactly.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FS_EISDIR, ERR_FS_FILE_TOO_LARGE,
  },
  hideStackFrames, uvException,
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateInteger, validateObject,
  validateUint32, parseFileMode, isUint32,
} = require('internal/validators');

const rawConstants = internalBinding('constants').fs;
// fs.constants as node 24 shows it on Linux: the binding's table without the module-loader entries.
const constants = { __proto__: null };
for (const key of Object.keys(rawConstants)) {
  if (!key.startsWith('EXTENSIONLESS_')) constants[key] = rawConstants[key];
}
Object.freeze(constants);

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK, F_OK, W_OK, X_OK, COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
} = constants;

const kMaxUserId = 2 ** 32 - 1;
const kIoMaxLength = 2 ** 31 - 1;
const kMaxLength = require('buffer').constants.MAX_LENGTH;
const kWriteFileMaxChunkSize = 512 * 1024;

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

// ---- paths ----------------------------------------------------------------------------------

function isURL(p) {
  return p != null && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string' &&
    p.origin !== undefined;
}

function fileURLToPath(u) { return require('url').fileURLToPath(u); }

// A path argument as a string (or a Buffer, kept as bytes), checked for type and null bytes.
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = isURL(fileURLOrPath) ? fileURLToPath(fileURLOrPath) : fileURLOrPath;
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path instanceof Uint8Array) {
    if (path.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return Buffer.isBuffer(path) ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
});

// Paths handed to the binding: strings as they are, Buffers as bytes (the binding takes both).
function pathString(p) { return typeof p === 'string' ? p : p.toString(); }

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

const validatePath = hideStackFrames((path, propName = 'path') => getValidatedPath(path, propName));

// ---- options --------------------------------------------------------------------------------

const kEmpty = Object.freeze({ __proto__: null });

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = kEmpty) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (defaultOptions !== kEmpty) options = { ...defaultOptions, ...options };
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function getStatsOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  if (typeof options !== 'object') return { bigint: false };
  return options;
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
});

// A read/write position: null/undefined/-1 -> current position (-1); bigint folded to a number.
const validatePosition = hideStackFrames((position, name, length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  return position;
}

function parseMode(value, name, def) { return parseFileMode(value, name, def); }

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'bigint') return Number(time);
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const validateCpOptions = hideStackFrames((options) => {
  if (options === undefined) return { ...kCpDefaults };
  validateObject(options, 'options');
  options = { ...kCpDefaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new (require('internal/errors').codes.ERR_INCOMPATIBLE_OPTION_PAIR)('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
});
const kCpDefaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false, mode: 0,
};

const kRmDefaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };
const validateRmOptions = hideStackFrames((options, defaults = kRmDefaults) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.force, 'options.force');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

// node's internal name for the rm options check (path kept for its signature).
function validateRmOptionsSync(path, options) { return validateRmOptions(options); }

const validateRmdirOptions = hideStackFrames((options) => {
  if (options === undefined) return { retryDelay: 100, maxRetries: 0, recursive: false };
  validateObject(options, 'options');
  options = { retryDelay: 100, maxRetries: 0, recursive: false, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

const getValidMode = hideStackFrames((mode, type) => {
  let min = 0;
  let max = 7;
  let def = F_OK;
  if (type === 'copyFile') {
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = mode ?? 0;
  } else if (type !== 'access') {
    throw new ERR_INVALID_ARG_VALUE('type', type);
  }
  if (mode == null) return def;
  validateInteger(mode, 'mode', min, max);
  return mode;
});

// ---- Stats ----------------------------------------------------------------------------------

function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

function defineDateGetters(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const ms = name + 'Ms';
    Object.defineProperty(proto, name, {
      enumerable: false,
      configurable: true,
      get() {
        const v = dateFromMs(this[ms]);
        Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
        return v;
      },
      set(v) {
        Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid; this.rdev = rdev;
    this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  }
  _checkModeProperty(property) { return (this.mode & S_IFMT) === property; }
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

let statsWarned = false;
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
  birthtimeMs) {
  if (!statsWarned) {
    statsWarned = true;
    process.emitWarning('fs.Stats constructor is deprecated.', 'DeprecationWarning', 'DEP0180');
  }
  return new StatsInternal(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs,
    ctimeMs, birthtimeMs);
}
// What fs itself makes: the same objects as `new Stats(...)`, without the deprecation warning.
function StatsInternal(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
  birthtimeMs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid; this.rdev = rdev;
  this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
StatsInternal.prototype = Stats.prototype;
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};
defineDateGetters(Stats.prototype);

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs,
  birthtimeNs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid; this.rdev = rdev;
  this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  this.atimeMs = atimeNs / 1000000n; this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n; this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs; this.mtimeNs = mtimeNs; this.ctimeNs = ctimeNs; this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};
defineDateGetters(BigIntStats.prototype);

const kNsPerMsBigInt = 1000000n;
const kNsPerSecBigInt = 1000000000n;

// Stats from the binding's 18 fields at `offset` (Float64Array or BigInt64Array).
function getStatsFromBinding(a, offset = 0) {
  if (a instanceof BigInt64Array) {
    return new BigIntStats(a[offset], a[1 + offset], a[2 + offset], a[3 + offset], a[4 + offset], a[5 + offset],
      a[6 + offset], a[7 + offset], a[8 + offset], a[9 + offset],
      a[10 + offset] * kNsPerSecBigInt + a[11 + offset], a[12 + offset] * kNsPerSecBigInt + a[13 + offset],
      a[14 + offset] * kNsPerSecBigInt + a[15 + offset], a[16 + offset] * kNsPerSecBigInt + a[17 + offset]);
  }
  return new StatsInternal(a[offset], a[1 + offset], a[2 + offset], a[3 + offset], a[4 + offset], a[5 + offset],
    a[6 + offset], a[7 + offset], a[8 + offset], a[9 + offset],
    a[10 + offset] * 1e3 + a[11 + offset] / 1e6, a[12 + offset] * 1e3 + a[13 + offset] / 1e6,
    a[14 + offset] * 1e3 + a[15 + offset] / 1e6, a[16 + offset] * 1e3 + a[17 + offset] / 1e6);
}

function bigintStatsFromNumbers(a, offset) {
  const b = new BigInt64Array(18);
  for (let i = 0; i < 18; i++) b[i] = BigInt(Math.trunc(a[offset + i]));
  return getStatsFromBinding(b, 0);
}

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type; this.bsize = bsize; this.frsize = frsize; this.blocks = blocks; this.bfree = bfree;
    this.bavail = bavail; this.files = files; this.ffree = ffree;
  }
}
function getStatFsFromBinding(a) { return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]); }

// ---- Dirent ---------------------------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
const kStats = Symbol('stats');
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO',
  'isSocket']) {
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

function direntType(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

// Entry names from the binding in the requested encoding.
// Names from the binding (strings, or Buffers of raw bytes when asked for) in `encoding`.
function encodeNames(names, encoding) {
  if (names.length > 0 && typeof names[0] !== 'string') {
    if (encoding === 'buffer') return names;
    return names.map((n) => n.toString(encoding || 'utf8'));
  }
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return names;
  if (encoding === 'buffer') return names.map((n) => Buffer.from(n));
  return names.map((n) => Buffer.from(n).toString(encoding));
}

function encodePath(p, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return p;
  if (encoding === 'buffer') return Buffer.from(p);
  return Buffer.from(p).toString(encoding);
}

// Dirents for the binding's [names, types]; unknown types (some file systems) resolved by lstat.
function direntsFromBinding(path, [names, types], encoding, lstatSync) {
  const out = new Array(names.length);
  const base = pathString(path);
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN && lstatSync) {
      const name = typeof names[i] === 'string' ? names[i] : names[i].toString();
      try { type = direntType(lstatSync(base + '/' + name).mode); } catch { /* stays unknown */ }
    }
    out[i] = new Dirent(encodeNames([names[i]], encoding)[0], type, base);
  }
  return out;
}

// node's internal getDirents(path, [names, types], callback) / getDirent(path, name, type[, callback]):
// Dirents with unknown types resolved by lstat (asynchronously when given a callback).
function direntJoin(path, name) {
  if (typeof path === 'string') return path + '/' + (typeof name === 'string' ? name : name.toString());
  return Buffer.concat([path, Buffer.from('/'), typeof name === 'string' ? Buffer.from(name) : name]);
}

function getDirent(path, name, type, callback) {
  if (typeof path !== 'string' && !Buffer.isBuffer(path)) {
    const err = new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer'], path);
    if (typeof callback === 'function') return process.nextTick(callback, err);
    throw err;
  }
  const fs = require('fs');
  if (typeof callback !== 'function') {
    if (type === UV_DIRENT_UNKNOWN) return new DirentFromStats(name, fs.lstatSync(direntJoin(path, name)), path);
    return new Dirent(name, type, path);
  }
  if (type !== UV_DIRENT_UNKNOWN) return process.nextTick(callback, null, new Dirent(name, type, path));
  fs.lstat(direntJoin(path, name), (err, stats) => {
    if (err) return callback(err);
    callback(null, new DirentFromStats(name, stats, path));
  });
}

function getDirents(path, [names, types], callback) {
  if (typeof path !== 'string' && !Buffer.isBuffer(path)) {
    return process.nextTick(callback, new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer'], path));
  }
  const out = new Array(names.length);
  let pending = names.length + 1;
  let failed = false;
  const settle = (err) => {
    if (failed) return;
    if (err) { failed = true; return callback(err); }
    if (--pending === 0) callback(null, out);
  };
  for (let i = 0; i < names.length; i++) {
    getDirent(path, names[i], types[i], (err, d) => { out[i] = d; settle(err); });
  }
  settle(null);
}

function uvErr(errno, syscall, path, dest) {
  return uvException({ errno, syscall, path: path === undefined ? undefined : pathString(path), dest });
}

function emitRecursiveRmdirWarning() {
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

module.exports = {
  constants, kMaxUserId, kIoMaxLength, kMaxLength, kWriteFileMaxChunkSize, kType, kEmpty,
  stringToFlags, getValidatedPath, validatePath, getValidatedFd, pathString, isURL,
  assertEncoding, getOptions, copyObject, getStatsOptions, validateOffsetLengthRead, validateOffsetLengthWrite,
  validateBufferArray, validatePosition, toPosition, parseMode, toUnixTimestamp, validateCpOptions,
  validateRmOptions, validateRmOptionsSync, validateRmdirOptions, getValidMode, Stats, BigIntStats, StatFs, getStatsFromBinding,
  bigintStatsFromNumbers, getStatFsFromBinding, Dirent, DirentFromStats, direntType, getDirents, getDirent,
  direntsFromBinding, encodeNames,
  encodePath, uvErr, emitRecursiveRmdirWarning, isUint32, ERR_FS_EISDIR, ERR_FS_FILE_TOO_LARGE, W_OK, X_OK,
};
