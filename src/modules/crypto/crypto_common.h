/* Shared pieces of the crypto module (internalBinding('crypto'), build/modules/crypto.so).
 * Native state lives in "handles": objects of one JSClass whose private data is a crypto_handle
 * (an EVP_MD, a hash context, a cipher context, a key...). The finalizer frees it. Per-runtime state
 * (the handle class, the fetched MAC/KDF methods) hangs off the binding object's prototype, so the
 * module has no global mutable state; JS always calls binding functions as methods of the binding. */
#ifndef NODEC_CRYPTO_COMMON_H
#define NODEC_CRYPTO_COMMON_H

#include <openssl/evp.h>
#include <stdbool.h>
#include "../../runtime/jsbytes_view.h"
#include "../../runtime/threadpool.h"

typedef enum {
  H_MD, H_HASH, H_HMAC, H_CIPHER_ALG, H_CIPHER, H_PKEY, H_X509,
} handle_kind;

typedef struct crypto_handle {
  handle_kind kind;
  void (*destroy)(struct crypto_handle *h);
} crypto_handle;

/* An asymmetric key (H_PKEY). */
typedef struct pkey_handle {
  crypto_handle base;
  EVP_PKEY *pkey;
} pkey_handle;

typedef struct crypto_state {
  JSClassRef handle_class;
  EVP_MAC *hmac;
  EVP_MD_CTX *oneshot; /* reused by crypto.hash() */
} crypto_state;

crypto_state *cstate(JSContextRef ctx, JSObjectRef self);
JSObjectRef make_handle(JSContextRef ctx, crypto_state *st, crypto_handle *h);
/* The handle of the given kind behind v, or NULL with a TypeError thrown. */
void *get_handle(JSContextRef ctx, JSValueRef v, handle_kind kind, JSValueRef *exc);

/* Throw / make node's error for the newest OpenSSL error (clears the queue). `fallback` is the message
 * when the queue is empty. */
JSValueRef throw_openssl(JSContextRef ctx, JSValueRef *exc, const char *fallback);
JSValueRef openssl_error(JSContextRef ctx, unsigned long e, const char *fallback);

/* Bytes of a Buffer/TypedArray/ArrayBuffer argument, or of a string (UTF-8, copied into *owned which
 * the caller frees). Returns false (exception set) for anything else. */
typedef struct byte_view {
  const uint8_t *p;
  size_t n;
  char *owned;
} byte_view;
bool get_bytes(JSContextRef ctx, JSValueRef v, byte_view *out, JSValueRef *exc);
void free_bytes_view(byte_view *b);
/* A copy of the bytes (malloc'd; caller owns), for work on the pool. */
bool copy_bytes(JSContextRef ctx, JSValueRef v, uint8_t **p, size_t *n, JSValueRef *exc);
/* A string argument as a C string (malloc'd), or NULL if not a string. */
char *get_cstring(JSContextRef ctx, JSValueRef v);

JSObjectRef new_buffer_copy(nodec_runtime *rt, const uint8_t *p, size_t n);
JSValueRef num(JSContextRef ctx, double v);
double arg_num(JSContextRef ctx, JSValueRef v);

EVP_MD *crypto_md_of(JSContextRef ctx, JSValueRef v); /* NULL unless a digest handle */
void crypto_init_hash(nodec_runtime *rt, JSObjectRef target);
void crypto_init_kdf(nodec_runtime *rt, JSObjectRef target);
void crypto_init_cipher(nodec_runtime *rt, JSObjectRef target);
void crypto_init_keys(nodec_runtime *rt, JSObjectRef target);
void crypto_init_dh(nodec_runtime *rt, JSObjectRef target);
void crypto_init_spkac(nodec_runtime *rt, JSObjectRef target);

#endif
