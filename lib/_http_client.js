'use strict';
// ClientRequest: an OutgoingMessage whose socket comes from an Agent (or createConnection) and
// whose response is read by a C parser in response mode.

const net = require('net');
const { URL, urlToHttpOptions } = require('internal/url');
const {
  allocParser, freeParser, consume, unconsume, restartSocketReading, parseError, HTTPParser,
  defaultMaxHeaderSize, insecureHTTPParserDefault, kLenientAll, _checkIsHttpToken: checkIsHttpToken, debug,
} = require('_http_common');
const { OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const Agent = require('_http_agent');
const perf = require('internal/perf/observe');
const kClientRequestStatistics = Symbol('ClientRequestStatistics');
const kFinishEmitted = Symbol('kFinishEmitted');
const kUrlPort = Symbol('kUrlPort');
const { IncomingMessage } = require('_http_incoming');
const { validateInteger, validateBoolean, validateFunction, validateString, validateAbortSignal } = require('internal/validators');
const {
  ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
  ERR_UNESCAPED_CHARACTERS, ERR_INVALID_ARG_VALUE,
} = require('internal/errors').codes;

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    const urlStr = input;
    input = urlToHttpOptions(new URL(urlStr));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || Agent.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;

  if (options.path) {
    const path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const optsWithoutSignal = { __proto__: null, ...options };
  delete optsWithoutSignal.signal; // the request owns the signal; its socket must not add a listener too
  const port = optsWithoutSignal.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host = validateHost(options.hostname, 'hostname') ||
                                        validateHost(options.host, 'host') || 'localhost';
  const setDefaultHeaders = options.setDefaultHeaders === undefined || Boolean(options.setDefaultHeaders);
  const setHost = options.setHost === undefined ? setDefaultHeaders : Boolean(options.setHost);
  if (!setDefaultHeaders) {
    // No Connection, Content-Length or Transfer-Encoding of our own: only what the caller set.
    this._removedConnection = true;
    this._removedContLen = true;
    this._removedTE = true;
  }
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');

  const signal = options.signal;
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    const onAbort = () => this.destroy(Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR', cause: signal.reason }));
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  this[kUrlPort] = port && +port !== defaultPort ? port : undefined; // for the 'http' perf entry's url

  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[require('_http_outgoing').kOutHeaders]);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);

  const optsForConnection = optsWithoutSignal;
  if (this.agent) {
    this.agent.addRequest(this, optsForConnection);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    // `path` for the connection is the socket path (undefined for TCP), never the request path.
    const opts = { ...optsForConnection, path: this.socketPath };
    if (typeof options.createConnection === 'function') {
      let called = false;
      const oncreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      const newSocket = options.createConnection(opts, oncreate);
      if (newSocket) oncreate(null, newSocket);
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

const { getTimerDuration } = require('internal/timers');

Object.defineProperty(ClientRequest.prototype, 'path', {
  get() { return this._path; },
  set(v) {
    // Checked on every write, not only at construction: a later change must not smuggle in CR/LF.
    const path = String(v);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    this._path = path;
  },
  configurable: true,
});

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
  if (perf.hasObserver('http')) {
    perf.startPerf(this, kClientRequestStatistics, {
      type: 'http',
      name: 'HttpClient',
      detail: {
        req: {
          method: this.method,
          url: `${this.protocol}//${this.host}${this[kUrlPort] === undefined ? '' : `:${this[kUrlPort]}`}${this.path}`,
          headers: typeof this.getHeaders === 'function' ? this.getHeaders() : {},
        },
      },
    });
  }
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[require('_http_outgoing').kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(emitAbortNT, this);
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  if (this.socket) this.socket.destroy(err);
  else if (err) {
    // No socket yet: the error and 'close' come once one arrives (or now, if none will).
  }
  // Without a socket yet, the error and 'close' come when one is handed over (onSocketNT).
  return this;
};

function emitAbortNT(req) { req.emit('abort'); }

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  debug('HTTP socket close');
  if (!req) return;
  const parser = socket.parser;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) {
      res.push(null);
    }
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      if (!req._hadErrorEmitted) {
        req._hadErrorEmitted = true;
        req.emit('error', req[kError] || connResetException('socket hang up'));
      }
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    if (!req._hadErrorEmitted) {
      req._hadErrorEmitted = true;
      req.emit('error', err);
    }
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    if (!req._hadErrorEmitted) {
      req._hadErrorEmitted = true;
      req.emit('error', connResetException('socket hang up'));
    }
  }
  if (parser) {
    // A body cut short by EOF is reported by the close listener ('aborted'), not as a parse error.
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!parser) return;
  const ret = parser.execute(d);
  afterExecute(socket, req, parser, ret, d);
}

function afterExecute(socket, req, parser, ret, d) {
  if (ret < 0) {
    const err = parseError(parser, ret, d);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    if (!req._hadErrorEmitted) {
      req._hadErrorEmitted = true;
      req.emit('error', err);
    }
  } else if (parser.incoming && parser.incoming.upgrade) {
    const bytesParsed = ret;
    const res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    if (parser.consuming) unconsume(parser, socket);
    parser.finish();
    freeParser(parser, req, socket);
    const bodyHead = d.subarray(bytesParsed, d.length);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete && !statusIsInformational(parser.incoming.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  if (req.res) {
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;

  const method = req.method;
  if (method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }

  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) {
      req.emit('continue');
    }
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }

  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  req.res = res;
  res.req = req;
  if (req[kClientRequestStatistics] && perf.hasObserver('http')) {
    perf.stopPerf(req, kClientRequestStatistics, {
      detail: { res: { statusCode: res.statusCode, statusMessage: res.statusMessage, headers: res.headers } },
    });
  }
  res.on('end', responseOnEnd);
  socket.on('timeout', responseOnTimeout);
  const handled = req.aborted || !req.emit('response', res);
  if (handled && !req.aborted) res._dump();
  else if (req.aborted) res._dump();
  if (method === 'HEAD') return 1;
  if (res.statusCode === 304) return 1;
  return 0;
}

// The socket timed out while a response was being read: the response hears of it.
function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (res) res.emit('timeout');
}

function responseKeepAlive(req) {
  const socket = req.socket;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', ondrain);
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  socket.removeListener('timeout', onSocketTimeout);
  socket.removeListener('timeout', responseOnTimeout);
  const parser = socket.parser;
  if (parser) freeParser(parser, req, socket);
  req.destroyed = true;
  // With a response the agent takes the socket back on the next tick, after the user's 'end'
  // handlers ran (its 'free' handler guards the idle socket against errors).
  if (!req.res) socket.once('error', freeSocketErrorListener);
  process.nextTick(emitFreeNT, req, req.res ? socket : null);
}

function freeSocketErrorListener(err) {
  const socket = this;
  socket.destroy();
}

function emitFreeNT(req, socket) {
  req._closed = true;
  req.emit('close');
  if (socket) socket.emit('free');
  const res = req.res;
  // A destroyed response emits its own 'close'; otherwise emit it here, once.
  if (res && !res.destroyed && !res._readableState.closeEmitted) {
    res._readableState.emitClose = false;
    res._readableState.closeEmitted = true;
    res.emit('close');
  }
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket && req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req[kFinishEmitted] && !this.aborted) {
    responseKeepAlive(req);
  }
}

// The socket goes back to the agent once both the response has ended and the request has emitted
// 'finish' (its last write completed), whichever comes second: not while a write callback of this
// request is still pending on it.
function requestOnFinish() {
  const req = this;
  req[kFinishEmitted] = true;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function onSocketTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) msg.emit('drain');
}

function tickOnSocket(req, socket) {
  const parser = allocParser();
  req.socket = socket;
  let lenient = req.insecureHTTPParser;
  if (lenient === undefined) lenient = insecureHTTPParserDefault();
  parser.initialize(HTTPParser.RESPONSE, req.maxHeaderSize || defaultMaxHeaderSize(), lenient ? kLenientAll : 0);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1 >> 1;
  parser.onIncoming = parserOnIncomingClient;
  parser.onMessageDone = null;
  socket.removeListener('error', freeSocketErrorListener); // added while the socket sat idle in a pool
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  req.on('finish', requestOnFinish);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

const kEarlyError = Symbol('kEarlyError');
function onEarlySocketError(err) { this[kEarlyError] = err; }

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  // An error the socket emits before the request takes it over (say, a connection refused by a
  // blockList while connecting synchronously) becomes the request's error.
  if (socket && !err && typeof socket.once === 'function') socket.once('error', onEarlySocketError);
  process.nextTick(onSocketNT, this, socket, err);
};

function finishDestroyed(req, err) {
  if (!err && !req.aborted) err = connResetException('socket hang up');
  if (err && !req._hadErrorEmitted) {
    req._hadErrorEmitted = true;
    req.emit('error', err);
  }
  if (!req._closed) {
    req._closed = true;
    req.emit('close');
  }
}

function onSocketNT(req, socket, err) {
  if (socket && typeof socket.removeListener === 'function') {
    socket.removeListener('error', onEarlySocketError);
    if (!err && socket[kEarlyError]) err = socket[kEarlyError];
  }
  if (req.destroyed || err) {
    req.destroyed = true;
    if (socket && (err || !req.agent || socket.destroyed)) {
      // Wait for the socket to go: an error it dies of is the request's error.
      require('internal/streams/end-of-stream')(socket.destroy(err || req[kError]), (er) => {
        if (er && er.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
        finishDestroyed(req, er || err || req[kError]);
      });
      return;
    }
    if (socket) socket.emit('free');
    if (err && !req._hadErrorEmitted) {
      req._hadErrorEmitted = true;
      req.emit('error', err);
    } else if (!req._hadErrorEmitted && !req._closed && (req[kError] || !req.aborted)) {
      req._hadErrorEmitted = true;
      req.emit('error', req[kError] || connResetException('socket hang up'));
    }
    if (!req._closed) {
      req._closed = true;
      req.emit('close');
    }
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  const callSocketMethod = () => {
    if (method) Reflect.apply(this.socket[method], this.socket, args);
  };
  const onSocket = () => {
    if (this.socket.writable) callSocketMethod();
    else this.socket.once('connect', callSocketMethod);
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
  return this;
};

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', function() { sock.setTimeout(msecs); });
  else sock.setTimeout(msecs);
}

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest };
