'use strict';
// TextEncoder / TextDecoder (WHATWG Encoding): utf-8, utf-16le and latin1 (windows-1252 label set),
// decoding done in C through internalBinding('buffer').

const binding = internalBinding('buffer');

function lazyErrors() { return require('internal/errors').codes; }

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      const { ERR_INVALID_THIS } = lazyErrors();
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() { TextEncoder.#check(this); return 'utf-8'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    TextEncoder.#check(this);
    const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
    return fmt({ encoding: 'utf-8' }, { ...options, depth });
  }

  encode(input = '') {
    TextEncoder.#check(this);
    input = `${input}`;
    const len = binding.byteLengthUtf8(input);
    const out = new Uint8Array(len);
    if (len > 0) binding.utf8Write(out, input, 0, len);
    return out;
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    src = `${src}`;
    const written = binding.utf8Write(dest, src, 0, dest.length);
    // read = UTF-16 units consumed: count code points that fit in `written` bytes.
    let read = 0;
    let bytes = 0;
    while (read < src.length) {
      const c = src.charCodeAt(read);
      let n, units = 1;
      if (c < 0x80) n = 1;
      else if (c < 0x800) n = 2;
      else if (c >= 0xD800 && c <= 0xDBFF && read + 1 < src.length) {
        const d = src.charCodeAt(read + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { n = 4; units = 2; } else n = 3;
      } else n = 3;
      if (bytes + n > written) break;
      bytes += n;
      read += units;
    }
    return { read, written };
  }

  get [Symbol.toStringTag]() { return 'TextEncoder'; }
}

const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) labels.set(l, 'utf-8');
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) labels.set(l, 'utf-16le');
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(l, 'windows-1252');
}

// Length of a valid UTF-8 prefix; -1 when an invalid sequence occurs before the end.
// Trailing incomplete sequences are reported through `incomplete` (bytes held back for streaming).
function scanUtf8(bytes, start, end) {
  let i = start;
  while (i < end) {
    const c = bytes[i];
    if (c < 0x80) { i++; continue; }
    let need, lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c === 0xE0) lo = 0xA0; if (c === 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c === 0xF0) lo = 0x90; if (c === 0xF4) hi = 0x8F; }
    else return { valid: i, invalid: true };
    let j = 1;
    for (; j <= need && i + j < end; j++) {
      const b = bytes[i + j];
      if (b < lo || b > hi) return { valid: i, invalid: true };
      lo = 0x80; hi = 0xBF;
    }
    if (j <= need) return { valid: i, invalid: false, incomplete: end - i };
    i += need + 1;
  }
  return { valid: end, invalid: false, incomplete: 0 };
}

const cp1252 = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
  0x0153, 0x9D, 0x017E, 0x0178];

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer)) {
    if (input.detached === true) return new Uint8Array(0); // a detached buffer decodes as empty
    return new Uint8Array(input);
  }
  const { ERR_INVALID_ARG_TYPE } = lazyErrors();
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

// Stands in for node's ICU converter handle in inspect output.
class Converter {}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    // Only ASCII whitespace is stripped from labels (not U+00A0, U+2028, ...).
    const label = `${encoding}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
    let enc = labels.get(label);
    if (enc === undefined) {
      // The legacy single-byte encodings (tables in internal/encoding_single_byte).
      const name = getEncodingFromLabel(label);
      if (name !== undefined && require('internal/encoding_single_byte').isSingleByteEncoding(name)) enc = name;
    }
    if (enc === undefined) {
      const { ERR_ENCODING_NOT_SUPPORTED } = lazyErrors();
      throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    }
    if (options !== null && typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors();
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      const { ERR_INVALID_THIS } = lazyErrors();
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  get encoding() { TextDecoder.#check(this); return this.#encoding; }
  get fatal() { TextDecoder.#check(this); return this.#fatal; }
  get ignoreBOM() { TextDecoder.#check(this); return this.#ignoreBOM; }

  // Same shape as node's output, including its hidden flags/handle fields.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) {
      return options && typeof options.stylize === 'function' ? options.stylize('[TextDecoder]', 'special') : '[TextDecoder]';
    }
    const shown = Object.create(TextDecoder.prototype);
    // Own data properties shadow the prototype's getter-only accessors.
    const put = (key, value) => Object.defineProperty(shown, key, { value, enumerable: true });
    put('encoding', this.#encoding);
    put('fatal', this.#fatal);
    put('ignoreBOM', this.#ignoreBOM);
    if (options && options.showHidden) {
      put(Symbol('flags'), (this.#fatal ? 2 : 0) | (this.#ignoreBOM ? 4 : 0) | (this.#bomSeen ? 1 : 0));
      put(Symbol('handle'), this.#encoding === 'utf-16le' ? new Converter() : undefined);
    }
    const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
    return fmt(shown, { ...options, depth, customInspect: false });
  }

  decode(input, options = {}) {
    TextDecoder.#check(this);
    let bytes = toBytes(input);
    const stream = Boolean(options?.stream);
    if (this.#pending !== null) {
      const merged = new Uint8Array(this.#pending.length + bytes.length);
      merged.set(this.#pending, 0);
      merged.set(bytes, this.#pending.length);
      bytes = merged;
      this.#pending = null;
    }
    let out;
    if (this.#encoding === 'utf-8') out = this.#decodeUtf8(bytes, stream);
    else if (this.#encoding === 'utf-16le') out = this.#decodeUtf16(bytes, stream);
    else if (this.#encoding === 'windows-1252') out = this.#decodeLatin1(bytes);
    else out = this.#decodeSingleByte(bytes);
    if (!stream) this.#bomSeen = false;
    return out;
  }

  #stripBOM(s) {
    if (!this.#ignoreBOM && !this.#bomSeen && s.length > 0) {
      this.#bomSeen = true;
      if (s.charCodeAt(0) === 0xFEFF) return s.slice(1);
    } else if (s.length > 0) {
      this.#bomSeen = true;
    }
    return s;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    const scan = this.#fatal || stream ? scanUtf8(bytes, 0, end) : null;
    if (scan !== null) {
      if (scan.invalid && this.#fatal) {
        const { ERR_ENCODING_INVALID_ENCODED_DATA } = lazyErrors();
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
      }
      if (!scan.invalid && scan.incomplete > 0) {
        if (stream) {
          this.#pending = bytes.slice(end - scan.incomplete);
          end -= scan.incomplete;
        } else if (this.#fatal) {
          const { ERR_ENCODING_INVALID_ENCODED_DATA } = lazyErrors();
          throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
        }
      }
    }
    return this.#stripBOM(binding.utf8Slice(bytes, 0, end));
  }

  #decodeUtf16(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      // Hold back an odd byte and a trailing high surrogate for the next chunk.
      end -= end % 2;
      if (end >= 2) {
        const unit = bytes[end - 2] | (bytes[end - 1] << 8);
        if (unit >= 0xD800 && unit <= 0xDBFF) end -= 2;
      }
      if (end < bytes.length) this.#pending = bytes.slice(end);
    }
    let s = '';
    const n = end >> 1;
    for (let i = 0; i < n; i += 4096) {
      const m = Math.min(n, i + 4096);
      const units = new Array(m - i);
      for (let k = i; k < m; k++) units[k - i] = bytes[2 * k] | (bytes[2 * k + 1] << 8);
      s += String.fromCharCode.apply(null, units);
    }
    // Unpaired surrogates become U+FFFD (fatal: an error).
    s = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, () => {
      if (this.#fatal) {
        const { ERR_ENCODING_INVALID_ENCODED_DATA } = lazyErrors();
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
      }
      return '\uFFFD';
    });
    if (!stream && end < bytes.length) {
      if (this.#fatal) {
        const { ERR_ENCODING_INVALID_ENCODED_DATA } = lazyErrors();
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
      }
      s += '\uFFFD';
    }
    return this.#stripBOM(s);
  }

  #decodeSingleByte(bytes) {
    const out = require('internal/encoding_single_byte').decodeSingleByte(this.#encoding, bytes, this.#fatal);
    if (out === null) {
      const { ERR_ENCODING_INVALID_ENCODED_DATA } = lazyErrors();
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    return out;
  }

  #decodeLatin1(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 4096) {
      const m = Math.min(bytes.length, i + 4096);
      const units = new Array(m - i);
      for (let k = i; k < m; k++) {
        const b = bytes[k];
        units[k - i] = b >= 0x80 && b < 0xA0 ? cp1252[b - 0x80] : b;
      }
      s += String.fromCharCode.apply(null, units);
    }
    return s;
  }

  get [Symbol.toStringTag]() { return 'TextDecoder'; }
}

// The WHATWG Encoding Standard's label table (encoding name -> its other labels), for
// getEncodingFromLabel. TextDecoder itself decodes utf-8, utf-16le and windows-1252 (latin1).
const encodingLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'x-unicode20utf8'],
  'utf-16be': ['unicodefffe'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16'],
  'ibm866': ['866', 'cp866', 'csibm866'],
  'iso-8859-2': [
    'csisolatin2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2',
  ],
  'iso-8859-3': [
    'csisolatin3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3',
  ],
  'iso-8859-4': [
    'csisolatin4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4',
  ],
  'iso-8859-5': [
    'csisolatincyrillic', 'cyrillic', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988',
  ],
  'iso-8859-6': [
    'arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6-e',
    'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987',
  ],
  'iso-8859-7': [
    'csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-ir-126', 'iso8859-7', 'iso88597',
    'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek',
  ],
  'iso-8859-8': [
    'csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598',
    'iso_8859-8', 'iso_8859-8:1988', 'visual',
  ],
  'iso-8859-8-i': ['csiso88598i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
  'iso-8859-13': ['iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'iso-8859-16': [],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8_r'],
  'koi8-u': ['koi8-ru'],
  'macintosh': ['csmacintosh', 'mac', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620'],
  'windows-1250': ['cp1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'x-cp1251'],
  'windows-1252': [
    'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
    'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'x-cp1252',
  ],
  'windows-1253': ['cp1253', 'x-cp1253'],
  'windows-1254': [
    'cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989',
    'l5', 'latin5', 'x-cp1254',
  ],
  'windows-1255': ['cp1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'iso-ir-58', 'x-gbk'],
  'gb18030': [],
  'big5': ['big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'sjis', 'windows-31j', 'x-sjis'],
  'euc-kr': [
    'cseuckr', 'csksc56011987', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601',
    'windows-949',
  ],
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr'],
  'x-user-defined': [],
};
let labelIndex = null;
function getEncodingFromLabel(label) {
  if (labelIndex === null) {
    labelIndex = new Map();
    for (const [enc, others] of Object.entries(encodingLabels)) {
      labelIndex.set(enc, enc);
      for (const l of others) labelIndex.set(l, enc);
    }
  }
  // Labels are matched ASCII case-insensitively after trimming ASCII whitespace.
  return labelIndex.get(`${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
