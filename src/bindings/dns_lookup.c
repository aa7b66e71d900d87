/* internalBinding('dns_lookup'): getaddrinfo/getnameinfo on libuv's thread pool, as node's
 * dns.lookup/lookupService do (c-ares is for dns.resolve*, elsewhere).
 *   getaddrinfo(req, hostname, family (0|4|6), hints, order (0 verbatim|4 ipv4first|6 ipv6first))
 *     -> 0 or a uv error; later req.oncomplete(status, [address strings])
 *   getnameinfo(req, ip, port) -> 0 or error; later req.oncomplete(status, hostname, service) */
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include "bindings.h"

typedef struct lookup_req {
  union {
    uv_getaddrinfo_t ai;
    uv_getnameinfo_t ni;
  } u;
  nodec_runtime *rt;
  JSObjectRef js_req;
  int order;
} lookup_req;

static void complete(lookup_req *lr, size_t argc, JSValueRef *args) {
  nodec_runtime *rt = lr->rt;
  JSObjectRef js_req = lr->js_req;
  free(lr);
  JSValueRef fn = nodec_get(rt->ctx, js_req, "oncomplete");
  if (JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn))
    nodec_make_callback(rt, (JSObjectRef)fn, js_req, argc, args);
  JSValueUnprotect(rt->ctx, js_req);
}

static void on_addrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  lookup_req *lr = (lookup_req *)req;
  JSContextRef ctx = lr->rt->ctx;
  size_t n = 0, cap = 0;
  for (struct addrinfo *a = res; a; a = a->ai_next) cap++;
  JSValueRef *vals = malloc((cap ? cap : 1) * sizeof *vals);
  if (!vals) abort();
  /* Two passes when an order is asked for: the preferred family first. */
  for (int pass = 0; pass < 2; pass++) {
    for (struct addrinfo *a = res; a; a = a->ai_next) {
      int fam = a->ai_family == AF_INET ? 4 : a->ai_family == AF_INET6 ? 6 : 0;
      if (!fam || a->ai_socktype != SOCK_STREAM) continue;
      bool first = lr->order == 0 ? pass == 0 : (fam == lr->order) == (pass == 0);
      if (!first) continue;
      char ip[INET6_ADDRSTRLEN + 1] = "";
      if (fam == 4) uv_ip4_name((struct sockaddr_in *)a->ai_addr, ip, sizeof ip);
      else uv_ip6_name((struct sockaddr_in6 *)a->ai_addr, ip, sizeof ip);
      vals[n++] = nodec_string(ctx, ip);
    }
  }
  if (res) uv_freeaddrinfo(res);
  if (status == 0 && n == 0) status = UV_EAI_NODATA;
  JSValueRef args[2] = {nodec_number(status), JSObjectMakeArray(ctx, n, vals, NULL)};
  free(vals);
  complete(lr, 2, args);
}

NODEC_FN(getaddrinfo_) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return nodec_number(UV_EINVAL);
  char *host = nodec_to_utf8(ctx, ARG(1), NULL, exc);
  if (!host) return NULL;
  int family = (int)JSValueToNumber(ctx, ARG(2), NULL);
  int hints_flags = (int)JSValueToNumber(ctx, ARG(3), NULL);
  lookup_req *lr = calloc(1, sizeof *lr);
  if (!lr) abort();
  lr->rt = rt;
  lr->js_req = (JSObjectRef)argv[0];
  lr->order = (int)JSValueToNumber(ctx, ARG(4), NULL);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = hints_flags > 0 ? hints_flags : 0;
  int err = uv_getaddrinfo(&rt->loop, &lr->u.ai, on_addrinfo, host, NULL, &hints);
  free(host);
  if (err) {
    free(lr);
    return nodec_number(err);
  }
  JSValueProtect(ctx, lr->js_req);
  return nodec_number(0);
}

static void on_nameinfo(uv_getnameinfo_t *req, int status, const char *hostname, const char *service) {
  lookup_req *lr = (lookup_req *)req;
  JSContextRef ctx = lr->rt->ctx;
  JSValueRef args[3] = {nodec_number(status), nodec_string(ctx, status ? NULL : hostname),
                        nodec_string(ctx, status ? NULL : service)};
  complete(lr, 3, args);
}

NODEC_FN(getnameinfo_) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return nodec_number(UV_EINVAL);
  char *ip = nodec_to_utf8(ctx, ARG(1), NULL, exc);
  if (!ip) return NULL;
  int port = (int)JSValueToNumber(ctx, ARG(2), NULL);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  int err = uv_ip4_addr(ip, port, (struct sockaddr_in *)&ss);
  if (err) err = uv_ip6_addr(ip, port, (struct sockaddr_in6 *)&ss);
  free(ip);
  if (err) return nodec_number(err);
  lookup_req *lr = calloc(1, sizeof *lr);
  if (!lr) abort();
  lr->rt = rt;
  lr->js_req = (JSObjectRef)argv[0];
  err = uv_getnameinfo(&rt->loop, &lr->u.ni, on_nameinfo, (struct sockaddr *)&ss, NI_NAMEREQD);
  if (err) {
    free(lr);
    return nodec_number(err);
  }
  JSValueProtect(ctx, lr->js_req);
  return nodec_number(0);
}

static const nodec_fn functions[] = {
    {"getaddrinfo", getaddrinfo_},
    {"getnameinfo", getnameinfo_},
    {NULL, NULL},
};

void nodec_binding_init_dns_lookup(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  nodec_set_number(rt->ctx, target, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  nodec_set_number(rt->ctx, target, "AI_ALL", AI_ALL);
  nodec_set_number(rt->ctx, target, "AI_V4MAPPED", AI_V4MAPPED);
}
