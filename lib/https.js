'use strict';
// node:https. Server is a tls.Server running the http server's connection logic on each secure
// connection; the client is http's ClientRequest with an Agent whose connections are tls.connect()
// sockets, keyed by the TLS options too, and which caches TLS sessions per key.

const tls = require('tls');
const { URL, urlToHttpOptions } = require('internal/url');
const HttpAgent = require('_http_agent').Agent;
const httpServer = require('_http_server');
const { validateObject } = require('internal/validators');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols && !opts.ALPNCallback) opts.ALPNProtocols = ['http/1.1'];
  httpServer.storeHTTPOptions.call(this, opts);
  tls.Server.call(this, { noDelay: true, ...opts, allowHalfOpen: true }, httpServer._connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.on('request', requestListener);
  this.on('tlsClientError', function addClientErrorListener(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.on('listening', httpServer.setupConnectionsTracking);
  if (httpServer.kConnections) this[httpServer.kConnections] = new Set();
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = httpServer.Server.prototype[name];
}
Server.prototype.close = function close(cb) {
  httpServer.httpServerPreClose(this);
  tls.Server.prototype.close.call(this, cb);
  return this;
};
Server.prototype[Symbol.asyncDispose] = httpServer.Server.prototype[Symbol.asyncDispose];

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- Agent

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

Agent.prototype.createConnection = function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (this.listenerCount('keylog') > 0) socket.on('keylog', (line) => this.emit('keylog', line, socket));
  if (options._agentKey) {
    socket.on('session', (session) => this._cacheSession(options._agentKey, session));
    socket.once('close', (err) => {
      if (err) this._evictSession(options._agentKey);
    });
  }
  return socket;
};

const kNameFields = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
  'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const f of kNameFields) {
    name += ':';
    const v = options[f];
    if (v === undefined || v === null) continue;
    if (f === 'servername') {
      if (v && v !== options.host) name += v;
    } else {
      name += f === 'sigalgs' ? JSON.stringify(v) : v;
    }
  }
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key]) {
    this._sessionCache.map[key] = session;
    return;
  }
  if (this._sessionCache.list.length >= this.maxCachedSessions) {
    const old = this._sessionCache.list.shift();
    delete this._sessionCache.map[old];
  }
  this._sessionCache.list.push(key);
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const i = this._sessionCache.list.indexOf(key);
  if (i === -1) return;
  this._sessionCache.list.splice(i, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- client

function request(input, options, cb) {
  let opts = {};
  if (typeof input === 'string') {
    opts = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    opts = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
  }
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  if (options) Object.assign(opts, options);
  opts._defaultAgent = module.exports.globalAgent;
  const { ClientRequest } = require('_http_client');
  return new ClientRequest(opts, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
