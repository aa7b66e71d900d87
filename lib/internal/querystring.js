'use strict';

// Shared percent-encoding helpers for querystring and the legacy url API.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();

// 1 = hex digit, per ASCII code.
const isHexTable = new Int8Array(256);
for (const ch of '0123456789ABCDEFabcdef') isHexTable[ch.charCodeAt(0)] = 1;

// Builds a 128-entry table: 1 = leave the ASCII character as is.
function makeNoEscapeTable(chars) {
  const table = new Int8Array(128);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

// UTF-8 percent-encodes every character not marked in `noEscape`.
// Lone surrogates throw ERR_INVALID_URI, as encodeURIComponent does.
function encodeStr(str, noEscape, hex = hexTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += hex[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      last = i + 1;
      out += hex[0xc0 | (c >> 6)] + hex[0x80 | (c & 0x3f)];
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) {
      last = i + 1;
      out += hex[0xe0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
      continue;
    }
    // Surrogate pair; like node, the next unit is taken as the low half
    // unchecked, and only a surrogate at the very end is an error.
    i++;
    if (i >= len) throw new ERR_INVALID_URI();
    const d = str.charCodeAt(i);
    last = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | (d & 0x3ff));
    out += hex[0xf0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3f)] +
      hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
  }
  if (last === 0) return str;
  if (last < len) return out + str.slice(last);
  return out;
}

module.exports = {
  encodeStr,
  hexTable,
  isHexTable,
  makeNoEscapeTable,
};
