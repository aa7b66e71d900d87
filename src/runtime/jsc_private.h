/* Entry points libjavascriptcoregtk exports but does not declare in its public headers.
 * Kept in one place so the rest of nodec only includes this file. */
#ifndef NODEC_JSC_PRIVATE_H
#define NODEC_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>

/* Take / drop the VM's API lock. Dropping the last level drains the microtask (promise job) queue. */
void JSLock(JSContextRef ctx);
void JSUnlock(JSContextRef ctx);

/* Defines C callback `name` running `body` with the API lock taken once: JSC drops the lock around
 * every C callback, so each API call inside would retake it (~90 ns each, measured; ~30 ns held). */
#define NODEC_LOCKED_CALLBACK(name, body)                                                          \
  static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,           \
                         const JSValueRef argv[], JSValueRef *exc) {                               \
    JSLock(ctx);                                                                                   \
    JSValueRef r = body(ctx, fn, self, argc, argv, exc);                                           \
    JSUnlock(ctx);                                                                                 \
    return r;                                                                                      \
  }

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

/* JSC::JSPromise::status(VM&) const -> 0 pending, 1 fulfilled, 2 rejected, and
 * JSC::JSPromise::result(VM&) const -> the (encoded) value; `promise` must be a JSPromise cell and
 * `vm` the VM (a JSContextGroupRef is one). */
unsigned _ZNK3JSC9JSPromise6statusERNS_2VME(const void *promise, void *vm);
JSValueRef _ZNK3JSC9JSPromise6resultERNS_2VME(const void *promise, void *vm);
#define nodec_jsc_promise_status _ZNK3JSC9JSPromise6statusERNS_2VME
#define nodec_jsc_promise_result _ZNK3JSC9JSPromise6resultERNS_2VME

/* WTF::initializeMainThread(): marks the calling thread as WTF's main thread. */
void _ZN3WTF20initializeMainThreadEv(void);
#define nodec_wtf_initialize_main_thread _ZN3WTF20initializeMainThreadEv

/* A full garbage collection, now (JSBasePrivate.h). */
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);
/* A young-generation (eden) collection, now. */
void JSSynchronousEdenCollectForDebugging(JSContextRef ctx);

/* The target of a Proxy, or NULL (JSObjectRefPrivate.h). */
JSObjectRef JSObjectGetProxyTarget(JSObjectRef object);

/* { heapSize, heapCapacity, extraMemorySize, objectCount, ... } */
JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

/* JSC's sampling profiler (JSContextRefPrivate.h): samples JS stacks from a helper thread; the
 * samples come back as one JSON string. */
bool JSContextGroupEnableSamplingProfiler(JSContextGroupRef group);
JSStringRef JSContextGroupTakeSamplesFromSamplingProfiler(JSContextGroupRef group);

#endif
