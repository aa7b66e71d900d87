/* One compression stream over zlib, brotli or zstd, behind a single step() interface; pure C (no JS),
 * so it can run on a pool thread. The binding (zlib_binding.c) owns one per handle object. */
#ifndef NODEC_ZLIB_CODEC_H
#define NODEC_ZLIB_CODEC_H

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>
#include <zstd.h>

/* node's mode numbers (zlib.constants.DEFLATE ...). */
typedef enum {
  ZM_NONE, ZM_DEFLATE, ZM_INFLATE, ZM_GZIP, ZM_GUNZIP, ZM_DEFLATERAW, ZM_INFLATERAW, ZM_UNZIP,
  ZM_BROTLI_DECODE, ZM_BROTLI_ENCODE, ZM_ZSTD_COMPRESS, ZM_ZSTD_DECOMPRESS,
} zmode;

typedef struct zcodec {
  zmode mode;
  bool live; /* engine state allocated */
  /* The current operation: the engine consumes next_in and fills next_out. */
  const uint8_t *next_in;
  size_t avail_in;
  uint8_t *next_out;
  size_t avail_out;
  int flush;
  /* The last error (err_msg == NULL when none): node's message, errno and code. */
  const char *err_msg;
  int err_no;
  const char *err_code;
  char code_buf[80];
  /* zlib */
  z_stream strm;
  int level, window_bits, mem_level, strategy;
  uint8_t *dict;
  size_t dict_len;
  int gzip_id_read; /* UNZIP: bytes of the gzip magic seen so far (2 = it is gzip, -1 = it is not) */
  /* brotli / zstd: parameters as (key, value) pairs, kept for reset() */
  uint32_t *params;
  size_t nparams;
  BrotliEncoderState *benc;
  BrotliDecoderState *bdec;
  ZSTD_CCtx *zc;
  ZSTD_DCtx *zd;
  uint64_t pledged; /* zstd: pledged source size, UINT64_MAX when unknown */
  bool done; /* brotli/zstd decoders: the first stream/frame ended; later input is ignored */
} zcodec;

/* Sets up the engine. dict (copied) may be NULL. params: (key, value) pairs for brotli/zstd.
 * Returns false with err_* set (message "Initialization failed" style) on failure. */
bool zcodec_init(zcodec *c, zmode mode, int level, int window_bits, int mem_level, int strategy,
                 const uint8_t *dict, size_t dict_len, const uint32_t *params, size_t nparams,
                 uint64_t pledged);
/* One engine call over next_in/next_out with `flush` (plus gzip member continuation).
 * Returns false with err_* set on a stream error. */
bool zcodec_step(zcodec *c);
bool zcodec_reset(zcodec *c);
/* deflateParams; false with err_* set on failure. */
bool zcodec_params(zcodec *c, int level, int strategy);
void zcodec_free(zcodec *c);

#endif
