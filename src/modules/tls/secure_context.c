/* SecureContext: one SSL_CTX, configured by lib/_tls_common.js. Methods (all throw node-shaped
 * OpenSSL errors):
 *   init(minVersion, maxVersion, isServerHint)     protocol bounds (0 = library default)
 *   setCert(pem), setKey(pem, passphrase?), addCACert(pem), addCRL(pem), addRootCerts()
 *   setCiphers(list), setCipherSuites(list), setECDHCurve(list|'auto'), setDHParam(pem) -> warning?
 *   setSigalgs(list), setOptions(n), setSessionIdContext(s), setSessionTimeout(sec)
 *   getTicketKeys() -> Buffer(48), setTicketKeys(buf48), loadPKCS12(buf, pass)
 *   getCertificate() / getIssuer() -> DER Buffer | null, setAllowPartialTrustChain(), close()
 * binding.rootCertificates() -> [pem strings] of the system store. */
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/decoder.h>
#include <openssl/x509v3.h>
#include <openssl/rand.h>
#include <openssl/core_names.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tls_common.h"

static void ctx_finalize(JSObjectRef obj) {
  secure_ctx *s = JSObjectGetPrivate(obj);
  if (!s) return;
  SSL_CTX_set_app_data(s->ctx, NULL);
  SSL_CTX_free(s->ctx);
  free(s);
}

secure_ctx *tls_get_context(JSContextRef ctx, JSValueRef v, JSClassRef cls) {
  if (!v || !JSValueIsObjectOfClass(ctx, v, cls)) return NULL;
  secure_ctx *s = JSObjectGetPrivate((JSObjectRef)v);
  return s && s->ctx ? s : NULL;
}

static secure_ctx *self_ctx(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  JSValueRef proto = JSObjectGetPrototype(ctx, self);
  tls_classes *c = JSValueIsObject(ctx, proto) ? JSObjectGetPrivate((JSObjectRef)proto) : NULL;
  secure_ctx *s = c ? tls_get_context(ctx, self, c->ctx_class) : NULL;
  if (!s) nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return s;
}

#define SELF                                                                                         \
  secure_ctx *s = self_ctx(ctx, self, exc);                                                          \
  if (!s) return NULL

static BIO *bio_of(JSContextRef ctx, JSValueRef v, char **owned, JSValueRef *exc) {
  size_t n;
  const uint8_t *p = tls_bytes(ctx, v, &n, owned, exc);
  if (!p) return NULL;
  return BIO_new_mem_buf(p, (int)n);
}

static int pass_cb(char *buf, int size, int rwflag, void *u) {
  (void)rwflag;
  const char *pass = u;
  if (!pass) return -1;
  int n = (int)strlen(pass);
  if (n > size) n = size;
  memcpy(buf, pass, (size_t)n);
  return n;
}

NODEC_FN(sc_init) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  int minv = (int)JSValueToNumber(ctx, ARG(0), NULL), maxv = (int)JSValueToNumber(ctx, ARG(1), NULL);
  if (minv > 0 && !SSL_CTX_set_min_proto_version(s->ctx, minv)) return tls_throw_openssl(ctx, exc, "bad min version");
  if (maxv > 0 && !SSL_CTX_set_max_proto_version(s->ctx, maxv)) return tls_throw_openssl(ctx, exc, "bad max version");
  return nodec_undefined();
}

NODEC_FN(sc_set_cert) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *owned = NULL;
  BIO *b = bio_of(ctx, ARG(0), &owned, exc);
  if (!b) return NULL;
  ERR_clear_error();
  X509 *x = PEM_read_bio_X509_AUX(b, NULL, NULL, NULL);
  JSValueRef r = nodec_undefined();
  if (!x || SSL_CTX_use_certificate(s->ctx, x) != 1) {
    r = tls_throw_openssl(ctx, exc, "Failed to load certificate");
  } else {
    SSL_CTX_clear_chain_certs(s->ctx);
    X509 *extra;
    while ((extra = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL) {
      if (SSL_CTX_add0_chain_cert(s->ctx, extra) != 1) X509_free(extra);
    }
    ERR_clear_error(); /* the end of the PEM data */
  }
  X509_free(x);
  BIO_free(b);
  free(owned);
  return r;
}

NODEC_FN(sc_set_key) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *owned = NULL, *pass = NULL;
  if (JSValueIsString(ctx, ARG(1))) pass = nodec_to_utf8(ctx, ARG(1), NULL, exc);
  else if (JSValueIsObject(ctx, ARG(1))) {
    size_t n;
    char *po = NULL;
    const uint8_t *p = tls_bytes(ctx, ARG(1), &n, &po, exc);
    if (p) {
      pass = malloc(n + 1);
      if (!pass) abort();
      memcpy(pass, p, n);
      pass[n] = 0;
    }
    free(po);
  }
  BIO *b = bio_of(ctx, ARG(0), &owned, exc);
  if (!b) {
    free(pass);
    return NULL;
  }
  ERR_clear_error();
  EVP_PKEY *k = PEM_read_bio_PrivateKey(b, NULL, pass_cb, pass ? pass : (char *)"");
  JSValueRef r = nodec_undefined();
  if (!k) r = tls_throw_openssl(ctx, exc, "Failed to read private key");
  else if (SSL_CTX_use_PrivateKey(s->ctx, k) != 1) r = tls_throw_openssl(ctx, exc, "Failed to use private key");
  EVP_PKEY_free(k);
  BIO_free(b);
  free(owned);
  free(pass);
  return r;
}

static X509_STORE *own_store(secure_ctx *s) { return SSL_CTX_get_cert_store(s->ctx); }

NODEC_FN(sc_add_ca) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *owned = NULL;
  BIO *b = bio_of(ctx, ARG(0), &owned, exc);
  if (!b) return NULL;
  X509 *x;
  int count = 0;
  X509_STORE *st = own_store(s);
  while ((x = PEM_read_bio_X509_AUX(b, NULL, NULL, NULL)) != NULL) {
    X509_STORE_add_cert(st, x);
    SSL_CTX_add_client_CA(s->ctx, x);
    X509_free(x);
    count++;
  }
  ERR_clear_error();
  BIO_free(b);
  free(owned);
  return nodec_number(count);
}

NODEC_FN(sc_add_crl) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *owned = NULL;
  BIO *b = bio_of(ctx, ARG(0), &owned, exc);
  if (!b) return NULL;
  ERR_clear_error();
  X509_CRL *crl = PEM_read_bio_X509_CRL(b, NULL, NULL, NULL);
  JSValueRef r = nodec_undefined();
  if (!crl) {
    r = nodec_throw_error(ctx, exc, "Error", NULL, "Failed to parse CRL");
  } else {
    X509_STORE *st = own_store(s);
    X509_STORE_add_crl(st, crl);
    X509_STORE_set_flags(st, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    X509_CRL_free(crl);
  }
  ERR_clear_error();
  BIO_free(b);
  free(owned);
  return r;
}

NODEC_FN(sc_add_root_certs) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  SSL_CTX_set_default_verify_paths(s->ctx);
  ERR_clear_error();
  return nodec_undefined();
}

static char *str_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) { return nodec_to_utf8(ctx, v, NULL, exc); }

#define STR_SETTER(fname, call, msg)                                                                 \
  NODEC_FN(fname) {                                                                                  \
    NODEC_UNUSED_FN_ARGS;                                                                            \
    SELF;                                                                                            \
    char *str = str_arg(ctx, ARG(0), exc);                                                           \
    if (!str) return NULL;                                                                           \
    ERR_clear_error();                                                                               \
    int ok = (call);                                                                                 \
    free(str);                                                                                       \
    if (ok != 1) return tls_throw_openssl(ctx, exc, msg);                                            \
    return nodec_undefined();                                                                \
  }

/* An empty list clears the TLS 1.2 ciphers: OpenSSL's "no cipher match" is not an error then. */
static int set_cipher_list(SSL_CTX *c, const char *str) {
  if (SSL_CTX_set_cipher_list(c, str) == 1) return 1;
  if (!str[0] && ERR_GET_REASON(ERR_peek_error()) == SSL_R_NO_CIPHER_MATCH) {
    ERR_clear_error();
    return 1;
  }
  return 0;
}
STR_SETTER(sc_set_ciphers, set_cipher_list(s->ctx, str), "Failed to set ciphers")
STR_SETTER(sc_set_ciphersuites, SSL_CTX_set_ciphersuites(s->ctx, str), "Failed to set ciphersuites")
STR_SETTER(sc_set_sigalgs, SSL_CTX_set1_sigalgs_list(s->ctx, str), "Failed to set signature algorithms")

NODEC_FN(sc_set_ecdh_curve) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *str = str_arg(ctx, ARG(0), exc);
  if (!str) return NULL;
  ERR_clear_error();
  int ok = strcmp(str, "auto") == 0 ? 1 : SSL_CTX_set1_groups_list(s->ctx, str);
  free(str);
  if (ok != 1) {
    ERR_clear_error();
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_OPERATION_FAILED", "Failed to set ECDH curve");
  }
  return nodec_undefined();
}

/* Returns undefined, or a warning string when the group is small. */
NODEC_FN(sc_set_dhparam) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  if (JSValueIsString(ctx, ARG(0))) {
    char *str = str_arg(ctx, ARG(0), exc);
    if (!str) return NULL;
    bool isauto = strcmp(str, "auto") == 0;
    free(str);
    if (isauto) {
      SSL_CTX_set_dh_auto(s->ctx, 1);
      return nodec_undefined();
    }
  }
  char *owned = NULL;
  BIO *b = bio_of(ctx, ARG(0), &owned, exc);
  if (!b) return NULL;
  ERR_clear_error();
  EVP_PKEY *dh = PEM_read_bio_Parameters(b, NULL);
  BIO_free(b);
  free(owned);
  if (!dh) {
    ERR_clear_error();
    return nodec_undefined(); /* node ignores unreadable params */
  }
  int bits = EVP_PKEY_get_bits(dh);
  if (bits < 1024) {
    EVP_PKEY_free(dh);
    return nodec_throw_error(ctx, exc, "Error", NULL, "DH parameter is less than 1024 bits");
  }
  SSL_CTX_set_dh_auto(s->ctx, 0);
  if (SSL_CTX_set0_tmp_dh_pkey(s->ctx, dh) != 1) {
    EVP_PKEY_free(dh);
    return tls_throw_openssl(ctx, exc, "Error setting temp DH parameter");
  }
  if (bits < 2048) return nodec_string(ctx, "DH parameter is less than 2048 bits");
  return nodec_undefined();
}

NODEC_FN(sc_set_options) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  double d = JSValueToNumber(ctx, ARG(0), NULL);
  if (d == d && d > 0) SSL_CTX_set_options(s->ctx, (uint64_t)d);
  return nodec_undefined();
}

NODEC_FN(sc_set_sid_ctx) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n;
  char *str = nodec_to_utf8(ctx, ARG(0), &n, exc);
  if (!str) return NULL;
  if (n > SSL_MAX_SID_CTX_LENGTH) n = SSL_MAX_SID_CTX_LENGTH;
  int ok = SSL_CTX_set_session_id_context(s->ctx, (const unsigned char *)str, (unsigned)n);
  free(str);
  if (ok != 1) return tls_throw_openssl(ctx, exc, "Failed to set session id context");
  return nodec_undefined();
}

NODEC_FN(sc_set_session_timeout) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  double d = JSValueToNumber(ctx, ARG(0), NULL);
  SSL_CTX_set_timeout(s->ctx, d == d && d >= 0 ? (long)d : 300);
  return nodec_undefined();
}

NODEC_FN(sc_get_ticket_keys) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  return tls_buffer(rt, s->ticket_keys, sizeof s->ticket_keys);
}

NODEC_FN(sc_set_ticket_keys) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &n, exc);
  if (!p || n != 48) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Session ticket keys must be a 48-byte buffer");
  memcpy(s->ticket_keys, p, 48);
  return nodec_undefined();
}

/* Encrypts/decrypts session tickets with the context's 48-byte keys (AES-128-CBC + HMAC-SHA256). */
static int ticket_cb(SSL *ssl, unsigned char *name, unsigned char *iv, EVP_CIPHER_CTX *ectx, EVP_MAC_CTX *hctx,
                     int enc) {
  SSL_CTX *sc = SSL_get_SSL_CTX(ssl);
  secure_ctx *s = SSL_CTX_get_app_data(sc);
  if (!s) return -1;
  const uint8_t *kname = s->ticket_keys, *hkey = s->ticket_keys + 16, *akey = s->ticket_keys + 32;
  OSSL_PARAM params[3];
  params[0] = OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, (void *)hkey, 16);
  params[1] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"sha256", 0);
  params[2] = OSSL_PARAM_construct_end();
  if (enc) {
    memcpy(name, kname, 16);
    if (RAND_bytes(iv, 16) != 1) return -1;
    if (EVP_EncryptInit_ex(ectx, EVP_aes_128_cbc(), NULL, akey, iv) != 1) return -1;
    if (EVP_MAC_CTX_set_params(hctx, params) != 1) return -1;
    return 1;
  }
  if (memcmp(name, kname, 16) != 0) return 0; /* unknown key: full handshake */
  if (EVP_MAC_CTX_set_params(hctx, params) != 1) return -1;
  if (EVP_DecryptInit_ex(ectx, EVP_aes_128_cbc(), NULL, akey, iv) != 1) return -1;
  return 1;
}

NODEC_FN(sc_load_pkcs12) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n = 0;
  char *owned = NULL;
  const uint8_t *p = tls_bytes(ctx, ARG(0), &n, &owned, exc);
  if (!p) return NULL;
  char *pass = JSValueIsString(ctx, ARG(1)) ? nodec_to_utf8(ctx, ARG(1), NULL, exc) : NULL;
  ERR_clear_error();
  BIO *b = BIO_new_mem_buf(p, (int)n);
  PKCS12 *p12 = d2i_PKCS12_bio(b, NULL);
  EVP_PKEY *pkey = NULL;
  X509 *cert = NULL;
  STACK_OF(X509) *extra = NULL;
  JSValueRef r = nodec_undefined();
  if (!p12 || !PKCS12_parse(p12, pass ? pass : "", &pkey, &cert, &extra)) {
    unsigned long e = ERR_peek_last_error();
    if (p12 && ERR_GET_REASON(e) == ERR_R_UNSUPPORTED) {
      ERR_clear_error();
      r = nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_UNSUPPORTED_OPERATION", "Unsupported PKCS12 PFX data");
    } else if (p12 && ERR_GET_REASON(e) == PKCS12_R_MAC_VERIFY_FAILURE) {
      ERR_clear_error();
      r = nodec_throw_error(ctx, exc, "Error", NULL, "mac verify failure");
    } else if (p12) {
      r = tls_throw_openssl(ctx, exc, "mac verify failure");
    } else {
      ERR_clear_error();
      r = nodec_throw_error(ctx, exc, "Error", NULL, "not enough data");
    }
  } else if (!pkey) {
    r = nodec_throw_error(ctx, exc, "Error", NULL, "Unable to load private key from PFX data");
  } else if (!cert) {
    r = nodec_throw_error(ctx, exc, "Error", NULL, "Unable to load certificate from PFX data");
  } else if (SSL_CTX_use_certificate(s->ctx, cert) != 1 || SSL_CTX_use_PrivateKey(s->ctx, pkey) != 1) {
    r = tls_throw_openssl(ctx, exc, "Unable to use PFX");
  } else {
    for (int i = 0; extra && i < sk_X509_num(extra); i++) {
      X509 *x = sk_X509_value(extra, i);
      X509_STORE_add_cert(own_store(s), x);
      SSL_CTX_add_client_CA(s->ctx, x);
      X509_up_ref(x);
      if (SSL_CTX_add0_chain_cert(s->ctx, x) != 1) X509_free(x);
    }
  }
  EVP_PKEY_free(pkey);
  X509_free(cert);
  sk_X509_pop_free(extra, X509_free);
  PKCS12_free(p12);
  BIO_free(b);
  free(pass);
  free(owned);
  return r;
}

static JSValueRef der_of(nodec_runtime *rt, JSContextRef ctx, X509 *x) {
  (void)ctx;
  if (!x) return nodec_null();
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  if (n <= 0) return nodec_null();
  JSValueRef r = tls_buffer(rt, der, (size_t)n);
  OPENSSL_free(der);
  return r;
}

NODEC_FN(sc_get_certificate) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  return der_of(rt, ctx, SSL_CTX_get0_certificate(s->ctx));
}

NODEC_FN(sc_get_issuer) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  X509 *cert = SSL_CTX_get0_certificate(s->ctx);
  if (!cert) return nodec_null();
  STACK_OF(X509) *chain = NULL;
  SSL_CTX_get0_chain_certs(s->ctx, &chain);
  for (int i = 0; chain && i < sk_X509_num(chain); i++)
    if (X509_check_issued(sk_X509_value(chain, i), cert) == X509_V_OK) return der_of(rt, ctx, sk_X509_value(chain, i));
  X509_STORE *st = own_store(s);
  STACK_OF(X509) *objs = X509_STORE_get1_all_certs(st);
  JSValueRef r = nodec_null();
  for (int i = 0; objs && i < sk_X509_num(objs); i++)
    if (X509_check_issued(sk_X509_value(objs, i), cert) == X509_V_OK) {
      r = der_of(rt, ctx, sk_X509_value(objs, i));
      break;
    }
  sk_X509_pop_free(objs, X509_free);
  return r;
}

/* allowPartialTrustChain: an intermediate certificate in the trust store is a trust anchor. */
NODEC_FN(sc_set_allow_partial_trust_chain) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  X509_STORE_set_flags(own_store(s), X509_V_FLAG_PARTIAL_CHAIN);
  return nodec_undefined();
}

NODEC_FN(sc_close) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  (void)s;
  return nodec_undefined();
}

static const nodec_fn ctx_fns[] = {
    {"init", sc_init},
    {"setCert", sc_set_cert},
    {"setKey", sc_set_key},
    {"addCACert", sc_add_ca},
    {"addCRL", sc_add_crl},
    {"addRootCerts", sc_add_root_certs},
    {"setCiphers", sc_set_ciphers},
    {"setCipherSuites", sc_set_ciphersuites},
    {"setSigalgs", sc_set_sigalgs},
    {"setECDHCurve", sc_set_ecdh_curve},
    {"setDHParam", sc_set_dhparam},
    {"setOptions", sc_set_options},
    {"setSessionIdContext", sc_set_sid_ctx},
    {"setSessionTimeout", sc_set_session_timeout},
    {"getTicketKeys", sc_get_ticket_keys},
    {"setTicketKeys", sc_set_ticket_keys},
    {"loadPKCS12", sc_load_pkcs12},
    {"getCertificate", sc_get_certificate},
    {"getIssuer", sc_get_issuer},
    {"setAllowPartialTrustChain", sc_set_allow_partial_trust_chain},
    {"close", sc_close},
    {NULL, NULL},
};

/* binding.createSecureContext(): a fresh SSL_CTX with its own (empty) trust store. */
NODEC_FN(b_create_context) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef proto = nodec_get(ctx, self, "contextPrototype");
  tls_classes *c = JSValueIsObject(ctx, proto) ? JSObjectGetPrivate((JSObjectRef)proto) : NULL;
  if (!c) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  SSL_CTX *sc = SSL_CTX_new(TLS_method());
  if (!sc) return tls_throw_openssl(ctx, exc, "SSL_CTX_new failed");
  /* OpenSSL 3 refuses client-initiated renegotiation by default; node allows it within its limits
   * (tls.CLIENT_RENEG_LIMIT, checked in JS on each 'handshakestart'). */
  SSL_CTX_set_options(sc, SSL_OP_NO_COMPRESSION | SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
  SSL_CTX_set_mode(sc, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  SSL_CTX_set_min_proto_version(sc, TLS1_2_VERSION);
  SSL_CTX_set_session_cache_mode(sc, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER);
  /* As node, no DHE unless the dhparam option asks for it. */
  tls_setup_ctx_callbacks(sc);
  secure_ctx *s = calloc(1, sizeof *s);
  if (!s) abort();
  s->ctx = sc;
  if (RAND_bytes(s->ticket_keys, sizeof s->ticket_keys) != 1) abort();
  SSL_CTX_set_app_data(sc, s);
  SSL_CTX_set_tlsext_ticket_key_evp_cb(sc, ticket_cb);
  JSObjectRef obj = JSObjectMake(ctx, c->ctx_class, s);
  JSObjectSetPrototype(ctx, obj, proto);
  return obj;
}

/* The system store's certificates as PEM strings. */
NODEC_FN(b_root_certificates) {
  NODEC_UNUSED_FN_ARGS;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  const char *file = getenv(X509_get_default_cert_file_env());
  if (!file) file = X509_get_default_cert_file();
  BIO *b = BIO_new_file(file, "r");
  if (!b) {
    ERR_clear_error();
    return arr;
  }
  X509 *x;
  unsigned i = 0;
  while ((x = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL) {
    BIO *o = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(o, x);
    char *data;
    long n = BIO_get_mem_data(o, &data);
    JSObjectSetPropertyAtIndex(ctx, arr, i++, nodec_string_n(ctx, data, (size_t)n), NULL);
    BIO_free(o);
    X509_free(x);
  }
  ERR_clear_error();
  BIO_free(b);
  return arr;
}

static void push_pem(JSContextRef ctx, JSObjectRef arr, unsigned *i, X509 *x) {
  BIO *o = BIO_new(BIO_s_mem());
  if (!o) abort();
  PEM_write_bio_X509(o, x);
  char *data;
  long n = BIO_get_mem_data(o, &data);
  JSObjectSetPropertyAtIndex(ctx, arr, (*i)++, nodec_string_n(ctx, data, (size_t)n), NULL);
  BIO_free(o);
}

/* Appends the certificates of PEM file `path` (in OpenSSL's PEM encoding); missing files add none. */
static void push_file_certs(JSContextRef ctx, JSObjectRef arr, unsigned *i, const char *path) {
  BIO *b = BIO_new_file(path, "r");
  if (b) {
    X509 *x;
    while ((x = PEM_read_bio_X509(b, NULL, NULL, NULL)) != NULL) {
      push_pem(ctx, arr, i, x);
      X509_free(x);
    }
    BIO_free(b);
  }
  ERR_clear_error();
}

/* binding.systemCertificates(): the certificates of the system's trust store, as OpenSSL finds it:
 * its default certificate file, then the files of its certificate directories (SSL_CERT_FILE and
 * SSL_CERT_DIR override them). PEM strings, possibly repeated (the caller removes duplicates). */
NODEC_FN(b_system_certificates) {
  NODEC_UNUSED_FN_ARGS;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  unsigned i = 0;
  const char *file = getenv(X509_get_default_cert_file_env());
  push_file_certs(ctx, arr, &i, file ? file : X509_get_default_cert_file());
  const char *dirs = getenv(X509_get_default_cert_dir_env());
  if (!dirs) dirs = X509_get_default_cert_dir();
  for (const char *p = dirs; *p;) {
    const char *end = strchr(p, ':');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    char *dir = strndup(p, len);
    if (!dir) abort();
    DIR *d = len > 0 ? opendir(dir) : NULL;
    struct dirent *ent;
    while (d && (ent = readdir(d)) != NULL) {
      if (ent->d_name[0] == '.' || ent->d_type == DT_DIR) continue;
      size_t n = len + strlen(ent->d_name) + 2;
      char *path = malloc(n);
      if (!path) abort();
      snprintf(path, n, "%s/%s", dir, ent->d_name);
      push_file_certs(ctx, arr, &i, path);
      free(path);
    }
    if (d) closedir(d);
    free(dir);
    if (!end) break;
    p = end + 1;
  }
  return arr;
}

/* binding.parseCertificates(stringOrBytes): the PEM certificates in the data, re-encoded by OpenSSL.
 * Text outside BEGIN/END CERTIFICATE blocks is skipped; a block that does not decode throws the
 * OpenSSL error (ERR_OSSL_PEM_*). */
NODEC_FN(b_parse_certificates) {
  NODEC_UNUSED_FN_ARGS;
  char *owned = NULL;
  BIO *b = bio_of(ctx, ARG(0), &owned, exc);
  if (!b) return NULL;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  unsigned i = 0;
  JSValueRef r = arr;
  ERR_clear_error();
  for (;;) {
    X509 *x = PEM_read_bio_X509(b, NULL, NULL, NULL);
    if (!x) {
      unsigned long e = ERR_peek_last_error();
      if (ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE) ERR_clear_error();
      else if (e) {
        /* As node, report the outermost (PEM) error rather than the ASN.1 detail under it. */
        while (ERR_peek_error() != e) ERR_get_error();
        r = tls_throw_openssl(ctx, exc, "Failed to parse certificate");
      }
      break;
    }
    push_pem(ctx, arr, &i, x);
    X509_free(x);
  }
  BIO_free(b);
  free(owned);
  return r;
}

/* binding.getCiphers(): the names of the TLS cipher suites, lower case (node's tls.getCiphers()). */
NODEC_FN(b_get_ciphers) {
  NODEC_UNUSED_FN_ARGS;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  SSL_CTX *sc = SSL_CTX_new(TLS_method());
  SSL *ssl = sc ? SSL_new(sc) : NULL;
  if (ssl) {
    STACK_OF(SSL_CIPHER) *ciphers = SSL_get_ciphers(ssl);
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++) {
      const char *name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i));
      JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, nodec_string(ctx, name), NULL);
    }
  }
  SSL_free(ssl);
  SSL_CTX_free(sc);
  return arr;
}

static const nodec_fn binding_fns[] = {
    {"createSecureContext", b_create_context},
    {"rootCertificates", b_root_certificates},
    {"getCiphers", b_get_ciphers},
    {"systemCertificates", b_system_certificates},
    {"parseCertificates", b_parse_certificates},
    {NULL, NULL},
};

static void classes_finalize(JSObjectRef obj) {
  tls_classes *c = JSObjectGetPrivate(obj);
  if (!c) return;
  JSClassRelease(c->ctx_class);
  JSClassRelease(c->conn_class);
  free(c);
}

void tls_init_context(nodec_runtime *rt, JSObjectRef target, tls_classes *c) {
  JSContextRef ctx = rt->ctx;
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "SecureContext";
  def.finalize = ctx_finalize;
  c->ctx_class = JSClassCreate(&def);
  JSClassDefinition pdef = kJSClassDefinitionEmpty;
  pdef.className = "SecureContextPrototype";
  pdef.finalize = classes_finalize;
  JSClassRef pclass = JSClassCreate(&pdef);
  JSObjectRef proto = JSObjectMake(ctx, pclass, c);
  JSClassRelease(pclass);
  nodec_set_functions(rt, proto, ctx_fns);
  nodec_set(ctx, target, "contextPrototype", proto);
  nodec_set_functions(rt, target, binding_fns);
}
