'use strict';
// The HTTP server: a net.Server whose connections are read by the C parser (consuming the TCP
// handle directly when it can, see _http_common.consume), one JS call per request.

const net = require('net');
const EventEmitter = require('events');
const {
  allocParser, freeParser, consume, unconsume, restartSocketReading, parseError, HTTPParser,
  defaultMaxHeaderSize, insecureHTTPParserDefault, kLenientAll, kIncomingMessage, continueExpression, debug,
} = require('_http_common');
const { OutgoingMessage, kOutHeaders, kUniqueHeaders, parseUniqueHeadersOption, validateHeaderName, validateHeaderValue } =
  require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const perf = require('internal/perf/observe');
const kServerResponseStatistics = Symbol('ServerResponseStatistics');
const { validateBoolean, validateInteger, validateObject, validateFunction, validateNumber } = require('internal/validators');
const {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_SOCKET_ENCODING,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE, ERR_HTTP_REQUEST_TIMEOUT,
} = require('internal/errors').codes;

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kState = Symbol('kState');
const kSocketState = Symbol('kSocketState');

// Status lines of the common codes, made once.
const statusLines = Object.create(null);

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    const te = req.headers.te;
    this.useChunkedEncodingByDefault = typeof te === 'string' && /(?:^|\W)chunked(?:$|\W)/i.test(te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  if (this[kServerResponseStatistics] && perf.hasObserver('http')) {
    perf.stopPerf(this, kServerResponseStatistics, {
      detail: {
        res: {
          statusCode: this.statusCode,
          statusMessage: this.statusMessage,
          headers: typeof this.getHeaders === 'function' ? this.getHeaders() : {},
        },
      },
    });
  }
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  // Sockets of our server report 'close' through their state (socketOnClose), once per socket.
  if (!socket[kSocketState]) socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (!socket[kSocketState]) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

// `<uri>` then `; param[=value]`s: one Link header value.
const LINK_VALUE = /^<[^>\x00-\x1f\x7f]*>(?:[ \t]*;[ \t]*[^;"\s=]+(?:=(?:"[^"\x00-\x1f\x7f]*"|[^;"\s]*))?)*$/;
function validateLinkValue(link) {
  if (typeof link === 'string' && LINK_VALUE.test(link)) return link;
  if (Array.isArray(link) && link.every((l) => typeof l === 'string' && LINK_VALUE.test(l))) return link.join(', ');
  throw new ERR_INVALID_ARG_VALUE('hints', link,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkValue(hints.link);
  if (link.length === 0) return;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') {
      validateHeaderName(key);
      validateHeaderValue(key, hints[key]);
      head += key + ': ' + hints[key] + '\r\n';
    }
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);

  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason; // writeHead(code, headers) or (code, undefined, headers)
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    if (obj !== undefined && obj !== null) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
          // These replace headers set before, yet may repeat among themselves.
          for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.removeHeader(obj[n]);
          for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }


  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;

  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  let line;
  if (this.statusMessage !== STATUS_CODES[statusCode] && /[\r\n]/.test(this.statusMessage)) {
    throw new ERR_INVALID_CHAR('statusMessage');
  }
  if (this.statusMessage === STATUS_CODES[statusCode]) {
    line = statusLines[statusCode];
    if (line === undefined) line = statusLines[statusCode] = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  } else {
    line = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  }
  this._storeHeader(line, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

// ---- Server

function storeHTTPOptions(options) {
  if (options.optimizeEmptyRequests !== undefined) {
    validateBoolean(options.optimizeEmptyRequests, 'options.optimizeEmptyRequests');
  }
  this.optimizeEmptyRequests = options.optimizeEmptyRequests === true;
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5000;
  }
  // Added to keepAliveTimeout for the idle connection's actual lifetime, so that a request sent
  // just as the advertised time runs out still finds the connection open.
  const keepAliveTimeoutBuffer = options.keepAliveTimeoutBuffer;
  if (keepAliveTimeoutBuffer !== undefined) validateInteger(keepAliveTimeoutBuffer, 'keepAliveTimeoutBuffer', 0);
  this.keepAliveTimeoutBuffer = keepAliveTimeoutBuffer ?? 1000;
  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  this.connectionsCheckingInterval = connectionsCheckingInterval ?? 30000;
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader ?? true;
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites ?? false;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  this.optimizeEmptyRequests = options.optimizeEmptyRequests ?? false;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  if (options.shouldUpgradeCallback !== undefined) {
    validateFunction(options.shouldUpgradeCallback, 'options.shouldUpgradeCallback');
    this.shouldUpgradeCallback = options.shouldUpgradeCallback;
  }
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive,
                          keepAliveInitialDelay: options.keepAliveInitialDelay, highWaterMark: options.highWaterMark });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kConnections] = new Set();
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close(cb) {
  httpServerPreClose(this);
  net.Server.prototype.close.call(this, cb);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnectionsCheckingInterval]) return;
  for (const state of this[kConnections]) state.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnectionsCheckingInterval]) return;
  for (const state of this[kConnections]) {
    const s = state.socket;
    if (state.incoming.length === 0 && !s._httpMessage && state.parser && state.parser.timing()[0] === 0) s.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EventEmitter.captureRejectionSymbol || Symbol.for('nodejs.rejection')] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    net.Server.prototype[EventEmitter.captureRejectionSymbol]?.call(this, err, event, ...args);
  }
};

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  const interval = this.connectionsCheckingInterval;
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), interval > 0 ? interval : 30000).unref();
}

// headersTimeout / requestTimeout: the parser knows when the message under way began.
function checkConnections() {
  const headersTimeout = this.headersTimeout;
  const requestTimeout = this.requestTimeout;
  if (headersTimeout === 0 && requestTimeout === 0) return;
  const now = performanceNow();
  for (const state of this[kConnections]) {
    const parser = state.parser;
    if (!parser) continue;
    const t = parser.timing();
    if (t[0] === 0) continue;
    const elapsed = now - t[1];
    if ((t[0] === 1 && headersTimeout > 0 && elapsed > headersTimeout) || (requestTimeout > 0 && elapsed > requestTimeout)) {
      onRequestTimeout(state.socket);
    }
  }
}

function performanceNow() { return internalBinding('http_parser').now(); }

function onRequestTimeout(socket) {
  socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
}

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

// The socket of an HTTP connection carries bytes: text decoding would break the parser.
function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

// node's rule: a 'data' or 'readable' listener the program adds to a consumed socket gives the
// bytes back to the stream (the parser then gets them through socketOnData, the program too).
function listenerWrapper(name) {
  const original = net.Socket.prototype[name];
  return function socketListenerWrap(ev, fn) {
    const res = original.call(this, ev, fn);
    const parser = this.parser;
    if ((ev === 'data' || ev === 'readable') && parser && parser.consuming) {
      unconsume(parser, this);
      restartSocketReading(this);
    }
    return res;
  };
}
const socketOn = listenerWrapper('on');
const socketAddListener = listenerWrapper('addListener');
const socketPrependListener = listenerWrapper('prependListener');

// A socket timeout must see every read: consumed reads then report to JS (onExecute).
function socketSetTimeout(msecs, callback) {
  const parser = this.parser;
  if (parser && parser.consuming) parser.setNotify(true);
  return net.Socket.prototype.setTimeout.call(this, msecs, callback);
}

function connectionListenerInternal(server, socket) {
  debug('SERVER new http connection');
  socket.server = server;
  socket.setEncoding = socketSetEncoding;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = allocParser();
  let lenient = server.insecureHTTPParser;
  if (lenient === undefined) lenient = insecureHTTPParserDefault();
  parser.initialize(HTTPParser.REQUEST, server.maxHeaderSize || defaultMaxHeaderSize(), lenient ? kLenientAll : 0);
  parser.socket = socket;
  socket.parser = parser;
  parser[kIncomingMessage] = server[kIncomingMessage];
  parser.joinDuplicateHeaders = server.joinDuplicateHeaders;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1 >> 1;

  const state = {
    server, socket, parser,
    onData: null,
    outgoing: [],
    incoming: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimer: null,
    keepAliveArmed: false,
  };
  socket[kSocketState] = state;
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  parser.onExecute = onParserExecute.bind(undefined, server, socket, parser, state);
  socket.on('error', socketOnError);
  socket.on('end', socketOnEnd);
  socket.on('close', socketOnClose);
  socket.on('drain', socketOnDrain);
  socket._paused = false;
  server[kConnections].add(state);

  // As node: the socket flows into socketOnData, and the parser reads the handle itself when it
  // can. Consumed reads never reach 'data', but EOF and read errors still go through the socket.
  state.onData = socketOnData;
  socket.on('data', socketOnData);
  if (consume(parser, socket)) {
    socket.on = socketOn;
    socket.addListener = socketAddListener;
    socket.prependListener = socketPrependListener;
    socket.setTimeout = socketSetTimeout;
  }
  // A server socket timeout must see every read.
  if (server.timeout && parser.consuming) parser.setNotify(true);
}

function socketOnData(d) {
  const state = this[kSocketState];
  const parser = state.parser;
  if (!parser) return;
  const ret = parser.execute(d);
  onParserExecuteCommon(state.server, this, parser, state, ret, d);
}

function onParserExecute(server, socket, parser, state, ret, d) {
  socket._unrefTimer();
  if (d === undefined) return;
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret < 0) {
    const err = parseError(parser, ret, d);
    state.parseErrored = true;
    // The parser stopped reading the handle: net reads it again, so EOF and later data still
    // arrive (node keeps its socket flowing after a clientError the user handles).
    if (parser.consuming) {
      unconsume(parser, socket);
      restartSocketReading(socket);
    }
    socketOnError.call(socket, err);
    return;
  }
  const req = parser.incoming;
  if (req && req.upgrade && d !== undefined && (ret < d.length || parser.consuming || true) && isUpgradePending(parser, req, ret, d)) {
    const bytesParsed = ret;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(eventName) > 0) {
      socket.removeListener('data', socketOnData);
      socket.removeListener('end', socketOnEnd);
      socket.removeListener('close', socketOnClose);
      socket.removeListener('drain', socketOnDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      server[kConnections].delete(state);
      if (socket.setEncoding === socketSetEncoding) delete socket.setEncoding; // the user's stream now
      if (parser.consuming) unconsume(parser, socket);
      freeParser(parser, req, socket);
      state.parser = null;
      const head = d.subarray(bytesParsed);
      socket.readableFlowing = null;
      restartSocketReading(socket);
      server.emit(eventName, req, socket, head);
    } else {
      socket.destroy();
    }
  }
}

// The parser stopped at an upgrade (execute returned less than the chunk, or the message upgraded).
function isUpgradePending(parser, req, ret, d) { return req.upgrade === true; }

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose() {
  const state = this[kSocketState];
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
  if (state.keepAliveTimer) {
    clearTimeout(state.keepAliveTimer);
    state.keepAliveTimer = null;
  }
  state.server[kConnections].delete(state);
  const parser = state.parser;
  if (parser) {
    const req = parser.incoming;
    freeParser(parser, req, this);
    state.parser = null;
    abortIncoming(state.incoming);
  }
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function socketOnEnd() {
  const socket = this;
  const state = socket[kSocketState];
  const parser = state.parser;
  if (!parser) return;
  const ret = parser.finish();
  // An error already reported (as llhttp, finish after a parse error is no new error).
  if (ret < 0 && !state.parseErrored) {
    socketOnError.call(socket, parseError(parser, ret));
    return;
  }
  if (!state.server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnDrain() {
  const state = this[kSocketState];
  const needPause = state.outgoingData > this.writableHighWaterMark;
  if (this._paused && !needPause) {
    this._paused = false;
    if (this.parser && this.parser.consuming) this.parser.readStart();
    else this.resume();
  }
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[Symbol.for('nodec.http.needDrain')] !== false && msg.writableNeedDrain) {
    msg.emit('drain');
  }
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  const state = this[kSocketState];
  if (state && state.parser && state.parser.consuming) state.parser.readStop();
  const server = this.server || (state && state.server);
  if (server && !server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function noop() {}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain.call(socket);
}

function onPendingData(delta) {
  const state = this[kState];
  updateOutgoingData(state.socket, state, delta);
}

// The idle keep-alive time ran out: as node's socket timeout, a 'timeout' the request, response or
// server may handle (socketOnTimeout); unhandled, the connection is destroyed.
function onKeepAliveTimeout(socket, state) {
  state.keepAliveTimer = null;
  if (state.keepAliveArmed && !socket.destroyed) socket.emit('timeout');
}

// Lets the parser drop a finished request (so it can be collected) once the request has ended.
function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.once('end', clearIncoming);
  }
}

function resOnFinish() {
  const res = this;
  const req = res.req;
  const socket = res.socket;
  const state = socket ? socket[kSocketState] : null;
  if (state) {
    const i = state.incoming.indexOf(req);
    if (i === 0) state.incoming.shift();
    else if (i > 0) state.incoming.splice(i, 1);
  }
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state && state.outgoing.length === 0) {
    const server = state.server;
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      state.keepAliveArmed = true;
      if (state.keepAliveTimer) state.keepAliveTimer.refresh();
      else {
        state.keepAliveTimer = setTimeout(onKeepAliveTimeout, server.keepAliveTimeout + (server.keepAliveTimeoutBuffer || 0),
                                          socket, state);
        state.keepAliveTimer.unref();
      }
    }
  } else if (state) {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function hasExpect(raw) {
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i];
    if (k.length === 6 && k.toLowerCase() === 'expect') return true;
  }
  return false;
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  state.keepAliveArmed = false;
  if (socket.destroyed) return 0;
  state.incoming.push(req);

  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws && ws.needDrain) || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      if (socket.parser && socket.parser.consuming) socket.parser.readStop();
      else socket.pause();
    }
  }

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' ||
      (server.shouldUpgradeCallback ? Boolean(server.shouldUpgradeCallback(req)) : server.listenerCount('upgrade') > 0);
    if (req.upgrade) return 2;
  }

  const res = new server[kServerResponse](req, { highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites });
  if (perf.hasObserver('http')) {
    perf.startPerf(res, kServerResponseStatistics, {
      type: 'http',
      name: 'HttpRequest',
      detail: { req: { method: req.method, url: req.url, headers: req.headers } },
    });
  }
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res[kState] = state;
  res._onPendingData = onPendingData;
  res.shouldKeepAlive = keepAlive && res.shouldKeepAlive;
  if (server[kUniqueHeaders]) res[kUniqueHeaders] = server[kUniqueHeaders];

  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  res.on('finish', resOnFinish);

  if (server.maxRequestsPerSocket > 0) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    if (server.maxRequestsPerSocket < state.requestsCount) {
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
      return 0;
    }
  }

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && !hasHost(req.rawHeaders)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    if (hasExpect(req.rawHeaders)) {
      const expect = req.headers.expect;
      if (continueExpression.test(expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
      return 0;
    }
  }
  if (server.optimizeEmptyRequests && isBodyless(req)) dumpEmptyRequest(req);
  server.emit('request', req, res);
  return 0;
}

// optimizeEmptyRequests: a request that cannot carry a body (HEAD, or neither Content-Length nor
// Transfer-Encoding) reaches the listener already ended and destroyed, without 'data'/'end' events.
function isBodyless(req) {
  if (req.method === 'HEAD') return true;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (name === 'content-length' || name === 'transfer-encoding') return false;
  }
  return true;
}

function dumpEmptyRequest(req) {
  req._dumped = true;
  req.complete = true;
  const st = req._readableState;
  st.ended = true;
  st.endEmitted = true;
  st.destroyed = true;
  st.closed = true;
  st.closeEmitted = true;
}

function hasHost(raw) {
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i];
    if (k === 'Host' || k === 'host' || (k.length === 4 && k.toLowerCase() === 'host')) return true;
  }
  return false;
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnectionsCheckingInterval,
  httpServerPreClose,
  kConnections,
};
