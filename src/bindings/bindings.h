/* The binding table: internalBinding(name) -> a JS object of C functions, built on first use. */
#ifndef NODEC_BINDINGS_H
#define NODEC_BINDINGS_H

#include "../runtime/jsutil.h"

typedef void (*nodec_binding_init)(nodec_runtime *rt, JSObjectRef target);

#define X(name) void nodec_binding_init_##name(nodec_runtime *rt, JSObjectRef target);
#define M(name, module)
#include "bindings.def"
#undef X
#undef M

/* NULL when there is no binding of that name (or its module cannot be loaded: *err says why). */
nodec_binding_init nodec_find_binding(const char *name, const char **err);
/* The cached binding object, made on first call; NULL (and *exc set) for an unknown name. */
JSObjectRef nodec_internal_binding(nodec_runtime *rt, const char *name, JSValueRef *exc);

#endif
