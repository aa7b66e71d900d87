/* internalBinding('stdio'): synchronous, never-lossy writes to fds 1 and 2 (as node does for files and
 * pipes), what kind of thing an fd is, and reading stdin when it is a pipe, socket or terminal. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "bindings.h"

/* Writes everything or returns a negative errno. A non-blocking fd is waited on, never dropped. */
static int write_all(int fd, const uint8_t *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        struct pollfd pfd = {.fd = fd, .events = POLLOUT};
        poll(&pfd, 1, -1);
        continue;
      }
      return -errno;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* writeSync(fd, stringOrBytes) -> bytes written; throws node's error (EPIPE, EBADF...) on failure. */
NODEC_FN(write_sync) {
  NODEC_UNUSED_FN_ARGS;
  int fd = (int)JSValueToNumber(ctx, ARG(0), NULL);
  JSValueRef data = ARG(1);
  int err;
  size_t n;
  if (JSValueIsString(ctx, data)) {
    char *s = nodec_to_utf8(ctx, data, &n, exc);
    if (!s) return NULL;
    err = write_all(fd, (const uint8_t *)s, n);
    free(s);
  } else {
    uint8_t *p = nodec_bytes(ctx, data, &n, exc);
    err = p || n == 0 ? write_all(fd, p, n) : -EINVAL;
  }
  if (err) return nodec_throw_uv(rt, exc, err, "write", NULL, NULL);
  return nodec_number((double)n);
}

NODEC_FN(guess_handle_type) {
  NODEC_UNUSED_FN_ARGS;
  int fd = (int)JSValueToNumber(ctx, ARG(0), NULL);
  switch (uv_guess_handle(fd)) {
    case UV_TTY: return nodec_string(ctx, "TTY");
    case UV_FILE: return nodec_string(ctx, "FILE");
    case UV_NAMED_PIPE: return nodec_string(ctx, "PIPE");
    case UV_TCP: return nodec_string(ctx, "TCP");
    case UV_UDP: return nodec_string(ctx, "UDP");
    default: return nodec_string(ctx, "UNKNOWN");
  }
}

NODEC_FN(isatty_) {
  NODEC_UNUSED_FN_ARGS;
  int fd = (int)JSValueToNumber(ctx, ARG(0), NULL);
  return nodec_boolean(fd >= 0 && isatty(fd));
}

/* getWindowSize(fd) -> [columns, rows] or undefined. */
NODEC_FN(get_window_size) {
  NODEC_UNUSED_FN_ARGS;
  int fd = (int)JSValueToNumber(ctx, ARG(0), NULL);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return nodec_undefined();
  JSValueRef v[2] = {nodec_number(ws.ws_col), nodec_number(ws.ws_row)};
  return JSObjectMakeArray(ctx, 2, v, NULL);
}

/* ---- stdin as a stream: one reader per runtime, made on first readStart. */

typedef struct stdin_reader {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_pipe_t pipe;
    uv_tty_t tty;
    uv_tcp_t tcp;
  } h;
  nodec_runtime *rt;
  JSObjectRef on_data; /* (chunk: Uint8Array | null at EOF | number errno) */
  bool open;
} stdin_reader;

static void reader_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  buf->base = malloc(suggested);
  buf->len = buf->base ? suggested : 0;
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

static void reader_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
  stdin_reader *r = s->data;
  JSContextRef ctx = r->rt->ctx;
  if (nread == 0) {
    free(buf->base);
    return;
  }
  JSValueRef arg;
  if (nread > 0) {
    arg = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, buf->base, (size_t)nread,
                                                free_bytes, NULL, NULL);
  } else {
    free(buf->base);
    uv_read_stop(s);
    arg = nread == UV_EOF ? nodec_null() : nodec_number((double)nread);
  }
  nodec_make_callback(r->rt, r->on_data, NULL, 1, &arg);
}

/* The stdin handle, opened on first use (a read, or setRawMode before any read). */
static int stdin_open(nodec_runtime *rt) {
  if (rt->stdin_reader) return 0;
  stdin_reader *r = calloc(1, sizeof *r);
  if (!r) abort();
  r->rt = rt;
  int err;
  uv_handle_type t = uv_guess_handle(0);
  if (t == UV_TTY) err = uv_tty_init(&rt->loop, &r->h.tty, 0, 1);
  else if (t == UV_TCP) err = uv_tcp_init(&rt->loop, &r->h.tcp) || uv_tcp_open(&r->h.tcp, 0);
  else err = uv_pipe_init(&rt->loop, &r->h.pipe, 0) || uv_pipe_open(&r->h.pipe, 0);
  if (err) {
    free(r);
    return err;
  }
  r->h.handle.data = r;
  r->open = true;
  rt->stdin_reader = r;
  return 0;
}

NODEC_FN(stdin_read_start) {
  NODEC_UNUSED_FN_ARGS;
  int open_err = stdin_open(rt);
  if (open_err) return nodec_throw_uv(rt, exc, open_err, "read", NULL, NULL);
  stdin_reader *r = rt->stdin_reader;
  if (JSValueIsObject(ctx, ARG(0))) {
    if (r->on_data) JSValueUnprotect(ctx, r->on_data);
    r->on_data = (JSObjectRef)argv[0];
    JSValueProtect(ctx, r->on_data);
  }
  int err = uv_read_start(&r->h.stream, reader_alloc, reader_read);
  if (err && err != UV_EALREADY) return nodec_throw_uv(rt, exc, err, "read", NULL, NULL);
  return NULL;
}

NODEC_FN(stdin_read_stop) {
  NODEC_UNUSED_FN_ARGS;
  stdin_reader *r = rt->stdin_reader;
  if (r && r->open) uv_read_stop(&r->h.stream);
  return NULL;
}

NODEC_FN(stdin_set_ref) {
  NODEC_UNUSED_FN_ARGS;
  stdin_reader *r = rt->stdin_reader;
  if (!r || !r->open) return NULL;
  if (JSValueToBoolean(ctx, ARG(0))) uv_ref(&r->h.handle);
  else uv_unref(&r->h.handle);
  return NULL;
}

/* setRawMode(bool) for a TTY stdin. */
NODEC_FN(stdin_set_raw_mode) {
  NODEC_UNUSED_FN_ARGS;
  if (uv_guess_handle(0) != UV_TTY) return nodec_number(UV_EBADF);
  int open_err = stdin_open(rt);
  if (open_err) return nodec_number(open_err);
  stdin_reader *r = rt->stdin_reader;
  if (!r->open) return nodec_number(UV_EBADF);
  return nodec_number(uv_tty_set_mode(&r->h.tty, JSValueToBoolean(ctx, ARG(0)) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

static void on_reader_closed(uv_handle_t *h) { free(h->data); }

void nodec_stdio_close(nodec_runtime *rt) {
  stdin_reader *r = rt->stdin_reader;
  if (!r) return;
  if (r->on_data) JSValueUnprotect(rt->ctx, r->on_data);
  rt->stdin_reader = NULL;
  if (!uv_is_closing(&r->h.handle)) uv_close(&r->h.handle, on_reader_closed);
}

NODEC_FN(stdin_close) {
  NODEC_UNUSED_FN_ARGS;
  nodec_stdio_close(rt);
  return NULL;
}

static const nodec_fn functions[] = {
    {"writeSync", write_sync},
    {"guessHandleType", guess_handle_type},
    {"isatty", isatty_},
    {"getWindowSize", get_window_size},
    {"stdinReadStart", stdin_read_start},
    {"stdinReadStop", stdin_read_stop},
    {"stdinSetRef", stdin_set_ref},
    {"stdinSetRawMode", stdin_set_raw_mode},
    {"stdinClose", stdin_close},
    {NULL, NULL},
};

void nodec_binding_init_stdio(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
