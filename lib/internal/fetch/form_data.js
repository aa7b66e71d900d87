'use strict';
// FormData (XHR/Fetch standard) and its two wire forms: multipart/form-data out (for request
// bodies) and multipart or urlencoded in (for Body.formData()).

const { ERR_INVALID_THIS } = require('internal/errors').codes;

const kEntries = Symbol('form data entries');

function lazyBuffer() { return require('buffer'); }

function toEntryValue(value, filename) {
  const { Blob, File } = lazyBuffer();
  if (value instanceof Blob) {
    if (!(value instanceof File) || filename !== undefined) {
      const name = filename !== undefined ? `${filename}` : (value instanceof File ? value.name : 'blob');
      return new File([value], name, { type: value.type, lastModified: value.lastModified });
    }
    return value;
  }
  return `${value}`;
}

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kEntries in self)) {
    const err = new ERR_INVALID_THIS('FormData');
    err.message = 'Illegal invocation';
    throw err;
  }
}

function needArgs(method, n, got) {
  if (got < n) throw new TypeError(`FormData.${method}: ${n} argument${n > 1 ? 's' : ''} required, but only ${got} present.`);
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    needArgs('append', 2, arguments.length);
    if (arguments.length === 3 && !(value instanceof lazyBuffer().Blob)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this[kEntries].push([`${name}`, toEntryValue(value, filename)]);
  }

  delete(name) {
    checkThis(this);
    needArgs('delete', 1, arguments.length);
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    checkThis(this);
    needArgs('get', 1, arguments.length);
    name = `${name}`;
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    checkThis(this);
    needArgs('getAll', 1, arguments.length);
    name = `${name}`;
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkThis(this);
    needArgs('has', 1, arguments.length);
    name = `${name}`;
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    needArgs('set', 2, arguments.length);
    if (arguments.length === 3 && !(value instanceof lazyBuffer().Blob)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    name = `${name}`;
    const entry = [name, toEntryValue(value, filename)];
    const i = this[kEntries].findIndex((e) => e[0] === name);
    if (i === -1) { this[kEntries].push(entry); return; }
    this[kEntries][i] = entry;
    this[kEntries] = this[kEntries].filter((e, j) => j <= i || e[0] !== name);
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this[kEntries].slice()) callback.call(thisArg, v, k, this);
  }

  *entries() { checkThis(this); for (const [k, v] of this[kEntries]) yield [k, v]; }
  *keys() { checkThis(this); for (const [k] of this[kEntries]) yield k; }
  *values() { checkThis(this); for (const [, v] of this[kEntries]) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'FormData'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `FormData ${inspect(this[kEntries].map(([name, value]) => ({ name, value })), options)}`;
  }
}

const escapeName = (s) => s.replace(/\r\n|\r|\n/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');

// Serialises to one byte array (Blobs read asynchronously); returns { bytes, type }.
function newBoundary() {
  return `----formdata-nodec-${`${Math.random()}`.slice(2, 14).padEnd(12, '0')}`;
}

async function serializeMultipart(form, boundary) {
  const { Buffer } = lazyBuffer();
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n` +
        `${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"; ` +
        `filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(Buffer.from(await value.arrayBuffer()));
      parts.push(Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function parseDisposition(line) {
  const out = {};
  for (const m of line.matchAll(/;\s*([^=;\s]+)="((?:[^"\\]|\\.)*)"|;\s*([^=;\s]+)=([^;\s]*)/g)) {
    if (m[1] !== undefined) out[m[1].toLowerCase()] = m[2].replace(/%22/g, '"').replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    else out[m[3].toLowerCase()] = m[4];
  }
  return out;
}

// Body.formData(): bytes + the body's content type → FormData, or a TypeError.
function parseFormData(bytes, contentType) {
  const { Buffer, File } = lazyBuffer();
  const form = new FormData();
  const type = (contentType || '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const params = new URLSearchParams(Buffer.from(bytes).toString('utf8'));
    for (const [k, v] of params) form.append(k, v);
    return form;
  }
  const m = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType || '');
  if (!m) throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  const boundary = Buffer.from(`--${m[1] || m[2]}`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = buf.indexOf(boundary);
  if (pos === -1) throw new TypeError('Failed to parse body as FormData.');
  for (;;) {
    pos += boundary.length;
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) break; // closing delimiter
    if (buf[pos] === 0x0d && buf[pos + 1] === 0x0a) pos += 2;
    const headEnd = buf.indexOf('\r\n\r\n', pos);
    if (headEnd === -1) throw new TypeError('Failed to parse body as FormData.');
    const headers = {};
    for (const line of buf.toString('utf8', pos, headEnd).split('\r\n')) {
      const c = line.indexOf(':');
      if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
    }
    const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), headEnd + 4);
    if (next === -1) throw new TypeError('Failed to parse body as FormData.');
    const body = buf.subarray(headEnd + 4, next);
    const disp = parseDisposition(headers['content-disposition'] || '');
    if (disp.name === undefined) throw new TypeError('Failed to parse body as FormData.');
    if (disp.filename !== undefined) {
      form.append(disp.name, new File([body], disp.filename, { type: headers['content-type'] || '' }));
    } else {
      form.append(disp.name, body.toString('utf8'));
    }
    pos = next + 2;
  }
  return form;
}

module.exports = { FormData, newBoundary, serializeMultipart, parseFormData };
