'use strict';

// FastBuffer (the class behind every Buffer), the per-encoding operations, and the
// read/write number methods installed on Buffer.prototype.
// Bulk string work crosses into C once per call (internalBinding('buffer')); tiny inputs stay in
// JS because a crossing costs more than encoding a few bytes.

const binding = internalBinding('buffer');
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Encoding ids shared with src/bindings/buffer.c.
const UTF8 = 0, UCS2 = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;

// Inputs up to these sizes are encoded/decoded in JS: below them the C crossing costs more than
// the JS loop. Decoding (a string per call, built by concatenation in JS) measured with natives as
// host functions (runtime/fastcall.h): ASCII 8 B JS 44 ns, C 77 ns; 16 B both 77 ns; 64 B with
// multi-byte characters C ~110 ns (node ~100 ns).
const kSmall = 256;
const kSliceSmall = 16;
// Hex: JSC's native toHex loses to C from the smallest sizes (4 B: 144 vs 77 ns; 4 KB: 7.2 vs
// 0.8 us); up to kSliceSmall bytes the JS table loop is used.
const kHexNative = 0;

// JSC's native Uint8Array base64/hex (TC39 proposal) make 8-bit strings without the C API cost.
const u8proto = Uint8Array.prototype;
const nativeToBase64 = u8proto.toBase64;
const nativeToHex = u8proto.toHex;
const kBase64url = { alphabet: 'base64url', omitPadding: true };

// A Uint8Array view of buf[start, end), or buf itself when that is all of it.
function rangeView(buf, start, end) {
  if (start === 0 && end === buf.length) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

const { decode, encodeInto, byteLengthUtf8 } = binding;

// ---- small-input JS paths ----

// UTF-8 encode `str` into buf at off, at most max bytes, never splitting a character.
function utf8WriteJS(buf, str, off, max) {
  const n = str.length;
  const end = off + max;
  let o = off;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (o >= end) break;
      buf[o++] = c;
    } else if (c < 0x800) {
      if (o + 2 > end) break;
      buf[o++] = 0xc0 | (c >> 6);
      buf[o++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        if (o + 4 > end) break;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[o++] = 0xf0 | (c >> 18);
        buf[o++] = 0x80 | ((c >> 12) & 0x3f);
        buf[o++] = 0x80 | ((c >> 6) & 0x3f);
        buf[o++] = 0x80 | (c & 0x3f);
        i++;
      } else {
        if (o + 3 > end) break;
        buf[o++] = 0xef;
        buf[o++] = 0xbf;
        buf[o++] = 0xbd;
      }
    } else {
      if (o + 3 > end) break;
      buf[o++] = 0xe0 | (c >> 12);
      buf[o++] = 0x80 | ((c >> 6) & 0x3f);
      buf[o++] = 0x80 | (c & 0x3f);
    }
  }
  return o - off;
}

// UTF-8 decode with the WHATWG replacement rules (each maximal invalid subpart becomes U+FFFD),
// the same as the C decoder; for short inputs only.
function utf8SliceJS(buf, start, end) {
  let s = '';
  let i = start;
  while (i < end) {
    const c = buf[i];
    if (c < 0x80) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    let need, cp, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1; cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2; cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3; cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      s += '\ufffd';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= end) break;
      const b = buf[i + j];
      if (b < lo || b > hi) break;
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (j <= need) {
      s += '\ufffd';
      i += j;
      continue;
    }
    i += need + 1;
    s += cp >= 0x10000 ? String.fromCharCode(0xd800 | ((cp - 0x10000) >> 10), 0xdc00 | (cp & 0x3ff)) :
      String.fromCharCode(cp);
  }
  return s;
}

function latin1SliceJS(buf, start, end) {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
  return s;
}

const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push((i < 16 ? '0' : '') + i.toString(16));

function utf8Slice(buf, start, end) {
  if (end - start <= kSliceSmall) return utf8SliceJS(buf, start, end);
  return decode(buf, start, end, UTF8);
}

function latin1Slice(buf, start, end) {
  if (end - start <= kSliceSmall) return latin1SliceJS(buf, start, end);
  return decode(buf, start, end, LATIN1);
}

function asciiSlice(buf, start, end) {
  if (end - start <= kSliceSmall) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i] & 0x7f);
    return s;
  }
  return decode(buf, start, end, ASCII);
}

function hexSlice(buf, start, end) {
  if (nativeToHex !== undefined && end - start <= kHexNative) return nativeToHex.call(rangeView(buf, start, end));
  if (end - start <= kSliceSmall) {
    let s = '';
    for (let i = start; i < end; i++) s += hexPairs[buf[i]];
    return s;
  }
  return decode(buf, start, end, HEX);
}

function base64Slice(buf, start, end) {
  if (nativeToBase64 !== undefined) return nativeToBase64.call(rangeView(buf, start, end));
  return decode(buf, start, end, BASE64);
}

function base64urlSlice(buf, start, end) {
  if (nativeToBase64 !== undefined) return nativeToBase64.call(rangeView(buf, start, end), kBase64url);
  return decode(buf, start, end, BASE64URL);
}

function ucs2Slice(buf, start, end) {
  return decode(buf, start, end, UCS2);
}

function utf8Write(buf, str, off, max) {
  if (str.length <= kSmall) return utf8WriteJS(buf, str, off, max);
  return encodeInto(buf, str, off, max, UTF8);
}

function latin1Write(buf, str, off, max) {
  const n = str.length < max ? str.length : max;
  if (n <= kSmall) {
    for (let i = 0; i < n; i++) buf[off + i] = str.charCodeAt(i);
    return n;
  }
  return encodeInto(buf, str, off, max, LATIN1);
}

const writeWith = (enc) => (buf, str, off, max) => encodeInto(buf, str, off, max, enc);
const ucs2Write = writeWith(UCS2);

// JSC's native Uint8Array.prototype.setFromBase64/setFromHex decode without a C crossing but are
// strict (they throw on characters node skips, on a lone trailing character, on '=' before the
// end, and stop short when the target is too small); any of those falls back to node's lenient
// decoder in C, which rewrites the same range from its start.
const nativeSetFromBase64 = u8proto.setFromBase64;
const nativeSetFromHex = u8proto.setFromHex;
const kUrlAlphabet = { alphabet: 'base64url' };

function base64WriteWith(enc, options) {
  if (nativeSetFromBase64 === undefined) return writeWith(enc);
  return function(buf, str, off, max) {
    if (max > 0 && str.length > 0) {
      try {
        const r = nativeSetFromBase64.call(rangeView(buf, off, off + max), str, options);
        if (r.read === str.length) return r.written;
      } catch {
        // Not strict base64: node's lenient rules below.
      }
    }
    return encodeInto(buf, str, off, max, enc);
  };
}
const base64Write = base64WriteWith(BASE64, undefined);
const base64urlWrite = base64WriteWith(BASE64URL, kUrlAlphabet);

function hexWrite(buf, str, off, max) {
  let pairs = str.length >>> 1;
  if (pairs > max) pairs = max;
  if (pairs === 0) return 0;
  if (nativeSetFromHex !== undefined && pairs > 0) {
    try {
      const r = nativeSetFromHex.call(rangeView(buf, off, off + pairs),
                                      pairs * 2 === str.length ? str : str.slice(0, pairs * 2));
      return r.written;
    } catch {
      // An invalid pair: node keeps the bytes before it (below).
    }
  }
  return encodeInto(buf, str, off, max, HEX);
}

// Bytes a base64 string decodes to, counting '=' padding off the end (node's estimate).
function base64ByteLength(str, bytes) {
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function utf8ByteLength(str) {
  const n = str.length;
  if (n > kSmall) return byteLengthUtf8(str);
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) len += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { len += 2; i++; } else len += 2;
    } else len += 2;
  }
  return len;
}

// ---- read/write numbers ----

const f32 = new Float32Array(1);
const f32u8 = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64u8 = new Uint8Array(f64.buffer);
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function validateOffsetNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// Throws node's error for an offset (or byteLength) outside [min, last].
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) {
    validateOffsetNumber(value, name || 'offset');
    throw new ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

// `extra` is the byte count minus one.
function checkBounds(buf, offset, extra) {
  validateOffsetNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + extra] === undefined) {
    boundsError(offset, buf.length - (extra + 1));
  }
}

function checkInt(value, min, max, buf, offset, extra) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (extra > 3) {
      const bits = (extra + 1) * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, extra);
}

function checkByteLength(byteLength) {
  validateOffsetNumber(byteLength, 'byteLength');
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function readUInt8(offset = 0) {
  validateOffsetNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}
function readInt8(offset = 0) {
  validateOffsetNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return (v << 24) >> 24;
}
function readUInt16LE(offset = 0) {
  checkBounds(this, offset, 1);
  return this[offset] | (this[offset + 1] << 8);
}
function readUInt16BE(offset = 0) {
  checkBounds(this, offset, 1);
  return (this[offset] << 8) | this[offset + 1];
}
function readInt16LE(offset = 0) {
  checkBounds(this, offset, 1);
  return ((this[offset] | (this[offset + 1] << 8)) << 16) >> 16;
}
function readInt16BE(offset = 0) {
  checkBounds(this, offset, 1);
  return (((this[offset] << 8) | this[offset + 1]) << 16) >> 16;
}
function readUInt32LE(offset = 0) {
  checkBounds(this, offset, 3);
  return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16)) + this[offset + 3] * 0x1000000;
}
function readUInt32BE(offset = 0) {
  checkBounds(this, offset, 3);
  return this[offset] * 0x1000000 + ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]);
}
function readInt32LE(offset = 0) {
  checkBounds(this, offset, 3);
  return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (this[offset + 3] << 24);
}
function readInt32BE(offset = 0) {
  checkBounds(this, offset, 3);
  return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
}

// Unsigned little-endian value of `n` bytes (n <= 6) at offset; bounds already checked.
function uLE(buf, offset, n) {
  let v = 0, mul = 1;
  for (let i = 0; i < n; i++, mul *= 256) v += buf[offset + i] * mul;
  return v;
}
function uBE(buf, offset, n) {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  return v;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  checkBounds(this, offset, byteLength - 1);
  return uLE(this, offset, byteLength);
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  checkBounds(this, offset, byteLength - 1);
  return uBE(this, offset, byteLength);
}
function signed(v, byteLength) {
  const lim = 2 ** (byteLength * 8 - 1);
  return v >= lim ? v - lim * 2 : v;
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  checkBounds(this, offset, byteLength - 1);
  return signed(uLE(this, offset, byteLength), byteLength);
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  checkBounds(this, offset, byteLength - 1);
  return signed(uBE(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkBounds(this, offset, 7);
  const lo = this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + this[offset + 7] * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  checkBounds(this, offset, 7);
  const hi = this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}
function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// Float reads/writes go through a scratch typed array; `le` says the byte order in the buffer.
function readF(buf, offset, scratchU8, n, le) {
  checkBounds(buf, offset, n - 1);
  if (le !== bigEndian) for (let i = 0; i < n; i++) scratchU8[i] = buf[offset + i];
  else for (let i = 0; i < n; i++) scratchU8[n - 1 - i] = buf[offset + i];
}
function readFloatLE(offset = 0) { readF(this, offset, f32u8, 4, true); return f32[0]; }
function readFloatBE(offset = 0) { readF(this, offset, f32u8, 4, false); return f32[0]; }
function readDoubleLE(offset = 0) { readF(this, offset, f64u8, 8, true); return f64[0]; }
function readDoubleBE(offset = 0) { readF(this, offset, f64u8, 8, false); return f64[0]; }

function writeF(buf, offset, scratchU8, n, le) {
  checkBounds(buf, offset, n - 1);
  if (le !== bigEndian) for (let i = 0; i < n; i++) buf[offset + i] = scratchU8[i];
  else for (let i = 0; i < n; i++) buf[offset + i] = scratchU8[n - 1 - i];
  return offset + n;
}
function writeFloatLE(value, offset = 0) { f32[0] = +value; return writeF(this, offset, f32u8, 4, true); }
function writeFloatBE(value, offset = 0) { f32[0] = +value; return writeF(this, offset, f32u8, 4, false); }
function writeDoubleLE(value, offset = 0) { f64[0] = +value; return writeF(this, offset, f64u8, 8, true); }
function writeDoubleBE(value, offset = 0) { f64[0] = +value; return writeF(this, offset, f64u8, 8, false); }

// Store the low n bytes of a (possibly negative) integer value.
function putLE(buf, value, offset, n) {
  let v = value < 0 ? value + 2 ** (n * 8) : value;
  for (let i = 0; i < n; i++) {
    buf[offset + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + n;
}
function putBE(buf, value, offset, n) {
  let v = value < 0 ? value + 2 ** (n * 8) : value;
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + n;
}

function writeU8(buf, value, offset, min, max) {
  value = +value;
  validateOffsetNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}
function writeUInt8(value, offset = 0) { return writeU8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU8(this, value, offset, -0x80, 0x7f); }

function writeIntN(buf, value, offset, n, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  return le ? putLE(buf, Math.trunc(value) || 0, offset, n) : putBE(buf, Math.trunc(value) || 0, offset, n);
}
function writeUInt16LE(value, offset = 0) { return writeIntN(this, value, offset, 2, 0, 0xffff, true); }
function writeUInt16BE(value, offset = 0) { return writeIntN(this, value, offset, 2, 0, 0xffff, false); }
function writeInt16LE(value, offset = 0) { return writeIntN(this, value, offset, 2, -0x8000, 0x7fff, true); }
function writeInt16BE(value, offset = 0) { return writeIntN(this, value, offset, 2, -0x8000, 0x7fff, false); }
function writeUInt32LE(value, offset = 0) { return writeIntN(this, value, offset, 4, 0, 0xffffffff, true); }
function writeUInt32BE(value, offset = 0) { return writeIntN(this, value, offset, 4, 0, 0xffffffff, false); }
function writeInt32LE(value, offset = 0) {
  return writeIntN(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
}
function writeInt32BE(value, offset = 0) {
  return writeIntN(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
}

function writeUIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeIntN(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1, true);
}
function writeUIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeIntN(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1, false);
}
function writeIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  const lim = 2 ** (8 * byteLength - 1);
  return writeIntN(this, value, offset, byteLength, -lim, lim - 1, true);
}
function writeIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  const lim = 2 ** (8 * byteLength - 1);
  return writeIntN(this, value, offset, byteLength, -lim, lim - 1, false);
}

function writeBig(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    for (let i = 0; i < 4; i++, lo = Math.floor(lo / 256)) buf[offset + i] = lo & 0xff;
    for (let i = 4; i < 8; i++, hi = Math.floor(hi / 256)) buf[offset + i] = hi & 0xff;
  } else {
    for (let i = 7; i >= 4; i--, lo = Math.floor(lo / 256)) buf[offset + i] = lo & 0xff;
    for (let i = 3; i >= 0; i--, hi = Math.floor(hi / 256)) buf[offset + i] = hi & 0xff;
  }
  return offset + 8;
}
const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n, U64_MAX = 2n ** 64n - 1n;
function writeBigUInt64LE(value, offset = 0) { return writeBig(this, value, offset, 0n, U64_MAX, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig(this, value, offset, 0n, U64_MAX, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig(this, value, offset, I64_MIN, I64_MAX, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig(this, value, offset, I64_MIN, I64_MAX, false); }

const numberMethods = {
  readUInt8, readInt8, readUInt16LE, readUInt16BE, readInt16LE, readInt16BE,
  readUInt32LE, readUInt32BE, readInt32LE, readInt32BE,
  readUIntLE, readUIntBE, readIntLE, readIntBE,
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
  writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE,
  writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};

// The undocumented per-encoding methods node has on Buffer.prototype (latin1Slice, hexWrite, ...).
function sliceMethod(fn) {
  return function(start = 0, end = this.length) {
    if (start < 0) start = 0;
    if (end > this.length) end = this.length;
    if (start > this.length) throw new ERR_OUT_OF_RANGE('start', `<= ${this.length}`, start);
    if (end <= start) return '';
    return fn(this, start, end);
  };
}
function writeMethod(fn) {
  return function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw new ERR_INVALID_ARG_TYPE('argument', 'string', string);
    if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    // Unlike buf.write(), these raw writers reject a length past the end.
    if (length < 0 || length > this.length - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    return fn(this, string, offset, length);
  };
}

function addBufferPrototypeMethods(proto) {
  for (const name of Object.keys(numberMethods)) {
    proto[name] = numberMethods[name];
    // Lowercase aliases: readUint8, writeBigUint64LE, ...
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = numberMethods[name];
  }
  proto.asciiSlice = sliceMethod(asciiSlice);
  proto.base64Slice = sliceMethod(base64Slice);
  proto.base64urlSlice = sliceMethod(base64urlSlice);
  proto.latin1Slice = sliceMethod(latin1Slice);
  proto.hexSlice = sliceMethod(hexSlice);
  proto.ucs2Slice = sliceMethod(ucs2Slice);
  proto.utf8Slice = sliceMethod(utf8Slice);
  proto.asciiWrite = writeMethod(latin1Write);
  proto.base64Write = writeMethod(base64Write);
  proto.base64urlWrite = writeMethod(base64urlWrite);
  proto.latin1Write = writeMethod(latin1Write);
  proto.hexWrite = writeMethod(hexWrite);
  proto.ucs2Write = writeMethod(ucs2Write);
  proto.utf8Write = writeMethod(utf8Write);
}

// The Buffer pool lives in lib/buffer.js, which fills these in: natives that learn the size of what
// they write (fs.readFileSync) write into the pool at fillPool.offset() when it fits in
// fillPool.room() bytes of fillPool.bytes(), then fillPool.take(n) is the Buffer of those n bytes.
const fillPool = { room: null, bytes: null, offset: null, take: null };

module.exports = {
  fillPool,
  FastBuffer,
  addBufferPrototypeMethods,
  enc: { UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX },
  kSmall,
  kSliceSmall,
  utf8Slice, latin1Slice, asciiSlice, hexSlice, base64Slice, base64urlSlice, ucs2Slice,
  utf8Write, latin1Write, ucs2Write, base64Write, base64urlWrite, hexWrite,
  utf8ByteLength, base64ByteLength,
  utf8WriteJS,
  boundsError,
};

