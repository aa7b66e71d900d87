/* Runtime lifetime: make the loop and the JS context, run the bootstrap and the loop, tear down. */
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../bindings/bindings.h"
#include "builtins.h"
#include "jsutil.h"

int nodec_runtime_init(nodec_runtime *rt, nodec_options *opts) {
  memset(rt, 0, sizeof *rt);
  rt->opts = opts;
  rt->start_time_ns = uv_hrtime();
  int err = uv_loop_init(&rt->loop);
  if (err) {
    fprintf(stderr, "nodec: uv_loop_init: %s\n", uv_strerror(err));
    return -1;
  }
  rt->loop.data = rt;
  /* Loop idle time for perf_hooks' eventLoopUtilization / nodeTiming.idleTime (cheap: two clock reads
   * around each poll). */
  uv_loop_configure(&rt->loop, UV_METRICS_IDLE_TIME);
  /* JSC reads its options from the environment once, at the first VM: set ours (unless the user
   * set them), then take them back out of what children see. */
  const struct { const char *name, *value; } jsc_defaults[] = { /* value NULL: JSC's default */
      /* JSC does proper tail calls in strict code; V8 does not, and node programs (their stack
       * traces, their expected stack overflows) assume the caller's frame stays. */
      {"JSC_useTailCalls", "false"},
      /* SharedArrayBuffer is off by default in JSC builds outside browsers; node has it. */
      {"JSC_useSharedArrayBuffer", "true"},
      /* How far the heap may grow before the next collection: up to 4x a small heap by default, so
       * after a 64 MB Buffer ~200 MB of short-lived garbage piled up before the next GC and every
       * new object landed in cold memory (4 KB readFileSync 9 -> 25 us). At most 2x: fs
       * stream-copy in bench/fs.sh 0.59-0.73x -> 0.89-1.04x node; one allocation loop after a
       * 200 MB Map and a 128 MB Buffer 1.8 -> 0.9 s, peak RSS 1060 -> 630 MB; bench/gc.sh's
       * variants and http hello unchanged. */
      {"JSC_heapGrowthMaxIncrease", "1"},
      /* GC marking threads: JSC runs one per core (up to 8). With two cores the helper marker and
       * the collector compete with the program's own thread and JIT threads; one marker costs less
       * CPU (bench/buffer.js with nodec against itself, CPU time: concat 16 small 1.57x, base64 and
       * hex and utf8 4 KB 1.4-1.75x, the rest 1.0-1.3x; wall time 0.84-1.3x, most above 1). Only
       * on machines of at most two cores: unmeasured elsewhere. */
      {"JSC_numberOfGCMarkers", uv_available_parallelism() <= 2 ? "1" : NULL},
  };
  enum { N_JSC_DEFAULTS = sizeof jsc_defaults / sizeof jsc_defaults[0] };
  bool jsc_set[N_JSC_DEFAULTS];
  for (size_t i = 0; i < N_JSC_DEFAULTS; i++) {
    jsc_set[i] = jsc_defaults[i].value && getenv(jsc_defaults[i].name) == NULL;
    if (jsc_set[i]) setenv(jsc_defaults[i].name, jsc_defaults[i].value, 1);
  }
  rt->perf_v8_start_ns = uv_hrtime();
  const char *buffer_gc = getenv("NODEC_BUFFER_GC");
  rt->buffer_gc_off = buffer_gc && strcmp(buffer_gc, "0") == 0;
  /* Make this thread WTF's main thread before the first VM exists, so that JSC's run-loop timers
   * (FinalizationRegistry callbacks, GC timers) go to GLib's default main context, which the event
   * loop dispatches (loop.c). Otherwise JSC would give them a private context nobody runs. */
  nodec_wtf_initialize_main_thread();
  rt->ctx = JSGlobalContextCreate(NULL);
  for (size_t i = 0; i < N_JSC_DEFAULTS; i++)
    if (jsc_set[i]) unsetenv(jsc_defaults[i].name);
  /* Held for the process lifetime: each API call then skips lock acquisition. Microtasks drain only
   * where we drop it on purpose (nodec_drain_microtasks). */
  JSLock(rt->ctx);
  JSGlobalContextSetName(rt->ctx, NULL);
  nodec_jsutil_init(rt);
  nodec_cpu_profile_start(rt);
  rt->binding_cache = JSObjectMake(rt->ctx, NULL, NULL);
  JSValueProtect(rt->ctx, rt->binding_cache);
  rt->shared_array = JSObjectMakeTypedArrayWithBytesNoCopy(
      rt->ctx, kJSTypedArrayTypeInt32Array, rt->shared, sizeof rt->shared, NULL, NULL, NULL);
  JSValueProtect(rt->ctx, rt->shared_array);
  nodec_loop_init(rt);
  rt->perf_environment_ns = uv_hrtime();
  return 0;
}

/* Runs lib/internal/bootstrap/realm.js: it builds `process` and the globals, then runs the entry point. */
static int run_bootstrap(nodec_runtime *rt) {
  JSValueRef exc = NULL;
  JSObjectRef fn = nodec_compile_builtin(rt, "internal/bootstrap/realm", &exc);
  if (!fn) {
    nodec_print_exception(rt, exc);
    return -1;
  }
  JSObjectRef binding = nodec_make_function(rt, "internalBinding", nodec_internal_binding_fn);
  JSObjectRef module = JSObjectMake(rt->ctx, NULL, NULL);
  JSObjectRef exports = JSObjectMake(rt->ctx, NULL, NULL);
  nodec_set(rt->ctx, module, "exports", exports);
  JSValueRef args[5] = {exports, nodec_undefined(), module, binding, nodec_undefined()};
  nodec_make_callback(rt, fn, NULL, 5, args);
  return 0;
}

int nodec_runtime_run(nodec_runtime *rt) {
  if (run_bootstrap(rt) != 0) return 1;
  return nodec_loop_run(rt);
}

void nodec_runtime_dispose(nodec_runtime *rt) {
  nodec_loop_close(rt);
  for (int i = 0; i < NODEC_CB_COUNT; i++)
    if (rt->callbacks[i]) JSValueUnprotect(rt->ctx, rt->callbacks[i]);
  JSValueUnprotect(rt->ctx, rt->shared_array);
  JSValueUnprotect(rt->ctx, rt->binding_cache);
  if (rt->split_nul) JSValueUnprotect(rt->ctx, rt->split_nul);
  nodec_jsutil_dispose(rt);
  JSUnlock(rt->ctx);
  JSGlobalContextRelease(rt->ctx);
  if (rt->vm_context_class) JSClassRelease(rt->vm_context_class);
  uv_loop_close(&rt->loop);
}
