'use strict';
// TLSSocket, tls.Server and tls.connect.
//
// A TLSSocket is a net.Socket whose _handle is a TLSHandle (below): a JS stream handle with the
// methods net.Socket calls on TCP handles (readStart, writeBuffer, shutdown, close, ...). It drives
// one native TLSConn (internalBinding('tls_wrap'), src/modules/tls/tls_wrap.c: an SSL over memory
// BIOs) and a transport, which is any Duplex: a net.Socket for tls.connect()/tls.Server, or whatever
// was passed as `socket`. Each chunk of ciphertext from the transport is one call into C that returns
// the cleartext, the ciphertext to send and the events (handshake done, session, keylog, SNI pause).

const net = require('net');
const EventEmitter = require('events');
const { Duplex } = require('stream');
const binding = internalBinding('tls_wrap');
const { streamState, kBytesWritten: kStateBytesWritten, UV_EOF } = internalBinding('stream_wrap');
const common = require('internal/tls/common');
const { isArrayBufferView } = require('internal/util/types');
const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MULTIPLE_CALLBACK, ERR_SOCKET_CLOSED,
  ERR_TLS_DH_PARAM_SIZE, ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_CONTEXT, ERR_TLS_INVALID_STATE,
  ERR_TLS_REQUIRED_SERVER_NAME, ERR_TLS_SNI_FROM_SERVER, ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
  ERR_TLS_ALPN_CALLBACK_INVALID_RESULT, ERR_OUT_OF_RANGE, ERR_TLS_SESSION_ATTACK, ERR_TLS_RENEGOTIATION_DISABLED,
} = errors.codes;
const {
  validateFunction, validateNumber, validateString, validateInt32, validateObject, validateBuffer,
  validateUint32,
} = require('internal/validators');

const kConn = Symbol('tlsConn');
const kErrorEmitted = Symbol('error-emitted');
const kPendingSession = Symbol('pendingSession');
const kConnectOptions = Symbol('connect-options');
const kIsVerified = Symbol('verified');
const kALPNCallback = Symbol('ALPNCallback');
const kSNICallback = Symbol('snicallback');
const kRes = Symbol('res');
const kPskCallback = Symbol('pskcallback');
const kPskIdentityHint = Symbol('pskidentityhint');

const UV_ENOTCONN = -107;
const UV_ECANCELED = -125;
const noop = () => {};

// A server socket closed before the handshake completed (and with no TLS error reported): the
// server hears of it as a 'socket hang up' tlsClientError, as node's.
function onServerSocketClose(hadError) {
  if (hadError || this._controlReleased || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  const err = new Error('socket hang up');
  err.code = 'ECONNRESET';
  const server = this._tlsOptions.server;
  if (server) server.emit('tlsClientError', err, this);
}

let ipServernameWarned = false;
let warnedRejectUnauthorized = false;

// ---- the stream handle over (conn, transport)

class TLSHandle {
  constructor(owner, transport, conn) {
    this.owner = owner;
    this.transport = transport;
    this.conn = conn;
    this.onread = noop;
    this.reading = false;
    this.secure = false;
    this.pending = []; // writes before the handshake finished: [req, chunks]
    this.ended = false; // EOF reported
    this.closed = false;
    this.helloPending = false;
    this.shutdownReq = null;
    this.inflight = 0;
    this.sessionCallbacks = false; // server: 'resumeSession'/'newSession' listeners
    this.newSessionPending = false; // until the 'newSession' callback, output and 'secure' wait
    this.securePending = false;
    this.sessionHeld = [];
    this.handshakes = 0; // renegotiations within tls.CLIENT_RENEG_WINDOW (server)
    this.lastHandshakeTime = 0;
    this._onData = (chunk) => this.receive(chunk);
    this._onEnd = () => this.onTransportEnd();
    this._onError = (err) => this.onTransportError(err);
    this._onClose = () => this.onTransportClose();
    transport.on('data', this._onData);
    transport.on('end', this._onEnd);
    transport.on('error', this._onError);
    transport.on('close', this._onClose);
    // The ciphertext always flows (a raw socket may come paused, e.g. pauseOnConnect).
    if (typeof transport.resume === 'function' && transport.readableFlowing === false) transport.resume();
  }

  // Feeds ciphertext from the peer.
  receive(chunk) {
    if (this.closed || !this.conn) return;
    if (typeof chunk === 'string') chunk = Buffer.from(chunk);
    let r;
    try {
      r = this.conn.receive(chunk);
    } catch (e) {
      this.owner._tlsError(e);
      return;
    }
    this.handle(r);
  }

  start() {
    if (this.closed || !this.conn) return;
    this.handle(this.conn.start());
  }

  handle(r) {
    const clear = r[0], out = r[1], events = r[2], err = r[3];
    let eof = false;
    if (events) {
      // The handshake's last flight is held back while the events run: a client that rejects the
      // peer in 'secure' destroys the socket before its Finished goes out, as node's does. Writes
      // made by the handlers queue behind it.
      const outer = this.held === null || this.held === undefined;
      if (outer) this.held = [];
      if (out) {
        this.inflight += out.length;
        this.held.push([out, null]);
      }
      try {
        eof = this.dispatch(events);
      } finally {
        if (outer) {
          const held = this.held;
          this.held = null;
          if (this.newSessionPending) this.sessionHeld.push(...held);
          else for (const [buf, cb] of held) this.send(buf, cb, true);
        }
      }
    } else if (out) {
      this.send(out);
    }
    this.afterEvents(clear, err, eof, r[4]);
    // The engine stopped after the handshake to let 'secure' be handled first; read on.
    if (r[5] && !this.closed && this.conn) this.receive(undefined);
  }

  dispatch(events) {
    let eof = false;
    {
      for (let i = 0; i < events.length; i += 2) {
        const name = events[i], value = events[i + 1];
        if (this.closed) return eof;
        switch (name) {
          case 'secure':
            if (this.newSessionPending) this.securePending = true;
            else this.onSecure();
            break;
          case 'newsession': this.onNewSession(value[0], value[1]); break;
          case 'ocspresponse': this.owner.emit('OCSPResponse', value); break;
          case 'session': this.owner._onSession(value); break;
          case 'keylog': this.owner.emit('keylog', value); break;
          case 'hello': this.onHello(value); break;
          case 'handshakestart': this.onHandshakeStart(value); break;
          case 'end': eof = true; break;
        }
      }
    }
    return eof;
  }

  afterEvents(clear, err, eof, reads) {
    if (this.closed) return;
    if (clear) {
      if (reads) {
        // One 'data' per record read, as node.
        let off = 0;
        for (const n of reads) {
          if (this.closed) return;
          this.onread(n, clear.subarray(off, off + n));
          off += n;
        }
      } else {
        this.onread(clear.length, clear);
      }
    }
    if (err && !this.closed) {
      // The engine failed: what it wrote (an alert) goes out before the socket closes.
      if (this.held) {
        const held = this.held;
        this.held = [];
        const t = this.transport;
        for (const [buf] of held) {
          this.inflight -= buf.length;
          if (!t.destroyed && !t.writableEnded) t.write(buf);
        }
      }
      const alpnError = this.conn && this.conn.alpnError;
      const pskError = this.conn && this.conn.pskError;
      if (pskError !== undefined) {
        this.owner._tlsError(pskError);
      } else if (alpnError !== undefined && typeof alpnError === 'string') {
        this.owner._tlsError(new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(alpnError, this.owner._alpnOffered || []));
      } else if (alpnError instanceof Error) {
        this.owner._tlsError(alpnError);
      } else {
        this.owner._tlsError(err);
      }
      return;
    }
    if (eof) this.eof();
  }

  // Ciphertext held back or handed to the transport and not yet written out counts as queued
  // (writeQueueSize).
  send(buf, cb, counted = false) {
    if (!counted) this.inflight += buf.length;
    if (this.held) {
      this.held.push([buf, cb]);
      return;
    }
    if (this.newSessionPending) {
      this.sessionHeld.push([buf, cb]);
      return;
    }
    const t = this.transport;
    if (this.closed || t.destroyed || t.writableEnded) {
      this.inflight -= buf.length;
      if (cb) process.nextTick(cb, new ERR_SOCKET_CLOSED());
      return;
    }
    t.write(buf, (err) => {
      this.inflight -= buf.length;
      if (cb) cb(err);
    });
  }

  eof() {
    if (this.ended) return;
    this.ended = true;
    this.onread(UV_EOF, undefined);
  }

  onSecure() {
    this.secure = true;
    this.owner._onSecure();
    if (this.closed) return;
    const pending = this.pending;
    this.pending = [];
    for (const [req, chunks] of pending) this.doWrite(req, chunks);
    if (this.shutdownReq) {
      const req = this.shutdownReq;
      this.shutdownReq = null;
      this.shutdown(req);
    }
  }

  // Server: a client may renegotiate at most tls.CLIENT_RENEG_LIMIT times per
  // tls.CLIENT_RENEG_WINDOW seconds, and not at all after disableRenegotiation().
  onHandshakeStart(now) {
    const last = this.lastHandshakeTime;
    this.lastHandshakeTime = now;
    if (last === 0) return; // the first handshake
    const tls = require('tls');
    if (now - last >= tls.CLIENT_RENEG_WINDOW * 1000) this.handshakes = 1;
    else this.handshakes++;
    const owner = this.owner;
    if (this.handshakes > tls.CLIENT_RENEG_LIMIT) {
      owner._emitTLSError(new ERR_TLS_SESSION_ATTACK());
      return;
    }
    if (owner._disableRenegotiation) owner._emitTLSError(new ERR_TLS_RENEGOTIATION_DISABLED());
  }

  // The server paused at the ClientHello: a session to resume ('resumeSession'), then the
  // SNICallback, then the certificate's OCSP status ('OCSPRequest'), then the handshake goes on.
  onHello(hello) {
    if (this.helloPending) return;
    this.helloPending = true;
    const owner = this.owner;
    // As node, the socket knows the requested name from the ClientHello on.
    if (typeof hello.servername === 'string') owner.servername = hello.servername;
    const sni = () => owner._onHello(hello.servername, (ctx) => {
      owner._requestOCSP(hello, ctx, () => {
        this.helloPending = false;
        if (this.closed || !this.conn) return;
        this.conn.setContext(ctx ? ctx.context : undefined);
        this.receive(undefined);
      });
    });
    if (this.sessionCallbacks) owner._resumeSession(hello, sni);
    else sni();
  }

  // A new server session: the server's 'newSession' listeners store it, then call back.
  onNewSession(id, data) {
    const owner = this.owner;
    const server = owner._tlsOptions.server;
    if (!server) return;
    let once = false;
    const done = () => {
      if (once) return;
      once = true;
      if (!this.newSessionPending) return;
      this.newSessionPending = false;
      const held = this.sessionHeld;
      this.sessionHeld = [];
      for (const [buf, cb] of held) this.send(buf, cb, true);
      if (this.securePending && !this.closed) {
        this.securePending = false;
        this.onSecure();
      }
    };
    this.newSessionPending = true;
    if (!server.emit('newSession', id, data, done)) done();
  }

  onTransportEnd() {
    if (this.closed) return;
    if (!this.secure) {
      this.owner._tlsError(this.owner._disconnectError());
      return;
    }
    this.eof();
  }

  onTransportError(err) {
    if (this.closed) return;
    if ((this.shuttingDown || this.ended) && (err.code === 'EPIPE' || err.code === 'ECONNRESET')) {
      // The peer went away while we were closing: not an error of this socket.
      if (!this.owner.destroyed) this.owner.destroy();
      return;
    }
    this.owner._transportError(err);
  }

  onTransportClose() {
    if (this.closed) return;
    if (!this.secure) {
      this.owner._tlsError(this.owner._disconnectError());
      return;
    }
    this.eof();
    if (!this.owner.destroyed) this.owner.destroy();
  }

  // -- the stream-handle interface net.Socket uses
  readStart() {
    this.reading = true;
    if (typeof this.transport.resume === 'function' && this.transport.isPaused && this.transport.isPaused()) {
      this.transport.resume();
    }
    return 0;
  }

  readStop() {
    this.reading = false;
    // The handshake must go on whatever the reader does: only cleartext flow is paused.
    if (this.secure && typeof this.transport.pause === 'function') this.transport.pause();
    return 0;
  }

  doWrite(req, chunks) {
    if (this.closed || !this.conn) {
      process.nextTick(() => req.oncomplete(UV_ECANCELED));
      return;
    }
    let r;
    try {
      r = this.conn.encrypt(chunks);
    } catch (e) {
      process.nextTick(() => req.oncomplete(-22));
      return;
    }
    const out = r[1];
    if (r[3]) {
      this.owner._tlsError(r[3]);
      process.nextTick(() => req.oncomplete(-32));
      return;
    }
    const t = this.transport;
    if (!out || t.destroyed || t.writableEnded) {
      process.nextTick(() => req.oncomplete(out ? -32 : 0));
      return;
    }
    this.send(out, (err) => req.oncomplete(err ? -32 : 0));
  }

  queueWrite(req, chunks) {
    let bytes = 0;
    for (const c of chunks) bytes += c.length;
    streamState[kStateBytesWritten] = bytes;
    if (!this.secure) this.pending.push([req, chunks]);
    else this.doWrite(req, chunks);
    return 1;
  }

  writeBuffer(req, buf) {
    return this.queueWrite(req, [buf]);
  }

  writeUtf8String(req, s) {
    return this.queueWrite(req, [Buffer.from(s, 'utf8')]);
  }

  writeLatin1String(req, s) {
    return this.queueWrite(req, [Buffer.from(s, 'latin1')]);
  }

  writev(req, list) {
    const chunks = list.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c));
    return this.queueWrite(req, chunks);
  }

  // The ciphertext not yet taken by the transport: a socket's own write buffer, or for any other
  // stream, what was handed to it and not yet acknowledged.
  get writeQueueSize() {
    return this.transport instanceof net.Socket ? this.getWriteQueueSize() : this.inflight;
  }

  getWriteQueueSize() {
    return this.transport.writableLength || 0;
  }

  shutdown(req) {
    if (this.held) {
      process.nextTick(() => this.shutdown(req));
      return 0;
    }
    if (!this.secure && !this.closed) {
      this.shutdownReq = req;
      return 0;
    }
    const t = this.transport;
    this.shuttingDown = true;
    if (this.conn && !this.closed) {
      try {
        const r = this.conn.shutdown();
        if (r[1]) this.send(r[1]);
      } catch {
        // already gone
      }
    }
    if (t.destroyed || t.writableFinished) {
      process.nextTick(() => req.oncomplete(0));
      return 0;
    }
    if (typeof t.end === 'function') t.end(() => req.oncomplete(0));
    else process.nextTick(() => req.oncomplete(0));
    return 0;
  }

  close(cb) {
    if (this.closed) {
      if (typeof cb === 'function') process.nextTick(cb);
      return;
    }
    this.closed = true;
    const t = this.transport;
    t.removeListener('data', this._onData);
    t.removeListener('end', this._onEnd);
    t.removeListener('close', this._onClose);
    // Keep an 'error' listener: late transport errors must not crash the process.
    if (this.conn) {
      this.conn.destroy();
      this.conn = null;
    }
    for (const [req] of this.pending) process.nextTick(() => req.oncomplete(UV_ECANCELED));
    this.pending = [];
    if (typeof cb !== 'function') cb = noop;
    // The close callback comes a tick after the transport's 'close', so that an error the socket
    // is being destroyed with is emitted before its 'close', as node's.
    const done = () => process.nextTick(cb);
    if (t.destroyed) {
      if (t.closed === false) t.once('close', done);
      else process.nextTick(cb);
    } else {
      t.once('close', done);
      t.destroy();
    }
  }

  getpeername(out) {
    const h = this.transport._handle;
    if (h && typeof h.getpeername === 'function') return h.getpeername(out);
    return UV_ENOTCONN;
  }

  getsockname(out) {
    const h = this.transport._handle;
    if (h && typeof h.getsockname === 'function') return h.getsockname(out);
    return UV_ENOTCONN;
  }

  setNoDelay(enable) {
    if (typeof this.transport.setNoDelay === 'function') this.transport.setNoDelay(enable);
    return 0;
  }

  setKeepAlive(enable, delay) {
    if (typeof this.transport.setKeepAlive === 'function') this.transport.setKeepAlive(enable, delay * 1000);
    return 0;
  }

  ref() {
    if (typeof this.transport.ref === 'function') this.transport.ref();
  }

  unref() {
    if (typeof this.transport.unref === 'function') this.transport.unref();
  }
}

// ---- TLSSocket

// A net.Socket that is connecting, or not connected yet: the handshake waits for its 'connect'.
function isPendingTransport(t) {
  return t instanceof net.Socket && !t.destroyed && (t.connecting || !t._handle);
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = typeof p === 'string' ? Buffer.from(p) : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
      if (b.length > 255) throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' + parts.length, 'less than or equal to 255', b.length);
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  }
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols) convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kRes] = null;
  this[kIsVerified] = false;
  this[kErrorEmitted] = false;
  this[kPendingSession] = null;
  this.encrypted = true;

  let transport = socket;
  let wrapped = true;
  if (!transport) {
    transport = new net.Socket({ allowHalfOpen: tlsOptions.allowHalfOpen });
    wrapped = false;
  } else if (!(transport instanceof Duplex) && !(transport instanceof EventEmitter && typeof transport.write === 'function')) {
    throw new ERR_INVALID_ARG_TYPE('socket', 'Duplex', transport);
  }
  this._transport = transport;
  this._wrappedSocket = wrapped;

  const context = tlsOptions.secureContext || common.createSecureContext(tlsOptions);
  this._secureContext = context;
  const conn = binding.createConn(context.context, !!tlsOptions.isServer);
  this.ssl = conn;
  // As node's TLSWrap, ssl.fd is the descriptor of the stream underneath (-1 when it has none).
  Object.defineProperty(conn, 'fd', {
    __proto__: null,
    configurable: true,
    get() {
      const h = transport._handle;
      return h && typeof h.fd === 'number' ? h.fd : -1;
    },
  });
  this[kConn] = conn;
  const handle = new TLSHandle(this, transport, conn);

  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket && !tlsOptions._managed ? false : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: tlsOptions.onread,
    signal: tlsOptions.signal,
  });
  this._parent = wrapped && transport instanceof net.Socket ? transport : null;
  // Until tls.connect() or the server hands the socket over (_releaseControl), its errors are
  // reported as '_tlsError' events rather than thrown, as node's.
  this.on('error', onUnreleasedError);
  this._init(socket);
  if (!tlsOptions.pauseOnConnect) this.read(0);
}

function onUnreleasedError(err) {
  this.emit('_tlsError', err);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._init = function _init(socket) {
  const options = this._tlsOptions;
  const conn = this[kConn];
  this._requestCert = !!options.requestCert;
  this._rejectUnauthorized = !!options.rejectUnauthorized;
  conn.setVerifyMode(this._requestCert, this._rejectUnauthorized);
  if (options.isServer) {
    if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
    this.server = options.server || null;
    if (options.SNICallback || (options.server && options.server._contexts && options.server._contexts.length)) {
      this[kSNICallback] = options.SNICallback;
      conn.enableHelloPause();
    }
    if (options.ALPNCallback) {
      validateFunction(options.ALPNCallback, 'options.ALPNCallback');
      const cb = options.ALPNCallback;
      const self = this;
      conn.alpnCallback = function(arg) {
        self._alpnOffered = arg.protocols;
        const r = cb.call(self, arg);
        if (r !== undefined && !arg.protocols.includes(r)) {
          conn.alpnError = r;
          return undefined;
        }
        return r;
      };
    } else if (options.ALPNProtocols) {
      conn.setALPNProtocols(options.ALPNProtocols);
    }
    const server = options.server;
    if (server && server.listenerCount &&
        (server.listenerCount('resumeSession') > 0 || server.listenerCount('newSession') > 0)) {
      conn.enableSessionCallbacks();
      this._handle.sessionCallbacks = true;
    }
    if (server && server.listenerCount && server.listenerCount('OCSPRequest') > 0) conn.enableHelloPause();
    if (server && server.listenerCount && server.listenerCount('keylog') > 0) {
      conn.enableKeylog();
      this.on('keylog', (line) => server.emit('keylog', line, this));
    }
  } else {
    if (options.ALPNProtocols) conn.setALPNProtocols(options.ALPNProtocols);
    if (options.requestOCSP) conn.requestOCSP();
  }
  if (options.pskCallback) setupPsk(this, conn, options);
  const keylogFile = tlsKeylogFile();
  if (keylogFile) {
    if (!keylogWarned) {
      keylogWarned = true;
      process.emitWarning('Using --tls-keylog makes TLS connections insecure ' +
                          `by writing secret key material to file ${keylogFile}`);
    }
    conn.enableKeylog();
    this.on('keylog', (line) => {
      require('fs').appendFile(keylogFile, line, { mode: 0o600 }, (err) => {
        if (err && !keylogErrorWarned) {
          keylogErrorWarned = true;
          process.emitWarning(`Failed to write TLS keylog (this warning will not be repeated): ${err}`);
        }
      });
    });
  }
  this.on('newListener', keylogNewListener);
  function keylogNewListener(event) {
    if (event !== 'keylog') return;
    if (this[kConn]) this[kConn].enableKeylog();
    this.removeListener('newListener', keylogNewListener);
  }
  if (options.handshakeTimeout > 0) {
    this.setTimeout(options.handshakeTimeout, this._handleTimeout);
  }
  const transport = this._transport;
  if (this._wrappedSocket && isPendingTransport(transport)) {
    this.connecting = true;
    transport.once('connect', () => {
      this.connecting = false;
      if (this.destroyed) return;
      this.emit('connect');
      this.read(0);
      if (!options.isServer) this._start();
    });
  }
};

// --tls-keylog=file: every TLS socket appends its key material to the file (NSS key log format).
let keylogFileOption = null;
let keylogWarned = false;
let keylogErrorWarned = false;
function tlsKeylogFile() {
  if (keylogFileOption === null) {
    keylogFileOption = require('internal/bootstrap/realm').runtimeOptions.optionValue('--tls-keylog') || '';
  }
  return keylogFileOption;
}

// Pre-shared keys. A server's pskCallback(socket, identity) gives the key for an identity (a
// Buffer/TypedArray/DataView, or an object with one as `psk`), a client's pskCallback(hint) gives
// { psk, identity }; null/undefined refuses. The engine calls conn.pskCallback mid-handshake.
function setupPsk(socket, conn, options) {
  validateFunction(options.pskCallback, 'pskCallback');
  const userCallback = options.pskCallback;
  if (options.isServer) {
    conn.pskCallback = (identity, maxPskLen) => {
      const ret = userCallback.call(socket, socket, identity);
      if (ret == null) return undefined;
      let psk;
      if (isArrayBufferView(ret)) {
        psk = ret;
      } else {
        if (typeof ret !== 'object') {
          throw new ERR_INVALID_ARG_TYPE('ret', ['Object', 'Buffer', 'TypedArray', 'DataView'], ret);
        }
        psk = ret.psk;
        validateBuffer(psk, 'psk');
      }
      if (psk.byteLength > maxPskLen) {
        throw new ERR_INVALID_ARG_VALUE('psk', psk, `Pre-shared key exceeds ${maxPskLen} bytes`);
      }
      return Buffer.from(psk.buffer, psk.byteOffset, psk.byteLength);
    };
  } else {
    conn.pskCallback = (hint, maxPskLen, maxIdentityLen) => {
      const ret = userCallback.call(socket, hint);
      if (ret == null) return undefined;
      validateObject(ret, 'ret');
      validateBuffer(ret.psk, 'psk');
      if (ret.psk.byteLength > maxPskLen) {
        throw new ERR_INVALID_ARG_VALUE('psk', ret.psk, `Pre-shared key exceeds ${maxPskLen} bytes`);
      }
      validateString(ret.identity, 'identity');
      if (Buffer.byteLength(ret.identity) > maxIdentityLen) {
        throw new ERR_INVALID_ARG_VALUE('identity', ret.identity, `PSK identity exceeds ${maxIdentityLen} bytes`);
      }
      const { psk } = ret;
      return { psk: Buffer.from(psk.buffer, psk.byteOffset, psk.byteLength), identity: ret.identity };
    };
  }
  conn.enablePskCallback();
  if (options.pskIdentityHint) {
    validateString(options.pskIdentityHint, 'options.pskIdentityHint');
    if (!conn.setPskIdentityHint(options.pskIdentityHint)) {
      const err = new Error('Failed to set PSK identity hint');
      err.code = 'ERR_TLS_PSK_SET_IDENTITY_HINT_FAILED';
      process.nextTick(() => socket._tlsError(err));
    }
  }
}

TLSSocket.prototype._start = function _start() {
  if (this.connecting) return;
  if (this._startCalled || !this._handle) return;
  this._startCalled = true;
  if (!this._tlsOptions.isServer) this._handle.start();
};

TLSSocket.prototype._disconnectError = function _disconnectError() {
  const err = new Error(this._tlsOptions.isServer ? 'socket hang up' :
    'Client network socket disconnected before secure TLS connection was established');
  err.code = 'ECONNRESET';
  const opts = this[kConnectOptions];
  if (opts) {
    err.path = opts.path;
    err.host = opts.host;
    err.port = opts.port;
    err.localAddress = opts.localAddress;
  }
  return err;
};

TLSSocket.prototype._transportError = function _transportError(err) {
  if (this.destroyed) return;
  if (this._tlsOptions.isServer && !this._secureEstablished) {
    this._tlsError(err);
    return;
  }
  this.destroy(err);
};

TLSSocket.prototype._tlsError = function _tlsError(err) {
  if (this.destroyed) return;
  if (this._tlsOptions.isServer && this._tlsOptions._managed && !this._controlReleased) {
    const server = this._tlsOptions.server;
    this[kErrorEmitted] = true;
    this.destroy();
    if (server) server.emit('tlsClientError', err, this);
    return;
  }
  this._emitTLSError(err);
};

TLSSocket.prototype._emitTLSError = function _emitTLSError(err) {
  this.destroy(err);
};

TLSSocket.prototype._handleTimeout = function _handleTimeout() {
  this._tlsError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', onUnreleasedError);
  return true;
};

TLSSocket.prototype._finishInit = function _finishInit() {
  const conn = this[kConn];
  if (!conn) return;
  this.alpnProtocol = conn.getALPN();
  this.servername = conn.getServername();
  this._secureEstablished = true;
  if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
};

TLSSocket.prototype._onSecure = function _onSecure() {
  if (this._secureEstablished) {
    // A renegotiation finished.
    if (this._tlsOptions.isServer && this._requestCert && this[kConn]) {
      const verifyError = this[kConn].verifyError();
      this.authorized = !verifyError;
      this.authorizationError = verifyError ? verifyError.code : null;
      if (verifyError && this._rejectUnauthorized) {
        this.destroy();
        return;
      }
    }
    this.emit('secure');
    // A client checks the server again and reports 'secureConnect' again, as node's.
    if (!this._tlsOptions.isServer && this[kConnectOptions] && !this.destroyed) onClientSecure(this);
    return;
  }
  this._finishInit();
  if (this._tlsOptions.isServer) {
    onServerSecure(this);
  } else {
    this.emit('secure');
    if (this[kConnectOptions] && !this.destroyed) onClientSecure(this);
    else this._flushSessions();
  }
};

TLSSocket.prototype._onSession = function _onSession(session) {
  this[kPendingSession] = session;
  if (!this[kIsVerified]) {
    // TLS 1.2 tickets arrive before the handshake ends: 'session' follows 'secureConnect'.
    (this._earlySessions ||= []).push(session);
    return;
  }
  this._emitSession(session);
};

TLSSocket.prototype._flushSessions = function _flushSessions() {
  this[kIsVerified] = true;
  const list = this._earlySessions;
  this._earlySessions = null;
  if (list) for (const s of list) if (!this.destroyed) this._emitSession(s);
};

TLSSocket.prototype._emitSession = function _emitSession(session) {
  // Events come in batches: while one is delivered, getSession() is the session it announces.
  this._sessionOverride = session;
  try {
    this.emit('session', session);
  } finally {
    this._sessionOverride = null;
  }
};

// The callback a server listener gets while the ClientHello waits ('resumeSession',
// 'OCSPRequest'): callable once; an error, or a socket gone meanwhile, destroys the socket;
// otherwise apply(conn, value) and the handshake goes on.
function serverHelloCallback(socket, apply, next) {
  let once = false;
  return (err, value) => {
    if (once) {
      socket.destroy(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    once = true;
    if (err) {
      socket.destroy(err);
      return;
    }
    if (!socket[kConn]) {
      socket.destroy(new ERR_SOCKET_CLOSED());
      return;
    }
    apply(socket[kConn], value);
    next();
  };
}

// 'resumeSession': a ClientHello with a session id (and no ticket) asks the server's listeners for
// the session's data; callback(err, data) loads it (or nothing: a full handshake).
TLSSocket.prototype._resumeSession = function _resumeSession(hello, next) {
  const server = this._tlsOptions.server;
  const onSession = serverHelloCallback(this, (conn, session) => {
    if (session) conn.loadSession(session);
  }, next);
  if (hello.sessionId.length <= 0 || hello.tlsTicket || !server ||
      !server.emit('resumeSession', hello.sessionId, onSession)) {
    next();
  }
};

// 'OCSPRequest': a client asked for the certificate's OCSP status; the server's listeners get the
// certificate and its issuer (DER) and call back with the response to staple (or none).
TLSSocket.prototype._requestOCSP = function _requestOCSP(hello, ctx, next) {
  const server = this._tlsOptions.server;
  const sc = ctx || (server && server._sharedCreds);
  if (!hello.OCSPRequest || !server || !sc || server.listenerCount('OCSPRequest') === 0) {
    next();
    return;
  }
  const onOCSP = serverHelloCallback(this, (conn, response) => {
    if (response) conn.setOCSPResponse(response);
  }, next);
  server.emit('OCSPRequest', sc.context.getCertificate(), sc.context.getIssuer(), onOCSP);
};

TLSSocket.prototype._onHello = function _onHello(servername, done) {
  const server = this._tlsOptions.server;
  const cb = this[kSNICallback] || (server && server._defaultSNI);
  if (!cb || !servername) {
    done(null);
    return;
  }
  let called = false;
  let inCallback = true;
  const syncResults = [];
  const onContext = (err, ctx) => {
    if (called) {
      this._tlsError(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    if (this.destroyed) return;
    if (err) {
      this._tlsError(err);
      return;
    }
    if (ctx && !(ctx.context && typeof ctx.context.setCert === 'function')) {
      this._tlsError(new Error('Invalid SNI context'));
      return;
    }
    done(ctx || null);
  };
  try {
    cb.call(server, servername, (err, ctx) => {
      // Called back synchronously: go on once the SNICallback has returned, so that what the
      // handshake does next (and any listener that throws) is not taken for its own error.
      if (inCallback) syncResults.push([err, ctx]);
      else onContext(err, ctx);
    });
  } catch (e) {
    inCallback = false;
    this._tlsError(e);
    return;
  }
  inCallback = false;
  for (const [err, ctx] of syncResults) onContext(err, ctx);
};

function onServerSecure(socket) {
  const opts = socket._tlsOptions;
  if (socket._requestCert) {
    const verifyError = socket[kConn].verifyError();
    if (verifyError) {
      socket.authorizationError = verifyError.code;
      if (socket._rejectUnauthorized) {
        socket.destroy();
        return;
      }
    } else {
      socket.authorized = true;
    }
  }
  socket.emit('secure');
  if (!socket.destroyed && socket._releaseControl()) {
    socket.secureConnecting = false;
    if (opts.server) opts.server.emit('secureConnection', socket);
  }
}

function onClientSecure(socket) {
  const options = socket[kConnectOptions] || socket._tlsOptions;
  const conn = socket[kConn];
  let verifyError = conn.verifyError();
  if (options.minDHSize !== undefined) {
    const ek = conn.getEphemeralKeyInfo();
    if (ek && ek.type === 'DH' && ek.size < options.minDHSize) {
      socket._emitTLSError(new ERR_TLS_DH_PARAM_SIZE(ek.size));
      return;
    }
  }
  if (!verifyError && !socket.isSessionReused()) {
    const hostname = options.servername || options.host ||
      (options.socket && options.socket._host) || 'localhost';
    const cert = socket.getPeerCertificate(true);
    const check = options.checkServerIdentity || require('tls').checkServerIdentity;
    try {
      verifyError = check(hostname, cert);
    } catch (e) {
      socket.destroy(e);
      return;
    }
  }
  if (verifyError) {
    socket.authorized = false;
    socket.authorizationError = verifyError.code || verifyError.message;
    if (socket._tlsOptions.rejectUnauthorized) {
      socket.destroy(verifyError);
      return;
    }
  } else {
    socket.authorized = true;
  }
  socket.secureConnecting = false;
  socket.emit('secureConnect');
  socket._flushSessions();
}

// ---- TLSSocket methods (node's names)

const methods = {
  get _connecting() { return this.connecting; },

  disableRenegotiation() {
    this._disableRenegotiation = true;
  },

  renegotiate(options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed || !this[kConn]) return false;
    let requestCert = !!this._requestCert;
    let rejectUnauthorized = !!this._rejectUnauthorized;
    if (options.requestCert !== undefined) requestCert = !!options.requestCert;
    if (options.rejectUnauthorized !== undefined) rejectUnauthorized = !!options.rejectUnauthorized;
    if (requestCert !== this._requestCert || rejectUnauthorized !== this._rejectUnauthorized) {
      this[kConn].setVerifyMode(requestCert, rejectUnauthorized);
      this._requestCert = requestCert;
      this._rejectUnauthorized = rejectUnauthorized;
    }
    try {
      this[kConn].renegotiate();
    } catch (err) {
      if (callback) process.nextTick(callback, err);
      return false;
    }
    if (callback) this.once('secure', () => callback(null));
    this._handle.handle(this[kConn].receive(undefined));
    return true;
  },

  exportKeyingMaterial(length, label, context) {
    validateUint32(length, 'length', true);
    validateString(label, 'label');
    if (context !== undefined) validateBuffer(context, 'context');
    if (!this._secureEstablished || !this[kConn]) throw new ERR_TLS_INVALID_STATE();
    return this[kConn].exportKeyingMaterial(length, label, context);
  },

  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return this[kConn] ? this[kConn].setMaxSendFragment(size) : false;
  },

  setServername(name) {
    validateString(name, 'name');
    if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    if (this[kConn]) this[kConn].setServername(name);
  },

  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    if (this[kConn]) this[kConn].setSession(session);
  },

  getSession() {
    if (this._sessionOverride) return this._sessionOverride;
    if (this[kConn]) {
      const s = this[kConn].getSession();
      if (s) return s;
    }
    return this[kPendingSession] || undefined;
  },

  getPeerCertificate(detailed) {
    if (this[kConn]) {
      return common.translatePeerCertificate(this[kConn].getPeerCertificate(detailed)) || {};
    }
    return null;
  },

  getCertificate() {
    if (this[kConn]) return common.translatePeerCertificate(this[kConn].getCertificate()) || {};
    return null;
  },

  // The peer's certificate; its issuerCertificate is the next certificate the peer sent, and so on.
  getPeerX509Certificate() {
    if (!this[kConn]) return undefined;
    const chain = this[kConn].getPeerChainRaw();
    if (chain.length === 0) return undefined;
    const { X509Certificate, kIssuerCertificate } = require('internal/crypto/x509');
    let issuer;
    for (let i = chain.length - 1; i >= 0; i--) {
      const cert = new X509Certificate(chain[i]);
      if (issuer !== undefined) cert[kIssuerCertificate] = issuer;
      issuer = cert;
    }
    return issuer;
  },

  getX509Certificate() {
    if (!this[kConn]) return undefined;
    const raw = this[kConn].getRawCertificate(true);
    if (!raw) return undefined;
    const { X509Certificate } = require('crypto');
    return new X509Certificate(raw);
  },

  setKeyCert(context) {
    if (!(context instanceof common.SecureContext)) context = common.createSecureContext(context);
    if (this[kConn]) this[kConn].setContext(context.context);
  },

  getCipher() {
    return this[kConn] ? this[kConn].getCipher() : null;
  },

  getSharedSigalgs() {
    return this[kConn] ? this[kConn].getSharedSigalgs() : null;
  },

  getEphemeralKeyInfo() {
    return this[kConn] ? this[kConn].getEphemeralKeyInfo() : null;
  },

  getFinished() {
    return this[kConn] ? this[kConn].getFinished(false) : undefined;
  },

  getPeerFinished() {
    return this[kConn] ? this[kConn].getFinished(true) : undefined;
  },

  getProtocol() {
    return this[kConn] ? this[kConn].getProtocol() : null;
  },

  getTLSTicket() {
    return this[kConn] ? this[kConn].getTLSTicket() : undefined;
  },

  isSessionReused() {
    return this[kConn] ? this[kConn].isSessionReused() : false;
  },

  enableTrace() {},

  connect(...args) {
    const t = this._transport;
    const normalized = net._normalizeArgs(args);
    const options = normalized[0];
    const cb = normalized[1];
    if (cb) this.once('connect', cb);
    if (this._wrappedSocket || !(t instanceof net.Socket)) {
      throw new ERR_INVALID_ARG_VALUE('socket', t, 'is already connected');
    }
    this.connecting = true;
    t.once('connect', () => {
      this.connecting = false;
      if (this.destroyed) return;
      this._peername = null;
      this._sockname = null;
      this.emit('connect');
      this.emit('ready');
      this.read(0);
      this._start();
    });
    t.on('lookup', (...a) => this.emit('lookup', ...a));
    t.connect(options);
    return this;
  },

  _destroySSL() {
    if (this[kConn]) {
      this[kConn].destroy();
      this[kConn] = null;
    }
  },

  _destroy(exception, cb) {
    net.Socket.prototype._destroy.call(this, exception, cb);
    this[kConn] = null;
    this.ssl = null;
  },
};
for (const key of Object.getOwnPropertyNames(methods)) {
  Object.defineProperty(TLSSocket.prototype, key, Object.getOwnPropertyDescriptor(methods, key));
}

// ---- tls.Server

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options || {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this._defaultSNI = defaultSNICallback;
  if (options.sessionTimeout) this.sessionTimeout = options.sessionTimeout;
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
  if (options.ALPNCallback) {
    validateFunction(options.ALPNCallback, 'options.ALPNCallback');
    if (options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
    this[kALPNCallback] = options.ALPNCallback;
    this.ALPNCallback = options.ALPNCallback;
  }
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  this[kSNICallback] = options.SNICallback;
  if (options.handshakeTimeout !== undefined) validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
  this.handshakeTimeout = options.handshakeTimeout || 120 * 1000;
  if (options.enableTrace !== undefined && typeof options.enableTrace !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.enableTrace', 'boolean', options.enableTrace);
  }
  if (options.pskCallback !== undefined) validateFunction(options.pskCallback, 'options.pskCallback');
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function defaultSNICallback(servername, cb) {
  // The most recently added matching context wins.
  let ctx = null;
  for (let i = this._contexts.length - 1; i >= 0; i--) {
    const [re, context] = this._contexts[i];
    if (re.test(servername)) {
      ctx = context;
      break;
    }
  }
  cb(null, ctx);
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    _managed: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this.handshakeTimeout,
    ALPNProtocols: this.ALPNProtocols,
    ALPNCallback: this[kALPNCallback],
    SNICallback: this[kSNICallback],
    pskCallback: this[kPskCallback],
    pskIdentityHint: this[kPskIdentityHint],
    pauseOnConnect: this.pauseOnConnect,
    highWaterMark: this.highWaterMark,
    allowHalfOpen: this.allowHalfOpen,
  });
  socket.on('secure', noop);
  socket.on('close', onServerSocketClose);
  // The raw socket's errors end the TLS socket (handled in TLSHandle).
}

const serverMethods = {
  setSecureContext(options) {
    validateObject(options, 'options');
    this.key = options.key;
    this.cert = options.cert;
    this.ca = options.ca;
    this.passphrase = options.passphrase;
    this.pfx = options.pfx;
    this.ciphers = options.ciphers;
    this.ecdhCurve = options.ecdhCurve;
    this.dhparam = options.dhparam;
    this.honorCipherOrder = options.honorCipherOrder !== undefined ? !!options.honorCipherOrder : true;
    this.secureOptions = options.secureOptions;
    this.sessionIdContext = options.sessionIdContext;
    if (options.pskCallback) this[kPskCallback] = options.pskCallback;
    if (options.pskIdentityHint) this[kPskIdentityHint] = options.pskIdentityHint;
    this._sharedCreds = common.createSecureContext({
      ...options,
      honorCipherOrder: this.honorCipherOrder,
      sessionIdContext: options.sessionIdContext || defaultSessionIdContext(),
    });
    if (this.sessionTimeout) this._sharedCreds.context.setSessionTimeout(this.sessionTimeout);
    if (this.ticketKeys) this.setTicketKeys(this.ticketKeys);
    else if (options.ticketKeys === undefined) this.ticketKeys = undefined;
  },

  _getServerData() {
    return { ticketKeys: this.getTicketKeys().toString('hex') };
  },

  _setServerData(data) {
    this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
  },

  getTicketKeys() {
    return this._sharedCreds.context.getTicketKeys();
  },

  setTicketKeys(keys) {
    validateBuffer(keys, 'keys');
    this._sharedCreds.context.setTicketKeys(keys);
  },

  addContext(servername, context) {
    if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
    const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*') + '$');
    const ctx = context instanceof common.SecureContext ? context : common.createSecureContext(context);
    this._contexts.push([re, ctx]);
  },
};
for (const key of Object.keys(serverMethods)) Server.prototype[key] = serverMethods[key];

// events.captureRejections: a rejected 'secureConnection' handler destroys that socket with the error.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'secureConnection') {
    sock.destroy(err);
    return;
  }
  net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, sock);
};

let defaultSid = null;
// As node: one id per program (its argv), so servers of one process resume each other's sessions.
function defaultSessionIdContext() {
  if (defaultSid === null) {
    defaultSid = require('crypto').createHash('sha1').update(process.argv.join(' ')).digest('hex').slice(0, 32);
  }
  return defaultSid;
}

// ---- tls.connect

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allowUnauthorized && !warnedRejectUnauthorized) {
    warnedRejectUnauthorized = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' ' +
                        'makes TLS connections and HTTPS requests insecure by disabling ' +
                        'certificate verification.');
  }
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: require('tls').DEFAULT_CIPHERS,
    checkServerIdentity: require('tls').checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || require('tls').createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    requestOCSP: options.requestOCSP,
    pskCallback: options.pskCallback,
    enableTrace: options.enableTrace,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (options.session) tlssock.setSession(options.session);
  let servername = options.servername;
  if (servername === undefined && options.host && !net.isIP(options.host)) servername = options.host;
  if (servername) {
    if (!ipServernameWarned && net.isIP(servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
                          'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(servername);
  }
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options);
  }
  tlssock._releaseControl();
  if (options.socket && !isPendingTransport(options.socket)) tlssock._start();
  return tlssock;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  convertALPNProtocols,
};
