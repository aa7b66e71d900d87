/* internalBinding('fs_copy'): the file-to-file fast path of readStream.pipe(writeStream)
 * (lib/internal/fs/copy_pipe.js). One pool job copies a whole stretch with copy_file_range(2): the
 * kernel moves the bytes between the two files' page caches, where the ordinary path makes two
 * pool round trips and two copies through user memory per 64 KB chunk.
 *
 *   copyRange(inFd, inPos, outFd, outPos, maxLen, cb)
 *     positions < 0 mean the fd's own file position (which then advances, as read/write would).
 *     cb(null, r): r >= 0: r bytes copied, fewer than maxLen only at the end of the input;
 *                  r < 0: stopped by an error after -r - 1 bytes. The caller then goes back to
 *                  ordinary reads and writes, which meet the same error and report it as usual,
 *                  so no error of this path ever reaches the program. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "../runtime/threadpool.h"
#include "bindings.h"

typedef struct copy_job {
  nodec_work w; /* first: the pool request */
  int in_fd, out_fd;
  int64_t in_pos, out_pos; /* < 0: the fd's position */
  uint64_t max, copied;
  bool failed;
} copy_job;

static void copy_work(nodec_work *w) {
  copy_job *j = (copy_job *)w;
  while (j->copied < j->max) {
    uint64_t want = j->max - j->copied;
    size_t chunk = want > (1u << 30) ? (1u << 30) : (size_t)want;
    loff_t in_off = (loff_t)j->in_pos, out_off = (loff_t)j->out_pos;
    ssize_t n = copy_file_range(j->in_fd, j->in_pos < 0 ? NULL : &in_off, j->out_fd,
                                j->out_pos < 0 ? NULL : &out_off, chunk, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      j->failed = true;
      return;
    }
    if (n == 0) return; /* end of the input */
    j->copied += (uint64_t)n;
    if (j->in_pos >= 0) j->in_pos += n;
    if (j->out_pos >= 0) j->out_pos += n;
  }
}

static JSValueRef copy_after(nodec_work *w, JSValueRef *err) {
  (void)err;
  copy_job *j = (copy_job *)w;
  return nodec_number(j->failed ? -(double)j->copied - 1 : (double)j->copied);
}

static void copy_destroy(nodec_work *w) { free(w); }

/* A number argument; NaN (undefined, or no number at all) as -1: "the fd's position", "no fd". */
static double num_arg(JSContextRef ctx, JSValueRef v) {
  double d = nodec_to_number(ctx, v);
  return d == d ? d : -1;
}

NODEC_FN(copy_range) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef cb = ARG(5);
  if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb))
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "callback must be a function");
  copy_job *j = calloc(1, sizeof *j);
  if (!j) abort();
  j->in_fd = (int)num_arg(ctx, ARG(0));
  j->in_pos = (int64_t)num_arg(ctx, ARG(1));
  j->out_fd = (int)num_arg(ctx, ARG(2));
  j->out_pos = (int64_t)num_arg(ctx, ARG(3));
  double max = num_arg(ctx, ARG(4));
  j->max = max < 0 ? 0 : max >= 9007199254740991.0 ? UINT64_MAX : (uint64_t)max;
  j->w.rt = rt;
  j->w.work = copy_work;
  j->w.after = copy_after;
  j->w.destroy = copy_destroy;
  nodec_queue_work(rt, &j->w, (JSObjectRef)cb, NULL);
  return nodec_undefined();
}

static const nodec_fn functions[] = {
    {"copyRange", copy_range},
    {NULL, NULL},
};

void nodec_binding_init_fs_copy(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
