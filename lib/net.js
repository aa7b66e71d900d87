'use strict';
// node:net. Socket is a Duplex over a TCP or Pipe handle (internalBinding('tcp_wrap'/'pipe_wrap')):
// reads arrive as handle.onread(nread, buffer), one crossing per read; writes return 0 when the
// kernel took everything at once (the callback then runs without a second crossing), 1 when they
// were queued (req.oncomplete(status) follows), or a negative uv error.

const EventEmitter = require('events');
const stream = require('stream');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const {
  validateBoolean, validateInt32, validateNumber, validatePort, validateFunction, validateString,
  validateObject, validateAbortSignal,
} = require('internal/validators');
const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_FD_TYPE,
  ERR_INVALID_HANDLE_TYPE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS, ERR_SERVER_ALREADY_LISTEN,
  ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_OUT_OF_RANGE,
} = errors.codes;
const { errnoException, exceptionWithHostPort, uvExceptionWithHostPort } = errors;

const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { streamState, kBytesWritten: kStateBytesWritten, UV_EOF } = internalBinding('stream_wrap');

const kOwner = Symbol.for('nodec.owner_symbol'); // shared with internal/cluster/child
const { async_id_symbol: kAsyncId } = require('internal/async_hooks').symbols;
const { kTimeout } = require('internal/timers');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kReading = Symbol('kReading');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTypeOfService = Symbol('kTypeOfService');
const kUserBuffer = Symbol('kUserBuffer');
const kUserBufferCallback = Symbol('kUserBufferCallback');
const kUserPending = Symbol('kUserPending');
const { normalizedArgsSymbol, kSendFile, kStopReadingForStdio } = require('internal/net');

const UV_EINVAL = -22;
const UV_ENOTCONN = -107;
const UV_ECONNREFUSED = -111;

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;
{
  // --[no-]network-family-autoselection and --network-family-autoselection-attempt-timeout=ms.
  const { getOptionValue } = require('internal/options');
  autoSelectFamily = getOptionValue('--network-family-autoselection');
  autoSelectFamilyAttemptTimeout = getOptionValue('--network-family-autoselection-attempt-timeout');
}

function getDefaultAutoSelectFamily() { return autoSelectFamily; }
function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

function noop() {}

const perf = require('internal/perf/observe');
const kPerfConnect = Symbol('kPerfConnect');

// Methods are written in class bodies for brevity; the constructors stay plain functions because
// node's can be called without `new` and from old-style subclasses (Socket.call(this)).
function copyMethods(from, to) {
  for (const key of Reflect.ownKeys(from.prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(to.prototype, key, Object.getOwnPropertyDescriptor(from.prototype, key));
  }
}

// A number >= 0 from a port-ish value, or false.
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

// [options, cb] from the many call shapes of connect()/listen().
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// ---- name resolution: require('dns').lookup when it exists, else the getaddrinfo binding.

let dnsModule;
function dnsLookup(host, options, cb) {
  if (dnsModule === undefined) {
    try { dnsModule = require('dns'); } catch { dnsModule = null; }
  }
  if (dnsModule && typeof dnsModule.lookup === 'function') return dnsModule.lookup(host, options, cb);
  return bindingLookup(host, options, cb);
}

function bindingLookup(host, options, cb) {
  const binding = internalBinding('dns_lookup');
  const family = options.family === 4 || options.family === 6 ? options.family : 0;
  const order = options.order === 'ipv4first' ? 4 : options.order === 'ipv6first' ? 6 : 0;
  const req = {
    oncomplete(status, addresses) {
      if (status < 0) {
        const err = errors.dnsException(status, 'getaddrinfo', host);
        return cb(err);
      }
      if (options.all) return cb(null, addresses.map((a) => ({ address: a, family: isIP(a) })));
      cb(null, addresses[0], isIP(addresses[0]));
    },
  };
  const err = binding.getaddrinfo(req, host, family, options.hints | 0, order);
  if (err) process.nextTick(cb, errors.dnsException(err, 'getaddrinfo', host));
}

// ---- Socket

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self[kAsyncId] = typeof self._handle.getAsyncId === 'function' ? self._handle.getAsyncId() : -1;
    self._handle.onread = onStreamRead;
    self[kReading] = false;
  }
}

function guessHandle(fd) {
  const type = internalBinding('stdio').guessHandleType(fd);
  if (type === 'TCP') return new TCP(TCPConstants.SOCKET);
  if (type === 'PIPE' || type === 'UNKNOWN') return new Pipe(PipeConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options.readableObjectMode || options.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.autoDestroy = true;
  options.decodeStrings = false;
  // 'close' is emitted by _destroy once the handle closed, with hadError.
  options.emitClose = false;
  // The abort signal is handled here (destroy with AbortError), not by the stream base.
  const { signal } = options;
  options.signal = undefined;
  stream.Duplex.call(this, options);

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kTimeout] = null;
  this[kReading] = false;
  this[kLastWriteQueueSize] = 0;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~((options.keepAliveInitialDelay || 0) / 1000);

  const { onread } = options;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    // Reads are copied into the caller's buffer and handed to its callback instead of 'data'.
    this[kUserBuffer] = onread.buffer;
    this[kUserBufferCallback] = onread.callback;
  }
  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    this._handle = guessHandle(fd);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
    if ((fd === 1 || fd === 2) && this._handle instanceof Pipe) this._handle.setBlocking(true);
  }

  if (signal) addSignal(this, signal);
  if (options.blockList) {
    if (!BlockList().isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this[kReading] = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.timeout) this.setTimeout(options.timeout);
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

class SocketMethods {

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get pending() { return !this._handle || this.connecting; }

  get bufferSize() {
    if (this._handle) return this.writableLength + this._handle.getWriteQueueSize();
    return undefined;
  }

  get bytesRead() { return this[kBytesRead]; }

  get bytesWritten() {
    let bytes = this[kBytesWritten];
    const pending = this.writableBuffer;
    if (!pending && !this._pendingData) return bytes;
    if (pending) {
      for (const el of pending) {
        bytes += el.chunk instanceof Uint8Array ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
      }
    }
    const data = this._pendingData;
    if (Array.isArray(data)) {
      for (const el of data) bytes += el.chunk instanceof Uint8Array ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    } else if (data) {
      bytes += data instanceof Uint8Array ? data.length : Buffer.byteLength(data, this._pendingEncoding);
    }
    return bytes;
  }

  get _connecting() { return this.connecting; }

  get remoteAddress() { return this._getpeername().address; }
  get remoteFamily() { return this._getpeername().family; }
  get remotePort() { return this._getpeername().port; }
  get localAddress() { return this._getsockname().address; }
  get localPort() { return this._getsockname().port; }
  get localFamily() { return this._getsockname().family; }

  _getpeername() {
    if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
    if (!this._peername) {
      const out = {};
      const err = this._handle.getpeername(out);
      if (err) return out;
      this._peername = out;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle || !this._handle.getsockname) return {};
    if (!this._sockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) return out;
      this._sockname = out;
    }
    return this._sockname;
  }

  address() { return this._getsockname(); }

  setNoDelay(enable) {
    enable = enable === undefined ? true : Boolean(enable);
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = ~~((initialDelayMsecs || 0) / 1000);
    if (!this._handle) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    if (!this._handle.setKeepAlive) return this;
    if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  }

  setTypeOfService(tos) {
    if (typeof tos !== 'number' || Number.isNaN(tos)) throw new ERR_INVALID_ARG_TYPE('tos', 'number', tos);
    if (!Number.isInteger(tos) || tos < 0 || tos > 255) throw new ERR_OUT_OF_RANGE('tos', '>= 0 && <= 255', tos);
    this[kTypeOfService] = tos;
    if (this._handle && this._handle.setTypeOfService && !this.connecting) {
      const err = this._handle.setTypeOfService(tos);
      if (err) throw errnoException(err, 'setTypeOfService');
    }
    return this;
  }

  getTypeOfService() {
    if (!this._handle || !this._handle.getTypeOfService || this.connecting) return this[kTypeOfService] ?? 0;
    const r = this._handle.getTypeOfService();
    if (r < 0) throw errnoException(r, 'getTypeOfService');
    return r;
  }

  setTimeout(msecs, callback) {
    validateNumber(msecs, 'msecs', 0);
    if (!Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE('msecs', 'a finite number', msecs);
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed) return this;
    this.timeout = msecs;
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    if (msecs === 0) {
      if (callback !== undefined) this.removeListener('timeout', callback);
    } else {
      this[kTimeout] = setTimeout(() => {
        this[kTimeout] = null;
        this._onTimeout();
      }, msecs);
      this[kTimeout].unref();
      if (callback !== undefined) this.once('timeout', callback);
    }
    return this;
  }

  _onTimeout() {
    const handle = this._handle;
    const lastWriteQueueSize = this[kLastWriteQueueSize];
    if (lastWriteQueueSize > 0 && handle) {
      // Writes are still making progress: not idle.
      const size = handle.getWriteQueueSize();
      if (size !== lastWriteQueueSize) {
        this[kLastWriteQueueSize] = size;
        this._unrefTimer();
        return;
      }
    }
    this.emit('timeout');
  }

  _unrefTimer() {
    for (let s = this; s !== null && s !== undefined; s = s._parent) {
      const t = s[kTimeout];
      if (t) t.refresh();
      else if (s.timeout && !s.destroyed && s[kTimeout] === null && s.listenerCount('timeout') >= 0) {
        // A fired timer re-arms on activity, as node's refreshed timeouts do.
        s[kTimeout] = setTimeout(() => {
          s[kTimeout] = null;
          s._onTimeout();
        }, s.timeout);
        s[kTimeout].unref();
      }
    }
  }

  ref() {
    if (!this._handle) {
      this.once('connect', this.ref);
      return this;
    }
    if (typeof this._handle.ref === 'function') this._handle.ref();
    return this;
  }

  unref() {
    if (!this._handle) {
      this.once('connect', this.unref);
      return this;
    }
    if (typeof this._handle.unref === 'function') this._handle.unref();
    return this;
  }

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else if (!this[kReading]) {
      tryReadStart(this);
    }
  }

  end(data, encoding, callback) {
    stream.Duplex.prototype.end.call(this, data, encoding, callback);
    return this;
  }

  pause() {
    if (this[kUserBuffer] && !this.connecting && this._handle && this[kReading]) {
      this[kReading] = false;
      if (!this.destroyed) {
        const err = this._handle.readStop();
        if (err) this.destroy(errnoException(err, 'read'));
      }
    }
    return stream.Duplex.prototype.pause.call(this);
  }

  // As node: reading stops now (the constructor's read(0) started it), before the loop can poll the
  // pipe; pausing alone would let the next reads take data meant for the other child.
  [kStopReadingForStdio]() {
    if (this._handle && this[kReading]) {
      this[kReading] = false;
      this._handle.readStop();
    }
    this.pause();
    this.readableFlowing = false;
    this._readableState.reading = false;
  }

  resume() {
    if (this[kUserBuffer] && !this.connecting && this._handle && !this[kReading]) {
      tryReadStart(this);
      if (this[kUserPending]) deliverToUserBuffer(this, this[kUserPending]);
    }
    return stream.Duplex.prototype.resume.call(this);
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  resetAndDestroy() {
    if (this._handle) {
      if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
      if (this.connecting) {
        this.once('connect', () => this._reset());
      } else {
        this._reset();
      }
    } else {
      this.destroy(new ERR_SOCKET_CLOSED());
    }
    return this;
  }

  _reset() {
    this.resetAndClosing = true;
    return this.destroy();
  }

  _final(cb) {
    // Still connecting: shut down once connected. Never connected at all: nothing to shut down.
    if (this.connecting) {
      return this.once('connect', () => this._final(cb));
    }
    if (!this._handle) return cb();
    const req = { oncomplete: afterShutdown, callback: cb, handle: this._handle };
    const err = this._handle.shutdown(req);
    if (err === 1 || err === UV_ENOTCONN) return cb();
    if (err !== 0) return cb(errnoException(err, 'shutdown'));
  }

  _destroy(exception, cb) {
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    this.connecting = false;
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout]) {
        clearTimeout(s[kTimeout]);
        s[kTimeout] = null;
      }
    }
    if (this._handle) {
      const isException = exception ? true : false;
      const onClose = () => this.emit('close', isException);
      if (this.resetAndClosing) {
        this.resetAndClosing = false;
        const err = this._handle.reset(onClose);
        if (err) this.emit('error', errnoException(err, 'reset'));
      } else {
        this._handle.close(onClose);
      }
      this._handle.onread = noop;
      this._handle = null;
      this._sockname = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(emitCloseNT, this);
    }
    if (this._server) {
      this._server._connections--;
      if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
    }
  }

  _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      this.once('connect', function connect() {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, cb);
      });
      function onClose() { cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); }
      this.once('close', onClose);
      return;
    }
    this._pendingData = null;
    this._pendingEncoding = '';
    const handle = this._handle;
    if (!handle) {
      cb(new ERR_SOCKET_CLOSED());
      return false;
    }
    this._unrefTimer();
    const req = { oncomplete: afterWrite, handle, callback: null, socket: this };
    let r;
    if (writev) {
      const list = new Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const { chunk, encoding: enc } = data[i];
        list[i] = typeof chunk === 'string' && enc !== 'utf8' && enc !== 'utf-8' ? Buffer.from(chunk, enc) : chunk;
      }
      r = handle.writev(req, list);
    } else if (typeof data !== 'string') {
      r = handle.writeBuffer(req, data);
    } else if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined || encoding === '') {
      r = handle.writeUtf8String(req, data);
    } else if (encoding === 'latin1' || encoding === 'binary') {
      r = handle.writeLatin1String(req, data);
    } else {
      r = handle.writeBuffer(req, Buffer.from(data, encoding));
    }
    if (r < 0) {
      this.destroy(errnoException(r, 'write'), cb);
      return;
    }
    this[kBytesWritten] += streamState[kStateBytesWritten];
    if (r === 0) {
      this[kLastWriteQueueSize] = 0;
      cb();
    } else {
      this[kLastWriteQueueSize] = handle.getWriteQueueSize();
      req.callback = cb;
    }
  }

  // Sends `head` (a Buffer or undefined) and then `length` bytes of file `fd` from `position` with
  // sendfile(2), in order with the writes before it: an empty write's callback means every earlier
  // write has completed, and the socket stays corked meanwhile so later writes wait.
  // cb(err) once all is sent.
  [kSendFile](fd, position, length, head, cb) {
    this.write('', 'latin1', (err) => {
      if (err) return cb(err);
      const handle = this._handle;
      if (!handle || this.destroyed) return cb(new ERR_SOCKET_CLOSED());
      this.cork();
      const done = (status) => {
        if (status >= 0) this[kBytesWritten] += length + (head ? head.length : 0);
        this.uncork();
        if (status === internalBinding('uv').UV_EBUSY) return this[kSendFile](fd, position, length, head, cb);
        if (status < 0) {
          const e = errnoException(status, 'sendfile');
          if (!this.destroyed) this.destroy(e);
          return cb(e);
        }
        cb(null);
      };
      this._unrefTimer();
      const r = handle.sendFile({ oncomplete: done }, fd, position, length, head);
      if (r !== 1) done(r);
    });
  }

  _writev(chunks, cb) { this._writeGeneric(true, chunks, '', cb); }
  _write(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); }

  connect(...args) {
    let normalized;
    if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
    else normalized = normalizeArgs(args);
    const options = normalized[0];
    const cb = normalized[1];
    if (cb !== null) this.once('connect', cb);

    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this[kBytesRead] = 0;
      this[kBytesWritten] = 0;
      this._undestroy();
    }
    const { path } = options;
    const pipe = !!path;
    if (!pipe && options.port === undefined) {
      throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
    }
    if (!this._handle) {
      this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
      initSocketHandle(this);
    }
    this._unrefTimer();
    this.connecting = true;
    if (pipe) {
      validateString(path, 'options.path');
      internalConnect(this, path);
    } else {
      lookupAndConnect(this, options);
    }
    return this;
  }
}

copyMethods(SocketMethods, Socket);

// Writable.prototype.write is replaced after a FIN from the peer when !allowHalfOpen.
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function emitCloseNT(self) { self.emit('close', false); }

// listen({ signal }): aborting closes the server.
function addServerSignal(server, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function addSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => socket.destroy(new errors.AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function tryReadStart(socket) {
  socket[kReading] = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// handle.onread: `this` is the handle.
function onStreamRead(nread, buf) {
  const socket = this[kOwner];
  // A handle made in JS reports the count as node's do, in streamBaseState.
  if (nread === undefined) nread = internalBinding('stream_wrap').streamBaseState[0];
  if (nread > 0) {
    socket[kBytesRead] += nread;
    if (socket[kTimeout] || socket.timeout) socket._unrefTimer();
    if (socket[kUserBuffer]) {
      // Reads that arrive while paused queue behind what is already waiting.
      const waiting = socket[kUserPending];
      deliverToUserBuffer(socket, waiting ? Buffer.concat([waiting, buf]) : buf);
      return;
    }
    if (!socket.push(buf) && socket[kReading] && socket._handle) {
      socket[kReading] = false;
      const err = socket._handle.readStop();
      if (err) socket.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    socket.destroy(errnoException(nread, 'read'));
    return;
  }
  // node asks for a buffer for every read, the one that finds EOF too.
  if (typeof socket[kUserBuffer] === 'function') socket[kUserBuffer]();
  if (socket.readableLength === 0 && socket._handle) {
    socket[kReading] = false;
    if (typeof socket._handle.readStop === 'function') socket._handle.readStop();
  }
  socket.push(null);
  socket.read(0);
}

function deliverToUserBuffer(socket, buf) {
  let off = 0;
  socket[kUserPending] = null;
  while (off < buf.length) {
    if (!socket[kReading] || socket.destroyed) {
      // Paused from the callback: the rest waits for resume().
      socket[kUserPending] = buf.subarray(off);
      return;
    }
    const ub = socket[kUserBuffer];
    const dst = typeof ub === 'function' ? ub() : ub;
    const n = Math.min(dst.length, buf.length - off);
    dst.set(buf.subarray(off, off + n), 0);
    off += n;
    if (socket[kUserBufferCallback].call(socket, n, dst) === false && socket._handle && socket[kReading]) {
      socket[kReading] = false;
      socket._handle.readStop();
    }
  }
}

function afterWrite(status) {
  const req = this;
  const socket = req.socket;
  if (socket.destroyed) {
    if (typeof req.callback === 'function') req.callback(status < 0 ? errnoException(status, 'write') : null);
    return;
  }
  if (status < 0) {
    socket.destroy(errnoException(status, 'write'), req.callback);
    return;
  }
  socket._unrefTimer();
  socket[kLastWriteQueueSize] = 0;
  if (typeof req.callback === 'function') req.callback(null);
}

function afterShutdown() {
  this.callback();
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  if (options.host !== undefined && options.host !== null && typeof options.host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.host', 'string', options.host);
  }
  const host = options.host || 'localhost';
  let { port } = options;
  if (options.autoSelectFamily != null) validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  let family = socketToDnsFamily(options.family);
  if (family !== undefined && family !== null && family !== 0 && family !== 4 && family !== 6) {
    throw new ERR_INVALID_ARG_VALUE('options.family', options.family, 'must be one of: 0, 4, 6');
  }
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = { family, hints: options.hints || 0 };
  let useAll = options.autoSelectFamily ?? autoSelectFamily;
  if (family === 4 || family === 6) useAll = false;
  if (useAll) dnsopts.all = true;
  const lookup = options.lookup || dnsLookup;
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    if (useAll && !err) {
      let list = Array.isArray(ip) ? ip : [{ address: ip, family: addressType }];
      if (list.length === 0) err = errors.dnsException(-3008, 'getaddrinfo', host);
      else {
        self.emit('lookup', null, list[0].address, list[0].family, host);
        if (!self.connecting) return;
        const bad = list.find((a) => !isIP(a.address));
        if (bad) {
          process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(bad.address));
          return;
        }
        const valid = list.filter((a) => a.family === 4 || a.family === 6);
        if (valid.length === 0) {
          process.nextTick(connectErrorNT, self,
                           new ERR_INVALID_ADDRESS_FAMILY(list[0].family, options.host, options.port));
          return;
        }
        list = valid;
        self._unrefTimer();
        let attemptTimeout = options.autoSelectFamilyAttemptTimeout ?? autoSelectFamilyAttemptTimeout;
        if (attemptTimeout < 10) attemptTimeout = 10;
        connectList(self, list, port, localAddress, localPort, attemptTimeout);
        return;
      }
    }
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (typeof ip !== 'string' || !isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// Several addresses: try them in turn, families alternating, each for at most the attempt timeout
// (node's happy eyeballs without the parallel attempts).
function connectList(self, list, port, localAddress, localPort, attemptTimeout) {
  if (list.length === 1) {
    internalConnect(self, list[0].address, port, list[0].family, localAddress, localPort);
    return;
  }
  const first = list.filter((a) => a.family === list[0].family);
  const other = list.filter((a) => a.family !== list[0].family);
  const ordered = [];
  for (let k = 0; k < Math.max(first.length, other.length); k++) {
    if (k < first.length) ordered.push(first[k]);
    if (k < other.length) ordered.push(other[k]);
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  const failures = [];
  let i = 0;
  let timer = null;
  const next = () => {
    i++;
    const old = self._handle;
    old.onread = noop;
    old.close();
    self._handle = new TCP(TCPConstants.SOCKET);
    initSocketHandle(self);
    self.connecting = true;
    attempt();
  };
  const fail = (err) => {
    failures.push(err);
    if (i + 1 >= ordered.length) {
      const agg = new AggregateError(failures, failures.map((e) => e.message).join('; '));
      agg.code = failures[0].code;
      self.destroy(agg);
      return;
    }
    next();
  };
  const attempt = () => {
    const { address, family } = ordered[i];
    const current = i;
    self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
    if (i + 1 < ordered.length) {
      timer = setTimeout(() => {
        timer = null;
        if (!self.connecting || current !== i) return;
        const err = new Error(`connect ETIMEDOUT ${address}:${port}`);
        err.code = 'ETIMEDOUT';
        fail(err);
      }, attemptTimeout);
      timer.unref();
    }
    internalConnect(self, address, port, family, localAddress, localPort, (status) => {
      if (current !== i) return true; // an attempt given up on
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (status === 0 || !self.connecting) return false;
      fail(exceptionWithHostPort(status, 'connect', address, port));
      return true;
    });
  };
  attempt();
}

function connectErrorNT(self, err) { self.destroy(err); }

function internalConnect(self, address, port, addressType, localAddress, localPort, retry) {
  let err;
  if (self.blockList && (addressType === 4 || addressType === 6) &&
      self.blockList.check(address, `ipv${addressType}`)) {
    self.destroy(new errors.codes.ERR_IP_BLOCKED(address));
    return;
  }
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || '0.0.0.0';
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = localAddress || '::';
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  if (addressType === 6 || addressType === 4) {
    const req = { oncomplete: afterConnect, address, port, localAddress, localPort, owner: self, retry };
    if (perf.hasObserver('net')) {
      perf.startPerf(self, kPerfConnect, { type: 'net', name: 'connect', detail: { host: address, port } });
    }
    err = addressType === 4 ? self._handle.connect(req, address, port) : self._handle.connect6(req, address, port);
  } else {
    const req = { oncomplete: afterConnect, address, owner: self };
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address) details = sockname.address + ':' + sockname.port;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status) {
  const req = this;
  const self = req.owner;
  if (self.destroyed || req.handle === null) return;
  if (req.retry && req.retry(status)) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self._unrefTimer();
    if (self[kTypeOfService] !== undefined && self._handle.setTypeOfService) {
      self._handle.setTypeOfService(self[kTypeOfService]);
    }
    if (self[kPerfConnect] && perf.hasObserver('net')) perf.stopPerf(self, kPerfConnect);
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
    else if (self.readable && self.readableFlowing === null) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---- Server

function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = guessHandle(fd);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6('::', port, flags);
      if (err) {
        handle.close();
        return createServerHandle('0.0.0.0', port, 4, undefined, flags);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (addressType === 4) {
      err = handle.bind(address, port, flags);
    } else {
      err = handle.bind(address);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) { if (self._handle) self.emit('listening'); }

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
  this.highWaterMark = options.highWaterMark;
  if (options.blockList) {
    if (!BlockList().isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

class ServerMethods {

  get listening() { return !!(this._handle && this._connectionKey); }

  _listen2(address, port, addressType, backlog, fd, flags) {
    // In a cluster worker the primary owns the listening socket (internal/cluster/child).
    if (!this._handle && !this._clusterExclusive && require('cluster').isWorker) {
      const listeningId = this._listeningId;
      require('cluster')._getServer(this, { address, port, addressType, fd, flags, backlog }, (err, handle) => {
        if (listeningId !== this._listeningId) { // closed, or listen() called again, meanwhile
          if (handle) handle.close();
          return;
        }
        if (err) {
          process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(err, 'bind', address, port));
          return;
        }
        this._handle = handle;
        this._listen2(address, port, addressType, backlog, fd, flags);
      });
      return;
    }
    if (!this._handle) {
      let rval = null;
      if (!address && typeof fd !== 'number') {
        rval = createServerHandle('::', port, 6, fd, flags);
        if (typeof rval === 'number') {
          rval = null;
          address = '0.0.0.0';
          addressType = 4;
        } else {
          address = '::';
          addressType = 6;
        }
      }
      if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
      if (typeof rval === 'number') {
        process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
        return;
      }
      this._handle = rval;
    }
    this._handle.onconnection = onconnection;
    this._handle[kOwner] = this;
    const err = this._handle.listen(backlog || 511);
    if (err) {
      const ex = uvExceptionWithHostPort(err, 'listen', address, port);
      this._handle.close();
      this._handle = null;
      process.nextTick(emitErrorNT, this, ex);
      return;
    }
    this._connectionKey = addressType + ':' + address + ':' + port;
    if (this._unref) this.unref();
    process.nextTick(emitListeningNT, this);
  }

  listen(...args) {
    const normalized = normalizeArgs(args);
    let options = normalized[0];
    const cb = normalized[1];
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    this._listeningId++;
    if (cb !== null) this.once('listening', cb);
    if (options.signal !== undefined) addServerSignal(this, options.signal);
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    this._clusterExclusive = options.exclusive === true;
    let flags = options.ipv6Only ? TCPConstants.UV_TCP_IPV6ONLY : 0;
    if (options.reusePort === true) flags |= TCPConstants.UV_TCP_REUSEPORT;
    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      this._listen2(null, -1, -1, backlogFromArgs);
      return this;
    }
    if (typeof options.fd === 'number' && options.fd >= 0) {
      this._listen2(null, null, null, backlogFromArgs, options.fd);
      return this;
    }
    // listen(), listen(cb), listen(null[, cb]) and {port: undefined|null}: an arbitrary free port.
    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      const backlog = options.backlog || backlogFromArgs;
      const port = options.port | 0;
      if (options.host) {
        lookupAndListen(this, port, options.host, backlog, flags);
      } else {
        this._listen2(null, port, 4, backlog, undefined, flags);
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      this._pipeName = options.path;
      const backlog = options.backlog || backlogFromArgs;
      this._listen2(options.path, -1, -1, backlog);
      if (this._handle && (options.readableAll || options.writableAll)) {
        const mode = (options.readableAll ? PipeConstants.UV_READABLE : 0) |
                     (options.writableAll ? PipeConstants.UV_WRITABLE : 0);
        const err = this._handle.fchmod(mode);
        if (err) {
          this._handle.close();
          this._handle = null;
          throw errnoException(err, 'uv_pipe_chmod');
        }
      }
      return this;
    }
    if (!('port' in options || 'path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  address() {
    if (this._handle && this._handle.getsockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw errnoException(err, 'address');
      return out;
    } else if (this._pipeName) {
      return this._pipeName;
    }
    return null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
      } else {
        this.once('close', cb);
      }
    }
    this._listeningId = (this._listeningId | 0) + 1;
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(emitCloseNT2, this);
  }

  getConnections(cb) {
    const self = this;
    function end(err, connections) { process.nextTick(cb, err, connections); }
    end(null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

copyMethods(ServerMethods, Server);

// With captureRejections, a rejected 'connection' listener destroys that socket with the error.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Object.defineProperty(Server.prototype, 'connections', {
  get() { return this._connections; },
  set(val) { this._connections = val; },
  configurable: true, enumerable: false,
});

function emitCloseNT2(self) { self.emit('close'); }

function lookupAndListen(self, port, address, backlog, flags) {
  const listeningId = self._listeningId;
  dnsLookup(address, { all: false }, (err, ip, addressType) => {
    if (listeningId !== self._listeningId) return; // closed (or listening anew) meanwhile
    if (err) {
      self.emit('error', err);
    } else {
      self._listen2(ip, port, addressType === 6 ? 6 : 4, backlog, undefined, flags);
    }
  });
}

// handle.onconnection: `this` is the server handle.
function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const data = {};
    if (clientHandle.getpeername) {
      const remote = {};
      clientHandle.getpeername(remote);
      const local = {};
      clientHandle.getsockname(local);
      Object.assign(data, {
        localAddress: local.address, localPort: local.port, localFamily: local.family,
        remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
      });
    }
    clientHandle.close();
    self.emit('drop', data);
    return;
  }
  if (self.blockList && clientHandle.getpeername) {
    const remote = {};
    clientHandle.getpeername(remote);
    if (remote.address && self.blockList.check(remote.address, remote.family.toLowerCase())) {
      clientHandle.close();
      return;
    }
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    highWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function BlockList() { return require('internal/blocklist').BlockList; }


module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts: noop,
  get BlockList() { return require('internal/blocklist').BlockList; },
  get SocketAddress() { return require('internal/blocklist').SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP, isIPv4, isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
};
