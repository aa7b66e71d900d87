/* The engines behind node:zlib: zlib (deflate/inflate and wrappers), brotli and zstd. Each step()
 * is one library call over the current in/out windows; error reporting follows node: message,
 * errno (the library's code) and a code name (Z_DATA_ERROR, ERR__ERROR_FORMAT_..., ZSTD_error_...). */
#include "codec.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zstd_errors.h>

static bool fail(zcodec *c, const char *msg, int err_no, const char *code) {
  c->err_msg = msg;
  c->err_no = err_no;
  c->err_code = code;
  return false;
}

static const char *zlib_code_name(int err) {
  switch (err) {
  case Z_OK: return "Z_OK";
  case Z_STREAM_END: return "Z_STREAM_END";
  case Z_NEED_DICT: return "Z_NEED_DICT";
  case Z_ERRNO: return "Z_ERRNO";
  case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
  case Z_DATA_ERROR: return "Z_DATA_ERROR";
  case Z_MEM_ERROR: return "Z_MEM_ERROR";
  case Z_BUF_ERROR: return "Z_BUF_ERROR";
  case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
  default: return "Z_UNKNOWN_ERROR";
  }
}

static const char *zstd_code_name(ZSTD_ErrorCode e) {
  switch (e) {
#define N(x) case ZSTD_error_##x: return "ZSTD_error_" #x;
    N(no_error) N(GENERIC) N(prefix_unknown) N(version_unsupported) N(frameParameter_unsupported)
    N(frameParameter_windowTooLarge) N(corruption_detected) N(checksum_wrong) N(literals_headerWrong)
    N(dictionary_corrupted) N(dictionary_wrong) N(dictionaryCreation_failed) N(parameter_unsupported)
    N(parameter_combination_unsupported) N(parameter_outOfBound) N(tableLog_tooLarge)
    N(maxSymbolValue_tooLarge) N(maxSymbolValue_tooSmall) N(stabilityCondition_notRespected)
    N(stage_wrong) N(init_missing) N(memory_allocation) N(workSpace_tooSmall) N(dstSize_tooSmall)
    N(srcSize_wrong) N(dstBuffer_null)
#undef N
  default: return "ZSTD_error_GENERIC";
  }
}

static bool zstd_fail(zcodec *c, size_t ret) {
  ZSTD_ErrorCode e = ZSTD_getErrorCode(ret);
  return fail(c, ZSTD_getErrorName(ret), (int)e, zstd_code_name(e));
}

static bool is_deflate(zmode m) { return m == ZM_DEFLATE || m == ZM_GZIP || m == ZM_DEFLATERAW; }
static bool is_zlib(zmode m) { return m >= ZM_DEFLATE && m <= ZM_UNZIP; }

static int zlib_window_bits(zcodec *c) {
  int wb = c->window_bits;
  switch (c->mode) {
  case ZM_GZIP: return 16 + (wb == 8 ? 9 : wb);
  case ZM_GUNZIP: return 16 + wb;
  case ZM_UNZIP: return 32 + wb;
  case ZM_DEFLATERAW: return -(wb == 8 ? 9 : wb);
  case ZM_INFLATERAW: return -(wb ? wb : 15);
  default: return wb;
  }
}

/* Dictionaries a stream takes up front (deflate always; raw inflate has no header to ask for one). */
static bool zlib_set_dict_upfront(zcodec *c) {
  if (!c->dict) return true;
  int err = Z_OK;
  if (c->mode == ZM_DEFLATE || c->mode == ZM_DEFLATERAW)
    err = deflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
  else if (c->mode == ZM_INFLATERAW)
    err = inflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
  if (err != Z_OK) return fail(c, "Failed to set dictionary", err, zlib_code_name(err));
  return true;
}

static bool brotli_make(zcodec *c) {
  if (c->mode == ZM_BROTLI_ENCODE) {
    c->benc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    if (!c->benc) return false;
    for (size_t i = 0; i < c->nparams; i++)
      if (!BrotliEncoderSetParameter(c->benc, (BrotliEncoderParameter)c->params[2 * i], c->params[2 * i + 1]))
        return false;
  } else {
    c->bdec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!c->bdec) return false;
    for (size_t i = 0; i < c->nparams; i++)
      if (!BrotliDecoderSetParameter(c->bdec, (BrotliDecoderParameter)c->params[2 * i], c->params[2 * i + 1]))
        return false;
  }
  return true;
}

static void brotli_drop(zcodec *c) {
  if (c->benc) BrotliEncoderDestroyInstance(c->benc);
  if (c->bdec) BrotliDecoderDestroyInstance(c->bdec);
  c->benc = NULL;
  c->bdec = NULL;
}

bool zcodec_init(zcodec *c, zmode mode, int level, int window_bits, int mem_level, int strategy,
                 const uint8_t *dict, size_t dict_len, const uint32_t *params, size_t nparams,
                 uint64_t pledged) {
  c->mode = mode;
  c->level = level;
  c->window_bits = window_bits;
  c->mem_level = mem_level;
  c->strategy = strategy;
  c->pledged = pledged;
  if (dict && dict_len) {
    c->dict = malloc(dict_len);
    if (!c->dict) return fail(c, "Initialization failed", Z_MEM_ERROR, "ERR_ZLIB_INITIALIZATION_FAILED");
    memcpy(c->dict, dict, dict_len);
    c->dict_len = dict_len;
  }
  if (nparams) {
    c->params = malloc(nparams * 2 * sizeof *params);
    if (!c->params) return fail(c, "Initialization failed", Z_MEM_ERROR, "ERR_ZLIB_INITIALIZATION_FAILED");
    memcpy(c->params, params, nparams * 2 * sizeof *params);
    c->nparams = nparams;
  }
  if (is_zlib(mode)) {
    memset(&c->strm, 0, sizeof c->strm);
    int err = is_deflate(mode)
                  ? deflateInit2(&c->strm, level, Z_DEFLATED, zlib_window_bits(c), mem_level, strategy)
                  : inflateInit2(&c->strm, zlib_window_bits(c));
    if (err != Z_OK) {
      memset(&c->strm, 0, sizeof c->strm);
      return fail(c, "Initialization failed", err, "ERR_ZLIB_INITIALIZATION_FAILED");
    }
    c->live = true;
    return zlib_set_dict_upfront(c);
  }
  if (mode == ZM_BROTLI_ENCODE || mode == ZM_BROTLI_DECODE) {
    c->live = true;
    if (!brotli_make(c)) return fail(c, "Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
    return true;
  }
  if (mode == ZM_ZSTD_COMPRESS) {
    c->zc = ZSTD_createCCtx();
    c->live = true;
    if (!c->zc) return fail(c, "Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
    for (size_t i = 0; i < c->nparams; i++) {
      size_t r = ZSTD_CCtx_setParameter(c->zc, (ZSTD_cParameter)c->params[2 * i], (int)c->params[2 * i + 1]);
      if (ZSTD_isError(r)) return zstd_fail(c, r);
    }
    if (c->dict) {
      size_t r = ZSTD_CCtx_loadDictionary(c->zc, c->dict, c->dict_len);
      if (ZSTD_isError(r)) return zstd_fail(c, r);
    }
    if (pledged != UINT64_MAX) {
      size_t r = ZSTD_CCtx_setPledgedSrcSize(c->zc, pledged);
      if (ZSTD_isError(r)) return zstd_fail(c, r);
    }
    return true;
  }
  if (mode == ZM_ZSTD_DECOMPRESS) {
    c->zd = ZSTD_createDCtx();
    c->live = true;
    if (!c->zd) return fail(c, "Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
    for (size_t i = 0; i < c->nparams; i++) {
      size_t r = ZSTD_DCtx_setParameter(c->zd, (ZSTD_dParameter)c->params[2 * i], (int)c->params[2 * i + 1]);
      if (ZSTD_isError(r)) return zstd_fail(c, r);
    }
    if (c->dict) {
      size_t r = ZSTD_DCtx_loadDictionary(c->zd, c->dict, c->dict_len);
      if (ZSTD_isError(r)) return zstd_fail(c, r);
    }
    return true;
  }
  return fail(c, "Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
}

/* UNZIP decides gzip-or-zlib from the first two bytes, so it knows whether more members may follow. */
static void unzip_sniff(zcodec *c) {
  const uint8_t *p = c->next_in;
  size_t n = c->avail_in;
  while (n > 0 && c->gzip_id_read >= 0 && c->gzip_id_read < 2) {
    uint8_t want = c->gzip_id_read == 0 ? 0x1f : 0x8b;
    c->gzip_id_read = *p == want ? c->gzip_id_read + 1 : -1;
    p++;
    n--;
  }
}

static int zlib_call(zcodec *c, bool deflating) {
  /* zlib counts in uInt: feed huge windows in slices, continuing while a slice was used up. */
  int err;
  for (;;) {
    uInt in = c->avail_in > UINT_MAX ? UINT_MAX : (uInt)c->avail_in;
    uInt out = c->avail_out > UINT_MAX ? UINT_MAX : (uInt)c->avail_out;
    uint8_t dummy;
    bool sliced = in != c->avail_in || out != c->avail_out;
    c->strm.next_in = (Bytef *)c->next_in;
    c->strm.avail_in = in;
    c->strm.next_out = c->next_out ? c->next_out : &dummy;
    c->strm.avail_out = out;
    err = deflating ? deflate(&c->strm, c->flush) : inflate(&c->strm, c->flush);
    size_t used_in = in - c->strm.avail_in, used_out = out - c->strm.avail_out;
    c->next_in += used_in;
    c->avail_in -= used_in;
    if (c->next_out) c->next_out += used_out;
    c->avail_out -= used_out;
    if (err != Z_OK || !sliced || c->avail_in == 0 || c->avail_out == 0) return err;
  }
}

static bool zlib_step(zcodec *c) {
  int err;
  if (is_deflate(c->mode)) {
    err = zlib_call(c, true);
  } else {
    if (c->mode == ZM_UNZIP) unzip_sniff(c);
    err = zlib_call(c, false);
    if (err == Z_NEED_DICT && c->dict) {
      err = inflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
      if (err == Z_OK) err = zlib_call(c, false);
      else if (err == Z_DATA_ERROR) err = Z_NEED_DICT; /* reported as "Bad dictionary" */
    }
    /* A gzip file may hold several members; trailing zero bytes are padding, not a member. */
    bool gzip = c->mode == ZM_GUNZIP || (c->mode == ZM_UNZIP && c->gzip_id_read == 2);
    while (gzip && err == Z_STREAM_END && c->avail_in > 0 && c->next_in[0] != 0) {
      inflateReset(&c->strm);
      err = zlib_call(c, false);
    }
  }
  switch (err) {
  case Z_OK:
  case Z_BUF_ERROR:
    if (c->avail_out != 0 && c->flush == Z_FINISH)
      return fail(c, "unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
    return true;
  case Z_STREAM_END: return true;
  case Z_NEED_DICT:
    return fail(c, c->dict ? "Bad dictionary" : "Missing dictionary", Z_NEED_DICT, "Z_NEED_DICT");
  default: return fail(c, c->strm.msg ? c->strm.msg : "Zlib error", err, zlib_code_name(err));
  }
}

/* node names brotli errors ERR_ + the library's full enum tail (_ERROR_FORMAT_CL_SPACE); older
 * libraries return only the last part (CL_SPACE), so add the group prefix back. */
static const char *brotli_error_prefix(BrotliDecoderErrorCode e) {
  const char *s = BrotliDecoderErrorString(e);
  if (s[0] == '_') return "";
  if (e <= -1 && e >= -16) return "_ERROR_FORMAT_";
  if (e <= -21 && e >= -30) return "_ERROR_ALLOC_";
  return e < 0 ? "_ERROR_" : "_";
}

static bool brotli_step(zcodec *c) {
  static const uint8_t none = 0;
  const uint8_t *in = c->next_in ? c->next_in : &none;
  uint8_t dummy;
  uint8_t *out = c->next_out ? c->next_out : &dummy;
  size_t out_before = c->avail_out;
  bool ok = true;
  if (c->mode == ZM_BROTLI_ENCODE) {
    ok = BrotliEncoderCompressStream(c->benc, (BrotliEncoderOperation)c->flush, &c->avail_in, &in,
                                     &c->avail_out, &out, NULL);
  } else if (!c->done) {
    BrotliDecoderResult r = BrotliDecoderDecompressStream(c->bdec, &c->avail_in, &in, &c->avail_out, &out, NULL);
    if (r == BROTLI_DECODER_RESULT_SUCCESS) c->done = true;
    else if (r == BROTLI_DECODER_RESULT_ERROR) {
      BrotliDecoderErrorCode e = BrotliDecoderGetErrorCode(c->bdec);
      snprintf(c->code_buf, sizeof c->code_buf, "ERR_%s%s", brotli_error_prefix(e), BrotliDecoderErrorString(e));
      ok = fail(c, "Decompression failed", (int)e, c->code_buf);
    } else if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && c->flush == BROTLI_OPERATION_FINISH) {
      ok = fail(c, "unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
    }
  }
  if (c->next_in) c->next_in = in;
  if (c->next_out) c->next_out += out_before - c->avail_out;
  if (!ok && !c->err_msg) return fail(c, "Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED");
  return ok;
}

static bool zstd_step(zcodec *c) {
  ZSTD_inBuffer in = {c->next_in, c->avail_in, 0};
  ZSTD_outBuffer out = {c->next_out, c->avail_out, 0};
  bool ok = true;
  if (c->mode == ZM_ZSTD_COMPRESS) {
    size_t r = ZSTD_compressStream2(c->zc, &out, &in, (ZSTD_EndDirective)c->flush);
    if (ZSTD_isError(r)) ok = zstd_fail(c, r);
  } else if (!c->done) {
    size_t r = ZSTD_decompressStream(c->zd, &out, &in);
    if (ZSTD_isError(r)) ok = zstd_fail(c, r);
    else if (r == 0) c->done = true;
    else if (c->flush == ZSTD_e_end && in.pos == in.size && out.pos < out.size)
      ok = fail(c, "unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
  }
  if (c->next_in) c->next_in += in.pos;
  c->avail_in -= in.pos;
  if (c->next_out) c->next_out += out.pos;
  c->avail_out -= out.pos;
  return ok;
}

bool zcodec_step(zcodec *c) {
  c->err_msg = NULL;
  if (!c->live) return fail(c, "zlib binding closed", Z_STREAM_ERROR, "Z_STREAM_ERROR");
  if (is_zlib(c->mode)) return zlib_step(c);
  if (c->mode == ZM_BROTLI_ENCODE || c->mode == ZM_BROTLI_DECODE) return brotli_step(c);
  return zstd_step(c);
}

bool zcodec_reset(zcodec *c) {
  c->err_msg = NULL;
  c->done = false;
  if (!c->live) return true;
  if (is_zlib(c->mode)) {
    int err = is_deflate(c->mode) ? deflateReset(&c->strm) : inflateReset(&c->strm);
    c->gzip_id_read = 0;
    if (err != Z_OK) return fail(c, c->strm.msg ? c->strm.msg : "Failed to reset stream", err, zlib_code_name(err));
    return zlib_set_dict_upfront(c);
  }
  if (c->mode == ZM_BROTLI_ENCODE || c->mode == ZM_BROTLI_DECODE) {
    brotli_drop(c);
    if (!brotli_make(c)) return fail(c, "Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
    return true;
  }
  size_t r = c->zc ? ZSTD_CCtx_reset(c->zc, ZSTD_reset_session_only) : ZSTD_DCtx_reset(c->zd, ZSTD_reset_session_only);
  if (ZSTD_isError(r)) return zstd_fail(c, r);
  if (c->zc && c->pledged != UINT64_MAX) {
    r = ZSTD_CCtx_setPledgedSrcSize(c->zc, c->pledged);
    if (ZSTD_isError(r)) return zstd_fail(c, r);
  }
  return true;
}

bool zcodec_params(zcodec *c, int level, int strategy) {
  c->err_msg = NULL;
  if (!c->live || !is_deflate(c->mode)) return true;
  /* deflateParams may compress pending input; the caller flushed, so an empty window is enough. */
  uint8_t dummy;
  c->strm.next_in = &dummy;
  c->strm.avail_in = 0;
  c->strm.next_out = &dummy;
  c->strm.avail_out = 0;
  int err = deflateParams(&c->strm, level, strategy);
  if (err != Z_OK && err != Z_BUF_ERROR)
    return fail(c, "Failed to set parameters", err, zlib_code_name(err));
  c->level = level;
  c->strategy = strategy;
  return true;
}

void zcodec_free(zcodec *c) {
  if (c->live) {
    if (is_zlib(c->mode)) {
      if (is_deflate(c->mode)) deflateEnd(&c->strm);
      else inflateEnd(&c->strm);
    }
    brotli_drop(c);
    if (c->zc) ZSTD_freeCCtx(c->zc);
    if (c->zd) ZSTD_freeDCtx(c->zd);
    c->zc = NULL;
    c->zd = NULL;
    c->live = false;
  }
  free(c->dict);
  free(c->params);
  c->dict = NULL;
  c->params = NULL;
  c->dict_len = c->nparams = 0;
}
