'use strict';

// node:querystring — node's lenient query-string parser and serializer.

const { encodeStr, hexTable, isHexTable, makeNoEscapeTable } = require('internal/querystring');

// Same unreserved set as encodeURIComponent.
const noEscape = makeNoEscapeTable("!'()*-._~");

function hexDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return c - 0x57;
}

// Percent-decodes into a Buffer; each character code is taken as one byte,
// as node does. `decodeSpaces` turns '+' into ' '.
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const bytes = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) {
      bytes[n++] = 0x20;
    } else if (c === 0x25 && i + 2 < s.length &&
               isHexTable[s.charCodeAt(i + 1)] === 1 && isHexTable[s.charCodeAt(i + 2)] === 1) {
      bytes[n++] = hexDigit(s.charCodeAt(i + 1)) * 16 + hexDigit(s.charCodeAt(i + 2));
      i += 2;
    } else {
      bytes[n++] = c;
    }
  }
  const view = bytes.subarray(0, n);
  const B = globalThis.Buffer;
  return B !== undefined ? B.from(view.buffer, 0, n) : view;
}

function bytesToString(buf) {
  if (typeof buf.toString === 'function' && globalThis.Buffer !== undefined && buf instanceof globalThis.Buffer) {
    return buf.toString();
  }
  return new TextDecoder().decode(buf);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return bytesToString(QueryString.unescapeBuffer(s, decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => encode(stringifyPrimitive(v));

  if (obj === null || typeof obj !== 'object') return '';
  let out = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = convert(key) + eq;
    if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        if (out !== '') out += sep;
        out += ks + convert(value[j]);
      }
    } else {
      if (out !== '') out += sep;
      out += ks + convert(value);
    }
  }
  return out;
}

function charCodes(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function addKeyValue(obj, key, value) {
  const existing = obj[key];
  if (existing === undefined) obj[key] = value;
  else if (typeof existing === 'string') obj[key] = [existing, value];
  else existing.push(value);
}

function decodePart(s, decode) {
  if (s.length === 0) return s;
  if (s.includes('+')) s = s.replaceAll('+', '%20');
  // Like node, the default decoder only runs when a real %XX escape is present.
  if (decode === qsUnescape && !/%[0-9A-Fa-f]{2}/.test(s)) return s;
  try {
    return decode(s);
  } catch {
    // A throwing custom decoder falls back to the default one, as in node.
    return qsUnescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = sep ? charCodes(`${sep}`) : [0x26];
  const eqCodes = eq ? charCodes(`${eq}`) : [0x3d];
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;

  let key = null; // set once the eq separator is seen
  let pairStart = 0;
  let valueStart = 0;
  let sepIdx = 0;
  let eqIdx = 0;

  const finishPair = (end) => {
    let k;
    let v;
    if (eqCodes.length === 0) {
      // An empty (but given) eq, e.g. []: node puts the whole pair under ''.
      k = '';
      v = qs.slice(pairStart, end);
    } else if (key === null) {
      k = qs.slice(pairStart, end);
      v = '';
    } else {
      k = key;
      v = qs.slice(valueStart, end);
    }
    if (k.length > 0 || v.length > 0 || key !== null) {
      addKeyValue(obj, decodePart(k, decode), decodePart(v, decode));
    }
  };

  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    // The separator is matched first; a partial match hides the eq check.
    if (c === sepCodes[sepIdx]) {
      if (++sepIdx === sepCodes.length) {
        finishPair(i - sepIdx + 1);
        sepIdx = 0;
        eqIdx = 0;
        key = null;
        pairStart = i + 1;
        if (--pairs === 0) return obj;
      }
      continue;
    }
    sepIdx = 0;
    if (key === null) {
      if (c === eqCodes[eqIdx]) {
        if (++eqIdx === eqCodes.length) {
          key = qs.slice(pairStart, i - eqIdx + 1);
          valueStart = i + 1;
        }
        continue;
      }
      eqIdx = 0;
    }
  }
  if (pairStart < qs.length || key !== null) finishPair(qs.length);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
