/* See jsstring_view.h. */
#include "jsstring_view.h"
#include <stdlib.h>
#include <string.h>
#include "jsutil.h"

/* const WTF::String &JSC::JSRopeString::resolveRope(JSGlobalObject *) const: flattens the rope in
 * place (the cell then points to the new StringImpl); NULL global object = crash on OOM, so the
 * context's global object is passed. */
__attribute__((weak)) const void *_ZNK3JSC12JSRopeString11resolveRopeEPNS_14JSGlobalObjectE(const void *rope,
                                                                                          void *global);

/* JSString: a JSCell header (8 bytes), then the fiber: a StringImpl pointer, with bit 0 set on a
 * rope. StringImpl: refcount, length (32 bits each), characters pointer, hash and flags. */
enum { FIBER_OFFSET = 8, ROPE_BIT = 1, IMPL_LENGTH = 4, IMPL_DATA = 8, IMPL_FLAGS = 16, FLAG_8BIT = 1u << 2 };

static bool read_impl(const uint8_t *cell, nodec_strview *out) {
  uintptr_t fiber;
  memcpy(&fiber, cell + FIBER_OFFSET, sizeof fiber);
  if (fiber & ROPE_BIT) return false;
  const uint8_t *impl = (const uint8_t *)fiber;
  uint32_t len, flags;
  const void *data;
  memcpy(&len, impl + IMPL_LENGTH, sizeof len);
  memcpy(&data, impl + IMPL_DATA, sizeof data);
  memcpy(&flags, impl + IMPL_FLAGS, sizeof flags);
  out->chars = len ? data : NULL;
  out->len = len;
  out->is8 = (flags & FLAG_8BIT) != 0;
  return true;
}

/* The runtime of this thread, for nodec_string_view_here. */
static _Thread_local nodec_runtime *tls_view_rt;

bool nodec_string_view_here(JSValueRef v, nodec_strview *out) {
  return tls_view_rt && nodec_string_view(tls_view_rt, v, out);
}

bool nodec_string_view(nodec_runtime *rt, JSValueRef v, nodec_strview *out) {
  if (!rt->strview_ok || !nodec_is_cell(v) || nodec_cell_type(v) != rt->strview_type) return false;
  const uint8_t *cell = (const uint8_t *)v;
  if (read_impl(cell, out)) return true;
  _ZNK3JSC12JSRopeString11resolveRopeEPNS_14JSGlobalObjectE(cell, (void *)rt->ctx);
  return read_impl(cell, out);
}

/* Does `v` read in place as the expected characters? */
static bool check(nodec_runtime *rt, JSValueRef v, const char *ascii, const uint16_t *wide, size_t n) {
  nodec_strview sv;
  if (!nodec_string_view(rt, v, &sv) || sv.len != n) return false;
  if (ascii) return sv.is8 && memcmp(sv.chars, ascii, n) == 0;
  return !sv.is8 && memcmp(sv.chars, wide, n * 2) == 0;
}

void nodec_strview_init(nodec_runtime *rt) {
  rt->strview_ok = false;
  const char *off = getenv("NODEC_STRVIEW"); /* =0: the C API only (tests compare both) */
  if (!_ZNK3JSC12JSRopeString11resolveRopeEPNS_14JSGlobalObjectE || (off && strcmp(off, "0") == 0)) return;
  JSContextRef ctx = rt->ctx;
  JSStringRef s8 = JSStringCreateWithUTF8CString("nodec-view");
  static const uint16_t wide[] = {0x100, 'x', 0x2603, 'z'};
  JSStringRef s16 = JSStringCreateWithCharacters(wide, 4);
  JSValueRef v8 = JSValueMakeString(ctx, s8), v16 = JSValueMakeString(ctx, s16);
  JSStringRelease(s8);
  JSStringRelease(s16);
  if (!nodec_is_cell(v8) || !nodec_is_cell(v16)) return;
  rt->strview_type = nodec_cell_type(v8);
  if (nodec_cell_type(v16) != rt->strview_type) return;
  /* A rope: a concatenation made at run time (so not folded by the parser). */
  JSStringRef src = JSStringCreateWithUTF8CString("(function (a, b) { return a + b; })('nodec-', 'rope-test!')");
  JSValueRef rope = JSEvaluateScript(ctx, src, NULL, NULL, 0, NULL);
  JSStringRelease(src);
  bool was_rope = false;
  if (rope && nodec_is_cell(rope) && nodec_cell_type(rope) == rt->strview_type) {
    uintptr_t fiber;
    memcpy(&fiber, (const uint8_t *)rope + FIBER_OFFSET, sizeof fiber);
    was_rope = (fiber & ROPE_BIT) != 0;
  }
  rt->strview_ok = true;
  bool ok = check(rt, v8, "nodec-view", NULL, 10) && check(rt, v16, NULL, wide, 4) && was_rope &&
            check(rt, rope, "nodec-rope-test!", NULL, 16);
  rt->strview_ok = ok;
  tls_view_rt = rt;
}

void nodec_strview_dispose(nodec_runtime *rt) {
  if (tls_view_rt == rt) tls_view_rt = NULL;
  rt->strview_ok = false;
}
