/* internalBinding('stream_wrap'): the handle classes every networked module stands on, and the stream
 * half of them: reads delivered as one crossing per read (onread(nread, Buffer)), writes tried
 * synchronously first (uv_try_write) so that most complete without a second crossing; only what the
 * kernel did not take is queued with uv_write and reported later through req.oncomplete(status).
 * See stream_wrap.h for the lifetime rules. */
#include "stream_wrap.h"
#include "../runtime/jsstring_view.h"
#include <stdlib.h>
#include <string.h>
#include "../util/utf8.h"
#include "../runtime/fastcall.h"

enum { STACK_BYTES = 16384, STACK_BUFS = 16 };

typedef struct ctor_data {
  nodec_stream_env *env;
  int kind;
  nodec_handle_ctor init;
} ctor_data;

typedef struct write_req {
  uv_write_t req;
  nodec_handle *h;
  JSObjectRef js_req; /* protected until oncomplete ran */
  JSValueRef keep;    /* the Buffer(s) uv_write points into, protected meanwhile */
  char *owned;        /* bytes converted from strings */
} write_req;

typedef struct shutdown_req {
  uv_shutdown_t req;
  nodec_handle *h;
  JSObjectRef js_req;
} shutdown_req;

/* ---- lifetime */

static void handle_finalize(JSObjectRef obj) {
  nodec_handle *h = JSObjectGetPrivate(obj);
  /* An initialized handle that never closed is only collected at teardown, when the loop may still
   * reference it: leave it then rather than free memory libuv points to. */
  if (h && (!h->initialized || h->closed)) free(h);
}

JSObjectRef nodec_handle_new(nodec_stream_env *env, int kind, nodec_handle **out) {
  nodec_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->env = env;
  h->kind = kind;
  h->async_id = ++env->next_async_id;
  h->obj = JSObjectMake(env->rt->ctx, env->classes[kind], h);
  h->h.handle.data = h;
  *out = h;
  return h->obj;
}

void nodec_handle_opened(nodec_handle *h) {
  h->initialized = true;
  h->h.handle.data = h;
  JSValueProtect(h->env->rt->ctx, h->obj);
}

nodec_handle *nodec_handle_this(JSContextRef ctx, JSObjectRef self, unsigned mask, JSValueRef *exc) {
  nodec_handle *h = self ? JSObjectGetPrivate(self) : NULL;
  if (!h || h->obj != self || !(mask & (1u << h->kind))) {
    nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  return h;
}

void nodec_handle_emit(nodec_runtime *rt, JSObjectRef obj, JSStringRef name, size_t argc, const JSValueRef *argv) {
  JSValueRef fn = JSObjectGetProperty(rt->ctx, obj, name, NULL);
  if (!fn || !JSValueIsObject(rt->ctx, fn) || !JSObjectIsFunction(rt->ctx, (JSObjectRef)fn)) return;
  nodec_make_callback(rt, (JSObjectRef)fn, obj, argc, argv);
}

void nodec_handle_on_closed(uv_handle_t *uh) {
  nodec_handle *h = uh->data;
  nodec_runtime *rt = h->env->rt;
  h->closed = true;
  JSObjectRef cb = h->close_cb;
  h->close_cb = NULL;
  if (cb) {
    nodec_make_callback(rt, cb, h->obj, 0, NULL);
    JSValueUnprotect(rt->ctx, cb);
  }
  JSValueUnprotect(rt->ctx, h->obj);
}

#define ALL_KINDS ((1u << NODEC_H_KINDS) - 1)
#define STREAM_KINDS ((1u << NODEC_H_TCP) | (1u << NODEC_H_PIPE) | (1u << NODEC_H_TTY))

NODEC_METHOD(m_close) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, ALL_KINDS, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_undefined();
  h->closing = true;
  nodec_sendfile_cancel(h);
  if (argc > 0 && JSValueIsObject(ctx, argv[0]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[0])) {
    h->close_cb = (JSObjectRef)argv[0];
    JSValueProtect(ctx, h->close_cb);
  }
  uv_close(&h->h.handle, nodec_handle_on_closed);
  return nodec_undefined();
}

NODEC_METHOD(m_ref) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, ALL_KINDS, exc);
  if (!h) return NULL;
  if (h->initialized && !h->closing) uv_ref(&h->h.handle);
  return nodec_undefined();
}

NODEC_METHOD(m_unref) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, ALL_KINDS, exc);
  if (!h) return NULL;
  if (h->initialized && !h->closing) uv_unref(&h->h.handle);
  return nodec_undefined();
}

NODEC_METHOD(m_has_ref) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, ALL_KINDS, exc);
  if (!h) return NULL;
  return nodec_boolean(h->initialized && !h->closing && uv_has_ref(&h->h.handle));
}

NODEC_METHOD(m_get_async_id) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, ALL_KINDS, exc);
  if (!h) return NULL;
  return nodec_number(h->async_id);
}

NODEC_METHOD(m_fd) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, ALL_KINDS, exc);
  if (!h) return NULL;
  uv_os_fd_t fd;
  if (!h->initialized || h->closing || uv_fileno(&h->h.handle, &fd) != 0) return nodec_number(-1);
  return nodec_number(fd);
}

/* ---- reading */

static void on_alloc(uv_handle_t *uh, size_t suggested, uv_buf_t *buf) {
  nodec_handle *h = uh->data;
  nodec_stream_env *env = h->env;
  (void)suggested;
  if (!env->readbuf_busy) {
    env->readbuf_busy = true;
    *buf = uv_buf_init((char *)env->readbuf, NODEC_READ_BUF_SIZE);
    return;
  }
  char *p = malloc(NODEC_READ_BUF_SIZE);
  *buf = uv_buf_init(p, p ? NODEC_READ_BUF_SIZE : 0);
}

/* A handle that arrived over an IPC pipe with this read, as a new TCP or Pipe object (NULL if none). */
static JSObjectRef accept_pending(nodec_handle *h) {
  if (uv_pipe_pending_count(&h->h.pipe) <= 0) return NULL;
  uv_handle_type type = uv_pipe_pending_type(&h->h.pipe);
  if (type != UV_TCP && type != UV_NAMED_PIPE) return NULL;
  nodec_handle *nh;
  JSObjectRef obj = nodec_handle_new(h->env, type == UV_TCP ? NODEC_H_TCP : NODEC_H_PIPE, &nh);
  int err = type == UV_TCP ? uv_tcp_init(&h->env->rt->loop, &nh->h.tcp)
                           : uv_pipe_init(&h->env->rt->loop, &nh->h.pipe, 0);
  if (err) return NULL; /* never initialized: the finalizer frees it */
  nodec_handle_opened(nh);
  if (uv_accept(&h->h.stream, &nh->h.stream) != 0) {
    nh->closing = true;
    uv_close(&nh->h.handle, nodec_handle_on_closed);
    return NULL;
  }
  return obj;
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
  nodec_handle *h = s->data;
  nodec_stream_env *env = h->env;
  nodec_runtime *rt = env->rt;
  bool shared = buf->base == (char *)env->readbuf;
  uint8_t *bytes = NULL;
  if (nread > 0) {
    if (shared) {
      bytes = malloc((size_t)nread);
      if (!bytes) abort();
      memcpy(bytes, buf->base, (size_t)nread);
    } else {
      bytes = realloc(buf->base, (size_t)nread);
      if (!bytes) bytes = (uint8_t *)buf->base;
    }
  } else if (!shared) {
    free(buf->base);
  }
  if (shared) env->readbuf_busy = false;
  if (nread == 0) return;
  JSValueRef args[3];
  size_t nargs = 2;
  args[0] = nodec_number((double)nread);
  if (nread > 0) {
    h->bytes_read += (uint64_t)nread;
    args[1] = nodec_new_buffer(rt, bytes, (size_t)nread);
    JSObjectRef received = h->kind == NODEC_H_PIPE && h->h.pipe.ipc ? accept_pending(h) : NULL;
    if (received) args[nargs++] = received;
  } else {
    args[1] = nodec_undefined();
  }
  nodec_handle_emit(rt, h->obj, env->s_onread, nargs, args);
}

NODEC_METHOD(m_read_start) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  int err = h->consumer_read ? uv_read_start(&h->h.stream, h->consumer_alloc, h->consumer_read)
                             : uv_read_start(&h->h.stream, on_alloc, on_read);
  return nodec_number(err == UV_EALREADY ? 0 : err);
}

NODEC_METHOD(m_read_stop) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(0);
  return nodec_number(uv_read_stop(&h->h.stream));
}

/* ---- writing */

static void after_write(uv_write_t *req, int status) {
  write_req *wr = (write_req *)req;
  nodec_handle *h = wr->h;
  nodec_runtime *rt = h->env->rt;
  JSContextRef ctx = rt->ctx;
  free(wr->owned);
  if (wr->keep) JSValueUnprotect(ctx, wr->keep);
  JSObjectRef js_req = wr->js_req;
  free(wr);
  h->env->state[NODEC_SS_WRITE_QUEUE_SIZE] = (double)h->h.stream.write_queue_size;
  JSValueRef arg = nodec_number(status);
  nodec_handle_emit(rt, js_req, h->env->s_oncomplete, 1, &arg);
  JSValueUnprotect(ctx, js_req);
}

/* Tries the write now; queues the rest. 0: all written, 1: queued (oncomplete follows), <0: error.
 * `owned` (malloc'd, may be NULL) is taken; bytes in `stack_bytes` range are copied if queued.
 * With `send_handle` (IPC pipes only) the bytes and the handle go together through uv_write2. */
static int do_write(nodec_handle *h, JSContextRef ctx, JSValueRef js_req, uv_buf_t *bufs, size_t nbufs,
                    JSValueRef keep, char *owned, const char *stack_lo, const char *stack_hi,
                    nodec_handle *send_handle) {
  nodec_stream_env *env = h->env;
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++) total += bufs[i].len;
  env->state[NODEC_SS_BYTES_WRITTEN] = (double)total;
  if (!h->initialized || h->closing) {
    free(owned);
    return UV_EBADF;
  }
  size_t done = 0;
  if (h->h.stream.write_queue_size == 0 && total > 0 && !send_handle) {
    int r = uv_try_write(&h->h.stream, bufs, (unsigned)nbufs);
    if (r >= 0) done = (size_t)r;
    else if (r != UV_EAGAIN && r != UV_ENOSYS) {
      free(owned);
      return r;
    }
  }
  h->bytes_written += done;
  if (done == total && !send_handle) {
    free(owned);
    env->state[NODEC_SS_WRITE_QUEUE_SIZE] = 0;
    return 0;
  }
  /* Skip what was written. */
  size_t first = 0;
  while (first < nbufs && done >= bufs[first].len) {
    done -= bufs[first].len;
    first++;
  }
  if (first < nbufs) {
    bufs[first].base += done;
    bufs[first].len -= done;
  }
  size_t rest = 0;
  for (size_t i = first; i < nbufs; i++) rest += bufs[i].len;
  h->bytes_written += rest;
  /* Bytes in the caller's stack buffer move to the heap before they are queued. */
  if (stack_lo) {
    char *copy = malloc(rest ? rest : 1);
    if (!copy) abort();
    size_t off = 0;
    for (size_t i = first; i < nbufs; i++) {
      if (bufs[i].base >= stack_lo && bufs[i].base < stack_hi) {
        memcpy(copy + off, bufs[i].base, bufs[i].len);
        bufs[i].base = copy + off;
        off += bufs[i].len;
      }
    }
    if (owned) free(owned); /* only one of them is ever used by the callers */
    owned = copy;
  }
  write_req *wr = calloc(1, sizeof *wr);
  if (!wr) abort();
  wr->h = h;
  wr->owned = owned;
  wr->js_req = JSValueIsObject(ctx, js_req) ? (JSObjectRef)js_req : JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, wr->js_req);
  if (keep) {
    wr->keep = keep;
    JSValueProtect(ctx, keep);
  }
  int err = send_handle ? uv_write2(&wr->req, &h->h.stream, bufs + first, (unsigned)(nbufs - first),
                                    &send_handle->h.stream, after_write)
                        : uv_write(&wr->req, &h->h.stream, bufs + first, (unsigned)(nbufs - first), after_write);
  if (err) {
    JSValueUnprotect(ctx, wr->js_req);
    if (wr->keep) JSValueUnprotect(ctx, wr->keep);
    free(wr->owned);
    free(wr);
    return err;
  }
  env->state[NODEC_SS_WRITE_QUEUE_SIZE] = (double)h->h.stream.write_queue_size;
  return 1;
}

NODEC_METHOD(m_write_buffer) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (argc < 2) return nodec_number(UV_EINVAL);
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, argv[1], &len, exc);
  if (!p && len) return NULL;
  uv_buf_t b = uv_buf_init((char *)p, (unsigned)len);
  return nodec_number(do_write(h, ctx, argv[0], &b, 1, argv[1], NULL, NULL, NULL, NULL));
}

/* Encodes a string as UTF-8 (latin1: one byte per unit) into dst, which holds encoded_cap bytes. */
static size_t encode_view(const nodec_strview *sv, bool latin1, char *dst) {
  if (sv->is8) {
    if (latin1) {
      if (sv->len) memcpy(dst, sv->chars, sv->len);
      return sv->len;
    }
    return nodec_latin1_to_utf8(sv->chars, sv->len, (uint8_t *)dst);
  }
  const uint16_t *c = sv->chars;
  if (latin1) {
    for (size_t i = 0; i < sv->len; i++) dst[i] = (char)(c[i] & 0xff);
    return sv->len;
  }
  return nodec_utf16_to_utf8(c, sv->len, (uint8_t *)dst);
}

static size_t encoded_cap(const nodec_strview *sv, bool latin1) {
  return sv->len * (latin1 ? 1 : sv->is8 ? 2 : 3);
}

/* The UTF-16 view of a C-API string copy. */
static nodec_strview view_of_ref(JSStringRef s) {
  nodec_strview sv = {JSStringGetCharactersPtr(s), JSStringGetLength(s), false};
  return sv;
}

static JSValueRef write_string(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, bool latin1) {
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (argc < 2) return nodec_number(UV_EINVAL);
  char stack[STACK_BYTES];
  char *owned = NULL, *dst = stack;
  nodec_strview sv;
  JSStringRef copy = NULL; /* the C API's copy, when the string cannot be read in place */
  if (!nodec_string_view(h->env->rt, argv[1], &sv)) {
    if (!(copy = JSValueToStringCopy(ctx, argv[1], exc))) return NULL;
    sv = view_of_ref(copy);
  }
  size_t cap = encoded_cap(&sv, latin1);
  if (cap > sizeof stack && !(dst = owned = malloc(cap))) abort();
  size_t n = encode_view(&sv, latin1, dst);
  if (copy) JSStringRelease(copy);
  uv_buf_t b = uv_buf_init(dst, (unsigned)n);
  /* writeUtf8String(req, string, handle): an IPC message carrying a TCP or pipe handle. */
  nodec_handle *send_handle = NULL;
  if (argc > 2 && JSValueIsObject(ctx, argv[2])) {
    JSValueRef ignored = NULL;
    send_handle = nodec_handle_this(ctx, (JSObjectRef)argv[2], (1u << NODEC_H_TCP) | (1u << NODEC_H_PIPE), &ignored);
    if (send_handle && (h->kind != NODEC_H_PIPE || !h->h.pipe.ipc || !send_handle->initialized)) send_handle = NULL;
  }
  int r = do_write(h, ctx, argv[0], &b, 1, NULL, owned, owned ? NULL : stack, owned ? NULL : stack + sizeof stack,
                   send_handle);
  return nodec_number(r);
}

NODEC_METHOD(m_write_utf8) {
  NODEC_METHOD_UNUSED;
  return write_string(ctx, self, argc, argv, exc, false);
}

NODEC_METHOD(m_write_latin1) {
  NODEC_METHOD_UNUSED;
  return write_string(ctx, self, argc, argv, exc, true);
}

/* writev(req, chunks): chunks is an array of Buffers and (UTF-8) strings, written in one go. */
NODEC_METHOD(m_writev) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (argc < 2 || !JSValueIsObject(ctx, argv[1])) return nodec_number(UV_EINVAL);
  JSObjectRef arr = (JSObjectRef)argv[1];
  size_t n = (size_t)JSValueToNumber(ctx, nodec_get(ctx, arr, "length"), NULL);
  uv_buf_t stack_bufs[STACK_BUFS];
  uv_buf_t *bufs = n > STACK_BUFS ? malloc(n * sizeof *bufs) : stack_bufs;
  if (!bufs) abort();
  JSValueRef *vals = malloc((n ? n : 1) * sizeof *vals);
  JSStringRef *strs = calloc(n ? n : 1, sizeof *strs);
  if (!vals || !strs) abort();
  size_t str_cap = 0;
  for (size_t i = 0; i < n; i++) {
    vals[i] = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL);
    if (JSValueIsString(ctx, vals[i])) {
      strs[i] = JSValueToStringCopy(ctx, vals[i], NULL);
      str_cap += JSStringGetLength(strs[i]) * 3;
    }
  }
  char stack[STACK_BYTES];
  char *owned = str_cap > sizeof stack ? malloc(str_cap) : NULL;
  char *dst = owned ? owned : stack;
  if (str_cap > sizeof stack && !owned) abort();
  size_t off = 0;
  int r = 0;
  for (size_t i = 0; i < n; i++) {
    if (strs[i]) {
      nodec_strview sv = view_of_ref(strs[i]);
      size_t len = encode_view(&sv, false, dst + off);
      bufs[i] = uv_buf_init(dst + off, (unsigned)len);
      off += len;
    } else {
      size_t len = 0;
      JSValueRef e = NULL;
      uint8_t *p = nodec_bytes(ctx, vals[i], &len, &e);
      if (!p && (len || e || JSValueGetTypedArrayType(ctx, vals[i], NULL) == kJSTypedArrayTypeNone)) r = UV_EINVAL;
      bufs[i] = uv_buf_init((char *)p, (unsigned)len);
    }
  }
  for (size_t i = 0; i < n; i++)
    if (strs[i]) JSStringRelease(strs[i]);
  free(strs);
  free(vals);
  if (r == 0) {
    r = do_write(h, ctx, argv[0], bufs, n, argv[1], owned, owned || str_cap == 0 ? NULL : stack,
                 owned || str_cap == 0 ? NULL : stack + sizeof stack, NULL);
  } else {
    free(owned);
  }
  if (bufs != stack_bufs) free(bufs);
  return nodec_number(r);
}

static void after_shutdown(uv_shutdown_t *req, int status) {
  shutdown_req *sr = (shutdown_req *)req;
  nodec_runtime *rt = sr->h->env->rt;
  JSObjectRef js_req = sr->js_req;
  JSStringRef name = sr->h->env->s_oncomplete;
  free(sr);
  JSValueRef arg = nodec_number(status);
  nodec_handle_emit(rt, js_req, name, 1, &arg);
  JSValueUnprotect(rt->ctx, js_req);
}

NODEC_METHOD(m_shutdown) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  shutdown_req *sr = calloc(1, sizeof *sr);
  if (!sr) abort();
  sr->h = h;
  sr->js_req = argc > 0 && JSValueIsObject(ctx, argv[0]) ? (JSObjectRef)argv[0] : JSObjectMake(ctx, NULL, NULL);
  int err = uv_shutdown(&sr->req, &h->h.stream, after_shutdown);
  if (err) {
    free(sr);
    return nodec_number(err);
  }
  JSValueProtect(ctx, sr->js_req);
  return nodec_number(0);
}

NODEC_METHOD(m_write_queue_size) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  return nodec_number(h->initialized && !h->closing ? (double)h->h.stream.write_queue_size : 0);
}

NODEC_METHOD(m_bytes) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  JSValueRef v[2] = {nodec_number((double)h->bytes_read), nodec_number((double)h->bytes_written)};
  return JSObjectMakeArray(ctx, 2, v, NULL);
}

NODEC_METHOD(m_set_blocking) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  return nodec_number(uv_stream_set_blocking(&h->h.stream, argc > 0 && JSValueToBoolean(ctx, argv[0])));
}

NODEC_METHOD(m_is_readable) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  return nodec_boolean(h->initialized && !h->closing && uv_is_readable(&h->h.stream));
}

NODEC_METHOD(m_is_writable) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, STREAM_KINDS, exc);
  if (!h) return NULL;
  return nodec_boolean(h->initialized && !h->closing && uv_is_writable(&h->h.stream));
}

static const JSStaticFunction handle_methods[] = {
    {"close", m_close, kJSPropertyAttributeDontEnum},
    {"ref", m_ref, kJSPropertyAttributeDontEnum},
    {"unref", m_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", m_has_ref, kJSPropertyAttributeDontEnum},
    {"getAsyncId", m_get_async_id, kJSPropertyAttributeDontEnum},
    {"getFd", m_fd, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

/* handle.fd: the OS descriptor of a stream handle, -1 when it has none (closed, not yet opened). */
static JSValueRef get_fd(JSContextRef ctx, JSObjectRef self, JSStringRef name, JSValueRef *exc) {
  (void)name;
  return m_fd(ctx, NULL, self, 0, NULL, exc);
}

static const JSStaticValue stream_values[] = {
    {"fd", get_fd, NULL, kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum},
    {NULL, NULL, NULL, 0},
};

static const JSStaticFunction stream_methods[] = {
    {"readStart", m_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", m_read_stop, kJSPropertyAttributeDontEnum},
    {"writeBuffer", m_write_buffer, kJSPropertyAttributeDontEnum},
    {"writev", m_writev, kJSPropertyAttributeDontEnum},
    {"writeUtf8String", m_write_utf8, kJSPropertyAttributeDontEnum},
    {"writeLatin1String", m_write_latin1, kJSPropertyAttributeDontEnum},
    {"writeAsciiString", m_write_latin1, kJSPropertyAttributeDontEnum},
    {"shutdown", m_shutdown, kJSPropertyAttributeDontEnum},
    {"getWriteQueueSize", m_write_queue_size, kJSPropertyAttributeDontEnum},
    {"getBytes", m_bytes, kJSPropertyAttributeDontEnum},
    {"setBlocking", m_set_blocking, kJSPropertyAttributeDontEnum},
    {"isReadable", m_is_readable, kJSPropertyAttributeDontEnum},
    {"isWritable", m_is_writable, kJSPropertyAttributeDontEnum},
    {"sendFile", nodec_stream_send_file, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

/* ---- accepting */

void nodec_stream_on_connection(uv_stream_t *server, int status) {
  nodec_handle *sh = server->data;
  nodec_stream_env *env = sh->env;
  nodec_runtime *rt = env->rt;
  JSValueRef args[2] = {nodec_number(status), nodec_undefined()};
  if (status == 0) {
    nodec_handle *ch;
    JSObjectRef client = nodec_handle_new(env, sh->kind, &ch);
    int err = sh->kind == NODEC_H_TCP ? uv_tcp_init(&rt->loop, &ch->h.tcp) : uv_pipe_init(&rt->loop, &ch->h.pipe, 0);
    if (err) {
      args[0] = nodec_number(err);
    } else {
      nodec_handle_opened(ch);
      err = uv_accept(server, &ch->h.stream);
      if (err) {
        ch->closing = true;
        uv_close(&ch->h.handle, nodec_handle_on_closed);
        args[0] = nodec_number(err);
      } else {
        args[1] = client;
      }
    }
  }
  nodec_handle_emit(rt, sh->obj, env->s_onconnection, 2, args);
}

/* ---- connecting */

nodec_connect_req *nodec_connect_req_new(nodec_handle *h, JSContextRef ctx, JSValueRef js_req) {
  nodec_connect_req *cr = calloc(1, sizeof *cr);
  if (!cr) abort();
  cr->h = h;
  cr->js_req = JSValueIsObject(ctx, js_req) ? (JSObjectRef)js_req : JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, cr->js_req);
  return cr;
}

void nodec_connect_req_free(nodec_connect_req *cr) {
  JSValueUnprotect(cr->h->env->rt->ctx, cr->js_req);
  free(cr);
}

void nodec_after_connect(uv_connect_t *req, int status) {
  nodec_connect_req *cr = (nodec_connect_req *)req;
  nodec_runtime *rt = cr->h->env->rt;
  JSObjectRef js_req = cr->js_req;
  JSStringRef name = cr->h->env->s_oncomplete;
  free(cr);
  JSValueRef arg = nodec_number(status);
  nodec_handle_emit(rt, js_req, name, 1, &arg);
  JSValueUnprotect(rt->ctx, js_req);
}

/* ---- addresses */

int nodec_sockaddr_from(JSContextRef ctx, JSValueRef host, JSValueRef port, bool v6, struct sockaddr_storage *out) {
  char *ip = nodec_to_utf8(ctx, host, NULL, NULL);
  if (!ip) return UV_EINVAL;
  int p = (int)JSValueToNumber(ctx, port, NULL);
  memset(out, 0, sizeof *out);
  int err = v6 ? uv_ip6_addr(ip, p, (struct sockaddr_in6 *)out) : uv_ip4_addr(ip, p, (struct sockaddr_in *)out);
  free(ip);
  return err;
}

void nodec_sockaddr_to(JSContextRef ctx, const struct sockaddr *sa, JSObjectRef out) {
  char ip[INET6_ADDRSTRLEN + 16] = "";
  int port = 0;
  const char *family = "IPv4";
  if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
    uv_ip6_name(a, ip, sizeof ip);
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
    uv_ip4_name(a, ip, sizeof ip);
    port = ntohs(a->sin_port);
  } else {
    return;
  }
  nodec_set_string(ctx, out, "address", ip);
  nodec_set_string(ctx, out, "family", family);
  nodec_set_number(ctx, out, "port", port);
}

/* ---- classes and constructors */

static JSObjectRef ctor_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc, const JSValueRef argv[],
                                  JSValueRef *exc) {
  (void)ctx;
  ctor_data *d = JSObjectGetPrivate(ctor);
  return d->init(d->env, argc, argv, exc);
}

static bool ctor_has_instance(JSContextRef ctx, JSObjectRef ctor, JSValueRef v, JSValueRef *exc) {
  (void)exc;
  ctor_data *d = JSObjectGetPrivate(ctor);
  if (!JSValueIsObjectOfClass(ctx, v, d->env->classes[d->kind])) return false;
  nodec_handle *h = JSObjectGetPrivate((JSObjectRef)v);
  return h && h->kind == d->kind;
}

static void ctor_finalize(JSObjectRef ctor) { free(JSObjectGetPrivate(ctor)); }

JSObjectRef nodec_handle_constructor(nodec_stream_env *env, int kind, const char *name, nodec_handle_ctor init) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.callAsConstructor = ctor_construct;
  def.hasInstance = ctor_has_instance;
  def.finalize = ctor_finalize;
  JSClassRef cls = JSClassCreate(&def);
  ctor_data *d = malloc(sizeof *d);
  if (!d) abort();
  d->env = env;
  d->kind = kind;
  d->init = init;
  JSContextRef ctx = env->rt->ctx;
  JSObjectRef ctor = JSObjectMake(ctx, cls, d);
  JSClassRelease(cls);
  nodec_link_class_prototype(ctx, ctor, env->classes[kind]);
  /* TCP.name === 'TCP' as in node; http's consume() checks the handle's constructor by name. */
  nodec_set_function_name(env->rt, ctor, name);
  return ctor;
}

/* Ctor.prototype: the shared prototype JSC made for `cls` (it holds the methods), so that code may
 * wrap them (TCP.prototype.setNoDelay = ...) as it can in node. */
void nodec_link_class_prototype(JSContextRef ctx, JSObjectRef ctor, JSClassRef cls) {
  JSObjectRef proto = nodec_class_prototype(ctx, cls);
  if (!proto) return;
  JSStringRef s = JSStringCreateWithUTF8CString("prototype");
  JSObjectSetProperty(ctx, ctor, s, proto, kJSPropertyAttributeDontEnum | kJSPropertyAttributeDontDelete, NULL);
  JSStringRelease(s);
  nodec_define(ctx, proto, "constructor", ctor, kJSPropertyAttributeDontEnum);
}

static void env_finalize(JSObjectRef holder) {
  nodec_stream_env *env = JSObjectGetPrivate(holder);
  if (!env) return;
  for (int i = 0; i < NODEC_H_KINDS; i++) JSClassRelease(env->classes[i]);
  JSClassRelease(env->base_classes[1]);
  JSClassRelease(env->base_classes[0]);
  JSStringRelease(env->s_onread);
  JSStringRelease(env->s_onconnection);
  JSStringRelease(env->s_oncomplete);
  JSStringRelease(env->s_onexit);
  JSStringRelease(env->s_onmessage);
  free(env);
}

static JSClassRef make_class(const char *name, JSClassRef parent, const JSStaticFunction *methods,
                             JSObjectFinalizeCallback finalize, const JSStaticValue *values) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.parentClass = parent;
  def.staticFunctions = methods;
  def.staticValues = values;
  def.finalize = finalize;
  return JSClassCreate(&def);
}

static void env_class_noop(void *bytes, void *ctx) {
  (void)bytes;
  (void)ctx;
}

nodec_stream_env *nodec_stream_env_get(nodec_runtime *rt, JSValueRef *exc) {
  JSObjectRef b = nodec_internal_binding(rt, "stream_wrap", exc);
  if (!b) return NULL;
  JSValueRef holder = nodec_get(rt->ctx, b, "_env");
  return JSValueIsObject(rt->ctx, holder) ? JSObjectGetPrivate((JSObjectRef)holder) : NULL;
}

void nodec_binding_init_stream_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  nodec_stream_env *env = calloc(1, sizeof *env);
  if (!env) abort();
  env->rt = rt;
  JSClassRef base = env->base_classes[0] = make_class("HandleWrap", NULL, handle_methods, handle_finalize, NULL);
  JSClassRef stream = env->base_classes[1] = make_class("LibuvStreamWrap", base, stream_methods, NULL, stream_values);
  env->classes[NODEC_H_TCP] = make_class("TCP", stream, nodec_tcp_methods, NULL, NULL);
  env->classes[NODEC_H_PIPE] = make_class("Pipe", stream, nodec_pipe_methods, NULL, NULL);
  env->classes[NODEC_H_TTY] = make_class("TTY", stream, nodec_tty_methods, NULL, NULL);
  env->classes[NODEC_H_PROCESS] = make_class("Process", base, nodec_process_methods, NULL, NULL);
  env->classes[NODEC_H_UDP] = make_class("UDP", base, nodec_udp_methods, NULL, NULL);
  nodec_fastcall_class_methods(rt, base, handle_methods);
  nodec_fastcall_class_methods(rt, stream, stream_methods);
  nodec_fastcall_class_methods(rt, env->classes[NODEC_H_TCP], nodec_tcp_methods);
  nodec_fastcall_class_methods(rt, env->classes[NODEC_H_PIPE], nodec_pipe_methods);
  nodec_fastcall_class_methods(rt, env->classes[NODEC_H_TTY], nodec_tty_methods);
  nodec_fastcall_class_methods(rt, env->classes[NODEC_H_PROCESS], nodec_process_methods);
  nodec_fastcall_class_methods(rt, env->classes[NODEC_H_UDP], nodec_udp_methods);
  env->s_onread = JSStringCreateWithUTF8CString("onread");
  env->s_onconnection = JSStringCreateWithUTF8CString("onconnection");
  env->s_oncomplete = JSStringCreateWithUTF8CString("oncomplete");
  env->s_onexit = JSStringCreateWithUTF8CString("onexit");
  env->s_onmessage = JSStringCreateWithUTF8CString("onmessage");

  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "StreamEnv";
  def.finalize = env_finalize;
  JSClassRef holder_class = JSClassCreate(&def);
  JSObjectRef holder = JSObjectMake(ctx, holder_class, env);
  JSClassRelease(holder_class);
  nodec_set(ctx, target, "_env", holder);
  /* The env lives as long as the binding (the whole process): the array needs no deallocator. */
  nodec_set(ctx, target, "streamState",
            JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, env->state, sizeof env->state,
                                                  env_class_noop, NULL, NULL));
  nodec_set_number(ctx, target, "kBytesWritten", NODEC_SS_BYTES_WRITTEN);
  nodec_set_number(ctx, target, "kWriteQueueSize", NODEC_SS_WRITE_QUEUE_SIZE);
  nodec_set_number(ctx, target, "UV_EOF", UV_EOF);
  /* node's read protocol for JS-made handles: onread() with the count in streamBaseState[0]. */
  nodec_set(ctx, target, "streamBaseState", JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeInt32Array, 4, NULL));
  nodec_set_number(ctx, target, "kReadBytesOrError", 0);
  /* Request objects are plain objects here ({oncomplete, handle, ...}); these constructors make
   * them as node's request classes do, for code that builds its own. */
  nodec_set(ctx, target, "ShutdownWrap", JSObjectMakeConstructor(ctx, NULL, NULL));
  nodec_set(ctx, target, "WriteWrap", JSObjectMakeConstructor(ctx, NULL, NULL));
}
