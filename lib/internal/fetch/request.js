'use strict';
// Request (Fetch standard §5.4). Only what a server-side runtime uses is live (method, url,
// headers, body, signal, redirect, duplex); the browser-only fields keep their defaults.

const { headersFrom } = require('internal/fetch/headers');
const { kBody, extractBody, installBodyMethods, isUnusable, cloneBody } = require('internal/fetch/body');

const kState = Symbol('request state');
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);
const ENUMS = {
  redirect: ['follow', 'error', 'manual'],
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
};

function parseURL(input) {
  const { URL } = require('internal/url');
  try {
    return new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

function checkEnum(name, value) {
  value = `${value}`;
  if (!ENUMS[name].includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${ENUMS[name].join(', ')}.`);
  }
  return value;
}

function followSignal(source) {
  const { AbortController } = require('internal/abort_controller');
  const ac = new AbortController();
  if (source != null) {
    if (source.aborted) ac.abort(source.reason);
    else source.addEventListener('abort', () => ac.abort(source.reason), { once: true });
  }
  return ac.signal;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an instance of RequestInit.");
    }
    init ??= {};
    const from = input instanceof Request ? input[kState] : null;
    const url = from ? from.url : parseURL(input);
    if (!from && (url.username || url.password)) {
      throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
    }
    const state = {
      url,
      method: from ? from.method : 'GET',
      redirect: from ? from.redirect : 'follow',
      mode: from ? from.mode : 'cors',
      credentials: from ? from.credentials : 'same-origin',
      cache: from ? from.cache : 'default',
      referrer: from ? from.referrer : 'about:client',
      referrerPolicy: from ? from.referrerPolicy : '',
      integrity: from ? from.integrity : '',
      keepalive: from ? from.keepalive : false,
      duplex: 'half',
      signal: null,
      dispatcher: init.dispatcher,
    };
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (FORBIDDEN.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (NORMALIZED.has(upper)) method = upper;
      state.method = method;
    }
    for (const key of ['redirect', 'mode', 'credentials', 'cache', 'referrerPolicy', 'duplex']) {
      if (init[key] !== undefined) state[key] = checkEnum(key, init[key]);
    }
    if (state.mode === 'navigate') throw new TypeError("Request constructor: invalid request mode navigate.");
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.referrer !== undefined) state.referrer = `${init.referrer}` === '' ? '' : 'about:client';
    if (init.signal !== undefined && init.signal !== null) {
      const { AbortSignal } = require('internal/abort_controller');
      if (!(init.signal instanceof AbortSignal)) {
        throw new TypeError("Request constructor: Expected signal (\"init.signal\") to be an instance of AbortSignal.");
      }
    }
    state.signal = followSignal(init.signal !== undefined ? init.signal : (from ? from.signal : null));
    this[kState] = state;
    this[kState].headers = headersFrom(init.headers !== undefined ? init.headers : (from ? from.headers : undefined), 'request');

    let body = null;
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || (from && input[kBody] !== null)) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasInitBody) {
      const { body: b, type } = extractBody(init.body);
      body = b;
      if (type !== null && !state.headers.has('content-type')) {
        state.headers.set('content-type', type);
      }
      if (body.kind === 'web' && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (from && input[kBody] !== null) {
      if (isUnusable(input[kBody])) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      body = input[kBody];
      input[kBody] = { ...body, used: true };
    }
    this[kBody] = body;
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url.href; }
  get headers() { return this[kState].headers; }
  get destination() { return ''; }
  get referrer() { return this[kState].referrer === '' ? '' : 'about:client'; }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get mode() { return this[kState].mode; }
  get credentials() { return this[kState].credentials; }
  get cache() { return this[kState].cache; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return this[kState].integrity; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this[kState].signal; }
  get duplex() { return 'half'; }

  clone() {
    if (isUnusable(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState], headers: headersFrom(this[kState].headers, 'request'),
                     signal: followSignal(this[kState].signal) };
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  get [Symbol.toStringTag]() { return 'Request'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const fields = { method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode, credentials: this.credentials,
      cache: this.cache, redirect: this.redirect, integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: false, isHistoryNavigation: false, signal: this.signal };
    return `Request ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth })}`;
  }
}
installBodyMethods(Request);

module.exports = { Request, kState };
