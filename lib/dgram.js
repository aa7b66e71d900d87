'use strict';
// node:dgram. A Socket is an EventEmitter over a UDP handle (internalBinding('udp_wrap')). Datagrams
// arrive as handle.onmessage(nread, buffer, rinfo), one crossing each; send() hands the kernel the
// chunks at once and reports through the callback on a later tick, or through req.oncomplete when
// the datagram had to be queued. Sends made before the socket is bound bind it to a random port
// first and wait for 'listening', as node does.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { isIP } = require('internal/net');
const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE,
  ERR_SOCKET_BAD_PORT, ERR_SOCKET_BAD_TYPE, ERR_SOCKET_BUFFER_SIZE, ERR_SOCKET_DGRAM_IS_CONNECTED,
  ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING, ERR_INVALID_FD_TYPE,
} = errors.codes;
const { errnoException, exceptionWithHostPort } = errors;
const {
  validateAbortSignal, validateFunction, validateNumber, validateString,
} = require('internal/validators');

const { UDP, constants: UDPConstants } = internalBinding('udp_wrap');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;
const UV_EBADF = -9;

const kState = Symbol('state state');
const kOwner = Symbol('owner_symbol');

let dns;
function defaultLookup(address, family, cb) {
  if (!dns) dns = require('dns');
  return dns.lookup(address, family, cb);
}

function lookup4(lookup, address, cb) { return lookup(address || '127.0.0.1', 4, cb); }
function lookup6(lookup, address, cb) { return lookup(address || '::1', 6, cb); }

function newHandle(type, lookup) {
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
  else lookup = defaultLookup;
  if (type === 'udp4') {
    const handle = new UDP();
    handle.lookup = (address, cb) => lookup4(lookup, address, cb);
    handle.v6 = false;
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP();
    handle.lookup = (address, cb) => lookup6(lookup, address, cb);
    handle.v6 = true;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

function Socket(type, listener) {
  if (!(this instanceof Socket)) return new Socket(type, listener);
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    reusePort: options && options.reusePort,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };
  if (options && options.signal !== undefined) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => { if (this[kState].handle) this.close(); };
    if (signal.aborted) onAborted();
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function replaceHandle(self, newHandle) {
  const state = self[kState];
  const oldHandle = state.handle;
  newHandle.lookup = oldHandle.lookup;
  newHandle.v6 = oldHandle.v6;
  newHandle[kOwner] = self;
  oldHandle.close();
  state.handle = newHandle;
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const removeListeners = () => this.removeListener('listening', onListening);
    const onListening = () => { this.removeListener('error', removeListeners); cb.call(this); };
    this.once('error', removeListeners);
    this.once('listening', onListening);
  }

  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  if (port !== null && typeof port === 'object' && Number.isFinite(port.fd) && port.fd >= 0) {
    const fd = port.fd;
    const guess = require('tty').isatty(fd) ? 'TTY' : undefined;
    if (guess) throw new ERR_INVALID_FD_TYPE(guess);
    const err = state.handle.open(fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  void exclusive;

  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return; // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UDPConstants.UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UDPConstants.UV_UDP_IPV6ONLY;
    if (state.reusePort) flags |= UDPConstants.UV_UDP_REUSEPORT;
    const e = state.handle.bind(ip, port || 0, flags, isIP(ip) === 6);
    if (e) {
      const ex = exceptionWithHostPort(e, 'bind', ip, port);
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', ex);
      return;
    }
    startListening(this);
  });
  return this;
};

function validatePortArg(port, allowZero) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT('Port', port, allowZero);
  }
  return port | 0;
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePortArg(port, false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => doConnect(this, port, address, callback));
    return;
  }
  doConnect(this, port, address, callback);
};

function doConnect(self, port, address, callback) {
  const state = self[kState];
  if (!state.handle) return;
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = state.handle.connect(ip, port, isIP(ip) === 6);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => self.emit('connect'));
  });
  if (callback) self.once('connect', callback);
}

Socket.prototype.disconnect = function() {
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new errors.codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new errors.codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!ArrayBuffer.isView(buf)) return null;
    else out[i] = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return out;
}

function enqueue(self, toEnqueue) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(toEnqueue);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  clearQueue.call(this);
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

function clearQueue() {
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kState];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else if (typeof length === 'number') {
    buffer = sliceBuffer(buffer, offset, length);
    if (typeof port === 'function') {
      callback = port;
      port = null;
    } else if (port != null) {
      throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
  } else {
    callback = offset;
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else list = [buffer];
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }

  if (!connected) port = validatePortArg(port, false);

  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }

  const afterDns = (ex, ip) => {
    defaultTriggerAsyncIdScope(this, doSend, ex, this, ip, list, address, port, callback);
  };
  if (!connected) state.handle.lookup(address, afterDns);
  else afterDns(null, null);
};

function defaultTriggerAsyncIdScope(self, fn, ...args) { return fn(...args); }

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
      return;
    }
    process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const req = {
    oncomplete(status, sent) {
      if (!callback) {
        if (status < 0) self.emit('error', exceptionWithHostPort(status, 'send', address, port));
        return;
      }
      if (status < 0) callback(exceptionWithHostPort(status, 'send', address, port));
      else callback(null, sent);
    },
  };
  const r = port == null ? state.handle.send(req, list) : state.handle.send(req, list, port, ip, isIP(ip) === 6);
  if (r === null) return; // queued: oncomplete follows
  if (r < 0) {
    const err = exceptionWithHostPort(r, 'send', address, port);
    if (callback) process.nextTick(callback, err);
    else process.nextTick(() => self.emit('error', err));
    return;
  }
  if (callback) process.nextTick(callback, null, r);
}

Socket.prototype.close = function(callback) {
  const state = this[kState];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this[kState].handle) return;
  await new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const err = this[kState].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function(arg) {
  const err = this[kState].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const err = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kState].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kState].handle.membership(multicastAddress, interfaceAddress, true);
  if (err) throw errnoException(err, 'addMembership');
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kState].handle.membership(multicastAddress, interfaceAddress, false);
  if (err) throw errnoException(err, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kState].handle.sourceMembership(sourceAddress, groupAddress, interfaceAddress, true);
  if (err) throw errnoException(err, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kState].handle.sourceMembership(sourceAddress, groupAddress, interfaceAddress, false);
  if (err) throw errnoException(err, 'dropSourceSpecificMembership');
};

function bufferSize(self, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = self[kState].handle;
  const r = handle ? handle.bufferSize(size, recv) : UV_EBADF;
  if (r < 0) {
    const e = errnoException(r, recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size');
    throw new ERR_SOCKET_BUFFER_SIZE({ errno: r, code: e.code, message: e.message.split(', ')[0].replace(/^\w+: /, ''), syscall: e.syscall });
  }
  return r;
}

Socket.prototype.setRecvBufferSize = function(size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function(size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function() { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function() { return bufferSize(this, 0, false); };
Socket.prototype.getSendQueueSize = function() { return this[kState].handle.getSendQueueSize(); };
Socket.prototype.getSendQueueCount = function() { return this[kState].handle.getSendQueueCount(); };

Socket.prototype.ref = function() {
  const handle = this[kState].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kState].handle;
  if (handle) handle.unref();
  return this;
};

function onMessage(nread, buf, rinfo) {
  const self = this[kOwner];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  self.emit('message', buf, rinfo);
}

Object.defineProperty(Socket.prototype, '_handle', {
  configurable: true,
  get() { return this[kState].handle; },
  set(v) { this[kState].handle = v; },
});
Object.defineProperty(Socket.prototype, '_receiving', {
  configurable: true,
  get() { return this[kState].receiving; },
  set(v) { this[kState].receiving = v; },
});
Object.defineProperty(Socket.prototype, '_bindState', {
  configurable: true,
  get() { return this[kState].bindState; },
  set(v) { this[kState].bindState = v; },
});
Object.defineProperty(Socket.prototype, '_queue', {
  configurable: true,
  get() { return this[kState].queue; },
  set(v) { this[kState].queue = v; },
});
Object.defineProperty(Socket.prototype, '_reuseAddr', {
  configurable: true,
  get() { return this[kState].reuseAddr; },
  set(v) { this[kState].reuseAddr = v; },
});

module.exports = {
  _createSocketHandle(address, port, addressType) {
    const handle = newHandle(addressType);
    const err = handle.bind(address, port || 0, 0, addressType === 'udp6');
    if (err) {
      handle.close();
      return err;
    }
    return handle;
  },
  createSocket,
  Socket,
};
