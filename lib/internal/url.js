'use strict';

// WHATWG URL (https://url.spec.whatwg.org/): the basic URL parser state machine,
// host parsing, serialization, the URL and URLSearchParams classes, and node's
// file-URL helpers. The parser walks char codes once; states that collect a
// "buffer" remember where it started and slice the input instead of appending.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_FILE_URL_HOST,
    ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_ARG_NOT_ITERABLE,
  },
} = require('internal/errors');
const idna = require('internal/idna');
const { splitAt } = require('internal/util/strings');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

// ---------------------------------------------------------------------------
// Percent-encode sets: a byte per ASCII code point, bit set = encode.
// Everything above U+007E is always encoded.

const C0_SET = 1;
const FRAGMENT_SET = 2;
const QUERY_SET = 4;
const SPECIAL_QUERY_SET = 8;
const PATH_SET = 16;
const USERINFO_SET = 32;
const COMPONENT_SET = 64;
const FORM_SET = 128;

const encodeTable = new Uint8Array(128);
(function buildEncodeTable() {
  const add = (chars, mask) => {
    for (const ch of chars) encodeTable[ch.charCodeAt(0)] |= mask;
  };
  const all = 255;
  for (let c = 0; c < 0x20; c++) encodeTable[c] = all;
  encodeTable[0x7f] = all;
  const fragment = FRAGMENT_SET;
  const query = QUERY_SET | SPECIAL_QUERY_SET | PATH_SET | USERINFO_SET | COMPONENT_SET | FORM_SET;
  add(' "<>', fragment | query);
  add('`', fragment);
  add('#', query);
  add("'", SPECIAL_QUERY_SET | FORM_SET);
  const path = PATH_SET | USERINFO_SET | COMPONENT_SET | FORM_SET;
  add('?^`{}', path);
  const userinfo = USERINFO_SET | COMPONENT_SET | FORM_SET;
  add('/:;=@[\\]|', userinfo);
  add('$%&+,', COMPONENT_SET | FORM_SET);
  add("!'()~", FORM_SET);
})();

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();

function needsEncoding(c, mask) {
  return c > 0x7e || (encodeTable[c] & mask) !== 0;
}

// UTF-8 percent-encodes `str` with the given set; returns `str` itself when
// nothing needs encoding. `spaceAsPlus` is the form-urlencoded serializer.
function percentEncode(str, mask, spaceAsPlus = false) {
  const len = str.length;
  let i = 0;
  for (; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c > 0x7e || (encodeTable[c] & mask) !== 0) break;
  }
  if (i === len) return str;
  let out = str.slice(0, i);
  let last = i;
  for (; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c <= 0x7e && (encodeTable[c] & mask) === 0) continue;
    if (last < i) out += str.slice(last, i);
    last = i + 1;
    if (c < 0x80) {
      out += spaceAsPlus && c === 0x20 ? '+' : hexTable[c];
    } else if (c < 0x800) {
      out += hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c & 0x3ff) << 10) + (d & 0x3ff);
        i++;
        last = i + 1;
        out += hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
          hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
      } else {
        out += '%EF%BF%BD';
      }
    } else {
      out += hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
    }
  }
  if (last < len) out += str.slice(last);
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// UTF-8 encoding of a string into a plain byte array (lone surrogates -> U+FFFD).
function utf8Bytes(str, out) {
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) { out.push(c); continue; }
    if (c < 0x800) { out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f)); continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c & 0x3ff) << 10) + (d & 0x3ff);
        i++;
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        continue;
      }
      c = 0xfffd;
    }
    out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

// WHATWG UTF-8 decode (without BOM handling): maximal subparts become U+FFFD.
function utf8Decode(bytes, start = 0, end = bytes.length) {
  const units = [];
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    let cp = 0xfffd;
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b < 0x80) { cp = b; } else if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0; else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lower = 0x90; else if (b === 0xf4) upper = 0x8f;
    } else {
      cp = -1;
    }
    i++;
    if (cp === -1) {
      cp = 0xfffd;
    } else {
      for (let k = 0; k < need; k++) {
        const n = i < end ? bytes[i] : -1;
        if (n < lower || n > upper) { cp = 0xfffd; need = -1; break; }
        lower = 0x80; upper = 0xbf;
        cp = (cp << 6) | (n & 0x3f);
        i++;
      }
      if (need === -1) cp = 0xfffd;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length > 8192) { out += String.fromCharCode.apply(null, units); units.length = 0; }
  }
  return out + String.fromCharCode.apply(null, units);
}

// Percent-decodes `str` (a string) to bytes and UTF-8 decodes them.
// `plusAsSpace` is the form-urlencoded parser.
function percentDecode(str, plusAsSpace = false) {
  const len = str.length;
  let i = 0;
  for (; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x25 || (plusAsSpace && c === 0x2b)) break;
  }
  if (i === len) return str;
  let ascii = true;
  for (let k = 0; k < len; k++) if (str.charCodeAt(k) >= 0x80) { ascii = false; break; }
  if (ascii) {
    // Fast path: when every escape is ASCII the result is ASCII + decoded bytes.
    const bytes = [];
    for (let k = 0; k < len; k++) {
      const c = str.charCodeAt(k);
      if (c === 0x25 && k + 2 < len) {
        const h = hexValue(str.charCodeAt(k + 1));
        const l = hexValue(str.charCodeAt(k + 2));
        if (h >= 0 && l >= 0) { bytes.push(h * 16 + l); k += 2; continue; }
      }
      bytes.push(plusAsSpace && c === 0x2b ? 0x20 : c);
    }
    return utf8Decode(bytes);
  }
  const bytes = utf8Bytes(str, []);
  const out = [];
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k];
    if (b === 0x25 && k + 2 < bytes.length) {
      const h = hexValue(bytes[k + 1]);
      const l = hexValue(bytes[k + 2]);
      if (h >= 0 && l >= 0) { out.push(h * 16 + l); k += 2; continue; }
    }
    out.push(plusAsSpace && b === 0x2b ? 0x20 : b);
  }
  return utf8Decode(out);
}

// String conversion with V8's wording for Symbols (JSC words it differently).
function toUSVStringFrom(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return toUSVString(`${value}`);
}

function toUSVString(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (typeof str.toWellFormed === 'function') return str.toWellFormed();
      let out = '';
      for (let k = 0; k < str.length; k++) {
        const a = str.charCodeAt(k);
        if (a >= 0xd800 && a <= 0xdbff && k + 1 < str.length) {
          const b = str.charCodeAt(k + 1);
          if (b >= 0xdc00 && b <= 0xdfff) { out += str[k] + str[k + 1]; k++; continue; }
        }
        out += a >= 0xd800 && a <= 0xdfff ? '\ufffd' : str[k];
      }
      return out;
    }
  }
  return str;
}

// ---------------------------------------------------------------------------
// Host parsing.

// Forbidden host and domain code points, as a table: a chain of comparisons costs JSC ~10 ns a
// character.
const FORBIDDEN_HOST = 1;
const FORBIDDEN_DOMAIN = 2;
const forbiddenTable = new Uint8Array(128);
(function buildForbiddenTable() {
  for (const ch of '\0\t\n\r #/:<>?@[\\]^|') forbiddenTable[ch.charCodeAt(0)] = FORBIDDEN_HOST | FORBIDDEN_DOMAIN;
  for (let c = 0; c <= 0x20; c++) forbiddenTable[c] |= FORBIDDEN_DOMAIN;
  forbiddenTable[0x25] |= FORBIDDEN_DOMAIN;
  forbiddenTable[0x7f] |= FORBIDDEN_DOMAIN;
})();

function isForbiddenHost(c) {
  return c < 0x80 && (forbiddenTable[c] & FORBIDDEN_HOST) !== 0;
}
function isForbiddenDomain(c) {
  return c < 0x80 && (forbiddenTable[c] & FORBIDDEN_DOMAIN) !== 0;
}

// Returns the number or -1 (failure); empty input is 0 (after a prefix).
function parseIPv4Number(str) {
  const len = str.length;
  if (len === 0) return -1;
  let radix = 10;
  let i = 0;
  if (len >= 2 && str.charCodeAt(0) === 0x30) {
    const x = str.charCodeAt(1);
    if (x === 0x78 || x === 0x58) { radix = 16; i = 2; } else { radix = 8; i = 1; }
  }
  let value = 0;
  for (; i < len; i++) {
    const c = str.charCodeAt(i);
    let d;
    if (radix === 16) d = hexValue(c);
    else d = c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
    if (d < 0 || d >= radix) return -1;
    value = value * radix + d;
  }
  return value;
}

function endsInANumber(host) {
  let end = host.length;
  if (end === 0) return false;
  if (host.charCodeAt(end - 1) === 0x2e) {
    end--;
    if (end === 0) return false;
  }
  const start = host.lastIndexOf('.', end - 1) + 1;
  if (start === end) return false;
  let digits = true;
  for (let i = start; i < end; i++) {
    const c = host.charCodeAt(i);
    if (c < 0x30 || c > 0x39) { digits = false; break; }
  }
  if (digits) return true;
  return parseIPv4Number(host.slice(start, end)) >= 0;
}

// Returns the serialized IPv4 address or null.
function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (let i = 0; i < parts.length; i++) {
    const n = parseIPv4Number(parts[i]);
    if (n < 0) return null;
    if (n > 255 && i < parts.length - 1) return null;
    numbers.push(n);
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return `${ipv4 >>> 24}.${(ipv4 >>> 16) & 255}.${(ipv4 >>> 8) & 255}.${ipv4 & 255}`;
}

// Parses the text between the brackets; returns the serialized form
// (with brackets) or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  const len = input.length;
  let pieceIndex = 0;
  let compress = -1;
  let p = 0;
  let c = len > 0 ? input.charCodeAt(0) : -1;
  if (c === 0x3a) {
    if (input.charCodeAt(1) !== 0x3a) return null;
    p = 2;
    pieceIndex = 1;
    compress = 1;
  }
  while (p < len) {
    c = input.charCodeAt(p);
    if (pieceIndex === 8) return null;
    if (c === 0x3a) {
      if (compress !== -1) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < len) {
      const h = hexValue(input.charCodeAt(p));
      if (h < 0) break;
      value = value * 16 + h;
      p++;
      length++;
    }
    c = p < len ? input.charCodeAt(p) : -1;
    if (c === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < len) {
        c = input.charCodeAt(p);
        let piece = -1;
        if (numbersSeen > 0) {
          if (c === 0x2e && numbersSeen < 4) {
            p++;
            c = p < len ? input.charCodeAt(p) : -1;
          } else {
            return null;
          }
        }
        if (c < 0x30 || c > 0x39) return null;
        while (c >= 0x30 && c <= 0x39) {
          const n = c - 0x30;
          if (piece === -1) piece = n;
          else if (piece === 0) return null;
          else piece = piece * 10 + n;
          if (piece > 255) return null;
          p++;
          c = p < len ? input.charCodeAt(p) : -1;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c === 0x3a) {
      p++;
      if (p >= len) return null;
    } else if (c !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return serializeIPv6(address);
}

function serializeIPv6(address) {
  // First longest run of zero pieces (length > 1) is compressed.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '[';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out + ']';
}

function hasNonAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}

// Results of UTS #46 for non-ASCII domains, remembered: it is a pure function that costs ~0.5 us
// a domain in JS, and programs meet the same few hosts again and again. Bounded: replaced when
// full (a new Map: JSC's Map.prototype.clear costs ~50 ns an entry).
const kIdnaCacheMax = 512;
let idnaCache = new Map();

// The URL Standard's "domain to ASCII" (beStrict = false); null on failure.
function domainToASCIIInternal(domain) {
  // Like node (ada), all-ASCII domains are only lower-cased: ASCII "xn--"
  // labels are not re-validated as Punycode.
  if (!hasNonAscii(domain)) return checkDomain(domain.toLowerCase());
  let result = idnaCache.get(domain);
  if (result !== undefined) return result;
  result = idna.toASCII(domain, false);
  if (result !== null) result = checkDomain(result);
  if (idnaCache.size >= kIdnaCacheMax) idnaCache = new Map();
  idnaCache.set(domain, result);
  return result;
}

function checkDomain(result) {
  if (result.length === 0) return null;
  for (let i = 0; i < result.length; i++) {
    if (isForbiddenDomain(result.charCodeAt(i))) return null;
  }
  return result;
}

// Host parser; returns the serialized host or null.
function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5b) {
    if (input.charCodeAt(input.length - 1) !== 0x5d) return null;
    return parseIPv6(input.slice(1, -1));
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (isForbiddenHost(input.charCodeAt(i))) return null;
    }
    return percentEncode(input, C0_SET);
  }
  const domain = percentDecode(input);
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null) return null;
  const last = ascii.charCodeAt(ascii.length - 1);
  // Cheap pre-check before the "ends in a number" test.
  if ((last >= 0x30 && last <= 0x39) || last === 0x2e || (last >= 0x61 && last <= 0x66) || last === 0x78) {
    if (endsInANumber(ascii)) return parseIPv4(ascii);
  }
  return ascii;
}

// ---------------------------------------------------------------------------
// URL records and the basic URL parser.

function isSpecialScheme(scheme) {
  switch (scheme) {
    case 'http': case 'https': case 'file': case 'ws': case 'wss': case 'ftp': return true;
    default: return false;
  }
}

function defaultPort(scheme) {
  switch (scheme) {
    case 'http': case 'ws': return 80;
    case 'https': case 'wss': return 443;
    case 'ftp': return 21;
    default: return null;
  }
}

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = []; // an array of segments, or a string for an opaque path
    this.query = null;
    this.fragment = null;
    this.special = false;
    this.href = null; // cached serialization
  }
}

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

function isAlpha(c) {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isWindowsDriveLetter(s, normalizedOnly) {
  if (s.length !== 2 || !isAlpha(s.charCodeAt(0))) return false;
  const c = s.charCodeAt(1);
  return c === 0x3a || (!normalizedOnly && c === 0x7c);
}

// Whether input[p..] starts with a Windows drive letter (followed by end, /, \, ? or #).
function startsWithWindowsDriveLetter(input, p, len) {
  if (len - p < 2 || !isAlpha(input.charCodeAt(p))) return false;
  const c = input.charCodeAt(p + 1);
  if (c !== 0x3a && c !== 0x7c) return false;
  if (len - p === 2) return true;
  const d = input.charCodeAt(p + 2);
  return d === 0x2f || d === 0x5c || d === 0x3f || d === 0x23;
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && s.toLowerCase() === '%2e');
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const l = s.toLowerCase();
      return l === '.%2e' || l === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

// Removes leading/trailing C0 control or space and all tab/newline.
function cleanInput(input, trim) {
  let start = 0;
  let end = input.length;
  if (trim) {
    while (start < end && input.charCodeAt(start) <= 0x20) start++;
    while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  }
  let hasTabOrNewline = false;
  let surrogates = false;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 9 || c === 0xa || c === 0xd) hasTabOrNewline = true;
    else if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
  }
  let s = start === 0 && end === input.length ? input : input.slice(start, end);
  if (hasTabOrNewline) {
    let out = '';
    let last = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 9 || c === 0xa || c === 0xd) {
        out += s.slice(last, i);
        last = i + 1;
      }
    }
    s = out + s.slice(last);
  }
  if (surrogates) s = toUSVString(s);
  return s;
}

const FAILURE = null; // basicParse's failure result without a state override

// The basic URL parser. Without `url` it returns a new record or null; with a
// state override it edits `url` and returns true, or false on failure.
function basicParse(rawInput, base, url, stateOverride) {
  const override = stateOverride !== undefined && stateOverride !== 0;
  if (url === undefined) url = new URLRecord();
  const input = cleanInput(rawInput, !override);
  const len = input.length;
  let state = override ? stateOverride : SCHEME_START;
  let bufStart = 0; // the buffer is input.slice(bufStart, p)
  let p = 0;
  let insideBrackets = false;

  for (; ; p++) {
    const c = p < len ? input.charCodeAt(p) : -1;
    switch (state) {
      case SCHEME_START:
        if (c !== -1 && isAlpha(c)) {
          bufStart = p;
          state = SCHEME;
        } else if (!override) {
          state = NO_SCHEME;
          p--;
        } else {
          return false;
        }
        break;

      case SCHEME: {
        // Consume the rest of the scheme at once.
        let q = p;
        let cc = c;
        while (cc !== -1 && (isAlpha(cc) || (cc >= 0x30 && cc <= 0x39) || cc === 0x2b || cc === 0x2d || cc === 0x2e)) {
          q++;
          cc = q < len ? input.charCodeAt(q) : -1;
        }
        p = q;
        if (cc === 0x3a) {
          let buffer = input.slice(bufStart, p);
          for (let i = 0; i < buffer.length; i++) {
            const b = buffer.charCodeAt(i);
            if (b >= 0x41 && b <= 0x5a) { buffer = buffer.toLowerCase(); break; }
          }
          const special = isSpecialScheme(buffer);
          if (override) {
            if (url.special !== special) return true;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          url.special = special;
          if (override) {
            if (url.port === defaultPort(buffer)) url.port = null;
            return true;
          }
          if (buffer === 'file') {
            state = FILE;
          } else if (special && base !== null && base.scheme === buffer) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!override) {
          state = NO_SCHEME;
          p = -1;
        } else {
          return false;
        }
        break;
      }

      case NO_SCHEME:
        if (base === null || (typeof base.path === 'string' && c !== 0x23)) return FAILURE;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.special = base.special;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
          bufStart = p + 1;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = AUTHORITY;
          bufStart = p + 1;
        } else {
          state = PATH;
          bufStart = p;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        url.special = base.special;
        if (c === 0x2f || (url.special && c === 0x5c)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
            bufStart = p + 1;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
            bufStart = p + 1;
          } else if (c !== -1) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            bufStart = p;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (url.special && (c === 0x2f || c === 0x5c)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = AUTHORITY;
          bufStart = p + 1;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          bufStart = p;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = AUTHORITY;
          bufStart = p;
          p--;
        }
        break;

      case AUTHORITY: {
        // Find the end of the authority and the last '@' in it.
        let end = p;
        let at = -1;
        const special = url.special;
        for (; end < len; end++) {
          const e = input.charCodeAt(end);
          if (e === 0x2f || e === 0x3f || e === 0x23 || (special && e === 0x5c)) break;
          if (e === 0x40) at = end;
        }
        let hostStart = p;
        if (at !== -1) {
          const userinfo = input.slice(p, at);
          const colon = userinfo.indexOf(':');
          if (colon === -1) {
            url.username += percentEncode(userinfo, USERINFO_SET);
          } else {
            url.username += percentEncode(userinfo.slice(0, colon), USERINFO_SET);
            url.password += percentEncode(userinfo.slice(colon + 1), USERINFO_SET);
          }
          hostStart = at + 1;
          if (hostStart === end) return FAILURE;
        }
        state = HOST;
        bufStart = hostStart;
        p = hostStart - 1;
        break;
      }

      case HOST:
      case HOSTNAME: {
        if (override && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
          bufStart = p + 1;
          break;
        }
        // Scan the host text.
        let q = p;
        let cc = c;
        const special = url.special;
        while (cc !== -1) {
          if (cc === 0x3a && !insideBrackets) break;
          if (cc === 0x2f || cc === 0x3f || cc === 0x23 || (special && cc === 0x5c)) break;
          if (cc === 0x5b) insideBrackets = true;
          else if (cc === 0x5d) insideBrackets = false;
          q++;
          cc = q < len ? input.charCodeAt(q) : -1;
        }
        p = q;
        const buffer = input.slice(bufStart, p);
        if (cc === 0x3a) {
          if (buffer === '') return override ? false : FAILURE;
          if (override && stateOverride === HOSTNAME) return false;
          const host = parseHost(buffer, !special);
          if (host === null) return override ? false : FAILURE;
          url.host = host;
          state = PORT;
          bufStart = p + 1;
        } else {
          p--;
          if (special && buffer === '') return override ? false : FAILURE;
          if (override && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) {
            return false;
          }
          const host = parseHost(buffer, !special);
          if (host === null) return override ? false : FAILURE;
          url.host = host;
          state = PATH_START;
          if (override) return true;
        }
        break;
      }

      case PORT: {
        let q = p;
        let cc = c;
        let value = 0;
        while (cc >= 0x30 && cc <= 0x39) {
          value = value * 10 + (cc - 0x30);
          if (value > 65535) return override ? false : FAILURE;
          q++;
          cc = q < len ? input.charCodeAt(q) : -1;
        }
        p = q;
        if (cc === -1 || cc === 0x2f || cc === 0x3f || cc === 0x23 || (url.special && cc === 0x5c) || override) {
          if (p !== bufStart) {
            url.port = defaultPort(url.scheme) === value ? null : value;
            if (override) return true;
          }
          if (override) return false;
          state = PATH_START;
          p--;
        } else {
          return override ? false : FAILURE;
        }
        break;
      }

      case FILE:
        url.scheme = 'file';
        url.special = true;
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY;
            bufStart = p + 1;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
            bufStart = p + 1;
          } else if (c !== -1) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p, len)) shortenPath(url);
            else url.path = [];
            state = PATH;
            bufStart = p;
            p--;
          }
        } else {
          state = PATH;
          bufStart = p;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = FILE_HOST;
          bufStart = p + 1;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p, len) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          bufStart = p;
          p--;
        }
        break;

      case FILE_HOST: {
        let q = p;
        let cc = c;
        while (cc !== -1 && cc !== 0x2f && cc !== 0x5c && cc !== 0x3f && cc !== 0x23) {
          q++;
          cc = q < len ? input.charCodeAt(q) : -1;
        }
        p = q - 1;
        const buffer = input.slice(bufStart, q);
        if (!override && isWindowsDriveLetter(buffer, false)) {
          // The buffer stays and becomes the first path segment.
          state = PATH;
        } else if (buffer === '') {
          url.host = '';
          if (override) return true;
          state = PATH_START;
        } else {
          let host = parseHost(buffer, false);
          if (host === null) return override ? false : FAILURE;
          if (host === 'localhost') host = '';
          url.host = host;
          if (override) return true;
          state = PATH_START;
        }
        break;
      }

      case PATH_START:
        if (url.special) {
          state = PATH;
          if (c !== 0x2f && c !== 0x5c) { bufStart = p; p--; } else bufStart = p + 1;
        } else if (!override && c === 0x3f) {
          url.query = '';
          state = QUERY;
          bufStart = p + 1;
        } else if (!override && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
          bufStart = p + 1;
        } else if (c !== -1) {
          state = PATH;
          if (c !== 0x2f) { bufStart = p; p--; } else bufStart = p + 1;
        } else if (override && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH: {
        // Consume one segment.
        let q = p;
        let cc = c;
        const special = url.special;
        while (cc !== -1 && cc !== 0x2f && !(special && cc === 0x5c) && (override || (cc !== 0x3f && cc !== 0x23))) {
          q++;
          cc = q < len ? input.charCodeAt(q) : -1;
        }
        p = q;
        const raw = input.slice(bufStart, p);
        const slash = cc === 0x2f || (special && cc === 0x5c);
        if (isDoubleDot(raw)) {
          shortenPath(url);
          if (!slash) url.path.push('');
        } else if (isSingleDot(raw)) {
          if (!slash) url.path.push('');
        } else {
          let segment = percentEncode(raw, PATH_SET);
          if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(segment, false)) {
            segment = segment[0] + ':';
          }
          url.path.push(segment);
        }
        bufStart = p + 1;
        if (cc === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (cc === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (cc === -1) {
          p--; // let the loop see EOF and stop
          state = 0;
        }
        break;
      }

      case OPAQUE_PATH: {
        let q = p;
        let cc = c;
        while (cc !== -1 && cc !== 0x3f && cc !== 0x23) {
          q++;
          cc = q < len ? input.charCodeAt(q) : -1;
        }
        let segment = percentEncode(input.slice(p, q), C0_SET);
        // A space right before ? or # is encoded so it survives later edits.
        if (cc !== -1 && q > p && input.charCodeAt(q - 1) === 0x20) segment = segment.slice(0, -1) + '%20';
        url.path += segment;
        p = q;
        bufStart = p + 1;
        if (cc === 0x3f) {
          url.query = '';
          state = QUERY;
        } else if (cc === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else {
          p--;
          state = 0;
        }
        break;
      }

      case QUERY: {
        let q = p;
        if (!override) {
          const hash = input.indexOf('#', p);
          q = hash === -1 ? len : hash;
        } else {
          q = len;
        }
        url.query += percentEncode(input.slice(p, q), url.special ? SPECIAL_QUERY_SET : QUERY_SET);
        p = q;
        if (q < len) {
          url.fragment = '';
          state = FRAGMENT;
          bufStart = p + 1;
        } else {
          p--;
          state = 0;
        }
        break;
      }

      case FRAGMENT:
        if (p < len) url.fragment += percentEncode(input.slice(p), FRAGMENT_SET);
        p = len - 1;
        state = 0;
        break;

      default:
        break;
    }
    if (p >= len) break;
  }
  return override ? true : url;
}

function serializePath(url) {
  const path = url.path;
  if (typeof path === 'string') return path;
  let out = '';
  for (let i = 0; i < path.length; i++) out += '/' + path[i];
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function getHref(url) {
  if (url.href === null) url.href = serializeURL(url, false);
  return url.href;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string') return 'null';
      const inner = basicParse(url.path, null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

// Parses into a flat [name, value, name, value, ...] array.
function parseFormUrlencoded(input, out = []) {
  const len = input.length;
  let start = 0;
  while (start <= len) {
    let amp = input.indexOf('&', start);
    if (amp === -1) amp = len;
    if (amp > start) {
      const eq = input.indexOf('=', start);
      let name;
      let value;
      if (eq === -1 || eq > amp) {
        name = input.slice(start, amp);
        value = '';
      } else {
        name = input.slice(start, eq);
        value = input.slice(eq + 1, amp);
      }
      out.push(percentDecode(name, true), percentDecode(value, true));
    }
    start = amp + 1;
  }
  return out;
}

function serializeFormUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += percentEncode(list[i], FORM_SET, true) + '=' + percentEncode(list[i + 1], FORM_SET, true);
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

let getParamsList;
let setParamsList;
let attachParams;

// node's layout: one line, or one entry per line once longer than breakLength.
function inspectList(items, options, name, isIterator) {
  if (items.length === 0) return isIterator ? `${name} {  }` : `${name} {}`;
  const breakLength = options && options.breakLength !== undefined ? options.breakLength : 80;
  let length = -2;
  for (const item of items) length += item.length + 2;
  if (length > breakLength) return `${name} {\n  ${items.join(',\n  ')} }`;
  return `${name} { ${items.join(', ')} }`;
}

let isSearchParams;
class URLSearchParams {
  #list = [];
  #url = null; // the owning URL's record, when attached

  constructor(init = undefined) {
    if (init === undefined) return;
    if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const iterator = init[Symbol.iterator];
      if (iterator !== undefined) {
        if (typeof iterator !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' || pair === null) && typeof pair !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          if (typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVStringFrom(items[0]), toUSVStringFrom(items[1]));
        }
      } else {
        const keys = Reflect.ownKeys(init);
        const seen = new Map();
        for (const key of keys) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVStringFrom(key); // enumerable Symbol keys throw, as in node
          const value = toUSVStringFrom(init[key]);
          // Records: a later duplicate key (after USV conversion) replaces the value.
          if (seen.has(name)) this.#list[seen.get(name) + 1] = value;
          else { seen.set(name, this.#list.length); this.#list.push(name, value); }
        }
      }
    } else {
      let str = toUSVStringFrom(init);
      if (str.charCodeAt(0) === 0x3f) str = str.slice(1);
      parseFormUrlencoded(str, this.#list);
    }
  }

  static {
    // `#x in v` throws for primitives, so guard before the brand check.
    isSearchParams = (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && #list in v;
    getParamsList = (params) => params.#list;
    setParamsList = (params, list) => { params.#list = list; };
    attachParams = (params, record) => { params.#url = record; };
  }

  #update() {
    const url = this.#url;
    if (url === null) return;
    const serialized = serializeFormUrlencoded(this.#list);
    url.query = serialized === '' ? null : serialized;
    url.href = null;
  }

  get size() {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVStringFrom(name), toUSVStringFrom(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVStringFrom(name);
    const out = [];
    if (value !== undefined) {
      value = toUSVStringFrom(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) out.push(list[i], list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
    }
    this.#list = out;
    this.#update();
  }

  get(name) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVStringFrom(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVStringFrom(name);
    const out = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVStringFrom(name);
    if (value !== undefined) value = toUSVStringFrom(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVStringFrom(name);
    value = toUSVStringFrom(value);
    const out = [];
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) out.push(list[i], list[i + 1]);
      else if (!found) { found = true; out.push(name, value); }
    }
    if (!found) out.push(name, value);
    this.#list = out;
    this.#update();
  }

  sort() {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out = [];
    for (const pair of pairs) out.push(pair[0], pair[1]);
    this.#list = out;
    this.#update();
  }

  entries() {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list may change during iteration: re-read it every step.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createParamsIterator(this, 'key');
  }

  values() {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createParamsIterator(this, 'value');
  }

  toString() {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeFormUrlencoded(this.#list);
  }

  [kInspect](depth, options) {
    if (!isSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) return options && options.stylize ? options.stylize('[Object]', 'special') : '[Object]';
    const inspect = lazyInspect();
    const opts = { ...options, depth: typeof depth === 'number' ? depth : options && options.depth };
    const list = this.#list;
    const items = [];
    for (let i = 0; i < list.length; i += 2) {
      items.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    }
    return inspectList(items, options, 'URLSearchParams', false);
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, desc);
}

const kIterTarget = Symbol('target');
const kIterKind = Symbol('kind');
const kIterIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kIterTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = getParamsList(this[kIterTarget]);
      const index = this[kIterIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = index + 2;
      const kind = this[kIterKind];
      const value = kind === 'key' ? list[index] : kind === 'value' ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [kInspect]: {
    value: function inspectIterator(depth, options) {
      if (this === null || typeof this !== 'object' || !(kIterTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      if (typeof depth === 'number' && depth < 0) return '[Object]';
      const inspect = lazyInspect();
      const opts = { ...options, depth };
      const list = getParamsList(this[kIterTarget]);
      const kind = this[kIterKind];
      const items = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) {
        const v = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
        items.push(inspect(v, opts));
      }
      return inspectList(items, options, 'URLSearchParams Iterator', true);
    },
    writable: true,
    enumerable: false,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

function createParamsIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIterTarget, { value: target });
  Object.defineProperty(it, kIterKind, { value: kind });
  Object.defineProperty(it, kIterIndex, { value: 0, writable: true });
  return it;
}

// ---------------------------------------------------------------------------
// URL

let getRecord;
let checkReceiver;
let checkSetReceiver;
const kFromRecord = Symbol('kFromRecord');

// A one-pass scanner for the common shapes: "scheme://[user[:pass]@]host[:port][/path][?query][#frag]"
// with a special scheme other than file, and "file:///path". It answers what basicParse would, or
// null to hand the input to basicParse: anything with whitespace or controls, backslashes, dot
// segments, brackets, '%' in the host, a second '@', an odd port, a Windows drive letter or a lone
// surrogate goes the long way. Hosts that are not plain lower-case labels go through parseHost.
// It must agree with basicParse on every input it accepts (test/js/url/fast_parse.test.js).
function scanScheme(input) {
  let i = 0;
  while (i < 6) {
    const c = input.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) break;
    i++;
  }
  if (input.charCodeAt(i) !== 0x3a || input.charCodeAt(i + 1) !== 0x2f || input.charCodeAt(i + 2) !== 0x2f) return null;
  // Compared by character codes: comparing a slice with a literal costs JSC more than the whole scan.
  const c0 = input.charCodeAt(0);
  const c1 = input.charCodeAt(1);
  const c2 = input.charCodeAt(2);
  switch (i) {
    case 2: return c0 === 0x77 && c1 === 0x73 ? 'ws' : null;
    case 3:
      if (c0 === 0x77 && c1 === 0x73 && c2 === 0x73) return 'wss';
      return c0 === 0x66 && c1 === 0x74 && c2 === 0x70 ? 'ftp' : null;
    case 4: {
      const c3 = input.charCodeAt(3);
      if (c0 === 0x68 && c1 === 0x74 && c2 === 0x74 && c3 === 0x70) return 'http';
      return c0 === 0x66 && c1 === 0x69 && c2 === 0x6c && c3 === 0x65 ? 'file' : null;
    }
    case 5:
      return c0 === 0x68 && c1 === 0x74 && c2 === 0x74 && input.charCodeAt(3) === 0x70 &&
        input.charCodeAt(4) === 0x73 ? 'https' : null;
    default: return null;
  }
}

function simpleParse(input) {
  const scheme = scanScheme(input);
  if (scheme === null) return null;
  const len = input.length;
  let i = scheme.length + 3;
  let canonical = true;
  let username = '';
  let password = '';
  let host = '';
  let port = null;
  if (scheme === 'file') {
    if (input.charCodeAt(i) !== 0x2f) return null; // only "file:///": no host
  } else {
    // Authority, up to the first '/', '?' or '#', in one pass: '@' ends the userinfo, and the
    // host's characters are classed on the way (plain: lower-case letters, digits, '-', '.').
    const authStart = i;
    let at = -1;
    let colon = -1;
    let plain = true;
    let end = i;
    for (; end < len; end++) {
      const c = input.charCodeAt(end);
      if ((c >= 0x61 && c <= 0x7a) || c === 0x2e || (c >= 0x30 && c <= 0x39) || c === 0x2d) continue;
      if (c === 0x2f || c === 0x3f || c === 0x23) break;
      if (c === 0x3a) {
        if (colon !== -1 && at === -1) continue; // a second ':' in the userinfo
        if (colon !== -1) return null;
        colon = end;
      } else if (c === 0x40) {
        if (at !== -1) return null;
        at = end;
        plain = true;
        colon = -1;
      } else if (c <= 0x20 || c === 0x5c) {
        return null;
      } else {
        plain = false;
      }
    }
    let hostStart = authStart;
    if (at !== -1) {
      let sep = -1;
      for (let k = authStart; k < at; k++) {
        const c = input.charCodeAt(k);
        if (c === 0x3a) {
          if (sep === -1) { sep = k; continue; }
          return null;
        }
        if (c > 0x7e || (encodeTable[c] & USERINFO_SET) !== 0) return null;
      }
      if (sep === -1) {
        username = input.slice(authStart, at);
      } else {
        username = input.slice(authStart, sep);
        password = input.slice(sep + 1, at);
      }
      // "@host", ":@host" and "user:@host" serialize without the empty parts.
      if (password === '' && (sep !== -1 || username === '')) canonical = false;
      hostStart = at + 1;
    }
    const hostEnd = colon === -1 ? end : colon;
    if (!plain) {
      for (let k = hostStart; k < hostEnd; k++) {
        const c = input.charCodeAt(k);
        if (c >= 0xd800 && c <= 0xdfff) return null;
        // '%', '[', forbidden code points: the long way. '_' and upper case go to parseHost.
        if (c < 0x80 && c !== 0x5f && (c < 0x41 || c > 0x5a) && (c < 0x61 || c > 0x7a) &&
            (c < 0x30 || c > 0x39) && c !== 0x2d && c !== 0x2e) return null;
      }
    }
    if (hostEnd === hostStart) return null;
    // Characters are read from `input`: the first charCodeAt on a slice costs JSC ~50 ns.
    host = input.slice(hostStart, hostEnd);
    // A last label that starts with a digit may be a number ("1.2.3.4", "a.0x7f"): IPv4 rules.
    let labelStart = hostEnd - 1;
    while (labelStart > hostStart && input.charCodeAt(labelStart - 1) !== 0x2e) labelStart--;
    const last = input.charCodeAt(hostEnd - 1);
    const first = input.charCodeAt(labelStart);
    if (!plain || last < 0x61 || last > 0x7a || (first >= 0x30 && first <= 0x39) ||
        input.charCodeAt(hostStart) === 0x2e) {
      const parsed = parseHost(host, false);
      if (parsed === null || typeof parsed !== 'string') return null;
      if (parsed !== host) canonical = false;
      host = parsed;
    }
    if (hostEnd < end) {
      const digits = end - hostEnd - 1;
      if (digits === 0 || digits > 5) return null;
      let n = 0;
      for (let k = hostEnd + 1; k < end; k++) {
        const c = input.charCodeAt(k);
        if (c < 0x30 || c > 0x39) return null;
        n = n * 10 + (c - 0x30);
      }
      if (n > 65535) return null;
      if (input.charCodeAt(hostEnd + 1) === 0x30) canonical = false; // leading zero
      if (n === defaultPort(scheme)) canonical = false;
      else port = n;
    }
    i = end;
  }

  // Path: segments between '/' up to '?' or '#'.
  let encode = false;
  const pathStart = i;
  let segStart = i + 1;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2f) {
      segStart = i + 1;
      continue;
    }
    if (c === 0x3f || c === 0x23) break;
    if (c <= 0x20 || c === 0x5c) return null;
    if (c === 0x2e) {
      // "." or ".." as a whole segment.
      const n = i + 1 < len ? input.charCodeAt(i + 1) : 0x2f;
      const m = i + 2 < len ? input.charCodeAt(i + 2) : 0x2f;
      if (i === segStart && (n === 0x2f || n === 0x3f || n === 0x23 ||
          (n === 0x2e && (m === 0x2f || m === 0x3f || m === 0x23)))) return null;
    } else if (c === 0x25) {
      if (input.charCodeAt(i + 1) === 0x32 && (input.charCodeAt(i + 2) | 0x20) === 0x65) return null; // %2e
    } else if (c > 0x7e) {
      if (c >= 0xd800 && c <= 0xdfff) return null;
      encode = true;
    } else if ((encodeTable[c] & PATH_SET) !== 0) {
      encode = true;
    }
  }
  let path;
  if (pathStart === i) {
    path = [''];
    canonical = false;
  } else {
    // The segments after the leading '/'.
    path = encode ? splitAt(percentEncode(input.slice(pathStart, i), PATH_SET), 0x2f, 1)
      : splitAt(input, 0x2f, pathStart + 1, i);
    if (scheme === 'file') {
      // A first segment like "C:" or "c|" is a Windows drive letter, which has rules of its own.
      const second = input.charCodeAt(pathStart + 2);
      if ((second === 0x3a || second === 0x7c) && (pathStart + 3 === i || input.charCodeAt(pathStart + 3) === 0x2f)) {
        return null;
      }
    }
  }

  let query = null;
  if (i < len && input.charCodeAt(i) === 0x3f) {
    const qStart = ++i;
    let qEncode = false;
    for (; i < len; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x23) break;
      if (c <= 0x20 || (c >= 0xd800 && c <= 0xdfff)) return null;
      if (c > 0x7e || (encodeTable[c] & SPECIAL_QUERY_SET) !== 0) qEncode = true;
    }
    query = input.slice(qStart, i);
    if (qEncode) { query = percentEncode(query, SPECIAL_QUERY_SET); encode = true; }
  }
  let fragment = null;
  if (i < len) { // at '#'
    const fStart = ++i;
    let fEncode = false;
    for (; i < len; i++) {
      const c = input.charCodeAt(i);
      if (c <= 0x20 || (c >= 0xd800 && c <= 0xdfff)) return null;
      if (c > 0x7e || (encodeTable[c] & FRAGMENT_SET) !== 0) fEncode = true;
    }
    fragment = input.slice(fStart);
    if (fEncode) { fragment = percentEncode(fragment, FRAGMENT_SET); encode = true; }
  }

  const url = new URLRecord();
  url.scheme = scheme;
  url.special = true;
  url.username = username;
  url.password = password;
  url.host = host;
  url.port = port;
  url.path = path;
  url.query = query;
  url.fragment = fragment;
  if (canonical && !encode) url.href = input;
  return url;
}

// The record of `input` (against `base` when given), or null when either does not parse.
function parseNoThrow(input, base) {
  if (base === undefined && typeof input === 'string') {
    const simple = simpleParse(input);
    if (simple !== null) return simple;
  }
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(`${base}`, null);
    if (baseRecord === null) return null;
  }
  return basicParse(`${input}`, baseRecord);
}

function parseOrThrow(input, base) {
  const record = parseNoThrow(input, base);
  if (record !== null) return record;
  if (base !== undefined) throw new ERR_INVALID_URL(`${input}`, `${base}`);
  throw new ERR_INVALID_URL(`${input}`);
}

class URL {
  #context;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (input === kFromRecord) {
      this.#context = base;
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    this.#context = parseOrThrow(input, base);
  }

  static {
    getRecord = (url) => url.#context;
    // Same TypeError wording as node (V8) for a foreign receiver.
    checkReceiver = (v) => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function') || !(#context in v)) {
        throw new TypeError('Receiver must be an instance of class URL');
      }
    };
    checkSetReceiver = (v) => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function') || !(#context in v)) {
        throw new TypeError('Cannot read private member #context from an object whose class did not declare it');
      }
    };
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const record = parseNoThrow(input, base);
    if (record === null) return null;
    return new URL(kFromRecord, record);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return parseNoThrow(input, base) !== null;
  }

  static createObjectURL(obj) {
    return createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    revokeObjectURL(url);
  }

  #replace(record) {
    this.#context = record;
    if (this.#searchParams !== null) {
      setParamsList(this.#searchParams, record.query ? parseFormUrlencoded(record.query) : []);
      attachParams(this.#searchParams, record);
    }
  }

  toString() {
    checkReceiver(this);
    return getHref(this.#context);
  }

  get href() {
    checkReceiver(this);
    return getHref(this.#context);
  }

  set href(value) {
    checkSetReceiver(this);
    const record = basicParse(`${value}`, null);
    if (record === null) throw new ERR_INVALID_URL(`${value}`);
    this.#replace(record);
  }

  get origin() {
    checkSetReceiver(this);
    return serializeOrigin(this.#context);
  }

  get protocol() {
    checkSetReceiver(this);
    return this.#context.scheme + ':';
  }

  set protocol(value) {
    checkSetReceiver(this);
    const url = this.#context;
    basicParse(`${value}:`, null, url, SCHEME_START);
    url.href = null;
  }

  get username() {
    checkSetReceiver(this);
    return this.#context.username;
  }

  set username(value) {
    checkSetReceiver(this);
    const url = this.#context;
    if (cannotHaveCredentialsOrPort(url)) return;
    url.username = percentEncode(toUSVStringFrom(value), USERINFO_SET);
    url.href = null;
  }

  get password() {
    checkSetReceiver(this);
    return this.#context.password;
  }

  set password(value) {
    checkSetReceiver(this);
    const url = this.#context;
    if (cannotHaveCredentialsOrPort(url)) return;
    url.password = percentEncode(toUSVStringFrom(value), USERINFO_SET);
    url.href = null;
  }

  get host() {
    checkSetReceiver(this);
    const url = this.#context;
    if (url.host === null) return '';
    return url.port === null ? url.host : url.host + ':' + url.port;
  }

  set host(value) {
    checkSetReceiver(this);
    const url = this.#context;
    if (typeof url.path === 'string') return;
    basicParse(`${value}`, null, url, HOST);
    url.href = null;
  }

  get hostname() {
    checkSetReceiver(this);
    const host = this.#context.host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    checkSetReceiver(this);
    const url = this.#context;
    if (typeof url.path === 'string') return;
    basicParse(`${value}`, null, url, HOSTNAME);
    url.href = null;
  }

  get port() {
    checkSetReceiver(this);
    const port = this.#context.port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    checkSetReceiver(this);
    const url = this.#context;
    if (cannotHaveCredentialsOrPort(url)) return;
    value = `${value}`;
    if (value === '') {
      url.port = null;
    } else {
      basicParse(value, null, url, PORT);
    }
    url.href = null;
  }

  get pathname() {
    checkSetReceiver(this);
    return serializePath(this.#context);
  }

  set pathname(value) {
    checkSetReceiver(this);
    const url = this.#context;
    if (typeof url.path === 'string') return;
    url.path = [];
    basicParse(`${value}`, null, url, PATH_START);
    url.href = null;
  }

  get search() {
    checkReceiver(this);
    const query = this.#context.query;
    return query === null || query === '' ? '' : '?' + query;
  }

  set search(value) {
    checkSetReceiver(this);
    const url = this.#context;
    let input = `${value}`;
    if (input === '') {
      url.query = null;
      url.href = null;
      if (this.#searchParams !== null) setParamsList(this.#searchParams, []);
      return;
    }
    if (input.charCodeAt(0) === 0x3f) input = input.slice(1);
    url.query = '';
    basicParse(input, null, url, QUERY);
    url.href = null;
    if (this.#searchParams !== null) setParamsList(this.#searchParams, parseFormUrlencoded(url.query));
  }

  get searchParams() {
    checkSetReceiver(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      const query = this.#context.query;
      if (query) setParamsList(params, parseFormUrlencoded(query));
      attachParams(params, this.#context);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    checkSetReceiver(this);
    const fragment = this.#context.fragment;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }

  set hash(value) {
    checkSetReceiver(this);
    const url = this.#context;
    let input = `${value}`;
    if (input === '') {
      url.fragment = null;
      url.href = null;
      return;
    }
    if (input.charCodeAt(0) === 0x23) input = input.slice(1);
    url.fragment = '';
    basicParse(input, null, url, FRAGMENT);
    url.href = null;
  }

  toJSON() {
    checkReceiver(this);
    return getHref(this.#context);
  }

  [kInspect](depth, options) {
    const url = this.#context;
    if (typeof depth === 'number' && depth < 0) return this;
    const inspect = lazyInspect();
    const ctor = this.constructor && typeof this.constructor === 'function' ? this.constructor : URL;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (options && options.showHidden) {
      obj[Symbol('context')] = {
        href: getHref(url),
        protocol_end: url.scheme.length + 1,
        has_port: url.port !== null,
      };
    }
    return `${ctor.name} ${inspect(obj, options)}`;
  }
}


Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL', writable: false, enumerable: false, configurable: true,
});
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, name);
  desc.enumerable = true;
  Object.defineProperty(URL, name, desc);
}

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function isURLInstance(value) {
  try {
    getRecord(value);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Blob URLs (kept in a JS map; the blob module may look them up).

const blobStore = new Map();
let blobCounter = 0;

function createObjectURL(obj) {
  const Blob = globalThis.Blob;
  if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }
  const hex = (n) => n.toString(16).padStart(8, '0');
  const id = `${hex(Date.now() >>> 0)}-${hex(++blobCounter).slice(0, 4)}-4${hex(Math.random() * 0xffffffff >>> 0).slice(0, 3)}-` +
    `8${hex(Math.random() * 0xffffffff >>> 0).slice(0, 3)}-${hex(Math.random() * 0xffffffff >>> 0)}${hex(blobCounter).slice(4)}`;
  const url = `blob:nodedata:${id}`;
  blobStore.set(id, obj);
  return url;
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  const str = `${url}`;
  const record = basicParse(str, null);
  if (record === null || record.scheme !== 'blob' || typeof record.path !== 'string') return;
  if (!record.path.startsWith('nodedata:')) return;
  blobStore.delete(record.path.slice(9));
}

function resolveObjectURL(url) {
  const str = `${url}`;
  const record = basicParse(str, null);
  if (record === null || record.scheme !== 'blob' || typeof record.path !== 'string') return undefined;
  if (!record.path.startsWith('nodedata:')) return undefined;
  return blobStore.get(record.path.slice(9));
}

// ---------------------------------------------------------------------------
// node's helpers

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const record = basicParse(`ws://${domain}`, null);
  return record === null || record.host === null ? '' : record.host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const record = basicParse(`ws://${domain}`, null);
  if (record === null || record.host === null) return '';
  const host = record.host;
  if (host.charCodeAt(0) === 0x5b || !host.includes('xn--')) return host;
  const unicode = idna.toUnicode(host);
  return unicode === null ? '' : unicode;
}

function urlToHttpOptions(url) {
  if (url === null || typeof url !== 'object') throw new ERR_INVALID_ARG_TYPE('url', 'object', url);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function isWindows(options) {
  if (options != null && options.windows !== undefined) return !!options.windows;
  return process.platform === 'win32';
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.charCodeAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
      }
    }
  }
  pathname = pathname.replaceAll('/', '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.charCodeAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.charCodeAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
      }
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path, options = undefined) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return isWindows(options) ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

function pctHex(c) { return c < 16 ? `%0${c.toString(16).toUpperCase()}` : `%${c.toString(16).toUpperCase()}`; }

// Characters pathToFileURL must escape beyond what the URL parser does.
function encodePathChars(filepath, windows) {
  let out = '';
  let last = 0;
  for (let i = 0; i < filepath.length; i++) {
    const c = filepath.charCodeAt(i);
    let rep;
    // Controls, space and the characters the path, query and fragment states would keep or cut at.
    if (c <= 0x20 || c === 0x7f) rep = pctHex(c);
    else switch (c) {
      case 0x22: case 0x23: case 0x25: case 0x3c: case 0x3e: case 0x3f: case 0x5b: case 0x5d:
      case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d: case 0x7e:
        rep = pctHex(c); break;
      case 0x5c: if (!windows) rep = '%5C'; break;
      default: break;
    }
    if (rep !== undefined) {
      out += filepath.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? filepath : out + filepath.slice(last);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindows(options);
  const pathModule = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\resource
    const isExtended = filepath.startsWith('\\\\?\\');
    if (!isExtended || filepath.startsWith('\\\\?\\UNC\\')) {
      const prefix = isExtended ? 8 : 2;
      const hostnameEnd = filepath.indexOf('\\', prefix);
      if (hostnameEnd === -1) {
        throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
      }
      if (hostnameEnd === prefix) {
        throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
      }
      const hostname = filepath.slice(prefix, hostnameEnd);
      const rest = encodePathChars(filepath.slice(hostnameEnd), true).replaceAll('\\', '/');
      return new URL(`file://${domainToASCII(hostname)}${rest}`);
    }
    filepath = filepath.slice(4);
  }
  const pathImpl = windows ? pathModule.win32 : pathModule.posix;
  let resolved = pathImpl.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2f || (windows && last === 0x5c)) &&
      resolved[resolved.length - 1] !== pathImpl.sep) {
    resolved += '/';
  }
  let encoded = encodePathChars(resolved, windows);
  if (windows) encoded = encoded.replaceAll('\\', '/');
  if (encoded.charCodeAt(0) !== 0x2f) encoded = '/' + encoded;
  return new URL(`file://${encoded}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// url.format(URL, options) for WHATWG URL objects.
function formatURL(urlObject, options) {
  const record = getRecord(urlObject);
  let auth = true;
  let fragment = true;
  let search = true;
  let unicode = false;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.auth !== undefined) auth = !!options.auth;
    if (options.fragment !== undefined) fragment = !!options.fragment;
    if (options.search !== undefined) search = !!options.search;
    if (options.unicode !== undefined) unicode = !!options.unicode;
  }
  let out = record.scheme + ':';
  if (record.host !== null) {
    out += '//';
    if (auth && (record.username !== '' || record.password !== '')) {
      out += record.username;
      if (record.password !== '') out += ':' + record.password;
      out += '@';
    }
    out += unicode ? domainToUnicode(record.host) : record.host;
    if (record.port !== null) out += ':' + record.port;
  } else if (typeof record.path !== 'string' && record.path.length > 1 && record.path[0] === '') {
    out += '/.';
  }
  out += serializePath(record);
  if (search && record.query !== null) out += '?' + record.query;
  if (fragment && record.fragment !== null) out += '#' + record.fragment;
  return out;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  isURLInstance,
  formatURL,
  resolveObjectURL,
  // parser internals, for tests and the legacy API
  basicParse,
  serializeURL,
  percentEncode,
  percentDecode,
  parseHost,
  toUSVString,
  encodeStr: percentEncode,
  simpleParse,
};
