/* The one struct that owns a nodec process's state: the libuv loop, the JSC context, the bindings
 * made so far, the loop handles behind timers/immediates, and the JS functions C calls back into. */
#ifndef NODEC_RUNTIME_H
#define NODEC_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>
#include <uv.h>
#include "jsc_private.h"

typedef struct nodec_options {
  unsigned exclusive_set; /* main.c: which options of node's mutually exclusive pairs were given */
  int argc;              /* argv as given to main */
  char **argv;
  int exec_argc;         /* node options before the script: process.execArgv */
  char **exec_argv;
  int script_argc;       /* the script (or nothing) and its arguments: process.argv[1..] */
  char **script_argv;
  const char *eval_source;  /* -e / -p */
  bool print_eval;          /* -p */
  bool force_repl;          /* -i: accepted, stdin is read as a script */
  bool expose_internals;    /* --expose-internals: require('internal/...') for tests */
  bool check_syntax;        /* -c */
  int npreload;             /* -r modules, in order */
  const char **preload;
  const char *input_type;   /* --input-type */
  const char *unhandled_rejections; /* --unhandled-rejections= mode */
  char **env_argv;          /* NODE_OPTIONS split into tokens (owned) */
} nodec_options;

/* Slots of the Int32Array JS and C share so that hot checks need no crossing. */
enum {
  NODEC_TICK_HAS_SCHEDULED = 0,  /* process.nextTick queue is non-empty */
  NODEC_TICK_HAS_REJECTIONS = 1, /* unhandled rejections wait to be processed */
  NODEC_IMM_COUNT = 2,           /* immediates queued */
  NODEC_IMM_REF_COUNT = 3,       /* of which keep the loop alive */
  NODEC_SHARED_SLOTS = 8
};

/* JS functions that C calls; set once by the bootstrap through internalBinding('runtime').setup(). */
enum {
  NODEC_CB_RUN_TICKS,          /* drain the nextTick queue */
  NODEC_CB_PROCESS_REJECTIONS, /* unhandled / late-handled promise rejections */
  NODEC_CB_PROCESS_TIMERS,     /* (now) -> next expiry: 0 none, >0 ref'd, <0 unref'd; NaN: call again */
  NODEC_CB_PROCESS_IMMEDIATE,  /* run one immediate; returns true while more are due this turn */
  NODEC_CB_FATAL_EXCEPTION,    /* (err) -> true if handled by 'uncaughtException' */
  NODEC_CB_PROMISE_REJECT,     /* (promise, reason) from JSC's unhandled-rejection hook */
  NODEC_CB_EMIT_BEFORE_EXIT,   /* () */
  NODEC_CB_EMIT_EXIT,          /* (code) -> final code */
  NODEC_CB_UV_EXCEPTION,       /* (errno, syscall, path, dest) -> Error, node's format */
  NODEC_CB_COUNT
};

typedef struct nodec_runtime {
  uv_loop_t loop;
  JSGlobalContextRef ctx;
  JSClassRef native_fn_class;   /* callable objects that carry (rt, C function) */
  struct nodec_fastcall *fastcall; /* natives as host functions (fastcall.c) */
  bool strview_ok;              /* strings read in place (jsstring_view.c) */
  uint8_t strview_type;         /* the JSType byte of string cells */
  struct nodec_bytesview *bytesview; /* typed arrays read in place (jsbytes_view.c), or NULL */
  JSClassRef vm_context_class;  /* vm contexts (bindings/contextify.c), made on first use */
  JSObjectRef function_prototype; /* cached for native functions (jsutil.c) */
  /* Where JSC keeps a proxy's handler (word index) and a promise's cell type, found at start-up by
   * util.c from objects made there; 0 = unknown, the features that need them stay off. */
  int proxy_handler_word, promise_cell_type;
  size_t buffer_bytes; /* Buffers made over C memory since the last eden collection nodec asked for */
  bool buffer_gc_off;  /* NODEC_BUFFER_GC=0: no such collections (jsutil.c) */
  JSObjectRef split_nul;          /* s => s.split('\0') with the original split (fs.c readdir) */
  JSObjectRef binding_cache;    /* name -> binding object (protected) */
  JSObjectRef callbacks[NODEC_CB_COUNT];
  int32_t shared[NODEC_SHARED_SLOTS];
  JSObjectRef shared_array;     /* Int32Array over `shared` */

  uv_timer_t timer;             /* the one timer behind every setTimeout/setInterval */
  uv_check_t immediate_check;   /* runs setImmediate callbacks */
  uv_idle_t immediate_idle;     /* keeps poll from blocking while immediates are ref'd */

  struct stdin_reader *stdin_reader; /* owned by bindings/stdio.c */
  struct nodec_signals *signals;     /* owned by bindings/signals.c */
  JSObjectRef buffer_prototype;      /* Buffer.prototype, for Buffers made in C */
  void *http_parser_env;             /* bindings/http_parser_binding.c, while that binding lives */
  void *zlib_state;                  /* modules/zlib/zlib_binding.c, while that binding lives */
  nodec_options *opts;
  uint64_t start_time_ns;       /* for process.uptime / performance.timeOrigin */
  /* performance.nodeTiming milestones (uv_hrtime ns, 0 = not yet): bindings/performance.c */
  uint64_t perf_v8_start_ns, perf_environment_ns, perf_bootstrap_ns, perf_loop_start_ns, perf_loop_exit_ns;
  uv_check_t glib_check;    /* dispatches GLib (JSC's run-loop timers), loop.c */
  uint64_t glib_checked_at; /* uv_now() of the last look at the GLib main context (loop.c) */
  int exit_code;
  bool exiting;
} nodec_runtime;

int nodec_runtime_init(nodec_runtime *rt, nodec_options *opts);
int nodec_runtime_run(nodec_runtime *rt);   /* bootstrap + loop; returns the exit code */
void nodec_runtime_dispose(nodec_runtime *rt);

/* The loop contract (loop.c). */
void nodec_loop_init(nodec_runtime *rt);
void nodec_loop_close(nodec_runtime *rt);
int nodec_loop_run(nodec_runtime *rt);
/* Call a JS callback as a macrotask: handle an exception as uncaught, then drain ticks and microtasks. */
JSValueRef nodec_make_callback(nodec_runtime *rt, JSObjectRef fn, JSObjectRef self, size_t argc,
                               const JSValueRef *argv);
void nodec_after_callback(nodec_runtime *rt);
void nodec_drain_microtasks(nodec_runtime *rt);
/* An exception reached the top: 'uncaughtException' or print + exit(1). */
void nodec_fatal_exception(nodec_runtime *rt, JSValueRef exc);
/* Print an exception in node's format on stderr (used before the JS side is ready). */
void nodec_print_exception(nodec_runtime *rt, JSValueRef exc);
_Noreturn void nodec_exit(nodec_runtime *rt, int code);
void nodec_cpu_profile_start(nodec_runtime *rt);
void nodec_schedule_timer(nodec_runtime *rt, double ms);
void nodec_toggle_immediate_ref(nodec_runtime *rt, bool ref);
/* Binding teardown hooks, called before the loop closes. */
void nodec_stdio_close(nodec_runtime *rt);
void nodec_signals_close(nodec_runtime *rt);

#endif
