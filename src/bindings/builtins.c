/* internalBinding('builtins'): the lib/ sources embedded in the binary. */
#include <stdlib.h>
#include "../runtime/builtins.h"
#include "bindings.h"

/* compile(id) -> the module's wrapper function (exports, require, module, internalBinding, process). */
NODEC_FN(compile) {
  NODEC_UNUSED_FN_ARGS;
  char *id = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!id) return NULL;
  JSObjectRef fn = nodec_compile_builtin(rt, id, exc);
  free(id);
  return fn;
}

NODEC_FN(has) {
  NODEC_UNUSED_FN_ARGS;
  char *id = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!id) return NULL;
  bool found = nodec_find_builtin(id) != NULL;
  free(id);
  return nodec_boolean(found);
}

static const nodec_fn functions[] = {
    {"compile", compile},
    {"has", has},
    {NULL, NULL},
};

void nodec_binding_init_builtins(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  JSValueRef *ids = malloc(sizeof(JSValueRef) * nodec_js_source_count);
  if (!ids) abort();
  for (size_t i = 0; i < nodec_js_source_count; i++) ids[i] = nodec_string(rt->ctx, nodec_js_sources[i].id);
  nodec_set(rt->ctx, target, "ids", JSObjectMakeArray(rt->ctx, nodec_js_source_count, ids, NULL));
  free(ids);
}
