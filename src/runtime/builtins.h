/* The lib/ JavaScript sources, embedded at build time (scripts/embed_js.py writes build/gen/js_sources.c). */
#ifndef NODEC_BUILTINS_H
#define NODEC_BUILTINS_H

#include <stddef.h>
#include "jsutil.h"

typedef struct nodec_js_source {
  const char *id;      /* "fs", "internal/errors" */
  const char *source;  /* ASCII, already wrapped: (function (exports, require, module, internalBinding, process) {...}) */
  size_t length;
} nodec_js_source;

extern const nodec_js_source nodec_js_sources[];
extern const size_t nodec_js_source_count;

const nodec_js_source *nodec_find_builtin(const char *id);
/* Evaluates the wrapper of builtin `id` and returns the function; NULL with *exc on failure. */
JSObjectRef nodec_compile_builtin(nodec_runtime *rt, const char *id, JSValueRef *exc);
/* internalBinding(name) as a native. */
JSValueRef nodec_internal_binding_fn(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc);

#endif
