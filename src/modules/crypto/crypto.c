/* internalBinding('crypto'): the module entry point, handles, OpenSSL errors as node's errors,
 * randomness, timingSafeEqual and the algorithm lists. */
#include <ctype.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"

/* ---- handles */

static void handle_finalize(JSObjectRef obj) {
  crypto_handle *h = JSObjectGetPrivate(obj);
  if (h) h->destroy(h);
}

static void state_finalize(JSObjectRef obj) {
  crypto_state *st = JSObjectGetPrivate(obj);
  if (!st) return;
  JSClassRelease(st->handle_class);
  EVP_MAC_free(st->hmac);
  EVP_MD_CTX_free(st->oneshot);
  free(st);
}

crypto_state *cstate(JSContextRef ctx, JSObjectRef self) {
  if (!self) return NULL;
  JSValueRef proto = JSObjectGetPrototype(ctx, self);
  if (!JSValueIsObject(ctx, proto)) return NULL;
  return JSObjectGetPrivate((JSObjectRef)proto);
}

JSObjectRef make_handle(JSContextRef ctx, crypto_state *st, crypto_handle *h) {
  return JSObjectMake(ctx, st->handle_class, h);
}

void *get_handle(JSContextRef ctx, JSValueRef v, handle_kind kind, JSValueRef *exc) {
  crypto_handle *h = JSValueIsObject(ctx, v) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
  if (!h || h->kind != kind) {
    nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Invalid crypto handle");
    return NULL;
  }
  return h;
}

/* ---- errors */

static const char *lib_code(int lib) {
  switch (lib) {
#define L(x) case ERR_LIB_##x: return #x;
    L(SYS) L(BN) L(RSA) L(DH) L(EVP) L(BUF) L(OBJ) L(PEM) L(DSA) L(X509) L(ASN1) L(CONF) L(CRYPTO)
    L(EC) L(SSL) L(BIO) L(PKCS7) L(X509V3) L(PKCS12) L(RAND) L(DSO) L(ENGINE) L(OCSP) L(UI) L(COMP)
    L(ECDSA) L(ECDH) L(OSSL_STORE) L(FIPS) L(CMS) L(TS) L(HMAC) L(CT) L(ASYNC) L(KDF) L(SM2) L(USER)
#undef L
    default: return NULL;
  }
}

JSValueRef openssl_error(JSContextRef ctx, unsigned long e, const char *fallback) {
  char msg[256];
  if (!e) snprintf(msg, sizeof msg, "%s", fallback ? fallback : "Unknown error");
  else ERR_error_string_n(e, msg, sizeof msg);
  JSValueRef m = nodec_string(ctx, msg);
  JSObjectRef err = JSObjectMakeError(ctx, 1, &m, NULL);
  if (!e) return err;
  const char *lib = ERR_lib_error_string(e), *reason = ERR_reason_error_string(e);
  if (lib) nodec_set_string(ctx, err, "library", lib);
  if (reason) {
    nodec_set_string(ctx, err, "reason", reason);
    char code[200];
    const char *lc = lib_code(ERR_GET_LIB(e));
    int n = snprintf(code, sizeof code, "ERR_OSSL_%s%s", lc ? lc : "", lc ? "_" : "");
    for (const char *r = reason; *r && n < (int)sizeof code - 1; r++)
      code[n++] = *r == ' ' ? '_' : (char)toupper((unsigned char)*r);
    code[n] = 0;
    nodec_set_string(ctx, err, "code", code);
  }
  return err;
}

JSValueRef throw_openssl(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
  /* Collect the queue; the message is the first (oldest) error, as node's ERR_get_error(). */
  JSValueRef stack[16];
  size_t n = 0;
  unsigned long e, last = 0;
  while ((e = ERR_get_error()) != 0) {
    if (!last) last = e;
    if (n < 16) {
      char buf[256];
      ERR_error_string_n(e, buf, sizeof buf);
      stack[n++] = nodec_string(ctx, buf);
    }
  }
  JSValueRef err = openssl_error(ctx, last, fallback);
  if (n) nodec_set(ctx, (JSObjectRef)err, "opensslErrorStack", JSObjectMakeArray(ctx, n, stack, NULL));
  *exc = err;
  return NULL;
}

/* ---- argument helpers */

bool get_bytes(JSContextRef ctx, JSValueRef v, byte_view *out, JSValueRef *exc) {
  out->owned = NULL;
  if (JSValueIsString(ctx, v)) {
    size_t n;
    out->owned = nodec_to_utf8(ctx, v, &n, exc);
    if (!out->owned) return false;
    out->p = (const uint8_t *)out->owned;
    out->n = n;
    return true;
  }
  size_t n = 0;
  uint8_t *p = nodec_bytes_now(ctx, v, &n, exc);
  if (!p && JSValueIsObject(ctx, v) && JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeNone) {
    /* A DataView: the engine's typed-array calls do not cover it; read its window of the buffer. */
    JSObjectRef o = (JSObjectRef)v;
    JSValueRef buf = nodec_get(ctx, o, "buffer");
    JSValueRef off = nodec_get(ctx, o, "byteOffset"), len = nodec_get(ctx, o, "byteLength");
    if (JSValueIsObject(ctx, buf) && JSValueGetTypedArrayType(ctx, buf, NULL) == kJSTypedArrayTypeArrayBuffer &&
        JSValueIsNumber(ctx, off) && JSValueIsNumber(ctx, len)) {
      size_t total = 0;
      uint8_t *base = nodec_bytes(ctx, buf, &total, NULL);
      size_t o1 = (size_t)JSValueToNumber(ctx, off, NULL), l1 = (size_t)JSValueToNumber(ctx, len, NULL);
      if (o1 <= total && l1 <= total - o1) {
        static const uint8_t none[1];
        out->p = base ? base + o1 : none;
        out->n = l1;
        return true;
      }
    }
  }
  if (!p && !(JSValueIsObject(ctx, v) && JSValueGetTypedArrayType(ctx, v, NULL) != kJSTypedArrayTypeNone)) {
    nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "Expected a string or a buffer");
    return false;
  }
  static const uint8_t empty[1];
  out->p = p ? p : empty;
  out->n = n;
  return true;
}

void free_bytes_view(byte_view *b) {
  free(b->owned);
  b->owned = NULL;
}

bool copy_bytes(JSContextRef ctx, JSValueRef v, uint8_t **p, size_t *n, JSValueRef *exc) {
  byte_view b;
  if (!get_bytes(ctx, v, &b, exc)) return false;
  *p = malloc(b.n ? b.n : 1);
  if (!*p) abort();
  memcpy(*p, b.p, b.n);
  *n = b.n;
  free_bytes_view(&b);
  return true;
}

char *get_cstring(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsString(ctx, v)) return NULL;
  return nodec_to_utf8(ctx, v, NULL, NULL);
}

JSObjectRef new_buffer_copy(nodec_runtime *rt, const uint8_t *p, size_t n) {
  uint8_t *b = malloc(n ? n : 1);
  if (!b) abort();
  if (n) memcpy(b, p, n);
  return nodec_new_buffer(rt, b, n);
}

JSValueRef num(JSContextRef ctx, double v) {
  (void)ctx;
  return nodec_number(v);
}

double arg_num(JSContextRef ctx, JSValueRef v) {
  return JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : 0;
}

/* ---- randomness */

typedef struct random_req {
  nodec_work w;
  uint8_t *p;
  size_t n;
  bool ok;
} random_req;

static void random_work(nodec_work *w) {
  random_req *r = (random_req *)w;
  r->ok = RAND_bytes(r->p, (int)r->n) == 1;
}

static JSValueRef random_after(nodec_work *w, JSValueRef *err) {
  random_req *r = (random_req *)w;
  if (!r->ok) {
    *err = openssl_error(w->rt->ctx, ERR_get_error(), "RAND_bytes failed");
    return NULL;
  }
  return nodec_undefined();
}

/* randomFill(view, offset, size[, cb]): fills bytes [offset, offset+size) of view. */
NODEC_FN(random_fill) {
  (void)self;
  size_t len;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  size_t off = (size_t)arg_num(ctx, ARG(1)), size = (size_t)arg_num(ctx, ARG(2));
  if (!p || off > len || size > len - off) {
    if (size == 0) return nodec_undefined();
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Invalid fill range");
  }
  if (JSValueIsObject(ctx, ARG(3))) {
    random_req *r = calloc(1, sizeof *r);
    if (!r) abort();
    r->p = p + off;
    r->n = size;
    r->w.work = random_work;
    r->w.after = random_after;
    nodec_queue_work(rt, &r->w, (JSObjectRef)ARG(3), (JSObjectRef)ARG(0));
    return nodec_undefined();
  }
  /* RAND_bytes takes an int. */
  for (size_t done = 0; done < size;) {
    size_t chunk = size - done > (1u << 30) ? (1u << 30) : size - done;
    if (RAND_bytes(p + off + done, (int)chunk) != 1) return throw_openssl(ctx, exc, "RAND_bytes failed");
    done += chunk;
  }
  return nodec_undefined();
}

/* ---- misc */

NODEC_FN(timing_safe_equal) {
  NODEC_UNUSED_FN_ARGS;
  size_t na, nb;
  uint8_t *a = nodec_bytes(ctx, ARG(0), &na, exc), *b = nodec_bytes(ctx, ARG(1), &nb, exc);
  if (na != nb) return nodec_boolean(false);
  if (na == 0) return nodec_boolean(true);
  return nodec_boolean(CRYPTO_memcmp(a, b, na) == 0);
}

typedef struct name_list {
  char **names;
  size_t n, cap;
} name_list;

static void list_add(name_list *l, const char *name) {
  if (!name) return;
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->names[i], name) == 0) return;
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->names = realloc(l->names, l->cap * sizeof *l->names);
    if (!l->names) abort();
  }
  l->names[l->n++] = strdup(name);
}

static void md_name_cb(const EVP_MD *md, const char *from, const char *to, void *arg) {
  (void)to;
  if (md || from) list_add(arg, from);
}

static void cipher_name_cb(const EVP_CIPHER *c, const char *from, const char *to, void *arg) {
  (void)to;
  if (!from) return;
  /* Only names that can actually be fetched (3.0 lists legacy-only ones too). */
  if (!c) c = EVP_get_cipherbyname(from);
  if (!c) return;
  char lower[128];
  size_t i = 0;
  for (; from[i] && i < sizeof lower - 1; i++) lower[i] = (char)tolower((unsigned char)from[i]);
  lower[i] = 0;
  EVP_CIPHER *f = EVP_CIPHER_fetch(NULL, lower, NULL);
  if (!f) {
    ERR_clear_error();
    return;
  }
  EVP_CIPHER_free(f);
  list_add(arg, lower);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static JSValueRef list_to_array(JSContextRef ctx, name_list *l) {
  qsort(l->names, l->n, sizeof *l->names, cmp_names);
  JSValueRef *vals = malloc((l->n ? l->n : 1) * sizeof *vals);
  if (!vals) abort();
  for (size_t i = 0; i < l->n; i++) {
    vals[i] = nodec_string(ctx, l->names[i]);
    free(l->names[i]);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, l->n, vals, NULL);
  free(vals);
  free(l->names);
  return arr;
}

NODEC_FN(get_hashes) {
  NODEC_UNUSED_FN_ARGS;
  name_list l = {0};
  EVP_MD_do_all_sorted(md_name_cb, &l);
  /* Keep only names that fetch in this process (legacy-provider digests would fail at use). */
  name_list ok = {0};
  for (size_t i = 0; i < l.n; i++) {
    const EVP_MD *md = EVP_get_digestbyname(l.names[i]);
    EVP_MD *f = md ? EVP_MD_fetch(NULL, EVP_MD_get0_name(md), NULL) : NULL;
    if (f) list_add(&ok, l.names[i]);
    EVP_MD_free(f);
    free(l.names[i]);
  }
  free(l.names);
  ERR_clear_error();
  return list_to_array(ctx, &ok);
}

NODEC_FN(get_ciphers) {
  NODEC_UNUSED_FN_ARGS;
  name_list l = {0};
  EVP_CIPHER_do_all_sorted(cipher_name_cb, &l);
  return list_to_array(ctx, &l);
}

NODEC_FN(get_curves) {
  NODEC_UNUSED_FN_ARGS;
  size_t n = EC_get_builtin_curves(NULL, 0);
  EC_builtin_curve *curves = malloc((n ? n : 1) * sizeof *curves);
  if (!curves) abort();
  EC_get_builtin_curves(curves, n);
  name_list l = {0};
  for (size_t i = 0; i < n; i++) list_add(&l, OBJ_nid2sn(curves[i].nid));
  free(curves);
  return list_to_array(ctx, &l);
}

NODEC_FN(openssl_version) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_string(ctx, OpenSSL_version(OPENSSL_VERSION_STRING));
}

/* The default security level of a fresh TLS context (openssl.cnf may change it). */
NODEC_FN(openssl_sec_level) {
  NODEC_UNUSED_FN_ARGS;
  SSL_CTX *c = SSL_CTX_new(TLS_method());
  int level = c ? SSL_CTX_get_security_level(c) : 1;
  SSL_CTX_free(c);
  ERR_clear_error();
  return num(ctx, level);
}

static const nodec_fn functions[] = {
    {"getOpenSSLSecLevel", openssl_sec_level},
    {"randomFill", random_fill},
    {"timingSafeEqual", timing_safe_equal},
    {"getHashes", get_hashes},
    {"getCiphers", get_ciphers},
    {"getCurves", get_curves},
    {"opensslVersion", openssl_version},
    {NULL, NULL},
};

void nodec_binding_init_crypto(nodec_runtime *rt, JSObjectRef target) {
  crypto_state *st = calloc(1, sizeof *st);
  if (!st) abort();
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "CryptoHandle";
  def.finalize = handle_finalize;
  st->handle_class = JSClassCreate(&def);
  st->hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  st->oneshot = EVP_MD_CTX_new();
  JSClassDefinition sdef = kJSClassDefinitionEmpty;
  sdef.className = "CryptoState";
  sdef.finalize = state_finalize;
  JSClassRef state_class = JSClassCreate(&sdef);
  JSObjectRef state = JSObjectMake(rt->ctx, state_class, st);
  JSClassRelease(state_class);
  JSObjectSetPrototype(rt->ctx, target, state);
  nodec_set_functions(rt, target, functions);
  crypto_init_hash(rt, target);
  crypto_init_kdf(rt, target);
  crypto_init_cipher(rt, target);
  crypto_init_keys(rt, target);
  crypto_init_dh(rt, target);
  crypto_init_spkac(rt, target);
}
