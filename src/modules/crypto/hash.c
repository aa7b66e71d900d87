/* Digests and HMAC: digest method handles (fetched once per name, cached by the JS side), hash and
 * HMAC contexts. update and digest are one crossing each; Buffer input is hashed in place. */
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"
#include "../../util/utf8.h"

typedef struct md_handle {
  crypto_handle base;
  EVP_MD *md;
} md_handle;

typedef struct hash_handle {
  crypto_handle base;
  EVP_MD_CTX *ctx;
  size_t out_len;
  bool xof;
} hash_handle;

typedef struct hmac_handle {
  crypto_handle base;
  EVP_MAC_CTX *ctx;
} hmac_handle;

static void md_destroy(crypto_handle *h) {
  EVP_MD_free(((md_handle *)h)->md);
  free(h);
}
static void hash_destroy(crypto_handle *h) {
  EVP_MD_CTX_free(((hash_handle *)h)->ctx);
  free(h);
}
static void hmac_destroy(crypto_handle *h) {
  EVP_MAC_CTX_free(((hmac_handle *)h)->ctx);
  free(h);
}

/* Fetch by name, accepting OpenSSL's aliases ("RSA-SHA256", "sha256WithRSAEncryption"). */
static EVP_MD *fetch_md(const char *name) {
  EVP_MD *md = EVP_MD_fetch(NULL, name, NULL);
  if (!md) {
    const EVP_MD *legacy = EVP_get_digestbyname(name);
    if (legacy) md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
  }
  ERR_clear_error();
  return md;
}

EVP_MD *crypto_md_of(JSContextRef ctx, JSValueRef v) {
  crypto_handle *h = JSValueIsObject(ctx, v) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
  return h && h->kind == H_MD ? ((md_handle *)h)->md : NULL;
}

/* getDigest(name) -> handle {size, blockSize, xof, name} or undefined. */
NODEC_FN(get_digest) {
  (void)rt, (void)exc;
  char *name = get_cstring(ctx, ARG(0));
  EVP_MD *md = name ? fetch_md(name) : NULL;
  free(name);
  if (!md) return nodec_undefined();
  md_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_MD;
  h->base.destroy = md_destroy;
  h->md = md;
  JSObjectRef o = make_handle(ctx, cstate(ctx, self), &h->base);
  nodec_set_number(ctx, o, "size", EVP_MD_get_size(md));
  nodec_set_number(ctx, o, "blockSize", EVP_MD_get_block_size(md));
  nodec_set(ctx, o, "xof", nodec_boolean((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0));
  nodec_set_string(ctx, o, "name", EVP_MD_get0_name(md));
  return o;
}

/* Kept out of line: inlined, GCC cannot see that every byte of `s` is written. */
__attribute__((noinline)) static void to_hex(char *s, const uint8_t *p, size_t n) {
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    s[2 * i] = hex[p[i] >> 4];
    s[2 * i + 1] = hex[p[i] & 15];
  }
}

static JSValueRef output(nodec_runtime *rt, JSContextRef ctx, const uint8_t *p, size_t n, int enc) {
  if (enc != 1) return new_buffer_copy(rt, p, n);
  char small[256], *s = n * 2 <= sizeof small ? small : malloc(n * 2);
  if (!s) abort();
  to_hex(s, p, n);
  JSValueRef r = nodec_string_n(ctx, s, n * 2);
  if (s != small) free(s);
  return r;
}

/* Feeds a string (UTF-8) or bytes to fn(ctx, p, n). Strings small enough go through the stack. */
typedef int (*feed_fn)(void *c, const void *p, size_t n);
static bool feed(JSContextRef ctx, JSValueRef v, feed_fn fn, void *c, JSValueRef *exc) {
  if (JSValueIsString(ctx, v)) {
    JSStringRef s = JSValueToStringCopy(ctx, v, exc);
    if (!s) return false;
    /* Our own UTF-16 -> UTF-8: JSStringGetUTF8CString stops at a lone surrogate, node writes U+FFFD. */
    size_t len = JSStringGetLength(s), max = len * 3 + 1;
    char small[2048], *buf = max <= sizeof small ? small : malloc(max);
    if (!buf) abort();
    size_t n = nodec_utf16_to_utf8(JSStringGetCharactersPtr(s), len, (uint8_t *)buf);
    JSStringRelease(s);
    int ok = fn(c, buf, n);
    if (buf != small) free(buf);
    return ok == 1;
  }
  size_t n = 0;
  uint8_t *p = nodec_bytes_now(ctx, v, &n, exc);
  if (!p && n) return false;
  return fn(c, p ? (const void *)p : "", n) == 1;
}

static int md_update(void *c, const void *p, size_t n) { return EVP_DigestUpdate(c, p, n); }
static int mac_update(void *c, const void *p, size_t n) { return EVP_MAC_update(c, p, n); }

/* hashNew(md, outputLength|-1) -> handle. */
NODEC_FN(hash_new) {
  (void)rt;
  EVP_MD *md = crypto_md_of(ctx, ARG(0));
  if (!md) return nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_INVALID_DIGEST", "Digest method not supported");
  hash_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_HASH;
  h->base.destroy = hash_destroy;
  h->ctx = EVP_MD_CTX_new();
  h->xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  double len = JSValueIsNumber(ctx, ARG(1)) ? JSValueToNumber(ctx, ARG(1), NULL) : -1;
  h->out_len = len >= 0 ? (size_t)len : (size_t)EVP_MD_get_size(md);
  if (!h->ctx || EVP_DigestInit_ex2(h->ctx, md, NULL) != 1) {
    hash_destroy(&h->base);
    return throw_openssl(ctx, exc, "Digest method not supported");
  }
  if (!h->xof && h->out_len != (size_t)EVP_MD_get_size(md)) {
    hash_destroy(&h->base);
    return nodec_throw_error(ctx, exc, "Error", "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
                             "error:030000B2:digital envelope routines::not XOF or invalid length");
  }
  return make_handle(ctx, cstate(ctx, self), &h->base);
}

/* hashUpdate(h, data) -> true, false on failure. */
NODEC_FN(hash_update) {
  NODEC_UNUSED_FN_ARGS;
  hash_handle *h = get_handle(ctx, ARG(0), H_HASH, exc);
  if (!h) return NULL;
  return nodec_boolean(feed(ctx, ARG(1), md_update, h->ctx, exc));
}

static bool hash_final(hash_handle *h, uint8_t *out) {
  if (h->xof) return h->out_len == 0 || EVP_DigestFinalXOF(h->ctx, out, h->out_len) == 1;
  unsigned n;
  return EVP_DigestFinal_ex(h->ctx, out, &n) == 1;
}

/* hashDigest(h, enc) -> Buffer (enc 0) or hex string (enc 1). */
NODEC_FN(hash_digest) {
  (void)self;
  hash_handle *h = get_handle(ctx, ARG(0), H_HASH, exc);
  if (!h) return NULL;
  int enc = (int)arg_num(ctx, ARG(1));
  uint8_t small[EVP_MAX_MD_SIZE], *out = h->out_len <= sizeof small ? small : malloc(h->out_len);
  if (!out) abort();
  JSValueRef r = hash_final(h, out) ? output(rt, ctx, out, h->out_len, enc) : throw_openssl(ctx, exc, "Digest failed");
  if (out != small) free(out);
  return r;
}

/* hashCopy(h, outputLength|-1) -> new handle with the same state. */
NODEC_FN(hash_copy) {
  (void)rt;
  hash_handle *src = get_handle(ctx, ARG(0), H_HASH, exc);
  if (!src) return NULL;
  hash_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base = src->base;
  h->xof = src->xof;
  double len = JSValueIsNumber(ctx, ARG(1)) ? JSValueToNumber(ctx, ARG(1), NULL) : -1;
  h->out_len = len >= 0 ? (size_t)len : src->out_len;
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx || EVP_MD_CTX_copy_ex(h->ctx, src->ctx) != 1) {
    hash_destroy(&h->base);
    return throw_openssl(ctx, exc, "Digest copy failed");
  }
  return make_handle(ctx, cstate(ctx, self), &h->base);
}

/* hashOnce(md, data, enc, outputLength|-1) -> digest; one crossing for crypto.hash(). */
NODEC_FN(hash_once) {
  crypto_state *st = cstate(ctx, self);
  EVP_MD *md = crypto_md_of(ctx, ARG(0));
  if (!md || !st) return nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_INVALID_DIGEST", "Digest method not supported");
  hash_handle h = {.ctx = st->oneshot, .xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0};
  double len = JSValueIsNumber(ctx, ARG(3)) ? JSValueToNumber(ctx, ARG(3), NULL) : -1;
  h.out_len = len >= 0 ? (size_t)len : (size_t)EVP_MD_get_size(md);
  if (EVP_DigestInit_ex2(h.ctx, md, NULL) != 1) return throw_openssl(ctx, exc, "Digest method not supported");
  JSValueRef e = NULL;
  if (!feed(ctx, ARG(1), md_update, h.ctx, &e)) return e ? (*exc = e, NULL) : throw_openssl(ctx, exc, "Digest failed");
  uint8_t small[EVP_MAX_MD_SIZE], *out = h.out_len <= sizeof small ? small : malloc(h.out_len);
  if (!out) abort();
  /* hashOnce(md, data, 0, len, scratch): the digest is copied into `scratch` (when it fits) and
   * its length returned; JS makes the Buffer from its pool, cheaper than a Buffer made here. */
  int enc = (int)arg_num(ctx, ARG(2)); /* before the bytes read in place: a conversion may run JS */
  size_t scratch_len = 0;
  uint8_t *scratch = argc > 4 && JSValueIsObject(ctx, argv[4]) ? nodec_bytes_now(ctx, argv[4], &scratch_len, exc) : NULL;
  JSValueRef r;
  if (!hash_final(&h, out)) r = throw_openssl(ctx, exc, "Digest failed");
  else if (enc != 1 && scratch && h.out_len <= scratch_len) {
    memcpy(scratch, out, h.out_len);
    r = nodec_number((double)h.out_len);
  } else {
    r = output(rt, ctx, out, h.out_len, enc);
  }
  if (out != small) free(out);
  return r;
}

/* hmacNew(md, key) -> handle. */
NODEC_FN(hmac_new) {
  (void)rt;
  crypto_state *st = cstate(ctx, self);
  EVP_MD *md = crypto_md_of(ctx, ARG(0));
  if (!md || !st || !st->hmac)
    return nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
  byte_view key;
  if (!get_bytes(ctx, ARG(1), &key, exc)) return NULL;
  hmac_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_HMAC;
  h->base.destroy = hmac_destroy;
  h->ctx = EVP_MAC_CTX_new(st->hmac);
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end(),
  };
  static const uint8_t zero[1];
  int ok = h->ctx && EVP_MAC_init(h->ctx, key.n ? key.p : zero, key.n, params) == 1;
  free_bytes_view(&key);
  if (!ok) {
    hmac_destroy(&h->base);
    return throw_openssl(ctx, exc, "Invalid digest");
  }
  return make_handle(ctx, st, &h->base);
}

NODEC_FN(hmac_update) {
  NODEC_UNUSED_FN_ARGS;
  hmac_handle *h = get_handle(ctx, ARG(0), H_HMAC, exc);
  if (!h) return NULL;
  return nodec_boolean(feed(ctx, ARG(1), mac_update, h->ctx, exc));
}

NODEC_FN(hmac_digest) {
  (void)self;
  hmac_handle *h = get_handle(ctx, ARG(0), H_HMAC, exc);
  if (!h) return NULL;
  uint8_t out[EVP_MAX_MD_SIZE];
  size_t n = 0;
  if (EVP_MAC_final(h->ctx, out, &n, sizeof out) != 1) return throw_openssl(ctx, exc, "HMAC failed");
  return output(rt, ctx, out, n, (int)arg_num(ctx, ARG(1)));
}

static const nodec_fn functions[] = {
    {"getDigest", get_digest},
    {"hashNew", hash_new},
    {"hashUpdate", hash_update},
    {"hashDigest", hash_digest},
    {"hashCopy", hash_copy},
    {"hashOnce", hash_once},
    {"hmacNew", hmac_new},
    {"hmacUpdate", hmac_update},
    {"hmacDigest", hmac_digest},
    {NULL, NULL},
};

void crypto_init_hash(nodec_runtime *rt, JSObjectRef target) { nodec_set_functions(rt, target, functions); }
