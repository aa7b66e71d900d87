'use strict';
// Response (Fetch standard §5.5): constructed responses and the ones fetch() makes.

const { headersFrom, kGuard } = require('internal/fetch/headers');
const { kBody, extractBody, installBodyMethods, isUnusable, cloneBody } = require('internal/fetch/body');

const kState = Symbol('response state');
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const REASON = /^[\t\x20-\x7e\x80-\xff]*$/;

function initResponse(response, init, body) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an instance of ResponseInit.");
  }
  init ??= {};
  const status = init.status !== undefined ? Number(init.status) : 200;
  if (!Number.isFinite(status) || Math.trunc(status) < 200 || Math.trunc(status) > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
  if (!REASON.test(statusText)) throw new TypeError('Invalid statusText');
  response[kState] = { type: 'default', status: Math.trunc(status), statusText, urlList: [],
                       headers: headersFrom(init.headers, 'response') };
  response[kBody] = null;
  if (body !== null) {
    if (NULL_BODY.has(response[kState].status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${response[kState].status}`);
    }
    response[kBody] = body.body;
    if (body.type !== null && !response[kState].headers.has('content-type')) {
      response[kState].headers.set('content-type', body.type);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    let extracted = null;
    if (body !== null && body !== undefined) {
      extracted = extractBody(body);
    }
    initResponse(this, init, extracted);
  }

  static error() {
    const r = Object.create(Response.prototype);
    r[kState] = { type: 'error', status: 0, statusText: '', urlList: [], headers: headersFrom(undefined, 'immutable') };
    r[kBody] = null;
    return r;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = Object.create(Response.prototype);
    const extracted = extractBody(text);
    extracted.type = 'application/json';
    initResponse(r, init, extracted);
    return r;
  }

  static redirect(url, status = 302) {
    const { URL } = require('internal/url');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    status = Number(status);
    if (!REDIRECT.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = Object.create(Response.prototype);
    r[kState] = { type: 'default', status, statusText: '', urlList: [],
                  headers: headersFrom({ location: parsed.href }, 'immutable') };
    r[kBody] = null;
    return r;
  }

  get type() { return this[kState].type; }
  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = new (require('internal/url').URL)(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }
  get redirected() { return this[kState].urlList.length > 1; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kState].headers; }

  clone() {
    if (isUnusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...this[kState], urlList: this[kState].urlList.slice(),
                     headers: headersFrom(this[kState].headers, this[kState].headers[kGuard]) };
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  get [Symbol.toStringTag]() { return 'Response'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const fields = { status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url };
    return `Response ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth })}`;
  }
}
installBodyMethods(Response);

// fetch(): a Response over a network answer (node stream body, immutable headers).
function networkResponse({ status, statusText, headers, body, urlList }) {
  const r = Object.create(Response.prototype);
  r[kState] = { type: 'basic', status, statusText, urlList, headers };
  headers[kGuard] = 'immutable';
  r[kBody] = body;
  return r;
}

module.exports = { Response, networkResponse, kState };
