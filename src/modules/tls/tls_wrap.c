/* TLSConn: one SSL over two memory BIOs, driven by lib/_tls_wrap.js with coarse calls. No socket I/O
 * happens here: JS feeds the peer's ciphertext in and sends what comes out.
 *   binding.createConn(secureContext, isServer) -> conn
 *   conn.receive(buf?)   feed ciphertext (or nothing: just make progress) and run the engine
 *   conn.start()         client: begin the handshake
 *   conn.encrypt(list)   cleartext Buffers -> records
 *   conn.shutdown()      close_notify
 * Each of those returns [cleartext|null, ciphertext|null, events|null, error|null, reads|null, more]
 * (more: input is left, call receive() again once the events are handled) where
 * reads (when several records were read) lists the length of each read in cleartext; events is a
 * flat array of (name, value) pairs: 'secure' (handshake finished), 'session' (DER Buffer, client),
 * 'keylog' (Buffer line), 'handshakestart' (server: ms time), 'hello' ({servername, ...}: the
 * server paused for SNICallback; call setContext()/receive() to go on), 'end' (close_notify received).
 * Queries: getPeerCertificate(detailed), getCertificate(), verifyError(), getCipher(), getProtocol(),
 * getSession(), setSession(der), isSessionReused(), getTLSTicket(), getFinished(), getPeerFinished(),
 * exportKeyingMaterial(len, label, context?), getEphemeralKeyInfo(), getServername(), getALPN(),
 * setServername(s), setALPNProtocols(wire), setVerifyMode(request, reject), enableHelloPause(),
 * setContext(sc), enableKeylog(), setMaxSendFragment(n), getSharedSigalgs(), destroy(),
 * enableSessionCallbacks(), loadSession(der) (server: 'hello' then carries {servername, sessionId,
 * tlsTicket, OCSPRequest}; new sessions come as 'newsession' [id, der]), requestOCSP() (client:
 * 'ocspresponse' event), setOCSPResponse(buf) (server).
 * The server's ALPN choice: the wire list from setALPNProtocols, or this.alpnCallback({servername,
 * protocols}) called synchronously from inside the handshake.
 * PSK: enablePskCallback() makes the handshake call this.pskCallback synchronously: on a server
 * (identity, maxPskLen) -> key bytes | undefined, on a client (hint|null, maxPskLen, maxIdentityLen) ->
 * {psk, identity} | undefined. A throw is kept in this.pskError and fails the handshake.
 * setPskIdentityHint(s) -> false when OpenSSL refuses the hint. */
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>
#include "tls_common.h"

typedef struct tls_conn {
  SSL *ssl;
  BIO *net_in, *net_out;
  bool server, secure_reported, hello_pause, hello_released, keylog, destroy_pending;
  bool established; /* the first handshake finished */
  bool reneg_done;  /* a renegotiation finished, not yet reported */
  bool more;        /* the call stopped after the handshake with input left to read */
  bool sni_switched; /* server: setContext() chose an SNI context */
  /* Server session callbacks (node's 'newSession'/'resumeSession'): the ClientHello pauses with its
   * session id, and loadSession() gives the session the lookup then returns. */
  bool session_cbs, hello_ticket;
  bool hello_ocsp;      /* the ClientHello asked for the certificate's OCSP status */
  uint8_t *ocsp_resp;   /* server: the OCSP response to staple (setOCSPResponse) */
  size_t ocsp_resp_len;
  uint8_t *hello_session_id;
  size_t hello_session_id_len;
  SSL_SESSION *next_session;
  char *hello_servername;
  uint8_t *alpn;        /* server: our protocols, wire format */
  size_t alpn_len;
  char alpn_pick[256];  /* storage for a protocol chosen by the JS callback */
  /* Set for the duration of a call from JS, for the callbacks. */
  nodec_runtime *rt;
  JSContextRef cur_ctx;
  JSObjectRef cur_self;
  JSObjectRef events;
  unsigned nevents;
} tls_conn;

/* Replaces an owned byte field (*dst, *dst_len) with a copy of p[0..n). */
static void set_owned_bytes(uint8_t **dst, size_t *dst_len, const uint8_t *p, size_t n) {
  free(*dst);
  *dst = malloc(n ? n : 1);
  if (!*dst) abort();
  if (n) memcpy(*dst, p, n);
  *dst_len = n;
}

static void conn_free_ssl(tls_conn *c) {
  SSL_SESSION_free(c->next_session);
  c->next_session = NULL;
  if (c->ssl) {
    SSL_set_app_data(c->ssl, NULL);
    SSL_free(c->ssl); /* frees both BIOs */
    c->ssl = NULL;
  }
}

static void conn_finalize(JSObjectRef obj) {
  tls_conn *c = JSObjectGetPrivate(obj);
  if (!c) return;
  conn_free_ssl(c);
  free(c->hello_servername);
  free(c->hello_session_id);
  free(c->ocsp_resp);
  free(c->alpn);
  free(c);
}

typedef struct conn_proto {
  JSClassRef conn_class;
  JSClassRef ctx_class;
} conn_proto;

static void proto_finalize(JSObjectRef obj) {
  conn_proto *p = JSObjectGetPrivate(obj);
  if (!p) return;
  JSClassRelease(p->conn_class);
  JSClassRelease(p->ctx_class);
  free(p);
}

static conn_proto *proto_of(JSContextRef ctx, JSObjectRef self) {
  JSValueRef proto = JSObjectGetPrototype(ctx, self);
  return JSValueIsObject(ctx, proto) ? JSObjectGetPrivate((JSObjectRef)proto) : NULL;
}

static tls_conn *self_conn(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  conn_proto *p = proto_of(ctx, self);
  tls_conn *c = p && JSValueIsObjectOfClass(ctx, self, p->conn_class) ? JSObjectGetPrivate(self) : NULL;
  if (!c) {
    nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  if (!c->ssl) {
    nodec_throw_error(ctx, exc, "Error", "ERR_TLS_INVALID_STATE", "TLS socket connection must be securely established");
    return NULL;
  }
  return c;
}

#define SELF                                                                                         \
  tls_conn *c = self_conn(ctx, self, exc);                                                           \
  if (!c) return NULL
/* For the calls that run the engine: not from inside a callback of the engine. */
#define SELF_ENGINE                                                                                  \
  SELF;                                                                                              \
  if (c->cur_ctx) return nodec_throw_error(ctx, exc, "Error", "ERR_TLS_INVALID_STATE", "TLS connection is busy")

static void push_event(tls_conn *c, const char *name, JSValueRef v) {
  if (!c->cur_ctx) return;
  if (!c->events) {
    c->events = JSObjectMakeArray(c->cur_ctx, 0, NULL, NULL);
    JSValueProtect(c->cur_ctx, c->events);
  }
  JSObjectSetPropertyAtIndex(c->cur_ctx, c->events, c->nevents++, nodec_string(c->cur_ctx, name), NULL);
  JSObjectSetPropertyAtIndex(c->cur_ctx, c->events, c->nevents++, v, NULL);
}

/* ---- callbacks (installed on every SSL_CTX by createSecureContext) */

static int verify_cb(int ok, X509_STORE_CTX *x) {
  (void)ok, (void)x;
  return 1; /* the result is kept (SSL_get_verify_result); JS decides */
}

/* A client's new session: 'session' (DER). A server's, with session callbacks on: 'newsession'
 * ([id, DER]). */
static int new_session_cb(SSL *ssl, SSL_SESSION *sess) {
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c || !c->cur_ctx || (c->server && !c->session_cbs)) return 0;
  int n = i2d_SSL_SESSION(sess, NULL);
  if (n <= 0) return 0;
  uint8_t *der = malloc((size_t)n);
  if (!der) return 0;
  uint8_t *p = der;
  i2d_SSL_SESSION(sess, &p);
  JSValueRef data = nodec_new_buffer(c->rt, der, (size_t)n);
  if (!c->server) {
    push_event(c, "session", data);
    return 0;
  }
  unsigned int idlen = 0;
  const unsigned char *id = SSL_SESSION_get_id(sess, &idlen);
  JSValueRef pair[2] = {tls_buffer(c->rt, id, idlen), data};
  push_event(c, "newsession", JSObjectMakeArray(c->cur_ctx, 2, pair, NULL));
  return 0;
}

/* The server's session lookup: the session loadSession() gave, if any (OpenSSL takes the reference). */
static SSL_SESSION *get_session_cb(SSL *ssl, const unsigned char *id, int len, int *copy) {
  (void)id, (void)len;
  tls_conn *c = SSL_get_app_data(ssl);
  *copy = 0;
  if (!c) return NULL;
  SSL_SESSION *s = c->next_session;
  c->next_session = NULL;
  return s;
}

static void keylog_cb(const SSL *ssl, const char *line) {
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c || !c->keylog || !c->cur_ctx) return;
  size_t n = strlen(line);
  uint8_t *b = malloc(n + 1);
  if (!b) return;
  memcpy(b, line, n);
  b[n] = '\n';
  push_event(c, "keylog", nodec_new_buffer(c->rt, b, n + 1));
}

/* The server_name extension of a ClientHello, or NULL. */
static char *hello_servername(SSL *ssl) {
  const unsigned char *p;
  size_t len;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) || len < 5) return NULL;
  size_t list = ((size_t)p[0] << 8) | p[1];
  if (list + 2 > len || p[2] != TLSEXT_NAMETYPE_host_name) return NULL;
  size_t n = ((size_t)p[3] << 8) | p[4];
  if (n + 5 > len) return NULL;
  char *s = malloc(n + 1);
  if (!s) return NULL;
  memcpy(s, p + 5, n);
  s[n] = 0;
  return s;
}

static int client_hello_cb(SSL *ssl, int *al, void *arg) {
  (void)al, (void)arg;
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c || !(c->hello_pause || c->session_cbs) || c->hello_released) return SSL_CLIENT_HELLO_SUCCESS;
  free(c->hello_servername);
  c->hello_servername = hello_servername(ssl);
  const unsigned char *sid;
  size_t n = SSL_client_hello_get0_session_id(ssl, &sid);
  set_owned_bytes(&c->hello_session_id, &c->hello_session_id_len, sid, n);
  const unsigned char *ticket;
  size_t tlen = 0;
  c->hello_ticket = SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_session_ticket, &ticket, &tlen) == 1 && tlen > 0;
  const unsigned char *status;
  size_t slen = 0;
  c->hello_ocsp = SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_status_request, &status, &slen) == 1 && slen > 0 &&
                  status[0] == TLSEXT_STATUSTYPE_ocsp;
  return SSL_CLIENT_HELLO_RETRY;
}

static int alpn_select_cb(SSL *ssl, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                          unsigned int inlen, void *arg) {
  (void)arg;
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c) return SSL_TLSEXT_ERR_NOACK;
  JSContextRef ctx = c->cur_ctx;
  JSValueRef cb = ctx ? nodec_get(ctx, c->cur_self, "alpnCallback") : NULL;
  if (cb && JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
    JSObjectRef arg_obj = JSObjectMake(ctx, NULL, NULL);
    const char *sn = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    nodec_set(ctx, arg_obj, "servername", sn ? nodec_string(ctx, sn) : nodec_undefined());
    JSObjectRef list = JSObjectMakeArray(ctx, 0, NULL, NULL);
    unsigned k = 0;
    for (unsigned i = 0; i < inlen;) {
      unsigned l = in[i];
      if (i + 1 + l > inlen) break;
      JSObjectSetPropertyAtIndex(ctx, list, k++, nodec_string_n(ctx, (const char *)in + i + 1, l), NULL);
      i += 1 + l;
    }
    nodec_set(ctx, arg_obj, "protocols", list);
    JSValueRef a = arg_obj, e = NULL;
    JSValueRef r = JSObjectCallAsFunction(ctx, (JSObjectRef)cb, c->cur_self, 1, &a, &e);
    if (e || !r || !JSValueIsString(ctx, r)) {
      if (e) nodec_set(ctx, c->cur_self, "alpnError", e);
      return SSL_TLSEXT_ERR_ALERT_FATAL;
    }
    size_t n;
    char *s = nodec_to_utf8(ctx, r, &n, NULL);
    if (!s) return SSL_TLSEXT_ERR_ALERT_FATAL;
    /* Must be one of the client's offers. */
    for (unsigned i = 0; i < inlen;) {
      unsigned l = in[i];
      if (i + 1 + l > inlen) break;
      if (l == n && memcmp(in + i + 1, s, n) == 0) {
        memcpy(c->alpn_pick, s, n);
        free(s);
        *out = (const unsigned char *)c->alpn_pick;
        *outlen = (unsigned char)n;
        return SSL_TLSEXT_ERR_OK;
      }
      i += 1 + l;
    }
    nodec_set(ctx, c->cur_self, "alpnError", nodec_string_n(ctx, s, n));
    free(s);
    return SSL_TLSEXT_ERR_ALERT_FATAL;
  }
  if (!c->alpn) return SSL_TLSEXT_ERR_NOACK;
  unsigned char *o;
  int r = SSL_select_next_proto(&o, outlen, c->alpn, (unsigned)c->alpn_len, in, inlen);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = o;
  return SSL_TLSEXT_ERR_OK;
}

/* Calls this.pskCallback(args...) of the connection; NULL (and this.pskError set) when it throws. */
static JSValueRef call_psk_callback(tls_conn *c, size_t n, const JSValueRef *args) {
  JSContextRef ctx = c->cur_ctx;
  if (!ctx) return NULL;
  JSValueRef cb = nodec_get(ctx, c->cur_self, "pskCallback");
  if (!cb || !JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb)) return NULL;
  JSValueRef e = NULL;
  JSValueRef r = JSObjectCallAsFunction(ctx, (JSObjectRef)cb, c->cur_self, n, args, &e);
  if (e) {
    nodec_set(ctx, c->cur_self, "pskError", e);
    return NULL;
  }
  return r;
}

/* Copies the bytes of a Buffer/TypedArray result into out (at most max); 0 when it is not one. */
static unsigned copy_psk(JSContextRef ctx, JSValueRef v, unsigned char *out, unsigned max) {
  if (!v || !JSValueIsObject(ctx, v) || JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeNone) return 0;
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, v, &n, NULL);
  if (!p || n == 0 || n > max) return 0;
  memcpy(out, p, n);
  return (unsigned)n;
}

static unsigned int psk_server_cb(SSL *ssl, const char *identity, unsigned char *psk, unsigned int max_psk_len) {
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c || !c->cur_ctx) return 0;
  JSContextRef ctx = c->cur_ctx;
  JSValueRef args[2] = {nodec_string(ctx, identity ? identity : ""), nodec_number(max_psk_len)};
  JSValueRef r = call_psk_callback(c, 2, args);
  return copy_psk(ctx, r, psk, max_psk_len);
}

static unsigned int psk_client_cb(SSL *ssl, const char *hint, char *identity, unsigned int max_identity_len,
                                  unsigned char *psk, unsigned int max_psk_len) {
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c || !c->cur_ctx) return 0;
  JSContextRef ctx = c->cur_ctx;
  JSValueRef args[3] = {hint ? nodec_string(ctx, hint) : nodec_null(), nodec_number(max_psk_len),
                        nodec_number(max_identity_len)};
  JSValueRef r = call_psk_callback(c, 3, args);
  if (!r || !JSValueIsObject(ctx, r)) return 0;
  JSValueRef id = nodec_get(ctx, (JSObjectRef)r, "identity");
  if (!id || !JSValueIsString(ctx, id)) return 0;
  size_t idn = 0;
  char *ids = nodec_to_utf8(ctx, id, &idn, NULL);
  if (!ids) return 0;
  unsigned n = 0;
  if (idn <= max_identity_len) {
    n = copy_psk(ctx, nodec_get(ctx, (JSObjectRef)r, "psk"), psk, max_psk_len);
    if (n) {
      memcpy(identity, ids, idn);
      identity[idn] = 0; /* OpenSSL's buffer holds max_identity_len + 1 bytes */
    }
  }
  free(ids);
  return n;
}

/* OCSP stapling. Server: staple the response setOCSPResponse() gave (none: no status). Client
 * (requestOCSP): report what the server stapled as an 'ocspresponse' event (Buffer or null). */
static int status_cb(SSL *ssl, void *arg) {
  (void)arg;
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c) return SSL_TLSEXT_ERR_NOACK; /* a client takes any positive value as "go on" */
  if (c->server) {
    if (!c->ocsp_resp) return SSL_TLSEXT_ERR_NOACK;
    unsigned char *copy = OPENSSL_malloc(c->ocsp_resp_len ? c->ocsp_resp_len : 1);
    if (!copy) return SSL_TLSEXT_ERR_NOACK;
    memcpy(copy, c->ocsp_resp, c->ocsp_resp_len);
    SSL_set_tlsext_status_ocsp_resp(ssl, copy, (long)c->ocsp_resp_len);
    return SSL_TLSEXT_ERR_OK;
  }
  if (!c->cur_ctx) return 1;
  const unsigned char *resp = NULL;
  long n = SSL_get_tlsext_status_ocsp_resp(ssl, &resp);
  push_event(c, "ocspresponse",
             resp && n >= 0 ? (JSValueRef)tls_buffer(c->rt, resp, (size_t)n) : nodec_null());
  return 1;
}

/* A server's handshakes (the first and any renegotiation) are reported as 'handshakestart' events
 * with the time in ms, for node's renegotiation limits. The end of a (TLS 1.2) renegotiation is
 * reported as 'secure' again. */
static void info_cb(const SSL *ssl, int where, int ret) {
  (void)ret;
  tls_conn *c = SSL_get_app_data(ssl);
  if (!c) return;
  /* (A server's HelloRequest alone also ends with HANDSHAKE_DONE, the renegotiation still pending.) */
  if ((where & SSL_CB_HANDSHAKE_DONE) && c->established && SSL_version(ssl) < TLS1_3_VERSION &&
      !SSL_renegotiate_pending(ssl))
    c->reneg_done = true;
  if (!(where & SSL_CB_HANDSHAKE_START)) return;
  if (!c->server || !c->cur_ctx) return;
  push_event(c, "handshakestart", nodec_number((double)uv_now(&c->rt->loop)));
}

/* Server: the server_name extension is acknowledged when an SNI context was chosen for it. Having
 * this callback also tells OpenSSL that the certificate may come with the SNI context, so a server
 * whose default context has none still negotiates TLS 1.3 (as node's). */
static int servername_cb(SSL *ssl, int *ad, void *arg) {
  (void)ad, (void)arg;
  tls_conn *c = SSL_get_app_data(ssl);
  return c && c->sni_switched ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_NOACK;
}

void tls_setup_ctx_callbacks(SSL_CTX *sc) {
  SSL_CTX_set_tlsext_servername_callback(sc, servername_cb);
  SSL_CTX_set_info_callback(sc, info_cb);
  SSL_CTX_set_tlsext_status_cb(sc, status_cb);
  SSL_CTX_sess_set_new_cb(sc, new_session_cb);
  SSL_CTX_sess_set_get_cb(sc, get_session_cb);
  SSL_CTX_set_keylog_callback(sc, keylog_cb);
  SSL_CTX_set_client_hello_cb(sc, client_hello_cb, NULL);
  SSL_CTX_set_alpn_select_cb(sc, alpn_select_cb, NULL);
  SSL_CTX_set_verify(sc, SSL_VERIFY_NONE, verify_cb);
}

/* ---- the engine */

typedef struct growbuf {
  uint8_t *p;
  size_t n, cap;
  uint32_t *reads; /* the length of each SSL_read, when there were several (node emits one 'data' each) */
  size_t nreads, reads_cap;
} growbuf;

static void note_read(growbuf *g, size_t len) {
  if (g->nreads == g->reads_cap) {
    size_t cap = g->reads_cap ? g->reads_cap * 2 : 16;
    uint32_t *r = realloc(g->reads, cap * sizeof *r);
    if (!r) abort();
    g->reads = r;
    g->reads_cap = cap;
  }
  g->reads[g->nreads++] = (uint32_t)len;
}

static void begin_call(tls_conn *c, nodec_runtime *rt, JSContextRef ctx, JSObjectRef self) {
  c->rt = rt;
  c->cur_ctx = ctx;
  c->cur_self = self;
  c->events = NULL;
  c->nevents = 0;
}

static JSObjectRef read_out(nodec_runtime *rt, tls_conn *c) {
  char *data;
  long n = BIO_get_mem_data(c->net_out, &data);
  if (n <= 0) return NULL;
  JSObjectRef b = tls_buffer(rt, (const uint8_t *)data, (size_t)n);
  (void)BIO_reset(c->net_out);
  return b;
}

/* [clear, out, events, error] */
static JSValueRef end_call(nodec_runtime *rt, JSContextRef ctx, tls_conn *c, JSObjectRef clear, JSValueRef err,
                           growbuf *g) {
  JSValueRef items[6];
  items[0] = clear ? (JSValueRef)clear : nodec_null();
  JSObjectRef out = c->ssl ? read_out(rt, c) : NULL;
  items[1] = out ? (JSValueRef)out : nodec_null();
  items[2] = c->events ? (JSValueRef)c->events : nodec_null();
  items[3] = err ? err : nodec_null();
  items[4] = nodec_null();
  items[5] = nodec_boolean(c->more);
  c->more = false;
  if (g && g->nreads > 1) {
    JSObjectRef lens = JSObjectMakeArray(ctx, 0, NULL, NULL);
    for (size_t i = 0; i < g->nreads; i++)
      JSObjectSetPropertyAtIndex(ctx, lens, (unsigned)i, nodec_number(g->reads[i]), NULL);
    items[4] = lens;
  }
  if (g) free(g->reads);
  JSObjectRef r = JSObjectMakeArray(ctx, 6, items, NULL);
  if (c->events) JSValueUnprotect(ctx, c->events);
  c->events = NULL;
  c->cur_ctx = NULL;
  c->cur_self = NULL;
  if (c->destroy_pending) conn_free_ssl(c); /* destroy() was called from a callback inside this call */
  return r;
}

/* The error of a failed SSL call: an OpenSSL error from the queue, or a generic one. */
static JSValueRef ssl_failure(JSContextRef ctx, int sslerr) {
  if (ERR_peek_error()) return tls_openssl_error(ctx, "SSL error");
  if (sslerr == SSL_ERROR_SYSCALL) {
    JSValueRef m = nodec_string(ctx, "Client network socket disconnected before secure TLS connection was established");
    JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
    nodec_set_string(ctx, e, "code", "ECONNRESET");
    return e;
  }
  return tls_openssl_error(ctx, "SSL error");
}

/* Runs the handshake and reads all available cleartext. */
static JSValueRef pump(tls_conn *c, JSContextRef ctx, growbuf *clear) {
  ERR_clear_error();
  /* A renegotiation is driven by SSL_read, which also takes application data arriving meanwhile. */
  if (!SSL_is_init_finished(c->ssl) && !c->established) {
    int r = SSL_do_handshake(c->ssl);
    if (r != 1) {
      int e = SSL_get_error(c->ssl, r);
      if (e == SSL_ERROR_WANT_CLIENT_HELLO_CB) {
        JSObjectRef hello = JSObjectMake(ctx, NULL, NULL);
        nodec_set(ctx, hello, "servername",
                  c->hello_servername ? nodec_string(ctx, c->hello_servername) : nodec_undefined());
        nodec_set(ctx, hello, "sessionId", tls_buffer(c->rt, c->hello_session_id, c->hello_session_id_len));
        nodec_set(ctx, hello, "tlsTicket", nodec_boolean(c->hello_ticket));
        nodec_set(ctx, hello, "OCSPRequest", nodec_boolean(c->hello_ocsp));
        push_event(c, "hello", hello);
        return NULL;
      }
      if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return NULL;
      return ssl_failure(ctx, e);
    }
  }
  if (SSL_is_init_finished(c->ssl) && !c->secure_reported) {
    c->secure_reported = true;
    c->established = true;
    push_event(c, "secure", nodec_boolean(true));
    /* As node, 'secure' is handled before the records that follow the handshake (a session
     * ticket, data): the caller runs receive() again when `more` says some are waiting. */
    if (BIO_ctrl_pending(c->net_in) > 0) {
      c->more = true;
      return NULL;
    }
  }
  for (;;) {
    if (clear->cap - clear->n < 16384) {
      size_t cap = clear->cap ? clear->cap * 2 : 32768;
      uint8_t *p = realloc(clear->p, cap);
      if (!p) abort();
      clear->p = p;
      clear->cap = cap;
    }
    size_t got = 0;
    int r = SSL_read_ex(c->ssl, clear->p + clear->n, clear->cap - clear->n, &got);
    if (r == 1) {
      clear->n += got;
      note_read(clear, got);
      continue;
    }
    int e = SSL_get_error(c->ssl, 0);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) break;
    if (e == SSL_ERROR_ZERO_RETURN) {
      push_event(c, "end", nodec_boolean(true));
      break;
    }
    return ssl_failure(ctx, e);
  }
  /* A renegotiation may have finished only now. */
  if (c->reneg_done) {
    c->reneg_done = false;
    push_event(c, "secure", nodec_boolean(true));
  }
  return NULL;
}

NODEC_FN(c_receive) {
  NODEC_UNUSED_FN_ARGS;
  SELF_ENGINE;
  size_t n = 0;
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) {
    uint8_t *p = nodec_bytes(ctx, argv[0], &n, exc);
    if (p && n) BIO_write(c->net_in, p, (int)n);
  }
  begin_call(c, rt, ctx, self);
  growbuf clear = {0};
  JSValueRef err = pump(c, ctx, &clear);
  JSObjectRef cb = NULL;
  if (clear.n) cb = nodec_new_buffer(rt, clear.p, clear.n);
  else free(clear.p);
  return end_call(rt, ctx, c, cb, err, &clear);
}

NODEC_FN(c_start) {
  NODEC_UNUSED_FN_ARGS;
  SELF_ENGINE;
  begin_call(c, rt, ctx, self);
  growbuf clear = {0};
  JSValueRef err = pump(c, ctx, &clear);
  JSObjectRef cb = NULL;
  if (clear.n) cb = nodec_new_buffer(rt, clear.p, clear.n);
  else free(clear.p);
  return end_call(rt, ctx, c, cb, err, &clear);
}

NODEC_FN(c_encrypt) {
  NODEC_UNUSED_FN_ARGS;
  SELF_ENGINE;
  begin_call(c, rt, ctx, self);
  JSValueRef err = NULL;
  JSValueRef list = ARG(0);
  unsigned count = 1;
  bool is_list = JSValueIsArray(ctx, list);
  if (is_list) count = (unsigned)JSValueToNumber(ctx, nodec_get(ctx, (JSObjectRef)list, "length"), NULL);
  ERR_clear_error();
  for (unsigned i = 0; i < count && !err; i++) {
    JSValueRef item = is_list ? JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)list, i, NULL) : list;
    size_t n = 0;
    uint8_t *p = nodec_bytes(ctx, item, &n, exc);
    if (!p || !n) continue;
    size_t done = 0;
    while (done < n) {
      size_t w = 0;
      if (SSL_write_ex(c->ssl, p + done, n - done, &w) != 1) {
        int e = SSL_get_error(c->ssl, 0);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
          err = nodec_string(ctx, "want"); /* not expected over memory BIOs after the handshake */
        } else {
          err = ssl_failure(ctx, e);
        }
        break;
      }
      done += w;
    }
  }
  return end_call(rt, ctx, c, NULL, err, NULL);
}

NODEC_FN(c_shutdown) {
  NODEC_UNUSED_FN_ARGS;
  SELF_ENGINE;
  begin_call(c, rt, ctx, self);
  ERR_clear_error();
  if (SSL_is_init_finished(c->ssl)) SSL_shutdown(c->ssl);
  ERR_clear_error();
  return end_call(rt, ctx, c, NULL, NULL, NULL);
}

NODEC_FN(c_destroy) {
  NODEC_UNUSED_FN_ARGS;
  conn_proto *p = proto_of(ctx, self);
  tls_conn *c = p && JSValueIsObjectOfClass(ctx, self, p->conn_class) ? JSObjectGetPrivate(self) : NULL;
  if (c && c->cur_ctx) c->destroy_pending = true; /* inside an OpenSSL call: free when it returns */
  else if (c) conn_free_ssl(c);
  return nodec_undefined();
}

NODEC_FN(c_set_servername) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *s = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!s) return NULL;
  SSL_set_tlsext_host_name(c->ssl, s);
  free(s);
  ERR_clear_error();
  return nodec_undefined();
}

NODEC_FN(c_set_alpn) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &n, exc);
  if (!p) return NULL;
  if (c->server) {
    set_owned_bytes(&c->alpn, &c->alpn_len, p, n);
  } else {
    SSL_set_alpn_protos(c->ssl, p, (unsigned)n);
  }
  return nodec_undefined();
}

NODEC_FN(c_set_verify_mode) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  int mode = SSL_VERIFY_NONE;
  if (!c->server) mode = SSL_VERIFY_PEER;
  else if (JSValueToBoolean(ctx, ARG(0))) {
    mode = SSL_VERIFY_PEER;
    if (JSValueToBoolean(ctx, ARG(1))) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
  }
  SSL_set_verify(c->ssl, mode, verify_cb);
  return nodec_undefined();
}

NODEC_FN(c_enable_hello_pause) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  c->hello_pause = true;
  return nodec_undefined();
}

/* setContext(sc?): after a 'hello' pause, switch to another SecureContext (SNI) and let the
 * handshake go on at the next receive(). */
NODEC_FN(c_set_context) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  conn_proto *p = proto_of(ctx, self);
  secure_ctx *s = tls_get_context(ctx, ARG(0), p->ctx_class);
  if (s && s->ctx != SSL_get_SSL_CTX(c->ssl)) {
    c->sni_switched = true;
    nodec_set(ctx, self, "sniContext", ARG(0));
    SSL_set_SSL_CTX(c->ssl, s->ctx);
    /* SSL_set_SSL_CTX copies the certificate; take the new context's verify store and options too. */
    SSL_set_options(c->ssl, SSL_CTX_get_options(s->ctx));
    SSL_set_verify(c->ssl, SSL_get_verify_mode(c->ssl), verify_cb);
  }
  c->hello_released = true;
  return nodec_undefined();
}

NODEC_FN(c_enable_psk_callback) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  if (c->server) SSL_set_psk_server_callback(c->ssl, psk_server_cb);
  else SSL_set_psk_client_callback(c->ssl, psk_client_cb);
  return nodec_undefined();
}

NODEC_FN(c_set_psk_identity_hint) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  char *s = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!s) return NULL;
  int ok = SSL_use_psk_identity_hint(c->ssl, s);
  free(s);
  ERR_clear_error();
  return nodec_boolean(ok == 1);
}

/* Server: pause at each ClientHello ('hello' event) and report new sessions ('newsession'); the
 * server's own session cache is bypassed, sessions live in the application's store. */
NODEC_FN(c_enable_session_callbacks) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  if (!c->server) return nodec_undefined();
  c->session_cbs = true;
  SSL_CTX *sc = SSL_get_SSL_CTX(c->ssl);
  SSL_CTX_set_session_cache_mode(sc, SSL_CTX_get_session_cache_mode(sc) | SSL_SESS_CACHE_NO_INTERNAL);
  return nodec_undefined();
}

/* loadSession(der): the session the next lookup returns (unreadable data: none, a full handshake). */
NODEC_FN(c_load_session) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n = 0;
  uint8_t *p = JSValueIsObject(ctx, ARG(0)) ? nodec_bytes(ctx, ARG(0), &n, NULL) : NULL;
  if (!p) return nodec_undefined();
  const unsigned char *q = p;
  SSL_SESSION *sess = d2i_SSL_SESSION(NULL, &q, (long)n);
  ERR_clear_error();
  if (sess) {
    SSL_SESSION_free(c->next_session);
    c->next_session = sess;
  }
  return nodec_undefined();
}

/* Client: ask the server for its certificate's OCSP status. */
NODEC_FN(c_request_ocsp) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  if (!c->server) SSL_set_tlsext_status_type(c->ssl, TLSEXT_STATUSTYPE_ocsp);
  return nodec_undefined();
}

/* Server: the OCSP response to staple in this handshake. */
NODEC_FN(c_set_ocsp_response) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &n, exc);
  if (!p) return NULL;
  set_owned_bytes(&c->ocsp_resp, &c->ocsp_resp_len, p, n);
  return nodec_undefined();
}

NODEC_FN(c_enable_keylog) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  c->keylog = true;
  return nodec_undefined();
}

NODEC_FN(c_set_session) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  size_t n = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &n, exc);
  if (!p) return NULL;
  const unsigned char *q = p;
  SSL_SESSION *s = d2i_SSL_SESSION(NULL, &q, (long)n);
  if (!s) {
    ERR_clear_error();
    return nodec_throw_error(ctx, exc, "Error", "ERR_INVALID_ARG_VALUE", "Bad session data");
  }
  int ok = SSL_set_session(c->ssl, s);
  SSL_SESSION_free(s);
  if (ok != 1) return tls_throw_openssl(ctx, exc, "SSL_set_session error");
  return nodec_undefined();
}

NODEC_FN(c_get_session) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  SSL_SESSION *s = SSL_get_session(c->ssl);
  if (!s) return nodec_undefined();
  int n = i2d_SSL_SESSION(s, NULL);
  if (n <= 0) return nodec_undefined();
  uint8_t *der = malloc((size_t)n);
  if (!der) abort();
  uint8_t *q = der;
  i2d_SSL_SESSION(s, &q);
  return nodec_new_buffer(rt, der, (size_t)n);
}

NODEC_FN(c_is_session_reused) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  return nodec_boolean(SSL_session_reused(c->ssl));
}

NODEC_FN(c_get_tls_ticket) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  SSL_SESSION *s = SSL_get_session(c->ssl);
  const unsigned char *t = NULL;
  size_t n = 0;
  if (!s) return nodec_undefined();
  SSL_SESSION_get0_ticket(s, &t, &n);
  if (!t || !n) return nodec_undefined();
  return tls_buffer(rt, t, n);
}

static JSValueRef chain_object(nodec_runtime *rt, JSContextRef ctx, X509 *leaf, STACK_OF(X509) *pool) {
  JSObjectRef first = tls_x509_object(rt, ctx, leaf);
  JSObjectRef cur = first;
  X509 *x = leaf;
  /* Follow issuers through the pool; a self-issued certificate is its own issuer. */
  for (int depth = 0; depth < 16; depth++) {
    if (X509_check_issued(x, x) == X509_V_OK) {
      nodec_set(ctx, cur, "issuerCertificate", cur);
      break;
    }
    X509 *next = NULL;
    for (int i = 0; pool && i < sk_X509_num(pool); i++) {
      X509 *cand = sk_X509_value(pool, i);
      if (cand != x && X509_cmp(cand, x) != 0 && X509_check_issued(cand, x) == X509_V_OK) {
        next = cand;
        break;
      }
    }
    if (!next) break;
    JSObjectRef o = tls_x509_object(rt, ctx, next);
    nodec_set(ctx, cur, "issuerCertificate", o);
    cur = o;
    x = next;
  }
  ERR_clear_error();
  return first;
}

NODEC_FN(c_get_peer_certificate) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  if (!peer) return nodec_null();
  JSValueRef r;
  if (JSValueToBoolean(ctx, ARG(0))) {
    STACK_OF(X509) *pool = sk_X509_new_null();
    STACK_OF(X509) *sent = SSL_get_peer_cert_chain(c->ssl);
    STACK_OF(X509) *verified = SSL_get0_verified_chain(c->ssl);
    for (int i = 0; sent && i < sk_X509_num(sent); i++) sk_X509_push(pool, sk_X509_value(sent, i));
    for (int i = 0; verified && i < sk_X509_num(verified); i++) sk_X509_push(pool, sk_X509_value(verified, i));
    r = chain_object(rt, ctx, peer, pool);
    sk_X509_free(pool);
  } else {
    r = tls_x509_object(rt, ctx, peer);
  }
  X509_free(peer);
  return r;
}

NODEC_FN(c_get_certificate) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  X509 *x = SSL_get_certificate(c->ssl);
  if (!x) return nodec_null();
  return tls_x509_object(rt, ctx, x);
}

/* Raw DER of the peer certificate (for X509Certificate), or undefined. */
NODEC_FN(c_get_peer_raw) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  X509 *x = JSValueToBoolean(ctx, ARG(0)) ? SSL_get_certificate(c->ssl) : SSL_get0_peer_certificate(c->ssl);
  if (!x) return nodec_undefined();
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  if (n <= 0) return nodec_undefined();
  JSValueRef r = tls_buffer(rt, der, (size_t)n);
  OPENSSL_free(der);
  return r;
}

/* The peer's certificates as sent, DER Buffers: [leaf, the rest of its chain...] (empty: none). */
NODEC_FN(c_get_peer_chain_raw) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  unsigned k = 0;
  STACK_OF(X509) *chain = SSL_get_peer_cert_chain(c->ssl);
  X509 *leaf = SSL_get0_peer_certificate(c->ssl);
  /* A client's chain starts with the leaf, a server's does not. */
  bool has_leaf = chain && sk_X509_num(chain) > 0 && leaf && X509_cmp(sk_X509_value(chain, 0), leaf) == 0;
  if (leaf && !has_leaf) {
    unsigned char *der = NULL;
    int n = i2d_X509(leaf, &der);
    if (n > 0) JSObjectSetPropertyAtIndex(ctx, arr, k++, tls_buffer(rt, der, (size_t)n), NULL);
    OPENSSL_free(der);
  }
  for (int i = 0; chain && i < sk_X509_num(chain); i++) {
    unsigned char *der = NULL;
    int n = i2d_X509(sk_X509_value(chain, i), &der);
    if (n > 0) JSObjectSetPropertyAtIndex(ctx, arr, k++, tls_buffer(rt, der, (size_t)n), NULL);
    OPENSSL_free(der);
  }
  return arr;
}

NODEC_FN(c_verify_error) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  long err = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  X509 *peer = SSL_get0_peer_certificate(c->ssl);
  if (peer) {
    err = SSL_get_verify_result(c->ssl);
  } else {
    /* No certificate is fine when a pre-shared key authenticated the peer: a PSK cipher (TLS 1.2
     * and lower), or in TLS 1.3 a resumed session (which is how an external PSK shows there). */
    const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
    SSL_SESSION *sess = SSL_get_session(c->ssl);
    if ((ci && SSL_CIPHER_get_auth_nid(ci) == NID_auth_psk) ||
        (sess && SSL_SESSION_get_protocol_version(sess) == TLS1_3_VERSION && SSL_session_reused(c->ssl)))
      err = X509_V_OK;
  }
  if (err == X509_V_OK) return nodec_null();
  JSValueRef m = nodec_string(ctx, X509_verify_cert_error_string(err));
  JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
  nodec_set_string(ctx, e, "code", tls_verify_code(err));
  return e;
}

NODEC_FN(c_get_cipher) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
  if (!ci) return nodec_undefined();
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nodec_set_string(ctx, o, "name", SSL_CIPHER_get_name(ci));
  const char *std = SSL_CIPHER_standard_name(ci);
  nodec_set_string(ctx, o, "standardName", std ? std : SSL_CIPHER_get_name(ci));
  nodec_set_string(ctx, o, "version", SSL_CIPHER_get_version(ci));
  return o;
}

NODEC_FN(c_get_protocol) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  return nodec_string(ctx, SSL_get_version(c->ssl));
}

NODEC_FN(c_get_finished) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  uint8_t buf[EVP_MAX_MD_SIZE];
  size_t n = JSValueToBoolean(ctx, ARG(0)) ? SSL_get_peer_finished(c->ssl, buf, sizeof buf)
                                           : SSL_get_finished(c->ssl, buf, sizeof buf);
  if (!n) return nodec_undefined();
  return tls_buffer(rt, buf, n);
}

NODEC_FN(c_export_keying_material) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  double len = JSValueToNumber(ctx, ARG(0), NULL);
  if (!(len >= 0 && len <= (1 << 30))) return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Bad length");
  size_t llen;
  char *label = nodec_to_utf8(ctx, ARG(1), &llen, exc);
  if (!label) return NULL;
  size_t cn = 0;
  uint8_t *cp = NULL;
  bool use_ctx = argc > 2 && JSValueIsObject(ctx, argv[2]);
  if (use_ctx) cp = nodec_bytes(ctx, argv[2], &cn, exc);
  uint8_t *out = malloc((size_t)len ? (size_t)len : 1);
  if (!out) abort();
  ERR_clear_error();
  int ok = SSL_export_keying_material(c->ssl, out, (size_t)len, label, llen, cp ? cp : (const uint8_t *)"", cn, use_ctx);
  free(label);
  if (ok != 1) {
    free(out);
    return tls_throw_openssl(ctx, exc, "Key extraction failed");
  }
  return nodec_new_buffer(rt, out, (size_t)len);
}

NODEC_FN(c_get_ephemeral_key_info) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  if (c->server) return nodec_null();
  EVP_PKEY *k = NULL;
  if (!SSL_get_peer_tmp_key(c->ssl, &k) || !k) return o;
  int id = EVP_PKEY_get_id(k);
  if (id == EVP_PKEY_DH) {
    nodec_set_string(ctx, o, "type", "DH");
    nodec_set_number(ctx, o, "size", EVP_PKEY_get_bits(k));
  } else if (id == EVP_PKEY_EC || id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
    nodec_set_string(ctx, o, "type", "ECDH");
    const char *name = NULL;
    char group[80];
    size_t gl;
    if (id == EVP_PKEY_X25519) name = "X25519";
    else if (id == EVP_PKEY_X448) name = "X448";
    else if (EVP_PKEY_get_utf8_string_param(k, "group", group, sizeof group, &gl) == 1) {
      int nid = OBJ_sn2nid(group);
      name = nid != NID_undef ? OBJ_nid2sn(nid) : group;
    }
    if (name) nodec_set_string(ctx, o, "name", name);
    nodec_set_number(ctx, o, "size", EVP_PKEY_get_bits(k));
  }
  EVP_PKEY_free(k);
  ERR_clear_error();
  return o;
}

NODEC_FN(c_get_servername) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  const char *s = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  if (!s && c->hello_servername) s = c->hello_servername;
  return s ? nodec_string(ctx, s) : nodec_boolean(false);
}

NODEC_FN(c_get_alpn) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  const unsigned char *p;
  unsigned n = 0;
  SSL_get0_alpn_selected(c->ssl, &p, &n);
  if (!n) return nodec_boolean(false);
  return nodec_string_n(ctx, (const char *)p, n);
}

NODEC_FN(c_set_max_send_fragment) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  double d = JSValueToNumber(ctx, ARG(0), NULL);
  return nodec_boolean(d == d && SSL_set_max_send_fragment(c->ssl, (long)d) == 1);
}

NODEC_FN(c_get_shared_sigalgs) {
  NODEC_UNUSED_FN_ARGS;
  SELF;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  int n = SSL_get_shared_sigalgs(c->ssl, 0, NULL, NULL, NULL, NULL, NULL);
  for (int i = 0; i < n; i++) {
    int sign_nid, hash_nid;
    SSL_get_shared_sigalgs(c->ssl, i, &sign_nid, &hash_nid, NULL, NULL, NULL);
    char buf[128];
    const char *sn;
    switch (sign_nid) {
    case EVP_PKEY_RSA: sn = "RSA"; break;
    case EVP_PKEY_RSA_PSS: sn = "RSA-PSS"; break;
    case EVP_PKEY_DSA: sn = "DSA"; break;
    case EVP_PKEY_EC: sn = "ECDSA"; break;
    case NID_ED25519: sn = "Ed25519"; break;
    case NID_ED448: sn = "Ed448"; break;
    default: sn = OBJ_nid2sn(sign_nid); break;
    }
    if (hash_nid != NID_undef) snprintf(buf, sizeof buf, "%s+%s", sn ? sn : "UNDEF", OBJ_nid2sn(hash_nid));
    else snprintf(buf, sizeof buf, "%s", sn ? sn : "UNDEF");
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, nodec_string(ctx, buf), NULL);
  }
  return arr;
}

NODEC_FN(c_renegotiate) {
  NODEC_UNUSED_FN_ARGS;
  SELF_ENGINE;
  ERR_clear_error();
  if (SSL_renegotiate(c->ssl) != 1) return tls_throw_openssl(ctx, exc, "renegotiation failed");
  SSL_do_handshake(c->ssl); /* queues the HelloRequest; the rest comes with the peer's data */
  ERR_clear_error();
  return nodec_undefined();
}

static const nodec_fn conn_fns[] = {
    {"receive", c_receive},
    {"start", c_start},
    {"encrypt", c_encrypt},
    {"shutdown", c_shutdown},
    {"destroy", c_destroy},
    {"setServername", c_set_servername},
    {"setALPNProtocols", c_set_alpn},
    {"setVerifyMode", c_set_verify_mode},
    {"enableHelloPause", c_enable_hello_pause},
    {"setContext", c_set_context},
    {"enableKeylog", c_enable_keylog},
    {"enableSessionCallbacks", c_enable_session_callbacks},
    {"loadSession", c_load_session},
    {"requestOCSP", c_request_ocsp},
    {"setOCSPResponse", c_set_ocsp_response},
    {"enablePskCallback", c_enable_psk_callback},
    {"setPskIdentityHint", c_set_psk_identity_hint},
    {"setSession", c_set_session},
    {"getSession", c_get_session},
    {"isSessionReused", c_is_session_reused},
    {"getTLSTicket", c_get_tls_ticket},
    {"getPeerCertificate", c_get_peer_certificate},
    {"getCertificate", c_get_certificate},
    {"getRawCertificate", c_get_peer_raw},
    {"getPeerChainRaw", c_get_peer_chain_raw},
    {"verifyError", c_verify_error},
    {"getCipher", c_get_cipher},
    {"getProtocol", c_get_protocol},
    {"getFinished", c_get_finished},
    {"exportKeyingMaterial", c_export_keying_material},
    {"getEphemeralKeyInfo", c_get_ephemeral_key_info},
    {"getServername", c_get_servername},
    {"getALPN", c_get_alpn},
    {"setMaxSendFragment", c_set_max_send_fragment},
    {"getSharedSigalgs", c_get_shared_sigalgs},
    {"renegotiate", c_renegotiate},
    {NULL, NULL},
};

NODEC_FN(b_create_conn) {
  NODEC_UNUSED_FN_ARGS;
  JSValueRef proto = nodec_get(ctx, self, "connPrototype");
  conn_proto *p = JSValueIsObject(ctx, proto) ? JSObjectGetPrivate((JSObjectRef)proto) : NULL;
  if (!p) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  secure_ctx *s = tls_get_context(ctx, ARG(0), p->ctx_class);
  if (!s) return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "Expected a SecureContext");
  bool server = JSValueToBoolean(ctx, ARG(1));
  ERR_clear_error();
  SSL *ssl = SSL_new(s->ctx);
  if (!ssl) return tls_throw_openssl(ctx, exc, "SSL_new failed");
  BIO *in = BIO_new(BIO_s_mem()), *out = BIO_new(BIO_s_mem());
  if (!in || !out) abort();
  BIO_set_mem_eof_return(in, -1); /* an empty input means "want more", not EOF */
  SSL_set_bio(ssl, in, out);
  tls_conn *c = calloc(1, sizeof *c);
  if (!c) abort();
  c->ssl = ssl;
  c->net_in = in;
  c->net_out = out;
  c->server = server;
  SSL_set_app_data(ssl, c);
  if (server) SSL_set_accept_state(ssl);
  else SSL_set_connect_state(ssl);
  SSL_set_verify(ssl, server ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, verify_cb);
  JSObjectRef obj = JSObjectMake(ctx, p->conn_class, c);
  JSObjectSetPrototype(ctx, obj, proto);
  /* The SSL_CTX's callbacks use the SecureContext's data: keep it alive as long as this object. */
  nodec_set(ctx, obj, "secureContext", ARG(0));
  return obj;
}

static const nodec_fn binding_fns[] = {
    {"createConn", b_create_conn},
    {NULL, NULL},
};

void tls_init_conn(nodec_runtime *rt, JSObjectRef target, tls_classes *cls) {
  JSContextRef ctx = rt->ctx;
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "TLSConn";
  def.finalize = conn_finalize;
  cls->conn_class = JSClassCreate(&def);
  conn_proto *p = calloc(1, sizeof *p);
  if (!p) abort();
  p->conn_class = JSClassRetain(cls->conn_class);
  p->ctx_class = JSClassRetain(cls->ctx_class);
  JSClassDefinition pdef = kJSClassDefinitionEmpty;
  pdef.className = "TLSConnPrototype";
  pdef.finalize = proto_finalize;
  JSClassRef pclass = JSClassCreate(&pdef);
  JSObjectRef proto = JSObjectMake(ctx, pclass, p);
  JSClassRelease(pclass);
  nodec_set_functions(rt, proto, conn_fns);
  nodec_set(ctx, target, "connPrototype", proto);
  nodec_set_functions(rt, target, binding_fns);
}
