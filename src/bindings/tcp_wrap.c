/* internalBinding('tcp_wrap'): TCP handles (node's TCPWrap): `new TCP(type)`, bind/listen/connect over
 * IPv4 and IPv6, addresses, Nagle and keep-alive, and closing with RST. Errors are returned as
 * negative uv codes for JS to turn into node's exceptions (exceptionWithHostPort). */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
#include "stream_wrap.h"

/* bind() flag of ours: SO_REUSEPORT (the libuv we build against predates UV_TCP_REUSEPORT). */
enum { NODEC_TCP_REUSEPORT = 0x1000 };

#define TCP_ONLY (1u << NODEC_H_TCP)
#define THIS_TCP()                                                                                  \
  nodec_handle *h = nodec_handle_this(ctx, self, TCP_ONLY, exc);                                    \
  if (!h) return NULL;                                                                              \
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF)

static JSValueRef num(JSContextRef ctx, int v) {
  (void)ctx;
  return nodec_number(v);
}

NODEC_METHOD(m_open) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  int fd = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : -1;
  return num(ctx, uv_tcp_open(&h->h.tcp, fd));
}

static JSValueRef bind_common(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, bool v6) {
  THIS_TCP();
  if (argc < 2) return num(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = nodec_sockaddr_from(ctx, argv[0], argv[1], v6, &ss);
  if (err) return num(ctx, err);
  unsigned flags = argc > 2 ? (unsigned)JSValueToNumber(ctx, argv[2], NULL) : 0;
  if (flags & NODEC_TCP_REUSEPORT) {
    /* The socket must exist before bind to carry the option: make it ourselves. */
    uv_os_fd_t fd;
    if (uv_fileno(&h->h.handle, &fd) != 0) {
      fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
      if (fd < 0) return num(ctx, -errno);
      err = uv_tcp_open(&h->h.tcp, fd);
      if (err) {
        close(fd);
        return num(ctx, err);
      }
    }
    int on = 1;
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0) return num(ctx, -errno);
  }
  return num(ctx, uv_tcp_bind(&h->h.tcp, (const struct sockaddr *)&ss, v6 ? flags & UV_TCP_IPV6ONLY : 0));
}

NODEC_METHOD(m_bind) {
  NODEC_METHOD_UNUSED;
  return bind_common(ctx, self, argc, argv, exc, false);
}

NODEC_METHOD(m_bind6) {
  NODEC_METHOD_UNUSED;
  return bind_common(ctx, self, argc, argv, exc, true);
}

NODEC_METHOD(m_listen) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  int backlog = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : 511;
  return num(ctx, uv_listen(&h->h.stream, backlog, nodec_stream_on_connection));
}

static JSValueRef connect_common(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                                 JSValueRef *exc, bool v6) {
  THIS_TCP();
  if (argc < 3) return num(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = nodec_sockaddr_from(ctx, argv[1], argv[2], v6, &ss);
  if (err) return num(ctx, err);
  nodec_connect_req *cr = nodec_connect_req_new(h, ctx, argv[0]);
  err = uv_tcp_connect(&cr->req, &h->h.tcp, (const struct sockaddr *)&ss, nodec_after_connect);
  if (err) nodec_connect_req_free(cr);
  return num(ctx, err);
}

NODEC_METHOD(m_connect) {
  NODEC_METHOD_UNUSED;
  return connect_common(ctx, self, argc, argv, exc, false);
}

NODEC_METHOD(m_connect6) {
  NODEC_METHOD_UNUSED;
  return connect_common(ctx, self, argc, argv, exc, true);
}

static JSValueRef name_common(JSContextRef ctx, JSObjectRef self, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, bool peer) {
  THIS_TCP();
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return num(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int err = peer ? uv_tcp_getpeername(&h->h.tcp, (struct sockaddr *)&ss, &len)
                 : uv_tcp_getsockname(&h->h.tcp, (struct sockaddr *)&ss, &len);
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

NODEC_METHOD(m_set_no_delay) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  return num(ctx, uv_tcp_nodelay(&h->h.tcp, argc > 0 && JSValueToBoolean(ctx, argv[0])));
}

NODEC_METHOD(m_set_keep_alive) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  bool on = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  unsigned delay = argc > 1 ? (unsigned)JSValueToNumber(ctx, argv[1], NULL) : 0;
  return num(ctx, uv_tcp_keepalive(&h->h.tcp, on, on && delay == 0 ? 1 : delay));
}

NODEC_METHOD(m_set_simultaneous_accepts) {
  NODEC_METHOD_UNUSED;
  return nodec_undefined();
}

/* setTypeOfService(tos) / getTypeOfService(): IP_TOS, and IPV6_TCLASS for IPv6 sockets. */
NODEC_METHOD(m_set_tos) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  uv_os_fd_t fd;
  int err = uv_fileno(&h->h.handle, &fd);
  if (err) return num(ctx, err);
  int tos = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : 0;
  int ok4 = setsockopt(fd, IPPROTO_IP, IP_TOS, &tos, sizeof tos) == 0;
  int ok6 = setsockopt(fd, IPPROTO_IPV6, IPV6_TCLASS, &tos, sizeof tos) == 0;
  return num(ctx, ok4 || ok6 ? 0 : -errno);
}

NODEC_METHOD(m_get_tos) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  uv_os_fd_t fd;
  int err = uv_fileno(&h->h.handle, &fd);
  if (err) return num(ctx, err);
  int tos = 0;
  socklen_t len = sizeof tos;
  if (getsockopt(fd, IPPROTO_IP, IP_TOS, &tos, &len) == 0) return num(ctx, tos);
  len = sizeof tos;
  if (getsockopt(fd, IPPROTO_IPV6, IPV6_TCLASS, &tos, &len) == 0) return num(ctx, tos);
  return num(ctx, -errno);
}

/* reset(cb): close with RST instead of FIN. */
NODEC_METHOD(m_reset) {
  NODEC_METHOD_UNUSED;
  THIS_TCP();
  h->closing = true;
  if (argc > 0 && JSValueIsObject(ctx, argv[0]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[0])) {
    h->close_cb = (JSObjectRef)argv[0];
    JSValueProtect(ctx, h->close_cb);
  }
  int err = uv_tcp_close_reset(&h->h.tcp, nodec_handle_on_closed);
  if (err) {
    /* Not a connected socket: close normally. */
    uv_close(&h->h.handle, nodec_handle_on_closed);
  }
  return num(ctx, 0);
}

const JSStaticFunction nodec_tcp_methods[] = {
    {"open", m_open, kJSPropertyAttributeDontEnum},
    {"bind", m_bind, kJSPropertyAttributeDontEnum},
    {"bind6", m_bind6, kJSPropertyAttributeDontEnum},
    {"listen", m_listen, kJSPropertyAttributeDontEnum},
    {"connect", m_connect, kJSPropertyAttributeDontEnum},
    {"connect6", m_connect6, kJSPropertyAttributeDontEnum},
    {"getsockname", m_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeername", m_getpeername, kJSPropertyAttributeDontEnum},
    {"setNoDelay", m_set_no_delay, kJSPropertyAttributeDontEnum},
    {"setKeepAlive", m_set_keep_alive, kJSPropertyAttributeDontEnum},
    {"setSimultaneousAccepts", m_set_simultaneous_accepts, kJSPropertyAttributeDontEnum},
    {"reset", m_reset, kJSPropertyAttributeDontEnum},
    {"setTypeOfService", m_set_tos, kJSPropertyAttributeDontEnum},
    {"getTypeOfService", m_get_tos, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSObjectRef tcp_new(nodec_stream_env *env, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  (void)argc;
  (void)argv;
  nodec_handle *h;
  JSObjectRef obj = nodec_handle_new(env, NODEC_H_TCP, &h);
  int err = uv_tcp_init(&env->rt->loop, &h->h.tcp);
  if (err) {
    nodec_throw_uv(env->rt, exc, err, "uv_tcp_init", NULL, NULL);
    return NULL;
  }
  nodec_handle_opened(h);
  return obj;
}

void nodec_binding_init_tcp_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exc = NULL;
  nodec_stream_env *env = nodec_stream_env_get(rt, &exc);
  if (!env) return;
  nodec_set(ctx, target, "TCP", nodec_handle_constructor(env, NODEC_H_TCP, "TCP", tcp_new));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  nodec_set_number(ctx, constants, "SOCKET", 0);
  nodec_set_number(ctx, constants, "SERVER", 1);
  nodec_set_number(ctx, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  nodec_set_number(ctx, constants, "UV_TCP_REUSEPORT", NODEC_TCP_REUSEPORT);
  nodec_set(ctx, target, "constants", constants);
}
