/* Asymmetric keys over EVP_PKEY: parsing (PEM/DER through OSSL_DECODER), export (OSSL_ENCODER),
 * raw components for JWK, generation (sync or on the pool), sign/verify, RSA encryption, key
 * agreement, EC point helpers for ECDH, primes and X.509 certificates. */
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"


static void pkey_destroy(crypto_handle *h) {
  EVP_PKEY_free(((pkey_handle *)h)->pkey);
  free(h);
}

/* Takes ownership of pkey. */
static JSObjectRef wrap_pkey(JSContextRef ctx, JSObjectRef self, EVP_PKEY *pkey) {
  pkey_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_PKEY;
  h->base.destroy = pkey_destroy;
  h->pkey = pkey;
  return make_handle(ctx, cstate(ctx, self), &h->base);
}

static EVP_PKEY *pkey_of(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  pkey_handle *h = get_handle(ctx, v, H_PKEY, exc);
  return h ? h->pkey : NULL;
}

/* ---- parsing */

typedef struct pass_ctx {
  const uint8_t *p;
  size_t n;
  bool given;
} pass_ctx;

static int pem_pass_cb(char *buf, int size, int rwflag, void *u) {
  (void)rwflag;
  pass_ctx *pc = u;
  if (!pc || !pc->given || pc->n > (size_t)size) return -1;
  memcpy(buf, pc->p, pc->n);
  return (int)pc->n;
}

static EVP_PKEY *decode(const uint8_t *p, size_t n, const char *input, const char *structure, int selection,
                        pass_ctx *pc) {
  EVP_PKEY *pkey = NULL;
  OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, input, structure, NULL, selection, NULL, NULL);
  if (!dctx) return NULL;
  OSSL_DECODER_CTX_set_pem_password_cb(dctx, pem_pass_cb, pc);
  const unsigned char *data = p;
  size_t len = n;
  if (OSSL_DECODER_from_data(dctx, &data, &len) != 1) {
    EVP_PKEY_free(pkey);
    pkey = NULL;
  }
  OSSL_DECODER_CTX_free(dctx);
  return pkey;
}

static EVP_PKEY *pkey_from_cert(const uint8_t *p, size_t n, bool pem) {
  BIO *bio = BIO_new_mem_buf(p, (int)n);
  X509 *x = pem ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : d2i_X509_bio(bio, NULL);
  BIO_free(bio);
  if (!x) return NULL;
  EVP_PKEY *k = X509_get_pubkey(x);
  X509_free(x);
  return k;
}

/* keyParse(data, format 'pem'|'der', type|undefined, wantPublic, passphrase|null) -> handle
 * With wantPublic, a private key or a certificate is accepted too (its public half is used). */
NODEC_FN(key_parse) {
  (void)rt;
  byte_view data, pass = {0};
  if (!get_bytes(ctx, ARG(0), &data, exc)) return NULL;
  char *format = get_cstring(ctx, ARG(1)), *type = get_cstring(ctx, ARG(2));
  bool want_public = JSValueToBoolean(ctx, ARG(3));
  pass_ctx pc = {0};
  if (!JSValueIsNull(ctx, ARG(4)) && !JSValueIsUndefined(ctx, ARG(4))) {
    if (!get_bytes(ctx, ARG(4), &pass, exc)) {
      free_bytes_view(&data);
      free(format);
      free(type);
      return NULL;
    }
    pc = (pass_ctx){pass.p, pass.n, true};
  }
  bool pem = !format || strcmp(format, "pem") == 0;
  const char *input = pem ? "PEM" : "DER";
  const char *structure = NULL;
  if (!pem && type) {
    if (strcmp(type, "spki") == 0) structure = "SubjectPublicKeyInfo";
    else if (strcmp(type, "pkcs1") == 0) structure = "type-specific";
    else if (strcmp(type, "pkcs8") == 0) structure = NULL;
    else if (strcmp(type, "sec1") == 0) structure = "type-specific";
  }
  EVP_PKEY *pkey = NULL;
  if (want_public) {
    pkey = decode(data.p, data.n, input, structure, EVP_PKEY_PUBLIC_KEY, &pc);
    if (!pkey) pkey = decode(data.p, data.n, input, structure, EVP_PKEY_KEYPAIR, &pc);
    if (!pkey) pkey = pkey_from_cert(data.p, data.n, pem);
    if (!pkey && !pem && type && strcmp(type, "pkcs1") == 0) {
      /* RSA public keys in PKCS#1 DER. */
      const unsigned char *q = data.p;
      pkey = d2i_PublicKey(EVP_PKEY_RSA, NULL, &q, (long)data.n);
    }
  } else {
    pkey = decode(data.p, data.n, input, structure, EVP_PKEY_KEYPAIR, &pc);
    if (!pkey && !pem && type && strcmp(type, "pkcs8") == 0)
      pkey = decode(data.p, data.n, input, "EncryptedPrivateKeyInfo", EVP_PKEY_KEYPAIR, &pc);
  }
  bool missing_pass = false;
  bool data_encrypted = false;
  for (size_t i = 0; pem && i + 9 <= data.n && !data_encrypted; i++)
    data_encrypted = memcmp(data.p + i, "ENCRYPTED", 9) == 0;
  if (!pkey && !pem && !pc.given) {
    /* An encrypted PKCS#8 DER key and no passphrase. */
    const unsigned char *q = data.p;
    X509_SIG *sig = d2i_X509_SIG(NULL, &q, (long)data.n);
    missing_pass = sig != NULL;
    X509_SIG_free(sig);
  }
  free_bytes_view(&data);
  free_bytes_view(&pass);
  free(format);
  free(type);
  if (!pkey && pem && !pc.given && data_encrypted) {
    /* An encrypted PEM key and no passphrase: OpenSSL's error for a cancelled passphrase prompt. */
    ERR_clear_error();
    ERR_raise(ERR_LIB_CRYPTO, ERR_R_INTERRUPTED_OR_CANCELLED);
  }
  if (missing_pass) {
    ERR_clear_error();
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_MISSING_PASSPHRASE", "Passphrase required for encrypted key");
  }
  if (!pkey) return throw_openssl(ctx, exc, "Failed to read asymmetric key");
  ERR_clear_error();
  return wrap_pkey(ctx, self, pkey);
}

static int encoder_pass_cb(char *buf, size_t size, size_t *len, const OSSL_PARAM params[], void *arg) {
  (void)params;
  byte_view *b = arg;
  if (b->n > size) return 0;
  if (b->n) memcpy(buf, b->p, b->n);
  *len = b->n;
  return 1;
}

/* keyExport(h, wantPublic, format, type, cipherName|null, passphrase|null) -> Buffer */
NODEC_FN(key_export) {
  (void)self;
  EVP_PKEY *pkey = pkey_of(ctx, ARG(0), exc);
  if (!pkey) return NULL;
  bool want_public = JSValueToBoolean(ctx, ARG(1));
  char *format = get_cstring(ctx, ARG(2)), *type = get_cstring(ctx, ARG(3)), *cipher = get_cstring(ctx, ARG(4));
  byte_view pass = {0};
  bool has_pass = !JSValueIsNull(ctx, ARG(5)) && !JSValueIsUndefined(ctx, ARG(5));
  if (has_pass && !get_bytes(ctx, ARG(5), &pass, exc)) has_pass = false;
  bool pem = !format || strcmp(format, "pem") == 0;
  const char *structure;
  if (type && strcmp(type, "pkcs1") == 0) structure = "type-specific";
  else if (type && strcmp(type, "sec1") == 0) structure = "type-specific";
  else if (want_public) structure = "SubjectPublicKeyInfo";
  else structure = cipher ? "EncryptedPrivateKeyInfo" : "PrivateKeyInfo";
  if (type && strcmp(type, "pkcs1") == 0 && want_public && EVP_PKEY_is_a(pkey, "RSA")) structure = "pkcs1";
  int selection = want_public ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR;
  if (cipher && pem && !want_public && pass.n == 0) {
    /* An empty passphrase: the encoders treat it as none, the PEM writers take it as given. */
    EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, cipher, NULL);
    BIO *bio = BIO_new(BIO_s_mem());
    bool ok = c && bio;
    if (ok && strcmp(structure, "type-specific") == 0)
      ok = PEM_write_bio_PrivateKey_traditional(bio, pkey, c, (unsigned char *)"", 0, NULL, NULL) == 1;
    else if (ok)
      ok = PEM_write_bio_PKCS8PrivateKey(bio, pkey, c, "", 0, NULL, NULL) == 1;
    JSValueRef res = NULL;
    if (ok) {
      char *mem;
      long len = BIO_get_mem_data(bio, &mem);
      res = new_buffer_copy(rt, (const uint8_t *)mem, (size_t)len);
    }
    BIO_free(bio);
    EVP_CIPHER_free(c);
    free(format);
    free(type);
    free(cipher);
    free_bytes_view(&pass);
    if (!res) return throw_openssl(ctx, exc, "Failed to encode key");
    return res;
  }
  OSSL_ENCODER_CTX *ectx = OSSL_ENCODER_CTX_new_for_pkey(pkey, selection, pem ? "PEM" : "DER", structure, NULL);
  JSValueRef result = NULL;
  if (ectx && OSSL_ENCODER_CTX_get_num_encoders(ectx) > 0) {
    bool ok = true;
    if (cipher) {
      ok = OSSL_ENCODER_CTX_set_cipher(ectx, cipher, NULL) == 1 &&
           OSSL_ENCODER_CTX_set_passphrase_cb(ectx, encoder_pass_cb, &pass) == 1;
    }
    unsigned char *out = NULL;
    size_t len = 0;
    if (ok && OSSL_ENCODER_to_data(ectx, &out, &len) == 1) {
      result = new_buffer_copy(rt, out, len);
      OPENSSL_free(out);
    }
  }
  OSSL_ENCODER_CTX_free(ectx);
  free(format);
  free(type);
  free(cipher);
  free_bytes_view(&pass);
  if (!result) return throw_openssl(ctx, exc, "Failed to encode key");
  return result;
}

static const char *pkey_type_name(EVP_PKEY *k) {
  static const char *names[][2] = {
      {"RSA-PSS", "rsa-pss"}, {"RSA", "rsa"}, {"DSA", "dsa"}, {"EC", "ec"}, {"ED25519", "ed25519"},
      {"ED448", "ed448"}, {"X25519", "x25519"}, {"X448", "x448"}, {"DH", "dh"}, {"DHX", "dh"},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (EVP_PKEY_is_a(k, names[i][0])) return names[i][1];
  return "unknown";
}

static JSValueRef bn_param_buffer(nodec_runtime *rt, EVP_PKEY *k, const char *name) {
  BIGNUM *bn = NULL;
  if (EVP_PKEY_get_bn_param(k, name, &bn) != 1 || !bn) {
    ERR_clear_error();
    return NULL;
  }
  size_t n = (size_t)BN_num_bytes(bn);
  uint8_t *p = malloc(n ? n : 1);
  if (!p) abort();
  BN_bn2bin(bn, p);
  BN_clear_free(bn);
  return nodec_new_buffer(rt, p, n);
}

/* keyInfo(h) -> {type, bits, hasPrivate, modulusLength, publicExponent, namedCurve, divisorLength, ...} */
NODEC_FN(key_info) {
  (void)self;
  EVP_PKEY *k = pkey_of(ctx, ARG(0), exc);
  if (!k) return NULL;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  const char *type = pkey_type_name(k);
  nodec_set_string(ctx, o, "type", type);
  nodec_set_number(ctx, o, "bits", EVP_PKEY_get_bits(k));
  nodec_set_number(ctx, o, "size", EVP_PKEY_get_size(k));
  BIGNUM *priv = NULL;
  bool has_private = false;
  if (EVP_PKEY_get_bn_param(k, OSSL_PKEY_PARAM_RSA_D, &priv) == 1 ||
      EVP_PKEY_get_bn_param(k, OSSL_PKEY_PARAM_PRIV_KEY, &priv) == 1)
    has_private = true;
  else {
    size_t len = 0;
    if (EVP_PKEY_get_octet_string_param(k, OSSL_PKEY_PARAM_PRIV_KEY, NULL, 0, &len) == 1 && len > 0)
      has_private = true;
  }
  BN_clear_free(priv);
  ERR_clear_error();
  nodec_set(ctx, o, "hasPrivate", nodec_boolean(has_private));
  if (strncmp(type, "rsa", 3) == 0) {
    nodec_set_number(ctx, o, "modulusLength", EVP_PKEY_get_bits(k));
    JSValueRef e = bn_param_buffer(rt, k, OSSL_PKEY_PARAM_RSA_E);
    if (e) nodec_set(ctx, o, "publicExponent", e);
    if (strcmp(type, "rsa-pss") == 0) {
      char md[64] = "", mgf[64] = "";
      int salt = -1;
      if (EVP_PKEY_get_utf8_string_param(k, OSSL_PKEY_PARAM_RSA_DIGEST, md, sizeof md, NULL) == 1)
        nodec_set_string(ctx, o, "hashAlgorithm", md);
      if (EVP_PKEY_get_utf8_string_param(k, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, mgf, sizeof mgf, NULL) == 1)
        nodec_set_string(ctx, o, "mgf1HashAlgorithm", mgf);
      if (EVP_PKEY_get_int_param(k, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1)
        nodec_set_number(ctx, o, "saltLength", salt);
      ERR_clear_error();
    }
  } else if (strcmp(type, "ec") == 0) {
    char group[64] = "";
    if (EVP_PKEY_get_utf8_string_param(k, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, NULL) == 1) {
      int nid = OBJ_txt2nid(group);
      if (nid == NID_undef) nid = EC_curve_nist2nid(group);
      nodec_set_string(ctx, o, "namedCurve", nid != NID_undef ? OBJ_nid2sn(nid) : group);
    }
  } else if (strcmp(type, "dsa") == 0) {
    nodec_set_number(ctx, o, "modulusLength", EVP_PKEY_get_bits(k));
    BIGNUM *q = NULL;
    if (EVP_PKEY_get_bn_param(k, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) nodec_set_number(ctx, o, "divisorLength", BN_num_bits(q));
    BN_free(q);
  } else if (strcmp(type, "dh") == 0) {
    nodec_set_number(ctx, o, "modulusLength", EVP_PKEY_get_bits(k));
  }
  ERR_clear_error();
  return o;
}

NODEC_FN(key_equals) {
  NODEC_UNUSED_FN_ARGS;
  EVP_PKEY *a = pkey_of(ctx, ARG(0), exc), *b = a ? pkey_of(ctx, ARG(1), exc) : NULL;
  if (!a || !b) return NULL;
  bool eq = EVP_PKEY_eq(a, b) == 1;
  ERR_clear_error();
  return nodec_boolean(eq);
}

/* keyToPublic(h) -> a handle holding only the public half. */
NODEC_FN(key_to_public) {
  (void)rt;
  EVP_PKEY *k = pkey_of(ctx, ARG(0), exc);
  if (!k) return NULL;
  unsigned char *der = NULL;
  int n = i2d_PUBKEY(k, &der);
  if (n <= 0) return throw_openssl(ctx, exc, "Failed to get public key");
  const unsigned char *p = der;
  EVP_PKEY *pub = d2i_PUBKEY(NULL, &p, n);
  OPENSSL_free(der);
  if (!pub) return throw_openssl(ctx, exc, "Failed to get public key");
  return wrap_pkey(ctx, self, pub);
}

/* ---- raw components (JWK, ECDH, raw OKP keys) */

static void set_bn(nodec_runtime *rt, JSObjectRef o, EVP_PKEY *k, const char *param, const char *name) {
  JSValueRef b = bn_param_buffer(rt, k, param);
  if (b) nodec_set(rt->ctx, o, name, b);
}

static JSValueRef octets(nodec_runtime *rt, EVP_PKEY *k, const char *param) {
  size_t len = 0;
  if (EVP_PKEY_get_octet_string_param(k, param, NULL, 0, &len) != 1 || len == 0) {
    ERR_clear_error();
    return NULL;
  }
  uint8_t *p = malloc(len);
  if (!p) abort();
  EVP_PKEY_get_octet_string_param(k, param, p, len, &len);
  return nodec_new_buffer(rt, p, len);
}

/* keyComponents(h) -> {n,e,d,p,q,dp,dq,qi} | {x,y,d,pub} | {pub, priv} as Buffers. */
NODEC_FN(key_components) {
  (void)self;
  EVP_PKEY *k = pkey_of(ctx, ARG(0), exc);
  if (!k) return NULL;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  const char *type = pkey_type_name(k);
  if (strncmp(type, "rsa", 3) == 0) {
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_N, "n");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_E, "e");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_D, "d");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_FACTOR1, "p");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_FACTOR2, "q");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_EXPONENT1, "dp");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_EXPONENT2, "dq");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, "qi");
  } else if (strcmp(type, "ec") == 0) {
    set_bn(rt, o, k, OSSL_PKEY_PARAM_EC_PUB_X, "x");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_EC_PUB_Y, "y");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_PRIV_KEY, "d");
    JSValueRef pub = octets(rt, k, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY);
    if (pub) nodec_set(ctx, o, "pub", pub);
  } else if (strcmp(type, "dh") == 0 || strcmp(type, "dsa") == 0) {
    set_bn(rt, o, k, OSSL_PKEY_PARAM_PUB_KEY, "pub");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_PRIV_KEY, "priv");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_FFC_P, "p");
    set_bn(rt, o, k, OSSL_PKEY_PARAM_FFC_G, "g");
  } else {
    JSValueRef pub = octets(rt, k, OSSL_PKEY_PARAM_PUB_KEY), priv = octets(rt, k, OSSL_PKEY_PARAM_PRIV_KEY);
    if (pub) nodec_set(ctx, o, "pub", pub);
    if (priv) nodec_set(ctx, o, "priv", priv);
  }
  ERR_clear_error();
  return o;
}

static bool push_bn(JSContextRef ctx, OSSL_PARAM_BLD *bld, JSObjectRef o, const char *name, const char *param,
                    BIGNUM **tmp) {
  size_t n;
  uint8_t *p = nodec_bytes(ctx, nodec_get(ctx, o, name), &n, NULL);
  if (!p) return false;
  *tmp = BN_bin2bn(p, (int)n, NULL);
  return *tmp && OSSL_PARAM_BLD_push_BN(bld, param, *tmp) == 1;
}

/* keyFromComponents(type, {components}, wantPrivate) -> handle.
 * type: 'rsa' | 'ec:<curve>' | 'ed25519' | 'x25519' | ... | 'dh' */
NODEC_FN(key_from_components) {
  (void)rt;
  char *type = get_cstring(ctx, ARG(0));
  if (!type || !JSValueIsObject(ctx, ARG(1))) {
    free(type);
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_JWK", "Invalid JWK data");
  }
  JSObjectRef o = (JSObjectRef)ARG(1);
  bool want_private = JSValueToBoolean(ctx, ARG(2));
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  BIGNUM *bns[8] = {0};
  const char *alg = NULL;
  bool ok = true;
  uint8_t *pub = NULL;
  if (strcmp(type, "rsa") == 0) {
    alg = "RSA";
    ok = push_bn(ctx, bld, o, "n", OSSL_PKEY_PARAM_RSA_N, &bns[0]) && push_bn(ctx, bld, o, "e", OSSL_PKEY_PARAM_RSA_E, &bns[1]);
    if (ok && want_private) {
      ok = push_bn(ctx, bld, o, "d", OSSL_PKEY_PARAM_RSA_D, &bns[2]);
      if (ok && push_bn(ctx, bld, o, "p", OSSL_PKEY_PARAM_RSA_FACTOR1, &bns[3])) {
        ok = push_bn(ctx, bld, o, "q", OSSL_PKEY_PARAM_RSA_FACTOR2, &bns[4]) &&
             push_bn(ctx, bld, o, "dp", OSSL_PKEY_PARAM_RSA_EXPONENT1, &bns[5]) &&
             push_bn(ctx, bld, o, "dq", OSSL_PKEY_PARAM_RSA_EXPONENT2, &bns[6]) &&
             push_bn(ctx, bld, o, "qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1, &bns[7]);
      }
    }
  } else if (strcmp(type, "dh") == 0) {
    alg = "DH";
    ok = push_bn(ctx, bld, o, "p", OSSL_PKEY_PARAM_FFC_P, &bns[0]) && push_bn(ctx, bld, o, "g", OSSL_PKEY_PARAM_FFC_G, &bns[1]) &&
         push_bn(ctx, bld, o, "pub", OSSL_PKEY_PARAM_PUB_KEY, &bns[2]);
    if (ok && want_private) ok = push_bn(ctx, bld, o, "priv", OSSL_PKEY_PARAM_PRIV_KEY, &bns[3]);
  } else if (strncmp(type, "ec:", 3) == 0) {
    alg = "EC";
    const char *curve = type + 3;
    int nid = OBJ_sn2nid(curve);
    if (nid == NID_undef) nid = EC_curve_nist2nid(curve);
    EC_GROUP *group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : NULL;
    size_t nx, ny;
    uint8_t *x = nodec_bytes(ctx, nodec_get(ctx, o, "x"), &nx, NULL), *y = nodec_bytes(ctx, nodec_get(ctx, o, "y"), &ny, NULL);
    size_t fl = group ? ((size_t)EC_GROUP_get_degree(group) + 7) / 8 : 0;
    if (!group || !x || !y || nx > fl || ny > fl) ok = false;
    else {
      /* The uncompressed point 04 || X || Y with coordinates left-padded to the field size. */
      pub = calloc(1, 1 + 2 * fl);
      if (!pub) abort();
      pub[0] = 4;
      memcpy(pub + 1 + fl - nx, x, nx);
      memcpy(pub + 1 + 2 * fl - ny, y, ny);
      ok = OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0) == 1 &&
           OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub, 1 + 2 * fl) == 1;
      if (ok && want_private) ok = push_bn(ctx, bld, o, "d", OSSL_PKEY_PARAM_PRIV_KEY, &bns[0]);
    }
    EC_GROUP_free(group);
  } else {
    /* OKP: raw public / private bytes. */
    static const char *okp[][2] = {{"ed25519", "ED25519"}, {"ed448", "ED448"}, {"x25519", "X25519"}, {"x448", "X448"}};
    for (size_t i = 0; i < 4; i++)
      if (strcmp(type, okp[i][0]) == 0) alg = okp[i][1];
    size_t n;
    uint8_t *p;
    if (!alg) ok = false;
    else if (want_private && (p = nodec_bytes(ctx, nodec_get(ctx, o, "priv"), &n, NULL)) != NULL)
      ok = OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PRIV_KEY, p, n) == 1;
    else if (!want_private && (p = nodec_bytes(ctx, nodec_get(ctx, o, "pub"), &n, NULL)) != NULL)
      ok = OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, p, n) == 1;
    else ok = false;
  }
  EVP_PKEY *pkey = NULL;
  OSSL_PARAM *params = ok ? OSSL_PARAM_BLD_to_param(bld) : NULL;
  if (params) {
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, alg, NULL);
    if (!pctx || EVP_PKEY_fromdata_init(pctx) != 1 ||
        EVP_PKEY_fromdata(pctx, &pkey, want_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params) != 1)
      pkey = NULL;
    EVP_PKEY_CTX_free(pctx);
  }
  /* An EC public key must be on the curve. */
  if (pkey && strcmp(alg, "EC") == 0) {
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
    bool valid = c && EVP_PKEY_public_check(c) == 1;
    EVP_PKEY_CTX_free(c);
    if (!valid) {
      EVP_PKEY_free(pkey);
      pkey = NULL;
    }
  }
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  for (size_t i = 0; i < 8; i++) BN_clear_free(bns[i]);
  free(pub);
  free(type);
  if (!pkey) {
    ERR_clear_error();
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_JWK", "Invalid JWK data");
  }
  return wrap_pkey(ctx, self, pkey);
}

/* ecPoint(curve, priv) -> uncompressed public point; ecConvert(curve, point, form) -> point in form
 * (2 compressed, 4 uncompressed, 6 hybrid). */
static EC_GROUP *group_of(JSContextRef ctx, JSValueRef v) {
  char *curve = get_cstring(ctx, v);
  int nid = curve ? OBJ_sn2nid(curve) : NID_undef;
  if (curve && nid == NID_undef) nid = EC_curve_nist2nid(curve);
  free(curve);
  return nid == NID_undef ? NULL : EC_GROUP_new_by_curve_name(nid);
}

static JSValueRef point_out(nodec_runtime *rt, EC_GROUP *g, EC_POINT *pt, int form) {
  size_t n = EC_POINT_point2oct(g, pt, (point_conversion_form_t)form, NULL, 0, NULL);
  if (!n) return NULL;
  uint8_t *p = malloc(n);
  if (!p) abort();
  EC_POINT_point2oct(g, pt, (point_conversion_form_t)form, p, n, NULL);
  return nodec_new_buffer(rt, p, n);
}

NODEC_FN(ec_point) {
  (void)self;
  EC_GROUP *g = group_of(ctx, ARG(0));
  if (!g) return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
  size_t n;
  uint8_t *p = nodec_bytes(ctx, ARG(1), &n, exc);
  BIGNUM *priv = p ? BN_bin2bn(p, (int)n, NULL) : NULL;
  EC_POINT *pt = EC_POINT_new(g);
  JSValueRef r = NULL;
  if (priv && !BN_is_zero(priv) && BN_cmp(priv, EC_GROUP_get0_order(g)) < 0 && pt &&
      EC_POINT_mul(g, pt, priv, NULL, NULL, NULL) == 1)
    r = point_out(rt, g, pt, (int)(JSValueIsNumber(ctx, ARG(2)) ? arg_num(ctx, ARG(2)) : 4));
  BN_clear_free(priv);
  EC_POINT_free(pt);
  EC_GROUP_free(g);
  ERR_clear_error();
  if (!r) return nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.");
  return r;
}

NODEC_FN(ec_convert) {
  (void)self;
  EC_GROUP *g = group_of(ctx, ARG(0));
  if (!g) return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
  size_t n;
  uint8_t *p = nodec_bytes(ctx, ARG(1), &n, exc);
  EC_POINT *pt = EC_POINT_new(g);
  JSValueRef r = NULL;
  if (p && pt && EC_POINT_oct2point(g, pt, p, n, NULL) == 1) r = point_out(rt, g, pt, (int)arg_num(ctx, ARG(2)));
  EC_POINT_free(pt);
  EC_GROUP_free(g);
  ERR_clear_error();
  if (!r) return nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Public key is not valid for specified curve");
  return r;
}

/* ---- generation */

typedef struct keygen_req {
  nodec_work w;
  EVP_PKEY_CTX *pctx;
  EVP_PKEY *pkey;
  unsigned long err;
} keygen_req;

static void keygen_run(keygen_req *k) {
  if (EVP_PKEY_generate(k->pctx, &k->pkey) != 1) {
    k->pkey = NULL;
    k->err = ERR_get_error();
  }
  ERR_clear_error();
}

static void keygen_work(nodec_work *w) { keygen_run((keygen_req *)w); }

static JSValueRef keygen_result(JSContextRef ctx, JSObjectRef state_holder, keygen_req *k, JSValueRef *err) {
  if (!k->pkey) {
    *err = openssl_error(ctx, k->err, "Key generation failed");
    return NULL;
  }
  EVP_PKEY *p = k->pkey;
  k->pkey = NULL;
  return wrap_pkey(ctx, state_holder, p);
}

typedef struct keygen_async {
  keygen_req k;
  JSObjectRef binding; /* protected: for the handle class */
} keygen_async;

static JSValueRef keygen_after(nodec_work *w, JSValueRef *err) {
  keygen_async *a = (keygen_async *)w;
  return keygen_result(w->rt->ctx, a->binding, &a->k, err);
}

static void keygen_destroy(nodec_work *w) {
  keygen_async *a = (keygen_async *)w;
  EVP_PKEY_CTX_free(a->k.pctx);
  EVP_PKEY_free(a->k.pkey);
  JSValueUnprotect(w->rt->ctx, a->binding);
  free(a);
}

/* keyGen(type, options, cb?) -> handle. options: {modulusLength, publicExponent(Buffer), namedCurve,
 * divisorLength, hash, mgf1Hash, saltLength, prime(Buffer), generator, primeLength, group}. */
NODEC_FN(key_gen) {
  char *type = get_cstring(ctx, ARG(0));
  JSObjectRef o = JSValueIsObject(ctx, ARG(1)) ? (JSObjectRef)ARG(1) : JSObjectMake(ctx, NULL, NULL);
  if (!type) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Invalid key type");
  const char *alg = NULL;
  static const char *map[][2] = {{"rsa", "RSA"}, {"rsa-pss", "RSA-PSS"}, {"dsa", "DSA"}, {"ec", "EC"},
                                 {"ed25519", "ED25519"}, {"ed448", "ED448"}, {"x25519", "X25519"},
                                 {"x448", "X448"}, {"dh", "DH"}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strcmp(type, map[i][0]) == 0) alg = map[i][1];
  free(type);
  if (!alg) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Invalid key type");
  EVP_PKEY_CTX *pctx = NULL;
  EVP_PKEY *params_key = NULL;
  bool ok = true;
  if (strcmp(alg, "DSA") == 0 || strcmp(alg, "DH") == 0) {
    /* Domain parameters first. */
    EVP_PKEY_CTX *pp = EVP_PKEY_CTX_new_from_name(NULL, alg, NULL);
    ok = pp && EVP_PKEY_paramgen_init(pp) == 1;
    OSSL_PARAM prm[5], *q = prm;
    unsigned int bits = (unsigned int)arg_num(ctx, nodec_get(ctx, o, "modulusLength"));
    unsigned int qbits = (unsigned int)arg_num(ctx, nodec_get(ctx, o, "divisorLength"));
    int gen = (int)arg_num(ctx, nodec_get(ctx, o, "generator"));
    char *group = get_cstring(ctx, nodec_get(ctx, o, "group"));
    size_t plen = 0;
    uint8_t *prime = nodec_bytes(ctx, nodec_get(ctx, o, "prime"), &plen, NULL);
    if (strcmp(alg, "DSA") == 0) {
      *q++ = OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_FFC_PBITS, &bits);
      if (qbits) *q++ = OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_FFC_QBITS, &qbits);
    } else if (group) {
      *q++ = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0);
    } else if (!prime) {
      unsigned int pbits = (unsigned int)arg_num(ctx, nodec_get(ctx, o, "primeLength"));
      *q++ = OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_FFC_PBITS, &pbits);
      if (gen) *q++ = OSSL_PARAM_construct_int(OSSL_PKEY_PARAM_DH_GENERATOR, &gen);
      *q++ = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_FFC_TYPE, "generator", 0);
    }
    *q = OSSL_PARAM_construct_end();
    if (ok && prime && strcmp(alg, "DH") == 0) {
      /* Given prime and generator: build the parameters directly. */
      OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
      BIGNUM *p = BN_bin2bn(prime, (int)plen, NULL), *g = BN_new();
      BN_set_word(g, gen ? (BN_ULONG)gen : 2);
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p);
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g);
      OSSL_PARAM *ps = OSSL_PARAM_BLD_to_param(bld);
      ok = EVP_PKEY_fromdata_init(pp) == 1 && EVP_PKEY_fromdata(pp, &params_key, EVP_PKEY_KEY_PARAMETERS, ps) == 1;
      OSSL_PARAM_free(ps);
      OSSL_PARAM_BLD_free(bld);
      BN_free(p);
      BN_free(g);
    } else if (ok) {
      ok = EVP_PKEY_CTX_set_params(pp, prm) == 1 && EVP_PKEY_generate(pp, &params_key) == 1;
    }
    free(group);
    EVP_PKEY_CTX_free(pp);
    if (ok) pctx = EVP_PKEY_CTX_new_from_pkey(NULL, params_key, NULL);
    EVP_PKEY_free(params_key);
    ok = ok && pctx && EVP_PKEY_keygen_init(pctx) == 1;
  } else {
    pctx = EVP_PKEY_CTX_new_from_name(NULL, alg, NULL);
    ok = pctx && EVP_PKEY_keygen_init(pctx) == 1;
    if (ok && strncmp(alg, "RSA", 3) == 0) {
      OSSL_PARAM prm[6], *q = prm;
      size_t bits = (size_t)arg_num(ctx, nodec_get(ctx, o, "modulusLength"));
      *q++ = OSSL_PARAM_construct_size_t(OSSL_PKEY_PARAM_RSA_BITS, &bits);
      size_t elen = 0;
      uint8_t *e = nodec_bytes(ctx, nodec_get(ctx, o, "publicExponent"), &elen, NULL);
      uint8_t ebuf[8] = {0};
      /* OSSL_PARAM integers are native-endian unsigned. */
      uint64_t ev = 0;
      for (size_t i = 0; e && i < elen && i < 8; i++) ev = (ev << 8) | e[i];
      memcpy(ebuf, &ev, 8);
      if (e) *q++ = OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_RSA_E, ebuf, 8);
      char *md = get_cstring(ctx, nodec_get(ctx, o, "hash")), *mgf = get_cstring(ctx, nodec_get(ctx, o, "mgf1Hash"));
      if (md) *q++ = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_RSA_DIGEST, md, 0);
      if (mgf) *q++ = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, mgf, 0);
      int salt = (int)arg_num(ctx, nodec_get(ctx, o, "saltLength"));
      if (JSValueIsNumber(ctx, nodec_get(ctx, o, "saltLength")))
        *q++ = OSSL_PARAM_construct_int(OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt);
      *q = OSSL_PARAM_construct_end();
      ok = EVP_PKEY_CTX_set_params(pctx, prm) == 1;
      free(md);
      free(mgf);
    } else if (ok && strcmp(alg, "EC") == 0) {
      char *curve = get_cstring(ctx, nodec_get(ctx, o, "namedCurve"));
      int nid = curve ? OBJ_sn2nid(curve) : NID_undef;
      if (curve && nid == NID_undef) nid = EC_curve_nist2nid(curve);
      if (curve && nid == NID_undef) nid = OBJ_ln2nid(curve);
      free(curve);
      if (nid == NID_undef) {
        EVP_PKEY_CTX_free(pctx);
        return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
      }
      char *enc = get_cstring(ctx, nodec_get(ctx, o, "paramEncoding"));
      OSSL_PARAM prm[3] = {
          OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)OBJ_nid2sn(nid), 0),
          OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_EC_ENCODING,
                                           enc && strcmp(enc, "explicit") == 0 ? "explicit" : "named_curve", 0),
          OSSL_PARAM_construct_end(),
      };
      ok = EVP_PKEY_CTX_set_params(pctx, prm) == 1;
      free(enc);
    }
  }
  if (!ok) {
    EVP_PKEY_CTX_free(pctx);
    return throw_openssl(ctx, exc, "Key generation failed");
  }
  if (JSValueIsObject(ctx, ARG(2))) {
    keygen_async *a = calloc(1, sizeof *a);
    if (!a) abort();
    a->k.pctx = pctx;
    a->binding = self;
    JSValueProtect(ctx, self);
    a->k.w.work = keygen_work;
    a->k.w.after = keygen_after;
    a->k.w.destroy = keygen_destroy;
    nodec_queue_work(rt, &a->k.w, (JSObjectRef)ARG(2), NULL);
    return nodec_undefined();
  }
  keygen_req k = {.pctx = pctx};
  keygen_run(&k);
  JSValueRef err = NULL, r = keygen_result(ctx, self, &k, &err);
  EVP_PKEY_CTX_free(pctx);
  if (!r) *exc = err;
  return r;
}

/* ---- signatures */

static bool apply_padding(EVP_PKEY_CTX *pctx, EVP_PKEY *k, int padding, int salt_len) {
  if (!EVP_PKEY_is_a(k, "RSA") && !EVP_PKEY_is_a(k, "RSA-PSS")) return true;
  if (padding > 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) != 1) return false;
  if ((padding == RSA_PKCS1_PSS_PADDING || EVP_PKEY_is_a(k, "RSA-PSS")) && salt_len != -100)
    if (EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, salt_len) != 1) return false;
  return true;
}

static size_t order_bytes(EVP_PKEY *k) {
  if (EVP_PKEY_is_a(k, "EC")) return (size_t)(EVP_PKEY_get_bits(k) + 7) / 8;
  if (EVP_PKEY_is_a(k, "DSA")) {
    BIGNUM *q = NULL;
    size_t n = 0;
    if (EVP_PKEY_get_bn_param(k, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) n = (size_t)BN_num_bytes(q);
    BN_free(q);
    return n;
  }
  return 0;
}

/* DER ECDSA/DSA signature <-> IEEE P1363 r||s. */
static uint8_t *der_to_p1363(const uint8_t *der, size_t n, size_t order, size_t *out_len) {
  const unsigned char *p = der;
  ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)n);
  if (!sig) return NULL;
  const BIGNUM *r, *s;
  ECDSA_SIG_get0(sig, &r, &s);
  uint8_t *out = calloc(1, 2 * order);
  if (!out) abort();
  BN_bn2binpad(r, out, (int)order);
  BN_bn2binpad(s, out + order, (int)order);
  ECDSA_SIG_free(sig);
  *out_len = 2 * order;
  return out;
}

static uint8_t *p1363_to_der(const uint8_t *raw, size_t n, size_t *out_len) {
  if (n == 0 || n % 2) return NULL;
  ECDSA_SIG *sig = ECDSA_SIG_new();
  BIGNUM *r = BN_bin2bn(raw, (int)(n / 2), NULL), *s = BN_bin2bn(raw + n / 2, (int)(n / 2), NULL);
  ECDSA_SIG_set0(sig, r, s);
  unsigned char *der = NULL;
  int len = i2d_ECDSA_SIG(sig, &der);
  ECDSA_SIG_free(sig);
  if (len <= 0) return NULL;
  uint8_t *out = malloc((size_t)len);
  if (!out) abort();
  memcpy(out, der, (size_t)len);
  OPENSSL_free(der);
  *out_len = (size_t)len;
  return out;
}

/* sign(h, mdName|null, data, padding, saltLength(-100 = default), p1363) -> Buffer */
NODEC_FN(sign) {
  (void)self;
  EVP_PKEY *k = pkey_of(ctx, ARG(0), exc);
  if (!k) return NULL;
  char *md = get_cstring(ctx, ARG(1));
  byte_view data;
  if (!get_bytes(ctx, ARG(2), &data, exc)) {
    free(md);
    return NULL;
  }
  int padding = (int)arg_num(ctx, ARG(3)), salt = JSValueIsNumber(ctx, ARG(4)) ? (int)arg_num(ctx, ARG(4)) : -100;
  bool p1363 = JSValueToBoolean(ctx, ARG(5));
  EVP_MD_CTX *mctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX *pctx = NULL;
  uint8_t *sig = NULL;
  size_t siglen = 0;
  bool ok = mctx && EVP_DigestSignInit_ex(mctx, &pctx, md, NULL, NULL, k, NULL) == 1 &&
            apply_padding(pctx, k, padding, salt) && EVP_DigestSign(mctx, NULL, &siglen, data.p, data.n) == 1;
  if (ok) {
    sig = malloc(siglen ? siglen : 1);
    if (!sig) abort();
    ok = EVP_DigestSign(mctx, sig, &siglen, data.p, data.n) == 1;
  }
  EVP_MD_CTX_free(mctx);
  free_bytes_view(&data);
  free(md);
  if (!ok) {
    free(sig);
    return throw_openssl(ctx, exc, "Signing failed");
  }
  size_t order = order_bytes(k);
  if (p1363 && order) {
    size_t n;
    uint8_t *raw = der_to_p1363(sig, siglen, order, &n);
    free(sig);
    if (!raw) return throw_openssl(ctx, exc, "Signing failed");
    return nodec_new_buffer(rt, raw, n);
  }
  return nodec_new_buffer(rt, sig, siglen);
}

/* verify(h, mdName|null, data, signature, padding, saltLength, p1363) -> bool */
NODEC_FN(verify) {
  NODEC_UNUSED_FN_ARGS;
  EVP_PKEY *k = pkey_of(ctx, ARG(0), exc);
  if (!k) return NULL;
  char *md = get_cstring(ctx, ARG(1));
  byte_view data, sig;
  if (!get_bytes(ctx, ARG(2), &data, exc)) {
    free(md);
    return NULL;
  }
  if (!get_bytes(ctx, ARG(3), &sig, exc)) {
    free(md);
    free_bytes_view(&data);
    return NULL;
  }
  int padding = (int)arg_num(ctx, ARG(4)), salt = JSValueIsNumber(ctx, ARG(5)) ? (int)arg_num(ctx, ARG(5)) : -100;
  bool p1363 = JSValueToBoolean(ctx, ARG(6));
  const uint8_t *sp = sig.p;
  size_t sn = sig.n;
  uint8_t *der = NULL;
  size_t order = order_bytes(k);
  if (p1363 && order) {
    if (sn != 2 * order) sn = 0;
    else {
      der = p1363_to_der(sig.p, sig.n, &sn);
      sp = der;
    }
  }
  EVP_MD_CTX *mctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX *pctx = NULL;
  int r = -1;
  bool init = mctx && EVP_DigestVerifyInit_ex(mctx, &pctx, md, NULL, NULL, k, NULL) == 1 &&
              apply_padding(pctx, k, padding, salt);
  if (init && sp && sn) r = EVP_DigestVerify(mctx, sp, sn, data.p, data.n);
  else if (init) r = 0;
  EVP_MD_CTX_free(mctx);
  free(der);
  free(md);
  free_bytes_view(&data);
  free_bytes_view(&sig);
  if (!init) return throw_openssl(ctx, exc, "Verification failed");
  ERR_clear_error();
  return nodec_boolean(r == 1);
}

/* pkeyCrypt(op, h, data, padding, oaepHash|null, label|null) -> Buffer
 * op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt */
NODEC_FN(pkey_crypt) {
  (void)self;
  int op = (int)arg_num(ctx, ARG(0));
  EVP_PKEY *k = pkey_of(ctx, ARG(1), exc);
  if (!k) return NULL;
  byte_view data, label = {0};
  if (!get_bytes(ctx, ARG(2), &data, exc)) return NULL;
  bool has_label = JSValueIsObject(ctx, ARG(5)) && get_bytes(ctx, ARG(5), &label, exc);
  int padding = (int)arg_num(ctx, ARG(3));
  char *oaep = get_cstring(ctx, ARG(4));
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, k, NULL);
  int ok = pctx != NULL;
  if (ok) {
    switch (op) {
      case 0: ok = EVP_PKEY_encrypt_init(pctx); break;
      case 1: ok = EVP_PKEY_decrypt_init(pctx); break;
      case 2: ok = EVP_PKEY_sign_init(pctx); break;
      default: ok = EVP_PKEY_verify_recover_init(pctx); break;
    }
    ok = ok == 1 && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) == 1;
  }
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (oaep) ok = EVP_PKEY_CTX_set_rsa_oaep_md_name(pctx, oaep, NULL) == 1;
    if (ok && has_label && label.n) {
      void *l = OPENSSL_memdup(label.p, label.n);
      ok = EVP_PKEY_CTX_set0_rsa_oaep_label(pctx, l, (int)label.n) == 1;
      if (!ok) OPENSSL_free(l);
    }
  }
  size_t outlen = 0;
  uint8_t *out = NULL;
  if (ok) {
    switch (op) {
      case 0: ok = EVP_PKEY_encrypt(pctx, NULL, &outlen, data.p, data.n) == 1; break;
      case 1: ok = EVP_PKEY_decrypt(pctx, NULL, &outlen, data.p, data.n) == 1; break;
      case 2: ok = EVP_PKEY_sign(pctx, NULL, &outlen, data.p, data.n) == 1; break;
      default: ok = EVP_PKEY_verify_recover(pctx, NULL, &outlen, data.p, data.n) == 1; break;
    }
  }
  if (ok) {
    out = malloc(outlen ? outlen : 1);
    if (!out) abort();
    switch (op) {
      case 0: ok = EVP_PKEY_encrypt(pctx, out, &outlen, data.p, data.n) == 1; break;
      case 1: ok = EVP_PKEY_decrypt(pctx, out, &outlen, data.p, data.n) == 1; break;
      case 2: ok = EVP_PKEY_sign(pctx, out, &outlen, data.p, data.n) == 1; break;
      default: ok = EVP_PKEY_verify_recover(pctx, out, &outlen, data.p, data.n) == 1; break;
    }
  }
  EVP_PKEY_CTX_free(pctx);
  free(oaep);
  free_bytes_view(&data);
  free_bytes_view(&label);
  if (!ok) {
    free(out);
    return throw_openssl(ctx, exc, "Operation failed");
  }
  return nodec_new_buffer(rt, out, outlen);
}

/* derive(privateHandle, publicHandle) -> shared secret Buffer */
NODEC_FN(derive) {
  (void)self;
  EVP_PKEY *priv = pkey_of(ctx, ARG(0), exc), *pub = priv ? pkey_of(ctx, ARG(1), exc) : NULL;
  if (!priv || !pub) return NULL;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, priv, NULL);
  size_t n = 0;
  uint8_t *out = NULL;
  bool ok = pctx && EVP_PKEY_derive_init(pctx) == 1;
  if (ok && EVP_PKEY_is_a(priv, "DH")) {
    /* Classic DH secrets are zero-padded to the size of the prime, as node. */
    int pad = 1;
    OSSL_PARAM prm[] = {OSSL_PARAM_construct_int(OSSL_EXCHANGE_PARAM_PAD, &pad), OSSL_PARAM_construct_end()};
    ok = EVP_PKEY_CTX_set_params(pctx, prm) == 1;
  }
  ok = ok && EVP_PKEY_derive_set_peer(pctx, pub) == 1 && EVP_PKEY_derive(pctx, NULL, &n) == 1;
  if (ok) {
    out = malloc(n ? n : 1);
    if (!out) abort();
    ok = EVP_PKEY_derive(pctx, out, &n) == 1;
  }
  EVP_PKEY_CTX_free(pctx);
  if (!ok) {
    free(out);
    return throw_openssl(ctx, exc, "Failed to derive shared secret");
  }
  return nodec_new_buffer(rt, out, n);
}

/* Primes: checkPrime(bytes, checks[, cb]) -> bool; generatePrime(bits, safe, add|null, rem|null[, cb])
 * -> Buffer. With cb the work runs on the pool. */
typedef struct prime_req {
  nodec_work w;
  bool generate, safe;
  int bits, checks, result;
  BIGNUM *bn, *add, *rem;
  unsigned long err;
} prime_req;

static void prime_run(prime_req *r) {
  BN_CTX *bctx = BN_CTX_new();
  if (!bctx) r->result = -1;
  else if (r->generate) {
    r->bn = BN_new();
    r->result = r->bn && BN_generate_prime_ex2(r->bn, r->bits, r->safe, r->add, r->rem, NULL, bctx) == 1 ? 1 : -1;
  } else {
    int v = BN_check_prime(r->bn, bctx, NULL);
    r->result = v < 0 ? -1 : v;
  }
  if (r->result < 0) r->err = ERR_get_error();
  ERR_clear_error();
  BN_CTX_free(bctx);
}

static void prime_work(nodec_work *w) { prime_run((prime_req *)w); }

static JSValueRef prime_result(nodec_runtime *rt, prime_req *r, JSValueRef *err) {
  JSContextRef ctx = rt->ctx;
  if (r->result < 0) {
    *err = openssl_error(ctx, r->err, r->generate ? "Prime generation failed" : "Prime check failed");
    return NULL;
  }
  if (!r->generate) return nodec_boolean(r->result == 1);
  size_t n = (size_t)BN_num_bytes(r->bn);
  uint8_t *p = malloc(n ? n : 1);
  if (!p) abort();
  BN_bn2bin(r->bn, p);
  return nodec_new_buffer(rt, p, n);
}

static JSValueRef prime_after(nodec_work *w, JSValueRef *err) { return prime_result(w->rt, (prime_req *)w, err); }

static void prime_free(prime_req *r) {
  BN_free(r->bn);
  BN_free(r->add);
  BN_free(r->rem);
}

static void prime_destroy(nodec_work *w) {
  prime_free((prime_req *)w);
  free(w);
}

static JSValueRef prime_dispatch(nodec_runtime *rt, JSContextRef ctx, prime_req *r, JSValueRef cb, JSValueRef *exc) {
  if (JSValueIsObject(ctx, cb)) {
    prime_req *a = malloc(sizeof *a);
    if (!a) abort();
    *a = *r;
    a->w.work = prime_work;
    a->w.after = prime_after;
    a->w.destroy = prime_destroy;
    nodec_queue_work(rt, &a->w, (JSObjectRef)cb, NULL);
    return nodec_undefined();
  }
  prime_run(r);
  JSValueRef err = NULL, res = prime_result(rt, r, &err);
  prime_free(r);
  if (!res) *exc = err;
  return res;
}

NODEC_FN(check_prime) {
  (void)self;
  size_t n;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &n, exc);
  prime_req r = {0};
  r.checks = (int)arg_num(ctx, ARG(1));
  r.bn = BN_bin2bn(p ? p : (const uint8_t *)"", (int)n, NULL);
  if (!r.bn) return throw_openssl(ctx, exc, "Invalid candidate");
  return prime_dispatch(rt, ctx, &r, ARG(2), exc);
}

NODEC_FN(generate_prime) {
  (void)self;
  prime_req r = {0};
  r.generate = true;
  r.bits = (int)arg_num(ctx, ARG(0));
  r.safe = JSValueToBoolean(ctx, ARG(1));
  size_t na = 0, nr = 0;
  uint8_t *a = nodec_bytes(ctx, ARG(2), &na, NULL), *rm = nodec_bytes(ctx, ARG(3), &nr, NULL);
  if (a) r.add = BN_bin2bn(a, (int)na, NULL);
  if (rm) r.rem = BN_bin2bn(rm, (int)nr, NULL);
  return prime_dispatch(rt, ctx, &r, ARG(4), exc);
}

/* ---- X.509 */

typedef struct x509_handle {
  crypto_handle base;
  X509 *x;
} x509_handle;

static void x509_destroy(crypto_handle *h) {
  X509_free(((x509_handle *)h)->x);
  free(h);
}

NODEC_FN(x509_parse) {
  (void)rt;
  byte_view d;
  if (!get_bytes(ctx, ARG(0), &d, exc)) return NULL;
  BIO *bio = BIO_new_mem_buf(d.p, (int)d.n);
  X509 *x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  if (!x) {
    ERR_clear_error();
    const unsigned char *p = d.p;
    x = d2i_X509(NULL, &p, (long)d.n);
  }
  BIO_free(bio);
  free_bytes_view(&d);
  if (!x) return throw_openssl(ctx, exc, "Failed to parse certificate");
  x509_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_X509;
  h->base.destroy = x509_destroy;
  h->x = x;
  return make_handle(ctx, cstate(ctx, self), &h->base);
}

static JSValueRef bio_string(JSContextRef ctx, BIO *bio) {
  char *p;
  long n = BIO_get_mem_data(bio, &p);
  JSValueRef s = nodec_string_n(ctx, p, (size_t)n);
  BIO_free(bio);
  return s;
}

static JSValueRef name_string(JSContextRef ctx, X509_NAME *name) {
  BIO *bio = BIO_new(BIO_s_mem());
  X509_NAME_print_ex(bio, name, 0, (XN_FLAG_SEP_MULTILINE | ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_ESC_CTRL) & ~ASN1_STRFLGS_ESC_MSB);
  return bio_string(ctx, bio);
}

static JSValueRef time_string(JSContextRef ctx, const ASN1_TIME *t) {
  BIO *bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, t);
  return bio_string(ctx, bio);
}

static JSValueRef fingerprint(JSContextRef ctx, X509 *x, const EVP_MD *md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  X509_digest(x, md, buf, &n);
  char s[EVP_MAX_MD_SIZE * 3 + 1] = {0};
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned i = 0; i < n; i++) {
    s[3 * i] = hex[buf[i] >> 4];
    s[3 * i + 1] = hex[buf[i] & 15];
    s[3 * i + 2] = i + 1 < n ? ':' : 0;
  }
  return nodec_string(ctx, s);
}

static JSValueRef ext_string(JSContextRef ctx, X509 *x, int nid) {
  int idx = X509_get_ext_by_NID(x, nid, -1);
  if (idx < 0) return nodec_undefined();
  X509_EXTENSION *ext = X509_get_ext(x, idx);
  BIO *bio = BIO_new(BIO_s_mem());
  if (X509V3_EXT_print(bio, ext, 0, 0) != 1) {
    BIO_free(bio);
    ERR_clear_error();
    return nodec_undefined();
  }
  return bio_string(ctx, bio);
}

NODEC_FN(x509_info) {
  (void)self;
  x509_handle *h = get_handle(ctx, ARG(0), H_X509, exc);
  if (!h) return NULL;
  X509 *x = h->x;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nodec_set(ctx, o, "subject", name_string(ctx, X509_get_subject_name(x)));
  nodec_set(ctx, o, "issuer", name_string(ctx, X509_get_issuer_name(x)));
  nodec_set(ctx, o, "validFrom", time_string(ctx, X509_get0_notBefore(x)));
  nodec_set(ctx, o, "validTo", time_string(ctx, X509_get0_notAfter(x)));
  nodec_set(ctx, o, "subjectAltName", ext_string(ctx, x, NID_subject_alt_name));
  nodec_set(ctx, o, "infoAccess", ext_string(ctx, x, NID_info_access));
  BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  char *hex = serial ? BN_bn2hex(serial) : NULL;
  nodec_set_string(ctx, o, "serialNumber", hex ? hex : "");
  OPENSSL_free(hex);
  BN_free(serial);
  nodec_set(ctx, o, "fingerprint", fingerprint(ctx, x, EVP_sha1()));
  nodec_set(ctx, o, "fingerprint256", fingerprint(ctx, x, EVP_sha256()));
  nodec_set(ctx, o, "fingerprint512", fingerprint(ctx, x, EVP_sha512()));
  nodec_set(ctx, o, "ca", nodec_boolean(X509_check_ca(x) == 1));
  int sig_nid = X509_get_signature_nid(x);
  const X509_ALGOR *alg = NULL;
  X509_get0_signature(NULL, &alg, x);
  if (sig_nid != NID_undef) nodec_set_string(ctx, o, "signatureAlgorithm", OBJ_nid2ln(sig_nid));
  if (alg) {
    const ASN1_OBJECT *obj = NULL;
    X509_ALGOR_get0(&obj, NULL, NULL, alg);
    char oid[128];
    if (obj && OBJ_obj2txt(oid, sizeof oid, obj, 1) > 0) nodec_set_string(ctx, o, "signatureAlgorithmOid", oid);
  }
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  if (n > 0) {
    nodec_set(ctx, o, "raw", new_buffer_copy(rt, der, (size_t)n));
    OPENSSL_free(der);
  }
  BIO *bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, x);
  nodec_set(ctx, o, "pem", bio_string(ctx, bio));
  EVP_PKEY *k = X509_get_pubkey(x);
  if (k) nodec_set(ctx, o, "publicKey", wrap_pkey(ctx, self, k));
  ERR_clear_error();
  return o;
}

/* x509Check(h, kind, value) kind: 0 verify(pkey) 1 checkIssued(x509) 2 checkPrivateKey(pkey) 3 host 4 email 5 ip */
NODEC_FN(x509_check) {
  NODEC_UNUSED_FN_ARGS;
  x509_handle *h = get_handle(ctx, ARG(0), H_X509, exc);
  if (!h) return NULL;
  int kind = (int)arg_num(ctx, ARG(1));
  int r = 0;
  if (kind == 0 || kind == 2) {
    EVP_PKEY *k = pkey_of(ctx, ARG(2), exc);
    if (!k) return NULL;
    r = kind == 0 ? X509_verify(h->x, k) == 1 : X509_check_private_key(h->x, k) == 1;
  } else if (kind == 1) {
    x509_handle *o = get_handle(ctx, ARG(2), H_X509, exc);
    if (!o) return NULL;
    r = X509_check_issued(o->x, h->x) == X509_V_OK;
  } else {
    char *s = get_cstring(ctx, ARG(2));
    if (s) {
      if (kind == 3) r = X509_check_host(h->x, s, 0, 0, NULL) == 1;
      else if (kind == 4) r = X509_check_email(h->x, s, 0, 0) == 1;
      else r = X509_check_ip_asc(h->x, s, 0) == 1;
    }
    free(s);
  }
  ERR_clear_error();
  return nodec_boolean(r);
}

static const nodec_fn functions[] = {
    {"keyParse", key_parse},
    {"keyExport", key_export},
    {"keyInfo", key_info},
    {"keyEquals", key_equals},
    {"keyToPublic", key_to_public},
    {"keyComponents", key_components},
    {"keyFromComponents", key_from_components},
    {"keyGen", key_gen},
    {"ecPoint", ec_point},
    {"ecConvert", ec_convert},
    {"sign", sign},
    {"verify", verify},
    {"pkeyCrypt", pkey_crypt},
    {"derive", derive},
    {"checkPrime", check_prime},
    {"generatePrime", generate_prime},
    {"x509Parse", x509_parse},
    {"x509Info", x509_info},
    {"x509Check", x509_check},
    {NULL, NULL},
};

void crypto_init_keys(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
