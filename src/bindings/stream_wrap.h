/* Handles over libuv shared by stream_wrap, tcp_wrap, pipe_wrap, tty_wrap and process_wrap.
 *
 * A handle is a JS object of a JSClass whose private data is a nodec_handle. The object is protected
 * while the uv handle is open (so a listening server or a connected socket lives even when JS dropped
 * it, as in node) and unprotected once uv_close has completed; finalize frees the struct only then.
 * Methods sit on class prototypes (HandleWrap <- LibuvStreamWrap <- TCP/Pipe/TTY, HandleWrap <-
 * Process); C calls back through properties of the handle object: onread(nread, buffer),
 * onconnection(status, client), onexit(status, signal), and req.oncomplete(status). */
#ifndef NODEC_STREAM_WRAP_H
#define NODEC_STREAM_WRAP_H

#include "bindings.h"
#include "../runtime/jsc_private.h"

enum { NODEC_H_TCP, NODEC_H_PIPE, NODEC_H_TTY, NODEC_H_PROCESS, NODEC_H_UDP, NODEC_H_KINDS };

/* streamState slots (a Float64Array JS reads after a write, so writes return one small int). */
enum { NODEC_SS_BYTES_WRITTEN, NODEC_SS_WRITE_QUEUE_SIZE, NODEC_SS_SLOTS };

enum { NODEC_READ_BUF_SIZE = 65536 };

/* Per-runtime state of all stream bindings, owned by internalBinding('stream_wrap'). */
typedef struct nodec_stream_env {
  nodec_runtime *rt;
  JSClassRef classes[NODEC_H_KINDS];
  JSClassRef base_classes[2]; /* HandleWrap, LibuvStreamWrap: parents of the kind classes */
  JSStringRef s_onread, s_onconnection, s_oncomplete, s_onexit, s_onmessage;
  double state[NODEC_SS_SLOTS];
  double next_async_id;
  bool readbuf_busy;
  uint8_t readbuf[NODEC_READ_BUF_SIZE]; /* reads land here and are copied out at their exact size */
} nodec_stream_env;

typedef struct nodec_sendfile nodec_sendfile;

typedef struct nodec_handle {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_tty_t tty;
    uv_process_t process;
    uv_udp_t udp;
  } h;
  nodec_stream_env *env;
  JSObjectRef obj;
  JSObjectRef close_cb; /* protected while closing */
  nodec_sendfile *sendfile; /* a sendFile() in progress (stream_sendfile.c) */
  /* A consumer of the stream's reads (an http parser): readStart() then reads into these. */
  uv_alloc_cb consumer_alloc;
  uv_read_cb consumer_read;
  double async_id;
  uint64_t bytes_read, bytes_written;
  int kind;
  bool initialized; /* uv_*_init succeeded: the handle must be closed before it is freed */
  bool closing, closed;
} nodec_handle;

/* The env of this runtime (made by the stream_wrap binding on first use). */
nodec_stream_env *nodec_stream_env_get(nodec_runtime *rt, JSValueRef *exc);
/* A new handle object of `kind`, not yet initialized: the caller runs uv_*_init on h->h and then
 * calls nodec_handle_opened(h). */
JSObjectRef nodec_handle_new(nodec_stream_env *env, int kind, nodec_handle **out);
void nodec_handle_opened(nodec_handle *h);
/* The uv_close callback of every handle: runs the close callback, then lets the object go. */
void nodec_handle_on_closed(uv_handle_t *uh);
/* `this` of a method as a handle of one of the kinds in `mask` (1 << kind), or NULL with *exc set. */
nodec_handle *nodec_handle_this(JSContextRef ctx, JSObjectRef self, unsigned mask, JSValueRef *exc);
/* A constructor object for `kind`: `new Ctor(...args)` calls init(env, argc, argv, exc) -> object. */
typedef JSObjectRef (*nodec_handle_ctor)(nodec_stream_env *env, size_t argc, const JSValueRef argv[],
                                         JSValueRef *exc);
JSObjectRef nodec_handle_constructor(nodec_stream_env *env, int kind, const char *name, nodec_handle_ctor init);
/* Sets ctor.prototype to the prototype JSC made for `cls`, and its .constructor back to ctor. */
void nodec_link_class_prototype(JSContextRef ctx, JSObjectRef ctor, JSClassRef cls);
/* Calls obj[name](argc, argv) as a macrotask if it is a function. */
void nodec_handle_emit(nodec_runtime *rt, JSObjectRef obj, JSStringRef name, size_t argc, const JSValueRef *argv);
/* Stream helpers shared by tcp/pipe listen and accept. */
void nodec_stream_on_connection(uv_stream_t *server, int status);

/* A connect request reporting to js_req.oncomplete(status); the JS req is protected until then. */
typedef struct nodec_connect_req {
  uv_connect_t req;
  nodec_handle *h;
  JSObjectRef js_req;
} nodec_connect_req;
nodec_connect_req *nodec_connect_req_new(nodec_handle *h, JSContextRef ctx, JSValueRef js_req);
void nodec_connect_req_free(nodec_connect_req *cr); /* when uv_*_connect failed synchronously */
void nodec_after_connect(uv_connect_t *req, int status);

/* Class definitions (static functions) for the kinds, filled by the owning .c files. */
extern const JSStaticFunction nodec_tcp_methods[];
extern const JSStaticFunction nodec_pipe_methods[];
extern const JSStaticFunction nodec_tty_methods[];
extern const JSStaticFunction nodec_process_methods[];
extern const JSStaticFunction nodec_udp_methods[];

/* A class method; the body runs with the API lock taken once (NODEC_LOCKED_CALLBACK). */
#define NODEC_METHOD(name)                                                                          \
  static JSValueRef name##_body(JSContextRef ctx, JSObjectRef function, JSObjectRef self,           \
                                size_t argc, const JSValueRef argv[], JSValueRef *exc);             \
  NODEC_LOCKED_CALLBACK(name, name##_body)                                                          \
  static JSValueRef name##_body(JSContextRef ctx, JSObjectRef function, JSObjectRef self,           \
                                size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define NODEC_METHOD_UNUSED (void)ctx, (void)function, (void)self, (void)argc, (void)argv, (void)exc

/* handle.sendFile(req, fd, offset, length) and its cancellation when the handle closes. */
JSValueRef nodec_stream_send_file(JSContextRef ctx, JSObjectRef function, JSObjectRef self, size_t argc,
                                  const JSValueRef argv[], JSValueRef *exc);
void nodec_sendfile_cancel(nodec_handle *h);

/* Reads an address argument into a sockaddr for TCP; returns 0 or a uv error. */
int nodec_sockaddr_from(JSContextRef ctx, JSValueRef host, JSValueRef port, bool v6, struct sockaddr_storage *out);
/* Fills out.address/family/port from a sockaddr. */
void nodec_sockaddr_to(JSContextRef ctx, const struct sockaddr *sa, JSObjectRef out);

#endif
