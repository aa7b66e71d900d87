/* internalBinding('util'): engine facts JS cannot see by itself. */
#include <stdlib.h>
#include "../runtime/threadpool.h"
#include "bindings.h"

/* getProxyTarget(v) -> the target of a Proxy, or undefined for anything else. */
NODEC_FN(get_proxy_target) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return JSValueMakeUndefined(ctx);
  JSObjectRef t = JSObjectGetProxyTarget((JSObjectRef)argv[0]);
  return t ? (JSValueRef)t : JSValueMakeUndefined(ctx);
}

NODEC_FN(is_constructor) {
  NODEC_UNUSED_FN_ARGS;
  return JSValueMakeBoolean(ctx, JSValueIsObject(ctx, ARG(0)) && JSObjectIsConstructor(ctx, (JSObjectRef)argv[0]));
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

static const nodec_fn functions[] = {
    {"poolSleep", pool_sleep},
    {"getProxyTarget", get_proxy_target},
    {"isConstructor", is_constructor},
    {"sleep", sleep_},
    {NULL, NULL},
};

void nodec_binding_init_util(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
