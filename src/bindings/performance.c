/* internalBinding('performance'): the runtime's milestones and loop idle time for perf_hooks
 * (performance.nodeTiming, eventLoopUtilization). Times are uv_hrtime() nanoseconds, taken in
 * runtime.c / loop.c; 0 means "not reached yet". */
#include <string.h>
#include "bindings.h"

enum { kNodeStart, kV8Start, kEnvironment, kBootstrapComplete, kLoopStart, kLoopExit, kIdleTime, kSlots };

/* milestones(float64array(7)): fills [nodeStart, v8Start, environment, bootstrapComplete, loopStart,
 * loopExit, idleTime] in milliseconds from the process start (timeOrigin); -1 for one not reached. */
NODEC_FN(milestones) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  if (!p || len < kSlots * sizeof(double)) return nodec_undefined();
  const uint64_t origin = rt->start_time_ns;
  const uint64_t at[kLoopExit + 1] = {
      origin, rt->perf_v8_start_ns, rt->perf_environment_ns, rt->perf_bootstrap_ns,
      rt->perf_loop_start_ns, rt->perf_loop_exit_ns,
  };
  double v[kSlots];
  for (int i = 0; i <= kLoopExit; i++) v[i] = at[i] == 0 ? -1 : (double)(at[i] - origin) / 1e6;
  v[kIdleTime] = (double)uv_metrics_idle_time(&rt->loop) / 1e6;
  memcpy(p, v, sizeof v);
  return nodec_undefined();
}

/* The entry point is about to run: bootstrap is complete (first call wins). */
NODEC_FN(mark_bootstrap_complete) {
  NODEC_UNUSED_FN_ARGS;
  if (rt->perf_bootstrap_ns == 0) rt->perf_bootstrap_ns = uv_hrtime();
  return nodec_undefined();
}

/* loopIdleTime() -> ms the loop has spent waiting in the poll phase (UV_METRICS_IDLE_TIME). */
NODEC_FN(loop_idle_time) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number((double)uv_metrics_idle_time(&rt->loop) / 1e6);
}

static const nodec_fn functions[] = {
    {"milestones", milestones},
    {"markBootstrapComplete", mark_bootstrap_complete},
    {"loopIdleTime", loop_idle_time},
    {NULL, NULL},
};

void nodec_binding_init_performance(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  /* observerCounts[entry type]: how many observers watch each type (kept by perf_hooks). */
  JSObjectRef counts = JSObjectMakeTypedArray(rt->ctx, kJSTypedArrayTypeUint32Array, 6, NULL);
  if (counts) nodec_set(rt->ctx, target, "observerCounts", counts);
}
