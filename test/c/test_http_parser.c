/* Tests for src/http/http_parser.c. Standalone: exit 0 when every case passes.
 * Every input is also fed split at every byte offset and byte by byte; the recorded events,
 * error code and upgrade offset must be identical to the one-shot run. Expected results for
 * the smuggling table were recorded from node 24 (llhttp, strict) over a local socket. */
#include "http/http_parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---------- event recorder ---------- */

typedef struct {
  char buf[200];
  size_t len;
  uint32_t hash;
} piece;

typedef struct {
  char out[8192];
  size_t out_len;
  piece cur;      /* element being accumulated across slices */
  piece body;
  int stop_after_message; /* return HPE_PAUSED from on_message_complete */
  int headers_ret;        /* value returned by on_headers_complete */
  int messages;
} recorder;

static void emit(recorder *r, const char *s, size_t n) {
  if (r->out_len + n >= sizeof r->out) n = sizeof r->out - 1 - r->out_len;
  memcpy(r->out + r->out_len, s, n);
  r->out_len += n;
  r->out[r->out_len] = 0;
}
static void emits(recorder *r, const char *s) { emit(r, s, strlen(s)); }

static void piece_add(piece *pc, const char *at, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (pc->len < sizeof pc->buf) pc->buf[pc->len] = at[i];
    pc->len++;
    pc->hash = (pc->hash ^ (uint8_t)at[i]) * 16777619u;
  }
}
static void piece_flush(recorder *r, piece *pc) {
  if (pc->len <= sizeof pc->buf) {
    emit(r, pc->buf, pc->len);
  } else {
    char t[64];
    snprintf(t, sizeof t, "#%zu:%08x", pc->len, pc->hash);
    emits(r, t);
  }
  pc->len = 0;
  pc->hash = 2166136261u;
}

#define REC(hp) ((recorder *)(hp)->data)
static int on_begin(nodec_http_parser *hp) { emits(REC(hp), "<"); return 0; }
static int on_piece(nodec_http_parser *hp, const char *at, size_t n) {
  if (n == 0) emits(REC(hp), "!EMPTY!");
  piece_add(&REC(hp)->cur, at, n);
  return 0;
}
static int on_url_c(nodec_http_parser *hp) {
  emits(REC(hp), "U(");
  piece_flush(REC(hp), &REC(hp)->cur);
  emits(REC(hp), ")");
  return 0;
}
static int on_status_c(nodec_http_parser *hp) {
  char t[32];
  snprintf(t, sizeof t, "S(%u ", hp->status_code);
  emits(REC(hp), t);
  piece_flush(REC(hp), &REC(hp)->cur);
  emits(REC(hp), ")");
  return 0;
}
static int on_field_c(nodec_http_parser *hp) {
  emits(REC(hp), "[");
  piece_flush(REC(hp), &REC(hp)->cur);
  return 0;
}
static int on_value_c(nodec_http_parser *hp) {
  emits(REC(hp), "=");
  piece_flush(REC(hp), &REC(hp)->cur);
  emits(REC(hp), "]");
  return 0;
}
static int on_headers_c(nodec_http_parser *hp) {
  char t[128];
  if (hp->type == NODEC_HTTP_REQUEST)
    snprintf(t, sizeof t, "H(%s %u.%u ka=%d up=%d%s)", nodec_http_method_name(hp->method),
             hp->http_major, hp->http_minor, nodec_http_should_keep_alive(hp), hp->upgrade,
             (hp->flags & NODEC_HTTP_F_EXPECT_CONTINUE) ? " expect" : "");
  else
    snprintf(t, sizeof t, "H(%u.%u ka=%d up=%d)", hp->http_major, hp->http_minor,
             nodec_http_should_keep_alive(hp), hp->upgrade);
  emits(REC(hp), t);
  return REC(hp)->headers_ret;
}
static int on_body(nodec_http_parser *hp, const char *at, size_t n) {
  if (n == 0) emits(REC(hp), "!EMPTY!");
  piece_add(&REC(hp)->body, at, n);
  return 0;
}
static void flush_body(recorder *r) {
  if (r->body.len) {
    emits(r, "B(");
    piece_flush(r, &r->body);
    emits(r, ")");
  }
}
static int on_chunk_h(nodec_http_parser *hp) {
  char t[32];
  snprintf(t, sizeof t, "c%llu", (unsigned long long)hp->content_length);
  emits(REC(hp), t);
  return 0;
}
static int on_chunk_c(nodec_http_parser *hp) {
  flush_body(REC(hp));
  emits(REC(hp), "C");
  return 0;
}
static int on_msg_c(nodec_http_parser *hp) {
  flush_body(REC(hp));
  emits(REC(hp), ">");
  REC(hp)->messages++;
  return REC(hp)->stop_after_message ? HPE_PAUSED : 0;
}

static const nodec_http_settings g_settings = {
  .on_message_begin = on_begin,
  .on_url = on_piece, .on_url_complete = on_url_c,
  .on_status = on_piece, .on_status_complete = on_status_c,
  .on_header_field = on_piece, .on_header_field_complete = on_field_c,
  .on_header_value = on_piece, .on_header_value_complete = on_value_c,
  .on_headers_complete = on_headers_c,
  .on_body = on_body,
  .on_message_complete = on_msg_c,
  .on_chunk_header = on_chunk_h, .on_chunk_complete = on_chunk_c,
};

/* ---------- driver ---------- */

typedef struct {
  int type;
  uint32_t lenient;
  uint32_t max_header;
  int head;
  int headers_ret;
  int stop_after_message;
  int finish; /* call finish() at the end */
} options;

/* Feeds `in` in pieces (split at each offset in `cuts`, ascending), handling pauses.
 * Writes the event string + final status into res. */
static void run(const options *o, const char *in, size_t len, const size_t *cuts, size_t ncuts,
                recorder *r) {
  nodec_http_parser hp;
  memset(r, 0, sizeof *r);
  r->cur.hash = r->body.hash = 2166136261u;
  r->headers_ret = o->headers_ret;
  r->stop_after_message = o->stop_after_message;
  nodec_http_parser_init(&hp, (nodec_http_type)o->type, &g_settings);
  hp.data = r;
  hp.lenient = o->lenient;
  if (o->max_header) hp.max_header_size = o->max_header;
  hp.head_request = (uint8_t)o->head;
  size_t pos = 0;
  char t[96];
  for (size_t i = 0; i <= ncuts; i++) {
    size_t stop = i < ncuts ? cuts[i] : len;
    while (pos < stop || (pos == stop && i == ncuts)) {
      nodec_http_errno e = nodec_http_parser_execute(&hp, in + pos, stop - pos);
      if (e == HPE_OK) {
        pos = stop;
        break;
      }
      if (e == HPE_PAUSED) {
        pos += hp.error_offset;
        emits(r, "|");
        nodec_http_parser_resume(&hp);
        continue;
      }
      if (e == HPE_PAUSED_UPGRADE) {
        snprintf(t, sizeof t, " UP@%zu", pos + hp.error_offset);
        emits(r, t);
        return;
      }
      snprintf(t, sizeof t, " E:%s", nodec_http_errno_name(e));
      emits(r, t);
      return;
    }
  }
  if (o->finish) {
    nodec_http_errno e = nodec_http_parser_finish(&hp);
    if (e != HPE_OK) {
      snprintf(t, sizeof t, " EOF:%s", nodec_http_errno_name(e));
      emits(r, t);
      return;
    }
  }
  emits(r, " OK");
}

static int g_failed, g_cases;
static char g_last_name[128];

static void fail(const char *name, const char *what, const char *got, const char *want) {
  printf("FAIL %s: %s\n   got:  %s\n   want: %s\n", name, what, got, want);
  g_failed++;
}

/* Runs one-shot, every 2-way split and byte-at-a-time; all must agree. Returns the result. */
static const char *check_splits(const char *name, const options *o, const char *in, size_t len) {
  static recorder whole, other;
  static char result[8192];
  run(o, in, len, NULL, 0, &whole);
  snprintf(result, sizeof result, "%s", whole.out);
  for (size_t k = 1; k < len; k++) {
    run(o, in, len, &k, 1, &other);
    if (strcmp(other.out, whole.out) != 0) {
      char what[64];
      snprintf(what, sizeof what, "split at %zu differs", k);
      fail(name, what, other.out, whole.out);
      return result;
    }
  }
  if (len > 1 && len < 20000) {
    size_t *cuts = malloc(len * sizeof *cuts);
    for (size_t k = 0; k + 1 < len; k++) cuts[k] = k + 1;
    run(o, in, len, cuts, len - 1, &other);
    free(cuts);
    if (strcmp(other.out, whole.out) != 0) fail(name, "byte-by-byte differs", other.out, whole.out);
  }
  return result;
}

/* Expect the full event string. */
static void expect_events(const char *name, const options *o, const char *in, size_t len,
                          const char *want) {
  g_cases++;
  snprintf(g_last_name, sizeof g_last_name, "%s", name);
  const char *got = check_splits(name, o, in, len);
  if (strcmp(got, want) != 0) fail(name, "events", got, want);
}

/* Expect only the final status: " OK", " E:HPE_X", " UP@n". */
static void expect_end(const char *name, const options *o, const char *in, size_t len,
                       const char *want_end) {
  g_cases++;
  const char *got = check_splits(name, o, in, len);
  size_t gl = strlen(got), wl = strlen(want_end);
  if (gl < wl || strcmp(got + gl - wl, want_end) != 0) fail(name, "end", got, want_end);
}

static const options REQ = {NODEC_HTTP_REQUEST, 0, 0, 0, 0, 0, 0};
static const options RES = {NODEC_HTTP_RESPONSE, 0, 0, 0, 0, 0, 1};

#define S(lit) lit, sizeof(lit) - 1

/* ---------- smuggling / strictness table (node 24 verdicts) ---------- */

typedef struct {
  const char *name;
  const char *raw;
  const char *want; /* " OK" or " E:HPE_..." */
} table_case;

#define POST "POST / HTTP/1.1\r\nHost: a\r\n"
#define GETH "GET / HTTP/1.1\r\nHost: a\r\n"
#define TECH "Transfer-Encoding: chunked\r\n"

static const table_case g_request_table[] = {
  {"cl+te", POST "Content-Length: 3\r\n" TECH "\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te+cl", POST TECH "Content-Length: 3\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"dup cl same", POST "Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc", " E:HPE_UNEXPECTED_CONTENT_LENGTH"},
  {"dup cl differ", POST "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", " E:HPE_UNEXPECTED_CONTENT_LENGTH"},
  {"cl list", POST "Content-Length: 3, 3\r\n\r\nabc", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl plus", POST "Content-Length: +3\r\n\r\nabc", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl minus", POST "Content-Length: -1\r\n\r\n", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl inner space", POST "Content-Length: 1 2\r\n\r\nabc", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl hex", POST "Content-Length: 0x3\r\n\r\nabc", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl empty", POST "Content-Length: \r\n\r\n", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl overflow", POST "Content-Length: 18446744073709551616\r\n\r\n", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"cl trailing ws ok", POST "Content-Length: 3  \r\n\r\nabc", " OK"},
  {"cl leading zeros ok", POST "Content-Length: 003\r\n\r\nabc", " OK"},
  {"cl name case ok", POST "cOnTeNt-LeNgTh: 3\r\n\r\nabc", " OK"},
  {"te chunked, gzip", POST "Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te chunked, chunked", POST "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te chunked,", POST "Transfer-Encoding: chunked,\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te chunked then gzip hdr", POST TECH "Transfer-Encoding: gzip\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te gzip then chunked hdr", POST "Transfer-Encoding: gzip\r\n" TECH "\r\n0\r\n\r\n", " OK"},
  {"te gzip only", POST "Transfer-Encoding: gzip\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te identity", POST "Transfer-Encoding: identity\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te chunkedx", POST "Transfer-Encoding: chunkedx\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te xchunked", POST "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te tab chunked tab", POST "Transfer-Encoding:\tchunked\t\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te empty", POST "Transfer-Encoding: \r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"te CHUNKED ok", POST "Transfer-Encoding: CHUNKED\r\n\r\n0\r\n\r\n", " OK"},
  {"te gzip, chunked ok", POST "Transfer-Encoding: gzip, chunked\r\n\r\n1\r\na\r\n0\r\n\r\n", " OK"},
  {"te gzip,,chunked ok", POST "Transfer-Encoding: gzip,, chunked\r\n\r\n0\r\n\r\n", " OK"},
  {"te xchunked, chunked ok", POST "Transfer-Encoding: xchunked, chunked\r\n\r\n0\r\n\r\n", " OK"},
  {"te chunked sp ok", POST "Transfer-Encoding: chunked \r\n\r\n0\r\n\r\n", " OK"},
  {"te obs-fold", POST "Transfer-Encoding: gzip,\r\n chunked\r\n\r\n0\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"obs-fold sp", GETH "X: a\r\n b\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"obs-fold tab", GETH "X: a\r\n\tb\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"space before colon", GETH "X : a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"tab before colon", GETH "X\t: a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"space after start line", "GET / HTTP/1.1\r\n X: a\r\n\r\n", " E:HPE_UNEXPECTED_SPACE"},
  {"tab after start line", "GET / HTTP/1.0\r\n\tX: a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"CR after colon", POST "X:\r y\r\nContent-Length: 5\r\n\r\nhello", " E:HPE_STRICT"},
  {"CR after colon, trailer", POST TECH "\r\n0\r\nT: \r1\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext bare LF", POST TECH "\r\n5;a=b\nhello\r\n0\r\n\r\n", " E:HPE_CR_EXPECTED"},
  {"chunk ext value bare LF", POST TECH "\r\n5;a=b0\nhello\r\n0\r\n\r\n", " E:HPE_CR_EXPECTED"},
  {"empty header name", GETH ": a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"name bad char", GETH "X{: a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"name non-ascii", GETH "X\xe9: a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"name NUL", GETH "X\0: a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"name CR", GETH "X\r: a\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"no colon", GETH "Xab\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"value ctl", GETH "X: a\x01" "b\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"value DEL", GETH "X: a\x7f" "b\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"value NUL", GETH "X: a\0b\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"value tab ok", GETH "X: a\tb\r\n\r\n", " OK"},
  {"value obs-text ok", GETH "X: a\xe9" "b\r\n\r\n", " OK"},
  {"value bare CR", GETH "X: a\rb\r\n\r\n", " E:HPE_LF_EXPECTED"},
  {"value bare LF", GETH "X: a\nY: b\r\n\r\n", " E:HPE_CR_EXPECTED"},
  {"bare LF request line", "GET / HTTP/1.1\nHost: a\r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"bare CR request line", "GET / HTTP/1.1\rHost: a\r\n\r\n", " E:HPE_STRICT"},
  {"bare LF end of headers", GETH "\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"CR without LF end", GETH "\rX", " E:HPE_STRICT"},
  {"method lowercase", "get / HTTP/1.1\r\n\r\n", " E:HPE_INVALID_METHOD"},
  {"method unknown", "FOO / HTTP/1.1\r\n\r\n", " E:HPE_INVALID_METHOD"},
  {"method prefix", "GE / HTTP/1.1\r\n\r\n", " E:HPE_INVALID_METHOD"},
  {"method too long", "GETT / HTTP/1.1\r\n\r\n", " E:HPE_INVALID_METHOD"},
  {"tab after method", "GET\t/ HTTP/1.1\r\n\r\n", " E:HPE_INVALID_METHOD"},
  {"PRI preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", " E:HPE_PAUSED_H2_UPGRADE"},
  {"url ctl", "GET /a\x01" "b HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url tab", "GET /a\tb HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url DEL", "GET /a\x7f" "b HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url non-ascii", "GET /a\xe9" "b HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url no slash", "GET abc HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url starts with ?", "GET ?a HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url schema digit", "GET h2c://x/ HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url schema one slash", "GET http:/x HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url server DEL", "GET http://x\x7f.com/ HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url server quote", "GET http://x\"{.com/ HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"connect bad authority", "CONNECT a\x01" "b:1 HTTP/1.1\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url CR CR", "GET /\r\r\n\r\n", " E:HPE_INVALID_URL"},
  {"url punctuation ok", "GET /a\"<>{}|\\^`b HTTP/1.1\r\n\r\n", " OK"},
  {"version 1.2", "GET / HTTP/1.2\r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"version 3.0", "GET / HTTP/3.0\r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"version 1.11", "GET / HTTP/1.11\r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"version trailing sp", "GET / HTTP/1.1 \r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"version no dot", "GET / HTTP/1\r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"version lowercase", "GET / http/1.1\r\n\r\n", " E:HPE_INVALID_CONSTANT"},
  {"version HTXP", "GET / HTXP/1.1\r\n\r\n", " E:HPE_INVALID_CONSTANT"},
  {"version 2.0 ok", "GET / HTTP/2.0\r\n\r\n", " OK"},
  {"version 0.9 ok", "GET / HTTP/0.9\r\n\r\n", " OK"},
  {"two spaces ok", "GET  /  HTTP/1.1\r\n\r\n", " OK"},
  {"chunk size space", POST TECH "\r\n5 \r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk size leading space", POST TECH "\r\n 5\r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk space before ext", POST TECH "\r\n5 ;a=b\r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk bad hex", POST TECH "\r\nz\r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk 0x", POST TECH "\r\n0x5\r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk empty size", POST TECH "\r\n\r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk overflow", POST TECH "\r\n10000000000000005\r\nhello\r\n0\r\n\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk 17 f", POST TECH "\r\nfffffffffffffffff\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"chunk data no crlf", POST TECH "\r\n5\r\nhelloXX0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk data bare LF", POST TECH "\r\n5\r\nhello\n0\r\n\r\n", " E:HPE_CR_EXPECTED"},
  {"chunk data bare CR", POST TECH "\r\n5\r\nhello\rX0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk size bare LF", POST TECH "\r\n5\nhello\r\n0\r\n\r\n", " E:HPE_CR_EXPECTED"},
  {"chunk ext spaces", POST TECH "\r\n5; a = b\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext space after value", POST TECH "\r\n5;a=b ;c\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext empty", POST TECH "\r\n5;\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext ctl", POST TECH "\r\n5;a\x01\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext bad name", POST TECH "\r\n5;@=b\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext ==", POST TECH "\r\n5;a==b\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext quoted ctl", POST TECH "\r\n5;a=\"\x01\"\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext after quote", POST TECH "\r\n5;a=\"x\"y\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext bare CR", POST TECH "\r\n5;a\rb\r\nhello\r\n0\r\n\r\n", " E:HPE_STRICT"},
  {"chunk ext ok", POST TECH "\r\n5;a=b;c=\"d;e\"\r\nhello\r\n0;x\r\n\r\n", " OK"},
  {"chunk ext escaped quote ok", POST TECH "\r\n5;a=\"x\\\"y\"\r\nhello\r\n0\r\n\r\n", " OK"},
  {"chunk ext a= ok", POST TECH "\r\n5;a=\r\nhello\r\n0\r\n\r\n", " OK"},
  {"trailer bad name", POST TECH "\r\n0\r\nX T: 1\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"trailer obs-fold", POST TECH "\r\n0\r\nX: 1\r\n 2\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"last chunk bare LF", POST TECH "\r\n0\r\n\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"data after close", "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n", " E:HPE_CLOSED_CONNECTION"},
  {"http/1.0 then data", "GET / HTTP/1.0\r\n\r\nGET / HTTP/1.1\r\n\r\n", " E:HPE_CLOSED_CONNECTION"},
  {"close, keep-alive", "GET / HTTP/1.1\r\nConnection: close, keep-alive\r\n\r\nGET / HTTP/1.1\r\n\r\n", " E:HPE_CLOSED_CONNECTION"},
  {"  CLOSE  ", "GET / HTTP/1.1\r\nConnection:  CLOSE \r\n\r\nGET / HTTP/1.1\r\n\r\n", " E:HPE_CLOSED_CONNECTION"},
  {"closex is not close", "GET / HTTP/1.1\r\nConnection: closex\r\n\r\nGET / HTTP/1.1\r\n\r\n", " OK"},
  {"POST 1.0 no length", "POST / HTTP/1.0\r\n\r\nabc", " E:HPE_CLOSED_CONNECTION"},
  {"CRLF after close ok", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n\r\n\r\n", " OK"},
  {"leading CRLF ok", "\r\n\r\n" GETH "\r\n", " OK"},
  {"leading LF ok", "\n" GETH "\r\n", " OK"},
};

static const table_case g_response_table[] = {
  {"res cl+te", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" TECH "\r\n1\r\na\r\n0\r\n\r\n", " E:HPE_INVALID_TRANSFER_ENCODING"},
  {"res te+cl", "HTTP/1.1 200 OK\r\n" TECH "Content-Length: 2\r\n\r\n1\r\na\r\n0\r\n\r\n", " E:HPE_INVALID_CONTENT_LENGTH"},
  {"res dup cl", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab", " E:HPE_UNEXPECTED_CONTENT_LENGTH"},
  {"res obs-fold", "HTTP/1.1 200 OK\r\nX: a\r\n b\r\nContent-Length: 0\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"res status 2 digits", "HTTP/1.1 20 OK\r\n\r\n", " E:HPE_INVALID_STATUS"},
  {"res status 4 digits", "HTTP/1.1 2000 OK\r\n\r\n", " E:HPE_INVALID_STATUS"},
  {"res status alpha", "HTTP/1.1 2x0 OK\r\n\r\n", " E:HPE_INVALID_STATUS"},
  {"res two spaces", "HTTP/1.1  200 OK\r\n\r\n", " E:HPE_INVALID_STATUS"},
  {"res bare LF status", "HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n", " E:HPE_CR_EXPECTED"},
  {"res bare LF header", "HTTP/1.1 200 OK\r\nContent-Length: 0\n\r\n", " E:HPE_CR_EXPECTED"},
  {"res version 1.2", "HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n", " E:HPE_INVALID_VERSION"},
  {"res lowercase", "http/1.1 200 OK\r\n\r\n", " E:HPE_INVALID_CONSTANT"},
  {"res value ctl", "HTTP/1.1 200 OK\r\nX: a\x01\r\nContent-Length: 0\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"res space colon", "HTTP/1.1 200 OK\r\nX : a\r\nContent-Length: 0\r\n\r\n", " E:HPE_INVALID_HEADER_TOKEN"},
  {"res bad chunk", "HTTP/1.1 200 OK\r\n" TECH "\r\nx\r\n", " E:HPE_INVALID_CHUNK_SIZE"},
  {"res reason ctl ok", "HTTP/1.1 200 O\x01K\r\nContent-Length: 0\r\n\r\n", " OK"},
  {"res status 099 ok", "HTTP/1.1 099 OK\r\nContent-Length: 0\r\n\r\n", " OK"},
  {"res eof mid body", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", " EOF:HPE_INVALID_EOF_STATE"},
};

static void run_table(const table_case *t, size_t n, const options *o) {
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(t[i].raw);
    /* entries containing NUL bytes: the literal is longer than strlen */
    if (strstr(t[i].name, "NUL")) len = strlen(t[i].raw) + 1 + strlen(t[i].raw + strlen(t[i].raw) + 1);
    expect_end(t[i].name, o, t[i].raw, len, t[i].want);
  }
}

/* ---------- behaviour cases with full event strings ---------- */

static void test_requests(void) {
  expect_events("simple GET", &REQ, S("GET /hello?x=1 HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"),
                "<U(/hello?x=1)[Host=example.com][Accept=*/*]H(GET 1.1 ka=1 up=0)> OK");
  expect_events("value ows", &REQ, S("GET / HTTP/1.1\r\nX: \t a b \t\r\nY:\r\nZ:   \r\n\r\n"),
                "<U(/)[X=a b \t][Y=][Z=]H(GET 1.1 ka=1 up=0)> OK");
  expect_events("content-length body", &REQ, S("POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"),
                "<U(/p)[Content-Length=5]H(POST 1.1 ka=1 up=0)B(hello)> OK");
  expect_events("content-length 0", &REQ, S("PUT / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"),
                "<U(/)[Content-Length=0]H(PUT 1.1 ka=1 up=0)> OK");
  expect_events("incomplete body", &REQ, S("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel"),
                "<U(/)[Content-Length=5]H(POST 1.1 ka=1 up=0) OK");
  expect_events("chunked with trailers", &REQ,
                S("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;ext=\"q\"\r\n!\r\nA\r\n0123456789\r\n0\r\nX-T: 1\r\nY: two\r\n\r\n"),
                "<U(/)[Transfer-Encoding=chunked]H(POST 1.1 ka=1 up=0)c5B(hello)Cc1B(!)Cc10B(0123456789)Cc0[X-T=1][Y=two]C> OK");
  expect_events("chunk leading zeros", &REQ,
                S("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0005\r\nhello\r\n0\r\n\r\n"),
                "<U(/)[Transfer-Encoding=chunked]H(POST 1.1 ka=1 up=0)c5B(hello)Cc0C> OK");
  expect_events("chunked http/1.0", &REQ,
                S("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"),
                "<U(/)[Transfer-Encoding=chunked]H(POST 1.0 ka=0 up=0)c1B(a)Cc0C> OK");
  expect_events("pipelined", &REQ,
                S("GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 1\r\n\r\nxDELETE /c HTTP/1.1\r\n\r\n"),
                "<U(/a)H(GET 1.1 ka=1 up=0)><U(/b)[Content-Length=1]H(POST 1.1 ka=1 up=0)B(x)><U(/c)H(DELETE 1.1 ka=1 up=0)> OK");
  options stop = REQ;
  stop.stop_after_message = 1;
  expect_events("pipelined, pause after each", &stop,
                S("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n"),
                "<U(/a)H(GET 1.1 ka=1 up=0)>|<U(/b)H(GET 1.1 ka=1 up=0)>| OK");
  expect_events("CRLF between pipelined", &REQ,
                S("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nab\r\nGET / HTTP/1.1\r\n\r\n"),
                "<U(/)[Content-Length=2]H(POST 1.1 ka=1 up=0)B(ab)><U(/)H(GET 1.1 ka=1 up=0)> OK");
  expect_events("http/1.0 keep-alive", &REQ,
                S("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n"),
                "<U(/)[Connection=keep-alive]H(GET 1.0 ka=1 up=0)><U(/)H(GET 1.0 ka=0 up=0)> OK");
  expect_events("connection close", &REQ, S("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"),
                "<U(/)[Connection=close]H(GET 1.1 ka=0 up=0)> OK");
  expect_events("proxy-connection close", &REQ, S("GET / HTTP/1.1\r\nProxy-Connection: Close\r\n\r\n"),
                "<U(/)[Proxy-Connection=Close]H(GET 1.1 ka=0 up=0)> OK");
  expect_events("upgrade", &REQ,
                S("GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x05hello"),
                "<U(/ws)[Connection=Upgrade][Upgrade=websocket]H(GET 1.1 ka=1 up=1)> UP@61");
  expect_events("upgrade needs both headers", &REQ,
                S("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n"),
                "<U(/)[Upgrade=websocket]H(GET 1.1 ka=1 up=0)> OK");
  expect_events("upgrade h2c token list", &REQ,
                S("GET / HTTP/1.1\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n\r\nXYZ"),
                "<U(/)[Connection=Upgrade, HTTP2-Settings][Upgrade=h2c]H(GET 1.1 ka=1 up=1)> UP@69");
  expect_events("upgrade with body", &REQ,
                S("POST / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: x\r\nContent-Length: 2\r\n\r\nabXYZ"),
                "<U(/)[Connection=upgrade][Upgrade=x][Content-Length=2]H(POST 1.1 ka=1 up=1)B(ab)> UP@73");
  options up2 = REQ;
  up2.headers_ret = 2;
  expect_events("headers_complete returns 2", &up2,
                S("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nabXYZ"),
                "<U(/)[Content-Length=2]H(POST 1.1 ka=1 up=0)> UP@38");
  expect_events("connect", &REQ,
                S("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n\x16\x03\x01"),
                "<U(example.com:443)[Host=example.com:443]H(CONNECT 1.1 ka=1 up=1)> UP@59");
  expect_events("connect content-length ignored", &REQ,
                S("CONNECT a:1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"),
                "<U(a:1)[Content-Length=3]H(CONNECT 1.1 ka=1 up=1)> UP@43");
  expect_events("expect 100-continue", &REQ,
                S("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\na"),
                "<U(/)[Expect=100-Continue][Content-Length=1]H(POST 1.1 ka=1 up=0 expect)B(a)> OK");
  expect_events("absolute url", &REQ, S("GET http://u:p@x.com:80/a?b#c HTTP/1.1\r\n\r\n"),
                "<U(http://u:p@x.com:80/a?b#c)H(GET 1.1 ka=1 up=0)> OK");
  expect_events("absolute url query", &REQ, S("GET http://x.com?b HTTP/1.1\r\n\r\n"),
                "<U(http://x.com?b)H(GET 1.1 ka=1 up=0)> OK");
  expect_events("asterisk", &REQ, S("OPTIONS * HTTP/1.1\r\n\r\n"),
                "<U(*)H(OPTIONS 1.1 ka=1 up=0)> OK");
  expect_events("m-search", &REQ, S("M-SEARCH * HTTP/1.1\r\n\r\n"),
                "<U(*)H(M-SEARCH 1.1 ka=1 up=0)> OK");
  expect_events("http/0.9", &REQ, S("GET /\r\nX: y\r\n\r\n"), "<U(/)[X=y]H(GET 0.9 ka=0 up=0)> OK");
  expect_events("get with body", &REQ, S("GET / HTTP/1.1\r\nContent-Length: 2\r\n\r\nab"),
                "<U(/)[Content-Length=2]H(GET 1.1 ka=1 up=0)B(ab)> OK");
  expect_events("cl max u64 accepted", &REQ,
                S("POST / HTTP/1.1\r\nContent-Length: 18446744073709551615\r\n\r\nab"),
                "<U(/)[Content-Length=18446744073709551615]H(POST 1.1 ka=1 up=0) OK");
  /* every method node lists */
  char all[4096];
  size_t n = 0;
  char want[8192];
  size_t wn = 0;
  for (int m = 0; m < NODEC_HTTP_METHOD_COUNT; m++) {
    n += (size_t)snprintf(all + n, sizeof all - n, "%s /%d HTTP/1.1\r\n\r\n", nodec_http_method_name(m), m);
    wn += (size_t)snprintf(want + wn, sizeof want - wn, "<U(/%d)H(%s 1.1 ka=1 up=%d)>", m,
                           nodec_http_method_name(m), m == NODEC_HTTP_CONNECT);
    if (m == NODEC_HTTP_CONNECT) break; /* CONNECT upgrades; test the rest separately */
  }
  snprintf(want + wn, sizeof want - wn, " UP@%zu", n);
  expect_events("methods up to CONNECT", &REQ, all, n, want);
  n = wn = 0;
  for (int m = NODEC_HTTP_CONNECT + 1; m < NODEC_HTTP_METHOD_COUNT; m++) {
    n += (size_t)snprintf(all + n, sizeof all - n, "%s / HTTP/1.1\r\n\r\n", nodec_http_method_name(m));
    wn += (size_t)snprintf(want + wn, sizeof want - wn, "<U(/)H(%s 1.1 ka=1 up=0)>", nodec_http_method_name(m));
  }
  snprintf(want + wn, sizeof want - wn, " OK");
  expect_events("all other methods", &REQ, all, n, want);
}

static void test_responses(void) {
  expect_events("response cl", &RES, S("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nab"),
                "<S(200 OK)[Content-Length=2]H(1.1 ka=1 up=0)B(ab)> OK");
  expect_events("response no reason", &RES, S("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n"),
                "<S(200 )[Content-Length=0]H(1.1 ka=1 up=0)> OK");
  expect_events("response empty reason", &RES, S("HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n"),
                "<S(404 )[Content-Length=0]H(1.1 ka=1 up=0)> OK");
  expect_events("response until eof", &RES, S("HTTP/1.1 200 OK\r\n\r\nabcdef"),
                "<S(200 OK)H(1.1 ka=0 up=0)B(abcdef)> OK");
  expect_events("response 1.0 until eof", &RES, S("HTTP/1.0 200 OK\r\nServer: x\r\n\r\nabc"),
                "<S(200 OK)[Server=x]H(1.0 ka=0 up=0)B(abc)> OK");
  expect_events("response te not chunked: eof", &RES,
                S("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n1\r\na\r\n"),
                "<S(200 OK)[Transfer-Encoding=chunked, gzip]H(1.1 ka=0 up=0)B(1\r\na\r\n)> OK");
  expect_events("response chunked, chunked", &RES,
                S("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"),
                "<S(200 OK)[Transfer-Encoding=chunked, chunked]H(1.1 ka=1 up=0)c1B(a)Cc0C> OK");
  expect_events("response trailers", &RES,
                S("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX: y\r\n\r\n"),
                "<S(200 OK)[Transfer-Encoding=chunked]H(1.1 ka=1 up=0)c1B(a)Cc0[X=y]C> OK");
  expect_events("response 204 ignores cl", &RES,
                S("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nHTTP/1.1 304 NM\r\nContent-Length: 5\r\n\r\n"),
                "<S(204 No Content)[Content-Length=5]H(1.1 ka=1 up=0)><S(304 NM)[Content-Length=5]H(1.1 ka=1 up=0)> OK");
  options head = RES;
  head.head = 1;
  expect_events("response to HEAD", &head,
                S("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
                "<S(200 OK)[Content-Length=5]H(1.1 ka=1 up=0)><S(200 OK)[Transfer-Encoding=chunked]H(1.1 ka=1 up=0)> OK");
  options skip = RES;
  skip.headers_ret = 1;
  expect_events("headers_complete returns 1", &skip,
                S("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"),
                "<S(200 OK)[Content-Length=5]H(1.1 ka=1 up=0)> OK");
  expect_events("100 then 200", &RES,
                S("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 EH\r\nLink: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na"),
                "<S(100 Continue)H(1.1 ka=1 up=0)><S(103 EH)[Link=x]H(1.1 ka=1 up=0)><S(200 OK)[Content-Length=1]H(1.1 ka=1 up=0)B(a)> OK");
  expect_events("101 switching", &RES,
                S("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nXYZ"),
                "<S(101 Switching Protocols)[Connection=Upgrade][Upgrade=websocket]H(1.1 ka=1 up=1)> UP@77");
  expect_events("response obs-text reason", &RES, S("HTTP/1.1 200 O\xe9K\r\nContent-Length: 0\r\n\r\n"),
                "<S(200 O\xe9K)[Content-Length=0]H(1.1 ka=1 up=0)> OK");
  expect_events("response leading crlf", &RES, S("\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
                "<S(200 OK)[Content-Length=0]H(1.1 ka=1 up=0)> OK");
}

static void test_limits_and_lenient(void) {
  /* node counts url + names + values (values keep trailing OWS): fails when the sum reaches 16384 */
  static char big[40000];
  for (int v = 16381; v <= 16382; v++) {
    int n = snprintf(big, sizeof big, "GET / HTTP/1.1\r\nX: %.*s\r\n\r\n", v, "");
    (void)n;
    size_t len = (size_t)sprintf(big, "GET / HTTP/1.1\r\nX: ");
    memset(big + len, 'a', (size_t)v);
    len += (size_t)v;
    memcpy(big + len, "\r\n\r\n", 4);
    len += 4;
    expect_end(v == 16381 ? "header size 16383 ok" : "header size 16384 overflow", &REQ, big, len,
               v == 16381 ? " OK" : " E:HPE_HEADER_OVERFLOW");
  }
  {
    /* leading whitespace is not counted (node accepts this) */
    size_t len = (size_t)sprintf(big, "GET / HTTP/1.1\r\nX:");
    memset(big + len, ' ', 20000);
    len += 20000;
    memcpy(big + len, "a\r\n\r\n", 5);
    len += 5;
    expect_end("leading ows not counted", &REQ, big, len, " OK");
  }
  options small = REQ;
  small.max_header = 64;
  expect_end("configurable max header", &small,
             S("GET / HTTP/1.1\r\nX: 01234567890123456789012345678901234567890123456789012345678901\r\n\r\n"),
             " E:HPE_HEADER_OVERFLOW");
  expect_end("configurable max header, 63 ok", &small,
             S("GET / HTTP/1.1\r\nX: 0123456789012345678901234567890123456789012345678901234567890\r\n\r\n"),
             " OK");
  expect_end("max header: many headers", &small,
             S("GET / HTTP/1.1\r\nA: 0123456789\r\nB: 0123456789\r\nC: 0123456789\r\nD: 0123456789\r\nE: 0123456789\r\nF: 0123456789\r\n\r\n"),
             " E:HPE_HEADER_OVERFLOW");
  {
    size_t len = (size_t)sprintf(big, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;a=");
    memset(big + len, 'x', 17000);
    len += 17000;
    memcpy(big + len, "\r\nz\r\n0\r\n\r\n", 10);
    len += 10;
    expect_end("chunk extensions overflow", &REQ, big, len, " E:HPE_CHUNK_EXTENSIONS_OVERFLOW");
  }
  options len = REQ;
  len.lenient = NODEC_HTTP_LENIENT_ALL;
  expect_events("lenient obs-fold", &len, S("GET / HTTP/1.1\r\nX: a\r\n  b\r\n\r\n"),
                "<U(/)[X=a b]H(GET 1.1 ka=1 up=0)> OK");
  expect_end("lenient cl+te", &len, S(POST "Content-Length: 3\r\n" TECH "\r\n0\r\n\r\n"), " OK");
  expect_end("lenient bare LF", &len, S("GET / HTTP/1.1\nX: y\n\n"), " OK");
  expect_end("lenient data after close", &len,
             S("GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n"), " OK");
  expect_end("lenient value ctl", &len, S(GETH "X: a\x01" "b\r\n\r\n"), " OK");
  expect_end("lenient version", &len, S("GET / HTTP/1.7\r\n\r\n"), " OK");
  expect_end("lenient chunk size spaces", &len, S(POST TECH "\r\n5  \r\nhello\r\n0\r\n\r\n"), " OK");
  options eof = REQ;
  eof.finish = 1;
  expect_end("eof mid headers", &eof, S("GET / HTTP/1.1\r\nHost"), " EOF:HPE_INVALID_EOF_STATE");
  expect_end("eof between messages", &eof, S("GET / HTTP/1.1\r\n\r\n"), " OK");
}

/* Pause from outside, error offsets, sticky errors, reset. */
static void test_api(void) {
  recorder r;
  memset(&r, 0, sizeof r);
  nodec_http_parser hp;
  nodec_http_parser_init(&hp, NODEC_HTTP_REQUEST, &g_settings);
  hp.data = &r;
  r.cur.hash = r.body.hash = 2166136261u;
  g_cases++;
  nodec_http_parser_pause(&hp);
  if (nodec_http_parser_execute(&hp, "GET", 3) != HPE_PAUSED || hp.error_offset != 0)
    fail("api pause", "pause before execute", nodec_http_errno_name(hp.error), "HPE_PAUSED@0");
  nodec_http_parser_resume(&hp);
  g_cases++;
  const char *bad = "GET / HTTP/1.1\r\nX: a\x01";
  if (nodec_http_parser_execute(&hp, bad, strlen(bad)) != HPE_INVALID_HEADER_TOKEN ||
      hp.error_offset != strlen(bad) - 1 || strcmp(hp.reason, "Invalid header value char") != 0)
    fail("api error offset", "offset/reason", hp.reason ? hp.reason : "(null)", "Invalid header value char @20");
  /* A bad method fails at the first byte that starts no method name (llhttp's offsets/reasons). */
  static const struct { const char *in; size_t off; const char *why; } bad_methods[] = {
    {"Oopsie-doopsie\r\n", 1, "Invalid method encountered"},
    {"FOO /\r\n", 1, "Invalid method encountered"},
    {"GE /\r\n", 2, "Invalid method encountered"},
    {"GETX / HTTP/1.1\r\n", 3, "Expected space after method"},
    {"G@T / HTTP/1.1\r\n", 1, "Invalid method encountered"},
    {"get / HTTP/1.1\r\n", 0, "Invalid method encountered"},
  };
  for (size_t i = 0; i < sizeof bad_methods / sizeof *bad_methods; i++) {
    nodec_http_parser mp;
    nodec_http_parser_init(&mp, NODEC_HTTP_REQUEST, &g_settings);
    mp.data = &r;
    g_cases++;
    if (nodec_http_parser_execute(&mp, bad_methods[i].in, strlen(bad_methods[i].in)) != HPE_INVALID_METHOD ||
        mp.error_offset != bad_methods[i].off || strcmp(mp.reason, bad_methods[i].why) != 0)
      fail(bad_methods[i].in, "method error offset/reason", mp.reason ? mp.reason : "(null)", bad_methods[i].why);
  }
  g_cases++;
  if (nodec_http_parser_execute(&hp, "\r\n", 2) != HPE_INVALID_HEADER_TOKEN)
    fail("api sticky", "error not sticky", nodec_http_errno_name(hp.error), "HPE_INVALID_HEADER_TOKEN");
  g_cases++;
  nodec_http_parser_reset(&hp);
  if (nodec_http_parser_execute(&hp, "GET / HTTP/1.1\r\n\r\n", 18) != HPE_OK || hp.data != &r)
    fail("api reset", "reset", nodec_http_errno_name(hp.error), "HPE_OK");
  g_cases++;
  if (strcmp(nodec_http_errno_name(HPE_INVALID_METHOD), "HPE_INVALID_METHOD") != 0 ||
      strcmp(nodec_http_method_name(NODEC_HTTP_MSEARCH), "M-SEARCH") != 0 ||
      nodec_http_method_name(NODEC_HTTP_METHOD_COUNT) != NULL)
    fail("api names", "names", "?", "HPE_INVALID_METHOD / M-SEARCH");
  /* upgrade offset within a second buffer */
  g_cases++;
  nodec_http_parser_init(&hp, NODEC_HTTP_REQUEST, NULL);
  const char *a = "GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: x\r\n";
  const char *b = "\r\nRAW";
  nodec_http_errno e1 = nodec_http_parser_execute(&hp, a, strlen(a));
  nodec_http_errno e2 = nodec_http_parser_execute(&hp, b, strlen(b));
  if (e1 != HPE_OK || e2 != HPE_PAUSED_UPGRADE || hp.error_offset != 2)
    fail("api upgrade offset", "offset", nodec_http_errno_name(e2), "HPE_PAUSED_UPGRADE@2");
}

/* ---------- throughput (only with NODEC_HTTP_BENCH=1) ---------- */

static int nop_data(nodec_http_parser *hp, const char *at, size_t n) { (void)hp; (void)at; (void)n; return 0; }
static int nop(nodec_http_parser *hp) { (void)hp; return 0; }

static void bench(void) {
  static const nodec_http_settings st = {
    .on_message_begin = nop, .on_url = nop_data, .on_url_complete = nop,
    .on_header_field = nop_data, .on_header_field_complete = nop, .on_header_value = nop_data,
    .on_header_value_complete = nop, .on_headers_complete = nop, .on_body = nop_data,
    .on_message_complete = nop};
  const char *req =
      "GET /api/v1/users/12345/profile?fields=name,email HTTP/1.1\r\n"
      "Host: api.example.com\r\n"
      "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/120.0\r\n"
      "Accept: application/json, text/plain, */*\r\n"
      "Accept-Language: en-US,en;q=0.5\r\n"
      "Accept-Encoding: gzip, deflate, br\r\n"
      "Connection: keep-alive\r\n"
      "\r\n";
  size_t len = strlen(req);
  enum { N = 64 };
  static char buf[64 * 512];
  for (int i = 0; i < N; i++) memcpy(buf + (size_t)i * len, req, len);
  nodec_http_parser hp;
  nodec_http_parser_init(&hp, NODEC_HTTP_REQUEST, &st);
  long iters = getenv("NODEC_HTTP_BENCH_ITERS") ? atol(getenv("NODEC_HTTP_BENCH_ITERS")) : 200000;
  struct timespec t0, t1;
  timespec_get(&t0, TIME_UTC);
  for (long i = 0; i < iters; i++) {
    if (nodec_http_parser_execute(&hp, buf, len * N) != HPE_OK) {
      printf("bench error %s\n", hp.reason);
      return;
    }
  }
  timespec_get(&t1, TIME_UTC);
  double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  double bytes = (double)len * N * (double)iters;
  printf("bench: %zu-byte GET, %.0f MB/s, %.1f M req/s\n", len, bytes / secs / 1e6,
         (double)N * (double)iters / secs / 1e6);
}

int main(void) {
  const char *b = getenv("NODEC_HTTP_BENCH");
  if (b && *b == '1') {
    bench();
    return 0;
  }
  test_requests();
  test_responses();
  test_limits_and_lenient();
  test_api();
  run_table(g_request_table, sizeof g_request_table / sizeof *g_request_table, &REQ);
  run_table(g_response_table, sizeof g_response_table / sizeof *g_response_table, &RES);
  printf("http_parser: %d cases, %d failed\n", g_cases, g_failed);
  return g_failed ? 1 : 0;
}
