/* Running work off the main thread: the one mechanism every binding uses (fs, crypto, zlib, dns).
 * Embed nodec_work as the FIRST member of your request struct, fill `work` (runs on a libuv pool
 * thread: no JS, no JSC calls) and `after` (main thread: turn the outcome into JS), then queue it.
 * The JS callback is called as cb(err) or cb(null, result), as a macrotask (ticks and promise
 * jobs run after it). Pool size is libuv's: UV_THREADPOOL_SIZE, default 4. */
#ifndef NODEC_THREADPOOL_H
#define NODEC_THREADPOOL_H

#include "jsutil.h"

typedef struct nodec_work nodec_work;
struct nodec_work {
  uv_work_t req;
  nodec_runtime *rt;
  JSObjectRef cb;      /* protected while queued */
  JSObjectRef keep;    /* optional object kept alive while queued (a Buffer being filled) */
  void (*work)(nodec_work *w);
  /* Return the result, or NULL after setting *err. */
  JSValueRef (*after)(nodec_work *w, JSValueRef *err);
  void (*destroy)(nodec_work *w); /* frees the request; called last */
};

/* Queues w; on failure calls cb with the error at once (as a callback, not a throw) and destroys w. */
void nodec_queue_work(nodec_runtime *rt, nodec_work *w, JSObjectRef cb, JSObjectRef keep);

#endif
