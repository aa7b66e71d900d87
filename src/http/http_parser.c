/* nodec's HTTP/1.x parser. One switch-driven state machine; element bodies (url, names, values,
 * message bodies) are scanned by tight table-driven inner loops and reported as slices. */
#include "http/http_parser.h"

#include <string.h>

enum {
  S_DEAD, S_START, S_CLOSED, S_UPGRADED,
  /* request line */
  S_METHOD, S_URL_START, S_URL_SCHEME, S_URL_SLASH1, S_URL_SLASH2, S_URL_SERVER, S_URL_PATH,
  S_URL_09_LF, S_VER_SPACES, S_VER_CONST, S_VER_MAJOR, S_VER_DOT, S_VER_MINOR,
  S_REQ_LINE_CR, S_REQ_LINE_LF,
  /* status line */
  S_RES_SP, S_RES_STATUS, S_RES_AFTER_STATUS, S_RES_REASON, S_RES_LINE_LF,
  /* headers / trailers */
  S_HDR_FIRST, S_HDR_START, S_HDR_FIELD, S_HDR_VALUE_WS, S_HDR_VALUE, S_HDR_VALUE_LF,
  S_HDR_VALUE_LWS, S_HDRS_LF,
  /* zero-width steps (run without consuming input) */
  S_HDRS_DONE, S_BODY_DECIDE, S_TRAILERS_DONE, S_MSG_DONE,
  /* bodies */
  S_BODY_CL, S_BODY_EOF,
  S_CHUNK_SIZE_START, S_CHUNK_SIZE, S_CHUNK_SIZE_WS, S_CHUNK_EXT_NAME_START, S_CHUNK_EXT_NAME,
  S_CHUNK_EXT_VALUE_START, S_CHUNK_EXT_VALUE, S_CHUNK_EXT_QUOTED, S_CHUNK_EXT_QUOTED_ESC,
  S_CHUNK_EXT_AFTER_QUOTE, S_CHUNK_SIZE_LF, S_CHUNK_DATA, S_CHUNK_DATA_CR, S_CHUNK_DATA_LF
};

/* Which header's value is being interpreted. */
enum { HK_NONE, HK_CONTENT_LENGTH, HK_TRANSFER_ENCODING, HK_CONNECTION, HK_EXPECT };

/* tok_flags bits */
enum { TOK_WS = 1, TOK_ANY = 2 };

#define F(x) NODEC_HTTP_F_##x
#define LENIENT(x) (hp->lenient & NODEC_HTTP_LENIENT_##x)

/* Character classes, one table, bit per class. */
enum { C_TOKEN = 1, C_VALUE = 2, C_URL = 4, C_SERVER = 8, C_HEX = 16, C_QDTEXT = 32 };
static uint8_t g_class[256];
static int8_t g_hexval[256];
static int g_tables_ready;

static void init_tables(void) {
  for (int c = 0; c < 256; c++) {
    uint8_t k = 0;
    int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    int digit = c >= '0' && c <= '9';
    if (alpha || digit || (c && strchr("!#$%&'*+-.^_`|~", c))) k |= C_TOKEN;
    if (c == '\t' || (c >= 0x20 && c != 0x7f)) k |= C_VALUE;
    if (c > 0x20 && c < 0x7f) k |= C_URL;
    if (alpha || digit || (c && strchr("-._~!$&'()*+,;=:@[]%", c))) k |= C_SERVER;
    if (c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) ||
        c >= 0x80)
      k |= C_QDTEXT;
    g_hexval[c] = -1;
    if (digit) g_hexval[c] = (int8_t)(c - '0');
    else if (c >= 'a' && c <= 'f') g_hexval[c] = (int8_t)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') g_hexval[c] = (int8_t)(c - 'A' + 10);
    if (g_hexval[c] >= 0) k |= C_HEX;
    g_class[c] = k;
  }
  g_tables_ready = 1;
}

#define IS(c, k) (g_class[(uint8_t)(c)] & (k))

/* Bulk scanners for the long elements: return the first byte in [p, end) not in the class. */
#ifdef __SSE2__
#include <emmintrin.h>
static inline const char *scan_value(const char *p, const char *end) {
  /* valid: HTAB, 0x20-0x7e, 0x80-0xff */
  const __m128i sp = _mm_set1_epi8(0x20), tab = _mm_set1_epi8(0x09), del = _mm_set1_epi8(0x7f);
  while (end - p >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i ok = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(x, sp), x), _mm_cmpeq_epi8(x, tab));
    ok = _mm_andnot_si128(_mm_cmpeq_epi8(x, del), ok);
    unsigned bad = (unsigned)_mm_movemask_epi8(ok) ^ 0xffffu;
    if (bad) return p + __builtin_ctz(bad);
    p += 16;
  }
  for (; p < end && IS(*p, C_VALUE); p++) {}
  return p;
}
static inline const char *scan_url(const char *p, const char *end) {
  /* valid: 0x21-0x7e (signed compare keeps 0x80-0xff out) */
  const __m128i lo = _mm_set1_epi8(0x20), hi = _mm_set1_epi8(0x7f);
  while (end - p >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i ok = _mm_and_si128(_mm_cmpgt_epi8(x, lo), _mm_cmplt_epi8(x, hi));
    unsigned bad = (unsigned)_mm_movemask_epi8(ok) ^ 0xffffu;
    if (bad) return p + __builtin_ctz(bad);
    p += 16;
  }
  for (; p < end && IS(*p, C_URL); p++) {}
  return p;
}
#else
static inline const char *scan_value(const char *p, const char *end) {
  while (end - p >= 4 && IS(p[0], C_VALUE) && IS(p[1], C_VALUE) && IS(p[2], C_VALUE) &&
         IS(p[3], C_VALUE))
    p += 4;
  for (; p < end && IS(*p, C_VALUE); p++) {}
  return p;
}
static inline const char *scan_url(const char *p, const char *end) {
  while (end - p >= 4 && IS(p[0], C_URL) && IS(p[1], C_URL) && IS(p[2], C_URL) && IS(p[3], C_URL))
    p += 4;
  for (; p < end && IS(*p, C_URL); p++) {}
  return p;
}
#endif

static inline const char *scan_token(const char *p, const char *end) {
  while (end - p >= 4 && IS(p[0], C_TOKEN) && IS(p[1], C_TOKEN) && IS(p[2], C_TOKEN) &&
         IS(p[3], C_TOKEN))
    p += 4;
  for (; p < end && IS(*p, C_TOKEN); p++) {}
  return p;
}

static const char *const g_methods[NODEC_HTTP_METHOD_COUNT] = {
  "ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK",
  "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH",
  "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE",
  "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE"
};

/* Method names llhttp's matcher also knows (RTSP and the HTTP/2 preface): a request line is
 * rejected at the first byte that starts none of them, as there. */
static const char *const g_other_methods[] = {
  "PRI", "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER",
  "SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH"
};

/* Whether m[0..n) begins some known method name. */
static int method_prefix(const char *m, size_t n) {
  for (int i = 0; i < NODEC_HTTP_METHOD_COUNT; i++)
    if (strlen(g_methods[i]) >= n && memcmp(g_methods[i], m, n) == 0) return 1;
  for (size_t i = 0; i < sizeof g_other_methods / sizeof g_other_methods[0]; i++)
    if (strlen(g_other_methods[i]) >= n && memcmp(g_other_methods[i], m, n) == 0) return 1;
  return 0;
}

/* Returns the method index, -1 unknown, -2 for the HTTP/2 preface "PRI". */
static int lookup_method(const char *m, size_t n) {
  /* Most traffic first. */
  if (n == 3 && m[0] == 'G' && m[1] == 'E' && m[2] == 'T') return NODEC_HTTP_GET;
  if (n == 4 && memcmp(m, "POST", 4) == 0) return NODEC_HTTP_POST;
  for (int i = 0; i < NODEC_HTTP_METHOD_COUNT; i++)
    if (g_methods[i][0] == m[0] && strlen(g_methods[i]) == n && memcmp(g_methods[i], m, n) == 0)
      return i;
  if (n == 3 && memcmp(m, "PRI", 3) == 0) return -2;
  return -1;
}

/* Case-insensitive compare of a header name (token chars) with a lowercase pattern. */
static int name_is(const char *name, const char *pat, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (((uint8_t)name[i] | 0x20) != (uint8_t)pat[i]) return 0;
  return 1;
}

/* Token lists recognised inside special header values (lowercase, with lengths). */
typedef struct {
  const char *s;
  uint8_t len;
} tok_def;
static const tok_def g_te_tokens[] = {{"chunked", 7}};
static const tok_def g_conn_tokens[] = {{"close", 5}, {"keep-alive", 10}, {"upgrade", 7}};
static const tok_def g_expect_tokens[] = {{"100-continue", 12}};

static inline void tokens_for(int hkind, const tok_def **list, int *count) {
  switch (hkind) {
  case HK_TRANSFER_ENCODING: *list = g_te_tokens; *count = 1; break;
  case HK_CONNECTION: *list = g_conn_tokens; *count = 3; break;
  case HK_EXPECT: *list = g_expect_tokens; *count = 1; break;
  default: *list = NULL; *count = 0;
  }
}

static void tok_reset(nodec_http_parser *hp) {
  hp->tok_len = 0;
  hp->tok_cand = 0xff;
  hp->tok_flags &= (uint8_t)~TOK_WS;
}

/* Index of the fully matched token, or -1. */
static int tok_matched(const nodec_http_parser *hp) {
  const tok_def *list;
  int count;
  tokens_for(hp->hkind, &list, &count);
  int i = hp->tok_cand - 1;
  return i >= 0 && i < count && list[i].len == hp->tok_len ? i : -1;
}

/* A token of a special header ended (at ',' or end of value). */
static void tok_end(nodec_http_parser *hp) {
  if (hp->tok_len == 0) return;
  int m = tok_matched(hp);
  switch (hp->hkind) {
  case HK_TRANSFER_ENCODING:
    if (m == 0) hp->flags |= F(CHUNKED);
    else hp->flags &= (uint16_t)~F(CHUNKED);
    break;
  case HK_CONNECTION:
    if (m == 0) hp->flags |= F(CONNECTION_CLOSE);
    else if (m == 1) hp->flags |= F(CONNECTION_KEEP_ALIVE);
    else if (m == 2) hp->flags |= F(CONNECTION_UPGRADE);
    break;
  case HK_EXPECT:
    if (m == 0) hp->flags |= F(EXPECT_CONTINUE);
    break;
  }
}

/* Interprets bytes [q, to) of a special header value. Returns an error code (with *at set to
 * the offending byte) or 0. Runs once per slice; the per-byte work is a few compares. */
static int special_bytes(nodec_http_parser *hp, const char *q, const char *to, const char **at,
                         const char **why) {
  if (hp->hkind == HK_CONTENT_LENGTH) {
    for (; q < to; q++) {
      uint8_t c = (uint8_t)*q;
      if (c >= '0' && c <= '9') {
        uint64_t d = (uint64_t)(c - '0');
        if (hp->tok_flags & TOK_WS) {
          *why = "Invalid character in Content-Length";
          goto bad_cl;
        }
        if (hp->content_length > (UINT64_MAX - d) / 10) {
          *why = "Content-Length overflow";
          goto bad_cl;
        }
        hp->content_length = hp->content_length * 10 + d;
        hp->tok_len = 1;
      } else if (c == ' ' || c == '\t') {
        if (hp->tok_len) hp->tok_flags |= TOK_WS;
      } else {
        *why = "Invalid character in Content-Length";
        goto bad_cl;
      }
    }
    return 0;
  bad_cl:
    *at = q;
    return HPE_INVALID_CONTENT_LENGTH;
  }

  const tok_def *list;
  int count;
  tokens_for(hp->hkind, &list, &count);
  int te = hp->hkind == HK_TRANSFER_ENCODING;
  /* Locals: stores through hp (uint8_t) would otherwise force reloads on every byte. */
  uint8_t len = hp->tok_len, cand = hp->tok_cand, fl = hp->tok_flags;
  for (; q < to; q++) {
    uint8_t c = (uint8_t)*q;
    if (c == ',') {
      hp->tok_len = len, hp->tok_cand = cand, hp->tok_flags = fl;
      tok_end(hp);
      /* A request's chunked must be the final coding: nothing may follow it. */
      if (te && hp->type == NODEC_HTTP_REQUEST && (hp->flags & F(CHUNKED)) &&
          !LENIENT(TRANSFER_ENCODING)) {
        *why = "Invalid `Transfer-Encoding` header value";
        *at = q;
        return HPE_INVALID_TRANSFER_ENCODING;
      }
      len = 0, cand = 0xff, fl &= (uint8_t)~TOK_WS;
      continue;
    }
    /* llhttp only skips spaces (not tabs) after a transfer coding. */
    if (c == ' ' || (c == '\t' && !te)) {
      if (len) fl |= TOK_WS;
      continue;
    }
    if (fl & TOK_WS) cand = 0; /* whitespace inside a token */
    fl |= TOK_ANY;
    if (cand) {
      /* Each list's tokens start with distinct letters: the first byte picks the candidate. */
      uint8_t lc = (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c;
      if (cand == 0xff) {
        cand = 0;
        for (int i = 0; i < count; i++)
          if ((uint8_t)list[i].s[0] == lc) cand = (uint8_t)(i + 1);
      } else {
        const tok_def *t = &list[cand - 1];
        if (len >= t->len || (uint8_t)t->s[len] != lc) cand = 0;
      }
    }
    if (len < 255) len++;
  }
  hp->tok_len = len, hp->tok_cand = cand, hp->tok_flags = fl;
  return 0;
}

/* Fast path: a token-list value that is complete in this buffer and is exactly one known
 * token ("keep-alive", "chunked", ...) leaves the same state special_bytes would. */
static inline int whole_token_value(nodec_http_parser *hp, const char *from, const char *to,
                                    const char *end) {
  if (hp->hkind == HK_CONTENT_LENGTH || to == end || *to != '\r' || hp->tok_len ||
      (hp->tok_flags & TOK_ANY))
    return 0;
  const tok_def *list;
  int count;
  tokens_for(hp->hkind, &list, &count);
  size_t n = (size_t)(to - from);
  for (int i = 0; i < count; i++) {
    if (list[i].len != n) continue;
    size_t k = 0;
    while (k < n && (uint8_t)(from[k] | 0x20) == (uint8_t)list[i].s[k] &&
           (from[k] == '-' || from[k] == list[i].s[k] || (from[k] >= 'A' && from[k] <= 'Z')))
      k++;
    if (k < n) return 0;
    hp->tok_len = (uint8_t)n;
    hp->tok_cand = (uint8_t)(i + 1);
    hp->tok_flags = TOK_ANY;
    return 1;
  }
  return 0;
}

/* Header name complete: decide whether its value needs interpreting, check framing conflicts. */
static int classify_header(nodec_http_parser *hp, const char *name, size_t n, const char **why) {
  hp->hkind = HK_NONE;
  if (hp->flags & F(TRAILING)) return 0;
  int kind = HK_NONE;
  switch (n) {
  case 6: if (name_is(name, "expect", 6)) kind = HK_EXPECT; break;
  case 7:
    if (name_is(name, "upgrade", 7)) hp->flags |= F(UPGRADE);
    return 0;
  case 10: if (name_is(name, "connection", 10)) kind = HK_CONNECTION; break;
  case 14: if (name_is(name, "content-length", 14)) kind = HK_CONTENT_LENGTH; break;
  case 16: if (name_is(name, "proxy-connection", 16)) kind = HK_CONNECTION; break;
  case 17: if (name_is(name, "transfer-encoding", 17)) kind = HK_TRANSFER_ENCODING; break;
  default: return 0;
  }
  hp->tok_flags = 0;
  tok_reset(hp);
  if (kind == HK_CONTENT_LENGTH) {
    if (hp->flags & F(CONTENT_LENGTH)) {
      *why = "Duplicate Content-Length";
      return HPE_UNEXPECTED_CONTENT_LENGTH;
    }
    if ((hp->flags & F(TRANSFER_ENCODING)) && !LENIENT(CHUNKED_LENGTH)) {
      *why = "Content-Length can't be present with Transfer-Encoding";
      return HPE_INVALID_CONTENT_LENGTH;
    }
    hp->flags |= F(CONTENT_LENGTH);
    hp->content_length = 0;
  } else if (kind == HK_TRANSFER_ENCODING) {
    if ((hp->flags & F(CONTENT_LENGTH)) && !LENIENT(CHUNKED_LENGTH)) {
      *why = "Transfer-Encoding can't be present with Content-Length";
      return HPE_INVALID_TRANSFER_ENCODING;
    }
    if (hp->type == NODEC_HTTP_REQUEST && (hp->flags & F(CHUNKED)) && !LENIENT(TRANSFER_ENCODING)) {
      *why = "Invalid `Transfer-Encoding` header value";
      return HPE_INVALID_TRANSFER_ENCODING;
    }
    hp->flags |= F(TRANSFER_ENCODING);
  }
  hp->hkind = (uint8_t)kind;
  return 0;
}

/* Header value complete. */
static int finish_value(nodec_http_parser *hp, const char **why) {
  int kind = hp->hkind;
  hp->hkind = HK_NONE;
  if (kind == HK_NONE) return 0;
  if (kind == HK_CONTENT_LENGTH) {
    if (hp->tok_len == 0) {
      *why = "Empty Content-Length";
      return HPE_INVALID_CONTENT_LENGTH;
    }
    return 0;
  }
  hp->hkind = (uint8_t)kind;
  tok_end(hp);
  hp->hkind = HK_NONE;
  if (kind == HK_TRANSFER_ENCODING && !(hp->tok_flags & TOK_ANY)) {
    *why = "Empty Transfer-Encoding";
    return HPE_INVALID_TRANSFER_ENCODING;
  }
  return 0;
}

int nodec_http_message_needs_eof(const nodec_http_parser *hp) {
  if (hp->type == NODEC_HTTP_REQUEST) return 0;
  unsigned st = hp->status_code;
  if ((st >= 100 && st < 200) || st == 204 || st == 304 || (hp->flags & F(SKIPBODY))) return 0;
  if ((hp->flags & F(TRANSFER_ENCODING)) && !(hp->flags & F(CHUNKED))) return 1;
  if (hp->flags & (F(CHUNKED) | F(CONTENT_LENGTH))) return 0;
  return 1;
}

int nodec_http_should_keep_alive(const nodec_http_parser *hp) {
  if (hp->http_major > 0 && hp->http_minor > 0) {
    if (hp->flags & F(CONNECTION_CLOSE)) return 0;
  } else if (hp->http_major > 1) {
    if (hp->flags & F(CONNECTION_CLOSE)) return 0;
  } else if (!(hp->flags & F(CONNECTION_KEEP_ALIVE))) {
    return 0;
  }
  return !nodec_http_message_needs_eof(hp);
}

static void begin_message(nodec_http_parser *hp) {
  hp->flags = 0;
  hp->content_length = 0;
  hp->upgrade = 0;
  hp->status_code = 0;
  hp->http_major = hp->http_minor = 0;
  hp->method = 0;
  hp->header_bytes = 0;
  hp->hkind = HK_NONE;
  hp->idx = 0;
  hp->name_len = 0;
}

void nodec_http_parser_init(nodec_http_parser *hp, nodec_http_type type,
                            const nodec_http_settings *settings) {
  if (!g_tables_ready) init_tables();
  memset(hp, 0, sizeof *hp);
  hp->type = (uint8_t)type;
  hp->settings = settings;
  hp->max_header_size = NODEC_HTTP_DEFAULT_MAX_HEADER_SIZE;
  hp->state = S_START;
}

void nodec_http_parser_reset(nodec_http_parser *hp) {
  void *data = hp->data;
  const nodec_http_settings *s = hp->settings;
  uint32_t lenient = hp->lenient, max = hp->max_header_size;
  nodec_http_parser_init(hp, (nodec_http_type)hp->type, s);
  hp->data = data;
  hp->lenient = lenient;
  hp->max_header_size = max;
}

void nodec_http_parser_pause(nodec_http_parser *hp) { hp->pause_req = 1; }

void nodec_http_parser_resume(nodec_http_parser *hp) {
  hp->pause_req = 0;
  if (hp->error == HPE_PAUSED) hp->error = HPE_OK;
}

void nodec_http_parser_resume_after_upgrade(nodec_http_parser *hp) {
  if (hp->error != HPE_PAUSED_UPGRADE) return;
  hp->error = HPE_OK;
  hp->upgrade = 0;
  hp->state = S_START;
}

#define FAIL(code, why)                                                                        \
  do {                                                                                         \
    err = (code);                                                                              \
    reason = (why);                                                                            \
    goto fail;                                                                                 \
  } while (0)

/* Callback return handling: HPE_PAUSED is honoured at the next safe point. */
#define CB_RESULT(r, name)                                                                     \
  do {                                                                                         \
    if (r) {                                                                                   \
      if ((r) == HPE_PAUSED) hp->pause_req = 1;                                                \
      else FAIL(HPE_USER, "`" name "` callback error");                                        \
    }                                                                                          \
  } while (0)

#define CB(name)                                                                               \
  do {                                                                                         \
    if (s->name) {                                                                             \
      hp->state = st;                                                                          \
      int r_ = s->name(hp);                                                                    \
      CB_RESULT(r_, #name);                                                                    \
    }                                                                                          \
  } while (0)

/* Reports a slice; header-ish slices count toward max_header_size as node counts them. */
#define SPAN(name, from, to, counted)                                                          \
  do {                                                                                         \
    size_t n_ = (size_t)((to) - (from));                                                       \
    if (n_) {                                                                                  \
      if (counted) {                                                                           \
        hp->header_bytes += (uint32_t)(n_ > 0xffffffffu ? 0xffffffffu : n_);                   \
        if (hp->header_bytes >= hp->max_header_size || n_ >= hp->max_header_size)             \
          FAIL(HPE_HEADER_OVERFLOW, "Header overflow");                                        \
      }                                                                                        \
      if (s->name) {                                                                           \
        hp->state = st;                                                                        \
        int r_ = s->name(hp, (from), n_);                                                      \
        CB_RESULT(r_, #name);                                                                  \
      }                                                                                        \
    }                                                                                          \
  } while (0)

#define SAFE_POINT(resume)                                                                     \
  do {                                                                                         \
    if (hp->pause_req) {                                                                       \
      p = (resume);                                                                            \
      goto paused;                                                                             \
    }                                                                                          \
  } while (0)

#define NEED()                                                                                 \
  do {                                                                                         \
    if (p == end) goto out;                                                                    \
  } while (0)

static int is_span_state(int st) {
  return (st >= S_URL_SCHEME && st <= S_URL_PATH) || st == S_RES_REASON || st == S_HDR_FIELD ||
         st == S_HDR_VALUE;
}

nodec_http_errno nodec_http_parser_execute(nodec_http_parser *hp, const char *data, size_t len) {
  const nodec_http_settings *s = hp->settings;
  static const nodec_http_settings no_callbacks;
  if (!s) s = &no_callbacks;
  if (hp->error != HPE_OK) {
    if (hp->error == HPE_PAUSED || hp->error == HPE_PAUSED_UPGRADE) hp->error_offset = 0;
    return hp->error;
  }
  if (hp->pause_req) {
    hp->error = HPE_PAUSED;
    hp->error_offset = 0;
    return HPE_PAUSED;
  }
  if (hp->state == S_UPGRADED) {
    hp->error = HPE_PAUSED_UPGRADE;
    hp->error_offset = 0;
    return HPE_PAUSED_UPGRADE;
  }

  if (!data) data = ""; /* execute(hp, NULL, 0) just runs pending steps */
  const char *p = data, *end = data + len;
  int st = hp->state;
  const char *mark = is_span_state(st) ? data : NULL;
  int err = HPE_OK;
  const char *reason = NULL;
  uint8_t c;

  for (;;) {
    switch (st) {
    case S_DEAD:
      FAIL(HPE_INTERNAL, "Parser in error state");

    case S_CLOSED:
      for (; p < end && (*p == '\r' || *p == '\n'); p++) {}
      NEED();
      if (!LENIENT(KEEP_ALIVE) && !LENIENT(DATA_AFTER_CLOSE))
        FAIL(HPE_CLOSED_CONNECTION, "Data after `Connection: close`");
      st = S_START;
      /* fallthrough */
    case S_START:
      for (; p < end && (*p == '\r' || *p == '\n'); p++) {}
      NEED();
      begin_message(hp);
      st = hp->type == NODEC_HTTP_REQUEST ? S_METHOD : S_VER_CONST;
      CB(on_message_begin);
      SAFE_POINT(p);
      continue;

    case S_UPGRADED:
      hp->state = st;
      hp->error = HPE_PAUSED_UPGRADE;
      hp->error_offset = (size_t)(p - data);
      return HPE_PAUSED_UPGRADE;

    /* ---- request line ---- */
    case S_METHOD:
      if (hp->idx == 0 && end - p >= 5) { /* whole common method in this buffer */
        if (p[0] == 'G' && p[1] == 'E' && p[2] == 'T' && p[3] == ' ') {
          hp->method = NODEC_HTTP_GET;
          p += 4;
          st = S_URL_START;
          goto url_start;
        }
        if (p[0] == 'P' && p[1] == 'O' && p[2] == 'S' && p[3] == 'T' && p[4] == ' ') {
          hp->method = NODEC_HTTP_POST;
          p += 5;
          st = S_URL_START;
          goto url_start;
        }
      }
      for (;;) {
        NEED();
        c = (uint8_t)*p;
        if (((c >= 'A' && c <= 'Z') || c == '-' || c == '_') && hp->idx < 16) {
          hp->buf[hp->idx] = (char)c;
          if (method_prefix(hp->buf, hp->idx + 1u)) {
            hp->idx++;
            p++;
            continue;
          }
        }
        if (c != ' ' || hp->idx == 0) {
          FAIL(HPE_INVALID_METHOD, hp->idx && lookup_method(hp->buf, hp->idx) != -1 ? "Expected space after method"
                                                                                  : "Invalid method encountered");
        }
        int m = lookup_method(hp->buf, hp->idx);
        if (m == -2) FAIL(HPE_PAUSED_H2_UPGRADE, "Pause on PRI/Upgrade");
        if (m < 0) FAIL(HPE_INVALID_METHOD, "Invalid method encountered");
        hp->method = (uint8_t)m;
        p++;
        st = S_URL_START;
        break;
      }
      /* fallthrough */
    case S_URL_START:
    url_start:
      for (; p < end && *p == ' '; p++) {}
      NEED();
      c = (uint8_t)*p;
      mark = p;
      if (hp->method == NODEC_HTTP_CONNECT) {
        st = S_URL_SERVER;
      } else if (c == '/' || c == '*') {
        st = S_URL_PATH;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        st = S_URL_SCHEME;
      } else {
        FAIL(HPE_INVALID_URL, "Unexpected start char in url");
      }
      continue;

    case S_URL_SCHEME:
      for (; p < end && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'); p++) {}
      NEED();
      if (*p != ':') FAIL(HPE_INVALID_URL, "Unexpected char in url schema");
      p++;
      st = S_URL_SLASH1;
      /* fallthrough */
    case S_URL_SLASH1:
      NEED();
      if (*p != '/') FAIL(HPE_INVALID_URL, "Unexpected char in url schema");
      p++;
      st = S_URL_SLASH2;
      /* fallthrough */
    case S_URL_SLASH2:
      NEED();
      if (*p != '/') FAIL(HPE_INVALID_URL, "Unexpected char in url schema");
      p++;
      st = S_URL_SERVER;
      /* fallthrough */
    case S_URL_SERVER:
      for (; p < end && IS(*p, C_SERVER); p++) {}
      NEED();
      c = (uint8_t)*p;
      if (c == '/' || c == '?' || c == '#') {
        p++;
        st = S_URL_PATH;
        continue;
      }
      if (c != ' ' && c != '\r' && c != '\n') FAIL(HPE_INVALID_URL, "Unexpected char in url server");
      goto url_end;

    case S_URL_PATH:
      p = scan_url(p, end);
      NEED();
      c = (uint8_t)*p;
      if (c != ' ' && c != '\r' && c != '\n') FAIL(HPE_INVALID_URL, "Invalid char in url path");
    url_end:
      SPAN(on_url, mark, p, 1);
      mark = NULL;
      if (c == ' ') {
        st = S_VER_SPACES;
      } else { /* HTTP/0.9 simple request line */
        hp->http_major = 0;
        hp->http_minor = 9;
        st = c == '\r' ? S_URL_09_LF : S_HDR_FIRST;
      }
      p++;
      CB(on_url_complete);
      SAFE_POINT(p);
      continue;

    case S_URL_09_LF:
      NEED();
      if (*p != '\n') FAIL(HPE_INVALID_URL, "Expected CRLF");
      p++;
      st = S_HDR_FIRST;
      continue;

    case S_VER_SPACES:
      for (; p < end && *p == ' '; p++) {}
      NEED();
      hp->idx = 0;
      st = S_VER_CONST;
      /* fallthrough */
    case S_VER_CONST:
      while (hp->idx < 5) {
        NEED();
        if (*p != "HTTP/"[hp->idx]) FAIL(HPE_INVALID_CONSTANT, "Expected HTTP/, RTSP/ or ICE/");
        hp->idx++;
        p++;
      }
      st = S_VER_MAJOR;
      /* fallthrough */
    case S_VER_MAJOR:
      NEED();
      if (*p < '0' || *p > '9') FAIL(HPE_INVALID_VERSION, "Invalid major version");
      hp->http_major = (uint8_t)(*p - '0');
      p++;
      st = S_VER_DOT;
      /* fallthrough */
    case S_VER_DOT:
      NEED();
      if (*p != '.') FAIL(HPE_INVALID_VERSION, "Expected dot");
      p++;
      st = S_VER_MINOR;
      /* fallthrough */
    case S_VER_MINOR: {
      NEED();
      if (*p < '0' || *p > '9') FAIL(HPE_INVALID_VERSION, "Invalid minor version");
      hp->http_minor = (uint8_t)(*p - '0');
      unsigned v = hp->http_major * 10u + hp->http_minor;
      if (v != 11 && v != 10 && v != 9 && v != 20 && !LENIENT(VERSION))
        FAIL(HPE_INVALID_VERSION, "Invalid HTTP version");
      p++;
      st = hp->type == NODEC_HTTP_REQUEST ? S_REQ_LINE_CR : S_RES_SP;
      continue;
    }

    case S_REQ_LINE_CR:
      NEED();
      if (*p == '\r') {
        p++;
        st = S_REQ_LINE_LF;
      } else if (*p == '\n' && LENIENT(OPTIONAL_CR_BEFORE_LF)) {
        p++;
        st = S_HDR_FIRST;
        continue;
      } else {
        FAIL(HPE_INVALID_VERSION, "Expected CRLF after version");
      }
      /* fallthrough */
    case S_REQ_LINE_LF:
      NEED();
      if (*p == '\n') p++;
      else if (!LENIENT(OPTIONAL_LF_AFTER_CR)) FAIL(HPE_STRICT, "Expected CRLF after version");
      st = S_HDR_FIRST;
      continue;

    /* ---- status line ---- */
    case S_RES_SP:
      NEED();
      if (*p != ' ') FAIL(HPE_INVALID_VERSION, "Expected space after version");
      p++;
      hp->idx = 0;
      st = S_RES_STATUS;
      /* fallthrough */
    case S_RES_STATUS:
      while (hp->idx < 3) {
        NEED();
        if (*p < '0' || *p > '9') FAIL(HPE_INVALID_STATUS, "Invalid status code");
        hp->status_code = (uint16_t)(hp->status_code * 10 + (*p - '0'));
        hp->idx++;
        p++;
      }
      st = S_RES_AFTER_STATUS;
      /* fallthrough */
    case S_RES_AFTER_STATUS:
      NEED();
      c = (uint8_t)*p;
      if (c == ' ') {
        p++;
        mark = p;
        st = S_RES_REASON;
        continue;
      }
      if (c == '\r' || (c == '\n' && LENIENT(OPTIONAL_CR_BEFORE_LF))) {
        st = c == '\r' ? S_RES_LINE_LF : S_HDR_FIRST;
        p++;
        CB(on_status_complete);
        SAFE_POINT(p);
        continue;
      }
      if (c == '\n') FAIL(HPE_CR_EXPECTED, "Missing expected CR after response line");
      FAIL(HPE_INVALID_STATUS, "Invalid response status");

    case S_RES_REASON: {
      const char *q = memchr(p, '\r', (size_t)(end - p));
      const char *lf = memchr(p, '\n', (size_t)((q ? q : end) - p));
      if (lf) {
        if (!LENIENT(OPTIONAL_CR_BEFORE_LF)) {
          p = lf;
          FAIL(HPE_CR_EXPECTED, "Missing expected CR after response line");
        }
        q = lf;
      }
      if (!q) {
        p = end;
        goto out;
      }
      p = q;
      SPAN(on_status, mark, p, 1);
      mark = NULL;
      st = *p == '\r' ? S_RES_LINE_LF : S_HDR_FIRST;
      p++;
      CB(on_status_complete);
      SAFE_POINT(p);
      continue;
    }

    case S_RES_LINE_LF:
      NEED();
      if (*p == '\n') p++;
      else if (!LENIENT(OPTIONAL_LF_AFTER_CR)) FAIL(HPE_STRICT, "Expected LF after CR");
      st = S_HDR_FIRST;
      continue;

    /* ---- headers ---- */
    case S_HDR_FIRST:
      NEED();
      if (*p == ' ') FAIL(HPE_UNEXPECTED_SPACE, "Unexpected space after start line");
      st = S_HDR_START;
      /* fallthrough */
    case S_HDR_START:
      NEED();
      c = (uint8_t)*p;
      if (IS(c, C_TOKEN)) {
        mark = p;
        hp->name_len = 0;
        st = S_HDR_FIELD;
        /* fallthrough to the field scan */
      } else if (c == '\r') {
        p++;
        st = S_HDRS_LF;
        continue;
      } else if (c == '\n' && LENIENT(OPTIONAL_CR_BEFORE_LF)) {
        p++;
        st = (hp->flags & F(TRAILING)) ? S_TRAILERS_DONE : S_HDRS_DONE;
        continue;
      } else if (c == '\n') {
        FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header field char");
      } else {
        FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header token");
      }
      /* fallthrough */
    case S_HDR_FIELD: {
      p = scan_token(p, end);
      NEED();
      if (*p != ':') FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header token");
      const char *name = mark;
      size_t n = (size_t)(p - mark);
      if (hp->name_len) { /* the name started in an earlier buffer */
        size_t have = hp->name_len < sizeof hp->buf ? hp->name_len : sizeof hp->buf;
        size_t room = sizeof hp->buf - have;
        memcpy(hp->buf + have, mark, n < room ? n : room);
        n += hp->name_len;
        name = hp->buf;
      }
      if (n == 0) FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header token");
      SPAN(on_header_field, mark, p, 1);
      mark = NULL;
      p++;
      st = S_HDR_VALUE_WS;
      err = classify_header(hp, name, n, &reason);
      if (err) goto fail;
      CB(on_header_field_complete);
      SAFE_POINT(p);
    }
      /* fallthrough */
    case S_HDR_VALUE_WS:
      for (; p < end && (*p == ' ' || *p == '\t'); p++) {}
      NEED();
      mark = p;
      hp->idx = 0; /* becomes 1 once part of the value went out in an earlier buffer */
      st = S_HDR_VALUE;
      /* fallthrough */
    case S_HDR_VALUE:
      if (hp->hkind == HK_NONE) {
        p = scan_value(p, end); /* hot loop: plain header value */
      } else {
        const char *from = p;
        p = scan_value(p, end);
        if (!whole_token_value(hp, from, p, end)) {
          err = special_bytes(hp, from, p, &p, &reason);
          if (err) goto fail;
        }
      }
      NEED();
      c = (uint8_t)*p;
      if (c == '\r' || (c == '\n' && LENIENT(OPTIONAL_CR_BEFORE_LF))) {
        if (p != mark) hp->idx = 1;
        SPAN(on_header_value, mark, p, 1);
        mark = NULL;
        st = c == '\r' ? S_HDR_VALUE_LF : S_HDR_VALUE_LWS;
        p++;
        continue;
      }
      if (c == '\n') FAIL(HPE_CR_EXPECTED, "Missing expected CR after header value");
      if (!LENIENT(HEADERS)) FAIL(HPE_INVALID_HEADER_TOKEN, "Invalid header value char");
      if (hp->hkind != HK_NONE) {
        err = special_bytes(hp, p, p + 1, &p, &reason);
        if (err) goto fail;
      }
      p++;
      continue;

    case S_HDR_VALUE_LF:
      NEED();
      if (*p == '\n') p++;
      else if (!LENIENT(OPTIONAL_LF_AFTER_CR)) {
        /* llhttp words this differently for a CR right after the colon's whitespace */
        if (hp->idx) FAIL(HPE_LF_EXPECTED, "Missing expected LF after header value");
        FAIL(HPE_STRICT, "Expected LF after CR");
      }
      st = S_HDR_VALUE_LWS;
      /* fallthrough */
    case S_HDR_VALUE_LWS:
      NEED();
      if (*p == ' ' || *p == '\t') { /* obs-fold */
        if (!LENIENT(HEADERS))
          FAIL(HPE_INVALID_HEADER_TOKEN, "Unexpected whitespace after header value");
        /* The fold reads as one space: report the fold's own whitespace byte. */
        if (hp->hkind != HK_NONE) {
          static const char fold_space[] = " ";
          const char *ignored;
          err = special_bytes(hp, fold_space, fold_space + 1, &ignored, &reason);
          if (err) goto fail;
        }
        SPAN(on_header_value, p, p + 1, 1);
        p++;
        st = S_HDR_VALUE_WS;
        continue;
      }
      err = finish_value(hp, &reason);
      if (err) goto fail;
      st = S_HDR_START;
      CB(on_header_value_complete);
      SAFE_POINT(p);
      continue;

    case S_HDRS_LF:
      NEED();
      if (*p == '\n') p++;
      else if (!LENIENT(OPTIONAL_LF_AFTER_CR)) FAIL(HPE_STRICT, "Expected LF after headers");
      st = (hp->flags & F(TRAILING)) ? S_TRAILERS_DONE : S_HDRS_DONE;
      continue;

    case S_HDRS_DONE: {
      if ((hp->flags & F(UPGRADE)) && (hp->flags & F(CONNECTION_UPGRADE)))
        hp->upgrade = hp->type == NODEC_HTTP_REQUEST || hp->status_code == 101;
      else
        hp->upgrade = hp->type == NODEC_HTTP_REQUEST && hp->method == NODEC_HTTP_CONNECT;
      if (hp->type == NODEC_HTTP_RESPONSE && hp->head_request) hp->flags |= F(SKIPBODY);
      st = S_BODY_DECIDE;
      if (s->on_headers_complete) {
        hp->state = st;
        int r = s->on_headers_complete(hp);
        if (r == 1) {
          hp->flags |= F(SKIPBODY);
        } else if (r == 2) {
          hp->flags |= F(SKIPBODY);
          hp->upgrade = 1;
        } else {
          CB_RESULT(r, "on_headers_complete");
        }
      }
      SAFE_POINT(p);
    }
      /* fallthrough */
    case S_BODY_DECIDE: {
      int chunked = (hp->flags & F(CHUNKED)) != 0;
      int has_body = chunked || ((hp->flags & F(CONTENT_LENGTH)) && hp->content_length > 0);
      unsigned code = hp->status_code;
      if (hp->type == NODEC_HTTP_RESPONSE && code == 101) hp->upgrade = 1;
      if (hp->upgrade && (hp->method == NODEC_HTTP_CONNECT || (hp->flags & F(SKIPBODY)) ||
                          !has_body || hp->type == NODEC_HTTP_RESPONSE)) {
        st = S_MSG_DONE;
      } else if ((hp->flags & F(SKIPBODY)) ||
                 (hp->type == NODEC_HTTP_RESPONSE &&
                  ((code >= 100 && code < 200) || code == 204 || code == 304))) {
        st = S_MSG_DONE;
      } else if (chunked) {
        st = S_CHUNK_SIZE_START;
      } else if (hp->flags & F(TRANSFER_ENCODING)) {
        /* A request whose Transfer-Encoding does not end in chunked has no knowable length (RFC 9112
         * 6.3): an error once its head has been reported, unless leniency reads it to EOF. */
        if (hp->type == NODEC_HTTP_REQUEST && !LENIENT(CHUNKED_LENGTH) && !LENIENT(TRANSFER_ENCODING))
          FAIL(HPE_INVALID_TRANSFER_ENCODING, "Request has invalid `Transfer-Encoding`");
        st = S_BODY_EOF;
      } else if (hp->flags & F(CONTENT_LENGTH)) {
        st = hp->content_length ? S_BODY_CL : S_MSG_DONE;
      } else {
        st = hp->type == NODEC_HTTP_REQUEST ? S_MSG_DONE : S_BODY_EOF;
      }
      continue;
    }

    case S_MSG_DONE: {
      int upgrade = hp->upgrade;
      st = upgrade ? S_UPGRADED : nodec_http_should_keep_alive(hp) ? S_START : S_CLOSED;
      CB(on_message_complete);
      if (upgrade) {
        hp->state = st;
        hp->pause_req = 0;
        hp->error = HPE_PAUSED_UPGRADE;
        hp->error_offset = (size_t)(p - data);
        return HPE_PAUSED_UPGRADE;
      }
      SAFE_POINT(p);
      continue;
    }

    /* ---- bodies ---- */
    case S_BODY_CL: {
      NEED();
      size_t avail = (size_t)(end - p);
      size_t n = hp->content_length < avail ? (size_t)hp->content_length : avail;
      hp->content_length -= n;
      if (hp->content_length == 0) st = S_MSG_DONE;
      SPAN(on_body, p, p + n, 0);
      p += n;
      SAFE_POINT(p);
      continue;
    }

    case S_BODY_EOF:
      SPAN(on_body, p, end, 0);
      p = end;
      goto out;

    case S_CHUNK_SIZE_START:
      NEED();
      if (!IS(*p, C_HEX)) FAIL(HPE_INVALID_CHUNK_SIZE, "Invalid character in chunk size");
      hp->content_length = 0;
      hp->ext_bytes = 0;
      st = S_CHUNK_SIZE;
      /* fallthrough */
    case S_CHUNK_SIZE:
      for (; p < end && IS(*p, C_HEX); p++) {
        if (hp->content_length >> 60) FAIL(HPE_INVALID_CHUNK_SIZE, "Chunk size overflow");
        hp->content_length = (hp->content_length << 4) | (uint64_t)g_hexval[(uint8_t)*p];
      }
      NEED();
      c = (uint8_t)*p;
      if ((c == ' ' || c == '\t') && LENIENT(SPACES_AFTER_CHUNK_SIZE)) {
        st = S_CHUNK_SIZE_WS;
        continue;
      }
      goto chunk_size_end;

    case S_CHUNK_SIZE_WS:
      for (; p < end && (*p == ' ' || *p == '\t'); p++) {}
      NEED();
      c = (uint8_t)*p;
    chunk_size_end:
      if (c == '\r') {
        p++;
        st = S_CHUNK_SIZE_LF;
      } else if (c == ';') {
        p++;
        st = S_CHUNK_EXT_NAME_START;
      } else if (c == '\n') {
        if (!LENIENT(OPTIONAL_CR_BEFORE_LF))
          FAIL(HPE_CR_EXPECTED, "Missing expected CR after chunk size");
        st = S_CHUNK_SIZE_LF;
      } else {
        FAIL(HPE_INVALID_CHUNK_SIZE, "Invalid character in chunk size");
      }
      continue;

    /* Chunk extensions are validated, counted and skipped (node ignores them). */
    case S_CHUNK_EXT_NAME_START:
    case S_CHUNK_EXT_NAME:
    case S_CHUNK_EXT_VALUE_START:
    case S_CHUNK_EXT_VALUE:
    case S_CHUNK_EXT_QUOTED:
    case S_CHUNK_EXT_QUOTED_ESC:
    case S_CHUNK_EXT_AFTER_QUOTE:
      for (;;) {
        NEED();
        c = (uint8_t)*p;
        if (++hp->ext_bytes > NODEC_HTTP_MAX_CHUNK_EXTENSIONS)
          FAIL(HPE_CHUNK_EXTENSIONS_OVERFLOW, "Chunk extensions overflow");
        if ((c == '\r' || c == '\n') && st != S_CHUNK_EXT_NAME_START && st != S_CHUNK_EXT_QUOTED &&
            st != S_CHUNK_EXT_QUOTED_ESC) {
          if (c == '\n' && !LENIENT(OPTIONAL_CR_BEFORE_LF))
            FAIL(HPE_CR_EXPECTED, "Missing expected CR after chunk extension");
          if (c == '\r') p++;
          st = S_CHUNK_SIZE_LF;
          break;
        }
        switch (st) {
        case S_CHUNK_EXT_NAME_START:
          if (!IS(c, C_TOKEN)) FAIL(HPE_STRICT, "Invalid character in chunk extensions");
          st = S_CHUNK_EXT_NAME;
          break;
        case S_CHUNK_EXT_NAME:
          if (c == '=') st = S_CHUNK_EXT_VALUE_START;
          else if (c == ';') st = S_CHUNK_EXT_NAME_START;
          else if (!IS(c, C_TOKEN)) FAIL(HPE_STRICT, "Invalid character in chunk extensions name");
          break;
        case S_CHUNK_EXT_VALUE_START:
          if (c == '"') st = S_CHUNK_EXT_QUOTED;
          else if (c == ';') st = S_CHUNK_EXT_NAME_START;
          else if (IS(c, C_TOKEN)) st = S_CHUNK_EXT_VALUE;
          else FAIL(HPE_STRICT, "Invalid character in chunk extensions value");
          break;
        case S_CHUNK_EXT_VALUE:
          if (c == ';') st = S_CHUNK_EXT_NAME_START;
          else if (!IS(c, C_TOKEN)) FAIL(HPE_STRICT, "Invalid character in chunk extensions value");
          break;
        case S_CHUNK_EXT_QUOTED:
          if (c == '"') st = S_CHUNK_EXT_AFTER_QUOTE;
          else if (c == '\\') st = S_CHUNK_EXT_QUOTED_ESC;
          else if (!IS(c, C_QDTEXT))
            FAIL(HPE_STRICT, "Invalid character in chunk extensions quoted value");
          break;
        case S_CHUNK_EXT_QUOTED_ESC:
          if (c != '\t' && (c < 0x20 || c == 0x7f))
            FAIL(HPE_STRICT, "Invalid character in chunk extensions quoted value");
          st = S_CHUNK_EXT_QUOTED;
          break;
        case S_CHUNK_EXT_AFTER_QUOTE:
          if (c == ';') st = S_CHUNK_EXT_NAME_START;
          else FAIL(HPE_STRICT, "Invalid character in chunk extensions quote value");
          break;
        }
        p++;
      }
      continue;

    case S_CHUNK_SIZE_LF:
      NEED();
      if (*p == '\n') p++;
      else if (!LENIENT(OPTIONAL_LF_AFTER_CR)) FAIL(HPE_STRICT, "Expected LF after chunk size");
      if (hp->content_length == 0) {
        hp->flags |= F(TRAILING);
        st = S_HDR_START;
      } else {
        st = S_CHUNK_DATA;
      }
      CB(on_chunk_header);
      SAFE_POINT(p);
      continue;

    case S_CHUNK_DATA: {
      NEED();
      size_t avail = (size_t)(end - p);
      size_t n = hp->content_length < avail ? (size_t)hp->content_length : avail;
      hp->content_length -= n;
      if (hp->content_length == 0) st = S_CHUNK_DATA_CR;
      SPAN(on_body, p, p + n, 0);
      p += n;
      SAFE_POINT(p);
      continue;
    }

    case S_CHUNK_DATA_CR:
      NEED();
      if (*p == '\r') {
        p++;
        st = S_CHUNK_DATA_LF;
        continue;
      }
      if (*p == '\n' && !LENIENT(OPTIONAL_CR_BEFORE_LF))
        FAIL(HPE_CR_EXPECTED, "Missing expected CR after chunk data");
      if (*p != '\n' && !LENIENT(OPTIONAL_CRLF_AFTER_CHUNK))
        FAIL(HPE_STRICT, "Expected LF after chunk data");
      st = S_CHUNK_DATA_LF;
      if (*p != '\n') goto chunk_complete;
      /* fallthrough */
    case S_CHUNK_DATA_LF:
      NEED();
      if (*p == '\n') p++;
      else if (!LENIENT(OPTIONAL_LF_AFTER_CR)) FAIL(HPE_STRICT, "Expected LF after chunk data");
    chunk_complete:
      st = S_CHUNK_SIZE_START;
      CB(on_chunk_complete);
      SAFE_POINT(p);
      continue;

    case S_TRAILERS_DONE:
      st = S_MSG_DONE;
      CB(on_chunk_complete);
      SAFE_POINT(p);
      continue;

    default:
      FAIL(HPE_INTERNAL, "Invalid parser state");
    }
  }

out:
  /* End of input: report the open element's bytes seen so far. */
  if (mark && end > mark) {
    if (st == S_HDR_FIELD) {
      size_t n = (size_t)(end - mark);
      size_t have = hp->name_len < sizeof hp->buf ? hp->name_len : sizeof hp->buf;
      size_t room = sizeof hp->buf - have;
      memcpy(hp->buf + have, mark, n < room ? n : room);
      hp->name_len += (uint32_t)n;
      SPAN(on_header_field, mark, end, 1);
    } else if (st == S_HDR_VALUE) {
      hp->idx = 1;
      SPAN(on_header_value, mark, end, 1);
    } else if (st == S_RES_REASON) {
      SPAN(on_status, mark, end, 1);
    } else {
      SPAN(on_url, mark, end, 1);
    }
  }
  hp->state = (uint8_t)st;
  if (hp->pause_req) {
    p = end;
    goto paused;
  }
  return HPE_OK;

paused:
  hp->state = (uint8_t)st;
  hp->error = HPE_PAUSED;
  hp->error_offset = (size_t)(p - data);
  return HPE_PAUSED;

fail:
  /* An element whose valid prefix already reached the limit is an overflow, wherever the
   * input was cut (a split input reports it when the prefix is flushed). */
  if (err != HPE_USER && mark && p >= mark && is_span_state(st) &&
      (uint64_t)hp->header_bytes + (uint64_t)(p - mark) >= hp->max_header_size)
    err = HPE_HEADER_OVERFLOW, reason = "Header overflow";
  hp->state = S_DEAD;
  hp->error = (nodec_http_errno)err;
  hp->reason = reason;
  hp->error_offset = (size_t)(p - data);
  return (nodec_http_errno)err;
}

nodec_http_errno nodec_http_parser_finish(nodec_http_parser *hp) {
  if (hp->error != HPE_OK) return hp->error;
  /* Steps left pending by a pause (e.g. message complete) run first. */
  if (hp->state >= S_HDRS_DONE && hp->state <= S_MSG_DONE) {
    nodec_http_errno e = nodec_http_parser_execute(hp, "", 0);
    if (e != HPE_OK) return e;
  }
  switch (hp->state) {
  case S_START:
  case S_CLOSED:
  case S_UPGRADED:
    return HPE_OK;
  case S_BODY_EOF:
    hp->state = S_CLOSED;
    if (hp->settings && hp->settings->on_message_complete) {
      int r = hp->settings->on_message_complete(hp);
      if (r && r != HPE_PAUSED) {
        hp->state = S_DEAD;
        hp->error = HPE_USER;
        hp->reason = "`on_message_complete` callback error";
        return HPE_USER;
      }
    }
    return HPE_OK;
  default:
    hp->state = S_DEAD;
    hp->error = HPE_INVALID_EOF_STATE;
    hp->reason = "Invalid EOF state";
    hp->error_offset = 0;
    return HPE_INVALID_EOF_STATE;
  }
}

const char *nodec_http_errno_name(nodec_http_errno err) {
  switch (err) {
#define N(x) case x: return #x;
    N(HPE_OK) N(HPE_INTERNAL) N(HPE_STRICT) N(HPE_LF_EXPECTED) N(HPE_UNEXPECTED_CONTENT_LENGTH)
    N(HPE_CLOSED_CONNECTION) N(HPE_INVALID_METHOD) N(HPE_INVALID_URL) N(HPE_INVALID_CONSTANT)
    N(HPE_INVALID_VERSION) N(HPE_INVALID_HEADER_TOKEN) N(HPE_INVALID_CONTENT_LENGTH)
    N(HPE_INVALID_CHUNK_SIZE) N(HPE_INVALID_STATUS) N(HPE_INVALID_EOF_STATE)
    N(HPE_INVALID_TRANSFER_ENCODING) N(HPE_PAUSED) N(HPE_PAUSED_UPGRADE)
    N(HPE_PAUSED_H2_UPGRADE) N(HPE_USER) N(HPE_CR_EXPECTED) N(HPE_UNEXPECTED_SPACE)
    N(HPE_HEADER_OVERFLOW) N(HPE_CHUNK_EXTENSIONS_OVERFLOW)
#undef N
  }
  return "HPE_UNKNOWN";
}

const char *nodec_http_method_name(int method) {
  return method >= 0 && method < NODEC_HTTP_METHOD_COUNT ? g_methods[method] : NULL;
}
