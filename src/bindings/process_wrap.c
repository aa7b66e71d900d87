/* internalBinding('process_wrap'): asynchronous child processes (node's ProcessWrap). `new Process()`,
 * spawn(options) -> 0 or a uv error, kill(signal), and handle.onexit(exitStatus, termSignal) when the
 * child ends. options: {file, args, cwd, envPairs, detached, uid, gid, stdio: [{type: 'pipe', handle}
 * | {type: 'wrap', handle} | {type: 'fd', fd} | {type: 'inherit'} | {type: 'ignore'}]}. */
#include <stdlib.h>
#include <string.h>
#include "stream_wrap.h"

#define PROCESS_ONLY (1u << NODEC_H_PROCESS)
enum { MAX_STDIO = 64 };

static void on_child_exit(uv_process_t *proc, int64_t status, int term_signal) {
  nodec_handle *h = proc->data;
  nodec_runtime *rt = h->env->rt;
  JSValueRef args[2] = {nodec_number((double)status), nodec_number(term_signal)};
  nodec_handle_emit(rt, h->obj, h->env->s_onexit, 2, args);
}

static char *str_prop(JSContextRef ctx, JSObjectRef o, const char *name) {
  JSValueRef v = nodec_get(ctx, o, name);
  if (JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v)) return NULL;
  return nodec_to_utf8(ctx, v, NULL, NULL);
}

/* A JS array of strings -> NULL-terminated array of malloc'd strings (NULL if not an array). */
static char **str_array(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return NULL;
  JSObjectRef a = (JSObjectRef)v;
  size_t n = (size_t)JSValueToNumber(ctx, nodec_get(ctx, a, "length"), NULL);
  char **out = calloc(n + 1, sizeof(char *));
  if (!out) abort();
  for (size_t i = 0; i < n; i++) {
    out[i] = nodec_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, a, (unsigned)i, NULL), NULL, NULL);
    if (!out[i]) out[i] = strdup("");
  }
  return out;
}

static void free_str_array(char **a) {
  if (!a) return;
  for (char **p = a; *p; p++) free(*p);
  free(a);
}

NODEC_METHOD(m_spawn) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, PROCESS_ONLY, exc);
  if (!h) return NULL;
  if (h->initialized) return nodec_number(UV_EINVAL);
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return nodec_number(UV_EINVAL);
  JSObjectRef o = (JSObjectRef)argv[0];
  uv_process_options_t opts;
  memset(&opts, 0, sizeof opts);
  char *file = str_prop(ctx, o, "file");
  char *cwd = str_prop(ctx, o, "cwd");
  char **args = str_array(ctx, nodec_get(ctx, o, "args"));
  char **env = str_array(ctx, nodec_get(ctx, o, "envPairs"));
  if (!file) {
    free(cwd);
    free_str_array(args);
    free_str_array(env);
    return nodec_number(UV_EINVAL);
  }
  char *fallback_args[2] = {file, NULL};
  opts.file = file;
  opts.args = args ? args : fallback_args;
  opts.cwd = cwd;
  opts.env = env;
  opts.exit_cb = on_child_exit;
  if (JSValueToBoolean(ctx, nodec_get(ctx, o, "detached"))) opts.flags |= UV_PROCESS_DETACHED;
  JSValueRef uid = nodec_get(ctx, o, "uid"), gid = nodec_get(ctx, o, "gid");
  if (JSValueIsNumber(ctx, uid)) {
    opts.flags |= UV_PROCESS_SETUID;
    opts.uid = (uv_uid_t)JSValueToNumber(ctx, uid, NULL);
  }
  if (JSValueIsNumber(ctx, gid)) {
    opts.flags |= UV_PROCESS_SETGID;
    opts.gid = (uv_gid_t)JSValueToNumber(ctx, gid, NULL);
  }

  uv_stdio_container_t stdio[MAX_STDIO];
  int nstdio = 0;
  JSValueRef sv = nodec_get(ctx, o, "stdio");
  if (JSValueIsObject(ctx, sv)) {
    nstdio = (int)JSValueToNumber(ctx, nodec_get(ctx, (JSObjectRef)sv, "length"), NULL);
    if (nstdio > MAX_STDIO) nstdio = MAX_STDIO;
    if (nstdio < 0) nstdio = 0;
  }
  int err = 0;
  for (int i = 0; i < nstdio; i++) {
    JSValueRef e = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)sv, (unsigned)i, NULL);
    char *type = JSValueIsObject(ctx, e) ? str_prop(ctx, (JSObjectRef)e, "type") : NULL;
    stdio[i].flags = UV_IGNORE;
    if (type && (!strcmp(type, "pipe") || !strcmp(type, "wrap") || !strcmp(type, "overlapped"))) {
      JSValueRef hv = nodec_get(ctx, (JSObjectRef)e, "handle");
      JSValueRef ignored = NULL;
      nodec_handle *sh = JSValueIsObject(ctx, hv)
                             ? nodec_handle_this(ctx, (JSObjectRef)hv,
                                                 (1u << NODEC_H_PIPE) | (1u << NODEC_H_TCP) | (1u << NODEC_H_TTY), &ignored)
                             : NULL;
      if (!sh || !sh->initialized) {
        err = UV_EINVAL;
      } else if (!strcmp(type, "wrap")) {
        stdio[i].flags = UV_INHERIT_STREAM;
        stdio[i].data.stream = &sh->h.stream;
      } else {
        stdio[i].flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
        stdio[i].data.stream = &sh->h.stream;
      }
    } else if (type && (!strcmp(type, "fd") || !strcmp(type, "inherit"))) {
      JSValueRef fd = nodec_get(ctx, (JSObjectRef)e, "fd");
      stdio[i].flags = UV_INHERIT_FD;
      stdio[i].data.fd = JSValueIsNumber(ctx, fd) ? (int)JSValueToNumber(ctx, fd, NULL) : i;
    }
    free(type);
  }
  opts.stdio = stdio;
  opts.stdio_count = nstdio;
  if (!err) {
    err = uv_spawn(&h->env->rt->loop, &h->h.process, &opts);
    /* uv_spawn initialized the handle even when it failed: JS closes it either way. */
    nodec_handle_opened(h);
    if (!err) nodec_set_number(ctx, self, "pid", h->h.process.pid);
  }
  free(file);
  free(cwd);
  free_str_array(args);
  free_str_array(env);
  return nodec_number(err);
}

NODEC_METHOD(m_kill) {
  NODEC_METHOD_UNUSED;
  nodec_handle *h = nodec_handle_this(ctx, self, PROCESS_ONLY, exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_ESRCH);
  int sig = argc > 0 ? (int)JSValueToNumber(ctx, argv[0], NULL) : 15;
  return nodec_number(uv_process_kill(&h->h.process, sig));
}

const JSStaticFunction nodec_process_methods[] = {
    {"spawn", m_spawn, kJSPropertyAttributeDontEnum},
    {"kill", m_kill, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSObjectRef process_new(nodec_stream_env *env, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  (void)argc;
  (void)argv;
  (void)exc;
  nodec_handle *h;
  return nodec_handle_new(env, NODEC_H_PROCESS, &h);
}

void nodec_binding_init_process_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSValueRef exc = NULL;
  nodec_stream_env *env = nodec_stream_env_get(rt, &exc);
  if (!env) return;
  nodec_set(rt->ctx, target, "Process", nodec_handle_constructor(env, NODEC_H_PROCESS, "Process", process_new));
}
