'use strict';
// The global fetch() over nodec's own http/https client. Follows what node's fetch (undici) does
// on the wire: default headers, keep-alive pooling, redirects (follow/error/manual, at most 20),
// gzip/deflate/br decoding, abort via AbortSignal, network failures as TypeError('fetch failed')
// with the underlying error as `cause`.

const { Request, kState: kRequest } = require('internal/fetch/request');
const { networkResponse } = require('internal/fetch/response');
const { headersFrom } = require('internal/fetch/headers');
const { kBody, nodeBody, bytesBody, readSource } = require('internal/fetch/body');

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const MAX_REDIRECTS = 20;
// The Fetch standard's "bad ports": never connected to.
const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95,
  101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512,
  513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720,
  1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);
const DEFAULT_HEADERS = [
  ['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'],
  ['accept-encoding', 'gzip, deflate'],
];
const CONTENT_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];

// One keep-alive agent per scheme, shared by every fetch (undici's global dispatcher does the same).
const agents = { __proto__: null };
function agentFor(protocol) {
  if (agents[protocol] === undefined) {
    const mod = protocol === 'https:' ? require('https') : require('http');
    agents[protocol] = new mod.Agent({ keepAlive: true });
  }
  return agents[protocol];
}

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  if (arguments.length < 1) {
    return Promise.reject(new TypeError("fetch: 1 argument required, but only 0 present."));
  }
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = request.signal;
  if (signal.aborted) return Promise.reject(signal.reason);
  const state = {
    request,
    url: request[kRequest].url,
    method: request.method,
    headers: headersFrom(request.headers, 'request'),
    body: request[kBody],
    redirect: request.redirect,
    urlList: [request[kRequest].url.href],
    redirects: 0,
    settled: false,
    current: null, // the in-flight http.ClientRequest or response stream, destroyed on abort
  };
  if (state.body !== null) request[kBody] = { ...state.body, used: true };
  return new Promise((resolve, reject) => {
    state.resolve = (v) => { if (!state.settled) { state.settled = true; resolve(v); } };
    state.reject = (e) => { if (!state.settled) { state.settled = true; reject(e); } };
    const onAbort = () => {
      state.reject(signal.reason);
      if (state.current) state.current.destroy(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    state.cleanup = () => signal.removeEventListener('abort', onAbort);
    mainFetch(state);
  });
}

function mainFetch(state) {
  switch (state.url.protocol) {
    case 'http:':
    case 'https:':
      if (BAD_PORTS.has(Number(state.url.port))) {
        state.reject(networkError(new Error('bad port')));
        return;
      }
      httpFetch(state).catch((err) => state.reject(networkError(err)));
      return;
    case 'data:':
      try {
        state.resolve(dataURLResponse(state));
      } catch (err) {
        state.reject(networkError(err));
      }
      return;
    case 'about:':
    case 'blob:':
    case 'file:':
      state.reject(networkError(new Error('not implemented... yet...')));
      return;
    default:
      state.reject(networkError(new Error('unknown scheme')));
  }
}

function dataURLResponse(state) {
  const href = state.url.href;
  const comma = href.indexOf(',');
  if (comma === -1) throw new Error('invalid data: URL');
  let mime = href.slice(5, comma).trim();
  let payload = href.slice(comma + 1);
  const base64 = /;\s*base64$/i.test(mime);
  if (base64) mime = mime.replace(/;\s*base64$/i, '');
  const { Buffer } = require('buffer');
  let bytes = Buffer.from(decodeURIComponentBytes(payload));
  if (base64) bytes = Buffer.from(bytes.toString('latin1').replace(/[\t\n\f\r ]/g, ''), 'base64');
  if (mime === '' || mime.startsWith(';')) mime = `text/plain${mime || ';charset=US-ASCII'}`;
  const headers = headersFrom([['Content-Type', mime]], 'response');
  return networkResponse({ status: 200, statusText: 'OK', headers, body: bytesBody(new Uint8Array(bytes)),
                           urlList: state.urlList });
}

function decodeURIComponentBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      out.push(...new TextEncoder().encode(s[i]));
    }
  }
  return out;
}

async function httpFetch(state) {
  const url = state.url;
  // Bodies whose bytes can be had up front are sent with Content-Length; streams go chunked.
  let payload = null;
  const body = state.body;
  if (body !== null && body.kind !== 'web' && body.kind !== 'node') {
    payload = await readSource(body);
    if (state.settled) return;
  }
  // The wire order undici uses: host and connection first, defaults after the program's own.
  const headers = { host: url.host, connection: 'keep-alive' };
  for (const [name, value] of state.headers) {
    if (name === 'host' || name === 'connection') continue;
    if (name === 'set-cookie') continue;
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  for (const [name, value] of DEFAULT_HEADERS) if (headers[name] === undefined) headers[name] = value;
  if (payload !== null) headers['content-length'] = `${payload.byteLength}`;
  else if (body === null && (state.method === 'POST' || state.method === 'PUT')) headers['content-length'] = '0';
  else if (body !== null) headers['transfer-encoding'] = 'chunked';

  const mod = url.protocol === 'https:' ? require('https') : require('http');
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const req = mod.request({
    hostname,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: state.method,
    headers,
    agent: state.request[kRequest].dispatcher === undefined ? agentFor(url.protocol) : undefined,
  });
  state.current = req;
  req.on('error', (err) => {
    if (state.settled) return;
    state.cleanup();
    state.reject(networkError(err));
  });
  req.on('response', (res) => onResponse(state, res));
  if (payload !== null) {
    req.end(payload);
  } else if (body === null) {
    req.end();
  } else {
    sendStream(req, body).catch((err) => {
      req.destroy(err);
      state.cleanup();
      state.reject(networkError(err));
    });
  }
}

async function sendStream(req, body) {
  if (body.kind === 'node') {
    body.source.pipe(req);
    return;
  }
  const reader = body.stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
  }
  req.end();
}

function onResponse(state, res) {
  if (state.settled) { res.destroy(); return; }
  const status = res.statusCode;
  const location = res.headers.location;
  if (REDIRECT.has(status) && location !== undefined && state.redirect !== 'manual') {
    res.resume();
    if (state.redirect === 'error') {
      state.cleanup();
      state.reject(networkError(new Error('unexpected redirect')));
      return;
    }
    followRedirect(state, status, location);
    return;
  }

  const headers = headersFrom(undefined, 'response');
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    try { headers.append(raw[i].toLowerCase(), raw[i + 1]); } catch { /* a header the standard can't hold is dropped */ }
  }
  let body = null;
  if (state.method === 'HEAD' || NULL_BODY.has(status)) {
    res.resume();
  } else {
    const decoded = decode(res, headers.get('content-encoding'));
    body = nodeBody(decoded);
    state.current = decoded;
    decoded.once('end', state.cleanup);
    decoded.once('error', state.cleanup);
  }
  if (body === null) state.cleanup();
  state.resolve(networkResponse({ status, statusText: res.statusMessage || '', headers, body,
                                  urlList: state.urlList.slice() }));
}

function followRedirect(state, status, location) {
  if (++state.redirects > MAX_REDIRECTS) {
    state.cleanup();
    state.reject(networkError(new Error('redirect count exceeded')));
    return;
  }
  let next;
  try {
    next = new (require('internal/url').URL)(location, state.url);
  } catch (err) {
    state.cleanup();
    state.reject(networkError(err));
    return;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    state.cleanup();
    state.reject(networkError(new Error('URL scheme must be a HTTP(S) scheme')));
    return;
  }
  if ((status === 303 && state.method !== 'GET' && state.method !== 'HEAD') ||
      ((status === 301 || status === 302) && state.method === 'POST')) {
    state.method = 'GET';
    state.body = null;
    for (const h of CONTENT_HEADERS) state.headers.delete(h);
  } else if (state.body !== null && (state.body.kind === 'web' || state.body.kind === 'node')) {
    state.cleanup();
    state.reject(networkError(new Error('Cannot follow redirect with a streamed body')));
    return;
  }
  if (next.origin !== state.url.origin) {
    for (const h of ['authorization', 'proxy-authorization', 'cookie', 'host']) state.headers.delete(h);
  }
  if (next.hash === '' && state.url.hash !== '') next.hash = state.url.hash;
  state.url = next;
  state.urlList.push(next.href);
  mainFetch(state);
}

// Content-Encoding layers are undone in reverse order of application.
function decode(res, encoding) {
  if (!encoding) return res;
  const codings = encoding.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean).reverse();
  if (codings.some((c) => !['gzip', 'x-gzip', 'deflate', 'br'].includes(c))) return res;
  const zlib = require('zlib');
  let stream = res;
  for (const c of codings) {
    const decoder = c === 'br' ? zlib.createBrotliDecompress()
      : c === 'deflate' ? zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
        : zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const from = stream;
    from.on('error', (err) => decoder.destroy(err));
    stream = from.pipe(decoder);
  }
  return stream;
}

module.exports = { fetch };
