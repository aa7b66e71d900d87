'use strict';
// fs.ReadStream / fs.WriteStream over node:stream. The file is opened in _construct ('open' and
// 'ready' follow), each _read is one positioned read straight into a fresh Buffer, and the fd is
// closed in _destroy when autoClose is set. A custom `fs` option (open/read/write/writev/close)
// replaces the calls, as node allows.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const fs = require('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED, ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateFunction, validateInteger, validateBoolean } = require('internal/validators');
const { getValidatedPath, getValidatedFd, copyObject, assertEncoding } = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kHandle = Symbol('kHandle');

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
    stream.fd = fd.fd;
    stream[kHandle] = fd;
    stream.path = undefined;
    stream.flags = undefined;
    stream.mode = undefined;
    fd.on('close', () => {
      if (!stream.destroyed) stream.destroy(closedHandleError());
    });
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

function closedHandleError() {
  const e = new Error('The FileHandle was closed before the stream was done');
  e.code = 'EBADF';
  return e;
}

function importOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  assertEncoding(options.encoding);
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

function closeFile(stream, err, cb) {
  if (stream[kHandle]) {
    if (typeof stream[kHandle].close === 'function' && stream[kHandle] instanceof lazyFileHandle()) {
      stream[kHandle].close().then(() => cb(err), (e) => cb(e || err));
    } else {
      cb(err);
    }
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (er) => cb(er || err));
}

function destroyFile(stream, err, cb) {
  const close = () => {
    if (stream.autoClose && stream.fd !== null) closeFile(stream, err, cb);
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
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});
Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function(cb) {
  if (typeof this.fd === 'number') return cb();
  openFile(this, cb);
};

ReadStream.prototype._read = function(n) {
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
      this.destroy(er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      const data = b ?? buf;
      this.push(bytesRead === data.length ? data : data.subarray(0, bytesRead));
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
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});
Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function(cb) {
  if (typeof this.fd === 'number') return cb();
  openFile(this, cb);
};

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  const pos = this.pos === undefined ? null : this.pos;
  const after = (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  };
  try {
    if (this[kHandle] instanceof lazyFileHandle()) {
      this[kHandle].write(data, 0, data.length, pos).then(({ bytesWritten }) => after(null, bytesWritten), after);
    } else {
      this[kFs].write(this.fd, data, 0, data.length, pos, after);
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
  const after = (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  };
  try {
    if (this[kHandle] instanceof lazyFileHandle()) {
      this[kHandle].writev(chunks, pos).then(({ bytesWritten }) => after(null, bytesWritten), after);
    } else {
      this[kFs].writev(this.fd, chunks, pos, after);
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
