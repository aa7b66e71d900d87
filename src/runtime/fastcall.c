/* See fastcall.h. The JSC entry points are C++ and called with the Itanium ABI: references are
 * pointers, JSValue (one 64-bit word, trivially copyable) goes in a register, WTF::String is one
 * StringImpl pointer, enums are integers. They are weak: a libjavascriptcoregtk without one of them
 * still loads, and host functions stay off. */
#include "fastcall.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "jsc_private.h"
#include "jsstring8.h"

typedef int64_t (*host_fn)(void *global, const int64_t *frame);

/* static JSFunction *JSC::JSFunction::create(VM &, JSGlobalObject *, unsigned length, const String &name,
 *   NativeFunction, ImplementationVisibility, Intrinsic, NativeFunction constructor, const DOMJIT::Signature *) */
__attribute__((weak)) void *_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE(
    void *vm, void *global, unsigned length, void *const *name, host_fn fn, int visibility, int intrinsic,
    host_fn ctor, const void *signature);
/* Exception *JSC::VM::throwException(JSGlobalObject *, JSValue) */
__attribute__((weak)) void *_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE(void *vm, void *global, int64_t value);
/* The constructor JSC gives host functions that are not constructors: `new f()` throws TypeError. */
__attribute__((weak)) int64_t _ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE(void *global, const int64_t *frame);

/* CallFrame slots (8-byte registers): caller frame, return PC, code block, callee, argument count
 * (its low 32 bits), `this`, then the arguments. */
enum { FRAME_CALLEE = 3, FRAME_ARGC = 4, FRAME_THIS = 5, FRAME_ARGS = 6 };

typedef struct nodec_fastcall {
  nodec_runtime *rt;
  void *vm;
  JSObjectRef global_this; /* `this` for primitives, as the C API gives (the global object's proxy) */
  /* JSType bytes of the cells that are values but not objects: `this` of those becomes the global
   * object, as the C API's sloppy-mode conversion would make it some object. */
  uint8_t type_string, type_symbol, type_bigint;
  bool on;
  unsigned used;
  /* Each slot calls one of the two: a nodec_native, or a C-API callback (class methods). */
  struct {
    nodec_native fn;
    JSObjectCallAsFunctionCallback cb;
  } slots[NODEC_FASTCALL_SLOTS];
  /* What the self-test native saw. */
  struct {
    JSContextRef ctx;
    JSObjectRef self;
    size_t argc;
    JSValueRef argv[3];
  } probe;
} nodec_fastcall;

/* The host functions are plain function pointers with no data, so each slot k has its own entry
 * that passes k on; the runtime of the calling thread holds the slot table. One runtime per thread. */
static _Thread_local nodec_fastcall *tls_fastcall;

/* An object: a cell that is not a string, a symbol or a BigInt (the calibrated types). */
static bool is_object_value(const nodec_fastcall *fc, JSValueRef v) {
  if (!nodec_is_cell(v)) return false;
  uint8_t type = nodec_cell_type(v);
  return type != fc->type_string && type != fc->type_symbol && type != fc->type_bigint;
}

__attribute__((noinline)) static int64_t dispatch(void *global, const int64_t *frame, unsigned k) {
  nodec_fastcall *fc = tls_fastcall;
  if (!fc) return (int64_t)NODEC_UNDEFINED_BITS; /* the runtime is gone (only at exit) */
  size_t argc = (size_t)(((const uint32_t *)frame)[FRAME_ARGC * 2] - 1);
  const JSValueRef *argv = (const JSValueRef *)(frame + FRAME_ARGS);
  JSValueRef exc = NULL;
  JSValueRef this_value = (JSValueRef)(intptr_t)frame[FRAME_THIS];
  JSObjectRef self = is_object_value(fc, this_value) ? (JSObjectRef)this_value : fc->global_this;
  JSValueRef r = fc->slots[k].fn ? fc->slots[k].fn(fc->rt, (JSContextRef)global, self, argc, argv, &exc)
                                 : fc->slots[k].cb((JSContextRef)global, (JSObjectRef)(intptr_t)frame[FRAME_CALLEE],
                                                   self, argc, argv, &exc);
  if (exc) {
    _ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE(fc->vm, global, (int64_t)(intptr_t)exc);
    return 0;
  }
  return r ? (int64_t)(intptr_t)r : (int64_t)NODEC_UNDEFINED_BITS;
}

/* slot_<binary digits>(global, frame) -> dispatch(global, frame, k): 4 x 8 x 8 x 8 = 2048 entries. */
#define SLOT_DEF(p, i)                                                                               \
  static int64_t slot_##p(void *g, const int64_t *f) { return dispatch(g, f, (unsigned)(i)); }
#define SLOT_REF(p, i) slot_##p,
#define L1(M, p, i) M(p##0, (i)*8 + 0) M(p##1, (i)*8 + 1) M(p##2, (i)*8 + 2) M(p##3, (i)*8 + 3) \
  M(p##4, (i)*8 + 4) M(p##5, (i)*8 + 5) M(p##6, (i)*8 + 6) M(p##7, (i)*8 + 7)
#define L2(M, p, i) L1(M, p##0, (i)*8 + 0) L1(M, p##1, (i)*8 + 1) L1(M, p##2, (i)*8 + 2) L1(M, p##3, (i)*8 + 3) \
  L1(M, p##4, (i)*8 + 4) L1(M, p##5, (i)*8 + 5) L1(M, p##6, (i)*8 + 6) L1(M, p##7, (i)*8 + 7)
#define L3(M, p, i) L2(M, p##0, (i)*8 + 0) L2(M, p##1, (i)*8 + 1) L2(M, p##2, (i)*8 + 2) L2(M, p##3, (i)*8 + 3) \
  L2(M, p##4, (i)*8 + 4) L2(M, p##5, (i)*8 + 5) L2(M, p##6, (i)*8 + 6) L2(M, p##7, (i)*8 + 7)
#define ALL(M) L3(M, 0, 0) L3(M, 1, 1) L3(M, 2, 2) L3(M, 3, 3)

ALL(SLOT_DEF)
static const host_fn slot_entries[] = {ALL(SLOT_REF)};
_Static_assert(sizeof slot_entries / sizeof slot_entries[0] == NODEC_FASTCALL_SLOTS, "one entry per slot");

static JSObjectRef make_host_function(nodec_fastcall *fc, const char *name, unsigned k) {
  nodec_str8 s;
  size_t n = strlen(name);
  uint8_t *d = nodec_str8_begin(&s, n);
  if (d) memcpy(d, name, n);
  JSContextRef ctx = fc->rt->ctx;
  JSLock(ctx);
  void *f = _ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE(
      fc->vm, (void *)ctx, 0, &s.impl, slot_entries[k], 0 /* Public */, 0 /* NoIntrinsic */,
      _ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE, NULL);
  JSUnlock(ctx);
  /* Drop our reference to the name (String's destructor). */
  if (s.impl) nodec_wtf_string_deref(s.impl);
  return f;
}

bool nodec_is_object(JSContextRef ctx, JSValueRef v) {
  const nodec_fastcall *fc = tls_fastcall;
  if (!fc || !fc->on) return JSValueIsObject(ctx, v);
  return is_object_value(fc, v);
}

JSObjectRef nodec_fastcall_function(nodec_runtime *rt, const char *name, nodec_native fn) {
  nodec_fastcall *fc = rt->fastcall;
  if (!fc || !fc->on || fc->used >= NODEC_FASTCALL_SLOTS) return NULL;
  unsigned k = fc->used++;
  fc->slots[k].fn = fn;
  fc->slots[k].cb = NULL;
  return make_host_function(fc, name, k);
}

void nodec_fastcall_class_methods(nodec_runtime *rt, JSClassRef cls, const JSStaticFunction *fns) {
  nodec_fastcall *fc = rt->fastcall;
  if (!fc || !fc->on) return;
  JSContextRef ctx = rt->ctx;
  JSObjectRef proto = nodec_class_prototype(ctx, cls);
  if (!proto) return;
  for (; fns->name; fns++) {
    if (fc->used >= NODEC_FASTCALL_SLOTS) return;
    unsigned k = fc->used++;
    fc->slots[k].fn = NULL;
    fc->slots[k].cb = fns->callAsFunction;
    /* An own data property shadows the static function of the same name. */
    nodec_define(ctx, proto, fns->name, make_host_function(fc, fns->name, k), fns->attributes);
  }
}

/* ---- start-up self-test ---- */

static JSValueRef probe_native(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc) {
  nodec_fastcall *fc = rt->fastcall;
  fc->probe.ctx = ctx;
  fc->probe.self = self;
  fc->probe.argc = argc;
  for (size_t i = 0; i < 3; i++) fc->probe.argv[i] = i < argc ? argv[i] : NULL;
  if (argc == 1) *exc = argv[0]; /* one argument: throw it */
  return argc >= 3 ? argv[2] : NULL;
}

static bool self_test(nodec_fastcall *fc) {
  JSContextRef ctx = fc->rt->ctx;
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef exc = NULL;
  JSStringRef src = JSStringCreateWithUTF8CString(
      "[{}, function () {}, [], 'probe' + Math.random(), Symbol('probe'), 2n ** 100n]");
  JSValueRef samples = JSEvaluateScript(ctx, src, NULL, NULL, 0, &exc);
  JSStringRelease(src);
  if (!samples || exc || !JSValueIsObject(ctx, samples)) return false;
  JSValueRef v[6];
  for (unsigned i = 0; i < 6; i++) {
    v[i] = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)samples, i, NULL);
    if (!nodec_is_cell(v[i])) return false;
  }
  fc->type_string = nodec_cell_type(v[3]);
  fc->type_symbol = nodec_cell_type(v[4]);
  fc->type_bigint = nodec_cell_type(v[5]);
  uint8_t objects[4] = {nodec_cell_type(v[0]), nodec_cell_type(v[1]), nodec_cell_type(v[2]), nodec_cell_type(global)};
  for (unsigned i = 0; i < 4; i++)
    if (objects[i] == fc->type_string || objects[i] == fc->type_symbol || objects[i] == fc->type_bigint) return false;
  if (fc->type_string == fc->type_symbol || fc->type_symbol == fc->type_bigint) return false;

  /* A call from C: arguments, `this` and the return value come through unchanged. */
  fc->on = true;
  JSObjectRef f = nodec_fastcall_function(fc->rt, "probe", probe_native);
  JSValueRef args[3] = {nodec_number(7.5), v[3], v[0]};
  JSValueRef r = JSObjectCallAsFunction(ctx, f, (JSObjectRef)v[2], 3, args, &exc);
  bool ok = !exc && r == v[0] && fc->probe.ctx == ctx && fc->probe.self == (JSObjectRef)v[2] &&
            fc->probe.argc == 3 && memcmp(fc->probe.argv, args, sizeof args) == 0;
  /* A call from strict JS with no `this`, one with a string `this`, and a throw. */
  JSStringRef body = JSStringCreateWithUTF8CString(
      "'use strict'; const r = [f(), f.call('s', 1, 2)];"
      "try { f('thrown'); r.push('no throw'); } catch (e) { r.push(e); } return r;");
  JSStringRef pname = JSStringCreateWithUTF8CString("f");
  JSObjectRef test = JSObjectMakeFunction(ctx, NULL, 1, &pname, body, NULL, 0, &exc);
  JSStringRelease(body);
  JSStringRelease(pname);
  JSValueRef farg = f;
  JSValueRef out = ok && test ? JSObjectCallAsFunction(ctx, test, NULL, 1, &farg, &exc) : NULL;
  ok = ok && out && !exc && fc->probe.argc == 1 && fc->probe.self == global;
  if (ok) {
    JSValueRef r0 = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)out, 0, NULL);
    JSValueRef r2 = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)out, 2, NULL);
    JSStringRef s2 = JSValueIsString(ctx, r2) ? JSValueToStringCopy(ctx, r2, NULL) : NULL;
    ok = JSValueIsUndefined(ctx, r0) && s2 && JSStringIsEqualToUTF8CString(s2, "thrown");
    if (s2) JSStringRelease(s2);
  }
  fc->used = 0;
  return ok;
}

void nodec_fastcall_init(nodec_runtime *rt) {
  nodec_fastcall *fc = calloc(1, sizeof *fc);
  if (!fc) abort();
  fc->rt = rt;
  fc->vm = (void *)JSContextGetGroup(rt->ctx); /* a JSContextGroupRef is the VM */
  fc->global_this = JSContextGetGlobalObject(rt->ctx);
  rt->fastcall = fc;
  tls_fastcall = fc;
  const char *env = getenv("NODEC_FASTCALL");
  if (env && strcmp(env, "0") == 0) return;
  if (!_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE ||
      !_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE ||
      !_ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE || !nodec_wtf_string_deref_available())
    return;
  fc->on = self_test(fc);
}

void nodec_fastcall_dispose(nodec_runtime *rt) {
  if (tls_fastcall == rt->fastcall) tls_fastcall = NULL;
  free(rt->fastcall);
  rt->fastcall = NULL;
}
