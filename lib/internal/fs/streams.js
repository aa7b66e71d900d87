'use strict';
// fs.ReadStream / fs.WriteStream over node:stream. The file is opened in _construct ('open' and
// 'ready' follow), each _read is one positioned read straight into a fresh Buffer, and the fd is
// closed in _destroy when autoClose is set. A custom `fs` option (open/read/write/writev/close)
// replaces the calls, as node allows.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const fs = require('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED, ERR_SYSTEM_ERROR, ERR_INVALID_THIS,
    ERR_STREAM_DESTROYED },
} = require('internal/errors');
const { validateFunction, validateInteger, validateBoolean, validateAbortSignal } = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const { getValidatedPath, getValidatedFd, copyObject, assertEncoding } = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kHandle = Symbol('kHandle');
const kSendfileTried = Symbol('kSendfileTried');
const kCloseOnLoop = Symbol('kCloseOnLoop');
let sendfilePipe;
function lazySendfile() { return sendfilePipe ??= require('internal/fs/sendfile_pipe'); }
let copyPipe;
function lazyCopyPipe() { return copyPipe ??= require('internal/fs/copy_pipe').copyPipe; }

function lazyFileHandle() { return require('internal/fs/promises').FileHandle; }

function validateStreamOptionsFs(options, names) {
  const impl = options.fs || fs;
  if (options.fs) {
    for (const name of names) validateFunction(impl[name], `options.fs.${name}`);
  }
  return impl;
}

// Shared constructor work: fd / path / flags / mode / autoClose.
function setupFile(stream, path, options, defaultFlags) {
  const fd = options.fd;
  const FileHandle = lazyFileHandle();
  if (fd == null) {
    stream.fd = null;
    stream.path = typeof path === 'string' || Buffer.isBuffer(path) ? path : getValidatedPath(path);
    if (typeof path === 'string' || Buffer.isBuffer(path)) getValidatedPath(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    stream[kHandle] = null;
  } else if (fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream.fd = fd.fd;
    stream[kHandle] = fd;
    stream.path = undefined;
    stream.flags = undefined;
    stream.mode = undefined;
    // The stream holds the handle open until it is done; closing the handle closes the stream.
    fd[require('internal/fs/promises').kRef]();
    fd.on('close', () => stream.close());
  } else if (typeof fd === 'object' && fd !== null && typeof fd.fd === 'number' && fd.read !== undefined) {
    stream.fd = fd.fd;
    stream[kHandle] = fd;
    stream.path = undefined;
  } else {
    stream.fd = getValidatedFd(fd);
    stream.path = undefined;
    stream.flags = undefined;
    stream.mode = undefined;
    stream[kHandle] = null;
  }
}

function importOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return copyObject(options);
}

function openFile(stream, cb) {
  const done = (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  };
  try {
    stream[kFs].open(stream.path, stream.flags, stream.mode, done);
  } catch (err) {
    cb(err);
  }
}

// The prototypes' open(): a no-op kept for code that calls or overrides it (DEP0135).
const { deprecate } = require('internal/util');
const openReadFs = deprecate(function() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(function() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

// _construct for both streams. A subclass that overrides open() (old code, graceful-fs) opens the
// file itself and reports through emit('open') / emit('error'), which finish the construction.
function constructFile(stream, cb) {
  if (typeof stream.fd === 'number') return cb();
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    const emit = stream.emit;
    stream.emit = function(event, ...args) {
      if (event === 'open') {
        this.emit = emit;
        cb();
        return Reflect.apply(emit, this, [event, ...args]);
      }
      if (event === 'error') {
        this.emit = emit;
        cb(args[0]);
        return false;
      }
      return Reflect.apply(emit, this, [event, ...args]);
    };
    stream.open();
    return;
  }
  // A read stream already piped where sendfile will serve it opens and later closes its file on
  // the loop thread: for a local file both are microseconds, against a pool round trip of tens
  // of microseconds each (the largest cost per request of a static-file server, measured). Any
  // failure goes the ordinary way, which reports it as usual.
  if (stream instanceof ReadStream && typeof stream.path === 'string' &&
      lazySendfile().wouldSendfile(stream, soleDestination(stream))) {
    let fd;
    try {
      fd = fs.openSync(stream.path, stream.flags, stream.mode);
    } catch {
      return openFile(stream, cb);
    }
    stream.fd = fd;
    stream[kCloseOnLoop] = true;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
    return;
  }
  openFile(stream, cb);
}

function closeFile(stream, err, cb) {
  if (stream[kHandle]) {
    if (typeof stream[kHandle].close === 'function' && stream[kHandle] instanceof lazyFileHandle()) {
      const handle = stream[kHandle];
      handle[require('internal/fs/promises').kUnref]();
      handle.close().then(() => cb(err), (e) => cb(e || err));
    } else {
      cb(err);
    }
    return;
  }
  if (stream[kCloseOnLoop]) {
    try {
      fs.closeSync(stream.fd);
    } catch (er) {
      err ||= er;
    }
    stream.fd = null;
    cb(err);
    return;
  }
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

// As node: destroying a stream closes its file whatever autoClose says (autoClose only decides
// whether the stream destroys itself at its end).
function destroyFile(stream, err, cb) {
  const close = () => {
    if (stream.fd !== null && stream.fd !== undefined) closeFile(stream, err, cb);
    else cb(err);
  };
  if (stream[kIsPerformingIO]) stream.once(kIsPerformingIO, close);
  else close();
}

// ---- ReadStream -------------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = importOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this[kFs] = validateStreamOptionsFs(options, ['open', 'read', 'close']);
  setupFile(this, path, options, 'r');
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  if (this[kHandle] && !(this[kHandle] instanceof lazyFileHandle())) {
    const h = this[kHandle];
    this[kFs] = {
      open: (p, f, m, cb) => cb(null, h.fd),
      read: (fd, buf, off, len, pos, cb) => h.read(buf, off, len, pos)
        .then(({ bytesRead }) => cb(null, bytesRead, buf), cb),
      close: (fd, cb) => h.close().then(() => cb(), cb),
    };
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() {
    if (this?._readableState === undefined) throw new ERR_INVALID_THIS('ReadStream');
    return this._readableState.autoDestroy;
  },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});
Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = function(cb) { constructFile(this, cb); };

// The stream a ReadStream is piped into when that pipe is its only reader (one 'data' listener, no
// 'readable' listener, no encoding) and it reads an fd through the default fs: where a fast path
// (sendfile into a socket, copy_file_range into a file) may take the stream over. Else null.
function soleDestination(src) {
  if (src[kFs] !== fs || src[kHandle]) return null;
  const state = src._readableState;
  if (state.objectMode || state.decoder || state.pipes.length !== 1) return null;
  if (src.listenerCount('data') !== 1 || src.listenerCount('readable') !== 0) return null;
  return state.pipes[0];
}

// That destination when it is a plain fs.WriteStream on the default fs with nothing queued: then
// lib/internal/fs/copy_pipe.js has the kernel copy the file.
function fileDestination(src) {
  const dest = soleDestination(src);
  if (!dest || Object.getPrototypeOf(dest) !== WriteStream.prototype || dest.open !== openWriteFs ||
      dest[kFs] !== fs || dest[kHandle]) {
    return null;
  }
  if (dest.destroyed || dest.writableEnded || dest.writableCorked || dest.writableLength !== 0 ||
      dest[kIsPerformingIO]) {
    return null;
  }
  // copy_file_range(2) refuses O_APPEND; an fd given as is may have it too, and is found out then.
  if (typeof dest.flags === 'string' ? dest.flags.includes('a') : (dest.flags & fs.constants.O_APPEND)) return null;
  return dest;
}

// What copy_pipe.js needs of this file: the symbol it shares, the ordinary read, the same check.
const copyPipeHooks = { kIsPerformingIO, ordinaryRead: readChunk, fileDestination };

ReadStream.prototype._read = function(n) {
  if (this.bytesRead === 0 && !this[kSendfileTried]) {
    this[kSendfileTried] = true;
    const dest = fileDestination(this);
    if (dest) {
      lazyCopyPipe()(this, dest, n, copyPipeHooks);
      return;
    }
    this[kIsPerformingIO] = true;
    const took = lazySendfile().trySendfile(this, soleDestination(this), () => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) this.emit(kIsPerformingIO);
      else readChunk(this, n);
    }, (err) => {
      this[kIsPerformingIO] = false;
      // A failed send destroyed the socket; as with any pipe, the source is left to its owner.
      if (this.destroyed) this.emit(kIsPerformingIO, err);
      else if (!err) this.push(null);
    });
    if (took) return;
    this[kIsPerformingIO] = false;
  }
  readChunk(this, n);
};

function readChunk(stream, n) {
  Reflect.apply(readFromFile, stream, [n]);
}

function readFromFile(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  const onRead = (er, bytesRead, b) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let data = b ?? buf;
      if (bytesRead !== data.length) {
        // A short read is copied out, so a small chunk does not keep the whole buffer alive.
        const fit = Buffer.allocUnsafeSlow(bytesRead);
        data.copy(fit, 0, 0, bytesRead);
        data = fit;
      }
      this.push(data);
    } else {
      this.push(null);
    }
  };
  try {
    const pos = this.pos === undefined ? null : this.pos;
    if (this[kHandle] instanceof lazyFileHandle()) {
      this[kHandle].read(buf, 0, n, pos).then(({ bytesRead }) => onRead(null, bytesRead, buf), (e) => onRead(e));
    } else {
      this[kFs].read(this.fd, buf, 0, n, pos, onRead);
    }
  } catch (e) {
    onRead(e);
  }
};

ReadStream.prototype._destroy = function(err, cb) {
  destroyFile(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream ------------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = importOptions(options);
  options.decodeStrings = true;
  this[kFs] = validateStreamOptionsFs(options, ['open', 'close']);
  if (options.fs && typeof options.fs.write !== 'function' && typeof options.fs.writev !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', options.fs.write);
  }
  setupFile(this, path, options, 'w');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  this.flush = options.flush ?? false;
  validateBoolean(this.flush, 'options.flush');
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  if (options.fs) {
    if (options.fs.write !== undefined) validateFunction(options.fs.write, 'options.fs.write');
    if (options.fs.writev !== undefined) validateFunction(options.fs.writev, 'options.fs.writev');
  }
  if (typeof this[kFs].write !== 'function') this._write = null;
  if (typeof this[kFs].writev !== 'function') this._writev = null;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() {
    if (this?._writableState === undefined) throw new ERR_INVALID_THIS('WriteStream');
    return this._writableState.autoDestroy;
  },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});
Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = function(cb) { constructFile(this, cb); };

// Writes all of data at pos (null: the current position) through the stream's fs: short writes
// continue with the rest, EAGAIN is retried, and more than 5 writes in a row of nothing fail.
function writeAll(stream, data, size, pos, cb, retries = 0) {
  stream[kFs].write(stream.fd, data, 0, size, pos, (er, bytesWritten) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('write'));
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== null) pos += bytesWritten;
    if (retries > 5) cb(new Error('write failed'));
    else if (size > 0) writeAll(stream, data.subarray(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

function writevAll(stream, chunks, size, pos, cb, retries = 0) {
  stream[kFs].writev(stream.fd, chunks, pos, (er, bytesWritten) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('writev'));
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== null) pos += bytesWritten;
    if (retries > 5) return cb(new Error('writev failed'));
    if (size <= 0) return cb();
    // Drop what was written and go on with the rest.
    let skip = bytesWritten;
    const rest = [];
    for (const c of chunks) {
      if (skip >= c.length) { skip -= c.length; continue; }
      rest.push(skip > 0 ? c.subarray(skip) : c);
      skip = 0;
    }
    writevAll(stream, rest, size, pos, cb, retries);
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  const pos = this.pos === undefined ? null : this.pos;
  const after = (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    cb(er);
  };
  try {
    if (this[kHandle] instanceof lazyFileHandle()) {
      this[kHandle].write(data, 0, data.length, pos).then(({ bytesWritten }) => {
        this.bytesWritten += bytesWritten;
        after(null);
      }, after);
    } else {
      writeAll(this, data, data.length, pos, after);
    }
  } catch (e) {
    after(e);
  }
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  const pos = this.pos === undefined ? null : this.pos;
  this[kIsPerformingIO] = true;
  const after = (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    cb(er);
  };
  try {
    if (this[kHandle] instanceof lazyFileHandle()) {
      this[kHandle].writev(chunks, pos).then(({ bytesWritten }) => {
        this.bytesWritten += bytesWritten;
        after(null);
      }, after);
    } else {
      writevAll(this, chunks, size, pos, after);
    }
  } catch (e) {
    after(e);
  }
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush || this.fd === null) return cb();
  const fsync = this[kFs].fsync || fs.fsync;
  fsync(this.fd, cb);
};

WriteStream.prototype._destroy = function(err, cb) {
  destroyFile(this, err, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
