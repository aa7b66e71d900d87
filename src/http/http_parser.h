/* nodec's HTTP/1.x parser: incremental, zero-copy, allocation-free.
 *
 * Written from RFC 9110/9112 and node's observable (llhttp, non-lenient) behaviour.
 * See docs/http_parser.md for the strictness table.
 *
 * Usage:
 *   nodec_http_parser hp;
 *   nodec_http_parser_init(&hp, NODEC_HTTP_REQUEST, &settings);
 *   hp.data = my_ctx;
 *   err = nodec_http_parser_execute(&hp, buf, len);   // any number of times
 *   err = nodec_http_parser_finish(&hp);              // at EOF
 *
 * Data callbacks receive slices of the buffer passed to execute(). One element (url, status
 * reason, header name, header value, body) may arrive as several slices when it spans execute()
 * calls; the matching *_complete callback marks its end. Within one execute() call an element is
 * always one slice. Header values exclude leading whitespace but keep trailing whitespace (as
 * llhttp); trim before use. Empty elements produce no data callback, only *_complete.
 *
 * Callback return values: 0 = continue; HPE_PAUSED = pause at the next safe point (execute returns
 * HPE_PAUSED, error_offset = first unconsumed byte; call resume() and feed the rest again);
 * any other value = error HPE_USER. on_headers_complete may also return 1 = no body
 * (e.g. response to HEAD) or 2 = no body and upgrade (stop after the headers).
 *
 * Pipelining: execute() keeps parsing following messages in the same buffer. To stop after
 * each message, return HPE_PAUSED from on_message_complete.
 *
 * Upgrade / CONNECT: after the upgrading message is complete, execute() returns
 * HPE_PAUSED_UPGRADE and error_offset is the offset of the first byte of the other protocol.
 */
#ifndef NODEC_HTTP_PARSER_H
#define NODEC_HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NODEC_HTTP_DEFAULT_MAX_HEADER_SIZE 16384u
#define NODEC_HTTP_MAX_CHUNK_EXTENSIONS 16384u

typedef enum { NODEC_HTTP_REQUEST = 0, NODEC_HTTP_RESPONSE = 1 } nodec_http_type;

/* Error codes. The numbers are stable; nodec_http_errno_name() gives node's err.code string. */
typedef enum {
  HPE_OK = 0,
  HPE_INTERNAL = 1,
  HPE_STRICT = 2,
  HPE_LF_EXPECTED = 3,
  HPE_UNEXPECTED_CONTENT_LENGTH = 4,
  HPE_CLOSED_CONNECTION = 5,
  HPE_INVALID_METHOD = 6,
  HPE_INVALID_URL = 7,
  HPE_INVALID_CONSTANT = 8,
  HPE_INVALID_VERSION = 9,
  HPE_INVALID_HEADER_TOKEN = 10,
  HPE_INVALID_CONTENT_LENGTH = 11,
  HPE_INVALID_CHUNK_SIZE = 12,
  HPE_INVALID_STATUS = 13,
  HPE_INVALID_EOF_STATE = 14,
  HPE_INVALID_TRANSFER_ENCODING = 15,
  HPE_PAUSED = 21,
  HPE_PAUSED_UPGRADE = 22,
  HPE_PAUSED_H2_UPGRADE = 23,
  HPE_USER = 24,
  HPE_CR_EXPECTED = 25,
  HPE_UNEXPECTED_SPACE = 30,
  HPE_HEADER_OVERFLOW = 40,           /* node's own code (max header size) */
  HPE_CHUNK_EXTENSIONS_OVERFLOW = 41  /* node's own code */
} nodec_http_errno;

/* Methods, numbered as their index in node's http.METHODS. */
typedef enum {
  NODEC_HTTP_ACL, NODEC_HTTP_BIND, NODEC_HTTP_CHECKOUT, NODEC_HTTP_CONNECT, NODEC_HTTP_COPY,
  NODEC_HTTP_DELETE, NODEC_HTTP_GET, NODEC_HTTP_HEAD, NODEC_HTTP_LINK, NODEC_HTTP_LOCK,
  NODEC_HTTP_MSEARCH, NODEC_HTTP_MERGE, NODEC_HTTP_MKACTIVITY, NODEC_HTTP_MKCALENDAR,
  NODEC_HTTP_MKCOL, NODEC_HTTP_MOVE, NODEC_HTTP_NOTIFY, NODEC_HTTP_OPTIONS, NODEC_HTTP_PATCH,
  NODEC_HTTP_POST, NODEC_HTTP_PROPFIND, NODEC_HTTP_PROPPATCH, NODEC_HTTP_PURGE, NODEC_HTTP_PUT,
  NODEC_HTTP_QUERY, NODEC_HTTP_REBIND, NODEC_HTTP_REPORT, NODEC_HTTP_SEARCH, NODEC_HTTP_SOURCE,
  NODEC_HTTP_SUBSCRIBE, NODEC_HTTP_TRACE, NODEC_HTTP_UNBIND, NODEC_HTTP_UNLINK,
  NODEC_HTTP_UNLOCK, NODEC_HTTP_UNSUBSCRIBE,
  NODEC_HTTP_METHOD_COUNT
} nodec_http_method;

/* Message flags (parser->flags), valid from on_headers_complete on. */
enum {
  NODEC_HTTP_F_CONNECTION_KEEP_ALIVE = 1 << 0,
  NODEC_HTTP_F_CONNECTION_CLOSE = 1 << 1,
  NODEC_HTTP_F_CONNECTION_UPGRADE = 1 << 2,
  NODEC_HTTP_F_CHUNKED = 1 << 3,
  NODEC_HTTP_F_UPGRADE = 1 << 4,          /* an Upgrade header was present */
  NODEC_HTTP_F_CONTENT_LENGTH = 1 << 5,
  NODEC_HTTP_F_SKIPBODY = 1 << 6,
  NODEC_HTTP_F_TRAILING = 1 << 7,         /* parsing trailers */
  NODEC_HTTP_F_TRANSFER_ENCODING = 1 << 8,
  NODEC_HTTP_F_EXPECT_CONTINUE = 1 << 9   /* Expect: 100-continue */
};

/* Lenient flags (parser->lenient), all off by default; for --insecure-http-parser. */
enum {
  NODEC_HTTP_LENIENT_HEADERS = 1 << 0,             /* invalid value chars, obs-fold */
  NODEC_HTTP_LENIENT_CHUNKED_LENGTH = 1 << 1,      /* Content-Length with Transfer-Encoding */
  NODEC_HTTP_LENIENT_KEEP_ALIVE = 1 << 2,          /* data after Connection: close */
  NODEC_HTTP_LENIENT_TRANSFER_ENCODING = 1 << 3,   /* chunked not last in a request */
  NODEC_HTTP_LENIENT_VERSION = 1 << 4,             /* any HTTP/d.d */
  NODEC_HTTP_LENIENT_DATA_AFTER_CLOSE = 1 << 5,
  NODEC_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR = 1 << 6,
  NODEC_HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK = 1 << 7,
  NODEC_HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF = 1 << 8,
  NODEC_HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE = 1 << 9,
  NODEC_HTTP_LENIENT_ALL = (1 << 10) - 1
};

typedef struct nodec_http_parser nodec_http_parser;
typedef int (*nodec_http_cb)(nodec_http_parser *hp);
typedef int (*nodec_http_data_cb)(nodec_http_parser *hp, const char *at, size_t len);

typedef struct {
  nodec_http_cb on_message_begin;
  nodec_http_data_cb on_url;            /* request target */
  nodec_http_cb on_url_complete;        /* method, http_major/minor not yet known */
  nodec_http_data_cb on_status;         /* response reason phrase */
  nodec_http_cb on_status_complete;     /* status_code, version known */
  nodec_http_data_cb on_header_field;
  nodec_http_cb on_header_field_complete;
  nodec_http_data_cb on_header_value;
  nodec_http_cb on_header_value_complete;
  nodec_http_cb on_headers_complete;    /* may return 1 (skip body) or 2 (skip body, upgrade) */
  nodec_http_data_cb on_body;
  nodec_http_cb on_message_complete;
  nodec_http_cb on_chunk_header;        /* content_length = chunk size (0 for the last chunk) */
  nodec_http_cb on_chunk_complete;
} nodec_http_settings;

struct nodec_http_parser {
  /* Results (read-only for the caller). */
  uint8_t type;          /* nodec_http_type */
  uint8_t method;        /* nodec_http_method (requests) */
  uint8_t http_major, http_minor;
  uint16_t status_code;  /* responses */
  uint8_t upgrade;       /* message is an upgrade / CONNECT */
  uint16_t flags;        /* NODEC_HTTP_F_* */
  uint64_t content_length; /* declared length, then bytes left of the body / current chunk */
  nodec_http_errno error;
  const char *reason;    /* human-readable error reason, static */
  size_t error_offset;   /* offset into the last execute() buffer of the error / resume point */

  /* Configuration (caller may set after init). */
  void *data;
  const nodec_http_settings *settings;
  uint32_t lenient;          /* NODEC_HTTP_LENIENT_* */
  uint32_t max_header_size;  /* bytes of url + status + names + values, as node counts them */
  uint8_t head_request;      /* response mode: the request was HEAD, no body */

  /* Private state. */
  uint8_t state, pause_req, hkind, tok_len, tok_cand, tok_flags, idx;
  uint32_t header_bytes;
  uint32_t name_len;
  uint32_t ext_bytes;
  char buf[20];              /* method bytes / header name split across chunks */
};

void nodec_http_parser_init(nodec_http_parser *hp, nodec_http_type type,
                            const nodec_http_settings *settings);
/* Back to the start of a message, keeping type, settings, data, lenient, max_header_size. */
void nodec_http_parser_reset(nodec_http_parser *hp);
nodec_http_errno nodec_http_parser_execute(nodec_http_parser *hp, const char *data, size_t len);
/* Signal EOF: completes a read-until-close body; HPE_INVALID_EOF_STATE mid-message. */
nodec_http_errno nodec_http_parser_finish(nodec_http_parser *hp);
/* Pause (from a callback or between execute calls) and resume. */
void nodec_http_parser_pause(nodec_http_parser *hp);
void nodec_http_parser_resume(nodec_http_parser *hp);
/* After HPE_PAUSED_UPGRADE, to keep parsing HTTP (e.g. an upgrade the app refused). */
void nodec_http_parser_resume_after_upgrade(nodec_http_parser *hp);

int nodec_http_should_keep_alive(const nodec_http_parser *hp);
int nodec_http_message_needs_eof(const nodec_http_parser *hp);
const char *nodec_http_errno_name(nodec_http_errno err); /* "HPE_INVALID_METHOD" */
const char *nodec_http_method_name(int method);          /* "GET", NULL if out of range */

#ifdef __cplusplus
}
#endif
#endif
