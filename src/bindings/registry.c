/* internalBinding(): looks a name up in bindings.def and caches the made object on the runtime.
 * Bindings marked M(name, module) live in build/modules/<module>.so next to the binary and are
 * dlopen'd on first use; their init function has the same name as a built-in one would. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include "bindings.h"

static const struct {
  const char *name;
  nodec_binding_init init;
  const char *module;
} table[] = {
#define X(name) {#name, nodec_binding_init_##name, NULL},
#define M(name, module) {#name, NULL, #module},
#include "bindings.def"
#undef X
#undef M
};

/* The directory the binary is in, for build/modules/. */
static void module_path(const char *module, char *out, size_t size) {
  char exe[4096];
  size_t n = sizeof exe;
  if (uv_exepath(exe, &n) != 0) n = 0;
  exe[n] = 0;
  char *slash = strrchr(exe, '/');
  if (slash) *slash = 0;
  snprintf(out, size, "%s/modules/%s.so", slash ? exe : ".", module);
}

nodec_binding_init nodec_find_binding(const char *name, const char **err) {
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    if (strcmp(table[i].name, name) != 0) continue;
    if (table[i].init) return table[i].init;
    char path[4200], sym[256];
    module_path(table[i].module, path, sizeof path);
    /* The handle stays open for the process lifetime: its functions are referenced from JS objects. */
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      if (err) *err = dlerror();
      return NULL;
    }
    snprintf(sym, sizeof sym, "nodec_binding_init_%s", name);
    nodec_binding_init init;
    *(void **)&init = dlsym(handle, sym);
    if (!init && err) *err = dlerror();
    return init;
  }
  if (err) *err = "no such binding";
  return NULL;
}

JSObjectRef nodec_internal_binding(nodec_runtime *rt, const char *name, JSValueRef *exc) {
  JSValueRef cached = nodec_get(rt->ctx, rt->binding_cache, name);
  if (JSValueIsObject(rt->ctx, cached)) return (JSObjectRef)cached;
  const char *why = NULL;
  nodec_binding_init init = nodec_find_binding(name, &why);
  if (!init) {
    nodec_throw_error(rt->ctx, exc, "Error", "ERR_INVALID_ARG_VALUE", "No such binding: %s (%s)", name, why ? why : "");
    return NULL;
  }
  JSObjectRef target = JSObjectMake(rt->ctx, NULL, NULL);
  init(rt, target);
  nodec_set(rt->ctx, rt->binding_cache, name, target);
  return target;
}
