/* Native functions as JSC host functions: the cheap JS -> C crossing.
 *
 * A function made by the public C API is a callback object; every call to it goes through JSC's
 * API shim: it drops the VM lock (which the callback then takes back), converts `this`, copies the
 * arguments into a vector, and checks for an exception. Measured at ~185 ns for a call that does
 * almost nothing. JSC's own built-ins are "host functions" instead: a plain C function
 * (JSGlobalObject *, CallFrame *) that reads its arguments off the call frame. libjavascriptcoregtk
 * exports what is needed to make one (JSC::JSFunction::create) and to throw from one
 * (JSC::VM::throwException), so nodec's natives are made that way; their C signature
 * (nodec_native) does not change.
 *
 * This reads JSC's call-frame layout (arguments start at slot 6, the count at slot 4, `this` at 5)
 * and the 64-bit value encoding, which the public headers do not promise. A start-up self-test
 * calls a host function with known arguments and a known exception; if anything differs, or the
 * library lacks one of the entry points (they are weak symbols), nodec falls back to C-API callback
 * objects for every native. NODEC_FASTCALL=0 forces that fallback. */
#ifndef NODEC_FASTCALL_H
#define NODEC_FASTCALL_H

#include <stdbool.h>
#include "jsutil.h"

/* Upper bound of host-function natives per runtime (a program that loads every module makes ~450);
 * the rest fall back to callback objects. */
#define NODEC_FASTCALL_SLOTS 2048

/* Self-test and set-up; with it failed or turned off, nodec_fastcall_function always says NULL. */
void nodec_fastcall_init(nodec_runtime *rt);
void nodec_fastcall_dispose(nodec_runtime *rt);
/* JSValueIsObject without the C API call when the self-test has calibrated the cell types. */
bool nodec_is_object(JSContextRef ctx, JSValueRef v);
/* A host function `name` that calls fn, or NULL when host functions are off or the slots are used up. */
JSObjectRef nodec_fastcall_function(nodec_runtime *rt, const char *name, nodec_native fn);
/* Puts host functions for a class's static functions on the prototype JSC made for it, where they
 * shadow the C-API ones (which stay as the fallback). */
void nodec_fastcall_class_methods(nodec_runtime *rt, JSClassRef cls, const JSStaticFunction *fns);

#endif
