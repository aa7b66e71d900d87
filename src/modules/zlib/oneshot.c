/* Whole-buffer deflate and inflate over libdeflate: see oneshot.h for when and why. */
#include "oneshot.h"

#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

/* Deflate never expands more than 1032:1, so no honest output is bigger (header and trailer aside). */
static size_t inflate_limit(size_t in_len, size_t max_out) {
  size_t bound = in_len < (SIZE_MAX - 1024) / 1032 ? in_len * 1032 + 1024 : SIZE_MAX;
  return bound < max_out ? bound : max_out;
}

static void put_be32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)(v >> 24);
  p[1] = (uint8_t)(v >> 16);
  p[2] = (uint8_t)(v >> 8);
  p[3] = (uint8_t)v;
}

static void put_le32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

/* Header plus trailer at most: gzip's 10 + 8. */
enum { FRAME_MAX = 18 };

/* The zlib and gzip framing as zlib writes it for these options (level flags, XFL, OS = Unix), so
 * only the deflate body differs from what a zlib stream would give. Returns the header's size. */
static size_t put_header(zmode mode, int level, uint8_t *p) {
  if (mode == ZM_GZIP) {
    const uint8_t head[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, level == 9 ? 2 : level < 2 ? 4 : 0, 3};
    memcpy(p, head, sizeof head);
    return sizeof head;
  }
  if (mode == ZM_DEFLATE) {
    unsigned flags = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
    unsigned header = (0x78u << 8) | (flags << 6);
    header += 31 - header % 31;
    p[0] = (uint8_t)(header >> 8);
    p[1] = (uint8_t)header;
    return 2;
  }
  return 0;
}

static bool deflate_whole(zcodec *c, size_t max_out, uint8_t **out, size_t *used, size_t *cap) {
  int level = c->level == Z_DEFAULT_COMPRESSION ? 6 : c->level;
  if (level < 1 || level > 9 || c->strategy != Z_DEFAULT_STRATEGY || c->mem_level != 8 || c->window_bits != 15)
    return false;
  if (c->avail_in < ZONESHOT_MIN_DEFLATE) return false;
  struct libdeflate_compressor *d = libdeflate_alloc_compressor(level);
  if (!d) return false;
  size_t tail = c->mode == ZM_GZIP ? 8 : c->mode == ZM_DEFLATE ? 4 : 0;
  size_t size = libdeflate_deflate_compress_bound(d, c->avail_in) + FRAME_MAX;
  uint8_t *buf = malloc(size);
  size_t head = buf ? put_header(c->mode, level, buf) : 0;
  size_t body = buf ? libdeflate_deflate_compress(d, c->next_in, c->avail_in, buf + head, size - head - tail) : 0;
  libdeflate_free_compressor(d);
  if (!body || head + body + tail > max_out) {
    free(buf);
    return false;
  }
  uint8_t *t = buf + head + body;
  if (c->mode == ZM_GZIP) {
    put_le32(t, libdeflate_crc32(0, c->next_in, c->avail_in));
    put_le32(t + 4, (uint32_t)c->avail_in);
  } else if (c->mode == ZM_DEFLATE) {
    put_be32(t, libdeflate_adler32(1, c->next_in, c->avail_in));
  }
  c->next_in += c->avail_in;
  c->avail_in = 0;
  *out = buf;
  *used = head + body + tail;
  *cap = size;
  return true;
}

/* One decode of the whole input into buf[0, cap): gzip members back to back (each checked as zlib
 * would check it), or one zlib or raw stream, and no byte left over. */
static enum libdeflate_result decode(struct libdeflate_decompressor *d, bool gzip, zmode mode,
                                     const uint8_t *in, size_t n, uint8_t *buf, size_t cap, size_t *used) {
  size_t in_off = 0, out_off = 0, ain, aout;
  enum libdeflate_result r;
  if (!gzip) {
    r = mode == ZM_INFLATERAW ? libdeflate_deflate_decompress_ex(d, in, n, buf, cap, &ain, &aout)
                              : libdeflate_zlib_decompress_ex(d, in, n, buf, cap, &ain, &aout);
    *used = aout;
    return r == LIBDEFLATE_SUCCESS && ain != n ? LIBDEFLATE_BAD_DATA : r;
  }
  while (in_off < n) {
    const uint8_t *m = in + in_off;
    /* zlib checks a header CRC (FHCRC) that libdeflate skips; zero padding after a member is zlib's
     * business too. */
    if (n - in_off < 18 || m[0] != 0x1f || m[1] != 0x8b || (m[3] & 0x02)) return LIBDEFLATE_BAD_DATA;
    r = libdeflate_gzip_decompress_ex(d, m, n - in_off, buf + out_off, cap - out_off, &ain, &aout);
    if (r != LIBDEFLATE_SUCCESS) return r;
    in_off += ain;
    out_off += aout;
  }
  *used = out_off;
  return LIBDEFLATE_SUCCESS;
}

static bool inflate_whole(zcodec *c, size_t max_out, uint8_t **out, size_t *used, size_t *cap) {
  if (c->window_bits != 0 && c->window_bits != 15) return false;
  const uint8_t *in = c->next_in;
  size_t n = c->avail_in;
  if (n == 0) return false;
  bool gzip = c->mode == ZM_GUNZIP || (c->mode == ZM_UNZIP && n >= 2 && in[0] == 0x1f && in[1] == 0x8b);
  size_t limit = inflate_limit(n, max_out);
  /* gzip ends with the size of its last member: the whole output when there is one member. */
  size_t size = gzip && n >= 18 ? (size_t)in[n - 4] | (size_t)in[n - 3] << 8 | (size_t)in[n - 2] << 16 |
                                      (size_t)in[n - 1] << 24
                                : (n < SIZE_MAX / 4 ? n * 4 : n);
  if (size < 1024) size = 1024;
  if (size > limit) size = limit;
  struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
  if (!d) return false;
  uint8_t *buf = NULL;
  enum libdeflate_result r;
  for (;;) {
    uint8_t *p = realloc(buf, size ? size : 1);
    if (!p) {
      r = LIBDEFLATE_BAD_DATA;
      break;
    }
    buf = p;
    r = decode(d, gzip, c->mode, in, n, buf, size, used);
    if (r != LIBDEFLATE_INSUFFICIENT_SPACE || size >= limit) break;
    /* Each retry decodes from the start: grow fast, so the retries cost less than one more decode. */
    size = size < limit / 4 ? size * 4 : limit;
  }
  libdeflate_free_decompressor(d);
  if (r != LIBDEFLATE_SUCCESS) {
    free(buf);
    return false;
  }
  c->next_in += n;
  c->avail_in = 0;
  *out = buf;
  *cap = size ? size : 1;
  return true;
}

bool zoneshot_run(zcodec *c, int flush, size_t max_out, uint8_t **out, size_t *used, size_t *cap) {
  if (flush != Z_FINISH || c->dict || !c->live || c->strm.total_in != 0 || c->strm.total_out != 0) return false;
  switch (c->mode) {
  case ZM_DEFLATE: case ZM_GZIP: case ZM_DEFLATERAW: return deflate_whole(c, max_out, out, used, cap);
  case ZM_INFLATE: case ZM_GUNZIP: case ZM_INFLATERAW: case ZM_UNZIP:
    return c->gzip_id_read == 0 && inflate_whole(c, max_out, out, used, cap);
  default: return false;
  }
}

uint32_t zoneshot_crc32(uint32_t crc, const uint8_t *p, size_t n) { return libdeflate_crc32(crc, p, n); }
