#include "utf8.h"
#include <string.h>

int nodec_is_ascii(const uint8_t *src, size_t len) {
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, src + i, 8);
    if (w & 0x8080808080808080ull) return 0;
  }
  for (; i < len; i++)
    if (src[i] & 0x80) return 0;
  return 1;
}

/* The end of the run of ASCII bytes from s[i], taken eight at a time (it may stop before a last
 * few ASCII bytes: callers go on byte by byte). */
static size_t ascii_run(const uint8_t *s, size_t i, size_t len) {
  while (i + 8 <= len) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  return i;
}

size_t nodec_latin1_to_utf8(const uint8_t *s, size_t len, uint8_t *dst) {
  size_t i = 0, o = 0;
  while (i < len) {
    size_t end = ascii_run(s, i, len);
    memcpy(dst + o, s + i, end - i);
    o += end - i;
    i = end;
    if (i >= len) break;
    uint8_t c = s[i++];
    if (c < 0x80) {
      dst[o++] = c;
    } else {
      dst[o++] = (uint8_t)(0xC0 | (c >> 6));
      dst[o++] = (uint8_t)(0x80 | (c & 0x3F));
    }
  }
  return o;
}

/* Decoder per the Encoding Standard: maximal subparts of ill-formed sequences become one U+FFFD each. */
size_t nodec_utf8_to_utf16(const uint8_t *s, size_t len, uint16_t *dst) {
  size_t i = 0, o = 0;
  while (i < len) {
    for (size_t end = ascii_run(s, i, len); i < end; i++) dst[o++] = s[i];
    if (i >= len) break;
    uint8_t c = s[i];
    if (c < 0x80) { dst[o++] = c; i++; continue; }
    uint32_t cp;
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2; cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3; cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else { dst[o++] = 0xFFFD; i++; continue; }
    size_t j = 1;
    for (; j <= need; j++) {
      if (i + j >= len) break;
      uint8_t b = s[i + j];
      if (b < lo || b > hi) break;
      lo = 0x80; hi = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (j <= need) { dst[o++] = 0xFFFD; i += j; continue; }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      dst[o++] = (uint16_t)(0xD800 | (cp >> 10));
      dst[o++] = (uint16_t)(0xDC00 | (cp & 0x3FF));
    } else {
      dst[o++] = (uint16_t)cp;
    }
  }
  return o;
}

/* Four UTF-16 units at once are ASCII when no bit above 0x7F is set. */
static inline int ascii4(const uint16_t *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  return !(w & 0xFF80FF80FF80FF80ull);
}

size_t nodec_utf16_to_utf8(const uint16_t *s, size_t len, uint8_t *d) {
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    while (i + 4 <= len && ascii4(s + i)) {
      d[o] = (uint8_t)s[i], d[o + 1] = (uint8_t)s[i + 1], d[o + 2] = (uint8_t)s[i + 2], d[o + 3] = (uint8_t)s[i + 3];
      o += 4, i += 4;
    }
    if (i >= len) break;
    uint32_t c = s[i];
    if (c < 0x80) { d[o++] = (uint8_t)c; continue; }
    if (c < 0x800) {
      d[o++] = (uint8_t)(0xC0 | (c >> 6));
      d[o++] = (uint8_t)(0x80 | (c & 0x3F));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      i++;
      d[o++] = (uint8_t)(0xF0 | (cp >> 18));
      d[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
      d[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
      d[o++] = (uint8_t)(0x80 | (cp & 0x3F));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    d[o++] = (uint8_t)(0xE0 | (c >> 12));
    d[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    d[o++] = (uint8_t)(0x80 | (c & 0x3F));
  }
  return o;
}

size_t nodec_utf16_utf8_length(const uint16_t *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    while (i + 4 <= len && ascii4(s + i)) n += 4, i += 4;
    if (i >= len) break;
    uint32_t c = s[i];
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

int nodec_utf8_valid(const uint8_t *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    if (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080ull)) { i += 8; continue; }
    }
    uint8_t c = s[i];
    if (c < 0x80) { i++; continue; }
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else return 0;
    if (need >= len - i) return 0; /* truncated sequence */
    for (size_t j = 1; j <= need; j++) {
      uint8_t b = s[i + j];
      if (b < lo || b > hi) return 0;
      lo = 0x80, hi = 0xBF;
    }
    i += need + 1;
  }
  return 1;
}
