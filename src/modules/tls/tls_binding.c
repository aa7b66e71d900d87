/* internalBinding('tls_wrap') (build/modules/tls.so): SecureContext (secure_context.c), TLSConn
 * (tls_wrap.c) and certificate objects (x509.c). This file: the binding's init and shared helpers. */
#include <openssl/err.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tls_common.h"

static const char *lib_code(int lib) {
  switch (lib) {
#define L(x) case ERR_LIB_##x: return #x;
    L(BN) L(RSA) L(DH) L(EVP) L(BUF) L(OBJ) L(PEM) L(DSA) L(X509) L(ASN1) L(CONF) L(CRYPTO)
    L(EC) L(BIO) L(PKCS7) L(X509V3) L(PKCS12) L(RAND) L(DSO) L(OCSP) L(UI) L(OSSL_STORE)
    L(CMS) L(TS) L(HMAC) L(CT) L(ASYNC) L(KDF) L(SM2) L(USER)
#undef L
  default: return NULL;
  }
}

JSObjectRef tls_openssl_error(JSContextRef ctx, const char *fallback) {
  unsigned long e = 0, x;
  while ((x = ERR_get_error()) != 0) if (!e) e = x; /* the first error is the cause */
  char msg[300];
  if (!e) snprintf(msg, sizeof msg, "%s", fallback ? fallback : "Unknown error");
  else ERR_error_string_n(e, msg, sizeof msg);
  JSValueRef m = nodec_string(ctx, msg);
  JSObjectRef err = JSObjectMakeError(ctx, 1, &m, NULL);
  if (!e) return err;
  const char *lib = ERR_lib_error_string(e), *reason = ERR_reason_error_string(e);
  if (lib) nodec_set_string(ctx, err, "library", lib);
  if (reason) {
    nodec_set_string(ctx, err, "reason", reason);
    char code[240];
    int n;
    if (ERR_GET_LIB(e) == ERR_LIB_SSL) n = snprintf(code, sizeof code, "ERR_SSL_");
    else {
      const char *lc = lib_code(ERR_GET_LIB(e));
      n = snprintf(code, sizeof code, "ERR_OSSL_%s%s", lc ? lc : "", lc ? "_" : "");
    }
    for (const char *r = reason; *r && n < (int)sizeof code - 1; r++)
      code[n++] = (*r == ' ' || *r == '-') ? '_' : (char)toupper((unsigned char)*r);
    code[n] = 0;
    nodec_set_string(ctx, err, "code", code);
  }
  return err;
}

JSValueRef tls_throw_openssl(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
  *exc = tls_openssl_error(ctx, fallback);
  return NULL;
}

JSObjectRef tls_buffer(nodec_runtime *rt, const uint8_t *p, size_t n) {
  uint8_t *b = malloc(n ? n : 1);
  if (!b) abort();
  if (n) memcpy(b, p, n);
  return nodec_new_buffer(rt, b, n);
}

const uint8_t *tls_bytes(JSContextRef ctx, JSValueRef v, size_t *n, char **owned, JSValueRef *exc) {
  *owned = NULL;
  if (JSValueIsString(ctx, v)) {
    *owned = nodec_to_utf8(ctx, v, n, exc);
    return (const uint8_t *)*owned;
  }
  uint8_t *p = nodec_bytes(ctx, v, n, exc);
  if (!p) {
    if (JSValueIsObject(ctx, v) && JSValueGetTypedArrayType(ctx, v, NULL) != kJSTypedArrayTypeNone) {
      static const uint8_t empty[1];
      *n = 0;
      return empty;
    }
    nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "Expected a string or a buffer");
  }
  return p;
}

void nodec_binding_init_tls_wrap(nodec_runtime *rt, JSObjectRef target);
void nodec_binding_init_tls_wrap(nodec_runtime *rt, JSObjectRef target) {
  tls_classes *c = calloc(1, sizeof *c);
  if (!c) abort();
  tls_init_context(rt, target, c);
  tls_init_conn(rt, target, c);
  JSContextRef ctx = rt->ctx;
  nodec_set_string(ctx, target, "opensslVersion", OpenSSL_version(OPENSSL_VERSION_STRING));
  nodec_set_number(ctx, target, "TLS1_VERSION", TLS1_VERSION);
  nodec_set_number(ctx, target, "TLS1_1_VERSION", TLS1_1_VERSION);
  nodec_set_number(ctx, target, "TLS1_2_VERSION", TLS1_2_VERSION);
  nodec_set_number(ctx, target, "TLS1_3_VERSION", TLS1_3_VERSION);
}
