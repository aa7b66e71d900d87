'use strict';

// Punycode (RFC 3492) and an approximation of UTS #46 processing as the URL
// Standard uses it (non-transitional, CheckHyphens=false, CheckJoiners=true,
// UseSTD3ASCIIRules=false, VerifyDnsLength=false). Without the Unicode IDNA
// mapping table the mapping step is approximated with NFKC + per-code-point
// lower-casing, which agrees with the table for almost every real domain.

const { splitAt, joinConcat } = require('internal/util/strings');

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAXINT = 0x7fffffff;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

const kDigits = 'abcdefghijklmnopqrstuvwxyz0123456789';

function charToDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}

// Array of code points of a JS string (lone surrogates kept as they are).
function toCodePoints(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoints(points) {
  let s = '';
  for (let i = 0; i < points.length; i += 4096) {
    s += String.fromCodePoint.apply(null, points.slice(i, i + 4096));
  }
  return s;
}

// Punycode-encode a label; returns null on overflow.
function punycodeEncode(input) {
  const points = toCodePoints(input);
  // Built as a string: an array and String.fromCharCode.apply cost JSC more.
  let out = '';
  for (let i = 0; i < points.length; i++) {
    if (points[i] < 0x80) out += String.fromCharCode(points[i]);
  }
  const basicLength = out.length;
  let handled = basicLength;
  if (basicLength > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let m = MAXINT;
    for (let i = 0; i < points.length; i++) {
      if (points[i] >= n && points[i] < m) m = points[i];
    }
    if (m - n > Math.floor((MAXINT - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (let i = 0; i < points.length; i++) {
      const c = points[i];
      if (c < n && ++delta > MAXINT) return null;
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
          if (q < t) break;
          out += kDigits[t + ((q - t) % (BASE - t))];
          q = Math.floor((q - t) / (BASE - t));
        }
        out += kDigits[q];
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// Punycode-decode a label; returns null when the input is not valid Punycode.
function punycodeDecode(input) {
  const out = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = charToDigit(input.charCodeAt(index++));
      if (digit >= BASE) return null;
      if (digit > Math.floor((MAXINT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAXINT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const len = out.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > MAXINT - n) return null;
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i++, 0, n);
  }
  return fromCodePoints(out);
}

// --- UTS #46 approximation -------------------------------------------------

// Code points the IDNA mapping table maps to nothing.
function isIgnored(cp) {
  return cp === 0xad || cp === 0x34f || (cp >= 0x180b && cp <= 0x180f) || cp === 0x200b ||
    (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206a && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 ||
    cp === 0x3164 || cp === 0xffa0 || (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

const kDisallowed = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\uFFFD\u2488-\u249B\u2100\u2101\u2105\u2106\u2474-\u2487\u249C-\u24B5\u2A74-\u2A76\u2FF0-\u2FFF\u3000\uFE10-\uFE19\uFE30-\uFE4F\uFE50-\uFE6B\uFF01-\uFF0D\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF60\uFFE0-\uFFEE]|(?![\u200C\u200D])\p{Cf}/u;
const kLeadingMark = /^\p{M}/u;
const kVirama = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u0F84\u1039\u103A\u1714\u1715\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA82C\uA8C4\uA953\uA9C0\uAAF6\uABED\u{10A3F}\u{11046}\u{11070}\u{1107F}\u{110B9}\u{11133}\u{11134}\u{111C0}\u{11235}\u{112EA}\u{1134D}\u{11442}\u{114C2}\u{115BF}\u{1163F}\u{116B6}\u{1172B}\u{11839}\u{1193D}\u{1193E}\u{119E0}\u{11A34}\u{11A47}\u{11A99}\u{11C3F}\u{11D44}\u{11D45}\u{11D97}]$/u;
// ZWNJ between joining letters (Arabic-like scripts), ignoring transparent marks.
const kZwnjContext = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}][\p{Mn}\p{Me}\p{Cf}]*$/u;
const kZwnjAfter = /^[\p{Mn}\p{Me}]*[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}]/u;

function mapDomain(domain) {
  // Plain characters (see isPlainChar) and '.' map to themselves.
  let plain = 0;
  while (plain < domain.length) {
    const c = domain.charCodeAt(plain);
    if (c !== 0x2e && !isPlainChar(c)) break;
    plain++;
  }
  if (plain === domain.length) return domain;
  let s = '';
  let start = 0;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) {
        s += domain.slice(start, i) + String.fromCharCode(c + 32);
        start = i + 1;
      }
      continue;
    }
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < domain.length) {
      const d = domain.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; len = 2; }
    }
    s += domain.slice(start, i);
    start = i + len;
    s += mapCodePoint(cp);
    i += len - 1;
  }
  s += domain.slice(start);
  return isSurelyNFC(s) ? s : s.normalize('NFC');
}

// True when every character is one that NFC leaves alone whatever surrounds it (NFC_Quick_Check=Yes
// and combining class 0, and not the second half of any composition): below U+0300, kana except
// the two combining sound marks, CJK unified ideographs, precomposed Hangul syllables. Such a string
// is its own NFC form, without a call into ICU.
function isSurelyNFC(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff && c !== 0x3099 && c !== 0x309a) ||
        (c >= 0xac00 && c <= 0xd7a3)) continue;
    return false;
  }
  return true;
}

// Per-code-point results of the mapping and of bidiClass, remembered: both are pure functions of
// the code point, and computing them costs ICU calls (normalize) or several Unicode-property
// regexps each. Bounded; replaced when full (cheaper than clear() in JSC).
const kCodePointCacheMax = 4096;
let mappedCache = new Map();
let bidiCache = new Map();

function mapCodePoint(cp) {
  let m = mappedCache.get(cp);
  if (m !== undefined) return m;
  if (isIgnored(cp)) {
    m = '';
  } else {
    m = String.fromCodePoint(cp);
    if (cp === 0x1e9e) m = '\u00df';
    else if (cp === 0x3002 || cp === 0xff61 || cp === 0xff0e) m = '.';
    else if (cp !== 0x3c2 && cp !== 0xdf) {
      m = m.normalize('NFKC');
      // Compatibility forms that decompose to a full stop (⒈, ‥, ︒) are disallowed.
      if (m.includes('.') || m.includes('\u3002')) m = '\ufffd';
      else m = m.toLowerCase().normalize('NFKC');
    }
  }
  if (mappedCache.size >= kCodePointCacheMax) mappedCache = new Map();
  mappedCache.set(cp, m);
  return m;
}

function hasNonAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}

// Rough Bidi classes (RFC 5893) from code point ranges: enough for the rule.
const kRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const kArabicNumber = /[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u0890\u0891\u08E2]/u;
const kEuropeanNumber = /[0-9\u06F0-\u06F9\u00B2\u00B3\u00B9\u2070\u2074-\u2079\u2080-\u2089]/u;
const kNsm = /[\p{Mn}\p{Me}]/u;
const kLtr = /[\p{L}\p{Mc}\p{Nd}\p{Nl}]/u;

function bidiClass(ch) {
  let c = bidiCache.get(ch);
  if (c !== undefined) return c;
  if (kNsm.test(ch)) c = 'NSM';
  else if (kArabicNumber.test(ch)) c = 'AN';
  else if (kEuropeanNumber.test(ch)) c = 'EN';
  else if (kRtl.test(ch)) c = 'R';
  else if (kLtr.test(ch)) c = 'L';
  else c = 'ON';
  if (bidiCache.size >= kCodePointCacheMax) bidiCache = new Map();
  bidiCache.set(ch, c);
  return c;
}

function isBidiDomain(labels) {
  for (const label of labels) {
    // Only characters these two match can be R or AN: most labels are settled here.
    if (!kRtl.test(label) && !kArabicNumber.test(label)) continue;
    for (const ch of label) {
      const c = bidiClass(ch);
      if (c === 'R' || c === 'AN') return true;
    }
  }
  return false;
}

function checkBidiLabel(label) {
  if (label === '') return true;
  const classes = [];
  for (const ch of label) classes.push(bidiClass(ch));
  let end = classes.length - 1;
  while (end > 0 && classes[end] === 'NSM') end--;
  if (classes[0] === 'R') {
    let en = false;
    let an = false;
    for (const c of classes) {
      if (c === 'L') return false;
      if (c === 'EN') en = true;
      if (c === 'AN') an = true;
    }
    if (en && an) return false;
    const last = classes[end];
    return last === 'R' || last === 'EN' || last === 'AN';
  }
  if (classes[0] !== 'L') return false;
  for (const c of classes) if (c === 'R' || c === 'AN') return false;
  return classes[end] === 'L' || classes[end] === 'EN';
}

// True when every character is an ASCII lower-case letter, digit or '-', or a letter from a range
// that is assigned, NFC-stable, not a mark, not disallowed and left-to-right: Latin-1 lower case,
// hiragana, katakana, CJK unified ideographs, Hangul syllables. Such a label needs none of the
// regexp checks below, and cannot make a domain a Bidi domain.
function isPlainChar(c) {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30fe) || (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3);
}

function isPlainLabel(label) {
  for (let i = 0; i < label.length; i++) {
    if (!isPlainChar(label.charCodeAt(i))) return false;
  }
  return true;
}

function validateLabel(label) {
  if (isPlainLabel(label)) return !label.startsWith('xn--');
  if (!isSurelyNFC(label) && label.normalize('NFC') !== label) return false;
  if (label.startsWith('xn--')) return false;
  if (kLeadingMark.test(label)) return false;
  if (kDisallowed.test(label)) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x200c || c === 0x200d) {
      const before = label.slice(0, i);
      if (kVirama.test(before)) continue;
      if (c === 0x200c && kZwnjContext.test(before) && kZwnjAfter.test(label.slice(i + 1))) continue;
      return false;
    }
  }
  return true;
}

// UTS #46 ToASCII as the URL Standard calls it; returns null on failure.
function toASCII(domain, beStrict = false, lenientPunycode = false) {
  const mapped = mapDomain(domain);
  const labels = splitAt(mapped, 0x2e);
  const unicodeLabels = labels.slice();
  let plain = true;
  for (let i = 0; i < labels.length; i++) {
    let label = labels[i];
    if (label.length >= 4 && label.charCodeAt(2) === 0x2d && label.charCodeAt(3) === 0x2d &&
        label.startsWith('xn--')) {
      if (lenientPunycode) continue;
      if (hasNonAscii(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || !hasNonAscii(decoded)) return null;
      if (mapDomain(decoded) !== decoded || decoded.includes('.') || !validateLabel(decoded)) return null;
      unicodeLabels[i] = decoded;
      plain = false;
    } else if (hasNonAscii(label)) {
      // A plain label is valid here (the branch above took the xn-- ones).
      if (!isPlainLabel(label)) {
        plain = false;
        if (!validateLabel(label)) return null;
      }
      const encoded = punycodeEncode(label);
      if (encoded === null) return null;
      label = 'xn--' + encoded;
      labels[i] = label;
    }
    if (beStrict && (label.length > 63 || label.length === 0)) return null;
  }
  if (!plain && isBidiDomain(unicodeLabels)) {
    for (const label of unicodeLabels) if (!checkBidiLabel(label)) return null;
  }
  const result = joinConcat(labels, '.');
  if (beStrict && result.length > 253) return null;
  return result;
}

// UTS #46 ToUnicode: decodes every valid xn-- label; `null` when any label
// is invalid (node then answers '').
function toUnicode(domain) {
  const mapped = mapDomain(domain);
  const labels = splitAt(mapped, 0x2e);
  let ok = true;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--')) {
      const decoded = hasNonAscii(label) ? null : punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || !hasNonAscii(decoded) || !validateLabel(decoded)) {
        ok = false;
        continue;
      }
      labels[i] = decoded;
    } else if (hasNonAscii(label) && !validateLabel(label)) {
      ok = false;
    }
  }
  return ok ? labels.join('.') : null;
}

module.exports = {
  punycodeEncode,
  punycodeDecode,
  toCodePoints,
  fromCodePoints,
  toASCII,
  toUnicode,
};
