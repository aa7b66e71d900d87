/* Node's event-loop contract on libuv.
 * - After every callback C makes into JS: run the nextTick queue, then promise jobs, until both are empty.
 *   JSC runs promise jobs when its API lock is dropped with no JS on the stack; we hold the lock
 *   otherwise, so C drops and retakes it here, at the only places where the stack is empty of JS.
 * - Timers and immediates run one callback per crossing, so that microtasks drain between two
 *   of them exactly as in node. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib.h>
#include "jsutil.h"
#include "runtime.h"

void nodec_drain_microtasks(nodec_runtime *rt) {
  JSUnlock(rt->ctx);
  JSLock(rt->ctx);
}

/* node's processTicksAndRejections: do { ticks; promise jobs } while (ticks were queued ||
 * rejections were processed). Rejections are looked at only once both queues are empty, so a handler
 * attached by a tick or a promise job in between counts. */
/* Returns false if the hook threw (the exception has been handled as uncaught by then). */
static bool call_hook(nodec_runtime *rt, int which) {
  JSObjectRef fn = rt->callbacks[which];
  if (!fn) return true;
  JSValueRef exc = NULL;
  JSObjectCallAsFunction(rt->ctx, fn, NULL, 0, NULL, &exc);
  if (!exc) return true;
  nodec_fatal_exception(rt, exc);
  return false;
}

void nodec_after_callback(nodec_runtime *rt) {
  for (;;) {
    /* After a tick threw, node goes on with the remaining ticks before any promise job. */
    if (rt->shared[NODEC_TICK_HAS_SCHEDULED] && !call_hook(rt, NODEC_CB_RUN_TICKS)) continue;
    nodec_drain_microtasks(rt);
    if (rt->shared[NODEC_TICK_HAS_SCHEDULED]) continue;
    if (!rt->shared[NODEC_TICK_HAS_REJECTIONS]) break;
    rt->shared[NODEC_TICK_HAS_REJECTIONS] = 0;
    call_hook(rt, NODEC_CB_PROCESS_REJECTIONS);
  }
}

JSValueRef nodec_make_callback(nodec_runtime *rt, JSObjectRef fn, JSObjectRef self, size_t argc,
                               const JSValueRef *argv) {
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectCallAsFunction(rt->ctx, fn, self, argc, argv, &exc);
  if (exc) nodec_fatal_exception(rt, exc);
  nodec_after_callback(rt);
  return r;
}

void nodec_fatal_exception(nodec_runtime *rt, JSValueRef exc) {
  JSObjectRef handler = rt->callbacks[NODEC_CB_FATAL_EXCEPTION];
  if (handler) {
    JSValueRef exc2 = NULL;
    JSValueRef handled = JSObjectCallAsFunction(rt->ctx, handler, NULL, 1, &exc, &exc2);
    if (!exc2 && JSValueToBoolean(rt->ctx, handled)) return;
    if (exc2) {
      /* The handler itself threw: node exits with 7 after printing the second error. */
      nodec_print_exception(rt, exc2);
      nodec_exit(rt, 7);
    }
    nodec_exit(rt, rt->exit_code ? rt->exit_code : 1);
  }
  nodec_print_exception(rt, exc);
  nodec_exit(rt, 1);
}

void nodec_print_exception(nodec_runtime *rt, JSValueRef exc) {
  JSContextRef ctx = rt->ctx;
  char *text = NULL;
  if (JSValueIsObject(ctx, exc)) {
    JSValueRef stack = nodec_get(ctx, (JSObjectRef)exc, "stack");
    char *msg = nodec_to_utf8(ctx, exc, NULL, NULL);
    char *st = JSValueIsString(ctx, stack) ? nodec_to_utf8(ctx, stack, NULL, NULL) : NULL;
    size_t n = (msg ? strlen(msg) : 0) + (st ? strlen(st) : 0) + 4;
    text = malloc(n);
    if (!text) abort();
    snprintf(text, n, "%s\n%s", msg ? msg : "", st ? st : "");
    free(msg);
    free(st);
  } else {
    text = nodec_to_utf8(ctx, exc, NULL, NULL);
  }
  fprintf(stderr, "Uncaught %s\n", text ? text : "exception");
  free(text);
}

/* NODEC_CPU_PROFILE=FILE: JSC's sampling profiler runs for the whole process and its samples are
 * written to FILE (JSON) at exit; scripts/jsprof.py summarizes them. A developer's tool. */
void nodec_cpu_profile_start(nodec_runtime *rt) {
  if (getenv("NODEC_CPU_PROFILE")) JSContextGroupEnableSamplingProfiler(JSContextGetGroup(rt->ctx));
}

static void cpu_profile_write(nodec_runtime *rt) {
  const char *path = getenv("NODEC_CPU_PROFILE");
  if (!path || !rt->ctx) return;
  JSStringRef json = JSContextGroupTakeSamplesFromSamplingProfiler(JSContextGetGroup(rt->ctx));
  if (!json) return;
  size_t len = 0;
  char *text = nodec_jsstring_to_utf8(json, &len);
  JSStringRelease(json);
  FILE *f = fopen(path, "w");
  if (f) {
    fwrite(text, 1, len, f);
    fclose(f);
  } else {
    perror(path);
  }
  free(text);
}

_Noreturn void nodec_exit(nodec_runtime *rt, int code) {
  cpu_profile_write(rt);
  fflush(stdout);
  fflush(stderr);
  /* _exit: JSC's and glib's static destructors must not run with the VM locked on this thread. */
  _exit(code);
}

/* ---- timers: one uv_timer for all of them; the lists live in JS (internal/timers). */

static void on_timer(uv_timer_t *handle) {
  nodec_runtime *rt = handle->loop->data;
  JSObjectRef process_timers = rt->callbacks[NODEC_CB_PROCESS_TIMERS];
  if (!process_timers) return;
  double next = 0;
  /* One "now" for the whole timers phase, as node: a timer created by a callback in this phase has a
   * later start (fresh clock) and so is never due before the next phase. */
  JSValueRef now = nodec_number((double)uv_now(&rt->loop));
  for (;;) {
    JSValueRef r = nodec_make_callback(rt, process_timers, NULL, 1, &now);
    next = r ? JSValueToNumber(rt->ctx, r, NULL) : NAN;
    if (!isnan(next)) break; /* NaN: ran one timer, call again after draining */
  }
  if (next == 0) return;
  double expiry = fabs(next);
  uv_update_time(&rt->loop);
  double current = (double)uv_now(&rt->loop);
  uv_timer_start(&rt->timer, on_timer, expiry > current ? (uint64_t)(expiry - current) : 1, 0);
  if (next > 0) uv_ref((uv_handle_t *)&rt->timer);
  else uv_unref((uv_handle_t *)&rt->timer);
}

void nodec_schedule_timer(nodec_runtime *rt, double ms) {
  uv_timer_start(&rt->timer, on_timer, ms < 1 ? 1 : (uint64_t)ms, 0);
}

/* ---- immediates: run in the check phase; the idle handle keeps poll from blocking meanwhile. */

static void on_check(uv_check_t *handle) {
  nodec_runtime *rt = handle->loop->data;
  JSObjectRef process_immediate = rt->callbacks[NODEC_CB_PROCESS_IMMEDIATE];
  if (!process_immediate || rt->shared[NODEC_IMM_COUNT] == 0) return;
  JSValueRef first = nodec_boolean(true);
  for (;;) {
    /* NULL: the immediate threw and 'uncaughtException' handled it; the rest of this turn's batch
     * still runs now (each call consumes one immediate, so this ends). */
    JSValueRef r = nodec_make_callback(rt, process_immediate, NULL, 1, &first);
    first = nodec_boolean(false);
    if (r && !JSValueToBoolean(rt->ctx, r)) break;
  }
}

static void on_idle(uv_idle_t *handle) { (void)handle; }

void nodec_toggle_immediate_ref(nodec_runtime *rt, bool ref) {
  if (ref) uv_idle_start(&rt->immediate_idle, on_idle);
  else uv_idle_stop(&rt->immediate_idle);
}

/* ---- JavaScriptCore's own deferred work (FinalizationRegistry cleanup callbacks, its GC timers)
 * is scheduled on the GLib main context of the thread that runs JS. libuv owns our loop, so after
 * each poll phase we dispatch whatever GLib has ready, without blocking. The default context is
 * process-wide, hence one handle for the process. */

/* JSC's GLib run loop carries only its GC and JIT housekeeping timers, which do not need
 * sub-millisecond service; asking glib costs a poll(2) and its locks on every loop iteration
 * (measured: ~4,300 extra syscalls for a 64 MB zlib stream), so it is asked at most once per
 * millisecond of loop time. */
static void on_glib_check(uv_check_t *handle) {
  nodec_runtime *rt = handle->loop->data;
  uint64_t now = uv_now(handle->loop);
  if (now == rt->glib_checked_at) return;
  rt->glib_checked_at = now;
  bool ran = false;
  for (int i = 0; i < 16 && g_main_context_pending(NULL); i++) {
    g_main_context_iteration(NULL, FALSE);
    ran = true;
  }
  if (ran) nodec_after_callback(rt);
}

void nodec_loop_init(nodec_runtime *rt) {
  uv_timer_init(&rt->loop, &rt->timer);
  uv_unref((uv_handle_t *)&rt->timer);
  uv_check_init(&rt->loop, &rt->immediate_check);
  uv_check_start(&rt->immediate_check, on_check);
  uv_unref((uv_handle_t *)&rt->immediate_check);
  uv_idle_init(&rt->loop, &rt->immediate_idle);
  uv_check_init(&rt->loop, &rt->glib_check);
  uv_check_start(&rt->glib_check, on_glib_check);
  uv_unref((uv_handle_t *)&rt->glib_check);
}

static void on_close_noop(uv_handle_t *h) { (void)h; }
static void close_walk(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, on_close_noop);
}

void nodec_loop_close(nodec_runtime *rt) {
  nodec_stdio_close(rt);
  nodec_signals_close(rt);
  uv_walk(&rt->loop, close_walk, NULL);
  uv_run(&rt->loop, UV_RUN_DEFAULT);
}

int nodec_loop_run(nodec_runtime *rt) {
  if (rt->perf_loop_start_ns == 0) rt->perf_loop_start_ns = uv_hrtime();
  for (;;) {
    uv_run(&rt->loop, UV_RUN_DEFAULT);
    if (rt->exiting) break;
    /* 'beforeExit' may schedule more work; then the loop goes on. */
    if (rt->callbacks[NODEC_CB_EMIT_BEFORE_EXIT])
      nodec_make_callback(rt, rt->callbacks[NODEC_CB_EMIT_BEFORE_EXIT], NULL, 0, NULL);
    if (!uv_loop_alive(&rt->loop)) break;
  }
  rt->perf_loop_exit_ns = uv_hrtime();
  int code = rt->exit_code;
  if (rt->callbacks[NODEC_CB_EMIT_EXIT]) {
    JSValueRef exc = NULL;
    JSValueRef r = JSObjectCallAsFunction(rt->ctx, rt->callbacks[NODEC_CB_EMIT_EXIT], NULL, 0, NULL, &exc);
    if (exc) nodec_fatal_exception(rt, exc);
    else code = (int)JSValueToNumber(rt->ctx, r, NULL);
  }
  return code;
}
