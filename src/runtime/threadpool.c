#include "threadpool.h"
#include <stdlib.h>

static void run_work(uv_work_t *req) {
  nodec_work *w = (nodec_work *)req;
  if (w->work) w->work(w);
}

static void after_work(uv_work_t *req, int status) {
  nodec_work *w = (nodec_work *)req;
  nodec_runtime *rt = w->rt;
  JSContextRef ctx = rt->ctx;
  JSValueRef err = NULL, result = NULL;
  if (status < 0) err = nodec_uv_error(rt, status, "uv_queue_work", NULL, NULL);
  else result = w->after ? w->after(w, &err) : nodec_undefined();
  JSObjectRef cb = w->cb;
  if (cb) {
    JSValueRef args[2] = {err ? err : nodec_null(), result ? result : nodec_undefined()};
    nodec_make_callback(rt, cb, NULL, err ? 1 : 2, args);
    JSValueUnprotect(ctx, cb);
  }
  if (w->keep) JSValueUnprotect(ctx, w->keep);
  if (w->destroy) w->destroy(w);
  else free(w);
}

void nodec_queue_work(nodec_runtime *rt, nodec_work *w, JSObjectRef cb, JSObjectRef keep) {
  w->rt = rt;
  w->cb = cb;
  w->keep = keep;
  if (cb) JSValueProtect(rt->ctx, cb);
  if (keep) JSValueProtect(rt->ctx, keep);
  int err = uv_queue_work(&rt->loop, &w->req, run_work, after_work);
  if (err) after_work(&w->req, err);
}
