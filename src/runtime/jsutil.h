/* Small helpers every binding uses: native functions that know their runtime, property setters,
 * string conversion, and throwing node-shaped errors. */
#ifndef NODEC_JSUTIL_H
#define NODEC_JSUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "runtime.h"

/* The signature of every C function exposed to JS. Return a value, or set *exc and return NULL. */
typedef JSValueRef (*nodec_native)(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, size_t argc,
                                   const JSValueRef argv[], JSValueRef *exc);
typedef struct nodec_fn {
  const char *name;
  nodec_native fn;
} nodec_fn;

#define NODEC_FN(name)                                                                               \
  static JSValueRef name(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, size_t argc,          \
                         const JSValueRef argv[], JSValueRef *exc)
#define NODEC_UNUSED_FN_ARGS (void)rt, (void)ctx, (void)self, (void)argc, (void)argv, (void)exc
/* argv[i] or undefined. */
#define ARG(i) ((i) < argc ? argv[i] : nodec_undefined())

/* Numbers and undefined read straight from a value's bits: JSC's 64-bit encoding (int32s tagged with
 * 0xfffe in the top bits, other doubles offset by 2^49, undefined = 0xa), which nodec_jsutil_init
 * checks at start-up. Other values go through the C API. */
#define NODEC_NUMBER_TAG 0xfffe000000000000ULL
#define NODEC_DOUBLE_OFFSET (1ULL << 49)
#define NODEC_UNDEFINED_BITS 0xaULL
static inline double nodec_to_number(JSContextRef ctx, JSValueRef v) {
  uint64_t b = (uint64_t)(uintptr_t)v;
  if ((b & NODEC_NUMBER_TAG) == NODEC_NUMBER_TAG) return (double)(int32_t)(uint32_t)b;
  if (b & NODEC_NUMBER_TAG) {
    b -= NODEC_DOUBLE_OFFSET;
    double d;
    __builtin_memcpy(&d, &b, sizeof d);
    return d;
  }
  return JSValueToNumber(ctx, v, NULL);
}
static inline bool nodec_is_undefined(JSValueRef v) { return (uint64_t)(uintptr_t)v == NODEC_UNDEFINED_BITS; }
/* Numbers, booleans, undefined and null made from their bits, as JSValueMake* make them (checked at
 * start-up) but without the C API's lock round trip on every call. */
static inline JSValueRef nodec_number(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) {
    int32_t i = (int32_t)d;
    if ((double)i == d && (i != 0 || !__builtin_signbit(d)))
      return (JSValueRef)(uintptr_t)(NODEC_NUMBER_TAG | (uint32_t)i);
  }
  uint64_t b;
  if (d != d) b = 0x7ff8000000000000ULL; /* JSC's one NaN */
  else __builtin_memcpy(&b, &d, sizeof b);
  return (JSValueRef)(uintptr_t)(b + NODEC_DOUBLE_OFFSET);
}
static inline JSValueRef nodec_boolean(bool b) { return (JSValueRef)(uintptr_t)(b ? 0x7 : 0x6); }
static inline JSValueRef nodec_undefined(void) { return (JSValueRef)(uintptr_t)NODEC_UNDEFINED_BITS; }
static inline JSValueRef nodec_null(void) { return (JSValueRef)(uintptr_t)0x2; }
/* A heap value (object, string, symbol, big BigInt): none of the number or "other" tag bits. */
static inline bool nodec_is_cell(JSValueRef v) {
  return v && !((uint64_t)(uintptr_t)v & (NODEC_NUMBER_TAG | 2));
}
/* The JSType byte of a cell (JSCell: 4-byte StructureID, indexing type, JSType, ...). Which byte
 * means what is found at start-up from sample values (fastcall.c, util.c, util.types). */
#define NODEC_CELL_TYPE_OFFSET 5
static inline uint8_t nodec_cell_type(JSValueRef cell) { return ((const uint8_t *)cell)[NODEC_CELL_TYPE_OFFSET]; }
/* The indexing-type byte just before it: the shape of an object's indexed storage (and flags). */
static inline uint8_t nodec_cell_indexing(JSValueRef cell) {
  return ((const uint8_t *)cell)[NODEC_CELL_TYPE_OFFSET - 1];
}

void nodec_jsutil_init(nodec_runtime *rt);
void nodec_jsutil_dispose(nodec_runtime *rt);

JSObjectRef nodec_make_function(nodec_runtime *rt, const char *name, nodec_native fn);
/* f.name = name, read-only and not enumerable, as on functions (native functions, constructors). */
void nodec_set_function_name(nodec_runtime *rt, JSObjectRef f, const char *name);
/* `fns` ends with a {NULL, NULL} entry. */
void nodec_set_functions(nodec_runtime *rt, JSObjectRef target, const nodec_fn *fns);

void nodec_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v);
void nodec_set_number(JSContextRef ctx, JSObjectRef obj, const char *name, double v);
void nodec_set_string(JSContextRef ctx, JSObjectRef obj, const char *name, const char *utf8);
JSValueRef nodec_get(JSContextRef ctx, JSObjectRef obj, const char *name);
/* Object.defineProperty(obj, name, {value: v, ...attrs}): unlike JSObjectSetProperty, applies the
 * attributes when the name already exists up the prototype chain. For set-up code (slow). */
void nodec_define(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v, JSPropertyAttributes attrs);
/* The prototype JSC made for a class with static functions (it holds them), or NULL. Reached through
 * an object of the class without private data: the class's finalizer must ignore such objects. */
JSObjectRef nodec_class_prototype(JSContextRef ctx, JSClassRef cls);

/* Strings. Lengths are in bytes; the input need not be NUL-terminated. */
JSStringRef nodec_jsstring(const char *utf8, size_t len);
JSValueRef nodec_string(JSContextRef ctx, const char *utf8);
JSValueRef nodec_string_n(JSContextRef ctx, const char *utf8, size_t len);
/* UTF-8 copy of ToString(v), NUL-terminated, malloc'd (caller frees); NULL with *exc on failure. */
char *nodec_to_utf8(JSContextRef ctx, JSValueRef v, size_t *len_out, JSValueRef *exc);
char *nodec_jsstring_to_utf8(JSStringRef s, size_t *len_out);

/* Throwing. Each sets *exc and returns NULL so a native can `return nodec_throw_...(...)`. */
JSValueRef nodec_throw_error(JSContextRef ctx, JSValueRef *exc, const char *kind, const char *code,
                             const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* node's `ENOENT: no such file or directory, open 'x'` with errno/code/syscall/path/dest. */
JSValueRef nodec_throw_uv(nodec_runtime *rt, JSValueRef *exc, int err, const char *syscall,
                          const char *path, const char *dest);
JSValueRef nodec_uv_error(nodec_runtime *rt, int err, const char *syscall, const char *path,
                          const char *dest);

/* Typed arrays: pointer and length of a TypedArray/DataView/ArrayBuffer argument, or NULL. */
uint8_t *nodec_bytes(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc);

/* A Buffer over malloc'd `bytes` (ownership moves to it; freed by the GC). */
JSObjectRef nodec_new_buffer(nodec_runtime *rt, uint8_t *bytes, size_t len);

#endif
