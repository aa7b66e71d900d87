'use strict';
// fs.watch (FSWatcher over uv_fs_event) and fs.watchFile/unwatchFile (StatWatcher over uv_fs_poll),
// both from internalBinding('fs_watch'). Recursive watching on Linux watches every directory of the
// tree, as inotify has no recursive mode.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_WATCH_QUEUE_OVERFLOW }, uvException, AbortError,
} = require('internal/errors');
const {
  validateFunction, validateBoolean, validateAbortSignal, validateUint32, validateObject, validateInteger, validateOneOf,
} = require('internal/validators');
const { getValidatedPath, pathString, getStatsFromBinding, bigintStatsFromNumbers, getOptions } =
  require('internal/fs/utils');

function watchBinding() { return internalBinding('fs_watch'); }

const kHandles = Symbol('kHandles');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandles] = new Map(); // directory -> handle
    this._closed = false;
    this._encoding = 'utf8';
    this._persistent = true;
    this._root = null;
    this._ignore = null;
  }

  _watchOne(path, relBase) {
    const handle = watchBinding().watch(path, this._persistent, false, (status, eventType, filename) => {
      if (status < 0) {
        const err = uvException({ errno: status, syscall: 'watch', path: this._root });
        err.filename = this._root;
        this.emit('error', err);
        this.close();
        return;
      }
      let name = filename;
      if (relBase && name != null) name = relBase + '/' + name;
      if (name != null && this._ignore !== null && this._ignore(name)) return;
      if (this._recursive && name != null && eventType === 'rename') this._maybeAddDir(path, filename, name);
      this.emit('change', eventType, this._encodeName(name));
    });
    this[kHandles].set(path, handle);
  }

  _maybeAddDir(dir, filename, rel) {
    const full = dir + '/' + filename;
    if (this[kHandles].has(full)) return;
    try {
      if (require('fs').statSync(full).isDirectory()) this._watchTree(full, rel, true);
    } catch {}
  }

  // Watches dir and its subdirectories. `isNew`: the directory appeared while watching, so what
  // is already in it was created after the watch began and is reported as 'rename'.
  _watchTree(dir, rel, isNew = false) {
    this._watchOne(dir, rel);
    let entries = [];
    try { entries = require('fs').readdirSync(dir, { withFileTypes: true }); } catch {}
    for (const e of entries) {
      const sub = rel ? rel + '/' + e.name : e.name;
      if (this._ignore !== null && this._ignore(sub)) continue;
      if (isNew) process.nextTick(() => { if (!this._closed) this.emit('change', 'rename', this._encodeName(sub)); });
      if (e.isDirectory()) this._watchTree(dir + '/' + e.name, sub, isNew);
    }
  }

  _encodeName(name) {
    if (name == null) return name;
    if (this._encoding === 'buffer') return Buffer.from(name);
    if (this._encoding && this._encoding !== 'utf8' && this._encoding !== 'utf-8') {
      return Buffer.from(name).toString(this._encoding);
    }
    return name;
  }

  start(filename, persistent = true, recursive = false, encoding = 'utf8') {
    if (this._closed) return;
    filename = pathString(getValidatedPath(filename, 'filename'));
    this._root = filename;
    this._persistent = persistent;
    this._recursive = recursive;
    this._encoding = encoding;
    try {
      let isDir = false;
      if (recursive) {
        try { isDir = require('fs').statSync(filename).isDirectory(); } catch {}
      }
      if (isDir) this._watchTree(filename, '');
      else this._watchOne(filename, '');
    } catch (e) {
      for (const h of this[kHandles].values()) h.close();
      this[kHandles].clear();
      const err = uvException({ errno: e.errno, syscall: 'watch', path: filename });
      err.filename = filename;
      throw err;
    }
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    for (const h of this[kHandles].values()) h.close();
    this[kHandles].clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const h of this[kHandles].values()) h.ref();
    return this;
  }

  unref() {
    for (const h of this[kHandles].values()) h.unref();
    return this;
  }

  [Symbol.dispose]() { this.close(); }
}

function checkIgnoreItem(item, name) {
  if (typeof item === 'string') {
    if (item === '') throw new ERR_INVALID_ARG_VALUE(name, item, 'must be a non-empty string');
    return;
  }
  if (typeof item === 'function' || item instanceof RegExp) return;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Function', 'RegExp'], item);
}

// options.ignore (a glob, RegExp, function or an array of them) -> predicate on the name reported
// (relative to the watched path), or null. A glob without '/' matches the last segment.
function ignoreMatcher(ignore) {
  if (ignore == null) return null;
  const list = Array.isArray(ignore) ? ignore : [ignore];
  if (Array.isArray(ignore)) list.forEach((it, i) => checkIgnoreItem(it, `options.ignore[${i}]`));
  else checkIgnoreItem(ignore, 'options.ignore');
  if (list.length === 0) return null;
  const tests = list.map((it) => {
    if (typeof it === 'function') return it;
    if (it instanceof RegExp) return (name) => { it.lastIndex = 0; return it.test(name); };
    const { matchesGlob, basename } = require('path');
    if (!it.includes('/')) return (name) => matchesGlob(basename(name), it);
    return (name) => matchesGlob(name, it);
  });
  return (name) => tests.some((t) => t(name));
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  else if (options == null || typeof options === 'function') options = {};
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  options = getOptions(options);
  const persistent = options.persistent ?? true;
  const recursive = options.recursive ?? false;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (options.signal) validateAbortSignal(options.signal, 'options.signal');
  const ignore = ignoreMatcher(options.ignore);
  return { persistent, recursive, encoding: options.encoding ?? 'utf8', signal: options.signal, ignore };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  const path = getValidatedPath(filename, 'filename');
  const watcher = new FSWatcher();
  watcher._ignore = opts.ignore;
  watcher.start(path, opts.persistent, opts.recursive, opts.encoding);
  if (listener) watcher.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) process.nextTick(() => watcher.close());
    else {
      const onAbort = () => watcher.close();
      opts.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => opts.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }.
function watchPromise(filename, options = {}) {
  const path = getValidatedPath(filename, 'filename');
  validateObject(options, 'options');
  const opts = watchOptions(options);
  const maxQueue = options.maxQueue ?? 2048;
  const overflow = options.overflow ?? 'ignore';
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'throw']);
  const queue = [];
  let wake = null;
  let error = null;
  let done = false;
  const watcher = new FSWatcher();
  watcher._ignore = opts.ignore;
  watcher.start(path, opts.persistent, opts.recursive, opts.encoding);
  const push = () => { if (wake) { const w = wake; wake = null; w(); } };
  watcher.on('change', (eventType, name) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'throw') {
        error = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
        watcher.close();
        push();
      } else {
        process.emitWarning('fs.watch maxQueue exceeded');
      }
      return;
    }
    queue.push({ eventType, filename: name });
    push();
  });
  watcher.on('error', (e) => { error = e; push(); });
  const finish = () => { done = true; watcher.close(); push(); };
  if (opts.signal) {
    if (opts.signal.aborted) { error = new AbortError(undefined, { cause: opts.signal.reason }); }
    else opts.signal.addEventListener('abort', () => {
      error = new AbortError(undefined, { cause: opts.signal.reason });
      watcher.close();
      push();
    }, { once: true });
  }
  return {
    async next() {
      for (;;) {
        if (queue.length) return { value: queue.shift(), done: false };
        if (error) { const e = error; error = null; done = true; watcher.close(); throw e; }
        if (done) return { value: undefined, done: true };
        await new Promise((resolve) => { wake = resolve; });
      }
    },
    async return() { finish(); return { value: undefined, done: true }; },
    async throw(e) { finish(); throw e; },
    [Symbol.asyncIterator]() { return this; },
  };
}

// ---- watchFile --------------------------------------------------------------------------------

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._handle = null;
  }

  start(filename, persistent, interval) {
    if (this._handle) return;
    this._handle = watchBinding().watchFile(filename, persistent, interval, (status, pair) => {
      const curr = this._bigint ? bigintStatsFromNumbers(pair, 0) : getStatsFromBinding(pair, 0);
      const prev = this._bigint ? bigintStatsFromNumbers(pair, 18) : getStatsFromBinding(pair, 18);
      this.emit('change', curr, prev);
    });
  }

  stop() {
    if (!this._handle) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() { this._handle?.ref(); return this; }
  unref() { this._handle?.unref(); return this; }
}

// One StatWatcher per resolved path, shared by every listener (as node). Kept per process: the
// module is instantiated once per runtime.
const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = require('path').resolve(pathString(getValidatedPath(filename)));
  let opts = { interval: 5007, persistent: true, bigint: false };
  if (options !== null && typeof options === 'object') opts = { ...opts, ...options };
  else if (typeof options === 'function') listener = options;
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(opts.bigint);
    watcher.start(filename, opts.persistent, opts.interval);
    statWatchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = require('path').resolve(pathString(getValidatedPath(filename)));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchPromise, watchFile, unwatchFile };
