/* internalBinding('fs_watch'): fs.watch over uv_fs_event and fs.watchFile over uv_fs_poll.
 * watch(path, persistent, recursive, onchange(status, eventType, filename)) -> handle
 * watchFile(path, persistent, intervalMs, onchange(status, statsPair)) -> handle
 *   statsPair: Float64Array of 36 = current stats then previous stats, the 18-field layout of
 *   internalBinding('fs').stat.
 * A handle has close(), ref(), unref(), hasRef(). It is kept alive (protected) while its uv handle is
 * open; close() unprotects it once libuv has finished with the handle. */
#include <stdlib.h>
#include <string.h>
#include "bindings.h"

typedef struct watcher {
  union {
    uv_handle_t handle;
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } h;
  nodec_runtime *rt;
  JSObjectRef obj;
  JSObjectRef onchange;
  bool closing;
  bool closed; /* uv_close finished (or never initialized): the struct may go with the object */
} watcher;

static watcher *this_watcher(JSContextRef ctx, JSObjectRef self) {
  (void)ctx;
  return self ? (watcher *)JSObjectGetPrivate(self) : NULL;
}

static void on_closed(uv_handle_t *h) {
  watcher *w = (watcher *)h;
  JSContextRef ctx = w->rt->ctx;
  w->closed = true;
  JSValueUnprotect(ctx, w->onchange);
  w->onchange = NULL;
  JSValueUnprotect(ctx, w->obj); /* finalize frees w when the object goes */
}

static void watcher_close(watcher *w) {
  if (!w || w->closing || w->closed) return;
  w->closing = true;
  uv_close(&w->h.handle, on_closed);
}

static JSValueRef m_close(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv, (void)exc;
  watcher_close(this_watcher(ctx, self));
  return nodec_undefined();
}

static JSValueRef m_ref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, const JSValueRef argv[],
                        JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv, (void)exc;
  watcher *w = this_watcher(ctx, self);
  if (w && !w->closing && !w->closed) uv_ref(&w->h.handle);
  return nodec_undefined();
}

static JSValueRef m_unref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv, (void)exc;
  watcher *w = this_watcher(ctx, self);
  if (w && !w->closing && !w->closed) uv_unref(&w->h.handle);
  return nodec_undefined();
}

static JSValueRef m_has_ref(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                            const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv, (void)exc;
  watcher *w = this_watcher(ctx, self);
  return nodec_boolean(w && !w->closing && !w->closed && uv_has_ref(&w->h.handle));
}

static void finalize(JSObjectRef obj) {
  watcher *w = (watcher *)JSObjectGetPrivate(obj);
  if (w && w->closed) free(w);
  /* Not closed: the object is protected while open, so this happens only at runtime teardown, when
   * the loop no longer runs; leave the struct to the loop's own teardown. */
}

static const JSStaticFunction methods[] = {
    {"close", m_close, kJSPropertyAttributeDontEnum},
    {"ref", m_ref, kJSPropertyAttributeDontEnum},
    {"unref", m_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", m_has_ref, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

/* A new watcher and its JS object (protected). */
static watcher *watcher_new(nodec_runtime *rt, JSContextRef ctx, JSValueRef onchange, const char *class_name) {
  watcher *w = calloc(1, sizeof *w);
  if (!w) abort();
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = class_name;
  def.staticFunctions = methods;
  def.finalize = finalize;
  JSClassRef cls = JSClassCreate(&def);
  w->obj = JSObjectMake(ctx, cls, w);
  JSClassRelease(cls);
  w->rt = rt;
  w->onchange = (JSObjectRef)onchange;
  JSValueProtect(ctx, w->onchange);
  JSValueProtect(ctx, w->obj);
  return w;
}

/* The handle never started: let the object go and free w with it. */
static void watcher_abandon(watcher *w) {
  JSContextRef ctx = w->rt->ctx;
  w->closed = true;
  JSValueUnprotect(ctx, w->onchange);
  w->onchange = NULL;
  JSValueUnprotect(ctx, w->obj);
}

static void on_event(uv_fs_event_t *h, const char *filename, int events, int status) {
  watcher *w = (watcher *)h;
  if (w->closing) return;
  JSContextRef ctx = w->rt->ctx;
  const char *type = (events & UV_RENAME) ? "rename" : "change";
  JSValueRef args[3] = {nodec_number(status), nodec_string(ctx, type),
                        filename ? nodec_string(ctx, filename) : nodec_null()};
  nodec_make_callback(w->rt, w->onchange, w->obj, 3, args);
}

NODEC_FN(fs_watch) {
  NODEC_UNUSED_FN_ARGS;
  char *path = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!path) return NULL;
  watcher *w = watcher_new(rt, ctx, ARG(3), "FSEvent");
  int e = uv_fs_event_init(&rt->loop, &w->h.event);
  if (e == 0) {
    e = uv_fs_event_start(&w->h.event, on_event, path, JSValueToBoolean(ctx, ARG(2)) ? UV_FS_EVENT_RECURSIVE : 0);
    if (e) watcher_close(w);
  } else {
    watcher_abandon(w);
  }
  if (e) {
    nodec_throw_uv(rt, exc, e, "watch", path, NULL);
    free(path);
    return NULL;
  }
  free(path);
  if (!JSValueToBoolean(ctx, ARG(1))) uv_unref(&w->h.handle);
  return w->obj;
}

static void on_poll(uv_fs_poll_t *h, int status, const uv_stat_t *prev, const uv_stat_t *curr) {
  watcher *w = (watcher *)h;
  if (w->closing) return;
  JSContextRef ctx = w->rt->ctx;
  JSObjectRef pair = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, 36, NULL);
  double *d = (double *)((uint8_t *)JSObjectGetTypedArrayBytesPtr(ctx, pair, NULL) +
                         JSObjectGetTypedArrayByteOffset(ctx, pair, NULL));
  const uv_stat_t *both[2] = {curr, prev};
  for (int k = 0; k < 2; k++) {
    const uv_stat_t *s = both[k];
    double v[18] = {(double)s->st_dev, (double)s->st_mode, (double)s->st_nlink, (double)s->st_uid,
                    (double)s->st_gid, (double)s->st_rdev, (double)s->st_blksize, (double)s->st_ino,
                    (double)s->st_size, (double)s->st_blocks, (double)s->st_atim.tv_sec,
                    (double)s->st_atim.tv_nsec, (double)s->st_mtim.tv_sec, (double)s->st_mtim.tv_nsec,
                    (double)s->st_ctim.tv_sec, (double)s->st_ctim.tv_nsec, (double)s->st_birthtim.tv_sec,
                    (double)s->st_birthtim.tv_nsec};
    memcpy(d + 18 * k, v, sizeof v);
  }
  JSValueRef args[2] = {nodec_number(status), pair};
  nodec_make_callback(w->rt, w->onchange, w->obj, 2, args);
}

NODEC_FN(fs_watch_file) {
  NODEC_UNUSED_FN_ARGS;
  char *path = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!path) return NULL;
  watcher *w = watcher_new(rt, ctx, ARG(3), "StatWatcher");
  int e = uv_fs_poll_init(&rt->loop, &w->h.poll);
  if (e == 0) {
    e = uv_fs_poll_start(&w->h.poll, on_poll, path, (unsigned)JSValueToNumber(ctx, ARG(2), NULL));
    if (e) watcher_close(w);
  } else {
    watcher_abandon(w);
  }
  if (e) {
    nodec_throw_uv(rt, exc, e, "watch", path, NULL);
    free(path);
    return NULL;
  }
  free(path);
  if (!JSValueToBoolean(ctx, ARG(1))) uv_unref(&w->h.handle);
  return w->obj;
}

static const nodec_fn functions[] = {
    {"watch", fs_watch},
    {"watchFile", fs_watch_file},
    {NULL, NULL},
};

void nodec_binding_init_fs_watch(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
