/* handle.sendFile(req, fd, offset, length[, head]): the static-file fast path. Bytes go from a file
 * to a TCP or pipe socket with sendfile(2), never entering JS or user memory. `head` (a Buffer:
 * an HTTP head, a chunk-size line) goes first, sent with MSG_MORE so that the kernel packs it with
 * the file's first bytes instead of sending a small packet of its own.
 *
 * Ordering: the caller (lib/internal/fs/sendfile_pipe.js) starts this only once every earlier write
 * on the socket has completed and keeps the socket corked until req.oncomplete, so the file's bytes
 * sit exactly where a write of them would have. Returns like a write: 0 when all was sent at once,
 * 1 when the rest follows (req.oncomplete(status) later), < 0 a uv error.
 *
 * Waiting for room: libuv allows one watcher per fd and the socket's own watcher belongs to the
 * stream, so the socket is dup()ed and a uv_poll on the duplicate waits for POLLOUT. Closing the
 * handle cancels the transfer (oncomplete(UV_ECANCELED)). Reads of a cold file block the loop the
 * way nginx's sendfile does without aio; the page cache makes that rare for served files. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/sendfile.h>
#include <unistd.h>
#include "stream_wrap.h"

struct nodec_sendfile {
  uv_poll_t poll;
  nodec_handle *h;
  JSObjectRef js_req; /* protected until oncomplete ran */
  int in_fd, dup_fd;
  int64_t offset; /* -1: the file's current position */
  uint64_t left;
  char *head; /* malloc'd copy, sent before the file */
  size_t head_len, head_off;
  bool polling;
};

/* Sends until done, EAGAIN or an error: 0 done, UV_EAGAIN wait, < 0 failed. */
static int pump(nodec_sendfile *sf, int out_fd) {
  while (sf->head_off < sf->head_len) {
    const char *p = sf->head + sf->head_off;
    size_t n_left = sf->head_len - sf->head_off;
    ssize_t n = send(out_fd, p, n_left, MSG_MORE | MSG_NOSIGNAL);
    if (n < 0 && errno == ENOTSOCK) n = write(out_fd, p, n_left);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return UV_EAGAIN;
      return -errno;
    }
    sf->head_off += (size_t)n;
    sf->h->bytes_written += (uint64_t)n;
  }
  while (sf->left > 0) {
    size_t chunk = sf->left > (1u << 30) ? (1u << 30) : (size_t)sf->left;
    off_t off = (off_t)sf->offset;
    ssize_t n = sendfile(out_fd, sf->in_fd, sf->offset < 0 ? NULL : &off, chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return UV_EAGAIN;
      return -errno;
    }
    if (n == 0) return UV_EOF; /* the file is shorter than promised */
    if (sf->offset >= 0) sf->offset += n;
    sf->left -= (uint64_t)n;
    sf->h->bytes_written += (uint64_t)n;
  }
  return 0;
}

static void sendfile_free(nodec_sendfile *sf) {
  if (sf->dup_fd >= 0) close(sf->dup_fd);
  free(sf->head);
  free(sf);
}

static void on_poll_closed(uv_handle_t *ph) { sendfile_free(ph->data); }

/* Reports `status` to JS and lets the transfer go (the poll, if any, is closed first). */
static void finish(nodec_sendfile *sf, int status) {
  nodec_runtime *rt = sf->h->env->rt;
  JSContextRef ctx = rt->ctx;
  JSObjectRef js_req = sf->js_req;
  JSStringRef oncomplete = sf->h->env->s_oncomplete;
  sf->h->sendfile = NULL;
  if (sf->polling) {
    uv_poll_stop(&sf->poll);
    uv_close((uv_handle_t *)&sf->poll, on_poll_closed);
  } else {
    sendfile_free(sf);
  }
  JSValueRef arg = nodec_number(status);
  nodec_handle_emit(rt, js_req, oncomplete, 1, &arg);
  JSValueUnprotect(ctx, js_req);
}

static void on_writable(uv_poll_t *p, int status, int events) {
  (void)events;
  nodec_sendfile *sf = p->data;
  int r = status < 0 ? status : pump(sf, sf->dup_fd);
  if (r == UV_EAGAIN) return;
  finish(sf, r);
}

void nodec_sendfile_cancel(nodec_handle *h) {
  if (h->sendfile) finish(h->sendfile, UV_ECANCELED);
}

NODEC_METHOD(m_send_file) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, (1u << NODEC_H_TCP) | (1u << NODEC_H_PIPE), exc);
  if (!h) return NULL;
  if (argc < 4 || !JSValueIsObject(ctx, argv[0])) return nodec_number(UV_EINVAL);
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  /* Earlier bytes still queued in libuv would be overtaken. */
  if (h->sendfile || h->h.stream.write_queue_size > 0) return nodec_number(UV_EBUSY);
  double fd = JSValueToNumber(ctx, argv[1], exc);
  double offset = JSValueToNumber(ctx, argv[2], exc);
  double length = JSValueToNumber(ctx, argv[3], exc);
  if (!(fd >= 0 && fd <= 2147483647) || !(offset >= -1 && offset <= 9007199254740991.0) ||
      !(length >= 0 && length <= 9007199254740991.0))
    return nodec_number(UV_EINVAL);
  uv_os_fd_t out_fd;
  int err = uv_fileno(&h->h.handle, &out_fd);
  if (err) return nodec_number(err);
  nodec_sendfile *sf = calloc(1, sizeof *sf);
  if (!sf) abort();
  sf->h = h;
  sf->in_fd = (int)fd;
  sf->dup_fd = -1;
  sf->offset = (int64_t)offset;
  sf->left = (uint64_t)length;
  if (argc > 4 && !JSValueIsUndefined(ctx, argv[4])) {
    size_t n = 0;
    uint8_t *p = nodec_bytes(ctx, argv[4], &n, exc);
    if (!p && n) {
      free(sf);
      return NULL;
    }
    if (n) {
      sf->head = malloc(n);
      if (!sf->head) abort();
      memcpy(sf->head, p, n);
      sf->head_len = n;
    }
  }
  int r = pump(sf, out_fd);
  if (r != UV_EAGAIN) {
    sendfile_free(sf);
    return nodec_number(r);
  }
  sf->dup_fd = dup(out_fd);
  if (sf->dup_fd < 0) {
    r = -errno;
    sendfile_free(sf);
    return nodec_number(r);
  }
  r = uv_poll_init(&h->env->rt->loop, &sf->poll, sf->dup_fd);
  if (r == 0) {
    sf->poll.data = sf;
    r = uv_poll_start(&sf->poll, UV_WRITABLE, on_writable);
    if (r != 0) {
      uv_close((uv_handle_t *)&sf->poll, on_poll_closed); /* closes dup_fd and frees */
      return nodec_number(r);
    }
  } else {
    sendfile_free(sf);
    return nodec_number(r);
  }
  sf->polling = true;
  sf->js_req = (JSObjectRef)argv[0];
  JSValueProtect(ctx, sf->js_req);
  h->sendfile = sf;
  return nodec_number(1);
}

JSValueRef nodec_stream_send_file(JSContextRef ctx, JSObjectRef function, JSObjectRef self, size_t argc,
                                  const JSValueRef argv[], JSValueRef *exc) {
  return m_send_file(ctx, function, self, argc, argv, exc);
}
