/* internalBinding('http_parser'): src/http/http_parser.c for lib/_http_*.js, one crossing per message.
 *
 * createParser() -> parser object. Its methods:
 *   initialize(type, maxHeaderSize, lenient)   type 0 = request, 1 = response; resets the parser
 *   execute(buffer) -> bytes parsed (>= 0; less than the length on upgrade/pause) or -errno
 *   finish() -> 0 or -errno;  lastError() -> [code, reason, offset];  pause(); resume()
 *   consume(handle) / unconsume(): the parser reads the stream handle itself (no JS hop per read);
 *     readStart()/readStop() then control that reading. EOF and read errors still go to
 *     handle.onread(nread). setNotify(bool): also call onExecute(nread) after every read.
 *   free(): releases the buffers and unconsumes.
 * createParser(owner): callbacks are called with `owner`, a plain JS object, as `this` (the parser
 * object itself without one). The parser object is a C-API object, on which JSC caches no property
 * access (~60 ns each): JS keeps its per-request state (socket, incoming, ...) on the owner instead,
 * which the parser keeps alive.
 * setCallbacks(onHeaders, onBody, onMessageComplete): the first three callbacks, given once for all
 * parsers (no lookup by name per call); onExecute is this.onExecute.
 *   onHeaders(method, url, headers, major, minor, statusCode, statusMessage, upgrade, keepAlive,
 *             complete) -> 0 | 1 (skip body) | 2 (skip body, upgrade)
 *     headers is a flat [name, value, ...] array of latin1 strings, values trimmed. complete=true
 *     means the message (a request without body) is already complete: no onMessageComplete follows.
 *   onBody(buffer, offset, length)    a slice of the executed buffer (a copy when consuming)
 *   onMessageComplete(trailers)       trailers: flat array or undefined
 *   onExecute(ret, buffer)            consuming only: ret < 0 parse error, or the offset where the
 *                                     upgraded protocol starts in buffer (reading stopped then);
 *                                     with setNotify, ret = bytes of an ordinary read. */
#include <stdlib.h>
#include <string.h>
#include "../http/http_parser.h"
#include "stream_wrap.h"
#include "../runtime/jsstring8.h"
#include "../runtime/fastcall.h"

enum { READ_BUF = 65536, COMMON_NAMES = 24 };

typedef struct parser parser;

typedef struct hp_env {
  nodec_runtime *rt;
  JSClassRef cls;
  JSClassRef node_cls; /* parsers made by `new HTTPParser()`: node's interface (see below) */
  JSStringRef s_on_execute;
  /* setCallbacks(onHeaders, onBody, onMessageComplete), protected. */
  JSObjectRef cb[3];
  /* Header names most requests carry, made once: kept alive by the binding's _commonNames array. */
  JSValueRef common[COMMON_NAMES];
  /* Consuming parsers by stream: open addressing, linear probing, NULL key = empty. */
  struct map_slot { uv_stream_t *key; parser *p; } *map;
  size_t map_cap, map_used;
  bool readbuf_busy;
  char readbuf[READ_BUF];
} hp_env;

struct parser {
  nodec_http_parser hp;
  hp_env *env;
  JSObjectRef obj;
  JSObjectRef target; /* callbacks' `this`: the owner, or obj */
  /* Bytes of the current start line and header block (or trailers): url/status then the fields. */
  char *buf;
  size_t len, cap;
  size_t first_len;   /* url or status text length, at buf[0] */
  uint32_t *spans;    /* (start, length) per field name and value, alternating */
  size_t nspans, spans_cap;
  int open;           /* 0 none, 1 first line, 2 field, 3 value: the element receiving data */
  /* Execute state. */
  JSValueRef cur_buf; /* the Buffer being executed (execute mode) */
  const char *cur_base;
  double cur_offset;  /* its byteOffset-relative start, for onBody */
  JSValueRef exception;
  bool consuming_call; /* callbacks report exceptions as uncaught (consume mode) */
  bool deferred;      /* headers reported with the message (complete=true) */
  bool called_js;
  bool stop;          /* freed/unconsumed from a callback: stop parsing this chunk */
  bool notify;
  bool node_api;      /* node's HTTPParser interface: numbered callbacks, Error results */
  bool free_pending;
  int in_execute;
  bool in_read;       /* inside on_read, which pins the parser through its consume protection */
  bool unprotect_owed; /* consuming stopped during on_read: drop the protection when it returns */
  int phase;          /* 0 between messages, 1 in the head, 2 in the body: for headers/request timeouts */
  double msg_start;   /* uv_now() when the current message began */
  nodec_handle *consumed;
};

/* ---- the stream map */

static size_t map_hash(const void *k, size_t cap) {
  uintptr_t x = (uintptr_t)k;
  x ^= x >> 17;
  x *= 0x9E3779B97F4A7C15ull;
  return (size_t)(x >> 20) & (cap - 1);
}

static void map_put(hp_env *env, uv_stream_t *key, parser *p);

static void map_grow(hp_env *env) {
  struct map_slot *old = env->map;
  size_t old_cap = env->map_cap;
  env->map_cap = old_cap ? old_cap * 2 : 64;
  env->map = calloc(env->map_cap, sizeof *env->map);
  if (!env->map) abort();
  env->map_used = 0;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].key && old[i].p) map_put(env, old[i].key, old[i].p);
  free(old);
}

static void map_put(hp_env *env, uv_stream_t *key, parser *p) {
  if ((env->map_used + 1) * 2 > env->map_cap) map_grow(env);
  size_t i = map_hash(key, env->map_cap);
  while (env->map[i].key && env->map[i].key != key) i = (i + 1) & (env->map_cap - 1);
  if (!env->map[i].key) env->map_used++;
  env->map[i].key = key;
  env->map[i].p = p;
}

static struct map_slot *map_find(hp_env *env, const uv_stream_t *key) {
  if (!env->map_cap) return NULL;
  size_t i = map_hash(key, env->map_cap);
  while (env->map[i].key) {
    if (env->map[i].key == key) return &env->map[i];
    i = (i + 1) & (env->map_cap - 1);
  }
  return NULL;
}

/* Removal keeps the key as a tombstone (p = NULL) so probe chains stay intact; growth drops them. */
static void map_remove(hp_env *env, const uv_stream_t *key) {
  struct map_slot *s = map_find(env, key);
  if (s) s->p = NULL;
}

/* ---- accumulation */

static void reserve(parser *p, size_t more) {
  if (p->len + more <= p->cap) return;
  size_t cap = p->cap ? p->cap : 256;
  while (cap < p->len + more) cap *= 2;
  char *b = realloc(p->buf, cap);
  if (!b) abort();
  p->buf = b;
  p->cap = cap;
}

static void append(parser *p, const char *at, size_t n) {
  reserve(p, n);
  memcpy(p->buf + p->len, at, n);
  p->len += n;
}

static void open_span(parser *p, int kind) {
  if (p->open == kind) return;
  if (p->nspans + 2 > p->spans_cap) {
    size_t cap = p->spans_cap ? p->spans_cap * 2 : 64;
    uint32_t *s = realloc(p->spans, cap * sizeof *s);
    if (!s) abort();
    p->spans = s;
    p->spans_cap = cap;
  }
  p->spans[p->nspans++] = (uint32_t)p->len;
  p->spans[p->nspans++] = 0;
  p->open = kind;
}

static void reset_fields(parser *p) {
  p->len = 0;
  p->first_len = 0;
  p->nspans = 0;
  p->open = 0;
}

/* ---- JS values */

static JSValueRef latin1_string(JSContextRef ctx, const char *s, size_t n) {
  return nodec_latin1_value(ctx, (const uint8_t *)s, n);
}

static const char *const common_names[COMMON_NAMES] = {
    "Host", "Connection", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language",
    "Content-Type", "Content-Length", "Transfer-Encoding", "Cache-Control", "Cookie", "Upgrade",
    "Date", "Keep-Alive", "host", "connection", "user-agent", "accept", "accept-encoding",
    "content-type", "content-length", "transfer-encoding", "date", "keep-alive",
};

static JSValueRef name_string(hp_env *env, JSContextRef ctx, const char *s, size_t n) {
  for (int i = 0; i < COMMON_NAMES; i++) {
    const char *c = common_names[i];
    if (c[0] == s[0] && strlen(c) == n && memcmp(c, s, n) == 0) return env->common[i];
  }
  return latin1_string(ctx, s, n);
}

/* The collected fields as [name, value, ...], values without trailing whitespace. */
static JSObjectRef fields_array(parser *p) {
  JSContextRef ctx = p->env->rt->ctx;
  size_t n = p->nspans / 2;
  if (n < 2) return JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSValueRef stack[64];
  JSValueRef *vals = n <= 64 ? stack : malloc(n * sizeof *vals);
  if (!vals) abort();
  for (size_t i = 0; i + 1 < n; i += 2) {
    const char *name = p->buf + p->spans[2 * i];
    vals[i] = name_string(p->env, ctx, name, p->spans[2 * i + 1]);
    const char *v = p->buf + p->spans[2 * i + 2];
    size_t vl = p->spans[2 * i + 3];
    while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t')) vl--;
    vals[i + 1] = latin1_string(ctx, v, vl);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, n & ~(size_t)1, vals, NULL);
  if (vals != stack) free(vals);
  return arr;
}

/* Calls this[name](...). Execute mode: an exception stops parsing and is rethrown to the caller;
 * consume mode: it is reported as uncaught (as a callback from the loop is in node). */
static JSValueRef invoke(parser *p, JSValueRef fn, size_t argc, const JSValueRef *argv) {
  JSContextRef ctx = p->env->rt->ctx;
  if (!fn || !JSValueIsObject(ctx, fn) || !JSObjectIsFunction(ctx, (JSObjectRef)fn)) return NULL;
  JSValueRef exc = NULL;
  p->called_js = true;
  JSValueRef r = JSObjectCallAsFunction(ctx, (JSObjectRef)fn, p->target, argc, argv, &exc);
  if (exc) {
    if (p->consuming_call) {
      nodec_fatal_exception(p->env->rt, exc);
    } else {
      if (!p->exception) {
        p->exception = exc;
        JSValueProtect(ctx, exc);
      }
      p->stop = true;
    }
    return NULL;
  }
  return r;
}

static JSValueRef call(parser *p, JSStringRef name, size_t argc, const JSValueRef *argv) {
  return invoke(p, JSObjectGetProperty(p->env->rt->ctx, p->target, name, NULL), argc, argv);
}

/* onHeaders/onBody/onMessageComplete: the ones setCallbacks() gave (none yet: not called). */
enum { CB_HEADERS, CB_BODY, CB_MESSAGE_COMPLETE };
static JSValueRef call_cb(parser *p, int which, size_t argc, const JSValueRef *argv) {
  return invoke(p, p->env->cb[which], argc, argv);
}

/* node's interface: the callbacks are this[kOnMessageBegin = 0] ... this[kOnExecute = 5]. */
enum { K_ON_MESSAGE_BEGIN, K_ON_HEADERS, K_ON_HEADERS_COMPLETE, K_ON_BODY, K_ON_MESSAGE_COMPLETE, K_ON_EXECUTE,
       K_ON_TIMEOUT };

static JSValueRef call_at(parser *p, unsigned index, size_t argc, const JSValueRef *argv) {
  return invoke(p, JSObjectGetPropertyAtIndex(p->env->rt->ctx, p->target, index, NULL), argc, argv);
}

/* node's parse error: Error('Parse Error') with bytesParsed, code (HPE_*) and reason. */
static JSValueRef parse_error(parser *p, double bytes_parsed) {
  JSContextRef ctx = p->env->rt->ctx;
  JSValueRef m = nodec_string(ctx, "Parse Error");
  JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
  nodec_set_number(ctx, e, "bytesParsed", bytes_parsed);
  nodec_set(ctx, e, "code", nodec_string(ctx, nodec_http_errno_name(p->hp.error)));
  nodec_set(ctx, e, "reason", nodec_string(ctx, p->hp.reason ? p->hp.reason : ""));
  return e;
}

/* ---- parser callbacks */

static int cb_message_begin(nodec_http_parser *hp) {
  parser *p = hp->data;
  reset_fields(p);
  p->deferred = false;
  p->phase = 1;
  p->msg_start = (double)uv_now(&p->env->rt->loop);
  if (p->node_api) {
    call_at(p, K_ON_MESSAGE_BEGIN, 0, NULL);
    return p->stop ? HPE_PAUSED : 0;
  }
  return 0;
}

static int cb_first(nodec_http_parser *hp, const char *at, size_t n) {
  parser *p = hp->data;
  append(p, at, n);
  p->first_len += n;
  return 0;
}

static int cb_field(nodec_http_parser *hp, const char *at, size_t n) {
  parser *p = hp->data;
  open_span(p, 2);
  append(p, at, n);
  p->spans[p->nspans - 1] += (uint32_t)n;
  return 0;
}

static int cb_field_complete(nodec_http_parser *hp) {
  parser *p = hp->data;
  open_span(p, 2);
  p->open = 0;
  return 0;
}

static int cb_value(nodec_http_parser *hp, const char *at, size_t n) {
  parser *p = hp->data;
  open_span(p, 3);
  append(p, at, n);
  p->spans[p->nspans - 1] += (uint32_t)n;
  return 0;
}

static int cb_value_complete(nodec_http_parser *hp) {
  parser *p = hp->data;
  open_span(p, 3);
  p->open = 0;
  return 0;
}

static int report_headers(parser *p, bool complete) {
  nodec_http_parser *hp = &p->hp;
  JSContextRef ctx = p->env->rt->ctx;
  bool request = hp->type == NODEC_HTTP_REQUEST;
  JSValueRef first = latin1_string(ctx, p->buf, p->first_len);
  JSValueRef args[10] = {
      nodec_number(request ? hp->method : -1),
      request ? first : nodec_undefined(),
      fields_array(p),
      nodec_number(hp->http_major),
      nodec_number(hp->http_minor),
      nodec_number(request ? 0 : hp->status_code),
      request ? nodec_undefined() : first,
      nodec_boolean(hp->upgrade),
      nodec_boolean(nodec_http_should_keep_alive(hp)),
      nodec_boolean(complete),
  };
  reset_fields(p);
  JSValueRef r = call_cb(p, CB_HEADERS, 10, args);
  if (p->stop) return HPE_PAUSED;
  int code = r && JSValueIsNumber(ctx, r) ? (int)JSValueToNumber(ctx, r, NULL) : 0;
  return code == 1 || code == 2 ? code : 0;
}

/* node's kOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
 * statusMessage, upgrade, shouldKeepAlive) -> 1 (skip body) | 2 (upgrade) | anything else. */
static int report_headers_node(parser *p) {
  nodec_http_parser *hp = &p->hp;
  JSContextRef ctx = p->env->rt->ctx;
  bool request = hp->type == NODEC_HTTP_REQUEST;
  JSValueRef first = latin1_string(ctx, p->buf, p->first_len);
  JSValueRef undef = nodec_undefined();
  JSValueRef args[9] = {
      nodec_number(hp->http_major),
      nodec_number(hp->http_minor),
      fields_array(p),
      request ? nodec_number(hp->method) : undef,
      request ? first : undef,
      request ? undef : nodec_number(hp->status_code),
      request ? undef : first,
      nodec_boolean(hp->upgrade),
      nodec_boolean(nodec_http_should_keep_alive(hp)),
  };
  reset_fields(p);
  JSValueRef r = call_at(p, K_ON_HEADERS_COMPLETE, 9, args);
  if (p->stop) return HPE_PAUSED;
  int code = r && JSValueIsNumber(ctx, r) ? (int)JSValueToNumber(ctx, r, NULL) : 0;
  return code == 1 || code == 2 ? code : 0;
}

static int cb_headers_complete(nodec_http_parser *hp) {
  parser *p = hp->data;
  p->phase = 2;
  if (p->node_api) return report_headers_node(p);
  /* A request with no body and no upgrade completes right away: report both in one call. */
  if (hp->type == NODEC_HTTP_REQUEST && !hp->upgrade &&
      !(hp->flags & (NODEC_HTTP_F_CHUNKED | NODEC_HTTP_F_TRANSFER_ENCODING)) && hp->content_length == 0) {
    p->deferred = true;
    return 0;
  }
  return report_headers(p, false);
}

static int cb_body(nodec_http_parser *hp, const char *at, size_t n) {
  parser *p = hp->data;
  nodec_runtime *rt = p->env->rt;
  if (p->node_api) { /* kOnBody(buffer): the body bytes of this slice */
    uint8_t *copy = malloc(n ? n : 1);
    if (!copy) abort();
    memcpy(copy, at, n);
    JSValueRef b = nodec_new_buffer(rt, copy, n);
    call_at(p, K_ON_BODY, 1, &b);
    return p->stop ? HPE_PAUSED : 0;
  }
  JSValueRef args[3];
  if (p->cur_buf) {
    args[0] = p->cur_buf;
    args[1] = nodec_number(p->cur_offset + (double)(at - p->cur_base));
  } else {
    uint8_t *copy = malloc(n ? n : 1);
    if (!copy) abort();
    memcpy(copy, at, n);
    args[0] = nodec_new_buffer(rt, copy, n);
    args[1] = nodec_number(0);
  }
  args[2] = nodec_number((double)n);
  call_cb(p, CB_BODY, 3, args);
  return p->stop ? HPE_PAUSED : 0;
}

static int cb_message_complete(nodec_http_parser *hp) {
  parser *p = hp->data;
  p->phase = 0;
  if (p->node_api) { /* trailers through kOnHeaders(trailers, ''), then kOnMessageComplete() */
    if (p->nspans) {
      JSValueRef args[2] = {fields_array(p), nodec_string(p->env->rt->ctx, "")};
      reset_fields(p);
      call_at(p, K_ON_HEADERS, 2, args);
      if (p->stop) return HPE_PAUSED;
    }
    call_at(p, K_ON_MESSAGE_COMPLETE, 0, NULL);
    return p->stop ? HPE_PAUSED : 0;
  }
  if (p->deferred) {
    p->deferred = false;
    report_headers(p, true);
    return p->stop ? HPE_PAUSED : 0;
  }
  JSValueRef arg = p->nspans ? (JSValueRef)fields_array(p) : nodec_undefined();
  reset_fields(p);
  call_cb(p, CB_MESSAGE_COMPLETE, 1, &arg);
  return p->stop ? HPE_PAUSED : 0;
}

static const nodec_http_settings settings = {
    .on_message_begin = cb_message_begin,
    .on_url = cb_first,
    .on_status = cb_first,
    .on_header_field = cb_field,
    .on_header_field_complete = cb_field_complete,
    .on_header_value = cb_value,
    .on_header_value_complete = cb_value_complete,
    .on_headers_complete = cb_headers_complete,
    .on_body = cb_body,
    .on_message_complete = cb_message_complete,
};

/* ---- lifetime */

static void stop_consuming(parser *p) {
  if (!p->consumed) return;
  nodec_handle *h = p->consumed;
  if (h->initialized && !h->closing) uv_read_stop(&h->h.stream);
  h->consumer_alloc = NULL;
  h->consumer_read = NULL;
  map_remove(p->env, &h->h.stream);
  p->consumed = NULL;
  if (p->in_read) p->unprotect_owed = true;
  else JSValueUnprotect(p->env->rt->ctx, p->obj);
}

static void release(parser *p) {
  stop_consuming(p);
  p->notify = false;
  free(p->buf);
  free(p->spans);
  p->buf = NULL;
  p->spans = NULL;
  p->len = p->cap = p->nspans = p->spans_cap = 0;
}

static void parser_finalize(JSObjectRef obj) {
  parser *p = JSObjectGetPrivate(obj);
  if (!p) return;
  /* A consuming parser is protected, so it never reaches here while the map points to it. */
  free(p->buf);
  free(p->spans);
  free(p);
}

static parser *this_parser(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  parser *p = self ? JSObjectGetPrivate(self) : NULL;
  if (!p || p->obj != self) {
    nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  return p;
}

#define THIS_PARSER()                                                                               \
  parser *p = this_parser(ctx, self, exc);                                                           \
  if (!p) return NULL

/* ---- executing */

static void clear_exception(parser *p, JSValueRef *exc) {
  if (!p->exception) return;
  JSContextRef ctx = p->env->rt->ctx;
  if (exc) *exc = p->exception;
  JSValueUnprotect(ctx, p->exception);
  p->exception = NULL;
}

/* Runs the parser over one chunk; returns bytes parsed or -errno. */
static double run(parser *p, const char *data, size_t len, nodec_http_errno *out) {
  nodec_http_errno err = nodec_http_parser_execute(&p->hp, data, len);
  if (out) *out = err;
  if (err == HPE_OK) return (double)len;
  if (err == HPE_PAUSED || err == HPE_PAUSED_UPGRADE) return (double)p->hp.error_offset;
  return -(double)err;
}

static JSValueRef m_execute_body(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                            const JSValueRef argv[], JSValueRef *exc) {
  (void)fn;
  THIS_PARSER();
  if (argc < 1) return nodec_number(0);
  size_t len = 0;
  uint8_t *bytes = nodec_bytes(ctx, argv[0], &len, exc);
  if (!bytes && len) return NULL;
  p->in_execute++;
  p->cur_buf = argv[0];
  p->cur_base = (const char *)bytes;
  p->cur_offset = 0;
  p->consuming_call = false;
  p->stop = false;
  double r = run(p, (const char *)bytes, len, NULL);
  p->cur_buf = NULL;
  p->in_execute--;
  if (p->exception) {
    clear_exception(p, exc);
    return NULL;
  }
  return nodec_number(r);
}

static JSValueRef m_finish_body(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                           const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  p->in_execute++;
  p->consuming_call = false;
  p->stop = false;
  nodec_http_errno err = nodec_http_parser_finish(&p->hp);
  p->in_execute--;
  if (p->exception) {
    clear_exception(p, exc);
    return NULL;
  }
  return nodec_number(err == HPE_OK ? 0 : -(double)err);
}

static void do_initialize(parser *p, int type, double max, double lenient) {
  nodec_http_parser_init(&p->hp, (nodec_http_type)type, &settings);
  p->hp.data = p;
  if (max > 0 && max < 4294967295.0) p->hp.max_header_size = (uint32_t)max;
  if (lenient > 0) p->hp.lenient = (uint32_t)lenient & NODEC_HTTP_LENIENT_ALL;
  reset_fields(p);
  p->deferred = false;
  /* As node: a new connection counts as waiting for a head from now on (headersTimeout applies,
   * and it is not idle for closeIdleConnections). */
  p->phase = 1;
  p->msg_start = (double)uv_now(&p->env->rt->loop);
}

static double arg_number(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc ? JSValueToNumber(ctx, argv[i], NULL) : 0;
}

/* initialize(type, maxHeaderSize, lenient) */
static JSValueRef m_initialize(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc) {
  (void)fn;
  THIS_PARSER();
  int type = arg_number(ctx, argc, argv, 0) == 1 ? NODEC_HTTP_RESPONSE : NODEC_HTTP_REQUEST;
  do_initialize(p, type, arg_number(ctx, argc, argv, 1), arg_number(ctx, argc, argv, 2));
  return nodec_undefined();
}

/* node's initialize(type, resource, maxHeaderSize, lenientFlags, headersTimeout): the async
 * resource and the headers timeout (kept by the http server here) are not the parser's business. */
static JSValueRef m_node_initialize(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  (void)fn;
  THIS_PARSER();
  int type = arg_number(ctx, argc, argv, 0) == 1 ? NODEC_HTTP_RESPONSE : NODEC_HTTP_REQUEST;
  do_initialize(p, type, arg_number(ctx, argc, argv, 2), arg_number(ctx, argc, argv, 3));
  return nodec_undefined();
}

static JSValueRef m_last_error(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  JSValueRef v[3] = {nodec_string(ctx, nodec_http_errno_name(p->hp.error)),
                     nodec_string(ctx, p->hp.reason ? p->hp.reason : ""),
                     nodec_number((double)p->hp.error_offset)};
  return JSObjectMakeArray(ctx, 3, v, NULL);
}

static JSValueRef m_pause(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                          const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  nodec_http_parser_pause(&p->hp);
  return nodec_undefined();
}

static JSValueRef m_resume(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                           const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  nodec_http_parser_resume(&p->hp);
  return nodec_undefined();
}

static JSValueRef m_timing(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                           const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  JSValueRef v[2] = {nodec_number(p->phase), nodec_number(p->msg_start)};
  return JSObjectMakeArray(ctx, 2, v, NULL);
}

static JSValueRef m_set_notify(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc) {
  (void)fn;
  THIS_PARSER();
  p->notify = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  return nodec_undefined();
}

/* ---- consuming a stream handle */

static hp_env *env_of_loop(uv_loop_t *loop);

static void on_alloc_real(uv_handle_t *uh, size_t suggested, uv_buf_t *buf) {
  (void)suggested;
  hp_env *env = env_of_loop(uh->loop);
  if (env && !env->readbuf_busy) {
    env->readbuf_busy = true;
    *buf = uv_buf_init(env->readbuf, READ_BUF);
    return;
  }
  char *b = malloc(READ_BUF);
  *buf = uv_buf_init(b, b ? READ_BUF : 0);
}

static void release_buf(hp_env *env, const uv_buf_t *buf) {
  if (env && buf->base == env->readbuf) env->readbuf_busy = false;
  else free(buf->base);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  hp_env *env = env_of_loop(stream->loop);
  if (!env) { /* the runtime is going away */
    release_buf(env, buf);
    uv_read_stop(stream);
    return;
  }
  nodec_runtime *rt = env->rt;
  JSContextRef ctx = rt->ctx;
  struct map_slot *slot = map_find(env, stream);
  parser *p = slot ? slot->p : NULL;
  nodec_handle *h = stream->data;
  if (!p || nread == 0) {
    release_buf(env, buf);
    if (!p && nread != 0) uv_read_stop(stream);
    return;
  }
  if (nread < 0) {
    release_buf(env, buf);
    JSValueRef args[2] = {nodec_number((double)nread), nodec_undefined()};
    nodec_stream_env *senv = h->env;
    nodec_handle_emit(rt, h->obj, senv->s_onread, 2, args);
    return;
  }
  h->bytes_read += (uint64_t)nread;
  /* Callbacks may drop every other reference: the protection consume() took stays until the end
   * (stop_consuming() leaves it owed), which spares a protect/unprotect pair per read. */
  bool outer = p->in_read;
  p->in_read = true;
  p->in_execute++;
  p->cur_buf = NULL;
  p->consuming_call = true;
  p->stop = false;
  p->called_js = false;
  nodec_http_errno err;
  double r = run(p, buf->base, (size_t)nread, &err);
  bool upgrade = err == HPE_PAUSED_UPGRADE;
  if (p->node_api) {
    /* node's kOnExecute(ret) after every read: bytes parsed or the parse error. On an error or an
     * upgrade the parser stops reading the stream; JS decides what becomes of it. */
    if (r < 0 || upgrade) stop_consuming(p);
    if (!p->stop) {
      JSValueRef ret = r < 0 ? parse_error(p, (double)p->hp.error_offset) : nodec_number(r);
      call_at(p, K_ON_EXECUTE, 1, &ret);
    }
  } else if (!p->stop && (r < 0 || upgrade || p->notify)) {
    JSValueRef args[2] = {nodec_number(r), nodec_undefined()};
    if (r < 0 || upgrade) {
      /* JS takes the socket back (upgrade) or destroys it (error); the rest of the chunk goes along. */
      JSValueProtect(ctx, p->obj);
      stop_consuming(p);
      uint8_t *copy = malloc((size_t)nread);
      if (!copy) abort();
      memcpy(copy, buf->base, (size_t)nread);
      args[1] = nodec_new_buffer(rt, copy, (size_t)nread);
      call(p, env->s_on_execute, 2, args);
      JSValueUnprotect(ctx, p->obj);
    } else {
      call(p, env->s_on_execute, 2, args);
    }
  }
  release_buf(env, buf);
  p->in_execute--;
  bool ran = p->called_js;
  if (p->free_pending && !p->in_execute) {
    p->free_pending = false;
    release(p);
  }
  if (!outer) {
    p->in_read = false;
    if (p->unprotect_owed) {
      p->unprotect_owed = false;
      JSValueUnprotect(ctx, p->obj);
    }
  }
  if (ran) nodec_after_callback(rt);
}

static JSValueRef m_consume(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                            const JSValueRef argv[], JSValueRef *exc) {
  (void)fn;
  THIS_PARSER();
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return nodec_number(UV_EINVAL);
  nodec_handle *h = nodec_handle_this(ctx, (JSObjectRef)argv[0], (1u << NODEC_H_TCP) | (1u << NODEC_H_PIPE), exc);
  if (!h) return NULL;
  if (!h->initialized || h->closing) return nodec_number(UV_EBADF);
  if (p->consumed) stop_consuming(p);
  uv_read_stop(&h->h.stream);
  p->consumed = h;
  map_put(p->env, &h->h.stream, p);
  JSValueProtect(ctx, p->obj);
  h->consumer_alloc = on_alloc_real;
  h->consumer_read = on_read;
  /* node's consume() takes over the stream's reads whenever they happen: a socket not yet connected
   * is read once the stream starts reading (handle.readStart() goes to the parser). */
  if (p->node_api && !uv_is_readable(&h->h.stream)) return nodec_number(0);
  int err = uv_read_start(&h->h.stream, on_alloc_real, on_read);
  if (err) stop_consuming(p);
  return nodec_number(err);
}

static JSValueRef m_unconsume(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  /* From a callback too: the rest of the chunk being parsed is still parsed (as node); only later
   * reads go to the stream. */
  stop_consuming(p);
  return nodec_undefined();
}

static JSValueRef m_read_start(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  nodec_handle *h = p->consumed;
  if (!h || !h->initialized || h->closing) return nodec_number(0);
  int err = uv_read_start(&h->h.stream, on_alloc_real, on_read);
  return nodec_number(err == UV_EALREADY ? 0 : err);
}

static JSValueRef m_read_stop(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  nodec_handle *h = p->consumed;
  if (!h || !h->initialized || h->closing) return nodec_number(0);
  return nodec_number(uv_read_stop(&h->h.stream));
}

/* free() -> true when the parser let go of everything now (it may be initialized anew at once),
 * false when it was freed from one of its own callbacks and does so once that returns. */
static JSValueRef m_free(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                         const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)argc, (void)argv;
  THIS_PARSER();
  if (p->in_execute) {
    p->stop = true;
    p->free_pending = true;
    stop_consuming(p);
    return nodec_boolean(false);
  }
  release(p);
  return nodec_boolean(true);
}

/* node's free()/close(): the same, returning nothing. */
static JSValueRef m_node_free(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc) {
  return m_free(ctx, fn, self, argc, argv, exc) ? nodec_undefined() : NULL;
}

/* node's execute(buffer) -> bytes parsed, or the parse error as an Error object. */
static JSValueRef m_node_execute_body(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                      const JSValueRef argv[], JSValueRef *exc) {
  JSValueRef r = m_execute_body(ctx, fn, self, argc > 1 ? 1 : argc, argv, exc);
  if (!r) return NULL;
  double n = JSValueToNumber(ctx, r, NULL);
  if (n >= 0) return r;
  parser *p = JSObjectGetPrivate(self);
  return parse_error(p, (double)p->hp.error_offset);
}

/* node's finish() -> undefined, or the parse error. */
static JSValueRef m_node_finish_body(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  JSValueRef r = m_finish_body(ctx, fn, self, argc, argv, exc);
  if (!r) return NULL;
  if (JSValueToNumber(ctx, r, NULL) == 0) return nodec_undefined();
  parser *p = JSObjectGetPrivate(self);
  return parse_error(p, 0);
}

NODEC_LOCKED_CALLBACK(m_execute, m_execute_body)
NODEC_LOCKED_CALLBACK(m_finish, m_finish_body)
NODEC_LOCKED_CALLBACK(m_node_execute, m_node_execute_body)
NODEC_LOCKED_CALLBACK(m_node_finish, m_node_finish_body)

static const JSStaticFunction parser_methods[] = {
    {"initialize", m_initialize, kJSPropertyAttributeDontEnum},
    {"execute", m_execute, kJSPropertyAttributeDontEnum},
    {"finish", m_finish, kJSPropertyAttributeDontEnum},
    {"lastError", m_last_error, kJSPropertyAttributeDontEnum},
    {"pause", m_pause, kJSPropertyAttributeDontEnum},
    {"resume", m_resume, kJSPropertyAttributeDontEnum},
    {"setNotify", m_set_notify, kJSPropertyAttributeDontEnum},
    {"timing", m_timing, kJSPropertyAttributeDontEnum},
    {"consume", m_consume, kJSPropertyAttributeDontEnum},
    {"unconsume", m_unconsume, kJSPropertyAttributeDontEnum},
    {"readStart", m_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", m_read_stop, kJSPropertyAttributeDontEnum},
    {"free", m_free, kJSPropertyAttributeDontEnum},
    {"close", m_free, kJSPropertyAttributeDontEnum}, /* node's name for dropping a parser for good */
    {NULL, NULL, 0},
};

/* `new HTTPParser()`: node's interface over the same parser. Callbacks are this[kOn*] (numbers, as
 * the constructor's statics): kOnMessageBegin(), kOnHeadersComplete(versionMajor, versionMinor,
 * headers, method, url, statusCode, statusMessage, upgrade, shouldKeepAlive), kOnBody(buffer),
 * kOnHeaders(trailers, url) before kOnMessageComplete(), and kOnExecute(ret) after each read of a
 * consumed stream. The whole header block arrives with kOnHeadersComplete. */
static const JSStaticFunction node_parser_methods[] = {
    {"initialize", m_node_initialize, kJSPropertyAttributeDontEnum},
    {"execute", m_node_execute, kJSPropertyAttributeDontEnum},
    {"finish", m_node_finish, kJSPropertyAttributeDontEnum},
    {"pause", m_pause, kJSPropertyAttributeDontEnum},
    {"resume", m_resume, kJSPropertyAttributeDontEnum},
    {"consume", m_consume, kJSPropertyAttributeDontEnum},
    {"unconsume", m_unconsume, kJSPropertyAttributeDontEnum},
    {"readStart", m_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", m_read_stop, kJSPropertyAttributeDontEnum},
    {"free", m_node_free, kJSPropertyAttributeDontEnum},
    {"close", m_node_free, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

/* ---- the binding */

static void env_finalize(JSObjectRef holder) {
  hp_env *env = JSObjectGetPrivate(holder);
  if (!env) return;
  if (env->rt->http_parser_env == env) env->rt->http_parser_env = NULL;
  JSClassRelease(env->cls);
  JSClassRelease(env->node_cls);
  JSStringRelease(env->s_on_execute);
  /* The callbacks' protection goes with the context at teardown. */
  free(env->map);
  free(env);
}

/* The env of the runtime that owns `loop` (the binding object holds it; see below). Read on every
 * consumed read: kept in the runtime rather than looked up by name (4 property lookups/request). */
static hp_env *env_of_loop(uv_loop_t *loop) {
  nodec_runtime *rt = loop->data;
  return rt->http_parser_env;
}

NODEC_FN(create_parser) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef holder = nodec_get(ctx, self, "_env");
  hp_env *env = JSValueIsObject(ctx, holder) ? JSObjectGetPrivate((JSObjectRef)holder) : NULL;
  if (!env) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  parser *p = calloc(1, sizeof *p);
  if (!p) abort();
  p->env = env;
  nodec_http_parser_init(&p->hp, NODEC_HTTP_REQUEST, &settings);
  p->hp.data = p;
  p->obj = p->target = JSObjectMake(ctx, env->cls, p);
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) {
    p->target = (JSObjectRef)argv[0];
    /* The parser keeps its owner alive: C calls it for as long as the parser lives. */
    nodec_define(ctx, p->obj, "owner", p->target, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly);
  }
  return p->obj;
}

static JSObjectRef node_parser_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc, const JSValueRef argv[],
                                         JSValueRef *exc) {
  (void)argc, (void)argv, (void)exc;
  hp_env *env = JSObjectGetPrivate(ctor);
  parser *p = calloc(1, sizeof *p);
  if (!p) abort();
  p->env = env;
  p->node_api = true;
  nodec_http_parser_init(&p->hp, NODEC_HTTP_REQUEST, &settings);
  p->hp.data = p;
  p->obj = p->target = JSObjectMake(ctx, env->node_cls, p);
  return p->obj;
}

static bool node_parser_has_instance(JSContextRef ctx, JSObjectRef ctor, JSValueRef v, JSValueRef *exc) {
  (void)exc;
  hp_env *env = JSObjectGetPrivate(ctor);
  return JSValueIsObjectOfClass(ctx, v, env->node_cls);
}

/* The HTTPParser constructor with node's statics; HTTPParser.prototype holds the methods. */
static JSObjectRef make_node_constructor(JSContextRef ctx, hp_env *env) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "HTTPParser";
  def.callAsConstructor = node_parser_construct;
  def.hasInstance = node_parser_has_instance;
  JSClassRef cls = JSClassCreate(&def);
  JSObjectRef ctor = JSObjectMake(ctx, cls, env);
  JSClassRelease(cls);
  nodec_link_class_prototype(ctx, ctor, env->node_cls);
  static const struct { const char *name; double v; } statics[] = {
      {"REQUEST", NODEC_HTTP_REQUEST}, {"RESPONSE", NODEC_HTTP_RESPONSE},
      {"kOnMessageBegin", K_ON_MESSAGE_BEGIN}, {"kOnHeaders", K_ON_HEADERS},
      {"kOnHeadersComplete", K_ON_HEADERS_COMPLETE}, {"kOnBody", K_ON_BODY},
      {"kOnMessageComplete", K_ON_MESSAGE_COMPLETE}, {"kOnExecute", K_ON_EXECUTE}, {"kOnTimeout", K_ON_TIMEOUT},
      {"kLenientNone", 0}, {"kLenientHeaders", NODEC_HTTP_LENIENT_HEADERS},
      {"kLenientChunkedLength", NODEC_HTTP_LENIENT_CHUNKED_LENGTH},
      {"kLenientKeepAlive", NODEC_HTTP_LENIENT_KEEP_ALIVE},
      {"kLenientTransferEncoding", NODEC_HTTP_LENIENT_TRANSFER_ENCODING},
      {"kLenientVersion", NODEC_HTTP_LENIENT_VERSION},
      {"kLenientDataAfterClose", NODEC_HTTP_LENIENT_DATA_AFTER_CLOSE},
      {"kLenientOptionalLFAfterCR", NODEC_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR},
      {"kLenientOptionalCRLFAfterChunk", NODEC_HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK},
      {"kLenientOptionalCRBeforeLF", NODEC_HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF},
      {"kLenientSpacesAfterChunkSize", NODEC_HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE},
      {"kLenientAll", NODEC_HTTP_LENIENT_ALL},
  };
  for (size_t i = 0; i < sizeof statics / sizeof statics[0]; i++) nodec_set_number(ctx, ctor, statics[i].name, statics[i].v);
  return ctor;
}

/* The loop's clock, in the parser's timing() terms. */
NODEC_FN(loop_now) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number((double)uv_now(&rt->loop));
}

NODEC_FN(set_callbacks) {
  NODEC_UNUSED_FN_ARGS;
  hp_env *env = rt->http_parser_env;
  if (!env) return nodec_undefined();
  for (size_t i = 0; i < 3; i++) {
    JSValueRef v = ARG(i);
    if (!JSValueIsObject(ctx, v) || !JSObjectIsFunction(ctx, (JSObjectRef)v))
      return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "callbacks must be functions");
  }
  for (int i = 0; i < 3; i++) {
    if (env->cb[i]) JSValueUnprotect(ctx, env->cb[i]);
    env->cb[i] = (JSObjectRef)argv[i];
    JSValueProtect(ctx, env->cb[i]);
  }
  return nodec_undefined();
}

static const nodec_fn functions[] = {
    {"createParser", create_parser},
    {"setCallbacks", set_callbacks},
    {"now", loop_now},
    {NULL, NULL},
};

void nodec_binding_init_http_parser(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  hp_env *env = calloc(1, sizeof *env);
  if (!env) abort();
  env->rt = rt;
  rt->http_parser_env = env;
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "HTTPParser";
  def.staticFunctions = parser_methods;
  def.finalize = parser_finalize;
  env->cls = JSClassCreate(&def);
  def.staticFunctions = node_parser_methods;
  env->node_cls = JSClassCreate(&def);
  nodec_fastcall_class_methods(rt, env->cls, parser_methods);
  nodec_fastcall_class_methods(rt, env->node_cls, node_parser_methods);
  env->s_on_execute = JSStringCreateWithUTF8CString("onExecute");
  for (int i = 0; i < COMMON_NAMES; i++)
    env->common[i] = nodec_latin1_value(ctx, (const uint8_t *)common_names[i], strlen(common_names[i]));
  nodec_define(ctx, target, "_commonNames", JSObjectMakeArray(ctx, COMMON_NAMES, env->common, NULL),
               kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontDelete);

  JSClassDefinition hdef = kJSClassDefinitionEmpty;
  hdef.className = "HTTPParserEnv";
  hdef.finalize = env_finalize;
  JSClassRef hcls = JSClassCreate(&hdef);
  nodec_set(ctx, target, "_env", JSObjectMake(ctx, hcls, env));
  JSClassRelease(hcls);
  nodec_set_functions(rt, target, functions);
  nodec_set(ctx, target, "HTTPParser", make_node_constructor(ctx, env));
  nodec_set_number(ctx, target, "REQUEST", NODEC_HTTP_REQUEST);
  nodec_set_number(ctx, target, "RESPONSE", NODEC_HTTP_RESPONSE);
  nodec_set_number(ctx, target, "kLenientAll", NODEC_HTTP_LENIENT_ALL);
  nodec_set_number(ctx, target, "kMaxHeaderSize", NODEC_HTTP_DEFAULT_MAX_HEADER_SIZE);
  JSValueRef names[NODEC_HTTP_METHOD_COUNT];
  for (int i = 0; i < NODEC_HTTP_METHOD_COUNT; i++) names[i] = nodec_string(ctx, nodec_http_method_name(i));
  nodec_set(ctx, target, "methods", JSObjectMakeArray(ctx, NODEC_HTTP_METHOD_COUNT, names, NULL));
}
