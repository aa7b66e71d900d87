/* internalBinding('cares_wrap'): DNS queries over c-ares for lib/dns.js (dns.resolve*, Resolver),
 * in build/modules/dns.so. dns.lookup does not come here (it is getaddrinfo: bindings/dns_lookup.c).
 *   binding.createChannel(timeoutMs (-1 default), tries) -> channel, whose methods are
 *     queryA|queryAaaa|queryAny|queryCaa|queryCname|queryMx|queryNaptr|queryNs|queryPtr|querySoa|
 *     querySrv|queryTxt|getHostByAddr(req, name)   (getHostByAddr takes the PTR name)
 *                             -> 0 or an ares status; later req.oncomplete(status, result, ttls)
 *     setServers([[family 4|6, ip, port], ...]) -> 0, an ares status, or -1: queries are pending
 *     getServers() -> [[ip, port], ...]
 *     setLocalAddress(ip4 | '', ip6 | '') -> 0 or an ares status
 *     cancel()     every pending query completes with ARES_ECANCELLED
 *   binding.strerror(status) -> c-ares' message
 *   binding.getaddrinfo/getnameinfo/AI_*: internalBinding('dns_lookup')'s, as node has them here;
 *   DNS_ORDER_VERBATIM/IPV4_FIRST/IPV6_FIRST: getaddrinfo's `order` values (0/4/6).
 * Sockets are watched with uv_poll (unref'd), timeouts with one uv_timer that is ref'd while queries
 * are pending, so pending queries keep the loop alive as in node. The channel object stays alive
 * (protected) while it has pending queries; its finalizer destroys the c-ares channel. Per-runtime
 * state (the channel class) hangs off the channel prototype object: no global mutable state. */
#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include "../../bindings/bindings.h"

typedef struct cstate {
  JSClassRef channel_class;
} cstate;

typedef struct poll_w {
  uv_poll_t h;
  ares_socket_t fd;
  struct channel *ch;
  struct poll_w *next;
} poll_w;

/* A completed query waiting for deliver_timer: JS never runs inside a c-ares callback (it could call
 * back into c-ares mid-iteration), and answers reach JS asynchronously, as in node. */
typedef struct delivery {
  JSObjectRef req;
  JSValueRef args[3];
  size_t argc;
  struct delivery *next;
} delivery;

typedef struct channel {
  nodec_runtime *rt;
  ares_channel ares;
  JSObjectRef self;  /* the JS object (not owned; protected while queries are pending) */
  uv_timer_t *timer; /* malloc'd: its close may outlive the channel */
  poll_w *polls;
  int pending;       /* queries started and not completed */
  int depth;         /* inside c-ares calls that may complete queries */
  uv_timer_t *deliver_timer;
  delivery *dq_head, **dq_tail;
  bool protected_;
  bool destroying;
} channel;

typedef struct query {
  channel *ch;
  JSObjectRef req;
  int type;
} query;

static void free_handle(uv_handle_t *h) { free(h); }

static void close_or_free(uv_handle_t *h) {
  /* Already closed by the runtime's teardown walk: only the memory is left. */
  if (uv_is_closing(h)) free(h);
  else uv_close(h, free_handle);
}

/* ---- loop integration ---- */

static void schedule_timer(channel *ch);

static void settle(channel *ch) {
  if (ch->depth > 0 || ch->destroying) return;
  schedule_timer(ch);
  if (ch->pending == 0 && !ch->dq_head && ch->protected_) {
    ch->protected_ = false;
    JSValueUnprotect(ch->rt->ctx, ch->self);
  }
}

static void on_timer(uv_timer_t *t) {
  channel *ch = t->data;
  ch->depth++;
  ares_process_fd(ch->ares, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  ch->depth--;
  settle(ch);
}

static void schedule_timer(channel *ch) {
  if (ch->pending == 0) {
    uv_timer_stop(ch->timer);
    return;
  }
  struct timeval max = {1, 0}, tv;
  struct timeval *t = ares_timeout(ch->ares, &max, &tv);
  uint64_t ms = (uint64_t)t->tv_sec * 1000 + (uint64_t)t->tv_usec / 1000;
  uv_timer_start(ch->timer, on_timer, ms ? ms : 1, 0);
}

static void on_poll(uv_poll_t *h, int status, int events) {
  poll_w *w = (poll_w *)h;
  channel *ch = w->ch;
  ares_socket_t fd = w->fd;
  ch->depth++;
  if (status < 0) ares_process_fd(ch->ares, fd, fd);
  else
    ares_process_fd(ch->ares, events & UV_READABLE ? fd : ARES_SOCKET_BAD,
                    events & UV_WRITABLE ? fd : ARES_SOCKET_BAD);
  ch->depth--;
  settle(ch);
}

static void on_sock_state(void *data, ares_socket_t fd, int readable, int writable) {
  channel *ch = data;
  poll_w **pp = &ch->polls;
  while (*pp && (*pp)->fd != fd) pp = &(*pp)->next;
  poll_w *w = *pp;
  if (!readable && !writable) {
    if (!w) return;
    *pp = w->next;
    if (!uv_is_closing((uv_handle_t *)&w->h)) uv_poll_stop(&w->h);
    close_or_free((uv_handle_t *)&w->h);
    return;
  }
  if (!w) {
    w = calloc(1, sizeof *w);
    if (!w) abort();
    if (uv_poll_init_socket(&ch->rt->loop, &w->h, fd) != 0) {
      free(w);
      return;
    }
    w->fd = fd;
    w->ch = ch;
    w->next = ch->polls;
    ch->polls = w;
    uv_unref((uv_handle_t *)&w->h);
  }
  uv_poll_start(&w->h, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), on_poll);
}

/* ---- channel object ---- */

static void channel_finalize(JSObjectRef obj) {
  channel *ch = JSObjectGetPrivate(obj);
  if (!ch) return;
  ch->destroying = true;
  ares_destroy(ch->ares); /* closes its sockets: on_sock_state drops their watchers */
  while (ch->polls) {
    poll_w *w = ch->polls;
    ch->polls = w->next;
    close_or_free((uv_handle_t *)&w->h);
  }
  close_or_free((uv_handle_t *)ch->timer);
  close_or_free((uv_handle_t *)ch->deliver_timer);
  free(ch); /* its delivery queue is empty: the object is protected while it is not */
  ares_library_cleanup();
}

static void state_finalize(JSObjectRef obj) {
  cstate *st = JSObjectGetPrivate(obj);
  if (!st) return;
  JSClassRelease(st->channel_class);
  free(st);
}

static channel *get_channel(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  JSValueRef proto = JSObjectGetPrototype(ctx, self);
  cstate *st = JSValueIsObject(ctx, proto) ? JSObjectGetPrivate((JSObjectRef)proto) : NULL;
  channel *ch = st && JSValueIsObjectOfClass(ctx, self, st->channel_class) ? JSObjectGetPrivate(self) : NULL;
  if (!ch) nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return ch;
}

/* ---- answers to JS values ---- */

static JSValueRef str(JSContextRef ctx, const void *s) { return nodec_string(ctx, s ? (const char *)s : ""); }

static JSObjectRef array_of(JSContextRef ctx, JSValueRef *vals, size_t n) {
  return JSObjectMakeArray(ctx, n, vals, NULL);
}

static void push(JSContextRef ctx, JSObjectRef arr, JSValueRef v) {
  JSValueRef len = nodec_get(ctx, arr, "length");
  JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)JSValueToNumber(ctx, len, NULL), v, NULL);
}

#define MAX_ADDRTTLS 256

static int parse_a(JSContextRef ctx, const unsigned char *buf, int len, bool v6, JSObjectRef out,
                   JSObjectRef ttls, bool any) {
  struct ares_addrttl *a4 = NULL;
  struct ares_addr6ttl *a6 = NULL;
  int n = MAX_ADDRTTLS;
  int st;
  if (v6) {
    a6 = malloc(sizeof *a6 * MAX_ADDRTTLS);
    if (!a6) abort();
    st = ares_parse_aaaa_reply(buf, len, NULL, a6, &n);
  } else {
    a4 = malloc(sizeof *a4 * MAX_ADDRTTLS);
    if (!a4) abort();
    st = ares_parse_a_reply(buf, len, NULL, a4, &n);
  }
  if (st == ARES_SUCCESS) {
    for (int i = 0; i < n; i++) {
      char ip[INET6_ADDRSTRLEN];
      if (v6) inet_ntop(AF_INET6, &a6[i].ip6addr, ip, sizeof ip);
      else inet_ntop(AF_INET, &a4[i].ipaddr, ip, sizeof ip);
      int ttl = v6 ? a6[i].ttl : a4[i].ttl;
      if (any) {
        JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
        nodec_set(ctx, o, "address", str(ctx, ip));
        nodec_set_number(ctx, o, "ttl", ttl);
        nodec_set_string(ctx, o, "type", v6 ? "AAAA" : "A");
        push(ctx, out, o);
      } else {
        push(ctx, out, str(ctx, ip));
        if (ttls) push(ctx, ttls, nodec_number(ttl));
      }
    }
  }
  free(a4);
  free(a6);
  return st;
}

/* CNAME/NS/PTR: names from a hostent. */
static int parse_names(JSContextRef ctx, const unsigned char *buf, int len, int type, JSObjectRef out,
                       bool any) {
  struct hostent *h = NULL;
  int st;
  if (type == ns_t_cname) {
    st = ares_parse_a_reply(buf, len, &h, NULL, NULL);
    /* Only a CNAME answer whose target differs from the question is an alias. */
    if (st == ARES_SUCCESS && h && !(h->h_aliases && h->h_aliases[0])) st = ARES_ENODATA;
  } else if (type == ns_t_ns) {
    st = ares_parse_ns_reply(buf, len, &h);
  } else {
    st = ares_parse_ptr_reply(buf, len, NULL, 0, AF_INET, &h);
  }
  if (st == ARES_SUCCESS && h) {
    const char *tname = type == ns_t_cname ? "CNAME" : type == ns_t_ns ? "NS" : "PTR";
    if (type == ns_t_cname) {
      if (any) {
        JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
        nodec_set(ctx, o, "value", str(ctx, h->h_name));
        nodec_set_string(ctx, o, "type", tname);
        push(ctx, out, o);
      } else {
        push(ctx, out, str(ctx, h->h_name));
      }
    } else {
      for (char **p = h->h_aliases; p && *p; p++) {
        if (any) {
          JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
          nodec_set(ctx, o, "value", str(ctx, *p));
          nodec_set_string(ctx, o, "type", tname);
          push(ctx, out, o);
        } else {
          push(ctx, out, str(ctx, *p));
        }
      }
    }
  }
  if (h) ares_free_hostent(h);
  return st;
}

static int parse_mx(JSContextRef ctx, const unsigned char *buf, int len, JSObjectRef out, bool any) {
  (void)any; /* these always carry `type`, as in node 24 */
  struct ares_mx_reply *r = NULL;
  int st = ares_parse_mx_reply(buf, len, &r);
  if (st != ARES_SUCCESS) return st;
  for (struct ares_mx_reply *p = r; p; p = p->next) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    nodec_set(ctx, o, "exchange", str(ctx, p->host));
    nodec_set_number(ctx, o, "priority", p->priority);
    nodec_set_string(ctx, o, "type", "MX");
    push(ctx, out, o);
  }
  ares_free_data(r);
  return st;
}

static int parse_txt(JSContextRef ctx, const unsigned char *buf, int len, JSObjectRef out, bool any) {
  struct ares_txt_ext *r = NULL;
  int st = ares_parse_txt_reply_ext(buf, len, &r);
  if (st != ARES_SUCCESS) return st;
  JSObjectRef rec = NULL;
  for (struct ares_txt_ext *p = r; p; p = p->next) {
    if (p->record_start || !rec) {
      rec = array_of(ctx, NULL, 0);
      if (any) {
        JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
        nodec_set(ctx, o, "entries", rec);
        nodec_set_string(ctx, o, "type", "TXT");
        push(ctx, out, o);
      } else {
        push(ctx, out, rec);
      }
    }
    push(ctx, rec, nodec_string_n(ctx, (const char *)p->txt, p->length));
  }
  ares_free_data(r);
  return st;
}

static int parse_srv(JSContextRef ctx, const unsigned char *buf, int len, JSObjectRef out, bool any) {
  (void)any; /* these always carry `type`, as in node 24 */
  struct ares_srv_reply *r = NULL;
  int st = ares_parse_srv_reply(buf, len, &r);
  if (st != ARES_SUCCESS) return st;
  for (struct ares_srv_reply *p = r; p; p = p->next) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    nodec_set(ctx, o, "name", str(ctx, p->host));
    nodec_set_number(ctx, o, "port", p->port);
    nodec_set_number(ctx, o, "priority", p->priority);
    nodec_set_number(ctx, o, "weight", p->weight);
    nodec_set_string(ctx, o, "type", "SRV");
    push(ctx, out, o);
  }
  ares_free_data(r);
  return st;
}

static int parse_naptr(JSContextRef ctx, const unsigned char *buf, int len, JSObjectRef out, bool any) {
  struct ares_naptr_reply *r = NULL;
  int st = ares_parse_naptr_reply(buf, len, &r);
  if (st != ARES_SUCCESS) return st;
  for (struct ares_naptr_reply *p = r; p; p = p->next) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    nodec_set(ctx, o, "flags", str(ctx, p->flags));
    nodec_set(ctx, o, "service", str(ctx, p->service));
    nodec_set(ctx, o, "regexp", str(ctx, p->regexp));
    nodec_set(ctx, o, "replacement", str(ctx, p->replacement));
    nodec_set_number(ctx, o, "order", p->order);
    nodec_set_number(ctx, o, "preference", p->preference);
    if (any) nodec_set_string(ctx, o, "type", "NAPTR");
    push(ctx, out, o);
  }
  ares_free_data(r);
  return st;
}

static int parse_soa(JSContextRef ctx, const unsigned char *buf, int len, JSObjectRef out, bool any) {
  struct ares_soa_reply *r = NULL;
  int st = ares_parse_soa_reply(buf, len, &r);
  if (st != ARES_SUCCESS) return st;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nodec_set(ctx, o, "nsname", str(ctx, r->nsname));
  nodec_set(ctx, o, "hostmaster", str(ctx, r->hostmaster));
  nodec_set_number(ctx, o, "serial", r->serial);
  nodec_set_number(ctx, o, "refresh", r->refresh);
  nodec_set_number(ctx, o, "retry", r->retry);
  nodec_set_number(ctx, o, "expire", r->expire);
  nodec_set_number(ctx, o, "minttl", r->minttl);
  if (any) nodec_set_string(ctx, o, "type", "SOA");
  push(ctx, out, o);
  ares_free_data(r);
  return st;
}

static int parse_caa(JSContextRef ctx, const unsigned char *buf, int len, JSObjectRef out, bool any) {
  (void)any; /* these always carry `type`, as in node 24 */
  struct ares_caa_reply *r = NULL;
  int st = ares_parse_caa_reply(buf, len, &r);
  if (st != ARES_SUCCESS) return st;
  for (struct ares_caa_reply *p = r; p; p = p->next) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    nodec_set_number(ctx, o, "critical", p->critical);
    nodec_set_string(ctx, o, "type", "CAA");
    char *prop = malloc(p->plength + 1);
    if (!prop) abort();
    memcpy(prop, p->property, p->plength);
    prop[p->plength] = 0;
    nodec_set(ctx, o, prop, nodec_string_n(ctx, (const char *)p->value, p->length));
    free(prop);
    push(ctx, out, o);
  }
  ares_free_data(r);
  return st;
}

/* One answer parsed by its type; ANY gathers every kind it holds (ENODATA when none). */
static int parse_answer(JSContextRef ctx, int type, const unsigned char *buf, int len, JSObjectRef out,
                        JSObjectRef ttls) {
  switch (type) {
  case ns_t_a: return parse_a(ctx, buf, len, false, out, ttls, false);
  case ns_t_aaaa: return parse_a(ctx, buf, len, true, out, ttls, false);
  case ns_t_cname: case ns_t_ns: case ns_t_ptr: return parse_names(ctx, buf, len, type, out, false);
  case ns_t_mx: return parse_mx(ctx, buf, len, out, false);
  case ns_t_txt: return parse_txt(ctx, buf, len, out, false);
  case ns_t_srv: return parse_srv(ctx, buf, len, out, false);
  case ns_t_naptr: return parse_naptr(ctx, buf, len, out, false);
  case ns_t_soa: return parse_soa(ctx, buf, len, out, false);
  case 257: return parse_caa(ctx, buf, len, out, false);
  default: break;
  }
  /* ANY */
  int sts[] = {
      parse_a(ctx, buf, len, false, out, NULL, true), parse_a(ctx, buf, len, true, out, NULL, true),
      parse_names(ctx, buf, len, ns_t_cname, out, true), parse_mx(ctx, buf, len, out, true),
      parse_names(ctx, buf, len, ns_t_ns, out, true), parse_txt(ctx, buf, len, out, true),
      parse_srv(ctx, buf, len, out, true), parse_names(ctx, buf, len, ns_t_ptr, out, true),
      parse_naptr(ctx, buf, len, out, true), parse_soa(ctx, buf, len, out, true),
      parse_caa(ctx, buf, len, out, true),
  };
  /* c-ares reports a reply without SOA record as EBADRESP: for ANY that only means "no SOA". */
  if (sts[9] == ARES_EBADRESP) sts[9] = ARES_ENODATA;
  for (size_t i = 0; i < sizeof sts / sizeof sts[0]; i++)
    if (sts[i] != ARES_SUCCESS && sts[i] != ARES_ENODATA) return sts[i];
  JSValueRef n = nodec_get(ctx, out, "length");
  return JSValueToNumber(ctx, n, NULL) > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

static void complete(nodec_runtime *rt, JSObjectRef req, JSValueRef *args, size_t argc) {
  JSContextRef ctx = rt->ctx;
  JSValueRef fn = nodec_get(ctx, req, "oncomplete");
  if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn))
    nodec_make_callback(rt, (JSObjectRef)fn, req, argc, args);
  JSValueUnprotect(ctx, req);
}

static void on_deliver(uv_timer_t *t) {
  channel *ch = t->data;
  JSContextRef ctx = ch->rt->ctx;
  ch->depth++; /* the channel stays alive until the queue is empty */
  while (ch->dq_head) {
    delivery *d = ch->dq_head;
    ch->dq_head = d->next;
    if (!ch->dq_head) ch->dq_tail = &ch->dq_head;
    complete(ch->rt, d->req, d->args, d->argc);
    for (size_t i = 0; i < 3; i++) JSValueUnprotect(ctx, d->args[i]);
    free(d);
  }
  ch->depth--;
  settle(ch);
}

static void on_answer(void *arg, int status, int timeouts, unsigned char *buf, int len) {
  (void)timeouts;
  query *q = arg;
  channel *ch = q->ch;
  nodec_runtime *rt = ch->rt;
  JSContextRef ctx = rt->ctx;
  JSObjectRef req = q->req;
  int type = q->type;
  free(q);
  ch->pending--;
  if (ch->destroying) { /* the channel is being finalized: no JS may run */
    JSValueUnprotect(ctx, req);
    return;
  }
  JSObjectRef out = array_of(ctx, NULL, 0), ttls = array_of(ctx, NULL, 0);
  if (status == ARES_SUCCESS) status = parse_answer(ctx, type, buf, len, out, ttls);
  JSValueRef args[3] = {nodec_number(status), out, ttls};
  size_t argc = status == ARES_SUCCESS ? 3 : 1;
  {
    delivery *d = calloc(1, sizeof *d);
    if (!d) abort();
    d->req = req;
    d->argc = argc;
    for (size_t i = 0; i < 3; i++) {
      d->args[i] = args[i];
      JSValueProtect(ctx, args[i]);
    }
    *ch->dq_tail = d;
    ch->dq_tail = &d->next;
    uv_timer_start(ch->deliver_timer, on_deliver, 0, 0);
  }
}

/* query(req, name) for one type; node's ChannelWrap has one method per type (tests stub them). */
static JSValueRef start_query(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, JSValueRef req,
                              JSValueRef name_v, int type, JSValueRef *exc) {
  (void)rt;
  channel *ch = get_channel(ctx, self, exc);
  if (!ch) return NULL;
  if (!JSValueIsObject(ctx, req)) return nodec_number(ARES_EBADQUERY);
  char *name = nodec_to_utf8(ctx, name_v, NULL, exc);
  if (!name) return NULL;
  query *q = calloc(1, sizeof *q);
  if (!q) abort();
  q->ch = ch;
  q->req = (JSObjectRef)req;
  q->type = type;
  JSValueProtect(ctx, q->req);
  if (!ch->protected_) {
    ch->protected_ = true;
    JSValueProtect(ctx, ch->self);
  }
  ch->pending++;
  ch->depth++;
  ares_query(ch->ares, name, ns_c_in, type, on_answer, q);
  ch->depth--;
  free(name);
  settle(ch);
  return nodec_number(0);
}

#define QUERY_FN(fn, type)                                                                           \
  NODEC_FN(fn) {                                                                                     \
    NODEC_UNUSED_FN_ARGS;                                                                            \
    return start_query(rt, ctx, self, ARG(0), ARG(1), type, exc);                                   \
  }
QUERY_FN(q_a, ns_t_a)
QUERY_FN(q_aaaa, ns_t_aaaa)
QUERY_FN(q_any, ns_t_any)
QUERY_FN(q_caa, 257)
QUERY_FN(q_cname, ns_t_cname)
QUERY_FN(q_mx, ns_t_mx)
QUERY_FN(q_naptr, ns_t_naptr)
QUERY_FN(q_ns, ns_t_ns)
QUERY_FN(q_ptr, ns_t_ptr)
QUERY_FN(q_soa, ns_t_soa)
QUERY_FN(q_srv, ns_t_srv)
QUERY_FN(q_txt, ns_t_txt)

NODEC_FN(ch_cancel) {
  NODEC_UNUSED_FN_ARGS;
  channel *ch = get_channel(ctx, self, exc);
  if (!ch) return NULL;
  ch->depth++;
  ares_cancel(ch->ares);
  ch->depth--;
  settle(ch);
  return nodec_undefined();
}

NODEC_FN(ch_set_servers) {
  NODEC_UNUSED_FN_ARGS;
  channel *ch = get_channel(ctx, self, exc);
  if (!ch) return NULL;
  if (ch->pending > 0) return nodec_number(-1);
  if (!JSValueIsObject(ctx, ARG(0))) return nodec_number(ARES_EBADSTR);
  JSObjectRef list = (JSObjectRef)ARG(0);
  unsigned n = (unsigned)JSValueToNumber(ctx, nodec_get(ctx, list, "length"), NULL);
  struct ares_addr_port_node *nodes = n ? calloc(n, sizeof *nodes) : NULL;
  if (n && !nodes) abort();
  int err = ARES_SUCCESS;
  for (unsigned i = 0; i < n && err == ARES_SUCCESS; i++) {
    JSValueRef e = JSObjectGetPropertyAtIndex(ctx, list, i, NULL);
    if (!JSValueIsObject(ctx, e)) { err = ARES_EBADSTR; break; }
    JSObjectRef t = (JSObjectRef)e;
    int fam = (int)JSValueToNumber(ctx, JSObjectGetPropertyAtIndex(ctx, t, 0, NULL), NULL);
    char *ip = nodec_to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, t, 1, NULL), NULL, NULL);
    int port = (int)JSValueToNumber(ctx, JSObjectGetPropertyAtIndex(ctx, t, 2, NULL), NULL);
    struct ares_addr_port_node *nd = &nodes[i];
    nd->family = fam == 6 ? AF_INET6 : AF_INET;
    nd->udp_port = nd->tcp_port = port;
    if (!ip || inet_pton(nd->family, ip, fam == 6 ? (void *)&nd->addr.addr6 : (void *)&nd->addr.addr4) != 1)
      err = ARES_EBADSTR;
    free(ip);
    if (i + 1 < n) nd->next = &nodes[i + 1];
  }
  if (err == ARES_SUCCESS) err = ares_set_servers_ports(ch->ares, nodes);
  free(nodes);
  return nodec_number(err);
}

NODEC_FN(ch_get_servers) {
  NODEC_UNUSED_FN_ARGS;
  channel *ch = get_channel(ctx, self, exc);
  if (!ch) return NULL;
  struct ares_addr_port_node *servers = NULL;
  JSObjectRef out = array_of(ctx, NULL, 0);
  if (ares_get_servers_ports(ch->ares, &servers) != ARES_SUCCESS) return out;
  for (struct ares_addr_port_node *p = servers; p; p = p->next) {
    char ip[INET6_ADDRSTRLEN];
    inet_ntop(p->family, p->family == AF_INET6 ? (void *)&p->addr.addr6 : (void *)&p->addr.addr4, ip, sizeof ip);
    JSValueRef pair[2] = {str(ctx, ip), nodec_number(p->udp_port ? p->udp_port : 53)};
    push(ctx, out, array_of(ctx, pair, 2));
  }
  ares_free_data(servers);
  return out;
}

NODEC_FN(ch_set_local_address) {
  NODEC_UNUSED_FN_ARGS;
  channel *ch = get_channel(ctx, self, exc);
  if (!ch) return NULL;
  int err = 0;
  for (size_t i = 0; i < 2 && !err; i++) {
    if (!JSValueIsString(ctx, ARG(i))) continue;
    char *ip = nodec_to_utf8(ctx, ARG(i), NULL, exc);
    if (!ip) return NULL;
    if (!*ip) {
      free(ip);
      continue;
    }
    unsigned char a[16];
    if (inet_pton(AF_INET, ip, a) == 1) {
      uint32_t v;
      memcpy(&v, a, 4);
      ares_set_local_ip4(ch->ares, ntohl(v));
    } else if (inet_pton(AF_INET6, ip, a) == 1) {
      ares_set_local_ip6(ch->ares, a);
    } else {
      err = ARES_EBADSTR;
    }
    free(ip);
  }
  return nodec_number(err);
}

static const nodec_fn channel_fns[] = {
    {"queryA", q_a},
    {"queryAaaa", q_aaaa},
    {"queryAny", q_any},
    {"queryCaa", q_caa},
    {"queryCname", q_cname},
    {"queryMx", q_mx},
    {"queryNaptr", q_naptr},
    {"queryNs", q_ns},
    {"queryPtr", q_ptr},
    {"querySoa", q_soa},
    {"querySrv", q_srv},
    {"queryTxt", q_txt},
    {"getHostByAddr", q_ptr}, /* given the in-addr.arpa / ip6.arpa name */
    {"cancel", ch_cancel},
    {"setServers", ch_set_servers},
    {"getServers", ch_get_servers},
    {"setLocalAddress", ch_set_local_address},
    {NULL, NULL},
};

NODEC_FN(c_create_channel) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef proto = nodec_get(ctx, self, "channelPrototype");
  cstate *st = JSValueIsObject(ctx, proto) ? JSObjectGetPrivate((JSObjectRef)proto) : NULL;
  if (!st) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  double timeout = JSValueToNumber(ctx, ARG(0), NULL);
  double tries = JSValueToNumber(ctx, ARG(1), NULL);
  channel *ch = calloc(1, sizeof *ch);
  if (!ch) abort();
  ch->rt = rt;
  struct ares_options o;
  memset(&o, 0, sizeof o);
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB;
  o.flags = ARES_FLAG_NOCHECKRESP;
  o.sock_state_cb = on_sock_state;
  o.sock_state_cb_data = ch;
  if (timeout >= 0) {
    o.timeout = (int)timeout;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  if (tries >= 1) {
    o.tries = (int)tries;
    mask |= ARES_OPT_TRIES;
  }
  ares_library_init(ARES_LIB_INIT_ALL);
  int err = ares_init_options(&ch->ares, &o, mask);
  if (err != ARES_SUCCESS) {
    free(ch);
    ares_library_cleanup();
    return nodec_throw_error(ctx, exc, "Error", "ERR_DNS_INIT", "ares_init_options: %s", ares_strerror(err));
  }
  ch->timer = malloc(sizeof *ch->timer);
  if (!ch->timer) abort();
  uv_timer_init(&rt->loop, ch->timer);
  ch->timer->data = ch;
  ch->deliver_timer = malloc(sizeof *ch->deliver_timer);
  if (!ch->deliver_timer) abort();
  uv_timer_init(&rt->loop, ch->deliver_timer);
  ch->deliver_timer->data = ch;
  ch->dq_tail = &ch->dq_head;
  JSObjectRef obj = JSObjectMake(ctx, st->channel_class, ch);
  JSObjectSetPrototype(ctx, obj, proto);
  ch->self = obj;
  return obj;
}

NODEC_FN(c_strerror) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_string(ctx, ares_strerror((int)JSValueToNumber(ctx, ARG(0), NULL)));
}

/* canonicalizeIP(s): the address in its canonical text form (IPv6 compressed, lower case), or
 * undefined when s is not an IP address. */
NODEC_FN(c_canonicalize_ip) {
  NODEC_UNUSED_FN_ARGS;
  char *s = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!s) return NULL;
  unsigned char addr[sizeof(struct in6_addr)];
  char out[INET6_ADDRSTRLEN];
  const char *r = NULL;
  if (uv_inet_pton(AF_INET, s, addr) == 0) r = uv_inet_ntop(AF_INET, addr, out, sizeof out) == 0 ? out : NULL;
  else if (uv_inet_pton(AF_INET6, s, addr) == 0) r = uv_inet_ntop(AF_INET6, addr, out, sizeof out) == 0 ? out : NULL;
  free(s);
  return r ? nodec_string(ctx, r) : nodec_undefined();
}

static const nodec_fn binding_fns[] = {
    {"createChannel", c_create_channel},
    {"strerror", c_strerror},
    {"canonicalizeIP", c_canonicalize_ip},
    {NULL, NULL},
};

void nodec_binding_init_cares_wrap(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  cstate *st = calloc(1, sizeof *st);
  if (!st) abort();
  JSClassDefinition cd = kJSClassDefinitionEmpty;
  cd.className = "ChannelWrap";
  cd.finalize = channel_finalize;
  st->channel_class = JSClassCreate(&cd);
  JSClassDefinition sd = kJSClassDefinitionEmpty;
  sd.className = "ChannelWrapPrototype";
  sd.finalize = state_finalize;
  JSClassRef sclass = JSClassCreate(&sd);
  JSObjectRef proto = JSObjectMake(ctx, sclass, st);
  JSClassRelease(sclass);
  nodec_set_functions(rt, proto, channel_fns);
  nodec_set(ctx, target, "channelPrototype", proto);
  JSObjectRef wrap = JSObjectMake(ctx, NULL, NULL); /* ChannelWrap.prototype, for node's tests */
  nodec_set(ctx, wrap, "prototype", proto);
  nodec_set(ctx, target, "ChannelWrap", wrap);
  nodec_set_functions(rt, target, binding_fns);
  nodec_set_string(ctx, target, "aresVersion", ares_version(NULL));
  /* As in node, cares_wrap also carries getaddrinfo/getnameinfo (tests stub them here): the same
   * functions as internalBinding('dns_lookup'). */
  JSObjectRef lookup = nodec_internal_binding(rt, "dns_lookup", NULL);
  if (lookup) {
    static const char *const names[] = {"getaddrinfo", "getnameinfo", "AI_ADDRCONFIG", "AI_ALL", "AI_V4MAPPED"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      nodec_set(ctx, target, names[i], nodec_get(ctx, lookup, names[i]));
  }
  /* The `order` argument of getaddrinfo (dns_lookup's values). */
  nodec_set_number(ctx, target, "DNS_ORDER_VERBATIM", 0);
  nodec_set_number(ctx, target, "DNS_ORDER_IPV4_FIRST", 4);
  nodec_set_number(ctx, target, "DNS_ORDER_IPV6_FIRST", 6);
}
