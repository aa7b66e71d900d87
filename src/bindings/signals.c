/* internalBinding('signals'): process.on('SIGINT', ...) and friends, over uv_signal. Like node, a
 * signal listener does not keep the process alive by itself. */
#include <signal.h>
#include <stdlib.h>
#include "bindings.h"

#define NODEC_NSIG 65

typedef struct nodec_signals {
  uv_signal_t handles[NODEC_NSIG];
  bool active[NODEC_NSIG];
  JSObjectRef on_signal; /* (signum) */
  nodec_runtime *rt;
} nodec_signals;

static void on_signal(uv_signal_t *h, int signum) {
  nodec_signals *s = h->data;
  JSValueRef arg = nodec_number(signum);
  if (s->on_signal) nodec_make_callback(s->rt, s->on_signal, NULL, 1, &arg);
}

static nodec_signals *state(nodec_runtime *rt) {
  if (!rt->signals) {
    rt->signals = calloc(1, sizeof *rt->signals);
    if (!rt->signals) abort();
    rt->signals->rt = rt;
  }
  return rt->signals;
}

/* setHandler(fn): the JS dispatcher that emits process events. */
NODEC_FN(set_handler) {
  NODEC_UNUSED_FN_ARGS;
  nodec_signals *s = state(rt);
  if (s->on_signal) JSValueUnprotect(ctx, s->on_signal);
  s->on_signal = JSValueIsObject(ctx, ARG(0)) ? (JSObjectRef)argv[0] : NULL;
  if (s->on_signal) JSValueProtect(ctx, s->on_signal);
  return NULL;
}

/* start(signum) -> 0 or negative errno. */
NODEC_FN(start) {
  NODEC_UNUSED_FN_ARGS;
  int signum = (int)JSValueToNumber(ctx, ARG(0), NULL);
  if (signum <= 0 || signum >= NODEC_NSIG) return nodec_number(UV_EINVAL);
  nodec_signals *s = state(rt);
  if (s->active[signum]) return nodec_number(0);
  uv_signal_init(&rt->loop, &s->handles[signum]);
  s->handles[signum].data = s;
  int err = uv_signal_start(&s->handles[signum], on_signal, signum);
  if (err) {
    uv_close((uv_handle_t *)&s->handles[signum], NULL);
    return nodec_number(err);
  }
  uv_unref((uv_handle_t *)&s->handles[signum]);
  s->active[signum] = true;
  return nodec_number(0);
}

NODEC_FN(stop) {
  NODEC_UNUSED_FN_ARGS;
  int signum = (int)JSValueToNumber(ctx, ARG(0), NULL);
  nodec_signals *s = rt->signals;
  if (!s || signum <= 0 || signum >= NODEC_NSIG || !s->active[signum]) return NULL;
  uv_signal_stop(&s->handles[signum]);
  uv_close((uv_handle_t *)&s->handles[signum], NULL);
  s->active[signum] = false;
  return NULL;
}

void nodec_signals_close(nodec_runtime *rt) {
  nodec_signals *s = rt->signals;
  if (!s) return;
  for (int i = 0; i < NODEC_NSIG; i++)
    if (s->active[i]) uv_close((uv_handle_t *)&s->handles[i], NULL);
  uv_run(&rt->loop, UV_RUN_NOWAIT); /* let the closes finish before the memory goes */
  if (s->on_signal) JSValueUnprotect(rt->ctx, s->on_signal);
  free(s);
  rt->signals = NULL;
}

static const nodec_fn functions[] = {
    {"setHandler", set_handler},
    {"start", start},
    {"stop", stop},
    {NULL, NULL},
};

void nodec_binding_init_signals(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
