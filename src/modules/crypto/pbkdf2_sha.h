/* PBKDF2-HMAC over OpenSSL's SHA-1/SHA-2 functions without per-iteration context copies (see
 * pbkdf2_sha.c for why). */
#ifndef NODEC_PBKDF2_SHA_H
#define NODEC_PBKDF2_SHA_H

#include <openssl/evp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether pbkdf2_sha handles this digest (SHA-1, SHA-224/256/384/512). */
bool pbkdf2_sha_supported(const EVP_MD *md);
/* Derives nout bytes into out; false when the digest is not supported or iter is 0. Runs on any
 * thread: it touches no shared state. */
bool pbkdf2_sha(const EVP_MD *md, const uint8_t *pass, size_t npass, const uint8_t *salt, size_t nsalt,
                uint64_t iter, uint8_t *out, size_t nout);

#endif
