/* Symmetric ciphers: cipher method handles (fetched once per name, cached by the JS side) and cipher
 * contexts with AEAD support (GCM, CCM, OCB, ChaCha20-Poly1305). Argument checking is in JS. */
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"

typedef struct cipher_alg {
  crypto_handle base;
  EVP_CIPHER *cipher;
} cipher_alg;

typedef struct cipher_handle {
  crypto_handle base;
  EVP_CIPHER_CTX *ctx;
  int mode;
  bool encrypt, aead, tag_set, finished;
  int tag_len;
  uint8_t tag[16];
} cipher_handle;

static void alg_destroy(crypto_handle *h) {
  EVP_CIPHER_free(((cipher_alg *)h)->cipher);
  free(h);
}
static void cipher_destroy(crypto_handle *h) {
  EVP_CIPHER_CTX_free(((cipher_handle *)h)->ctx);
  free(h);
}

static const char *mode_name(const EVP_CIPHER *c) {
  if (EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305) return "stream";
  switch (EVP_CIPHER_get_mode(c)) {
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_XTS_MODE: return "xts";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_OCB_MODE: return "ocb";
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    default: return "";
  }
}

static bool is_aead(const EVP_CIPHER *c) { return (EVP_CIPHER_get_flags(c) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0; }

EVP_CIPHER *crypto_cipher_of(JSContextRef ctx, JSValueRef v) {
  crypto_handle *h = JSValueIsObject(ctx, v) ? JSObjectGetPrivate((JSObjectRef)v) : NULL;
  return h && h->kind == H_CIPHER_ALG ? ((cipher_alg *)h)->cipher : NULL;
}

/* getCipher(name | nid) -> handle {name, nid, keyLength, ivLength, blockSize, mode, aead} or undefined. */
NODEC_FN(get_cipher) {
  (void)rt, (void)exc;
  EVP_CIPHER *c = NULL;
  if (JSValueIsNumber(ctx, ARG(0))) {
    const EVP_CIPHER *legacy = EVP_get_cipherbynid((int)arg_num(ctx, ARG(0)));
    if (legacy) c = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
  } else {
    char *name = get_cstring(ctx, ARG(0));
    if (name) {
      c = EVP_CIPHER_fetch(NULL, name, NULL);
      if (!c) {
        const EVP_CIPHER *legacy = EVP_get_cipherbyname(name);
        if (legacy) c = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
      }
    }
    free(name);
  }
  ERR_clear_error();
  if (!c) return nodec_undefined();
  cipher_alg *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_CIPHER_ALG;
  h->base.destroy = alg_destroy;
  h->cipher = c;
  JSObjectRef o = make_handle(ctx, cstate(ctx, self), &h->base);
  const char *sn = OBJ_nid2sn(EVP_CIPHER_get_nid(c));
  nodec_set_string(ctx, o, "name", sn && EVP_CIPHER_get_nid(c) != NID_undef ? sn : EVP_CIPHER_get0_name(c));
  nodec_set_number(ctx, o, "nid", EVP_CIPHER_get_nid(c));
  nodec_set_number(ctx, o, "keyLength", EVP_CIPHER_get_key_length(c));
  nodec_set_number(ctx, o, "ivLength", EVP_CIPHER_get_iv_length(c));
  nodec_set_number(ctx, o, "blockSize", EVP_CIPHER_get_block_size(c));
  nodec_set_string(ctx, o, "mode", mode_name(c));
  nodec_set(ctx, o, "aead", nodec_boolean(is_aead(c)));
  nodec_set(ctx, o, "variableKey", nodec_boolean((EVP_CIPHER_get_flags(c) & EVP_CIPH_VARIABLE_LENGTH) != 0));
  return o;
}

/* cipherNew(alg, key, iv|null, encrypt, authTagLength|-1) -> handle */
NODEC_FN(cipher_new) {
  (void)rt;
  EVP_CIPHER *c = crypto_cipher_of(ctx, ARG(0));
  if (!c) return nodec_throw_error(ctx, exc, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  byte_view key, iv = {0};
  if (!get_bytes(ctx, ARG(1), &key, exc)) return NULL;
  bool has_iv = JSValueIsObject(ctx, ARG(2));
  if (has_iv && !get_bytes(ctx, ARG(2), &iv, exc)) {
    free_bytes_view(&key);
    return NULL;
  }
  cipher_handle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->base.kind = H_CIPHER;
  h->base.destroy = cipher_destroy;
  h->ctx = EVP_CIPHER_CTX_new();
  h->encrypt = JSValueToBoolean(ctx, ARG(3));
  h->mode = EVP_CIPHER_get_mode(c);
  h->aead = is_aead(c);
  int tag_len = (int)(JSValueIsNumber(ctx, ARG(4)) ? arg_num(ctx, ARG(4)) : -1);
  h->tag_len = tag_len > 0 ? tag_len : 16;
  const char *why = NULL;
  bool ok = h->ctx && EVP_CipherInit_ex2(h->ctx, c, NULL, NULL, h->encrypt, NULL) == 1;
  if (ok && has_iv && h->aead && iv.n != (size_t)EVP_CIPHER_get_iv_length(c)) {
    ok = EVP_CIPHER_CTX_ctrl(h->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv.n, NULL) == 1;
    if (!ok) why = "Invalid initialization vector";
  }
  if (ok && h->aead && (h->mode == EVP_CIPH_CCM_MODE || h->mode == EVP_CIPH_OCB_MODE || tag_len > 0) &&
      (h->mode == EVP_CIPH_CCM_MODE || h->mode == EVP_CIPH_OCB_MODE || !h->encrypt ? true : false)) {
    /* CCM and OCB need the tag length before the key; GCM takes it at final. */
    if (h->mode == EVP_CIPH_CCM_MODE || h->mode == EVP_CIPH_OCB_MODE)
      ok = EVP_CIPHER_CTX_ctrl(h->ctx, EVP_CTRL_AEAD_SET_TAG, h->tag_len, NULL) == 1;
  }
  if (ok && (EVP_CIPHER_get_flags(c) & EVP_CIPH_VARIABLE_LENGTH) != 0)
    ok = EVP_CIPHER_CTX_set_key_length(h->ctx, (int)key.n) == 1;
  if (ok) {
    ok = EVP_CipherInit_ex2(h->ctx, NULL, key.p, has_iv ? iv.p : NULL, h->encrypt, NULL) == 1;
    if (!ok && !why) why = NULL;
  }
  free_bytes_view(&key);
  free_bytes_view(&iv);
  if (!ok) {
    cipher_destroy(&h->base);
    if (why) {
      ERR_clear_error();
      return nodec_throw_error(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_IV", "%s", why);
    }
    return throw_openssl(ctx, exc, "Cipher initialization failed");
  }
  return make_handle(ctx, cstate(ctx, self), &h->base);
}

/* cipherUpdate(h, data) -> Buffer */
NODEC_FN(cipher_update) {
  (void)self;
  cipher_handle *h = get_handle(ctx, ARG(0), H_CIPHER, exc);
  if (!h) return NULL;
  byte_view in;
  if (!get_bytes(ctx, ARG(1), &in, exc)) return NULL;
  if (in.n > 0x7fffffff - 64) {
    free_bytes_view(&in);
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Input too large");
  }
  size_t cap = in.n + (size_t)EVP_CIPHER_CTX_get_block_size(h->ctx) + 16;
  uint8_t *out = malloc(cap);
  if (!out) abort();
  int n = 0;
  int ok = EVP_CipherUpdate(h->ctx, out, &n, in.p, (int)in.n);
  free_bytes_view(&in);
  if (ok != 1) {
    free(out);
    if (h->mode == EVP_CIPH_CCM_MODE && !h->encrypt) {
      ERR_clear_error();
      return nodec_throw_error(ctx, exc, "Error", NULL, "Unsupported state or unable to authenticate data");
    }
    return throw_openssl(ctx, exc, "Trying to add data in unsupported state");
  }
  return nodec_new_buffer(rt, out, (size_t)n);
}

/* cipherFinal(h) -> Buffer; throws on bad padding or failed authentication (no output then). */
NODEC_FN(cipher_final) {
  (void)self;
  cipher_handle *h = get_handle(ctx, ARG(0), H_CIPHER, exc);
  if (!h) return NULL;
  if (h->aead && !h->encrypt && !h->tag_set && h->mode != EVP_CIPH_CCM_MODE) {
    return nodec_throw_error(ctx, exc, "Error", NULL, "Unsupported state or unable to authenticate data");
  }
  uint8_t out[64];
  int n = 0;
  int ok = 1;
  if (h->mode == EVP_CIPH_CCM_MODE && !h->encrypt) ok = 1; /* CCM authenticated in update */
  else ok = EVP_CipherFinal_ex(h->ctx, out, &n);
  h->finished = true;
  if (ok != 1) {
    if (h->aead) {
      ERR_clear_error();
      return nodec_throw_error(ctx, exc, "Error", NULL, "Unsupported state or unable to authenticate data");
    }
    return throw_openssl(ctx, exc, "Cipher final failed");
  }
  if (h->aead && h->encrypt) {
    if (EVP_CIPHER_CTX_ctrl(h->ctx, EVP_CTRL_AEAD_GET_TAG, h->tag_len, h->tag) != 1)
      return throw_openssl(ctx, exc, "Failed to get authentication tag");
    h->tag_set = true;
  }
  return new_buffer_copy(rt, out, (size_t)n);
}

/* cipherSetAAD(h, aad, plaintextLength|-1) -> bool */
NODEC_FN(cipher_set_aad) {
  NODEC_UNUSED_FN_ARGS;
  cipher_handle *h = get_handle(ctx, ARG(0), H_CIPHER, exc);
  if (!h) return NULL;
  byte_view aad;
  if (!get_bytes(ctx, ARG(1), &aad, exc)) return NULL;
  int n = 0;
  bool ok = true;
  if (h->mode == EVP_CIPH_CCM_MODE) {
    double len = JSValueIsNumber(ctx, ARG(2)) ? arg_num(ctx, ARG(2)) : -1;
    if (len < 0) ok = false;
    else {
      if (!h->encrypt && h->tag_set) ok = EVP_CIPHER_CTX_ctrl(h->ctx, EVP_CTRL_AEAD_SET_TAG, h->tag_len, h->tag) == 1;
      ok = ok && EVP_CipherUpdate(h->ctx, NULL, &n, NULL, (int)len) == 1;
    }
  }
  ok = ok && EVP_CipherUpdate(h->ctx, NULL, &n, aad.p, (int)aad.n) == 1;
  free_bytes_view(&aad);
  ERR_clear_error();
  return nodec_boolean(ok);
}

NODEC_FN(cipher_get_tag) {
  (void)self;
  cipher_handle *h = get_handle(ctx, ARG(0), H_CIPHER, exc);
  if (!h) return NULL;
  if (!h->encrypt || !h->tag_set) return nodec_undefined();
  return new_buffer_copy(rt, h->tag, (size_t)h->tag_len);
}

/* cipherSetTag(h, tag) -> bool */
NODEC_FN(cipher_set_tag) {
  NODEC_UNUSED_FN_ARGS;
  cipher_handle *h = get_handle(ctx, ARG(0), H_CIPHER, exc);
  if (!h) return NULL;
  size_t n;
  uint8_t *p = nodec_bytes(ctx, ARG(1), &n, exc);
  if (!p || n == 0 || n > 16 || h->encrypt || h->finished) return nodec_boolean(false);
  memcpy(h->tag, p, n);
  h->tag_len = (int)n;
  h->tag_set = true;
  bool ok = true;
  /* CCM takes the tag any time before the data (also after setAAD() set the message length). */
  ok = EVP_CIPHER_CTX_ctrl(h->ctx, EVP_CTRL_AEAD_SET_TAG, (int)n, h->tag) == 1;
  ERR_clear_error();
  return nodec_boolean(ok);
}

NODEC_FN(cipher_set_padding) {
  NODEC_UNUSED_FN_ARGS;
  cipher_handle *h = get_handle(ctx, ARG(0), H_CIPHER, exc);
  if (!h) return NULL;
  if (h->finished) return nodec_boolean(false);
  return nodec_boolean(EVP_CIPHER_CTX_set_padding(h->ctx, JSValueToBoolean(ctx, ARG(1))) == 1);
}

static const nodec_fn functions[] = {
    {"getCipher", get_cipher},
    {"cipherNew", cipher_new},
    {"cipherUpdate", cipher_update},
    {"cipherFinal", cipher_final},
    {"cipherSetAAD", cipher_set_aad},
    {"cipherGetTag", cipher_get_tag},
    {"cipherSetTag", cipher_set_tag},
    {"cipherSetPadding", cipher_set_padding},
    {NULL, NULL},
};

void crypto_init_cipher(nodec_runtime *rt, JSObjectRef target) { nodec_set_functions(rt, target, functions); }
