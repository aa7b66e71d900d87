'use strict';

// node:string_decoder — decodes a stream of byte chunks to strings without
// splitting multi-byte characters across chunks. Incomplete tails are kept
// in `lastChar` until the next write (or end()).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING },
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
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

class StringDecoder {
  #state;

  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = enc;
    this.#state = { lastChar: globalThis.Buffer.alloc(4), lastNeed: 0, lastTotal: 0 };
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    buf = toBuffer(buf);
    switch (this.encoding) {
      case 'utf8': return this.#writeUtf8(buf);
      case 'utf16le': return this.#writeUtf16(buf);
      case 'base64':
      case 'base64url': return this.#writeBase64(buf);
      default: return buf.toString(this.encoding);
    }
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    const s = this.#state;
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
    buf = toBuffer(buf);
    return this.write(buf.subarray(offset));
  }

  get lastChar() {
    return this.#state.lastChar;
  }

  get lastNeed() {
    return this.#state.lastNeed;
  }

  get lastTotal() {
    return this.#state.lastTotal;
  }

  #writeUtf8(buf) {
    const s = this.#state;
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

  #writeUtf16(buf) {
    const s = this.#state;
    let data = buf;
    if (s.lastTotal > 0) {
      const have = s.lastTotal - s.lastNeed;
      data = globalThis.Buffer.concat([s.lastChar.subarray(0, have), buf]);
      s.lastNeed = 0;
      s.lastTotal = 0;
    }
    let end = data.length;
    if (end % 2 === 1) {
      s.lastChar[0] = data[end - 1];
      s.lastTotal = 2;
      s.lastNeed = 1;
      end--;
    } else if (end >= 2) {
      const unit = data[end - 2] | (data[end - 1] << 8);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        s.lastChar[0] = data[end - 2];
        s.lastChar[1] = data[end - 1];
        s.lastTotal = 4;
        s.lastNeed = 2;
        end -= 2;
      }
    }
    return end > 0 ? data.toString('utf16le', 0, end) : '';
  }

  #writeBase64(buf) {
    const s = this.#state;
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

module.exports = { StringDecoder };
