/* Shared pieces of the TLS module (internalBinding('tls_wrap'), build/modules/tls.so).
 * Two kinds of native objects: SecureContext (an SSL_CTX) and TLSConn (an SSL over two memory BIOs).
 * Their JSClasses hang off the prototype objects' private data, so the module has no global mutable
 * state. Everything is freed by the objects' finalizers (or earlier by explicit close/destroy calls). */
#ifndef NODEC_TLS_COMMON_H
#define NODEC_TLS_COMMON_H

#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <stdbool.h>
#include "../../runtime/jsutil.h"

typedef struct tls_classes {
  JSClassRef ctx_class;
  JSClassRef conn_class;
} tls_classes;

typedef struct secure_ctx {
  SSL_CTX *ctx;
  /* Session ticket keys as node has them: name (16) | HMAC key (16) | AES-128 key (16). The SSL_CTX's
   * app data points here; every TLSConn JS object keeps its SecureContext objects alive. */
  uint8_t ticket_keys[48];
} secure_ctx;

/* A new Error for the newest OpenSSL error (clears the queue), node's shape: message, library, reason,
 * code (ERR_SSL_* / ERR_OSSL_*). */
JSObjectRef tls_openssl_error(JSContextRef ctx, const char *fallback);
JSValueRef tls_throw_openssl(JSContextRef ctx, JSValueRef *exc, const char *fallback);
JSObjectRef tls_buffer(nodec_runtime *rt, const uint8_t *p, size_t n);
/* Bytes of a Buffer/TypedArray or a string (UTF-8 copy in *owned, caller frees). */
const uint8_t *tls_bytes(JSContextRef ctx, JSValueRef v, size_t *n, char **owned, JSValueRef *exc);

/* x509.c: node's certificate object (getPeerCertificate shape). */
JSObjectRef tls_x509_object(nodec_runtime *rt, JSContextRef ctx, X509 *x);
const char *tls_verify_code(long err);

/* secure_context.c */
void tls_init_context(nodec_runtime *rt, JSObjectRef target, tls_classes *cls);
secure_ctx *tls_get_context(JSContextRef ctx, JSValueRef v, JSClassRef cls);
/* tls_wrap.c */
void tls_init_conn(nodec_runtime *rt, JSObjectRef target, tls_classes *cls);
void tls_setup_ctx_callbacks(SSL_CTX *c);

#endif
