'use strict';
// Shared pieces of the HTTP server and client: the C parser (internalBinding('http_parser')) and its
// callbacks, token/header-value checks, and the socket flow control used while a parser reads it.

const binding = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const methods = binding.methods.slice().sort();
const kIncomingMessage = Symbol('IncomingMessage');
const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;
const kLenientAll = binding.kLenientAll;

// Indexes of the C parser are into node's (alphabetical) METHODS; keep a direct table for them.
const methodByIndex = binding.methods;

// NODE_DEBUG=http tracing, shared by the http modules.
const debug = require('util').debuglog('http');

let maxHeaderSizeCache;
function defaultMaxHeaderSize() {
  if (maxHeaderSizeCache === undefined) {
    // --max-http-header-size, from the command line or NODE_OPTIONS.
    const v = require('internal/options').getOptionValue('--max-http-header-size');
    maxHeaderSizeCache = Number.isInteger(v) && v >= 0 ? v : binding.kMaxHeaderSize;
  }
  return maxHeaderSizeCache;
}

let insecureCache;
function insecureHTTPParserDefault() {
  if (insecureCache === undefined) insecureCache = process.execArgv.includes('--insecure-http-parser');
  return insecureCache;
}

const VERSIONS = { 10: '1.0', 11: '1.1', 9: '0.9', 20: '2.0' };

// C -> JS: one call per message head (see src/bindings/http_parser_binding.c).
function parserOnHeaders(method, url, headers, major, minor, statusCode, statusMessage, upgrade,
                         shouldKeepAlive, complete) {
  const parser = this;
  const socket = parser.socket;
  const incoming = parser.incoming = new (parser[kIncomingMessage] || IncomingMessage)(socket);
  incoming.httpVersionMajor = major;
  incoming.httpVersionMinor = minor;
  incoming.httpVersion = VERSIONS[major * 10 + minor] || `${major}.${minor}`;
  incoming.joinDuplicateHeaders = parser.joinDuplicateHeaders;
  const max = parser.maxHeaderPairs;
  if (max > 0 && headers.length > max * 2) headers.length = max * 2;
  incoming.rawHeaders = headers;
  if (method >= 0) {
    incoming.method = methodByIndex[method];
    incoming.url = url;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  if (upgrade && parser.outgoing != null && !parser.outgoing.upgrading) upgrade = false;
  incoming.upgrade = upgrade;
  const ret = parser.onIncoming(incoming, shouldKeepAlive);
  if (complete) parserOnMessageComplete.call(parser, undefined);
  return ret;
}

function parserOnBody(buf, offset, length) {
  const stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    const ret = stream.push(offset === 0 && length === buf.length ? buf : buf.subarray(offset, offset + length));
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete(trailers) {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    if (trailers !== undefined) stream.rawTrailers = trailers;
    if (parser.onMessageDone) parser.onMessageDone(stream);
    stream.push(null);
  }
  readStart(parser.socket);
}

// Idle parsers, reused (at most parsers.max of them, as node's pool). A parser freed from inside
// one of its own callbacks lets go of its state only afterwards and is not kept.
const parserPool = [];
const kPooled = Symbol('kPooled');

// The http modules' parser: a plain JS object that owns the C parser. JSC caches no property access
// on C-API objects (each costs ~60 ns), so the per-request state (socket, incoming, ...) lives here;
// the C parser calls this object's callbacks with it as `this`. Methods forward to the C parser's.
const kNative = Symbol('kNative');
const nativeMethods = Object.getPrototypeOf(binding.createParser());
const {
  initialize: nInitialize, execute: nExecute, finish: nFinish, lastError: nLastError, pause: nPause,
  resume: nResume, setNotify: nSetNotify, timing: nTiming, consume: nConsume, unconsume: nUnconsume,
  readStart: nReadStart, readStop: nReadStop, free: nFree,
} = nativeMethods;

// What the C parser calls on its owner (see the binding's header).
binding.setCallbacks(parserOnHeaders, parserOnBody, parserOnMessageComplete);

class Parser {
  constructor() {
    this[kNative] = binding.createParser(this);
    resetParser(this);
  }
  initialize(type, maxHeaderSize, lenient) { return nInitialize.call(this[kNative], type, maxHeaderSize, lenient); }
  execute(buffer) { return nExecute.call(this[kNative], buffer); }
  finish() { return nFinish.call(this[kNative]); }
  lastError() { return nLastError.call(this[kNative]); }
  pause() { return nPause.call(this[kNative]); }
  resume() { return nResume.call(this[kNative]); }
  setNotify(on) { return nSetNotify.call(this[kNative], on); }
  timing() { return nTiming.call(this[kNative]); }
  consume(handle) { return nConsume.call(this[kNative], handle); }
  unconsume() { return nUnconsume.call(this[kNative]); }
  readStart() { return nReadStart.call(this[kNative]); }
  readStop() { return nReadStop.call(this[kNative]); }
  free() { return nFree.call(this[kNative]); }
  close() { return nFree.call(this[kNative]); }
}

// A fresh or pooled parser; initialize(type, maxHeaderSize, lenient) it next.
function allocParser() {
  if (parserPool.length === 0) return new Parser();
  const parser = parserPool.pop();
  resetParser(parser);
  return parser;
}

// The JS state of a parser not in use.
function resetParser(parser) {
  parser[kPooled] = false;
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.onIncoming = null;
  parser.onMessageDone = null;
  parser.onExecute = null;
  parser.maxHeaderPairs = 2000;
  parser.joinDuplicateHeaders = false;
  parser.consuming = false;
  parser[kIncomingMessage] = null;
}

const parsers = { alloc: allocParser, free: freeParser, max: 1000 };

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser.consuming) unconsume(parser, socket);
    const released = parser.free();
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.onIncoming = null;
    parser.onExecute = null;
    parser.onMessageDone = null;
    parser.joinDuplicateHeaders = null;
    parser[kIncomingMessage] = null;
    if (released === true && parser[kPooled] === false && parserPool.length < parsers.max) {
      parser[kPooled] = true;
      parserPool.push(parser);
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// Lets the parser read the socket's handle directly: no JS hop and no Buffer per read. The
// handle's own readStart/readStop are shadowed so that socket.pause()/resume() still work.
function consume(parser, socket) {
  const handle = socket._handle;
  if (!handle || typeof handle.readStart !== 'function' || handle._httpParser || socket._userBufferRead) return false;
  if (socket.readableLength > 0) return false;
  const ctor = handle.constructor && handle.constructor.name;
  if (ctor !== 'TCP' && ctor !== 'Pipe') return false;
  let err;
  try { err = parser.consume(handle); } catch { return false; }
  if (err !== 0) return false;
  parser.consuming = true;
  handle._httpParser = parser;
  handle.readStart = consumedReadStart;
  handle.readStop = consumedReadStop;
  return true;
}

function consumedReadStart() { return this._httpParser ? this._httpParser.readStart() : 0; }
function consumedReadStop() { return this._httpParser ? this._httpParser.readStop() : 0; }

// Gives the handle back to the socket (upgrade, or the parser is freed while the socket lives on).
function unconsume(parser, socket) {
  parser.unconsume();
  parser.consuming = false;
  const handle = socket && socket._handle;
  if (handle && handle._httpParser === parser) {
    delete handle.readStart;
    delete handle.readStop;
    delete handle._httpParser;
  }
}

// Restarts socket reading through net after unconsume (the handle is idle then).
function restartSocketReading(socket) {
  const handle = socket._handle;
  if (!handle || socket.destroyed) return;
  handle.readStop();
  if (!socket.isPaused()) handle.readStart();
}

function parseError(parser, ret, data) {
  const [code, reason, offset] = parser.lastError();
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = ret < 0 ? offset : ret;
  err.code = code;
  err.reason = reason;
  if (data !== undefined) err.rawPacket = data;
  return err;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return typeof val === 'string' && tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function cleanupParserOnTimeout() {}

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF: '\r\n',
  freeParser,
  allocParser,
  consume,
  unconsume,
  restartSocketReading,
  parseError,
  methods,
  parsers,
  kIncomingMessage,
  kLenientAll,
  kOnMessageBegin, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute, kOnTimeout,
  HTTPParser: binding.HTTPParser, // node's parser interface (the http modules use allocParser's)
  defaultMaxHeaderSize,
  insecureHTTPParserDefault,
  isLenient: insecureHTTPParserDefault,
  prepareError(err, parser, rawPacket) { err.rawPacket = rawPacket || parser.getCurrentBuffer?.(); },
  cleanupParserOnTimeout,
  debug,
};
