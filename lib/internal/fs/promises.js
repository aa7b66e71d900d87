'use strict';
// fs/promises and FileHandle. Each operation is the same single binding call as the callback API,
// settled through a promise; argument checks are shared with lib/fs.js.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_METHOD_NOT_IMPLEMENTED, ERR_FS_FILE_TOO_LARGE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateObject, validateAbortSignal, validateEncoding,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants, stringToFlags, getValidatedPath, getValidatedFd, getOptions, validateOffsetLengthRead,
  validateOffsetLengthWrite, validateBufferArray, validatePosition, toPosition, parseMode, toUnixTimestamp,
  getStatsFromBinding, getStatFsFromBinding, getValidMode, encodePath,
} = utils;
const fs = require('fs');

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kHandle = Symbol('kHandle');

// Runs binding.fn(...args, cb) and settles a promise with its result.
function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function isUtf8(enc) { return enc === 'utf8' || enc === 'utf-8'; }

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kFd]; }

  [kRef]() {
    if (this[kFd] === -1) throw closedError('read');
    this[kRefs]++;
  }

  [kUnref]() {
    if (--this[kRefs] === 0 && this[kFd] !== -1) {
      const fd = this[kFd];
      this[kFd] = -1;
      call(binding.close, fd).then(this._resolveClose, this._rejectClose);
    }
  }

  // As node: 'close' is emitted as soon as close() is asked for; the descriptor itself is closed
  // once no operation (or stream) holds a reference any more.
  close() {
    if (this[kFd] === -1 && !this[kClosePromise]) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    this[kClosePromise] = new Promise((resolve, reject) => {
      this._resolveClose = () => { this[kClosePromise] = null; resolve(); };
      this._rejectClose = (e) => { this[kClosePromise] = null; reject(e); };
    });
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      call(binding.close, fd).then(this._resolveClose, this._rejectClose);
    }
    const promise = this[kClosePromise];
    this.emit('close');
    return promise;
  }

  async [Symbol.asyncDispose]() { return this.close(); }

  appendFile(data, options) { return fsCall(writeFileHandle, this, data, appendOptions(options)); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(readHandle, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readvHandle, this, buffers, position); }
  readFile(options) { return fsCall(readFileHandle, this, options); }
  readLines(options = undefined) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) { return fsCall(writeHandle, this, buffer, offset, length, position); }
  writev(buffers, position) { return fsCall(writevHandle, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFileHandle, this, data, options); }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  readableWebStream(options = undefined) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    const { ReadableStream } = require('stream/web');
    const handle = this;
    let position = 0;
    const autoClose = options?.autoClose ?? false;
    return new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const buf = Buffer.alloc(16384);
        const { bytesRead } = await handle.read(buf, 0, buf.length, position);
        position += bytesRead;
        if (bytesRead === 0) {
          controller.close();
          if (autoClose) await handle.close();
          return;
        }
        controller.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, bytesRead));
      },
      async cancel() { if (autoClose) await handle.close(); },
    });
  }

  [require('internal/util').customInspectSymbol](depth, options, inspect) {
    return `FileHandle {\n  fd: ${this[kFd]},\n  ...\n}`;
  }
}

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

async function fsCall(fn, handle, ...args) {
  if (!(handle instanceof FileHandle)) {
    throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  }
  if (handle[kFd] === -1) throw closedError(fn.name);
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function handleFd(h) { return h instanceof FileHandle ? h.fd : h; }

// ---- operations on a FileHandle ------------------------------------------------------------------

async function readHandle(handle, bufferOrParams, offsetOrOptions, length, position) {
  let buffer = bufferOrParams;
  let offset = offsetOrOptions;
  if (!ArrayBuffer.isView(buffer)) {
    if (buffer != null) validateObject(buffer, 'options', { nullable: true });
    const params = buffer ?? {};
    buffer = params.buffer ?? Buffer.alloc(16384);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = params);
  } else if (typeof offsetOrOptions === 'object' && offsetOrOptions !== null) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  validateInteger(length, 'length', 0);
  if (length === 0) return { bytesRead: 0, buffer };
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const bytesRead = await call(binding.read, handle.fd, buffer, offset, length, toPosition(position));
  return { bytesRead, buffer };
}

async function readvHandle(handle, buffers, position) {
  validateBufferArray(buffers);
  const bytesRead = await call(binding.readBuffers, handle.fd, buffers, typeof position === 'number' ? position : -1);
  return { bytesRead, buffers };
}

async function writeHandle(handle, buffer, offsetOrOptions, length, position) {
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (buffer.byteLength === 0) return { bytesWritten: 0, buffer };
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = await call(binding.write, handle.fd, buffer, offset, length, toPosition(position)) || 0;
    return { bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateEncoding(buffer, length);
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
  const b = Buffer.from(buffer, length || 'utf8');
  const bytesWritten = await call(binding.write, handle.fd, b, 0, b.length, pos) || 0;
  return { bytesWritten, buffer };
}

async function writevHandle(handle, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) return { bytesWritten: 0, buffers };
  const bytesWritten = await call(binding.writeBuffers, handle.fd, buffers,
    typeof position === 'number' ? position : -1);
  return { bytesWritten, buffers };
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  const asString = isUtf8(options.encoding);
  if (!options.signal) {
    const data = await call(binding.readFile, handle.fd, 0, asString);
    if (typeof data === 'number') throw new ERR_FS_FILE_TOO_LARGE(data);
    return asString || !options.encoding || options.encoding === 'buffer' ? data : data.toString(options.encoding);
  }
  // With a signal: read in chunks so an abort stops between them.
  const chunks = [];
  for (;;) {
    checkAborted(options.signal);
    const buf = Buffer.allocUnsafe(65536);
    const n = await call(binding.read, handle.fd, buf, 0, buf.length, -1);
    checkAborted(options.signal);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
  }
  const data = Buffer.concat(chunks);
  return options.encoding && options.encoding !== 'buffer' ? data.toString(options.encoding) : data;
}

function isIterable(v) {
  return v != null && typeof v === 'object' && (typeof v[Symbol.iterator] === 'function' ||
    typeof v[Symbol.asyncIterator] === 'function');
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  checkAborted(options.signal);
  const signal = options.signal;
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    const buf = typeof data === 'string' ? Buffer.from(data, options.encoding || 'utf8') :
      Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let off = 0;
    while (off < buf.length || (off === 0 && buf.length === 0)) {
      if (buf.length === 0) break;
      checkAborted(signal);
      const n = Math.min(buf.length - off, utils.kWriteFileMaxChunkSize);
      off += await call(binding.write, handle.fd, buf, off, n, -1);
    }
  } else if (isIterable(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, options.encoding || 'utf8') : chunk;
      if (!ArrayBuffer.isView(buf)) {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], buf);
      }
      let off = 0;
      while (off < buf.byteLength) off += await call(binding.write, handle.fd, buf, off, buf.byteLength - off, -1);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE('data',
      ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  checkAborted(signal);
  if (options.flush) await call(binding.fsync, handle.fd);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return { ...options, flag: options.flag || 'a' };
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await statBig(binding.fstat, handle.fd, options));
}
function statBig(fn, target, options) {
  return new Promise((resolve, reject) => {
    fn(target, undefined, (err, a) => (err ? reject(err) : resolve(a)), !!options?.bigint);
  });
}
async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return call(binding.ftruncate, handle.fd, Math.max(0, len));
}
async function fsync(handle) { return call(binding.fsync, handle.fd); }
async function fdatasync(handle) { return call(binding.fdatasync, handle.fd); }
async function fchmod(handle, mode) { return call(binding.fchmod, handle.fd, parseMode(mode, 'mode')); }
async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, utils.kMaxUserId);
  validateInteger(gid, 'gid', -1, utils.kMaxUserId);
  return call(binding.fchown, handle.fd, uid, gid);
}
async function futimes(handle, atime, mtime) {
  return call(binding.futimes, handle.fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

// ---- path-based promises -------------------------------------------------------------------------

// The callback API promisified, for operations whose checks live in lib/fs.js.
function viaCallback(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

// Opens path as a FileHandle, runs fn(handle) and closes it (through handle.close, as found on the
// handle), rejecting with an AggregateError when both the operation and the close fail.
async function withFileHandle(path, flags, mode, fn) {
  const handle = await open(path, flags, mode);
  let result;
  try {
    result = await fn(handle);
  } catch (opError) {
    try {
      await handle.close();
    } catch (closeError) {
      const agg = new AggregateError([opError, closeError], opError?.message);
      agg.code = opError?.code;
      throw agg;
    }
    throw opError;
  }
  await handle.close();
  return result;
}

async function truncate(path, len = 0) {
  path = getValidatedPath(path);
  validateInteger(len, 'len');
  return withFileHandle(path, 'r+', 0o666, (h) => ftruncate(h, len));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return fsCall(readFileHandle, path, options);
  checkAborted(options.signal);
  const asString = isUtf8(options.encoding);
  if (typeof path !== 'number') {
    return withFileHandle(getValidatedPath(path), flag, 0o666, (h) => readFileHandle(h, options));
  }
  const target = getValidatedFd(path);
  const data = await call(binding.readFile, target, stringToFlags(flag), asString);
  if (typeof data === 'number') throw new ERR_FS_FILE_TOO_LARGE(data);
  if (asString || !options.encoding || options.encoding === 'buffer') return data;
  return data.toString(options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!ArrayBuffer.isView(data) && typeof data !== 'string' && !isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data',
      ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  if (path instanceof FileHandle) return fsCall(writeFileHandle, path, data, options);
  checkAborted(options.signal);
  if (typeof path === 'number') {
    const fd = getValidatedFd(path, 'file');
    if (!options.signal && !flush && (typeof data === 'string' || ArrayBuffer.isView(data))) {
      const payload = typeof data === 'string' && !isUtf8(options.encoding) && options.encoding ?
        Buffer.from(data, options.encoding) : data;
      return call(binding.writeFile, fd, payload, stringToFlags(flag), parseMode(options.mode, 'mode', 0o666));
    }
    return writeFileHandle({ fd }, data, options);
  }
  path = getValidatedPath(path, 'file');
  return withFileHandle(path, flag, options.mode, (h) => writeFileHandle(h, data, options));
}

async function appendFile(path, data, options) {
  return writeFile(path, data, appendOptions(options));
}

async function access(path, mode = constants.F_OK) {
  return call(binding.access, getValidatedPath(path), getValidMode(mode, 'access'));
}

async function stat(path, options = { bigint: false }) {
  return getStatsFromBinding(await statBig(binding.stat, getValidatedPath(path), options));
}
async function lstat(path, options = { bigint: false }) {
  return getStatsFromBinding(await statBig(binding.lstat, getValidatedPath(path), options));
}
async function statfs(path, options = { bigint: false }) {
  return getStatFsFromBinding(await call(binding.statfs, getValidatedPath(path), !!options?.bigint));
}

async function mkdtempDisposable(prefix, options) {
  const path = await viaCallback(fs.mkdtemp)(prefix, options);
  const full = require('path').resolve(String(path));
  const remove = () => rm(full, { force: true, recursive: true });
  return { path, remove, [Symbol.asyncDispose]: remove };
}

async function lchmod() { throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()'); }

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const rm = viaCallback(fs.rm);

const exportsObject = {
  access,
  copyFile: viaCallback(fs.copyFile),
  cp: (src, dest, options) => require('internal/fs/cp').cpPromise(src, dest, options),
  glob: (pattern, options) => require('internal/fs/glob').globIterator(pattern, options),
  open,
  opendir,
  rename: viaCallback(fs.rename),
  truncate,
  rm,
  rmdir: viaCallback(fs.rmdir),
  mkdir: viaCallback(fs.mkdir),
  readdir: viaCallback(fs.readdir),
  readlink: viaCallback(fs.readlink),
  symlink: viaCallback(fs.symlink),
  lstat,
  stat,
  statfs,
  link: viaCallback(fs.link),
  unlink: viaCallback(fs.unlink),
  chmod: viaCallback(fs.chmod),
  lchmod,
  lchown: viaCallback(fs.lchown),
  chown: viaCallback(fs.chown),
  utimes: viaCallback(fs.utimes),
  lutimes: viaCallback(fs.lutimes),
  realpath: viaCallback(fs.realpath),
  mkdtemp: viaCallback(fs.mkdtemp),
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = { exports: exportsObject, FileHandle, kHandle, kRef, kUnref, fsCall, call };
