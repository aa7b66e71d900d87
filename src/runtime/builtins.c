#include "builtins.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../bindings/bindings.h"

static int cmp_id(const void *key, const void *elem) {
  return strcmp(key, ((const nodec_js_source *)elem)->id);
}

const nodec_js_source *nodec_find_builtin(const char *id) {
  /* The generator sorts the table by id. */
  return bsearch(id, nodec_js_sources, nodec_js_source_count, sizeof nodec_js_sources[0], cmp_id);
}

JSObjectRef nodec_compile_builtin(nodec_runtime *rt, const char *id, JSValueRef *exc) {
  const nodec_js_source *src = nodec_find_builtin(id);
  if (!src) {
    nodec_throw_error(rt->ctx, exc, "Error", "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", id);
    return NULL;
  }
  char url[256];
  snprintf(url, sizeof url, "node:%s", id);
  JSStringRef jurl = JSStringCreateWithUTF8CString(url);
  JSStringRef err_msg = NULL;
  int err_line = 0;
  /* The sources are immortal ASCII in the binary: JSC references them without copying. */
  JSScriptRef script = JSScriptCreateReferencingImmortalASCIIText(
      JSContextGetGroup(rt->ctx), jurl, 1, src->source, src->length, &err_msg, &err_line);
  JSStringRelease(jurl);
  if (!script) {
    char *m = err_msg ? nodec_jsstring_to_utf8(err_msg, NULL) : NULL;
    nodec_throw_error(rt->ctx, exc, "SyntaxError", NULL, "%s (node:%s:%d)", m ? m : "syntax error", id, err_line);
    free(m);
    if (err_msg) JSStringRelease(err_msg);
    return NULL;
  }
  JSValueRef fn = JSScriptEvaluate(rt->ctx, script, NULL, exc);
  JSScriptRelease(script);
  if (!fn) return NULL;
  return (JSObjectRef)fn;
}

JSValueRef nodec_internal_binding_fn(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  (void)self;
  char *name = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!name) return NULL;
  JSObjectRef b = nodec_internal_binding(rt, name, exc);
  free(name);
  return b;
}
