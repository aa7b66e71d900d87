/* internalBinding('util'): engine facts JS cannot see by itself. */
#include <string.h>
#include <stdint.h>
#include <stdlib.h>
#include "../runtime/threadpool.h"
#include "bindings.h"
#include "../runtime/fastcall.h"

/* getProxyTarget(v) -> the target of a Proxy, or undefined for anything else. */
NODEC_FN(get_proxy_target) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return nodec_undefined();
  JSObjectRef t = JSObjectGetProxyTarget((JSObjectRef)argv[0]);
  return t ? (JSValueRef)t : nodec_undefined();
}

NODEC_FN(is_constructor) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_boolean(JSValueIsObject(ctx, ARG(0)) && JSObjectIsConstructor(ctx, (JSObjectRef)argv[0]));
}

NODEC_FN(sleep_) {
  NODEC_UNUSED_FN_ARGS;
  uv_sleep((unsigned)JSValueToNumber(ctx, ARG(0), NULL));
  return NULL;
}

/* poolSleep(ms, cb): a thread-pool job that only sleeps, so tests can observe the pool's size and
 * waves independently of how many CPU cores the machine has. */
typedef struct sleep_work {
  nodec_work w;
  unsigned ms;
} sleep_work;

static void sleep_job(nodec_work *w) { uv_sleep(((sleep_work *)w)->ms); }

NODEC_FN(pool_sleep) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(1)) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[1]))
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "callback must be a function");
  sleep_work *sw = calloc(1, sizeof *sw);
  if (!sw) abort();
  sw->ms = (unsigned)JSValueToNumber(ctx, ARG(0), NULL);
  sw->w.work = sleep_job;
  nodec_queue_work(rt, &sw->w, (JSObjectRef)argv[1], NULL);
  return NULL;
}

/* ---- proxy handler. JSC's C API gives a proxy's target but not its handler; both are fields
 * inline in the proxy's cell (JSC's GC does not move cells). Where the handler sits is found at
 * start-up from proxies made here, and checked on a second one; if that fails, no handler is given. */
#define PROXY_SCAN_WORDS 8

static JSObjectRef make_proxy(JSContextRef ctx, JSObjectRef proxy_ctor, JSObjectRef target, JSObjectRef handler) {
  JSValueRef args[2] = {target, handler};
  JSValueRef exc = NULL;
  JSObjectRef p = JSObjectCallAsConstructor(ctx, proxy_ctor, 2, args, &exc);
  return exc ? NULL : p;
}

static void calibrate_proxy_handler(nodec_runtime *rt, JSContextRef ctx) {
  JSValueRef ctor = nodec_get(ctx, JSContextGetGlobalObject(ctx), "Proxy");
  if (!JSValueIsObject(ctx, ctor)) return;
  JSObjectRef t1 = JSObjectMake(ctx, NULL, NULL), h1 = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef t2 = JSObjectMake(ctx, NULL, NULL), h2 = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef p1 = make_proxy(ctx, (JSObjectRef)ctor, t1, h1);
  JSObjectRef p2 = make_proxy(ctx, (JSObjectRef)ctor, t2, h2);
  if (!p1 || !p2 || JSObjectGetProxyTarget(p1) != t1) return;
  const void *const *w1 = (const void *const *)p1, *const *w2 = (const void *const *)p2;
  for (int i = 1; i < PROXY_SCAN_WORDS; i++) {
    if (w1[i] == (const void *)h1 && w2[i] == (const void *)h2) {
      rt->proxy_handler_word = i;
      return;
    }
  }
}

/* getProxyDetails(value, showProxy = true): for a proxy, [target, handler] (showProxy) or target;
 * a revoked proxy gives [null, null] or null; anything else undefined. */
NODEC_FN(get_proxy_details) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return nodec_undefined();
  JSObjectRef proxy = (JSObjectRef)argv[0];
  JSObjectRef target = JSObjectGetProxyTarget(proxy);
  if (!target) return nodec_undefined();
  /* The handler is null once the proxy was revoked; then so is the target, as node reports it. */
  int word = rt->proxy_handler_word;
  JSValueRef handler = word > 0 ? ((JSValueRef const *)proxy)[word] : NULL;
  bool revoked = handler != NULL && JSValueIsNull(ctx, handler);
  JSValueRef t = revoked ? nodec_null() : (JSValueRef)target;
  bool show = argc < 2 || JSValueToBoolean(ctx, argv[1]);
  if (!show) return t;
  JSValueRef pair[2] = {t, handler ? handler : nodec_undefined()};
  return JSObjectMakeArray(ctx, 2, pair, exc);
}

/* getProxyHandler(proxy) -> its handler (null when revoked), or undefined when unknown. */
NODEC_FN(get_proxy_handler) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0)) || rt->proxy_handler_word <= 0 || !JSObjectGetProxyTarget((JSObjectRef)argv[0]))
    return nodec_undefined();
  return ((JSValueRef const *)argv[0])[rt->proxy_handler_word];
}

/* ---- promise state. JSC's C API cannot tell a promise's state; JSC itself exports
 * JSPromise::status / result. A value is a JSPromise when its cell's JSType byte (JSCell layout:
 * 4-byte StructureID, indexing type, JSType) is the one a promise made here at start-up has. */


static bool is_promise_cell(nodec_runtime *rt, JSContextRef ctx, JSValueRef v) {
  return rt->promise_cell_type > 0 && JSValueIsObject(ctx, v) && nodec_cell_type(v) == (uint8_t)rt->promise_cell_type;
}

/* isPromise(v) -> whether v is a promise (any realm, subclasses too), without touching it. */
NODEC_FN(is_promise) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_boolean(is_promise_cell(rt, ctx, ARG(0)));
}

/* getPromiseState(p) -> [state, result] (0 pending, 1 fulfilled, 2 rejected), or undefined for
 * anything that is not a promise. */
NODEC_FN(get_promise_state) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef p = ARG(0);
  if (!is_promise_cell(rt, ctx, p)) return nodec_undefined();
  void *vm = (void *)JSContextGetGroup(ctx); /* a context group is its VM */
  unsigned status = nodec_jsc_promise_status(p, vm);
  JSValueRef pair[2] = {nodec_number(status),
                        status == 0 ? nodec_undefined() : nodec_jsc_promise_result(p, vm)};
  return JSObjectMakeArray(ctx, 2, pair, exc);
}

/* cellType(v) -> the JSType byte of an object's cell, or -1 for anything else: an exact brand check
 * (Map, Date, RegExp, ...) that util.types calibrates from samples at load, where the alternative is
 * calling a built-in that throws on the wrong receiver (~1 us per throw). */
NODEC_FN(get_cell_type) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef v = ARG(0);
  return nodec_number(nodec_is_object(ctx, v) ? nodec_cell_type(v) : -1);
}

/* cellInfo(v) -> JSType + indexing byte * 2^8 + structure id * 2^16 for an object, -1 for anything
 * else: util.inspect reads the kind of each value with one call (brand checks, proxies, whether an
 * array's elements are plain data it can read without a property descriptor each, and whether it is
 * a plain array with no named properties, which shares the structure of a fresh array). */
NODEC_FN(get_cell_info) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef v = ARG(0);
  if (!nodec_is_object(ctx, v)) return nodec_number(-1);
  uint32_t structure;
  memcpy(&structure, v, sizeof structure);
  return nodec_number((double)structure * 65536.0 + (double)(nodec_cell_indexing(v) << 8 | nodec_cell_type(v)));
}

static void calibrate_promise_type(nodec_runtime *rt, JSContextRef ctx) {
  JSObjectRef resolve = NULL, reject = NULL;
  JSObjectRef promise = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, NULL);
  JSObjectRef plain = JSObjectMake(ctx, NULL, NULL);
  if (!promise || nodec_cell_type(promise) == nodec_cell_type(plain)) return;
  rt->promise_cell_type = nodec_cell_type(promise);
  /* Sanity: a fresh pending promise reads as pending, else leave the feature off. */
  if (nodec_jsc_promise_status(promise, (void *)JSContextGetGroup(ctx)) != 0) rt->promise_cell_type = 0;
}

static const nodec_fn functions[] = {
    {"isPromise", is_promise},
    {"cellType", get_cell_type},
    {"cellInfo", get_cell_info},
    {"getProxyDetails", get_proxy_details},
    {"getProxyHandler", get_proxy_handler},
    {"getPromiseState", get_promise_state},
    {"poolSleep", pool_sleep},
    {"getProxyTarget", get_proxy_target},
    {"isConstructor", is_constructor},
    {"sleep", sleep_},
    {NULL, NULL},
};

void nodec_binding_init_util(nodec_runtime *rt, JSObjectRef target) {
  if (rt->promise_cell_type <= 0) calibrate_promise_type(rt, rt->ctx);
  if (rt->proxy_handler_word <= 0) calibrate_proxy_handler(rt, rt->ctx);
  nodec_set_functions(rt, target, functions);
}
