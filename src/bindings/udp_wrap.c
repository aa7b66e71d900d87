/* internalBinding('udp_wrap'): UDP handles over uv_udp for node:dgram. `new UDP()` is a HandleWrap
 * (close/ref/unref/hasRef/fd come from there). Methods return 0 or a negative uv error for JS to turn
 * into node's exceptions. A datagram arrives as one crossing: onmessage(nread, buffer, rinfo) with
 * rinfo = {address, family, port, size} made here; a receive error is onmessage(err). send() tries the
 * kernel at once (uv_udp_try_send) and only queues with uv_udp_send when it would block. */
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "stream_wrap.h"

/* bind() flags of ours (the libuv we build against has no UV_UDP_REUSEPORT). */
enum { NODEC_UDP_REUSEPORT = 0x1000 };
enum { SEND_STACK_BUFS = 16, RECV_BUF_SIZE = 65536 };

#define UDP_ONLY (1u << NODEC_H_UDP)
#define THIS_UDP()                                                                                  \
  nodec_handle *h = nodec_handle_this(ctx, self, UDP_ONLY, exc);                                    \
  if (!h) return NULL;                                                                              \
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF)

typedef struct send_req {
  uv_udp_send_t req;
  nodec_handle *h;
  JSObjectRef js_req; /* protected until oncomplete ran */
  size_t bytes;
  char *data; /* a copy of the datagram */
} send_req;

static JSValueRef num(JSContextRef ctx, double v) {
  (void)ctx;
  return nodec_number(v);
}

static int addr_from(JSContextRef ctx, JSValueRef ip, JSValueRef port, JSValueRef v6,
                     struct sockaddr_storage *ss) {
  return nodec_sockaddr_from(ctx, ip, port, JSValueToBoolean(ctx, v6), ss);
}

/* bind(ip, port, flags, v6) */
NODEC_METHOD(m_bind) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  if (argc < 4) return num(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = addr_from(ctx, argv[0], argv[1], argv[3], &ss);
  if (err) return num(ctx, err);
  unsigned flags = (unsigned)JSValueToNumber(ctx, argv[2], NULL);
  bool v6 = ss.ss_family == AF_INET6;
  if (flags & NODEC_UDP_REUSEPORT) {
    uv_os_fd_t fd;
    if (uv_fileno(&h->h.handle, &fd) != 0) {
      fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
      if (fd < 0) return num(ctx, -errno);
      err = uv_udp_open(&h->h.udp, fd);
      if (err) {
        close(fd);
        return num(ctx, err);
      }
    }
    int on = 1;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0) return num(ctx, -errno);
  }
  unsigned uvflags = flags & (UV_UDP_REUSEADDR | (v6 ? UV_UDP_IPV6ONLY : 0));
  return num(ctx, uv_udp_bind(&h->h.udp, (const struct sockaddr *)&ss, uvflags));
}

/* connect(ip, port, v6) */
NODEC_METHOD(m_connect) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  if (argc < 3) return num(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = addr_from(ctx, argv[0], argv[1], argv[2], &ss);
  if (err) return num(ctx, err);
  return num(ctx, uv_udp_connect(&h->h.udp, (const struct sockaddr *)&ss));
}

NODEC_METHOD(m_disconnect) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, uv_udp_connect(&h->h.udp, NULL));
}

NODEC_METHOD(m_open) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  int fd = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : -1;
  return num(ctx, uv_udp_open(&h->h.udp, fd));
}

static void after_send(uv_udp_send_t *req, int status) {
  send_req *sr = (send_req *)req;
  nodec_handle *h = sr->h;
  nodec_runtime *rt = h->env->rt;
  JSContextRef ctx = rt->ctx;
  JSObjectRef js_req = sr->js_req;
  JSValueRef args[2] = {num(ctx, status), num(ctx, (double)sr->bytes)};
  free(sr->data);
  free(sr);
  nodec_handle_emit(rt, js_req, h->env->s_oncomplete, 2, args);
  JSValueUnprotect(ctx, js_req);
}

/* send(req, chunks, port, ip, v6): chunks is an array of Uint8Arrays; port undefined on a connected
 * socket. Returns the bytes sent when the kernel took the datagram at once, a negative uv error, or
 * null when it was queued (req.oncomplete(status, bytes) follows). */
NODEC_METHOD(m_send) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  if (argc < 2 || !JSValueIsObject(ctx, argv[1])) return num(ctx, UV_EINVAL);
  JSObjectRef list = (JSObjectRef)argv[1];
  unsigned n = (unsigned)JSValueToNumber(ctx, nodec_get(ctx, list, "length"), NULL);
  uv_buf_t stack_bufs[SEND_STACK_BUFS];
  uv_buf_t *bufs = n <= SEND_STACK_BUFS ? stack_bufs : malloc(n * sizeof *bufs);
  if (!bufs) abort();
  size_t total = 0;
  for (unsigned i = 0; i < n; i++) {
    size_t len = 0;
    JSValueRef ignored = NULL;
    uint8_t *p = nodec_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, list, i, NULL), &len, &ignored);
    bufs[i] = uv_buf_init((char *)(p ? p : (uint8_t *)""), p ? (unsigned)len : 0);
    total += bufs[i].len;
  }
  struct sockaddr_storage ss;
  const struct sockaddr *addr = NULL;
  int err = 0;
  if (argc >= 5 && !JSValueIsUndefined(ctx, argv[2]) && !JSValueIsNull(ctx, argv[2])) {
    err = addr_from(ctx, argv[3], argv[2], argv[4], &ss);
    addr = (const struct sockaddr *)&ss;
  }
  JSValueRef result;
  if (err) {
    result = num(ctx, err);
  } else {
    int r = h->h.udp.send_queue_count == 0 ? uv_udp_try_send(&h->h.udp, bufs, n, addr) : UV_EAGAIN;
    if (r >= 0 || (r != UV_EAGAIN && r != UV_ENOSYS)) {
      result = num(ctx, r);
    } else {
      send_req *sr = calloc(1, sizeof *sr);
      if (!sr) abort();
      sr->h = h;
      sr->bytes = total;
      sr->data = malloc(total ? total : 1);
      if (!sr->data) abort();
      size_t off = 0;
      for (unsigned i = 0; i < n; i++) {
        memcpy(sr->data + off, bufs[i].base, bufs[i].len);
        off += bufs[i].len;
      }
      uv_buf_t one = uv_buf_init(sr->data, (unsigned)total);
      sr->js_req = JSValueIsObject(ctx, argv[0]) ? (JSObjectRef)argv[0] : JSObjectMake(ctx, NULL, NULL);
      err = uv_udp_send(&sr->req, &h->h.udp, &one, 1, addr, after_send);
      if (err) {
        free(sr->data);
        free(sr);
        result = num(ctx, err);
      } else {
        JSValueProtect(ctx, sr->js_req);
        result = nodec_null();
      }
    }
  }
  if (bufs != stack_bufs) free(bufs);
  return result;
}

static void on_alloc(uv_handle_t *uh, size_t suggested, uv_buf_t *buf) {
  nodec_handle *h = uh->data;
  nodec_stream_env *env = h->env;
  (void)suggested;
  if (!env->readbuf_busy) {
    env->readbuf_busy = true;
    *buf = uv_buf_init((char *)env->readbuf, NODEC_READ_BUF_SIZE);
    return;
  }
  char *p = malloc(RECV_BUF_SIZE);
  *buf = uv_buf_init(p, p ? RECV_BUF_SIZE : 0);
}

static void on_recv(uv_udp_t *u, ssize_t nread, const uv_buf_t *buf, const struct sockaddr *addr,
                    unsigned flags) {
  nodec_handle *h = u->data;
  nodec_stream_env *env = h->env;
  nodec_runtime *rt = env->rt;
  JSContextRef ctx = rt->ctx;
  bool shared = buf->base == (char *)env->readbuf;
  (void)flags;
  /* nread 0 with no address: nothing more to read now (not an empty datagram). */
  if (nread < 0 || (nread == 0 && !addr)) {
    if (shared) env->readbuf_busy = false;
    else free(buf->base);
    if (nread == 0) return;
    JSValueRef arg = num(ctx, (double)nread);
    nodec_handle_emit(rt, h->obj, env->s_onmessage, 1, &arg);
    return;
  }
  uint8_t *bytes = malloc(nread > 0 ? (size_t)nread : 1);
  if (!bytes) abort();
  if (nread > 0) memcpy(bytes, buf->base, (size_t)nread);
  if (shared) env->readbuf_busy = false;
  else free(buf->base);
  h->bytes_read += (uint64_t)nread;
  JSObjectRef rinfo = JSObjectMake(ctx, NULL, NULL);
  nodec_sockaddr_to(ctx, addr, rinfo);
  nodec_set_number(ctx, rinfo, "size", (double)nread);
  JSValueRef args[3] = {num(ctx, (double)nread), nodec_new_buffer(rt, bytes, (size_t)nread), rinfo};
  nodec_handle_emit(rt, h->obj, env->s_onmessage, 3, args);
}

NODEC_METHOD(m_recv_start) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  int err = uv_udp_recv_start(&h->h.udp, on_alloc, on_recv);
  return num(ctx, err == UV_EALREADY ? 0 : err);
}

NODEC_METHOD(m_recv_stop) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, uv_udp_recv_stop(&h->h.udp));
}

static JSValueRef name_common(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, bool peer) {
  THIS_UDP();
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return num(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int err = peer ? uv_udp_getpeername(&h->h.udp, (struct sockaddr *)&ss, &len)
                 : uv_udp_getsockname(&h->h.udp, (struct sockaddr *)&ss, &len);
  if (!err) nodec_sockaddr_to(ctx, (const struct sockaddr *)&ss, (JSObjectRef)argv[0]);
  return num(ctx, err);
}

NODEC_METHOD(m_getsockname) {
  NODEC_METHOD_UNUSED;
  return name_common(ctx, self, argc, argv, exc, false);
}

NODEC_METHOD(m_getpeername) {
  NODEC_METHOD_UNUSED;
  return name_common(ctx, self, argc, argv, exc, true);
}

/* An optional string argument as a malloc'd C string (NULL when undefined/null/absent). */
static char *opt_str(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (argc <= i || JSValueIsUndefined(ctx, argv[i]) || JSValueIsNull(ctx, argv[i])) return NULL;
  return nodec_to_utf8(ctx, argv[i], NULL, NULL);
}

/* membership(group, iface, join) */
NODEC_METHOD(m_membership) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  char *group = opt_str(ctx, argc, argv, 0);
  char *iface = opt_str(ctx, argc, argv, 1);
  bool join = argc > 2 && JSValueToBoolean(ctx, argv[2]);
  int err = group ? uv_udp_set_membership(&h->h.udp, group, iface, join ? UV_JOIN_GROUP : UV_LEAVE_GROUP)
                  : UV_EINVAL;
  free(group);
  free(iface);
  return num(ctx, err);
}

/* sourceMembership(source, group, iface, join) */
NODEC_METHOD(m_source_membership) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  char *source = opt_str(ctx, argc, argv, 0);
  char *group = opt_str(ctx, argc, argv, 1);
  char *iface = opt_str(ctx, argc, argv, 2);
  bool join = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  int err = source && group ? uv_udp_set_source_membership(&h->h.udp, group, iface, source,
                                                           join ? UV_JOIN_GROUP : UV_LEAVE_GROUP)
                            : UV_EINVAL;
  free(source);
  free(group);
  free(iface);
  return num(ctx, err);
}

NODEC_METHOD(m_set_multicast_interface) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  char *iface = opt_str(ctx, argc, argv, 0);
  int err = uv_udp_set_multicast_interface(&h->h.udp, iface);
  free(iface);
  return num(ctx, err);
}

static int int_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  return argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : 0;
}

NODEC_METHOD(m_set_ttl) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, uv_udp_set_ttl(&h->h.udp, int_arg(ctx, argc, argv)));
}

NODEC_METHOD(m_set_multicast_ttl) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, uv_udp_set_multicast_ttl(&h->h.udp, int_arg(ctx, argc, argv)));
}

NODEC_METHOD(m_set_multicast_loopback) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, uv_udp_set_multicast_loop(&h->h.udp, int_arg(ctx, argc, argv) != 0));
}

NODEC_METHOD(m_set_broadcast) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, uv_udp_set_broadcast(&h->h.udp, int_arg(ctx, argc, argv) != 0));
}

/* bufferSize(size, isRecv): size 0 reads; returns the size (as the kernel reports it) or an error. */
NODEC_METHOD(m_buffer_size) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  int size = int_arg(ctx, argc, argv);
  bool recv = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  int err = recv ? uv_recv_buffer_size(&h->h.handle, &size) : uv_send_buffer_size(&h->h.handle, &size);
  if (err) return num(ctx, err);
  if (size != 0 && argc > 0 && (int)JSValueToNumber(ctx, argv[0], NULL) != 0) {
    /* Set: read back what the kernel made of it. */
    int now = 0;
    err = recv ? uv_recv_buffer_size(&h->h.handle, &now) : uv_send_buffer_size(&h->h.handle, &now);
    return num(ctx, err ? err : now);
  }
  return num(ctx, size);
}

NODEC_METHOD(m_send_queue_size) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, (double)uv_udp_get_send_queue_size(&h->h.udp));
}

NODEC_METHOD(m_send_queue_count) {
  NODEC_METHOD_UNUSED;
  THIS_UDP();
  return num(ctx, (double)uv_udp_get_send_queue_count(&h->h.udp));
}

const JSStaticFunction nodec_udp_methods[] = {
    {"open", m_open, kJSPropertyAttributeDontEnum},
    {"bind", m_bind, kJSPropertyAttributeDontEnum},
    {"connect", m_connect, kJSPropertyAttributeDontEnum},
    {"disconnect", m_disconnect, kJSPropertyAttributeDontEnum},
    {"send", m_send, kJSPropertyAttributeDontEnum},
    {"recvStart", m_recv_start, kJSPropertyAttributeDontEnum},
    {"recvStop", m_recv_stop, kJSPropertyAttributeDontEnum},
    {"getsockname", m_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeername", m_getpeername, kJSPropertyAttributeDontEnum},
    {"membership", m_membership, kJSPropertyAttributeDontEnum},
    {"sourceMembership", m_source_membership, kJSPropertyAttributeDontEnum},
    {"setMulticastInterface", m_set_multicast_interface, kJSPropertyAttributeDontEnum},
    {"setTTL", m_set_ttl, kJSPropertyAttributeDontEnum},
    {"setMulticastTTL", m_set_multicast_ttl, kJSPropertyAttributeDontEnum},
    {"setMulticastLoopback", m_set_multicast_loopback, kJSPropertyAttributeDontEnum},
    {"setBroadcast", m_set_broadcast, kJSPropertyAttributeDontEnum},
    {"bufferSize", m_buffer_size, kJSPropertyAttributeDontEnum},
    {"getSendQueueSize", m_send_queue_size, kJSPropertyAttributeDontEnum},
    {"getSendQueueCount", m_send_queue_count, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSObjectRef udp_new(nodec_stream_env *env, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  (void)argc;
  (void)argv;
  nodec_handle *h;
  JSObjectRef obj = nodec_handle_new(env, NODEC_H_UDP, &h);
  int err = uv_udp_init(&env->rt->loop, &h->h.udp);
  if (err) {
    nodec_throw_uv(env->rt, exc, err, "uv_udp_init", NULL, NULL);
    return NULL;
  }
  nodec_handle_opened(h);
  return obj;
}

void nodec_binding_init_udp_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exc = NULL;
  nodec_stream_env *env = nodec_stream_env_get(rt, &exc);
  if (!env) return;
  nodec_set(ctx, target, "UDP", nodec_handle_constructor(env, NODEC_H_UDP, "UDP", udp_new));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  nodec_set_number(ctx, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  nodec_set_number(ctx, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  nodec_set_number(ctx, constants, "UV_UDP_REUSEPORT", NODEC_UDP_REUSEPORT);
  nodec_set(ctx, target, "constants", constants);
}
