/* internalBinding('pipe_wrap'): unix domain sockets and the pipes of child stdio (node's PipeWrap):
 * `new Pipe(type)` with type SOCKET, SERVER or IPC; bind/listen/connect by path, open(fd). */
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include "stream_wrap.h"

/* A path that does not fit sun_path is refused (EINVAL) rather than silently cut, as node does with
 * UV_PIPE_NO_TRUNCATE (the libuv we build against truncates). */
static bool path_too_long(const char *name) { return strlen(name) >= sizeof(((struct sockaddr_un *)0)->sun_path); }

enum { PIPE_SOCKET, PIPE_SERVER, PIPE_IPC };

#define PIPE_ONLY (1u << NODEC_H_PIPE)
#define THIS_PIPE()                                                                                 \
  nodec_handle *h = nodec_handle_this(ctx, self, PIPE_ONLY, exc);                                   \
  if (!h) return NULL;                                                                              \
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF)

NODEC_METHOD(m_bind) {
  NODEC_METHOD_UNUSED;
  THIS_PIPE();
  char *name = argc > 0 ? nodec_to_utf8(ctx, argv[0], NULL, exc) : NULL;
  if (!name) return argc > 0 ? NULL : nodec_number(UV_EINVAL);
  int err = path_too_long(name) ? UV_EINVAL : uv_pipe_bind(&h->h.pipe, name);
  free(name);
  return nodec_number(err);
}

NODEC_METHOD(m_listen) {
  NODEC_METHOD_UNUSED;
  THIS_PIPE();
  int backlog = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : 511;
  return nodec_number(uv_listen(&h->h.stream, backlog, nodec_stream_on_connection));
}

/* connect(req, path): the result, failures included, arrives as req.oncomplete(status). */
NODEC_METHOD(m_connect) {
  NODEC_METHOD_UNUSED;
  THIS_PIPE();
  if (argc < 2) return nodec_number(UV_EINVAL);
  char *name = nodec_to_utf8(ctx, argv[1], NULL, exc);
  if (!name) return NULL;
  if (path_too_long(name)) {
    free(name);
    return nodec_number(UV_EINVAL);
  }
  nodec_connect_req *cr = nodec_connect_req_new(h, ctx, argv[0]);
  uv_pipe_connect(&cr->req, &h->h.pipe, name, nodec_after_connect);
  free(name);
  return nodec_number(0);
}

NODEC_METHOD(m_open) {
  NODEC_METHOD_UNUSED;
  THIS_PIPE();
  int fd = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : -1;
  return nodec_number(uv_pipe_open(&h->h.pipe, fd));
}

NODEC_METHOD(m_fchmod) {
  NODEC_METHOD_UNUSED;
  THIS_PIPE();
  int mode = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : 0;
  return nodec_number(uv_pipe_chmod(&h->h.pipe, mode));
}

NODEC_METHOD(m_set_pending_instances) {
  NODEC_METHOD_UNUSED;
  return nodec_undefined();
}

static JSValueRef name_common(JSContextRef ctx, JSObjectRef self, JSValueRef *exc, bool peer) {
  THIS_PIPE();
  char buf[4096];
  size_t len = sizeof buf;
  int err = peer ? uv_pipe_getpeername(&h->h.pipe, buf, &len) : uv_pipe_getsockname(&h->h.pipe, buf, &len);
  if (err) return nodec_number(err);
  return nodec_string_n(ctx, buf, len);
}

NODEC_METHOD(m_getsockname) {
  NODEC_METHOD_UNUSED;
  return name_common(ctx, self, exc, false);
}

NODEC_METHOD(m_getpeername) {
  NODEC_METHOD_UNUSED;
  return name_common(ctx, self, exc, true);
}

const JSStaticFunction nodec_pipe_methods[] = {
    {"bind", m_bind, kJSPropertyAttributeDontEnum},
    {"listen", m_listen, kJSPropertyAttributeDontEnum},
    {"connect", m_connect, kJSPropertyAttributeDontEnum},
    {"open", m_open, kJSPropertyAttributeDontEnum},
    {"fchmod", m_fchmod, kJSPropertyAttributeDontEnum},
    {"setPendingInstances", m_set_pending_instances, kJSPropertyAttributeDontEnum},
    {"getsocknamePath", m_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeernamePath", m_getpeername, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSObjectRef pipe_new(nodec_stream_env *env, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  int type = argc > 0 ? (int)JSValueToNumber(env->rt->ctx, argv[0], NULL) : PIPE_SOCKET;
  nodec_handle *h;
  JSObjectRef obj = nodec_handle_new(env, NODEC_H_PIPE, &h);
  int err = uv_pipe_init(&env->rt->loop, &h->h.pipe, type == PIPE_IPC);
  if (err) {
    nodec_throw_uv(env->rt, exc, err, "uv_pipe_init", NULL, NULL);
    return NULL;
  }
  nodec_handle_opened(h);
  return obj;
}

void nodec_binding_init_pipe_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exc = NULL;
  nodec_stream_env *env = nodec_stream_env_get(rt, &exc);
  if (!env) return;
  nodec_set(ctx, target, "Pipe", nodec_handle_constructor(env, NODEC_H_PIPE, "Pipe", pipe_new));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  nodec_set_number(ctx, constants, "SOCKET", PIPE_SOCKET);
  nodec_set_number(ctx, constants, "SERVER", PIPE_SERVER);
  nodec_set_number(ctx, constants, "IPC", PIPE_IPC);
  nodec_set_number(ctx, constants, "UV_READABLE", UV_READABLE);
  nodec_set_number(ctx, constants, "UV_WRITABLE", UV_WRITABLE);
  nodec_set(ctx, target, "constants", constants);
}
