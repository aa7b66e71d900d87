'use strict';
// The Fetch standard's Headers: a list of (lower-cased name, value) pairs with a guard. Kept as a
// Map name → values[] so get() joins and set-cookie stays separate, as the standard asks.

const { ERR_INVALID_THIS } = require('internal/errors').codes;

const kList = Symbol('headers list');
const kGuard = Symbol('headers guard');
const kNames = Symbol('headers names');

// RFC 9110 token characters.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HTTP_WS = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function normalizeValue(value) {
  return `${value}`.replace(HTTP_WS, '');
}

function checkName(name) {
  name = `${name}`;
  if (!TOKEN.test(name)) throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
  return name.toLowerCase();
}

function checkValue(name, value) {
  value = normalizeValue(value);
  if (/[\0\r\n]/.test(value)) throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
  return value;
}

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) {
    const err = new ERR_INVALID_THIS('Headers');
    err.message = 'Illegal invocation';
    throw err;
  }
}

function checkMutable(self) {
  if (self[kGuard] === 'immutable') throw new TypeError('immutable');
}

function fill(headers, init) {
  if (init === undefined || init === null) {
    if (init === null) throw badInit();
    return;
  }
  if (typeof init !== 'object' && typeof init !== 'function') throw badInit();
  if (init instanceof Headers) {
    for (const [name, values] of init[kList]) headers[kList].set(name, values.slice());
    for (const [lower, name] of init[kNames]) headers[kNames].set(lower, name);
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (typeof pair === 'string' || pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 1.');
      }
      const p = [...pair];
      if (p.length !== 2) throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
      appendHeader(headers, p[0], p[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Headers constructor: key must not be a symbol');
    appendHeader(headers, key, init[key]);
  }
}

function badInit() {
  return new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
    'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
}

function appendHeader(headers, name, value) {
  const lower = checkName(name);
  const v = checkValue(name, value);
  checkMutable(headers);
  const list = headers[kList];
  const values = list.get(lower);
  if (values) values.push(v);
  else { list.set(lower, [v]); headers[kNames].set(lower, `${name}`); }
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kNames] = new Map(); // first-seen spelling, shown by util.inspect as undici does
    this[kGuard] = 'none';
    fill(this, init);
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new TypeError('Headers.append: 2 arguments required');
    appendHeader(this, name, value);
  }

  delete(name) {
    checkThis(this);
    const lower = checkName(name);
    checkMutable(this);
    this[kList].delete(lower);
    this[kNames].delete(lower);
  }

  get(name) {
    checkThis(this);
    const values = this[kList].get(checkName(name));
    return values === undefined ? null : values.join(', ');
  }

  getSetCookie() {
    checkThis(this);
    return (this[kList].get('set-cookie') || []).slice();
  }

  has(name) {
    checkThis(this);
    return this[kList].has(checkName(name));
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new TypeError('Headers.set: 2 arguments required');
    const lower = checkName(name);
    const v = checkValue(name, value);
    checkMutable(this);
    if (!this[kList].has(lower)) this[kNames].set(lower, `${name}`);
    this[kList].set(lower, [v]);
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') throw new TypeError("Headers.forEach: Argument 1 can't be converted to a function.");
    for (const [name, value] of sortedPairs(this)) callback.call(thisArg, value, name, this);
  }

  *keys() { checkThis(this); for (const [name] of sortedPairs(this)) yield name; }
  *values() { checkThis(this); for (const [, value] of sortedPairs(this)) yield value; }
  *entries() { checkThis(this); yield* sortedPairs(this); }
  [Symbol.iterator]() { return this.entries(); }

  get [Symbol.toStringTag]() { return 'Headers'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const obj = {};
    for (const [lower, values] of this[kList]) obj[this[kNames].get(lower)] = values.join(', ');
    return `Headers ${inspect(obj, options)}`;
  }
}

// The standard's "sort and combine": by name, set-cookie values kept apart.
function sortedPairs(headers) {
  const names = [...headers[kList].keys()].sort();
  const out = [];
  for (const name of names) {
    const values = headers[kList].get(name);
    if (name === 'set-cookie') for (const v of values) out.push([name, v]);
    else out.push([name, values.join(', ')]);
  }
  return out;
}

function headersFrom(init, guard) {
  const h = new Headers(init);
  h[kGuard] = guard;
  return h;
}

// Raw pairs for the wire, in insertion order (what the http client sends).
function headerPairs(headers) {
  const out = [];
  for (const [name, values] of headers[kList]) for (const v of values) out.push([name, v]);
  return out;
}

module.exports = { Headers, headersFrom, headerPairs, kGuard, kList, normalizeValue };
