/* internalBinding('zlib'): compression handles for lib/zlib.js, in build/modules/zlib.so.
 * binding.createHandle(mode) makes a handle (one zcodec) whose methods are
 *   init(level, windowBits, memLevel, strategy, dictionary, params, pledgedSrcSize, writeState)
 *   writeSync(flush, in, inOff, inLen, out, outOff, outLen)      -> undefined | Error
 *   write(flush, in, inOff, inLen, out, outOff, outLen, cb)      -> cb(err) on the thread pool
 *       both leave [availOut, availIn] in writeState (a Uint32Array(2))
 *   processAll(flush, in, inOff, inLen, maxOutputLength)         -> Buffer | Error: a whole job in one call
 *   processAllAsync(flush, in, inOff, inLen, maxOutputLength, cb) -> cb(err, Buffer) on the pool
 *   params(level, strategy), reset()                             -> undefined | Error
 *   close()                                                      frees the engine (after a pending job)
 * Errors are returned, not thrown: JS decides between throwing and emitting 'error'. They carry node's
 * message, errno and code; code 'ERR_BUFFER_TOO_LARGE' means maxOutputLength was exceeded.
 * Per-runtime state (the handle class) is owned by the handle prototype object and found through
 * rt->zlib_state while that object lives: no global state. */
#include <stdlib.h>
#include <string.h>
#include "../../runtime/threadpool.h"
#include <zstd_errors.h>
#include "codec.h"
#include "oneshot.h"

typedef struct zstate {
  nodec_runtime *rt;
  bool oneshot_off;           /* NODEC_ZLIB_ONESHOT=0: whole jobs on zlib only (for comparisons) */
  JSClassRef handle_class;
  JSObjectRef proto;          /* the handle prototype (owns this state) */
  JSStringRef s_write_state;  /* "writeState" */
} zstate;

typedef struct zhandle {
  zcodec c;
  uint32_t *write_state;
  bool oneshot_off;   /* from zstate, read here because pool threads must not touch zstate */
  bool busy;          /* a job is on the pool: the codec belongs to it */
  bool close_pending; /* close() came while busy */
} zhandle;

static void handle_finalize(JSObjectRef obj) {
  zhandle *h = JSObjectGetPrivate(obj);
  if (!h) return;
  zcodec_free(&h->c);
  free(h);
}

static void state_finalize(JSObjectRef obj) {
  zstate *st = JSObjectGetPrivate(obj);
  if (!st) return;
  if (st->rt->zlib_state == st) st->rt->zlib_state = NULL;
  JSClassRelease(st->handle_class);
  JSStringRelease(st->s_write_state);
  free(st);
}

static zhandle *get_handle(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  zstate *st = rt->zlib_state;
  zhandle *h = st && JSValueIsObjectOfClass(ctx, self, st->handle_class) ? JSObjectGetPrivate(self) : NULL;
  if (!h) nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return h;
}

static double num(JSContextRef ctx, JSValueRef v) {
  double d = JSValueToNumber(ctx, v, NULL);
  return d != d ? 0 : d;
}

/* The window [off, off+len) of a typed array argument, clamped to its size. */
static uint8_t *window_of(JSContextRef ctx, JSValueRef v, double off, double len, size_t *out_len,
                          JSValueRef *exc) {
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, v, &n, exc);
  size_t o = off < 0 ? 0 : (size_t)off;
  if (o > n) o = n;
  size_t l = len < 0 ? 0 : (size_t)len;
  if (l > n - o) l = n - o;
  *out_len = l;
  return p ? p + o : NULL;
}

static JSValueRef codec_error(JSContextRef ctx, const zcodec *c) {
  JSValueRef m = nodec_string(ctx, c->err_msg ? c->err_msg : "Zlib error");
  JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
  nodec_set_number(ctx, e, "errno", c->err_no);
  nodec_set_string(ctx, e, "code", c->err_code ? c->err_code : "Z_UNKNOWN_ERROR");
  return e;
}

static JSValueRef too_large_error(JSContextRef ctx) {
  JSValueRef m = nodec_string(ctx, "Cannot create a Buffer larger than maxOutputLength");
  JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
  nodec_set_string(ctx, e, "code", "ERR_BUFFER_TOO_LARGE");
  return e;
}

static JSValueRef busy_error(JSContextRef ctx, JSValueRef *exc) {
  return nodec_throw_error(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib handle used while a write is in progress");
}

NODEC_FN(zh_init) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->c.live || h->busy) return nodec_throw_error(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib handle initialized twice");
  size_t dict_len = 0, params_bytes = 0, ws_len = 0;
  uint8_t *dict = nodec_bytes(ctx, ARG(4), &dict_len, exc);
  uint8_t *params = nodec_bytes(ctx, ARG(5), &params_bytes, exc);
  /* writeState is for streams (write/writeSync); one-shot jobs (processAll) go without. */
  if (!nodec_is_undefined(ARG(7))) {
    uint8_t *ws = nodec_bytes(ctx, ARG(7), &ws_len, exc);
    if (!ws || ws_len < 2 * sizeof(uint32_t))
      return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "writeState must be a Uint32Array(2)");
    h->write_state = (uint32_t *)(void *)ws;
    zstate *st = rt->zlib_state;
    /* keeps the array (and so the pointer) alive */
    JSObjectSetProperty(ctx, self, st->s_write_state, ARG(7), kJSPropertyAttributeDontEnum, NULL);
  }
  double pledged = num(ctx, ARG(6));
  uint32_t *pairs = params ? (uint32_t *)(void *)params : NULL;
  size_t npairs = params_bytes / (2 * sizeof(uint32_t));
  if (!zcodec_init(&h->c, h->c.mode, (int)num(ctx, ARG(0)), (int)num(ctx, ARG(1)), (int)num(ctx, ARG(2)),
                   (int)num(ctx, ARG(3)), dict, dict_len, pairs, npairs,
                   pledged >= 0 ? (uint64_t)pledged : UINT64_MAX))
    return codec_error(ctx, &h->c);
  return nodec_undefined();
}

/* Loads the in/out windows of a write(...) call: args flush, in, inOff, inLen, out, outOff, outLen. */
static void load_write(JSContextRef ctx, zhandle *h, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  size_t in_len, out_len;
  h->c.flush = (int)num(ctx, ARG(0));
  h->c.next_in = window_of(ctx, ARG(1), num(ctx, ARG(2)), num(ctx, ARG(3)), &in_len, exc);
  h->c.avail_in = in_len;
  h->c.next_out = window_of(ctx, ARG(4), num(ctx, ARG(5)), num(ctx, ARG(6)), &out_len, exc);
  h->c.avail_out = out_len;
}

static void store_state(zhandle *h) {
  if (!h->write_state) return;
  h->write_state[0] = (uint32_t)h->c.avail_out;
  h->write_state[1] = (uint32_t)h->c.avail_in;
}

NODEC_FN(zh_write_sync) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) return busy_error(ctx, exc);
  load_write(ctx, h, argc, argv, exc);
  bool ok = zcodec_step(&h->c);
  store_state(h);
  return ok ? nodec_undefined() : codec_error(ctx, &h->c);
}

/* A whole job: run the engine over all input, growing one output buffer, capped at max + 1 bytes. */
typedef struct job {
  nodec_work w; /* first: the thread-pool request */
  zhandle *h;
  bool whole;   /* processAll (else a single write step) */
  bool ok, too_large;
  size_t max_out, used, cap;
  uint8_t *out;
} job;

static size_t first_capacity(const zcodec *c, size_t in_len, size_t max_out) {
  size_t cap;
  switch (c->mode) {
  case ZM_DEFLATE: case ZM_GZIP: case ZM_DEFLATERAW:
    cap = deflateBound((z_streamp)&c->strm, (uLong)in_len) + 64;
    break;
  case ZM_BROTLI_ENCODE: cap = BrotliEncoderMaxCompressedSize(in_len); cap = cap ? cap + 64 : in_len + 1024; break;
  case ZM_ZSTD_COMPRESS: cap = ZSTD_compressBound(in_len) + 64; break;
  default: cap = in_len < (SIZE_MAX / 4) ? in_len * 4 : in_len; break; /* decompression: a guess */
  }
  if (cap < 1024) cap = 1024;
  if (max_out < SIZE_MAX && cap > max_out + 1) cap = max_out + 1;
  return cap;
}

static void run_whole(job *j) {
  zcodec *c = &j->h->c;
  if (!j->h->oneshot_off && zoneshot_run(c, c->flush, j->max_out, &j->out, &j->used, &j->cap)) {
    j->ok = true;
    return;
  }
  j->cap = first_capacity(c, c->avail_in, j->max_out);
  j->out = malloc(j->cap);
  j->used = 0;
  if (!j->out) {
    j->ok = false;
    c->err_msg = "Out of memory";
    c->err_no = Z_MEM_ERROR;
    c->err_code = "Z_MEM_ERROR";
    return;
  }
  for (;;) {
    c->next_out = j->out + j->used;
    c->avail_out = j->cap - j->used;
    size_t before = c->avail_out;
    j->ok = zcodec_step(c);
    j->used += before - c->avail_out;
    if (!j->ok) return;
    if (c->avail_out != 0) return;
    /* The output is full: more may come. */
    size_t limit = j->max_out < SIZE_MAX ? j->max_out + 1 : SIZE_MAX;
    if (j->cap >= limit) {
      j->ok = false;
      j->too_large = true;
      return;
    }
    size_t cap = j->cap < SIZE_MAX / 2 ? j->cap * 2 : SIZE_MAX;
    if (cap > limit) cap = limit;
    uint8_t *p = realloc(j->out, cap);
    if (!p) {
      j->ok = false;
      c->err_msg = "Out of memory";
      c->err_no = Z_MEM_ERROR;
      c->err_code = "Z_MEM_ERROR";
      return;
    }
    j->out = p;
    j->cap = cap;
  }
}

static void job_work(nodec_work *w) {
  job *j = (job *)w;
  if (j->whole) run_whole(j);
  else j->ok = zcodec_step(&j->h->c);
}

/* The outcome of a job as JS: a Buffer (whole jobs), undefined, or an Error in *err. */
static JSValueRef job_result(nodec_runtime *rt, job *j, JSValueRef *err) {
  JSContextRef ctx = rt->ctx;
  zhandle *h = j->h;
  if (!j->whole) store_state(h);
  if (!j->ok) {
    *err = j->too_large ? too_large_error(ctx) : codec_error(ctx, &h->c);
    return NULL;
  }
  if (!j->whole) return nodec_undefined();
  uint8_t *out = j->out;
  if (j->used < j->cap) {
    uint8_t *p = realloc(out, j->used ? j->used : 1);
    if (p) out = p;
  }
  j->out = NULL;
  return nodec_new_buffer(rt, out, j->used);
}

static void job_finish(job *j) {
  zhandle *h = j->h;
  h->busy = false;
  if (h->close_pending) zcodec_free(&h->c);
}

static JSValueRef job_after(nodec_work *w, JSValueRef *err) {
  job *j = (job *)w;
  JSValueRef r = job_result(w->rt, j, err);
  job_finish(j);
  return r;
}

static void job_destroy(nodec_work *w) {
  job *j = (job *)w;
  free(j->out);
  free(j);
}

static size_t max_output_arg(JSContextRef ctx, JSValueRef v) {
  double m = num(ctx, v);
  return m <= 0 || m >= 9007199254740991.0 ? SIZE_MAX : (size_t)m;
}

NODEC_FN(zh_process_all) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) return busy_error(ctx, exc);
  size_t in_len;
  h->c.flush = (int)num(ctx, ARG(0));
  h->c.next_in = window_of(ctx, ARG(1), num(ctx, ARG(2)), num(ctx, ARG(3)), &in_len, exc);
  h->c.avail_in = in_len;
  job j = {.h = h, .whole = true, .max_out = max_output_arg(ctx, ARG(4))};
  run_whole(&j);
  JSValueRef err = NULL;
  JSValueRef r = job_result(rt, &j, &err);
  free(j.out);
  return r ? r : err;
}

static JSValueRef queue_job(nodec_runtime *rt, JSContextRef ctx, JSObjectRef self, zhandle *h, bool whole,
                            size_t max_out, JSValueRef keep_in, JSValueRef keep_out, JSValueRef cbv,
                            JSValueRef *exc) {
  if (!JSValueIsObject(ctx, cbv) || !JSObjectIsFunction(ctx, (JSObjectRef)cbv))
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "callback must be a function");
  job *j = calloc(1, sizeof *j);
  if (!j) abort();
  j->h = h;
  j->whole = whole;
  j->max_out = max_out;
  j->w.work = job_work;
  j->w.after = job_after;
  j->w.destroy = job_destroy;
  /* The handle and the buffers it reads and fills stay alive until the job is done. */
  JSValueRef kept[3] = {self, keep_in, keep_out};
  JSObjectRef keep = JSObjectMakeArray(ctx, 3, kept, NULL);
  h->busy = true;
  nodec_queue_work(rt, &j->w, (JSObjectRef)cbv, keep);
  return nodec_undefined();
}

NODEC_FN(zh_process_all_async) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) return busy_error(ctx, exc);
  size_t in_len;
  h->c.flush = (int)num(ctx, ARG(0));
  h->c.next_in = window_of(ctx, ARG(1), num(ctx, ARG(2)), num(ctx, ARG(3)), &in_len, exc);
  h->c.avail_in = in_len;
  return queue_job(rt, ctx, self, h, true, max_output_arg(ctx, ARG(4)), ARG(1), nodec_undefined(),
                   ARG(5), exc);
}

NODEC_FN(zh_write) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) return busy_error(ctx, exc);
  load_write(ctx, h, argc, argv, exc);
  return queue_job(rt, ctx, self, h, false, 0, ARG(1), ARG(4), ARG(7), exc);
}

NODEC_FN(zh_params) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) return busy_error(ctx, exc);
  if (!zcodec_params(&h->c, (int)num(ctx, ARG(0)), (int)num(ctx, ARG(1)))) return codec_error(ctx, &h->c);
  return nodec_undefined();
}

NODEC_FN(zh_reset) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) return busy_error(ctx, exc);
  if (!zcodec_reset(&h->c)) return codec_error(ctx, &h->c);
  return nodec_undefined();
}

NODEC_FN(zh_close) {
  NODEC_UNUSED_FN_ARGS;
  zhandle *h = get_handle(rt, ctx, self, exc);
  if (!h) return NULL;
  if (h->busy) h->close_pending = true;
  else zcodec_free(&h->c);
  return nodec_undefined();
}

static const nodec_fn handle_fns[] = {
    {"init", zh_init},
    {"writeSync", zh_write_sync},
    {"write", zh_write},
    {"processAll", zh_process_all},
    {"processAllAsync", zh_process_all_async},
    {"params", zh_params},
    {"reset", zh_reset},
    {"close", zh_close},
    {NULL, NULL},
};

NODEC_FN(z_create_handle) {
  NODEC_UNUSED_FN_ARGS;
  zstate *st = rt->zlib_state;
  if (!st) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  double mode = num(ctx, ARG(0));
  if (mode < ZM_DEFLATE || mode > ZM_ZSTD_DECOMPRESS)
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Bad zlib mode %g", mode);
  zhandle *h = calloc(1, sizeof *h);
  if (!h) abort();
  h->c.mode = (zmode)mode;
  h->oneshot_off = st->oneshot_off;
  JSObjectRef obj = JSObjectMake(ctx, st->handle_class, h);
  JSObjectSetPrototype(ctx, obj, st->proto);
  return obj;
}

/* crc32(data, value): data is a string (UTF-8) or bytes. */
NODEC_FN(z_crc32) {
  NODEC_UNUSED_FN_ARGS;
  uLong crc = (uLong)(uint32_t)num(ctx, ARG(1));
  JSValueRef d = ARG(0);
  if (JSValueIsString(ctx, d)) {
    size_t n;
    char *s = nodec_to_utf8(ctx, d, &n, exc);
    if (!s) return NULL;
    crc = zoneshot_crc32((uint32_t)crc, (const uint8_t *)s, n);
    free(s);
  } else {
    size_t n = 0;
    const uint8_t *p = nodec_bytes(ctx, d, &n, exc);
    if (p && n) crc = zoneshot_crc32((uint32_t)crc, p, n);
  }
  return nodec_number((double)(uint32_t)crc);
}

static const nodec_fn binding_fns[] = {
    {"createHandle", z_create_handle},
    {"crc32", z_crc32},
    {NULL, NULL},
};

/* zlib.constants: the libraries' values, in node's order. */
static void set_constants(JSContextRef ctx, JSObjectRef target) {
  JSObjectRef k = JSObjectMake(ctx, NULL, NULL);
#define C(name) nodec_set_number(ctx, k, #name, (double)(name));
#define V(name, value) nodec_set_number(ctx, k, #name, (double)(value));
  C(Z_NO_FLUSH) C(Z_PARTIAL_FLUSH) C(Z_SYNC_FLUSH) C(Z_FULL_FLUSH) C(Z_FINISH) C(Z_BLOCK)
  C(Z_OK) C(Z_STREAM_END) C(Z_NEED_DICT) C(Z_ERRNO) C(Z_STREAM_ERROR) C(Z_DATA_ERROR) C(Z_MEM_ERROR)
  C(Z_BUF_ERROR) C(Z_VERSION_ERROR) C(Z_NO_COMPRESSION) C(Z_BEST_SPEED) C(Z_BEST_COMPRESSION)
  C(Z_DEFAULT_COMPRESSION) C(Z_FILTERED) C(Z_HUFFMAN_ONLY) C(Z_RLE) C(Z_FIXED) C(Z_DEFAULT_STRATEGY)
  C(ZLIB_VERNUM)
  V(DEFLATE, ZM_DEFLATE) V(INFLATE, ZM_INFLATE) V(GZIP, ZM_GZIP) V(GUNZIP, ZM_GUNZIP)
  V(DEFLATERAW, ZM_DEFLATERAW) V(INFLATERAW, ZM_INFLATERAW) V(UNZIP, ZM_UNZIP)
  V(BROTLI_DECODE, ZM_BROTLI_DECODE) V(BROTLI_ENCODE, ZM_BROTLI_ENCODE)
  V(ZSTD_DECOMPRESS, ZM_ZSTD_DECOMPRESS) V(ZSTD_COMPRESS, ZM_ZSTD_COMPRESS)
  V(Z_MIN_WINDOWBITS, 8) V(Z_MAX_WINDOWBITS, 15) V(Z_DEFAULT_WINDOWBITS, 15) V(Z_MIN_CHUNK, 64)
  nodec_set(ctx, k, "Z_MAX_CHUNK", nodec_number(1.0 / 0.0));
  V(Z_DEFAULT_CHUNK, 16 * 1024) V(Z_MIN_MEMLEVEL, 1) V(Z_MAX_MEMLEVEL, 9) V(Z_DEFAULT_MEMLEVEL, 8)
  V(Z_MIN_LEVEL, -1) V(Z_MAX_LEVEL, 9) V(Z_DEFAULT_LEVEL, Z_DEFAULT_COMPRESSION)
  C(BROTLI_OPERATION_PROCESS) C(BROTLI_OPERATION_FLUSH) C(BROTLI_OPERATION_FINISH)
  C(BROTLI_OPERATION_EMIT_METADATA) C(BROTLI_PARAM_MODE) C(BROTLI_MODE_GENERIC) C(BROTLI_MODE_TEXT)
  C(BROTLI_MODE_FONT) C(BROTLI_DEFAULT_MODE) C(BROTLI_PARAM_QUALITY) C(BROTLI_MIN_QUALITY)
  C(BROTLI_MAX_QUALITY) C(BROTLI_DEFAULT_QUALITY) C(BROTLI_PARAM_LGWIN) C(BROTLI_MIN_WINDOW_BITS)
  C(BROTLI_MAX_WINDOW_BITS) C(BROTLI_LARGE_MAX_WINDOW_BITS) C(BROTLI_DEFAULT_WINDOW) C(BROTLI_PARAM_LGBLOCK)
  C(BROTLI_MIN_INPUT_BLOCK_BITS) C(BROTLI_MAX_INPUT_BLOCK_BITS) C(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING)
  C(BROTLI_PARAM_SIZE_HINT) C(BROTLI_PARAM_LARGE_WINDOW) C(BROTLI_PARAM_NPOSTFIX) C(BROTLI_PARAM_NDIRECT)
  C(BROTLI_DECODER_RESULT_ERROR) C(BROTLI_DECODER_RESULT_SUCCESS) C(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
  C(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) C(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION)
  C(BROTLI_DECODER_PARAM_LARGE_WINDOW) C(BROTLI_DECODER_NO_ERROR) C(BROTLI_DECODER_SUCCESS)
  C(BROTLI_DECODER_NEEDS_MORE_INPUT) C(BROTLI_DECODER_NEEDS_MORE_OUTPUT)
  C(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE) C(BROTLI_DECODER_ERROR_FORMAT_RESERVED)
  C(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE) C(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET)
  C(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME) C(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE)
  C(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE) C(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT)
  C(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1) C(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2)
  C(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM) C(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY)
  C(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS) C(BROTLI_DECODER_ERROR_FORMAT_PADDING_1)
  C(BROTLI_DECODER_ERROR_FORMAT_PADDING_2) C(BROTLI_DECODER_ERROR_FORMAT_DISTANCE)
  V(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET, -19) C(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS)
  C(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES) C(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS)
  C(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP) C(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1)
  C(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2) C(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES)
  C(BROTLI_DECODER_ERROR_UNREACHABLE)
  C(ZSTD_e_continue) C(ZSTD_e_flush) C(ZSTD_e_end) C(ZSTD_fast) C(ZSTD_dfast) C(ZSTD_greedy) C(ZSTD_lazy)
  C(ZSTD_lazy2) C(ZSTD_btlazy2) C(ZSTD_btopt) C(ZSTD_btultra) C(ZSTD_btultra2) C(ZSTD_c_compressionLevel)
  C(ZSTD_c_windowLog) C(ZSTD_c_hashLog) C(ZSTD_c_chainLog) C(ZSTD_c_searchLog) C(ZSTD_c_minMatch)
  C(ZSTD_c_targetLength) C(ZSTD_c_strategy) C(ZSTD_c_enableLongDistanceMatching) C(ZSTD_c_ldmHashLog)
  C(ZSTD_c_ldmMinMatch) C(ZSTD_c_ldmBucketSizeLog) C(ZSTD_c_ldmHashRateLog) C(ZSTD_c_contentSizeFlag)
  C(ZSTD_c_checksumFlag) C(ZSTD_c_dictIDFlag) C(ZSTD_c_nbWorkers) C(ZSTD_c_jobSize) C(ZSTD_c_overlapLog)
  C(ZSTD_d_windowLogMax) C(ZSTD_CLEVEL_DEFAULT)
  C(ZSTD_error_no_error) C(ZSTD_error_GENERIC) C(ZSTD_error_prefix_unknown) C(ZSTD_error_version_unsupported)
  C(ZSTD_error_frameParameter_unsupported) C(ZSTD_error_frameParameter_windowTooLarge)
  C(ZSTD_error_corruption_detected) C(ZSTD_error_checksum_wrong) C(ZSTD_error_literals_headerWrong)
  C(ZSTD_error_dictionary_corrupted) C(ZSTD_error_dictionary_wrong) C(ZSTD_error_dictionaryCreation_failed)
  C(ZSTD_error_parameter_unsupported) C(ZSTD_error_parameter_combination_unsupported)
  C(ZSTD_error_parameter_outOfBound) C(ZSTD_error_tableLog_tooLarge) C(ZSTD_error_maxSymbolValue_tooLarge)
  C(ZSTD_error_maxSymbolValue_tooSmall) C(ZSTD_error_stabilityCondition_notRespected) C(ZSTD_error_stage_wrong)
  C(ZSTD_error_init_missing) C(ZSTD_error_memory_allocation) C(ZSTD_error_workSpace_tooSmall)
  C(ZSTD_error_dstSize_tooSmall) C(ZSTD_error_srcSize_wrong) C(ZSTD_error_dstBuffer_null)
  V(ZSTD_error_noForwardProgress_destFull, 80) V(ZSTD_error_noForwardProgress_inputEmpty, 82)
#undef C
#undef V
  nodec_set(ctx, target, "constants", k);
}

void nodec_binding_init_zlib(nodec_runtime *rt, JSObjectRef target);
void nodec_binding_init_zlib(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  zstate *st = calloc(1, sizeof *st);
  if (!st) abort();
  st->rt = rt;
  const char *oneshot = getenv("NODEC_ZLIB_ONESHOT");
  st->oneshot_off = oneshot && strcmp(oneshot, "0") == 0;
  st->s_write_state = JSStringCreateWithUTF8CString("writeState");
  JSClassDefinition hdef = kJSClassDefinitionEmpty;
  hdef.className = "ZlibHandle";
  hdef.finalize = handle_finalize;
  st->handle_class = JSClassCreate(&hdef);
  JSClassDefinition sdef = kJSClassDefinitionEmpty;
  sdef.className = "ZlibHandlePrototype";
  sdef.finalize = state_finalize;
  JSClassRef state_class = JSClassCreate(&sdef);
  JSObjectRef proto = JSObjectMake(ctx, state_class, st);
  JSClassRelease(state_class);
  st->proto = proto; /* alive as long as st: st is its private data */
  rt->zlib_state = st;
  nodec_set_functions(rt, proto, handle_fns);
  nodec_set(ctx, target, "handlePrototype", proto);
  nodec_set_functions(rt, target, binding_fns);
  set_constants(ctx, target);
  nodec_set_string(ctx, target, "zlibVersion", ZLIB_VERSION);
}
