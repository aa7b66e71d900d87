/* libFuzzer target for src/http/http_parser.c.
 * Build: clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc fuzz/http_parser_fuzz.c \
 *          src/http/http_parser.c -o /tmp/fuzz
 * Run:   /tmp/fuzz fuzz/corpus -max_total_time=300
 * The first 4 input bytes choose mode, lenient flags, callback behaviour and a split seed. The
 * rest is parsed once in one piece and once in random pieces (with pauses injected from the
 * callbacks); event streams and final results must be identical. */
#include "http/http_parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  uint64_t hash;       /* events + element bytes, independent of how slices are cut */
  uint64_t committed;  /* hash as of the last completed event (partial elements excluded) */
  uint32_t rng;        /* pause injection */
  int inject_pauses;
  int headers_ret;
  const char *buf;     /* the buffer given to the current execute() */
  size_t buf_len;
} rec;

static void mix(rec *r, uint8_t b) { r->hash = (r->hash ^ b) * 1099511628211ull; }
static void tag(rec *r, char t) {
  mix(r, 0xff);
  mix(r, (uint8_t)t);
  r->committed = r->hash;
}

static int maybe_pause(rec *r) {
  if (!r->inject_pauses) return 0;
  r->rng = r->rng * 1103515245u + 12345u;
  return ((r->rng >> 16) & 7) == 0 ? HPE_PAUSED : 0;
}

static int on_data(nodec_http_parser *hp, const char *at, size_t n) {
  rec *r = hp->data;
  /* slices must lie inside the buffer being parsed and never be empty */
  if (n == 0 || at < r->buf || at + n > r->buf + r->buf_len) abort();
  for (size_t i = 0; i < n; i++) mix(r, (uint8_t)at[i]);
  return maybe_pause(r);
}
#define EV(name, t)                                                                            \
  static int name(nodec_http_parser *hp) {                                                     \
    tag(hp->data, t);                                                                          \
    return maybe_pause(hp->data);                                                              \
  }
EV(on_begin, '<')
EV(on_url_c, 'U')
EV(on_field_c, 'F')
EV(on_value_c, 'V')
EV(on_chunk_c, 'C')
EV(on_msg_c, '>')
static int on_status_c(nodec_http_parser *hp) {
  rec *r = hp->data;
  tag(r, 'S');
  mix(r, (uint8_t)hp->status_code);
  return maybe_pause(r);
}
static int on_chunk_h(nodec_http_parser *hp) {
  rec *r = hp->data;
  tag(r, 'c');
  for (int i = 0; i < 8; i++) mix(r, (uint8_t)(hp->content_length >> (i * 8)));
  return maybe_pause(r);
}
static int on_headers_c(nodec_http_parser *hp) {
  rec *r = hp->data;
  tag(r, 'H');
  mix(r, hp->method);
  mix(r, hp->http_major);
  mix(r, hp->http_minor);
  mix(r, (uint8_t)hp->flags);
  mix(r, (uint8_t)(hp->flags >> 8));
  mix(r, hp->upgrade);
  mix(r, (uint8_t)nodec_http_should_keep_alive(hp));
  return r->headers_ret;
}

static const nodec_http_settings g_settings = {
  .on_message_begin = on_begin,
  .on_url = on_data, .on_url_complete = on_url_c,
  .on_status = on_data, .on_status_complete = on_status_c,
  .on_header_field = on_data, .on_header_field_complete = on_field_c,
  .on_header_value = on_data, .on_header_value_complete = on_value_c,
  .on_headers_complete = on_headers_c,
  .on_body = on_data,
  .on_message_complete = on_msg_c,
  .on_chunk_header = on_chunk_h, .on_chunk_complete = on_chunk_c,
};

typedef struct {
  uint64_t hash;
  int err;
  size_t upgrade_at;
} result;

static result parse(const uint8_t *cfg, const char *in, size_t len, int split) {
  rec r = {.hash = 1469598103934665603ull, .rng = cfg[3], .inject_pauses = split && (cfg[2] & 1)};
  int hr = (cfg[2] >> 1) & 7;
  r.headers_ret = hr == 6 ? 1 : hr == 7 ? 2 : 0;
  nodec_http_parser hp;
  nodec_http_parser_init(&hp, (cfg[0] & 1) ? NODEC_HTTP_RESPONSE : NODEC_HTTP_REQUEST, &g_settings);
  hp.data = &r;
  hp.lenient = (uint32_t)cfg[1] | ((cfg[0] & 6u) << 7);
  hp.head_request = (cfg[0] >> 3) & 1;
  if (cfg[0] & 0x10) hp.max_header_size = 64;
  uint32_t seed = (uint32_t)cfg[3] * 2654435761u + 1;
  result res = {0, HPE_OK, 0};
  size_t pos = 0;
  int resumed = 0;
  while (pos < len || resumed) {
    resumed = 0;
    size_t n = len - pos;
    if (split) {
      seed = seed * 1103515245u + 12345u;
      size_t k = (seed >> 8) % 16;
      n = k < 8 ? k + 1 : k < 14 ? (seed >> 12) % 64 + 1 : n;
      if (n > len - pos) n = len - pos;
    }
    /* copy into an exact-size heap buffer so ASan sees any over-read */
    char *chunk = malloc(n ? n : 1);
    memcpy(chunk, in + pos, n);
    r.buf = chunk;
    r.buf_len = n;
    nodec_http_errno e = nodec_http_parser_execute(&hp, chunk, n);
    free(chunk);
    if (e == HPE_PAUSED) {
      if (hp.error_offset > n) abort();
      pos += hp.error_offset;
      nodec_http_parser_resume(&hp);
      resumed = 1; /* feed the rest, even if empty: pending steps run then */
      continue;
    }
    if (e == HPE_PAUSED_UPGRADE) {
      if (hp.error_offset > n) abort();
      res.err = e;
      res.upgrade_at = pos + hp.error_offset;
      break;
    }
    if (e != HPE_OK) {
      if (hp.error_offset > n || !hp.reason) abort();
      res.err = e;
      break;
    }
    pos += n;
  }
  if (res.err == HPE_OK) res.err = -(int)nodec_http_parser_finish(&hp);
  /* After an error, slices of the element being parsed depend on where input was cut. */
  res.hash = res.err > 0 && res.err != HPE_PAUSED_UPGRADE ? r.committed : r.hash;
  return res;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4) return 0;
  const uint8_t *cfg = data;
  const char *in = (const char *)data + 4;
  size_t len = size - 4;
  result a = parse(cfg, in, len, 0);
  result b = parse(cfg, in, len, 1);
  if (a.hash != b.hash || a.err != b.err || a.upgrade_at != b.upgrade_at) {
    fprintf(stderr, "split mismatch: err %d vs %d, upgrade %zu vs %zu, hash %llx vs %llx\n",
            a.err, b.err, a.upgrade_at, b.upgrade_at, (unsigned long long)a.hash,
            (unsigned long long)b.hash);
    abort();
  }
  return 0;
}
