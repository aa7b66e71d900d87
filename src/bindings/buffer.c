/* internalBinding('buffer'): byte <-> string conversions and byte searches done in bulk in C
 * (one crossing per call). Encodings are small integers shared with lib/internal/buffer.js. */
#include <stdlib.h>
#include <string.h>
#include "../util/utf8.h"
#include "bindings.h"
#include "../runtime/jsstring8.h"
#include "../runtime/jsbytes_view.h"
#include "../runtime/jsstring_view.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { ENC_UTF8, ENC_UCS2, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX };

/* A JS string's characters: read in place when possible (c8 set for an 8-bit string, which is then
 * widened into `wide` only if an encoder needs UTF-16), else through the C API, which upconverts
 * 8-bit strings on first access to the characters. */
typedef struct jstr {
  JSStringRef ref;
  const JSChar *c;
  const uint8_t *c8;
  JSChar *wide;
  size_t n;
} jstr;

static bool get_str(JSContextRef ctx, JSValueRef v, jstr *s, JSValueRef *exc) {
  nodec_strview sv;
  s->ref = NULL;
  s->wide = NULL;
  s->c8 = NULL;
  s->c = NULL;
  if (nodec_string_view_here(v, &sv)) {
    s->n = sv.len;
    if (sv.is8) s->c8 = sv.chars;
    else s->c = sv.chars;
    return true;
  }
  s->ref = JSValueToStringCopy(ctx, v, exc);
  if (!s->ref) return false;
  s->n = JSStringGetLength(s->ref);
  s->c = s->n ? JSStringGetCharactersPtr(s->ref) : NULL;
  return true;
}

/* The UTF-16 units (widening an 8-bit string). */
static const JSChar *str_units(jstr *s) {
  if (s->c || !s->n) return s->c;
  s->wide = malloc(s->n * sizeof(JSChar));
  if (!s->wide) abort();
  for (size_t i = 0; i < s->n; i++) s->wide[i] = s->c8[i];
  return s->c = s->wide;
}

static void str_release(jstr *s) {
  if (s->ref) JSStringRelease(s->ref);
  free(s->wide);
}

static size_t arg_size(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, size_t dflt) {
  if (i >= argc || nodec_is_undefined(argv[i])) return dflt;
  double d = nodec_to_number(ctx, argv[i]);
  if (!(d > 0)) return 0; /* also NaN */
  if (d >= (double)SIZE_MAX) return SIZE_MAX;
  return (size_t)d;
}

/* ---- base64 / hex tables ---- */

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char hexdig[] = "0123456789abcdef";

static inline int hex_val(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  return -1;
}

/* Either alphabet decodes (node is lenient): 0..63 per byte, 254 for '=', 255 for anything else. */
static const uint8_t b64_lut[256] = {
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,  62, 255,  62, 255,  63,
     52,  53,  54,  55,  56,  57,  58,  59,  60,  61, 255, 255, 255, 254, 255, 255,
    255,   0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,  12,  13,  14,
     15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25, 255, 255, 255, 255,  63,
    255,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,
     41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
};

/* Lenient base64 decode of UTF-16 units (only their low byte counts, as in node): characters outside both alphabets are skipped, the first '='
 * ends the data, a trailing group of 2 or 3 characters gives 1 or 2 bytes. At most `max` bytes. */
static size_t b64_decode(const JSChar *c, size_t n, uint8_t *dst, size_t max) {
  size_t o = 0;
  uint32_t acc = 0;
  int k = 0;
  size_t i = 0;
  /* Whole groups of four alphabet characters, three bytes out each; the loop below takes over at
   * the first character that is not (padding, whitespace, junk) and for the tail. */
  while (i + 4 <= n && o + 3 <= max) {
    uint32_t a = b64_lut[c[i] & 0xFF], b = b64_lut[c[i + 1] & 0xFF], d = b64_lut[c[i + 2] & 0xFF],
             e = b64_lut[c[i + 3] & 0xFF];
    if ((a | b | d | e) & 0xC0) break;
    uint32_t v = a << 18 | b << 12 | d << 6 | e;
    dst[o] = (uint8_t)(v >> 16);
    dst[o + 1] = (uint8_t)(v >> 8);
    dst[o + 2] = (uint8_t)v;
    o += 3;
    i += 4;
  }
  for (; i < n && o < max; i++) {
    uint8_t v = b64_lut[c[i] & 0xFF]; /* node reads only the low byte of each unit */
    if (v == 254) break;                /* '=' */
    if (v == 255) continue;
    acc = (acc << 6) | v;
    if (++k == 4) {
      uint8_t b[3] = {(uint8_t)(acc >> 16), (uint8_t)(acc >> 8), (uint8_t)acc};
      for (int j = 0; j < 3 && o < max; j++) dst[o++] = b[j];
      acc = 0;
      k = 0;
    }
  }
  if (k >= 2 && o < max) {
    acc <<= 6 * (4 - k);
    dst[o++] = (uint8_t)(acc >> 16);
    if (k == 3 && o < max) dst[o++] = (uint8_t)(acc >> 8);
  }
  return o;
}

/* Hex pairs until the first invalid pair; an odd last character is ignored. */
static size_t hex_decode(const JSChar *c, size_t n, uint8_t *dst, size_t max) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < max; i += 2) {
    int hi = hex_val(c[i] & 0xFF), lo = hex_val(c[i + 1] & 0xFF); /* low byte only, as node */
    if (hi < 0 || lo < 0) break;
    dst[o++] = (uint8_t)(hi << 4 | lo);
  }
  return o;
}

/* UTF-8 encode at most `max` bytes without splitting a character. */
static size_t utf8_encode_max(const JSChar *s, size_t n, uint8_t *d, size_t max) {
  size_t o = 0, i = 0;
  while (i < n) {
    uint32_t c = s[i];
    if (c < 0x80) {
      if (o >= max) break;
      d[o++] = (uint8_t)c;
      i++;
      continue;
    }
    if (c < 0x800) {
      if (o + 2 > max) break;
      d[o++] = (uint8_t)(0xC0 | (c >> 6));
      d[o++] = (uint8_t)(0x80 | (c & 0x3F));
      i++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      if (o + 4 > max) break;
      uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
      d[o++] = (uint8_t)(0xF0 | (cp >> 18));
      d[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
      d[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
      d[o++] = (uint8_t)(0x80 | (cp & 0x3F));
      i += 2;
      continue;
    }
    if (o + 3 > max) break;
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    d[o++] = (uint8_t)(0xE0 | (c >> 12));
    d[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    d[o++] = (uint8_t)(0x80 | (c & 0x3F));
    i++;
  }
  return o;
}

/* ---- ASCII fast paths (16 units per step with SSE2) ----
 * Text is mostly ASCII; these copy ASCII runs in blocks and hand only the non-ASCII stretches to
 * the general converters in util/utf8.c. A stretch of bytes >= 0x80 never contains the start of
 * an ASCII character, so cutting the input at ASCII bytes gives the same result as one pass. */

/* Widens the ASCII run at the start of s (at most len bytes) into d; returns its length. */
static size_t ascii_run_widen(const uint8_t *s, size_t len, JSChar *d) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= len; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    if (_mm_movemask_epi8(v)) break;
    _mm_storeu_si128((__m128i *)(void *)(d + i), _mm_unpacklo_epi8(v, zero));
    _mm_storeu_si128((__m128i *)(void *)(d + i + 8), _mm_unpackhi_epi8(v, zero));
  }
#endif
  for (; i < len && s[i] < 0x80; i++) d[i] = s[i];
  return i;
}

static size_t utf8_decode_fast(const uint8_t *s, size_t len, JSChar *d) {
  size_t i = 0, o = 0;
  while (i < len) {
    size_t a = ascii_run_widen(s + i, len - i, d + o);
    i += a;
    o += a;
    if (i >= len) break;
    size_t j = i;
    while (j < len && s[j] >= 0x80) j++;
    o += nodec_utf8_to_utf16(s + i, j - i, d + o);
    i = j;
  }
  return o;
}

/* Narrows the ASCII run at the start of s (at most len units) into d; returns its length. */
static size_t ascii_run_narrow(const JSChar *s, size_t len, uint8_t *d) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i high = _mm_set1_epi16((short)0xFF80);
  for (; i + 16 <= len; i += 16) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 8));
    __m128i t = _mm_and_si128(_mm_or_si128(a, b), high);
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(t, _mm_setzero_si128())) != 0xFFFF) break;
    _mm_storeu_si128((__m128i *)(void *)(d + i), _mm_packus_epi16(a, b));
  }
#endif
  for (; i < len && s[i] < 0x80; i++) d[i] = (uint8_t)s[i];
  return i;
}

/* UTF-8 encode with room for the worst case (3 bytes per unit). */
static size_t utf8_encode_fast(const JSChar *s, size_t n, uint8_t *d) {
  size_t i = 0, o = 0;
  while (i < n) {
    size_t a = ascii_run_narrow(s + i, n - i, d + o);
    i += a;
    o += a;
    if (i >= n) break;
    /* Up to the next ASCII unit; a surrogate pair is never cut (neither half is ASCII). */
    size_t j = i;
    while (j < n && s[j] >= 0x80) j++;
    o += nodec_utf16_to_utf8(s + i, j - i, d + o);
    i = j;
  }
  return o;
}

/* Encode `s` into dst (capacity max) in `enc`; returns bytes written. */
static size_t encode(int enc, const JSChar *c, size_t n, uint8_t *dst, size_t max) {
  size_t k;
  switch (enc) {
    case ENC_UCS2:
      k = n < max / 2 ? n : max / 2;
      for (size_t i = 0; i < k; i++) {
        dst[2 * i] = (uint8_t)c[i];
        dst[2 * i + 1] = (uint8_t)(c[i] >> 8);
      }
      return k * 2;
    case ENC_LATIN1:
    case ENC_ASCII:
      k = n < max ? n : max;
      for (size_t i = 0; i < k; i++) dst[i] = (uint8_t)c[i];
      return k;
    case ENC_BASE64:
    case ENC_BASE64URL: return b64_decode(c, n, dst, max);
    case ENC_HEX: return hex_decode(c, n, dst, max);
    default:
      if (max >= n * 3) return utf8_encode_fast(c, n, dst);
      return utf8_encode_max(c, n, dst, max);
  }
}

/* Upper bound of the encoded size, and the exact one for utf8. */
static size_t encoded_size(int enc, const JSChar *c, size_t n) {
  switch (enc) {
    case ENC_UCS2: return n * 2;
    case ENC_LATIN1:
    case ENC_ASCII: return n;
    case ENC_BASE64:
    case ENC_BASE64URL: return n / 4 * 3 + 3;
    case ENC_HEX: return n / 2;
    default: return nodec_utf16_utf8_length(c, n);
  }
}

/* Number of UTF-16 units `decode` makes from `len` bytes (an upper bound for utf8). */
static size_t decoded_units(int enc, size_t len) {
  switch (enc) {
    case ENC_UCS2: return len / 2;
    case ENC_BASE64: return (len + 2) / 3 * 4;
    case ENC_BASE64URL: return (len * 4 + 2) / 3;
    case ENC_HEX: return len * 2;
    default: return len;
  }
}

/* Encodings whose output is all ASCII/Latin-1 write 8-bit characters; `len` bytes make exactly
 * decoded_units(enc, len) of them. */
static void decode8(int enc, const uint8_t *p, size_t len, uint8_t *d) {
  size_t o = 0;
  switch (enc) {
    case ENC_ASCII:
      for (size_t i = 0; i < len; i++) d[i] = p[i] & 0x7F;
      return;
    case ENC_HEX: {
      size_t i = 0;
#ifdef __SSE2__
      /* 16 bytes at a time: split nibbles, map 0-9 to '0'.. and 10-15 to 'a'.., interleave. */
      const __m128i mask = _mm_set1_epi8(0x0f), nine = _mm_set1_epi8(9), zero = _mm_set1_epi8('0');
      const __m128i gap = _mm_set1_epi8('a' - '0' - 10);
      for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), mask), lo = _mm_and_si128(v, mask);
        hi = _mm_add_epi8(_mm_add_epi8(hi, zero), _mm_and_si128(_mm_cmpgt_epi8(hi, nine), gap));
        lo = _mm_add_epi8(_mm_add_epi8(lo, zero), _mm_and_si128(_mm_cmpgt_epi8(lo, nine), gap));
        _mm_storeu_si128((__m128i *)(d + o), _mm_unpacklo_epi8(hi, lo));
        _mm_storeu_si128((__m128i *)(d + o + 16), _mm_unpackhi_epi8(hi, lo));
        o += 32;
      }
#endif
      for (; i < len; i++) {
        d[o++] = (uint8_t)hexdig[p[i] >> 4];
        d[o++] = (uint8_t)hexdig[p[i] & 15];
      }
      return;
    }
    case ENC_BASE64:
    case ENC_BASE64URL: {
      const char *t = enc == ENC_BASE64 ? b64_std : b64_url;
      size_t i = 0;
      for (; i + 3 <= len; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        d[o++] = (uint8_t)t[v >> 18];
        d[o++] = (uint8_t)t[(v >> 12) & 63];
        d[o++] = (uint8_t)t[(v >> 6) & 63];
        d[o++] = (uint8_t)t[v & 63];
      }
      if (i < len) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < len ? (uint32_t)p[i + 1] << 8 : 0);
        d[o++] = (uint8_t)t[v >> 18];
        d[o++] = (uint8_t)t[(v >> 12) & 63];
        if (i + 1 < len) d[o++] = (uint8_t)t[(v >> 6) & 63];
        else if (enc == ENC_BASE64) d[o++] = '=';
        if (enc == ENC_BASE64) d[o++] = '=';
      }
      return;
    }
    default: /* latin1, and utf8 that is all ASCII */
      memcpy(d, p, len);
      return;
  }
}

static JSValueRef decode_value(JSContextRef ctx, int enc, const uint8_t *p, size_t len, JSValueRef *exc) {
  size_t cap = decoded_units(enc, len);
  if (enc != ENC_UCS2 && (enc != ENC_UTF8 || nodec_is_ascii(p, len))) {
    size_t n = cap; /* exact for these encodings */
    if (n > NODEC_STR8_MAX) return nodec_throw_error(ctx, exc, "Error", "ERR_STRING_TOO_LONG", "Cannot create a string this long");
    nodec_str8 s;
    uint8_t *d = nodec_str8_begin(&s, n);
    if (d) decode8(enc, p, len, d);
    return nodec_str8_value(ctx, &s);
  }
  /* UTF-16 output: ucs2, and utf8 with non-ASCII bytes (cap is an upper bound). */
  JSChar stackbuf[512];
  stackbuf[0] = 0; /* silences a gcc false positive; the decoder fills what is used */
  JSChar *buf = cap <= 512 ? stackbuf : malloc(cap * sizeof(JSChar));
  if (!buf) abort();
  size_t n = 0;
  if (enc == ENC_UCS2)
    for (size_t i = 0; i + 1 < len; i += 2) buf[n++] = (JSChar)(p[i] | p[i + 1] << 8);
  else
    n = utf8_decode_fast(p, len, buf);
  JSValueRef v = nodec_utf16_value(ctx, buf, n);
  if (buf != stackbuf) free(buf);
  return v;
}

/* (bytes, start, end) clamped to the view. */
static const uint8_t *byte_range(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                                 size_t *out_len, JSValueRef *exc) {
  /* The numbers first: converting one may run JS, after which an in-place pointer is stale. */
  size_t start = arg_size(ctx, argc, argv, i + 1, 0), end = arg_size(ctx, argc, argv, i + 2, SIZE_MAX);
  size_t len = 0;
  uint8_t *p = nodec_bytes_now(ctx, ARG(i), &len, exc);
  if (end > len) end = len;
  if (!p || start >= end) {
    *out_len = 0;
    return p;
  }
  *out_len = end - start;
  return p + start;
}

/* ---- bindings ---- */

NODEC_FN(set_buffer_prototype) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return NULL;
  if (rt->buffer_prototype) JSValueUnprotect(ctx, rt->buffer_prototype);
  rt->buffer_prototype = (JSObjectRef)argv[0];
  JSValueProtect(ctx, rt->buffer_prototype);
  return NULL;
}

NODEC_FN(byte_length_utf8) {
  NODEC_UNUSED_FN_ARGS;
  jstr s;
  if (!get_str(ctx, ARG(0), &s, exc)) return NULL;
  size_t n = s.n;
  if (s.c8) {
    for (size_t i = 0; i < s.n; i++) n += s.c8[i] >> 7;
  } else {
    n = nodec_utf16_utf8_length(s.c, s.n);
  }
  str_release(&s);
  return nodec_number((double)n);
}

/* decode(bytes, start, end, enc) -> string */
NODEC_FN(decode_fn) {
  NODEC_UNUSED_FN_ARGS;
  size_t len;
  const uint8_t *p = byte_range(ctx, argc, argv, 0, &len, exc);
  int enc = (int)nodec_to_number(ctx, ARG(3));
  if (!len) return nodec_string(ctx, "");
  return decode_value(ctx, enc, p, len, exc);
}

/* utf8Slice(bytes, start, end) -> string */
NODEC_FN(utf8_slice) {
  NODEC_UNUSED_FN_ARGS;
  size_t len;
  const uint8_t *p = byte_range(ctx, argc, argv, 0, &len, exc);
  if (!len) return nodec_string(ctx, "");
  return decode_value(ctx, ENC_UTF8, p, len, exc);
}

/* Shared by utf8Write and encodeInto: (bytes, string, offset, maxLength) -> bytes written. */
static JSValueRef write_common(JSContextRef ctx, size_t argc, const JSValueRef argv[], int enc, JSValueRef *exc) {
  /* The string and numbers first: converting them may run JS, after which an in-place pointer is
   * stale. */
  jstr s;
  if (!get_str(ctx, ARG(1), &s, exc)) return NULL;
  size_t off = arg_size(ctx, argc, argv, 2, 0);
  size_t max = arg_size(ctx, argc, argv, 3, SIZE_MAX);
  size_t len = 0;
  uint8_t *p = nodec_bytes_now(ctx, ARG(0), &len, exc);
  if (off > len) off = len;
  if (max > len - off) max = len - off;
  size_t w = p && s.n ? encode(enc, str_units(&s), s.n, p + off, max) : 0;
  str_release(&s);
  return nodec_number((double)w);
}

NODEC_FN(utf8_write) {
  NODEC_UNUSED_FN_ARGS;
  return write_common(ctx, argc, argv, ENC_UTF8, exc);
}

/* encodeInto(bytes, string, offset, maxLength, enc) -> bytes written */
NODEC_FN(encode_into) {
  NODEC_UNUSED_FN_ARGS;
  return write_common(ctx, argc, argv, (int)JSValueToNumber(ctx, ARG(4), NULL), exc);
}

/* fromString(string, enc) -> a new Buffer holding exactly the encoded bytes. */
NODEC_FN(from_string) {
  NODEC_UNUSED_FN_ARGS;
  jstr s;
  if (!get_str(ctx, ARG(0), &s, exc)) return NULL;
  int enc = (int)JSValueToNumber(ctx, ARG(1), NULL);
  if (s.c8 && (enc == ENC_UTF8 || enc == ENC_LATIN1) && s.n <= ((size_t)1 << 29)) {
    /* An 8-bit string: Latin-1 bytes as they are, UTF-8 at most two bytes each. */
    size_t cap8 = enc == ENC_UTF8 ? s.n * 2 : s.n;
    uint8_t *q = malloc(cap8 ? cap8 : 1);
    if (!q) return nodec_throw_error(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
    size_t k = enc == ENC_UTF8 ? nodec_latin1_to_utf8(s.c8, s.n, q) : s.n;
    if (enc != ENC_UTF8 && k) memcpy(q, s.c8, k);
    if (k < cap8 && cap8 - k > 64) {
      uint8_t *r = realloc(q, k ? k : 1);
      if (r) q = r;
    }
    return nodec_new_buffer(rt, q, k);
  }
  str_units(&s);
  /* utf8: allocate the worst case and shrink after, one pass over the string instead of two. */
  size_t cap = enc == ENC_UTF8 && s.n <= ((size_t)1 << 28) ? s.n * 3 : encoded_size(enc, s.c, s.n);
  uint8_t *p = malloc(cap ? cap : 1);
  if (!p) {
    str_release(&s);
    return nodec_throw_error(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  }
  size_t n = s.n ? encode(enc, s.c, s.n, p, cap) : 0;
  str_release(&s);
  if (n < cap && cap - n > 64) {
    uint8_t *q = realloc(p, n ? n : 1);
    if (q) p = q;
  }
  return nodec_new_buffer(rt, p, n);
}

/* allocUnsafe(size, pin) -> a new Buffer over uninitialized malloc'd memory (node's allocUnsafe contract).
 * JS-side `new Uint8Array(n)` zero-fills fresh pages on every pool refill; malloc reuses freed
 * memory without page faults or clearing. The caller has validated size (<= 4 GiB). */
NODEC_FN(alloc_unsafe) {
  NODEC_UNUSED_FN_ARGS;
  size_t n = arg_size(ctx, argc, argv, 0, 0);
  uint8_t *p = malloc(n ? n : 1);
  if (!p) return nodec_throw_error(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  JSObjectRef b = nodec_new_buffer(rt, p, n);
  /* allocUnsafe(size, true): the Buffer pool. Taking its bytes pointer through the C API locks
   * the ArrayBuffer in JSC, so it can never be transferred or detached (node's pool is
   * untransferable too: every pooled Buffer shares it). */
  if (JSValueToBoolean(ctx, ARG(1))) JSObjectGetTypedArrayBytesPtr(ctx, b, NULL);
  return b;
}

/* compare(a, b, aStart, aEnd, bStart, bEnd) -> -1 / 0 / 1 */
NODEC_FN(compare) {
  NODEC_UNUSED_FN_ARGS;
  /* The numbers before the bytes read in place (a conversion may run JS). */
  size_t as = arg_size(ctx, argc, argv, 2, 0), ae = arg_size(ctx, argc, argv, 3, SIZE_MAX);
  size_t bs = arg_size(ctx, argc, argv, 4, 0), be = arg_size(ctx, argc, argv, 5, SIZE_MAX);
  size_t al = 0, bl = 0;
  const uint8_t *a = nodec_bytes_now(ctx, ARG(0), &al, exc), *b = nodec_bytes_now(ctx, ARG(1), &bl, exc);
  if (ae > al) ae = al;
  if (be > bl) be = bl;
  size_t an = as < ae ? ae - as : 0, bn = bs < be ? be - bs : 0;
  size_t m = an < bn ? an : bn;
  int r = m ? memcmp(a + as, b + bs, m) : 0;
  if (r == 0) r = an < bn ? -1 : an > bn ? 1 : 0;
  return nodec_number(r < 0 ? -1 : r > 0 ? 1 : 0);
}

static bool match16(const uint8_t *h, const uint8_t *n, size_t units) {
  return memcmp(h, n, units * 2) == 0;
}

/* indexOf(haystack, needle, byteOffset, forward, ucs2) -> index or -1. byteOffset is already
 * normalized to [0, haystack length] by the caller; needle is non-empty. With ucs2, only even
 * offsets match (the haystack is read as 16-bit units, as node does). */
NODEC_FN(index_of) {
  NODEC_UNUSED_FN_ARGS;
  size_t hl = 0, nl = 0;
  size_t off = arg_size(ctx, argc, argv, 2, 0);
  bool fwd = JSValueToBoolean(ctx, ARG(3)), ucs2 = JSValueToBoolean(ctx, ARG(4));
  const uint8_t *h = nodec_bytes_now(ctx, ARG(0), &hl, exc), *nd = nodec_bytes_now(ctx, ARG(1), &nl, exc);
  double r = -1;
  if (!h || !nd || !nl || nl > hl) return nodec_number(-1);
  if (ucs2) {
    size_t hu = hl / 2, nu = nl / 2, o = off / 2;
    if (!nu || nu > hu) return nodec_number(-1);
    if (fwd) {
      for (size_t i = o; i + nu <= hu; i++)
        if (match16(h + 2 * i, nd, nu)) { r = (double)(2 * i); break; }
    } else {
      size_t i = o < hu - nu ? o : hu - nu;
      for (;; i--) {
        if (match16(h + 2 * i, nd, nu)) { r = (double)(2 * i); break; }
        if (!i) break;
      }
    }
    return nodec_number(r);
  }
  if (fwd) {
    if (off <= hl - nl) {
      const uint8_t *f = memmem(h + off, hl - off, nd, nl);
      if (f) r = (double)(f - h);
    }
  } else {
    size_t i = off < hl - nl ? off : hl - nl;
    uint8_t first = nd[0];
    for (;;) {
      const uint8_t *f = memrchr(h, first, i + 1);
      if (!f) break;
      i = (size_t)(f - h);
      if (memcmp(f, nd, nl) == 0) { r = (double)i; break; }
      if (!i) break;
      i--;
    }
  }
  return nodec_number(r);
}

NODEC_FN(is_utf8) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  const uint8_t *p = nodec_bytes_now(ctx, ARG(0), &len, exc);
  return nodec_boolean(!len || nodec_utf8_valid(p, len));
}

NODEC_FN(is_ascii) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  const uint8_t *p = nodec_bytes_now(ctx, ARG(0), &len, exc);
  return nodec_boolean(!len || nodec_is_ascii(p, len));
}

/* swap(bytes, size): reverse every size-byte group in place (length checked by the caller). */
NODEC_FN(swap) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  size_t w = arg_size(ctx, argc, argv, 1, 2);
  if (!p || (w != 2 && w != 4 && w != 8)) return NULL;
  for (size_t i = 0; i + w <= len; i += w)
    for (size_t a = i, b = i + w - 1; a < b; a++, b--) {
      uint8_t t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  return NULL;
}

/* An encoding given by name (node's spellings, any case) or by id; -1 if unknown. */
static int encoding_arg(JSContextRef ctx, JSValueRef v) {
  if (JSValueIsNumber(ctx, v)) {
    double d = JSValueToNumber(ctx, v, NULL);
    return d >= ENC_UTF8 && d <= ENC_HEX ? (int)d : -1;
  }
  if (!JSValueIsString(ctx, v)) return ENC_UTF8;
  char name[16];
  JSStringRef r = JSValueToStringCopy(ctx, v, NULL);
  if (!r) return -1;
  size_t n = JSStringGetUTF8CString(r, name, sizeof name);
  JSStringRelease(r);
  for (size_t i = 0; i < n; i++)
    if (name[i] >= 'A' && name[i] <= 'Z') name[i] = (char)(name[i] + 32);
  static const struct { const char *name; int enc; } names[] = {
      {"utf8", ENC_UTF8},     {"utf-8", ENC_UTF8},      {"ucs2", ENC_UCS2},     {"ucs-2", ENC_UCS2},
      {"utf16le", ENC_UCS2},  {"utf-16le", ENC_UCS2},   {"latin1", ENC_LATIN1}, {"binary", ENC_LATIN1},
      {"ascii", ENC_ASCII},   {"base64", ENC_BASE64},   {"base64url", ENC_BASE64URL}, {"hex", ENC_HEX},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(name, names[i].name) == 0) return names[i].enc;
  return -1;
}

/* fill(buf, value, start, end, encoding), node's binding: repeats value (a byte, a string in
 * `encoding`, or bytes) over buf[start, end). A negative or past-the-end start/end throws
 * ERR_OUT_OF_RANGE; returns -1 when the value encodes to no bytes, undefined otherwise. */
NODEC_FN(fill_pattern) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0, pl = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  double ds = JSValueToNumber(ctx, ARG(2), NULL);
  double de = argc > 3 && !JSValueIsUndefined(ctx, argv[3]) ? JSValueToNumber(ctx, argv[3], NULL) : (double)len;
  if (!(ds >= 0) || !(de >= 0) || ds > (double)len || de > (double)len)
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Index out of range");
  size_t start = (size_t)ds, end = (size_t)de;
  if (!p || start >= end) return NULL;
  size_t n = end - start;
  JSValueRef val = ARG(1);
  if (JSValueIsNumber(ctx, val)) {
    double d = JSValueToNumber(ctx, val, NULL);
    memset(p + start, d == d ? (int)((uint32_t)(int64_t)d & 255) : 0, n);
    return NULL;
  }
  uint8_t *owned = NULL;
  const uint8_t *pat;
  if (JSValueIsString(ctx, val)) {
    int enc = encoding_arg(ctx, ARG(4));
    if (enc < 0) return nodec_throw_error(ctx, exc, "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding");
    jstr str;
    if (!get_str(ctx, val, &str, exc)) return NULL;
    str_units(&str);
    size_t cap = encoded_size(enc, str.c, str.n);
    owned = malloc(cap ? cap : 1);
    if (!owned) {
      str_release(&str);
      return nodec_throw_error(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
    }
    pl = str.n ? encode(enc, str.c, str.n, owned, cap) : 0;
    str_release(&str);
    pat = owned;
  } else {
    pat = nodec_bytes(ctx, val, &pl, exc);
  }
  if (!pat || !pl) {
    free(owned);
    return nodec_number(-1);
  }
  size_t first = pl < n ? pl : n;
  memmove(p + start, pat, first);
  /* Doubling copies: each round copies what is already filled. */
  for (size_t done = first; done < n;) {
    size_t k = done < n - done ? done : n - done;
    memcpy(p + start + done, p + start, k);
    done += k;
  }
  free(owned);
  return NULL;
}

static const nodec_fn functions[] = {
    {"setBufferPrototype", set_buffer_prototype},
    {"byteLengthUtf8", byte_length_utf8},
    {"utf8Slice", utf8_slice},
    {"utf8Write", utf8_write},
    {"decode", decode_fn},
    {"encodeInto", encode_into},
    {"fromString", from_string},
    {"compare", compare},
    {"allocUnsafe", alloc_unsafe},
    {"indexOf", index_of},
    {"isUtf8", is_utf8},
    {"isAscii", is_ascii},
    {"swap", swap},
    {"fill", fill_pattern},
    {NULL, NULL},
};

void nodec_binding_init_buffer(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
