/* PBKDF2 (RFC 8018) with HMAC (RFC 2104) for the SHA-1 and SHA-2 digests, over OpenSSL's own SHA
 * functions. Why not PKCS5_PBKDF2_HMAC: in OpenSSL 3.0 each iteration duplicates provider contexts
 * (a malloc, a copy and a free per context) around two one-block hashes, about a third of the
 * time. Here the two pad states are hashed once and each iteration copies a plain struct: measured
 * for sha512 ×100k, 55-77 ms -> 44-50 ms (node 24 on OpenSSL 3.5: 58 ms). The hashing is
 * OpenSSL's; only the HMAC/PBKDF2 composition is ours, checked against PKCS5_PBKDF2_HMAC's output
 * by test/js/crypto/pbkdf2_digests.test.js. Other digests still go to PKCS5_PBKDF2_HMAC. */
#define OPENSSL_SUPPRESS_DEPRECATED /* SHA*_Init/Update/Final: deprecated in 3.0, still exported */
#include "pbkdf2_sha.h"

#include <openssl/crypto.h>
#include <openssl/obj_mac.h>
#include <openssl/sha.h>
#include <string.h>

typedef union {
  SHA_CTX s1;
  SHA256_CTX s256;
  SHA512_CTX s512;
} sha_ctx;

typedef struct {
  int (*init)(sha_ctx *c);
  int (*update)(sha_ctx *c, const void *p, size_t n);
  int (*final)(unsigned char *out, sha_ctx *c);
  size_t block, out;
} sha_ops;

static int sha1_init(sha_ctx *c) { return SHA1_Init(&c->s1); }
static int sha1_update(sha_ctx *c, const void *p, size_t n) { return SHA1_Update(&c->s1, p, n); }
static int sha1_final(unsigned char *o, sha_ctx *c) { return SHA1_Final(o, &c->s1); }
static int sha224_init(sha_ctx *c) { return SHA224_Init(&c->s256); }
static int sha224_final(unsigned char *o, sha_ctx *c) { return SHA224_Final(o, &c->s256); }
static int sha256_init(sha_ctx *c) { return SHA256_Init(&c->s256); }
static int sha256_update(sha_ctx *c, const void *p, size_t n) { return SHA256_Update(&c->s256, p, n); }
static int sha256_final(unsigned char *o, sha_ctx *c) { return SHA256_Final(o, &c->s256); }
static int sha384_init(sha_ctx *c) { return SHA384_Init(&c->s512); }
static int sha384_final(unsigned char *o, sha_ctx *c) { return SHA384_Final(o, &c->s512); }
static int sha512_init(sha_ctx *c) { return SHA512_Init(&c->s512); }
static int sha512_update(sha_ctx *c, const void *p, size_t n) { return SHA512_Update(&c->s512, p, n); }
static int sha512_final(unsigned char *o, sha_ctx *c) { return SHA512_Final(o, &c->s512); }

static const sha_ops *ops_for(const EVP_MD *md) {
  static const sha_ops sha1 = {sha1_init, sha1_update, sha1_final, 64, 20};
  static const sha_ops sha224 = {sha224_init, sha256_update, sha224_final, 64, 28};
  static const sha_ops sha256 = {sha256_init, sha256_update, sha256_final, 64, 32};
  static const sha_ops sha384 = {sha384_init, sha512_update, sha384_final, 128, 48};
  static const sha_ops sha512 = {sha512_init, sha512_update, sha512_final, 128, 64};
  switch (EVP_MD_get_type(md)) {
    case NID_sha1: return &sha1;
    case NID_sha224: return &sha224;
    case NID_sha256: return &sha256;
    case NID_sha384: return &sha384;
    case NID_sha512: return &sha512;
    default: return NULL;
  }
}

bool pbkdf2_sha_supported(const EVP_MD *md) { return ops_for(md) != NULL; }

bool pbkdf2_sha(const EVP_MD *md, const uint8_t *pass, size_t npass, const uint8_t *salt, size_t nsalt,
                uint64_t iter, uint8_t *out, size_t nout) {
  const sha_ops *o = ops_for(md);
  if (!o || iter == 0) return false;
  /* HMAC keys longer than a block are hashed first; shorter ones are zero-padded to a block. */
  uint8_t key[128] = {0}, pad[128], u[64] = {0}, t[64] = {0};
  sha_ctx inner, outer, c;
  if (npass > o->block) {
    o->init(&c);
    o->update(&c, pass, npass);
    o->final(key, &c);
  } else if (npass) {
    memcpy(key, pass, npass);
  }
  for (size_t i = 0; i < o->block; i++) pad[i] = key[i] ^ 0x36;
  o->init(&inner);
  o->update(&inner, pad, o->block);
  for (size_t i = 0; i < o->block; i++) pad[i] = key[i] ^ 0x5c;
  o->init(&outer);
  o->update(&outer, pad, o->block);

  for (uint32_t blk = 1; nout; blk++) {
    const uint8_t index[4] = {(uint8_t)(blk >> 24), (uint8_t)(blk >> 16), (uint8_t)(blk >> 8), (uint8_t)blk};
    c = inner;
    o->update(&c, salt, nsalt);
    o->update(&c, index, 4);
    o->final(u, &c);
    c = outer;
    o->update(&c, u, o->out);
    o->final(u, &c);
    memcpy(t, u, o->out);
    for (uint64_t j = 1; j < iter; j++) {
      c = inner;
      o->update(&c, u, o->out);
      o->final(u, &c);
      c = outer;
      o->update(&c, u, o->out);
      o->final(u, &c);
      for (size_t k = 0; k < sizeof t; k++) t[k] ^= u[k];
    }
    size_t n = nout < o->out ? nout : o->out;
    memcpy(out, t, n);
    out += n;
    nout -= n;
  }
  OPENSSL_cleanse(key, sizeof key);
  OPENSSL_cleanse(pad, sizeof pad);
  OPENSSL_cleanse(u, sizeof u);
  OPENSSL_cleanse(t, sizeof t);
  OPENSSL_cleanse(&inner, sizeof inner);
  OPENSSL_cleanse(&outer, sizeof outer);
  OPENSSL_cleanse(&c, sizeof c);
  return true;
}
