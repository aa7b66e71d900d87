/* See jsbytes_view.h. */
#include "jsbytes_view.h"
#include <stdlib.h>
#include <string.h>

/* JSArrayBufferView: JSObject header (cell, butterfly), then the data pointer, the length in
 * elements, the byte offset and the mode (fast = bytes in the GC heap, oversize, wasteful = over an
 * ArrayBuffer, DataView, and the resizable/growable modes, which are left to the C API). */
enum { VIEW_VECTOR = 16, VIEW_LENGTH = 24, VIEW_MODE = 40, NO_VIEW = 0xff };

typedef struct nodec_bytesview {
  uint8_t shift[256]; /* JSType -> log2(element size), NO_VIEW for other cells */
  uint8_t modes[4];   /* the fast, oversize, wasteful and DataView mode bytes */
} nodec_bytesview;

/* The calling thread's runtime's table (nodec_bytes_now has only a context at hand). */
static _Thread_local const nodec_bytesview *tls_bytesview;

static bool read_view(const nodec_bytesview *bv, JSValueRef v, uint8_t **p, size_t *len) {
  if (!nodec_is_cell(v)) return false;
  uint8_t shift = bv->shift[nodec_cell_type(v)];
  if (shift == NO_VIEW) return false;
  const uint8_t *cell = (const uint8_t *)v;
  uint8_t mode = cell[VIEW_MODE];
  if (mode != bv->modes[0] && mode != bv->modes[1] && mode != bv->modes[2] && mode != bv->modes[3]) return false;
  void *data;
  size_t n;
  memcpy(&data, cell + VIEW_VECTOR, sizeof data);
  memcpy(&n, cell + VIEW_LENGTH, sizeof n);
  if (!data) return false; /* empty or detached: the C API's answer */
  *p = data;
  *len = n << shift;
  return true;
}

uint8_t *nodec_bytes_now(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc) {
  uint8_t *p;
  if (tls_bytesview && read_view(tls_bytesview, v, &p, len)) return p;
  return nodec_bytes(ctx, v, len, exc);
}

static JSValueRef at(JSContextRef ctx, JSObjectRef arr, unsigned i) {
  return JSObjectGetPropertyAtIndex(ctx, arr, i, NULL);
}

/* Does view `v` read as `n` bytes starting at `want` (or, with want NULL, with the marks JS wrote)? */
static bool check(const nodec_bytesview *bv, JSValueRef v, const uint8_t *want, size_t n, uint8_t first, uint8_t last) {
  uint8_t *p;
  size_t len;
  if (!read_view(bv, v, &p, &len) || len != n) return false;
  if (want) return p == want;
  return p[0] == first && p[n - 1] == last;
}

void nodec_bytesview_init(nodec_runtime *rt) {
  rt->bytesview = NULL;
  const char *off = getenv("NODEC_BYTESVIEW"); /* =0: the C API only (tests compare both) */
  if (off && strcmp(off, "0") == 0) return;
  JSContextRef ctx = rt->ctx;
  /* Views of every kind, in each mode: fast (small), oversize (big), wasteful and DataView over an
   * ArrayBuffer at an offset; marks written at both ends. */
  JSStringRef src = JSStringCreateWithUTF8CString(
      "(function () {"
      "  const ab = new ArrayBuffer(64);"
      "  const fast = new Uint8Array(16), big = new Uint8Array(8192);"
      "  fast[0] = 0xab; fast[15] = 0xcd; big[0] = 0x12; big[8191] = 0x34;"
      "  const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,"
      "    Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];"
      "  if (typeof Float16Array === 'function') kinds.push(Float16Array);"
      "  return [ab, fast, big, new Uint8Array(ab, 8, 16), new DataView(ab, 4, 20), kinds.map((K) => new K(4))];"
      "})()");
  JSValueRef r = JSEvaluateScript(ctx, src, NULL, NULL, 0, NULL);
  JSStringRelease(src);
  if (!r || !JSValueIsObject(ctx, r)) return;
  JSObjectRef arr = (JSObjectRef)r;
  JSValueRef ab = at(ctx, arr, 0), fast = at(ctx, arr, 1), big = at(ctx, arr, 2), waste = at(ctx, arr, 3),
             dv = at(ctx, arr, 4), kinds = at(ctx, arr, 5);
  JSValueRef views[] = {fast, big, waste, dv};
  for (size_t i = 0; i < 4; i++)
    if (!nodec_is_cell(views[i])) return;
  if (!JSValueIsObject(ctx, kinds)) return;

  nodec_bytesview *bv = malloc(sizeof *bv);
  if (!bv) abort();
  memset(bv->shift, NO_VIEW, sizeof bv->shift);
  for (size_t i = 0; i < 4; i++) bv->modes[i] = ((const uint8_t *)views[i])[VIEW_MODE];
  bool ok = bv->modes[0] != bv->modes[1] && bv->modes[1] != bv->modes[2] && bv->modes[0] != bv->modes[2] &&
            bv->modes[3] != bv->modes[0] && bv->modes[3] != bv->modes[1] && bv->modes[3] != bv->modes[2];
  /* Element sizes per kind, from the C API's byte length of a 4-element array. */
  size_t nkinds = (size_t)JSValueToNumber(ctx, nodec_get(ctx, (JSObjectRef)kinds, "length"), NULL);
  for (size_t i = 0; ok && i < nkinds; i++) {
    JSValueRef k = at(ctx, (JSObjectRef)kinds, (unsigned)i);
    if (!nodec_is_cell(k)) {
      ok = false;
      break;
    }
    size_t bytes = JSObjectGetTypedArrayByteLength(ctx, (JSObjectRef)k, NULL);
    uint8_t shift = bytes == 4 ? 0 : bytes == 8 ? 1 : bytes == 16 ? 2 : bytes == 32 ? 3 : NO_VIEW;
    uint8_t t = nodec_cell_type(k);
    ok = shift != NO_VIEW && (bv->shift[t] == NO_VIEW || bv->shift[t] == shift) &&
         ((const uint8_t *)k)[VIEW_MODE] == bv->modes[0];
    bv->shift[t] = shift;
  }
  uint8_t dvt = nodec_cell_type(dv);
  ok = ok && bv->shift[dvt] == NO_VIEW && nodec_cell_type(ab) != nodec_cell_type(fast);
  bv->shift[dvt] = 0;
  /* The pointers: the marks JS wrote, then the ArrayBuffer's bytes past each view's offset (asking
   * the C API pins only this start-up buffer). */
  uint8_t *base = ok ? JSObjectGetArrayBufferBytesPtr(ctx, (JSObjectRef)ab, NULL) : NULL;
  ok = ok && base && check(bv, fast, NULL, 16, 0xab, 0xcd) && check(bv, big, NULL, 8192, 0x12, 0x34) &&
       check(bv, waste, base + 8, 16, 0, 0) && check(bv, dv, base + 4, 20, 0, 0);
  if (!ok) {
    free(bv);
    return;
  }
  rt->bytesview = bv;
  tls_bytesview = bv;
}

void nodec_bytesview_dispose(nodec_runtime *rt) {
  if (tls_bytesview == rt->bytesview) tls_bytesview = NULL;
  free(rt->bytesview);
  rt->bytesview = NULL;
}
