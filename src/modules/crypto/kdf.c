/* Key derivation: PBKDF2, scrypt, HKDF. Each takes its inputs then an optional callback: without one
 * it runs now and returns a Buffer; with one the inputs are copied and the work runs on the pool. */
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"
#include "pbkdf2_sha.h"

typedef enum { K_PBKDF2, K_SCRYPT, K_HKDF } kdf_kind;

typedef struct kdf_req {
  nodec_work w;
  kdf_kind kind;
  EVP_MD *md; /* owned reference (up-ref'd) */
  uint8_t *pass, *salt, *info;
  size_t npass, nsalt, ninfo;
  uint64_t iter, N, r, p, maxmem;
  uint8_t *out;
  size_t nout;
  bool ok;
  unsigned long err;
} kdf_req;

static void kdf_free(kdf_req *k) {
  EVP_MD_free(k->md);
  free(k->pass);
  free(k->salt);
  free(k->info);
  free(k->out);
  free(k);
}

static void run_kdf(kdf_req *k) {
  k->out = malloc(k->nout ? k->nout : 1);
  if (!k->out) abort();
  switch (k->kind) {
    case K_PBKDF2:
      if (pbkdf2_sha_supported(k->md)) {
        k->ok = pbkdf2_sha(k->md, k->pass, k->npass, k->salt, k->nsalt, k->iter, k->out, k->nout);
        break;
      }
      k->ok = PKCS5_PBKDF2_HMAC((const char *)k->pass, (int)k->npass, k->salt, (int)k->nsalt, (int)k->iter, k->md,
                                (int)k->nout, k->out) == 1;
      break;
    case K_SCRYPT:
      k->ok = EVP_PBE_scrypt((const char *)k->pass, k->npass, k->salt, k->nsalt, k->N, k->r, k->p, k->maxmem, k->out,
                             k->nout) == 1;
      break;
    case K_HKDF: {
      EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
      EVP_KDF_CTX *kc = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
      static uint8_t zero[1];
      OSSL_PARAM params[5], *pp = params;
      *pp++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(k->md), 0);
      *pp++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, k->npass ? k->pass : zero, k->npass);
      /* An empty salt means HashLen zero bytes (RFC 5869), which is what OpenSSL does without one. */
      if (k->nsalt) *pp++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, k->salt, k->nsalt);
      if (k->ninfo) *pp++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, k->info, k->ninfo);
      *pp = OSSL_PARAM_construct_end();
      if (k->npass == 0) {
        /* OpenSSL 3.0 refuses an empty key; HKDF-Extract with an empty IKM is HMAC(salt, "") anyway. */
        size_t hl = (size_t)EVP_MD_get_size(k->md);
        uint8_t prk[EVP_MAX_MD_SIZE], zsalt[EVP_MAX_MD_SIZE] = {0};
        size_t prkl = sizeof prk;
        EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
        OSSL_PARAM mp[2] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(k->md), 0),
                            OSSL_PARAM_construct_end()};
        k->ok = mac && EVP_Q_mac(NULL, "HMAC", NULL, NULL, mp, k->nsalt ? k->salt : zsalt, k->nsalt ? k->nsalt : hl,
                                 zero, 0, prk, prkl, &prkl) != NULL;
        EVP_MAC_free(mac);
        if (k->ok) {
          int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
          pp = params;
          *pp++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(k->md), 0);
          *pp++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, prk, prkl);
          *pp++ = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
          if (k->ninfo) *pp++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, k->info, k->ninfo);
          *pp = OSSL_PARAM_construct_end();
          k->ok = kc && EVP_KDF_derive(kc, k->out, k->nout, params) == 1;
        }
      } else {
        k->ok = kc && EVP_KDF_derive(kc, k->out, k->nout, params) == 1;
      }
      EVP_KDF_CTX_free(kc);
      EVP_KDF_free(kdf);
      break;
    }
  }
  if (!k->ok) k->err = ERR_get_error();
  ERR_clear_error();
}

static void kdf_work(nodec_work *w) { run_kdf((kdf_req *)w); }

static JSValueRef kdf_result(nodec_runtime *rt, kdf_req *k, JSValueRef *err) {
  if (!k->ok) {
    *err = openssl_error(rt->ctx, k->err, k->kind == K_PBKDF2 ? "PBKDF2 failed" : "Key derivation failed");
    return NULL;
  }
  JSObjectRef b = nodec_new_buffer(rt, k->out, k->nout);
  k->out = NULL;
  return b;
}

static JSValueRef kdf_after(nodec_work *w, JSValueRef *err) { return kdf_result(w->rt, (kdf_req *)w, err); }
static void kdf_destroy(nodec_work *w) { kdf_free((kdf_req *)w); }

static JSValueRef finish(nodec_runtime *rt, kdf_req *k, JSValueRef cb, JSValueRef *exc) {
  if (JSValueIsObject(rt->ctx, cb)) {
    k->w.work = kdf_work;
    k->w.after = kdf_after;
    k->w.destroy = kdf_destroy;
    nodec_queue_work(rt, &k->w, (JSObjectRef)cb, NULL);
    return nodec_undefined();
  }
  run_kdf(k);
  JSValueRef err = NULL, r = kdf_result(rt, k, &err);
  kdf_free(k);
  if (!r) *exc = err;
  return r;
}

static kdf_req *new_req(kdf_kind kind) {
  kdf_req *k = calloc(1, sizeof *k);
  if (!k) abort();
  k->kind = kind;
  return k;
}

/* pbkdf2(md, password, salt, iterations, keylen[, cb]) */
NODEC_FN(pbkdf2) {
  (void)self;
  EVP_MD *md = crypto_md_of(ctx, ARG(0));
  if (!md) return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
  kdf_req *k = new_req(K_PBKDF2);
  if (!copy_bytes(ctx, ARG(1), &k->pass, &k->npass, exc) || !copy_bytes(ctx, ARG(2), &k->salt, &k->nsalt, exc)) {
    kdf_free(k);
    return NULL;
  }
  EVP_MD_up_ref(md);
  k->md = md;
  k->iter = (uint64_t)arg_num(ctx, ARG(3));
  k->nout = (size_t)arg_num(ctx, ARG(4));
  return finish(rt, k, ARG(5), exc);
}

/* scrypt(password, salt, N, r, p, maxmem, keylen[, cb]); keylen 0 with no cb only checks the
 * parameters and returns a boolean. */
NODEC_FN(scrypt) {
  (void)self;
  kdf_req *k = new_req(K_SCRYPT);
  k->N = (uint64_t)arg_num(ctx, ARG(2));
  k->r = (uint64_t)arg_num(ctx, ARG(3));
  k->p = (uint64_t)arg_num(ctx, ARG(4));
  k->maxmem = (uint64_t)arg_num(ctx, ARG(5));
  k->nout = (size_t)arg_num(ctx, ARG(6));
  if (k->nout == 0 && !JSValueIsObject(ctx, ARG(7))) {
    /* true, or OpenSSL's reason as a string (node puts it in the message). */
    bool ok = EVP_PBE_scrypt(NULL, 0, NULL, 0, k->N, k->r, k->p, k->maxmem, NULL, 0) == 1;
    unsigned long e = ok ? 0 : ERR_peek_last_error();
    ERR_clear_error();
    kdf_free(k);
    if (ok || !e) return nodec_boolean(ok);
    char msg[256];
    ERR_error_string_n(e, msg, sizeof msg);
    return nodec_string(ctx, msg);
  }
  if (!copy_bytes(ctx, ARG(0), &k->pass, &k->npass, exc) || !copy_bytes(ctx, ARG(1), &k->salt, &k->nsalt, exc)) {
    kdf_free(k);
    return NULL;
  }
  return finish(rt, k, ARG(7), exc);
}

/* hkdf(md, key, salt, info, keylen[, cb]) */
NODEC_FN(hkdf) {
  (void)self;
  EVP_MD *md = crypto_md_of(ctx, ARG(0));
  if (!md) return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
  kdf_req *k = new_req(K_HKDF);
  if (!copy_bytes(ctx, ARG(1), &k->pass, &k->npass, exc) || !copy_bytes(ctx, ARG(2), &k->salt, &k->nsalt, exc) ||
      !copy_bytes(ctx, ARG(3), &k->info, &k->ninfo, exc)) {
    kdf_free(k);
    return NULL;
  }
  EVP_MD_up_ref(md);
  k->md = md;
  k->nout = (size_t)arg_num(ctx, ARG(4));
  return finish(rt, k, ARG(5), exc);
}

static const nodec_fn functions[] = {
    {"pbkdf2", pbkdf2},
    {"scrypt", scrypt},
    {"hkdf", hkdf},
    {NULL, NULL},
};

void crypto_init_kdf(nodec_runtime *rt, JSObjectRef target) { nodec_set_functions(rt, target, functions); }
