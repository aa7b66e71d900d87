/* internalBinding('buffer'): byte <-> string conversions done in bulk in C (one crossing per call). */
#include <stdlib.h>
#include <string.h>
#include "../util/utf8.h"
#include "bindings.h"

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
  JSStringRef s = JSValueToStringCopy(ctx, ARG(0), exc);
  if (!s) return NULL;
  size_t n = nodec_utf16_utf8_length(JSStringGetCharactersPtr(s), JSStringGetLength(s));
  JSStringRelease(s);
  return JSValueMakeNumber(ctx, (double)n);
}

/* utf8Slice(bytes, start, end) -> string */
NODEC_FN(utf8_slice) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  size_t start = argc > 1 ? (size_t)JSValueToNumber(ctx, argv[1], NULL) : 0;
  size_t end = argc > 2 ? (size_t)JSValueToNumber(ctx, argv[2], NULL) : len;
  if (end > len) end = len;
  if (!p || start >= end) return nodec_string(ctx, "");
  return nodec_string_n(ctx, (const char *)p + start, end - start);
}

/* utf8Write(bytes, string, offset, maxLength) -> bytes written; never splits a character. */
NODEC_FN(utf8_write) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  JSStringRef s = JSValueToStringCopy(ctx, ARG(1), exc);
  if (!s) return NULL;
  size_t off = argc > 2 ? (size_t)JSValueToNumber(ctx, argv[2], NULL) : 0;
  size_t max = argc > 3 ? (size_t)JSValueToNumber(ctx, argv[3], NULL) : len;
  if (off > len) off = len;
  if (max > len - off) max = len - off;
  const JSChar *c = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s), written = 0;
  uint8_t tmp[4];
  for (size_t i = 0; i < n; i++) {
    size_t k = (c[i] >= 0xD800 && c[i] <= 0xDBFF && i + 1 < n && c[i + 1] >= 0xDC00 && c[i + 1] <= 0xDFFF) ? 2 : 1;
    size_t w = nodec_utf16_to_utf8(c + i, k, tmp);
    if (written + w > max) break;
    memcpy(p + off + written, tmp, w);
    written += w;
    i += k - 1;
  }
  JSStringRelease(s);
  return JSValueMakeNumber(ctx, (double)written);
}

static const nodec_fn functions[] = {
    {"setBufferPrototype", set_buffer_prototype},
    {"byteLengthUtf8", byte_length_utf8},
    {"utf8Slice", utf8_slice},
    {"utf8Write", utf8_write},
    {NULL, NULL},
};

void nodec_binding_init_buffer(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
