/* internalBinding('uv'): libuv error names and messages, so JS makes node-shaped errors. */
#include "bindings.h"

NODEC_FN(errname) {
  NODEC_UNUSED_FN_ARGS;
  int err = (int)JSValueToNumber(ctx, ARG(0), NULL);
  return nodec_string(ctx, uv_err_name(err));
}

NODEC_FN(strerror_) {
  NODEC_UNUSED_FN_ARGS;
  int err = (int)JSValueToNumber(ctx, ARG(0), NULL);
  return nodec_string(ctx, uv_strerror(err));
}

/* getErrorMap() -> [[errno, [name, message]], ...] for every libuv error. */
NODEC_FN(get_error_map) {
  NODEC_UNUSED_FN_ARGS;
  static const int codes[] = {
#define E(name, _) UV_##name,
      UV_ERRNO_MAP(E)
#undef E
  };
  size_t n = sizeof codes / sizeof codes[0];
  JSValueRef rows[sizeof codes / sizeof codes[0]];
  for (size_t i = 0; i < n; i++) {
    JSValueRef pair[2] = {nodec_string(ctx, uv_err_name(codes[i])), nodec_string(ctx, uv_strerror(codes[i]))};
    JSValueRef row[2] = {nodec_number(codes[i]), JSObjectMakeArray(ctx, 2, pair, NULL)};
    rows[i] = JSObjectMakeArray(ctx, 2, row, NULL);
  }
  return JSObjectMakeArray(ctx, n, rows, NULL);
}

static const nodec_fn functions[] = {
    {"errname", errname},
    {"strerror", strerror_},
    {"getErrorMap", get_error_map},
    {NULL, NULL},
};

void nodec_binding_init_uv(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
#define E(name, _) nodec_set_number(rt->ctx, target, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(E)
#undef E
}
