'use strict';
// fs.Dir / fs.opendir. A directory is listed with one scandir call when opened (and each
// subdirectory when reached, for `recursive`); read() hands out the entries one at a time.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
  uvException,
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean, validateObject } = require('internal/validators');
const { getValidatedPath, getOptions, pathString, Dirent, encodeNames, direntType, constants } =
  require('internal/fs/utils');

const kDirPath = Symbol('kDirPath');
const kClosed = Symbol('kClosed');
const kEntries = Symbol('kEntries');
const kOptions = Symbol('kOptions');
const kPending = Symbol('kPending');
const kQueue = Symbol('kQueue');

function opendirError(err) {
  return uvException({ errno: err.errno, syscall: 'opendir' });
}

function toDirents(dir, names, types, options) {
  const out = [];
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === constants.UV_DIRENT_UNKNOWN) {
      try { type = direntType(binding.lstat(dir + '/' + names[i])[1]); } catch {}
    }
    out.push(new Dirent(encodeNames([names[i]], options.encoding)[0], type, dir));
  }
  return out;
}

class Dir {
  constructor(path, entries, options) {
    if (!path) throw new ERR_MISSING_ARGS('handle');
    this[kDirPath] = path;
    this[kEntries] = entries;
    this[kOptions] = options;
    this[kClosed] = false;
    this[kPending] = 0;
    this[kQueue] = [];
  }

  get path() {
    if (!(kDirPath in this)) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('Dir');
    return this[kDirPath];
  }

  // Next entry, descending into subdirectories first-found for `recursive`.
  _next() {
    const e = this[kEntries].shift();
    if (e && this[kOptions].recursive && e.isDirectory()) {
      const sub = e.parentPath + '/' + e.name;
      try {
        const [names, types] = binding.readdir(sub, true);
        this[kEntries].push(...toDirents(sub, names, types, this[kOptions]));
      } catch {}
    }
    return e ?? null;
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kPending] > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this._next();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, e) => (err ? reject(err) : resolve(e))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this._enqueue(() => {
      if (this[kClosed]) return callback(new ERR_DIR_CLOSED());
      callback(null, this._next());
    });
  }

  // Async operations run one after another, each on its own tick, in the order asked for.
  _enqueue(op) {
    this[kQueue].push(op);
    if (this[kPending]++ === 0) process.nextTick(() => this._runQueue());
  }

  _runQueue() {
    const op = this[kQueue].shift();
    try {
      op();
    } finally {
      if (--this[kPending] > 0) process.nextTick(() => this._runQueue());
    }
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kPending] > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kPending] > 0) {
      this._enqueue(() => {
        if (this[kClosed]) return callback(new ERR_DIR_CLOSED());
        this[kClosed] = true;
        callback(null);
      });
      return;
    }
    this[kClosed] = true;
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      for (;;) {
        const e = await this.read();
        if (e === null) break;
        yield e;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }

  async [Symbol.asyncDispose]() { if (!this[kClosed]) await this.close(); }
  [Symbol.dispose]() { if (!this[kClosed]) this.closeSync(); }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function makeDir(path, raw, options) {
  const p = pathString(path);
  return new Dir(p, toDirents(p, raw[0], raw[1], options), options);
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let raw;
  try { raw = binding.readdir(path, true); } catch (e) { throw opendirError(e); }
  return makeDir(path, raw, options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  binding.readdir(path, true, (err, raw) => {
    if (err) return callback(opendirError(err));
    callback(null, makeDir(path, raw, options));
  });
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => opendir(path, options, (e, d) => (e ? reject(e) : resolve(d))));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
