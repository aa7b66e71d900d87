/* Classic (finite-field) Diffie-Hellman for createDiffieHellman/getDiffieHellman. The state (p, g,
 * pub, priv) lives in JS as big-endian Buffers; each call here does one whole job: the well-known
 * groups, parameter generation, the DH_check-style verification flags, key generation and the
 * shared secret (EVP_PKEY_derive). */
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <stdlib.h>
#include <string.h>
#include "crypto_common.h"

static BIGNUM *bn_arg(JSContextRef ctx, JSValueRef v) {
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, v, &n, NULL);
  if (!p && n) return NULL;
  return BN_bin2bn(p ? p : (const uint8_t *)"", (int)n, NULL);
}

static JSValueRef bn_out(nodec_runtime *rt, const BIGNUM *b, int pad_to) {
  int n = BN_num_bytes(b);
  if (pad_to < n) pad_to = n;
  uint8_t *buf = calloc(1, (size_t)pad_to + 1);
  if (!buf) abort();
  BN_bn2binpad(b, buf, pad_to);
  JSValueRef r = new_buffer_copy(rt, buf, (size_t)pad_to);
  OPENSSL_clear_free(buf, (size_t)pad_to + 1);
  return r;
}

static JSValueRef pair(nodec_runtime *rt, const BIGNUM *a, const BIGNUM *b) {
  JSValueRef v[2] = {bn_out(rt, a, 0), bn_out(rt, b, 0)};
  return JSObjectMakeArray(rt->ctx, 2, v, NULL);
}

/* dhGroup(name) -> [p, g] | undefined */
NODEC_FN(dh_group) {
  (void)self;
  (void)exc;
  char *name = get_cstring(ctx, ARG(0));
  if (!name) return nodec_undefined();
  static const struct {
    const char *name;
    BIGNUM *(*get)(BIGNUM *);
  } groups[] = {
      {"modp1", BN_get_rfc2409_prime_768},   {"modp2", BN_get_rfc2409_prime_1024},
      {"modp5", BN_get_rfc3526_prime_1536},  {"modp14", BN_get_rfc3526_prime_2048},
      {"modp15", BN_get_rfc3526_prime_3072}, {"modp16", BN_get_rfc3526_prime_4096},
      {"modp17", BN_get_rfc3526_prime_6144}, {"modp18", BN_get_rfc3526_prime_8192},
  };
  BIGNUM *p = NULL;
  for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
    if (strcmp(name, groups[i].name) == 0) p = groups[i].get(NULL);
  free(name);
  if (!p) return nodec_undefined();
  BIGNUM *g = BN_new();
  BN_set_word(g, 2);
  JSValueRef r = pair(rt, p, g);
  BN_free(p);
  BN_free(g);
  return r;
}

/* dhGenParams(bits, generator) -> [p, g]: a safe prime of `bits` bits. */
NODEC_FN(dh_gen_params) {
  (void)self;
  double bits = arg_num(ctx, ARG(0)), gen = arg_num(ctx, ARG(1));
  if (!(bits >= 2)) {
    ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
    return throw_openssl(ctx, exc, "modulus too small");
  }
  if (!(gen >= 2) || gen > 0x7fffffff) {
    ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
    return throw_openssl(ctx, exc, "bad generator");
  }
  unsigned int pbits = (unsigned int)bits;
  int g = (int)gen;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
  EVP_PKEY *key = NULL;
  OSSL_PARAM prm[] = {
      OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_FFC_PBITS, &pbits),
      OSSL_PARAM_construct_int(OSSL_PKEY_PARAM_DH_GENERATOR, &g),
      OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_FFC_TYPE, "generator", 0),
      OSSL_PARAM_construct_end(),
  };
  bool ok = pctx && EVP_PKEY_paramgen_init(pctx) == 1 && EVP_PKEY_CTX_set_params(pctx, prm) == 1 &&
            EVP_PKEY_generate(pctx, &key) == 1;
  EVP_PKEY_CTX_free(pctx);
  BIGNUM *p = NULL, *gb = NULL;
  if (ok)
    ok = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_FFC_P, &p) == 1 &&
         EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_FFC_G, &gb) == 1;
  EVP_PKEY_free(key);
  JSValueRef r = ok ? pair(rt, p, gb) : throw_openssl(ctx, exc, "DH parameter generation failed");
  BN_free(p);
  BN_free(gb);
  return r;
}

/* dhCheck(p, g) -> the DH_check flags node reports as verifyError. */
NODEC_FN(dh_check) {
  (void)rt;
  (void)self;
  (void)exc;
  BIGNUM *p = bn_arg(ctx, ARG(0)), *g = bn_arg(ctx, ARG(1));
  BN_CTX *bctx = BN_CTX_new();
  int flags = 0;
  if (!p || !g || !bctx) flags = DH_CHECK_P_NOT_PRIME;
  else {
    if (!BN_is_odd(p)) flags |= DH_CHECK_P_NOT_PRIME;
    BIGNUM *pm1 = BN_dup(p);
    BN_sub_word(pm1, 1);
    if (BN_is_negative(g) || BN_is_zero(g) || BN_is_one(g) || BN_cmp(g, pm1) >= 0) flags |= DH_NOT_SUITABLE_GENERATOR;
    int bits = BN_num_bits(p);
    if (bits < 512) flags |= DH_MODULUS_TOO_SMALL;
    if (bits > 10000) flags |= DH_MODULUS_TOO_LARGE;
    if (bits <= 10000) {
      if (BN_check_prime(p, bctx, NULL) != 1) flags |= DH_CHECK_P_NOT_PRIME;
      else {
        BIGNUM *q = BN_dup(pm1);
        BN_rshift1(q, q);
        if (BN_check_prime(q, bctx, NULL) != 1) flags |= DH_CHECK_P_NOT_SAFE_PRIME;
        BN_free(q);
      }
    }
    BN_free(pm1);
  }
  BN_CTX_free(bctx);
  BN_free(p);
  BN_free(g);
  ERR_clear_error();
  return num(ctx, flags);
}

static EVP_PKEY *dh_key(const BIGNUM *p, const BIGNUM *g, const BIGNUM *pub, const BIGNUM *priv) {
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  if (!bld) return NULL;
  bool ok = OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p) == 1 &&
            OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g) == 1 &&
            (!pub || OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PUB_KEY, pub) == 1) &&
            (!priv || OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, priv) == 1);
  OSSL_PARAM *params = ok ? OSSL_PARAM_BLD_to_param(bld) : NULL;
  OSSL_PARAM_BLD_free(bld);
  EVP_PKEY *key = NULL;
  if (params) {
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, "DH", NULL);
    int sel = priv ? EVP_PKEY_KEYPAIR : pub ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEY_PARAMETERS;
    if (!pctx || EVP_PKEY_fromdata_init(pctx) != 1 || EVP_PKEY_fromdata(pctx, &key, sel, params) != 1) key = NULL;
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
  }
  return key;
}

/* dhGenerate(p, g, priv|null) -> [pub, priv]. Without priv a new private key is made; the public key
 * is always g^priv mod p. */
NODEC_FN(dh_generate) {
  (void)self;
  BIGNUM *p = bn_arg(ctx, ARG(0)), *g = bn_arg(ctx, ARG(1)), *priv = NULL, *pub = NULL;
  bool has_priv = !JSValueIsNull(ctx, ARG(2)) && !JSValueIsUndefined(ctx, ARG(2));
  bool ok = p && g;
  if (ok && has_priv) {
    priv = bn_arg(ctx, ARG(2));
    ok = priv != NULL;
  } else if (ok) {
    EVP_PKEY *params = dh_key(p, g, NULL, NULL), *key = NULL;
    EVP_PKEY_CTX *kctx = params ? EVP_PKEY_CTX_new_from_pkey(NULL, params, NULL) : NULL;
    ok = kctx && EVP_PKEY_keygen_init(kctx) == 1 && EVP_PKEY_generate(kctx, &key) == 1 &&
         EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &priv) == 1;
    EVP_PKEY_CTX_free(kctx);
    EVP_PKEY_free(params);
    EVP_PKEY_free(key);
  }
  if (ok) {
    BN_CTX *bctx = BN_CTX_new();
    pub = BN_new();
    ok = bctx && pub && !BN_is_zero(p) && BN_mod_exp(pub, g, priv, p, bctx) == 1;
    BN_CTX_free(bctx);
  }
  JSValueRef r = ok ? pair(rt, pub, priv) : throw_openssl(ctx, exc, "Key generation failed");
  BN_free(p);
  BN_free(g);
  BN_clear_free(priv);
  BN_free(pub);
  return r;
}

/* dhCompute(p, g, priv, peerPub) -> the shared secret, zero-padded to the size of p. */
NODEC_FN(dh_compute) {
  (void)self;
  BIGNUM *p = bn_arg(ctx, ARG(0)), *g = bn_arg(ctx, ARG(1)), *priv = bn_arg(ctx, ARG(2)), *peer = bn_arg(ctx, ARG(3));
  JSValueRef r = NULL;
  if (!p || !g || !priv || !peer) {
    r = throw_openssl(ctx, exc, "Invalid key");
    goto out;
  }
  BIGNUM *pm1 = BN_dup(p);
  BN_sub_word(pm1, 1);
  bool small = BN_cmp(peer, BN_value_one()) <= 0, large = BN_cmp(peer, pm1) >= 0;
  BN_free(pm1);
  if (small || large) {
    r = nodec_throw_error(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN",
                          small ? "Supplied key is too small" : "Supplied key is too large");
    goto out;
  }
  EVP_PKEY *mine = dh_key(p, g, NULL, priv), *theirs = dh_key(p, g, peer, NULL);
  EVP_PKEY_CTX *dctx = mine && theirs ? EVP_PKEY_CTX_new_from_pkey(NULL, mine, NULL) : NULL;
  int pad = 1;
  OSSL_PARAM prm[] = {OSSL_PARAM_construct_int(OSSL_EXCHANGE_PARAM_PAD, &pad), OSSL_PARAM_construct_end()};
  size_t len = 0;
  uint8_t *secret = NULL;
  bool ok = dctx && EVP_PKEY_derive_init(dctx) == 1 && EVP_PKEY_CTX_set_params(dctx, prm) == 1 &&
            EVP_PKEY_derive_set_peer_ex(dctx, theirs, 0) == 1 && EVP_PKEY_derive(dctx, NULL, &len) == 1;
  if (ok) {
    secret = malloc(len ? len : 1);
    if (!secret) abort();
    ok = EVP_PKEY_derive(dctx, secret, &len) == 1;
  }
  r = ok ? new_buffer_copy(rt, secret, len) : throw_openssl(ctx, exc, "Failed to compute the shared secret");
  if (secret) OPENSSL_clear_free(secret, len);
  EVP_PKEY_CTX_free(dctx);
  EVP_PKEY_free(mine);
  EVP_PKEY_free(theirs);
out:
  BN_free(p);
  BN_free(g);
  BN_clear_free(priv);
  BN_free(peer);
  return r;
}

/* dhBadGenerator() throws OpenSSL's "bad generator" error, as node does for g < 2. */
NODEC_FN(dh_bad_generator) {
  NODEC_UNUSED_FN_ARGS;
  ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
  return throw_openssl(ctx, exc, "bad generator");
}

static const nodec_fn functions[] = {
    {"dhGroup", dh_group},       {"dhGenParams", dh_gen_params},         {"dhCheck", dh_check},
    {"dhGenerate", dh_generate}, {"dhCompute", dh_compute},              {"dhBadGenerator", dh_bad_generator},
    {NULL, NULL},
};

void crypto_init_dh(nodec_runtime *rt, JSObjectRef target) { nodec_set_functions(rt, target, functions); }
