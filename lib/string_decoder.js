'use strict';

// node:string_decoder — decodes a stream of byte chunks to strings without
// splitting multi-byte characters across chunks. Incomplete tails are kept
// in `lastChar` until the next write (or end()).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return lower;
    default: return undefined;
  }
}

function toBuffer(buf) {
  const B = globalThis.Buffer;
  if (B.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return B.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

// Number of bytes a UTF-8 sequence starting with `b` needs (0 = not a lead byte).
function utf8SequenceLength(b) {
  // Classified by bit pattern only, like node: invalid leads (c0, f5..f7) are
  // still held back and turned into U+FFFD once the sequence is known broken.
  if (b >= 0xc0 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf7) return 4;
  return 0;
}

const kState = Symbol('kState');
const k_writeUtf8 = Symbol('writeUtf8');
const k_writeUtf16 = Symbol('writeUtf16');
const k_writeBase64 = Symbol('writeBase64');

// A plain function, not a class: node allows `StringDecoder.call(obj)` without `new`.
function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kState] = { lastChar: globalThis.Buffer.alloc(4), lastNeed: 0, lastTotal: 0 };
}

class StringDecoderMethods {

  write(buf) {
    if (this == null || this[kState] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
    if (typeof buf === 'string') return buf;
    buf = toBuffer(buf);
    switch (this.encoding) {
      case 'utf8': return this[k_writeUtf8](buf);
      case 'utf16le': return this[k_writeUtf16](buf);
      case 'base64':
      case 'base64url': return this[k_writeBase64](buf);
      default: return buf.toString(this.encoding);
    }
  }

  end(buf) {
    if (this == null || this[kState] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
    let out = buf === undefined ? '' : this.write(buf);
    const s = this[kState];
    const have = s.lastTotal - s.lastNeed;
    if (s.lastTotal !== 0 && have > 0) {
      const pending = s.lastChar.subarray(0, have);
      if (this.encoding === 'utf8') out += pending.toString('utf8');
      else if (this.encoding === 'utf16le') out += pending.toString('utf16le', 0, have - (have % 2));
      else out += pending.toString(this.encoding);
    }
    s.lastNeed = 0;
    s.lastTotal = 0;
    return out;
  }

  // Legacy: decodes `buf` from `offset`.
  text(buf, offset) {
    if (this == null || this[kState] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
    buf = toBuffer(buf);
    return this.write(buf.subarray(offset));
  }

  get lastChar() {
    return this[kState].lastChar;
  }

  get lastNeed() {
    return this[kState].lastNeed;
  }

  get lastTotal() {
    return this[kState].lastTotal;
  }

  [k_writeUtf8](buf) {
    const s = this[kState];
    let out = '';
    let start = 0;
    if (s.lastNeed > 0) {
      // Complete the pending sequence with continuation bytes.
      let have = s.lastTotal - s.lastNeed;
      while (s.lastNeed > 0 && start < buf.length && (buf[start] & 0xc0) === 0x80) {
        s.lastChar[have++] = buf[start++];
        s.lastNeed--;
      }
      if (s.lastNeed > 0 && start >= buf.length) return '';
      out = s.lastChar.toString('utf8', 0, have);
      s.lastNeed = 0;
      s.lastTotal = 0;
    }
    // Hold back an incomplete sequence at the end.
    let end = buf.length;
    for (let i = end - 1; i >= start && i >= end - 3; i--) {
      const b = buf[i];
      if ((b & 0xc0) === 0x80) continue;
      const need = utf8SequenceLength(b);
      if (need > end - i) {
        buf.copy(s.lastChar, 0, i, end);
        s.lastTotal = need;
        s.lastNeed = need - (end - i);
        end = i;
      }
      break;
    }
    if (end > start) out += buf.toString('utf8', start, end);
    return out;
  }

  // Same chunking as node: complete a stashed unit/pair first, then hold back
  // an odd trailing byte, or a trailing high surrogate when the chunk is even.
  [k_writeUtf16](buf) {
    const s = this[kState];
    let out = '';
    let i = 0;
    if (s.lastNeed > 0) {
      const n = Math.min(s.lastNeed, buf.length);
      buf.copy(s.lastChar, s.lastTotal - s.lastNeed, 0, n);
      s.lastNeed -= n;
      if (s.lastNeed > 0) return '';
      out = s.lastChar.toString('utf16le', 0, s.lastTotal);
      s.lastTotal = 0;
      i = n;
    }
    const len = buf.length - i;
    if (len === 0) return out;
    if (len % 2 === 0) {
      const unit = buf[buf.length - 2] | (buf[buf.length - 1] << 8);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        s.lastChar[0] = buf[buf.length - 2];
        s.lastChar[1] = buf[buf.length - 1];
        s.lastTotal = 4;
        s.lastNeed = 2;
        return out + buf.toString('utf16le', i, buf.length - 2);
      }
      return out + buf.toString('utf16le', i, buf.length);
    }
    s.lastChar[0] = buf[buf.length - 1];
    s.lastTotal = 2;
    s.lastNeed = 1;
    return out + buf.toString('utf16le', i, buf.length - 1);
  }

  [k_writeBase64](buf) {
    const s = this[kState];
    let data = buf;
    if (s.lastTotal > 0) {
      const have = s.lastTotal - s.lastNeed;
      data = globalThis.Buffer.concat([s.lastChar.subarray(0, have), buf]);
      s.lastNeed = 0;
      s.lastTotal = 0;
    }
    const rest = data.length % 3;
    const end = data.length - rest;
    if (rest !== 0) {
      data.copy(s.lastChar, 0, end, data.length);
      s.lastTotal = 3;
      s.lastNeed = 3 - rest;
    }
    return end > 0 ? data.toString(this.encoding, 0, end) : '';
  }
}

for (const key of Reflect.ownKeys(StringDecoderMethods.prototype)) {
  if (key === 'constructor') continue;
  Object.defineProperty(StringDecoder.prototype, key,
                        Object.getOwnPropertyDescriptor(StringDecoderMethods.prototype, key));
}

module.exports = { StringDecoder };
