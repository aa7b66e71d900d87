/* internalBinding('spawn_sync'): child_process.spawnSync/execSync. Runs the child on a private libuv
 * loop (so no JS callback can run meanwhile, as in node), feeds stdin, collects stdout/stderr,
 * enforces timeout and maxBuffer. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "bindings.h"

enum { MAX_STDIO = 8 };

typedef struct sync_pipe {
  uv_pipe_t pipe;
  struct sync_run *run;
  int index;
  uint8_t *data; /* collected output */
  size_t len, cap;
  const uint8_t *input;
  size_t input_len;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  bool active;
} sync_pipe;

typedef struct sync_run {
  uv_loop_t loop;
  uv_process_t proc;
  uv_timer_t timer;
  sync_pipe pipes[MAX_STDIO];
  int npipes;
  int64_t exit_status;
  int term_signal;
  int kill_signal;
  double max_buffer;
  int error; /* first error: ETIMEDOUT, ENOBUFS, or a spawn error */
  bool exited, timer_active, killed;
} sync_run;

static void kill_child(sync_run *r) {
  if (r->killed || r->exited) return;
  r->killed = true;
  uv_process_kill(&r->proc, r->kill_signal);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  sync_pipe *p = h->data;
  if (p->cap - p->len < suggested) {
    size_t cap = p->cap ? p->cap * 2 : 65536;
    while (cap - p->len < suggested) cap *= 2;
    uint8_t *d = realloc(p->data, cap);
    if (!d) abort();
    p->data = d;
    p->cap = cap;
  }
  *buf = uv_buf_init((char *)p->data + p->len, (unsigned)(p->cap - p->len));
}

static void on_closed(uv_handle_t *h) { (void)h; }

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  sync_pipe *p = s->data;
  if (n > 0) {
    p->len += (size_t)n;
    if ((double)p->len > p->run->max_buffer) {
      if (!p->run->error) p->run->error = UV_ENOBUFS;
      kill_child(p->run);
    }
  } else if (n < 0) {
    uv_read_stop(s);
    if (!uv_is_closing((uv_handle_t *)s)) uv_close((uv_handle_t *)s, on_closed);
  }
}

static void on_shutdown(uv_shutdown_t *req, int status) {
  (void)status;
  uv_handle_t *h = (uv_handle_t *)req->handle;
  if (!uv_is_closing(h)) uv_close(h, on_closed);
}

static void on_written(uv_write_t *req, int status) {
  sync_pipe *p = req->data;
  if (status < 0) {
    if (!uv_is_closing((uv_handle_t *)&p->pipe)) uv_close((uv_handle_t *)&p->pipe, on_closed);
    return;
  }
  uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_shutdown);
}

static void on_child_exit(uv_process_t *proc, int64_t status, int term_signal) {
  sync_run *r = proc->data;
  r->exited = true;
  r->exit_status = status;
  r->term_signal = term_signal;
  if (r->timer_active) uv_timer_stop(&r->timer);
  uv_close((uv_handle_t *)proc, on_closed);
}

static void on_timeout(uv_timer_t *t) {
  sync_run *r = t->data;
  if (!r->error) r->error = UV_ETIMEDOUT;
  kill_child(r);
}

static char *str_prop(JSContextRef ctx, JSObjectRef o, const char *name, JSValueRef *exc) {
  JSValueRef v = nodec_get(ctx, o, name);
  if (JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v)) return NULL;
  return nodec_to_utf8(ctx, v, NULL, exc);
}

/* A JS array of strings -> NULL-terminated char* array (malloc'd strings). */
static char **str_array(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  if (!JSValueIsObject(ctx, v)) return NULL;
  JSObjectRef a = (JSObjectRef)v;
  size_t n = (size_t)JSValueToNumber(ctx, nodec_get(ctx, a, "length"), NULL);
  char **out = calloc(n + 1, sizeof(char *));
  if (!out) abort();
  for (size_t i = 0; i < n; i++) {
    out[i] = nodec_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, a, (unsigned)i, NULL), NULL, exc);
    if (!out[i]) out[i] = strdup("");
  }
  return out;
}

static void free_str_array(char **a) {
  if (!a) return;
  for (char **p = a; *p; p++) free(*p);
  free(a);
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* spawn(options) -> { pid, status, signal, output: [null|Uint8Array...], error } */
NODEC_FN(spawn) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "options must be an object");
  JSObjectRef o = (JSObjectRef)argv[0];
  sync_run *r = calloc(1, sizeof *r);
  if (!r) abort();
  uv_loop_init(&r->loop);
  r->kill_signal = SIGTERM;
  r->max_buffer = 1024.0 * 1024.0;
  JSValueRef ks = nodec_get(ctx, o, "killSignal");
  if (JSValueIsNumber(ctx, ks)) r->kill_signal = (int)JSValueToNumber(ctx, ks, NULL);
  JSValueRef mb = nodec_get(ctx, o, "maxBuffer");
  if (JSValueIsNumber(ctx, mb)) r->max_buffer = JSValueToNumber(ctx, mb, NULL);

  uv_process_options_t opts;
  memset(&opts, 0, sizeof opts);
  char *file = str_prop(ctx, o, "file", exc);
  char *cwd = str_prop(ctx, o, "cwd", exc);
  char **args = str_array(ctx, nodec_get(ctx, o, "args"), exc);
  char **env = str_array(ctx, nodec_get(ctx, o, "envPairs"), exc);
  opts.file = file;
  opts.args = args;
  opts.cwd = cwd;
  opts.env = env;
  opts.exit_cb = on_child_exit;
  JSValueRef detached = nodec_get(ctx, o, "detached");
  if (JSValueToBoolean(ctx, detached)) opts.flags |= UV_PROCESS_DETACHED;
  JSValueRef uid = nodec_get(ctx, o, "uid"), gid = nodec_get(ctx, o, "gid");
  if (JSValueIsNumber(ctx, uid)) { opts.flags |= UV_PROCESS_SETUID; opts.uid = (uv_uid_t)JSValueToNumber(ctx, uid, NULL); }
  if (JSValueIsNumber(ctx, gid)) { opts.flags |= UV_PROCESS_SETGID; opts.gid = (uv_gid_t)JSValueToNumber(ctx, gid, NULL); }

  /* stdio: [{type: 'pipe'|'inherit'|'ignore'|'fd', fd, input}] */
  uv_stdio_container_t stdio[MAX_STDIO];
  JSValueRef sv = nodec_get(ctx, o, "stdio");
  int nstdio = 0;
  if (JSValueIsObject(ctx, sv)) {
    nstdio = (int)JSValueToNumber(ctx, nodec_get(ctx, (JSObjectRef)sv, "length"), NULL);
    if (nstdio > MAX_STDIO) nstdio = MAX_STDIO;
  }
  for (int i = 0; i < nstdio; i++) {
    JSValueRef e = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)sv, (unsigned)i, NULL);
    char *type = JSValueIsObject(ctx, e) ? str_prop(ctx, (JSObjectRef)e, "type", exc) : NULL;
    sync_pipe *p = &r->pipes[i];
    p->run = r;
    p->index = i;
    if (type && !strcmp(type, "pipe")) {
      uv_pipe_init(&r->loop, &p->pipe, 0);
      p->pipe.data = p;
      p->active = true;
      stdio[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
      stdio[i].data.stream = (uv_stream_t *)&p->pipe;
      if (i == 0) {
        size_t len = 0;
        uint8_t *in = nodec_bytes(ctx, nodec_get(ctx, (JSObjectRef)e, "input"), &len, exc);
        if (in && len) {
          p->input = malloc(len);
          if (!p->input) abort();
          memcpy((void *)p->input, in, len);
          p->input_len = len;
        }
      }
    } else if (type && (!strcmp(type, "inherit") || !strcmp(type, "fd"))) {
      JSValueRef fd = nodec_get(ctx, (JSObjectRef)e, "fd");
      stdio[i].flags = UV_INHERIT_FD;
      stdio[i].data.fd = JSValueIsNumber(ctx, fd) ? (int)JSValueToNumber(ctx, fd, NULL) : i;
    } else {
      stdio[i].flags = UV_IGNORE;
    }
    free(type);
  }
  opts.stdio = stdio;
  opts.stdio_count = nstdio;
  r->npipes = nstdio;

  r->proc.data = r;
  int err = uv_spawn(&r->loop, &r->proc, &opts);
  JSObjectRef result = JSObjectMake(ctx, NULL, NULL);
  if (err) {
    r->error = err;
    for (int i = 0; i < nstdio; i++)
      if (r->pipes[i].active) uv_close((uv_handle_t *)&r->pipes[i].pipe, on_closed);
    if (!uv_is_closing((uv_handle_t *)&r->proc)) uv_close((uv_handle_t *)&r->proc, on_closed);
  } else {
    nodec_set_number(ctx, result, "pid", r->proc.pid);
    JSValueRef timeout = nodec_get(ctx, o, "timeout");
    double ms = JSValueIsNumber(ctx, timeout) ? JSValueToNumber(ctx, timeout, NULL) : 0;
    uv_timer_init(&r->loop, &r->timer);
    r->timer.data = r;
    if (ms > 0) {
      uv_timer_start(&r->timer, on_timeout, (uint64_t)ms, 0);
      r->timer_active = true;
    }
    for (int i = 0; i < nstdio; i++) {
      sync_pipe *p = &r->pipes[i];
      if (!p->active) continue;
      if (i == 0) {
        if (p->input_len) {
          uv_buf_t b = uv_buf_init((char *)p->input, (unsigned)p->input_len);
          p->write_req.data = p;
          uv_write(&p->write_req, (uv_stream_t *)&p->pipe, &b, 1, on_written);
        } else {
          uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_shutdown);
        }
      } else {
        uv_read_start((uv_stream_t *)&p->pipe, on_alloc, on_read);
      }
    }
    uv_run(&r->loop, UV_RUN_DEFAULT);
    uv_close((uv_handle_t *)&r->timer, on_closed);
  }
  uv_run(&r->loop, UV_RUN_DEFAULT);

  if (!err) {
    if (r->term_signal) {
      nodec_set(ctx, result, "status", nodec_null());
      nodec_set_number(ctx, result, "signal", r->term_signal);
    } else {
      nodec_set_number(ctx, result, "status", (double)r->exit_status);
      nodec_set(ctx, result, "signal", nodec_null());
    }
    JSValueRef out[MAX_STDIO];
    for (int i = 0; i < nstdio; i++) {
      sync_pipe *p = &r->pipes[i];
      if (i == 0 || !p->active) {
        out[i] = nodec_null();
        continue;
      }
      out[i] = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, p->data ? p->data : malloc(1),
                                                     p->len, free_bytes, NULL, NULL);
      p->data = NULL;
    }
    nodec_set(ctx, result, "output", JSObjectMakeArray(ctx, (size_t)nstdio, out, NULL));
  }
  if (r->error) nodec_set_number(ctx, result, "error", r->error);
  for (int i = 0; i < nstdio; i++) {
    free(r->pipes[i].data);
    free((void *)r->pipes[i].input);
  }
  uv_loop_close(&r->loop);
  free(r);
  free(file);
  free(cwd);
  free_str_array(args);
  free_str_array(env);
  return result;
}

static const nodec_fn functions[] = {
    {"spawn", spawn},
    {NULL, NULL},
};

void nodec_binding_init_spawn_sync(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
