/* crypto.Certificate: SPKAC (Netscape signed public key and challenge) verification and parts; and
 * crypto.encapsulate/decapsulate (KEM). */
#include <ctype.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"

static NETSCAPE_SPKI *spki_of(JSContextRef ctx, JSValueRef v, JSValueRef *exc, bool *ok) {
  byte_view b;
  *ok = get_bytes(ctx, v, &b, exc);
  if (!*ok) return NULL;
  size_t n = b.n;
  while (n > 0 && isspace(b.p[n - 1])) n--;
  NETSCAPE_SPKI *spki = n && n < 0x7fffffff ? NETSCAPE_SPKI_b64_decode((const char *)b.p, (int)n) : NULL;
  free_bytes_view(&b);
  ERR_clear_error();
  return spki;
}

/* spkacVerify(data) -> bool */
NODEC_FN(spkac_verify) {
  (void)rt;
  (void)self;
  bool ok;
  NETSCAPE_SPKI *spki = spki_of(ctx, ARG(0), exc, &ok);
  if (!ok) return NULL;
  bool valid = false;
  if (spki) {
    EVP_PKEY *k = NETSCAPE_SPKI_get_pubkey(spki);
    valid = k && NETSCAPE_SPKI_verify(spki, k) > 0;
    EVP_PKEY_free(k);
    NETSCAPE_SPKI_free(spki);
  }
  ERR_clear_error();
  return nodec_boolean(valid);
}

/* spkacPublicKey(data) -> PEM Buffer | undefined */
NODEC_FN(spkac_public_key) {
  (void)self;
  bool ok;
  NETSCAPE_SPKI *spki = spki_of(ctx, ARG(0), exc, &ok);
  if (!ok) return NULL;
  JSValueRef r = nodec_undefined();
  EVP_PKEY *k = spki ? NETSCAPE_SPKI_get_pubkey(spki) : NULL;
  BIO *bio = k ? BIO_new(BIO_s_mem()) : NULL;
  if (bio && PEM_write_bio_PUBKEY(bio, k) == 1) {
    char *mem;
    long len = BIO_get_mem_data(bio, &mem);
    r = new_buffer_copy(rt, (const uint8_t *)mem, (size_t)len);
  }
  BIO_free(bio);
  EVP_PKEY_free(k);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  return r;
}

/* spkacChallenge(data) -> Buffer | undefined */
NODEC_FN(spkac_challenge) {
  (void)self;
  bool ok;
  NETSCAPE_SPKI *spki = spki_of(ctx, ARG(0), exc, &ok);
  if (!ok) return NULL;
  JSValueRef r = nodec_undefined();
  if (spki && spki->spkac && spki->spkac->challenge) {
    const ASN1_IA5STRING *c = spki->spkac->challenge;
    r = new_buffer_copy(rt, ASN1_STRING_get0_data(c), (size_t)ASN1_STRING_length(c));
  }
  NETSCAPE_SPKI_free(spki);
  return r;
}

/* kem(op, key, ciphertext|null) -> [sharedKey, ciphertext] (op 0, encapsulate with a public key) or
 * sharedKey (op 1, decapsulate with a private key). RSA keys use RSASVE. Failures throw
 * ERR_CRYPTO_OPERATION_FAILED ("Failed to initialize/perform ..."). */
NODEC_FN(kem) {
  (void)self;
  bool decap = arg_num(ctx, ARG(0)) == 1;
  pkey_handle *kh = get_handle(ctx, ARG(1), H_PKEY, exc);
  if (!kh) return NULL;
  EVP_PKEY *pkey = kh->pkey;
  byte_view ct = {0};
  if (decap && !get_bytes(ctx, ARG(2), &ct, exc)) return NULL;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  bool is_rsa = EVP_PKEY_is_a(pkey, "RSA");
  bool ok = pctx && is_rsa &&
            (decap ? EVP_PKEY_decapsulate_init(pctx, NULL) : EVP_PKEY_encapsulate_init(pctx, NULL)) == 1 &&
            EVP_PKEY_CTX_set_kem_op(pctx, "RSASVE") == 1;
  JSValueRef r = NULL;
  if (!ok) {
    r = nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", decap ? "Failed to initialize decapsulation" : "Failed to initialize encapsulation");
  } else if (decap) {
    size_t n = 0;
    uint8_t *out = NULL;
    ok = EVP_PKEY_decapsulate(pctx, NULL, &n, ct.p, ct.n) == 1;
    if (ok) {
      out = malloc(n ? n : 1);
      if (!out) abort();
      ok = EVP_PKEY_decapsulate(pctx, out, &n, ct.p, ct.n) == 1;
    }
    r = ok ? new_buffer_copy(rt, out, n)
           : nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to perform decapsulation");
    if (out) OPENSSL_clear_free(out, n);
  } else {
    size_t nk = 0, nc = 0;
    uint8_t *key = NULL, *wrapped = NULL;
    ok = EVP_PKEY_encapsulate(pctx, NULL, &nc, NULL, &nk) == 1;
    if (ok) {
      key = malloc(nk ? nk : 1);
      wrapped = malloc(nc ? nc : 1);
      if (!key || !wrapped) abort();
      ok = EVP_PKEY_encapsulate(pctx, wrapped, &nc, key, &nk) == 1;
    }
    if (ok) {
      JSValueRef v[2] = {new_buffer_copy(rt, key, nk), new_buffer_copy(rt, wrapped, nc)};
      r = JSObjectMakeArray(ctx, 2, v, NULL);
    } else {
      r = nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to perform encapsulation");
    }
    if (key) OPENSSL_clear_free(key, nk);
    free(wrapped);
  }
  EVP_PKEY_CTX_free(pctx);
  free_bytes_view(&ct);
  ERR_clear_error();
  return r;
}

static const nodec_fn functions[] = {
    {"kem", kem},
    {"spkacVerify", spkac_verify},
    {"spkacPublicKey", spkac_public_key},
    {"spkacChallenge", spkac_challenge},
    {NULL, NULL},
};

void crypto_init_spkac(nodec_runtime *rt, JSObjectRef target) { nodec_set_functions(rt, target, functions); }
