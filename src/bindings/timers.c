/* internalBinding('timers'): the one uv_timer and the immediate idle handle (see runtime/loop.c). */
#include "bindings.h"

NODEC_FN(schedule_timer) {
  NODEC_UNUSED_FN_ARGS;
  nodec_schedule_timer(rt, JSValueToNumber(ctx, ARG(0), NULL));
  return NULL;
}

NODEC_FN(toggle_timer_ref) {
  NODEC_UNUSED_FN_ARGS;
  if (JSValueToBoolean(ctx, ARG(0))) uv_ref((uv_handle_t *)&rt->timer);
  else uv_unref((uv_handle_t *)&rt->timer);
  return NULL;
}

NODEC_FN(toggle_immediate_ref) {
  NODEC_UNUSED_FN_ARGS;
  nodec_toggle_immediate_ref(rt, JSValueToBoolean(ctx, ARG(0)));
  return NULL;
}

/* Fresh loop time, as node's GetNow: a timer set after slow synchronous work starts from now. */
NODEC_FN(get_libuv_now) {
  NODEC_UNUSED_FN_ARGS;
  uv_update_time(&rt->loop);
  return nodec_number((double)uv_now(&rt->loop));
}

static const nodec_fn functions[] = {
    {"scheduleTimer", schedule_timer},
    {"toggleTimerRef", toggle_timer_ref},
    {"toggleImmediateRef", toggle_immediate_ref},
    {"getLibuvNow", get_libuv_now},
    {NULL, NULL},
};

void nodec_binding_init_timers(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
