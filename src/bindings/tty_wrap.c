/* internalBinding('tty_wrap'): terminal handles (node's TTYWrap): `new TTY(fd, ctx)`, window size,
 * raw mode, isTTY(fd). Errors of the constructor go to ctx.code/ctx.errno as in node. */
#include <stdlib.h>
#include <unistd.h>
#include "stream_wrap.h"

#define TTY_ONLY (1u << NODEC_H_TTY)

NODEC_METHOD(m_get_window_size) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, TTY_ONLY, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  int w = 0, rows = 0;
  int err = uv_tty_get_winsize(&h->h.tty, &w, &rows);
  if (!err && argc > 0 && JSValueIsObject(ctx, argv[0])) {
    JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[0], 0, nodec_number(w), NULL);
    JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[0], 1, nodec_number(rows), NULL);
  }
  return nodec_number(err);
}

NODEC_METHOD(m_set_raw_mode) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, TTY_ONLY, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  bool raw = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  return nodec_number(uv_tty_set_mode(&h->h.tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

const JSStaticFunction nodec_tty_methods[] = {
    {"getWindowSize", m_get_window_size, kJSPropertyAttributeDontEnum},
    {"setRawMode", m_set_raw_mode, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSObjectRef tty_new(nodec_stream_env *env, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  JSContextRef ctx = env->rt->ctx;
  int fd = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : -1;
  nodec_handle *h;
  JSObjectRef obj = nodec_handle_new(env, NODEC_H_TTY, &h);
  int err = fd < 0 ? UV_EINVAL : uv_tty_init(&env->rt->loop, &h->h.tty, fd, 0);
  if (err) {
    if (argc > 1 && JSValueIsObject(ctx, argv[1])) {
      nodec_set_number(ctx, (JSObjectRef)argv[1], "errno", err);
      nodec_set_string(ctx, (JSObjectRef)argv[1], "code", uv_err_name(err));
      nodec_set_string(ctx, (JSObjectRef)argv[1], "syscall", "uv_tty_init");
      return obj; /* never opened: collected like any object */
    }
    nodec_throw_uv(env->rt, exc, err, "uv_tty_init", NULL, NULL);
    return NULL;
  }
  nodec_handle_opened(h);
  return obj;
}

static JSValueRef is_tty(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, size_t argc,
                         const JSValueRef argv[], JSValueRef *exc) {
  NODEC_UNUSED_FN_ARGS;
  int fd = (int)JSValueToNumber(ctx, ARG(0), NULL);
  return nodec_boolean(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

static const nodec_fn functions[] = {
    {"isTTY", is_tty},
    {NULL, NULL},
};

void nodec_binding_init_tty_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSValueRef exc = NULL;
  nodec_stream_env *env = nodec_stream_env_get(rt, &exc);
  nodec_set_functions(rt, target, functions);
  if (!env) return;
  nodec_set(rt->ctx, target, "TTY", nodec_handle_constructor(env, NODEC_H_TTY, "TTY", tty_new));
}
