/* internalBinding(): looks a name up in bindings.def and caches the made object on the runtime. */
#include <string.h>
#include "bindings.h"

static const struct {
  const char *name;
  nodec_binding_init init;
} table[] = {
#define X(name) {#name, nodec_binding_init_##name},
#include "bindings.def"
#undef X
};

nodec_binding_init nodec_find_binding(const char *name) {
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i].name, name) == 0) return table[i].init;
  return NULL;
}

JSObjectRef nodec_internal_binding(nodec_runtime *rt, const char *name, JSValueRef *exc) {
  JSValueRef cached = nodec_get(rt->ctx, rt->binding_cache, name);
  if (JSValueIsObject(rt->ctx, cached)) return (JSObjectRef)cached;
  nodec_binding_init init = nodec_find_binding(name);
  if (!init) {
    nodec_throw_error(rt->ctx, exc, "Error", "ERR_INVALID_ARG_VALUE", "No such binding: %s", name);
    return NULL;
  }
  JSObjectRef target = JSObjectMake(rt->ctx, NULL, NULL);
  init(rt, target);
  nodec_set(rt->ctx, rt->binding_cache, name, target);
  return target;
}
