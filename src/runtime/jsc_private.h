/* Entry points libjavascriptcoregtk exports but does not declare in its public headers.
 * Kept in one place so the rest of nodec only includes this file. */
#ifndef NODEC_JSC_PRIVATE_H
#define NODEC_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>

/* Take / drop the VM's API lock. Dropping the last level drains the microtask (promise job) queue. */
void JSLock(JSContextRef ctx);
void JSUnlock(JSContextRef ctx);

/* Called with (promise, reason) when a promise is rejected with no handler. */
void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function,
                                                  JSValueRef *exception);

/* Tells the GC about memory an object keeps alive outside the JS heap (Buffers over C memory). */
void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void *context);
void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                         JSShouldTerminateCallback callback, void *context);
void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);

/* Pre-parsed scripts (JSScriptRefPrivate.h). The ASCII variant references the text in place: our
 * embedded lib/ sources live in the binary for the whole process, so no copy is needed. */
typedef struct OpaqueJSScript *JSScriptRef;
JSScriptRef JSScriptCreateReferencingImmortalASCIIText(JSContextGroupRef group, JSStringRef url, int startingLineNumber,
                                                       const char *source, size_t length, JSStringRef *errorMessage,
                                                       int *errorLine);
JSScriptRef JSScriptCreateFromString(JSContextGroupRef group, JSStringRef url, int startingLineNumber,
                                     JSStringRef source, JSStringRef *errorMessage, int *errorLine);
void JSScriptRetain(JSScriptRef script);
void JSScriptRelease(JSScriptRef script);
JSValueRef JSScriptEvaluate(JSContextRef ctx, JSScriptRef script, JSValueRef thisValue, JSValueRef *exception);

/* The target of a Proxy, or NULL (JSObjectRefPrivate.h). */
JSObjectRef JSObjectGetProxyTarget(JSObjectRef object);

/* { heapSize, heapCapacity, extraMemorySize, objectCount, ... } */
JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

#endif
