'use strict';
// IncomingMessage: a request on the server, a response on the client. A Readable fed by the parser
// callbacks in _http_common. `headers`/`trailers` are built from rawHeaders on first access.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// Flow control of a socket read by a parser: the parser's own reading when it consumes the
// handle, the socket's otherwise.
function readStart(socket) {
  if (!socket || socket._paused || !socket.readable) return;
  const parser = socket.parser;
  if (parser && parser.consuming) parser.readStart();
  socket.resume();
}

function readStop(socket) {
  if (!socket) return;
  const parser = socket.parser;
  if (parser && parser.consuming) parser.readStop();
  socket.pause(); // 'pause' on the socket, as node
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
  this.complete = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(val) { this.socket = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
  configurable: true,
});

// rawHeaders/rawTrailers are assigned by the parser; the counts follow them.
Object.defineProperty(IncomingMessage.prototype, 'rawHeaders', {
  get() { return this._rawHeaders; },
  set(val) {
    this._rawHeaders = val;
    this[kHeadersCount] = val ? val.length : 0;
    this[kHeaders] = null;
    this[kHeadersDistinct] = null;
  },
  configurable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'rawTrailers', {
  get() { return this._rawTrailers; },
  set(val) {
    this._rawTrailers = val;
    this[kTrailersCount] = val ? val.length : 0;
    this[kTrailers] = null;
    this[kTrailersDistinct] = null;
  },
  configurable: true,
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// Reading at all (even a body that already ended, all buffered) counts as consuming it: the server
// then leaves the body to the user instead of dumping it when the response finishes.
IncomingMessage.prototype.read = function read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  return Readable.prototype.read.call(this, n);
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser pushes as it parses; only a paused socket needs waking.
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  // An 'error' on a message nobody listens to would crash the process for an aborted request.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
  }
};

// How a repeated field combines: 0 first wins, 1 array (set-cookie), 2 '; ' (cookie), 3 ', '.
function matchKnownFields(field) {
  switch (field.length) {
    case 3:
      if (field === 'age') return 0;
      break;
    case 4:
      if (field === 'host' || field === 'from' || field === 'etag') return 0;
      break;
    case 6:
      if (field === 'server') return 0;
      if (field === 'cookie') return 2;
      break;
    case 7:
      if (field === 'referer' || field === 'expires') return 0;
      break;
    case 8:
      if (field === 'location') return 0;
      break;
    case 10:
      if (field === 'user-agent') return 0;
      if (field === 'set-cookie') return 1;
      break;
    case 11:
      if (field === 'retry-after') return 0;
      break;
    case 12:
      if (field === 'content-type' || field === 'max-forwards') return 0;
      break;
    case 13:
      if (field === 'authorization' || field === 'last-modified') return 0;
      break;
    case 14:
      if (field === 'content-length') return 0;
      break;
    case 17:
      if (field === 'if-modified-since') return 0;
      break;
    case 19:
      if (field === 'if-unmodified-since' || field === 'proxy-authorization') return 0;
      break;
  }
  return 3;
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  const prev = dest[field];
  // Own string/array values only: a name like 'constructor' must not see Object.prototype.
  if (typeof prev !== 'string' && !Array.isArray(prev)) {
    dest[field] = field === 'set-cookie' ? [value] : value;
    return;
  }
  const kind = matchKnownFields(field);
  if (kind === 1) {
    if (Array.isArray(prev)) prev.push(value);
  } else if (kind === 2) {
    dest[field] = prev + '; ' + value;
  } else if (this.joinDuplicateHeaders) {
    dest[field] = prev + ', ' + value;
  } else if (kind === 3) {
    dest[field] = prev + ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!Array.isArray(dest[field])) dest[field] = [value];
  else dest[field].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
