/* internalBinding('util'): engine facts JS cannot see by itself. */
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

static const nodec_fn functions[] = {
    {"getProxyTarget", get_proxy_target},
    {"isConstructor", is_constructor},
    {"sleep", sleep_},
    {NULL, NULL},
};

void nodec_binding_init_util(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
