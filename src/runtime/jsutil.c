#include "jsutil.h"
#include "jsstring_view.h"
#include "jsbytes_view.h"
#include "fastcall.h"
#include "jsstring8.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../util/utf8.h"
#include "jsc_private.h"

/* A native function object's private data: which C function to run, in which runtime. */
typedef struct native_fn_data {
  nodec_runtime *rt;
  nodec_native fn;
} native_fn_data;

static JSValueRef native_trampoline(JSContextRef ctx, JSObjectRef function, JSObjectRef self,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  native_fn_data *d = JSObjectGetPrivate(function);
  /* JSC drops the API lock around every C callback, so each API call inside would take and release
   * it again (~90 ns each, measured). Taking it once here makes those nested takes a counter bump
   * (~30 ns). Releasing it inside a callback never drains microtasks (JSC skips the drain while a
   * lock drop is in effect), so ordering is unchanged. */
  JSLock(ctx);
  JSValueRef r = d->fn(d->rt, ctx, self, argc, argv, exc);
  if (!r) r = JSValueMakeUndefined(ctx);
  JSUnlock(ctx);
  return r;
}

static void native_finalize(JSObjectRef obj) { free(JSObjectGetPrivate(obj)); }

void nodec_jsutil_init(nodec_runtime *rt) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "Function";
  def.callAsFunction = native_trampoline;
  def.finalize = native_finalize;
  rt->native_fn_class = JSClassCreate(&def);
  /* nodec_to_number / nodec_is_undefined read value bits directly: refuse to run on an engine
   * build that encodes values otherwise (a 32-bit one), rather than misread every argument. */
  JSContextRef ctx = rt->ctx;
  bool encoding_ok = nodec_is_undefined(JSValueMakeUndefined(ctx)) &&
                     (uint64_t)(uintptr_t)JSValueMakeNumber(ctx, 7) == (NODEC_NUMBER_TAG | 7) &&
                     !nodec_is_cell(JSValueMakeNull(ctx)) && !nodec_is_cell(JSValueMakeBoolean(ctx, true)) &&
                     !nodec_is_cell(JSValueMakeBoolean(ctx, false)) && !nodec_is_cell(JSValueMakeUndefined(ctx)) &&
                     !nodec_is_cell(JSValueMakeNumber(ctx, 0.5)) && nodec_is_cell(JSObjectMake(ctx, NULL, NULL));
  encoding_ok = encoding_ok && nodec_boolean(true) == JSValueMakeBoolean(ctx, true) &&
                nodec_boolean(false) == JSValueMakeBoolean(ctx, false) && nodec_null() == JSValueMakeNull(ctx) &&
                nodec_undefined() == JSValueMakeUndefined(ctx);
  const double probes[] = {7, -1, 0.5, 2147483648.0, -2147483648.0, -2147483649.0, -0.0, 0, 1e300, -1e-300,
                           __builtin_inf(), -__builtin_inf(), __builtin_nan(""), 9007199254740993.0};
  for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
    JSValueRef v = JSValueMakeNumber(ctx, probes[i]);
    double d = nodec_to_number(ctx, v);
    encoding_ok = encoding_ok && nodec_number(probes[i]) == v &&
                  (probes[i] != probes[i] ? d != d : __builtin_memcmp(&d, &probes[i], sizeof d) == 0);
  }
  if (!encoding_ok) {
    fprintf(stderr, "nodec: unsupported JavaScriptCore value encoding\n");
    abort();
  }
  nodec_fastcall_init(rt);
  nodec_strview_init(rt);
  nodec_bytesview_init(rt);
}

void nodec_jsutil_dispose(nodec_runtime *rt) {
  nodec_bytesview_dispose(rt);
  nodec_strview_dispose(rt);
  nodec_fastcall_dispose(rt);
  if (rt->function_prototype) JSValueUnprotect(rt->ctx, rt->function_prototype);
  rt->function_prototype = NULL;
  if (rt->native_fn_class) JSClassRelease(rt->native_fn_class);
  rt->native_fn_class = NULL;
}

JSObjectRef nodec_make_function(nodec_runtime *rt, const char *name, nodec_native fn) {
  JSObjectRef fast = nodec_fastcall_function(rt, name, fn);
  if (fast) return fast;
  native_fn_data *d = malloc(sizeof *d);
  if (!d) abort();
  d->rt = rt;
  d->fn = fn;
  JSObjectRef f = JSObjectMake(rt->ctx, rt->native_fn_class, d);
  /* Function.prototype, so .call/.apply/.bind work like on any function (looked up once). */
  if (!rt->function_prototype) {
    JSValueRef F = nodec_get(rt->ctx, JSContextGetGlobalObject(rt->ctx), "Function");
    rt->function_prototype = (JSObjectRef)nodec_get(rt->ctx, (JSObjectRef)F, "prototype");
    JSValueProtect(rt->ctx, rt->function_prototype);
  }
  JSObjectSetPrototype(rt->ctx, f, rt->function_prototype);
  nodec_set_function_name(rt, f, name);
  return f;
}

void nodec_set_function_name(nodec_runtime *rt, JSObjectRef f, const char *name) {
  /* Defined, not set: Function.prototype.name (read-only) would make a plain set fail silently. */
  nodec_define(rt->ctx, f, "name", nodec_string(rt->ctx, name), kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum);
}

void nodec_define(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v, JSPropertyAttributes attrs) {
  JSObjectRef object = (JSObjectRef)nodec_get(ctx, JSContextGetGlobalObject(ctx), "Object");
  JSObjectRef define = (JSObjectRef)nodec_get(ctx, object, "defineProperty");
  JSObjectRef desc = JSObjectMake(ctx, NULL, NULL);
  nodec_set(ctx, desc, "value", v);
  nodec_set(ctx, desc, "writable", JSValueMakeBoolean(ctx, !(attrs & kJSPropertyAttributeReadOnly)));
  nodec_set(ctx, desc, "enumerable", JSValueMakeBoolean(ctx, !(attrs & kJSPropertyAttributeDontEnum)));
  nodec_set(ctx, desc, "configurable", JSValueMakeBoolean(ctx, !(attrs & kJSPropertyAttributeDontDelete)));
  JSValueRef args[3] = {obj, nodec_string(ctx, name), desc};
  JSObjectCallAsFunction(ctx, define, NULL, 3, args, NULL);
}

JSObjectRef nodec_class_prototype(JSContextRef ctx, JSClassRef cls) {
  JSValueRef proto = JSObjectGetPrototype(ctx, JSObjectMake(ctx, cls, NULL));
  return JSValueIsObject(ctx, proto) ? (JSObjectRef)proto : NULL;
}

void nodec_set_functions(nodec_runtime *rt, JSObjectRef target, const nodec_fn *fns) {
  for (; fns->name; fns++) nodec_set(rt->ctx, target, fns->name, nodec_make_function(rt, fns->name, fns->fn));
}

void nodec_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v) {
  JSStringRef n = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, n, v, kJSPropertyAttributeNone, NULL);
  JSStringRelease(n);
}

void nodec_set_number(JSContextRef ctx, JSObjectRef obj, const char *name, double v) {
  nodec_set(ctx, obj, name, JSValueMakeNumber(ctx, v));
}

void nodec_set_string(JSContextRef ctx, JSObjectRef obj, const char *name, const char *utf8) {
  nodec_set(ctx, obj, name, nodec_string(ctx, utf8));
}

JSValueRef nodec_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSStringRef n = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, n, NULL);
  JSStringRelease(n);
  return v;
}

JSStringRef nodec_jsstring(const char *utf8, size_t len) {
  /* ASCII: an 8-bit string, one copy (JSC's own UTF-8 path goes through UTF-16 and needs a NUL). */
  if (nodec_is_ascii((const uint8_t *)utf8, len) && len <= NODEC_STR8_MAX)
    return nodec_latin1_ref((const uint8_t *)utf8, len);
  uint16_t *buf = malloc((len ? len : 1) * sizeof(uint16_t));
  if (!buf) abort();
  size_t n = nodec_utf8_to_utf16((const uint8_t *)utf8, len, buf);
  JSStringRef s = JSStringCreateWithCharacters(buf, n);
  free(buf);
  return s;
}

JSValueRef nodec_string_n(JSContextRef ctx, const char *utf8, size_t len) {
  if (nodec_is_ascii((const uint8_t *)utf8, len) && len <= NODEC_STR8_MAX)
    return nodec_latin1_value(ctx, (const uint8_t *)utf8, len);
  uint16_t stackbuf[256];
  uint16_t *buf = len <= 256 ? stackbuf : malloc(len * sizeof(uint16_t));
  if (!buf) abort();
  size_t n = nodec_utf8_to_utf16((const uint8_t *)utf8, len, buf);
  JSValueRef v = nodec_utf16_value(ctx, buf, n);
  if (buf != stackbuf) free(buf);
  return v;
}

JSValueRef nodec_string(JSContextRef ctx, const char *utf8) {
  return nodec_string_n(ctx, utf8 ? utf8 : "", utf8 ? strlen(utf8) : 0);
}

/* UTF-16 units the UTF-8 text p[0..n) stands for. */
static size_t utf16_units_of_utf8(const uint8_t *p, size_t n) {
  size_t units = 0;
  for (size_t i = 0; i < n; i++) units += ((p[i] & 0xC0) != 0x80) + (p[i] >= 0xF0);
  return units;
}

char *nodec_jsstring_to_utf8(JSStringRef s, size_t *len_out) {
  size_t n = JSStringGetLength(s);
  char *out = malloc(n * 3 + 1);
  if (!out) abort();
  /* JSC converts an 8-bit string straight from its storage (JSStringGetCharactersPtr would first
   * make a UTF-16 copy), but it stops at a lone surrogate: when the output does not account for
   * every unit, convert ourselves (lone surrogates become U+FFFD, as node). */
  size_t written = JSStringGetUTF8CString(s, out, n * 3 + 1);
  size_t len = written ? written - 1 : 0;
  if (utf16_units_of_utf8((const uint8_t *)out, len) != n) {
    len = nodec_utf16_to_utf8(JSStringGetCharactersPtr(s), n, (uint8_t *)out);
    out[len] = 0;
  }
  if (len_out) *len_out = len;
  return out;
}

char *nodec_to_utf8(JSContextRef ctx, JSValueRef v, size_t *len_out, JSValueRef *exc) {
  nodec_strview sv;
  if (nodec_string_view_here(v, &sv)) {
    char *out = malloc(sv.len * (sv.is8 ? 2 : 3) + 1);
    if (!out) abort();
    size_t len = sv.is8 ? nodec_latin1_to_utf8(sv.chars, sv.len, (uint8_t *)out)
                        : nodec_utf16_to_utf8(sv.chars, sv.len, (uint8_t *)out);
    out[len] = 0;
    if (len_out) *len_out = len;
    return out;
  }
  JSValueRef e = NULL;
  JSStringRef s = JSValueToStringCopy(ctx, v, &e);
  if (!s) {
    if (exc) *exc = e;
    return NULL;
  }
  char *out = nodec_jsstring_to_utf8(s, len_out);
  JSStringRelease(s);
  return out;
}

JSValueRef nodec_throw_error(JSContextRef ctx, JSValueRef *exc, const char *kind, const char *code,
                             const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef ctor = nodec_get(ctx, global, kind ? kind : "Error");
  JSValueRef m = nodec_string(ctx, msg);
  JSObjectRef err = JSObjectCallAsConstructor(ctx, (JSObjectRef)ctor, 1, &m, NULL);
  if (err && code) nodec_set_string(ctx, err, "code", code);
  *exc = err;
  return NULL;
}

JSValueRef nodec_uv_error(nodec_runtime *rt, int err, const char *syscall, const char *path,
                          const char *dest) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef make = rt->callbacks[NODEC_CB_UV_EXCEPTION];
  if (!make) {
    /* Before the bootstrap installed the JS formatter: a plain Error with the same message. */
    char msg[1024];
    snprintf(msg, sizeof msg, "%s: %s, %s%s%s%s", uv_err_name(err), uv_strerror(err), syscall,
             path ? " '" : "", path ? path : "", path ? "'" : "");
    JSValueRef m = nodec_string(ctx, msg);
    return JSObjectMakeError(ctx, 1, &m, NULL);
  }
  JSValueRef args[4] = {
      JSValueMakeNumber(ctx, err),
      nodec_string(ctx, syscall),
      path ? nodec_string(ctx, path) : JSValueMakeUndefined(ctx),
      dest ? nodec_string(ctx, dest) : JSValueMakeUndefined(ctx),
  };
  JSValueRef e = NULL;
  JSValueRef r = JSObjectCallAsFunction(ctx, make, NULL, 4, args, &e);
  return r ? r : e;
}

JSValueRef nodec_throw_uv(nodec_runtime *rt, JSValueRef *exc, int err, const char *syscall,
                          const char *path, const char *dest) {
  *exc = nodec_uv_error(rt, err, syscall, path, dest);
  return NULL;
}

uint8_t *nodec_bytes(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc) {
  if (!nodec_is_object(ctx, v)) {
    *len = 0;
    return NULL;
  }
  JSObjectRef o = (JSObjectRef)v;
  /* Typed arrays and DataViews first: the pointer call answers NULL for anything else. */
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  if (base) {
    *len = JSObjectGetTypedArrayByteLength(ctx, o, exc);
    return base + JSObjectGetTypedArrayByteOffset(ctx, o, exc);
  }
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, exc);
  if (t == kJSTypedArrayTypeNone) {
    *len = 0;
    return NULL;
  }
  if (t == kJSTypedArrayTypeArrayBuffer) {
    *len = JSObjectGetArrayBufferByteLength(ctx, o, exc);
    return JSObjectGetArrayBufferBytesPtr(ctx, o, exc);
  }
  /* A typed array or DataView without storage (empty or detached). */
  *len = JSObjectGetTypedArrayByteLength(ctx, o, exc);
  return NULL;
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* JSC sizes the allocation budget between collections from the whole heap, dead big Buffers
 * included until the next collection: after one 64 MB Buffer the next ~64 MB of allocation landed in
 * fresh pages, a page fault every 4 KB, and the dead Buffers stayed mapped. An eden collection every
 * BUFFER_GC_BYTES of Buffers made over C memory (the Buffer pool's chunks among them) frees the dead
 * young ones and keeps the budget small (10k 4 KB readFileSync after writing a 64 MB Buffer:
 * 207-213 -> 119-123 ms, node ~150; without the 64 MB Buffer 113-118 ms either way). Where JSC
 * collects more often anyway this adds one eden collection per BUFFER_GC_BYTES;
 * NODEC_BUFFER_GC=0 turns it off. */
enum { BUFFER_GC_BYTES = 16 << 20 };

static void note_buffer_bytes(nodec_runtime *rt, size_t len) {
  rt->buffer_bytes += len;
  if (rt->buffer_bytes < BUFFER_GC_BYTES) return;
  rt->buffer_bytes = 0;
  if (!rt->buffer_gc_off) JSSynchronousEdenCollectForDebugging(rt->ctx);
}

JSObjectRef nodec_new_buffer(nodec_runtime *rt, uint8_t *bytes, size_t len) {
  JSObjectRef b = JSObjectMakeTypedArrayWithBytesNoCopy(rt->ctx, kJSTypedArrayTypeUint8Array, bytes, len,
                                                        free_bytes, NULL, NULL);
  if (rt->buffer_prototype) JSObjectSetPrototype(rt->ctx, b, rt->buffer_prototype);
  /* No JSReportExtraMemoryCost: JSC already counts a no-copy ArrayBuffer's bytes (JSC_logGC showed a
   * 64 MB Buffer as 128 MB of oversized allocation with both). */
  note_buffer_bytes(rt, len);
  return b;
}
