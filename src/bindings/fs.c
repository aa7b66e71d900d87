/* internalBinding('fs'): file system calls over libuv's uv_fs_* (thread pool when async).
 * Every function takes its arguments then `req`: undefined -> synchronous (throws node's error),
 * a function -> asynchronous, called as req(err) / req(null, result).
 * Paths are strings or Uint8Arrays (bytes taken as they are, so non-UTF-8 names work).
 * Whole jobs (readFile, writeFile, mkdir -p, rm -r) are one crossing and one pool job each. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../runtime/threadpool.h"
#include "bindings.h"
#include "../runtime/jsbytes_view.h"

typedef enum { R_UNDEFINED, R_INT, R_STAT, R_PATH, R_DIRENTS, R_STATFS, R_BOOL } result_kind;

typedef struct fs_req {
  uv_fs_t req;
  nodec_runtime *rt;
  JSObjectRef cb;
  JSObjectRef keep; /* Buffer (or array of Buffers) being read into / written from */
  JSObjectRef stat_target; /* sync stat: the caller's Float64Array to fill (argv keeps it alive) */
  uv_buf_t *bufs;   /* readv/writev vectors (freed with the request) */
  result_kind kind;
  bool with_types;
  bool as_buffer; /* readdir: names as Buffers of the raw bytes */
  bool bigint;
} fs_req;

enum { kStatFields = 18, kStatFsFields = 8 };

/* Stats as 18 numbers: dev mode nlink uid gid rdev blksize ino size blocks, then sec/nsec pairs of
 * atime mtime ctime birthtime. Into a Float64Array, or exactly into a BigInt64Array (bigint option). */
static JSObjectRef fill_stats(JSContextRef ctx, const uv_stat_t *s, JSObjectRef target, bool bigint) {
  JSTypedArrayType t = kJSTypedArrayTypeFloat64Array;
  if (target) t = JSValueGetTypedArrayType(ctx, target, NULL);
  else if (bigint) t = kJSTypedArrayTypeBigInt64Array;
  if (!target) target = JSObjectMakeTypedArray(ctx, t, kStatFields, NULL);
  uint8_t *p = (uint8_t *)JSObjectGetTypedArrayBytesPtr(ctx, target, NULL) +
               JSObjectGetTypedArrayByteOffset(ctx, target, NULL);
  int64_t v[kStatFields] = {
      (int64_t)s->st_dev, (int64_t)s->st_mode, (int64_t)s->st_nlink, (int64_t)s->st_uid, (int64_t)s->st_gid,
      (int64_t)s->st_rdev, (int64_t)s->st_blksize, (int64_t)s->st_ino, (int64_t)s->st_size,
      (int64_t)s->st_blocks, s->st_atim.tv_sec, s->st_atim.tv_nsec, s->st_mtim.tv_sec, s->st_mtim.tv_nsec,
      s->st_ctim.tv_sec, s->st_ctim.tv_nsec, s->st_birthtim.tv_sec, s->st_birthtim.tv_nsec};
  if (t == kJSTypedArrayTypeBigInt64Array) {
    memcpy(p, v, sizeof v);
  } else {
    double d[kStatFields];
    for (int i = 0; i < kStatFields; i++) d[i] = (double)v[i];
    memcpy(p, d, sizeof d);
  }
  return target;
}

static JSObjectRef fill_statfs(JSContextRef ctx, const uv_statfs_t *s, bool bigint) {
  JSObjectRef a = JSObjectMakeTypedArray(
      ctx, bigint ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, kStatFsFields, NULL);
  uint8_t *p = (uint8_t *)JSObjectGetTypedArrayBytesPtr(ctx, a, NULL) + JSObjectGetTypedArrayByteOffset(ctx, a, NULL);
  uint64_t v[kStatFsFields] = {s->f_type, s->f_bsize, s->f_bsize, s->f_blocks,
                               s->f_bfree, s->f_bavail, s->f_files, s->f_ffree};
  if (bigint) {
    memcpy(p, v, sizeof v);
  } else {
    double d[kStatFsFields];
    for (int i = 0; i < kStatFsFields; i++) d[i] = (double)v[i];
    memcpy(p, d, sizeof d);
  }
  return a;
}

/* Directory entry names. As UTF-8 strings they are joined with NULs (no name holds one) into one
 * string that JS splits: one string made through the C API instead of one per entry, which is
 * most of the cost of a large listing (10k entries: 18 -> 9 ms, measured). */
static JSValueRef split_names(nodec_runtime *rt, JSContextRef ctx, const char *joined, size_t len) {
  JSValueRef s = nodec_string_n(ctx, joined, len);
  return JSObjectCallAsFunction(ctx, rt->split_nul, NULL, 1, &s, NULL);
}

static JSValueRef dirents(nodec_runtime *rt, JSContextRef ctx, uv_fs_t *req, bool with_types, bool as_buffer) {
  size_t cap = 64, n = 0;
  JSValueRef *names = malloc(cap * sizeof *names), *types = malloc(cap * sizeof *types);
  if (!names || !types) abort();
  size_t jlen = 0, jcap = 0;
  char *joined = NULL;
  bool join = !as_buffer && rt->split_nul;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
    if (n == cap) {
      cap *= 2;
      names = realloc(names, cap * sizeof *names);
      types = realloc(types, cap * sizeof *types);
      if (!names || !types) abort();
    }
    size_t len = strlen(ent.name);
    if (as_buffer) {
      uint8_t *copy = malloc(len ? len : 1);
      if (!copy) abort();
      memcpy(copy, ent.name, len);
      names[n] = nodec_new_buffer(rt, copy, len);
    } else if (!join) {
      names[n] = nodec_string_n(ctx, ent.name, len);
    } else {
      if (jlen + len + 1 > jcap) {
        jcap = (jlen + len + 1) * 2 + 4096;
        joined = realloc(joined, jcap);
        if (!joined) abort();
      }
      if (jlen) joined[jlen++] = 0;
      memcpy(joined + jlen, ent.name, len);
      jlen += len;
    }
    types[n] = nodec_number(ent.type);
    n++;
  }
  JSObjectRef arr;
  if (join && n > 0) {
    JSValueRef split = split_names(rt, ctx, joined, jlen);
    arr = split && JSValueIsObject(ctx, split) ? (JSObjectRef)split : JSObjectMakeArray(ctx, 0, NULL, NULL);
  } else {
    arr = JSObjectMakeArray(ctx, join ? 0 : n, names, NULL);
  }
  free(joined);

  if (with_types) {
    JSValueRef pair[2] = {arr, JSObjectMakeArray(ctx, n, types, NULL)};
    arr = JSObjectMakeArray(ctx, 2, pair, NULL);
  }
  free(names);
  free(types);
  return arr;
}

static const char *syscall_name(uv_fs_type t) {
  switch (t) {
    case UV_FS_OPEN: return "open";
    case UV_FS_CLOSE: return "close";
    case UV_FS_READ: return "read";
    case UV_FS_WRITE: return "write";
    case UV_FS_STAT: return "stat";
    case UV_FS_LSTAT: return "lstat";
    case UV_FS_FSTAT: return "fstat";
    case UV_FS_SCANDIR: return "scandir";
    case UV_FS_MKDIR: return "mkdir";
    case UV_FS_MKDTEMP: return "mkdtemp";
    case UV_FS_RMDIR: return "rmdir";
    case UV_FS_UNLINK: return "unlink";
    case UV_FS_RENAME: return "rename";
    case UV_FS_REALPATH: return "realpath";
    case UV_FS_READLINK: return "readlink";
    case UV_FS_ACCESS: return "access";
    case UV_FS_FTRUNCATE: return "ftruncate";
    case UV_FS_FSYNC: return "fsync";
    case UV_FS_FDATASYNC: return "fdatasync";
    case UV_FS_COPYFILE: return "copyfile";
    case UV_FS_SYMLINK: return "symlink";
    case UV_FS_LINK: return "link";
    case UV_FS_CHMOD: return "chmod";
    case UV_FS_FCHMOD: return "fchmod";
    case UV_FS_CHOWN: return "chown";
    case UV_FS_FCHOWN: return "fchown";
    case UV_FS_LCHOWN: return "lchown";
    case UV_FS_UTIME: return "utime";
    case UV_FS_FUTIME: return "futime";
    case UV_FS_LUTIME: return "lutime";
    case UV_FS_STATFS: return "statfs";
    default: return "fs";
  }
}

/* Outcome of a finished request as (error, result). */
static JSValueRef fs_result(fs_req *r, JSValueRef *err) {
  nodec_runtime *rt = r->rt;
  JSContextRef ctx = rt->ctx;
  uv_fs_t *req = &r->req;
  if (req->result < 0) {
    const char *dest = req->fs_type == UV_FS_RENAME || req->fs_type == UV_FS_LINK || req->fs_type == UV_FS_SYMLINK ||
                               req->fs_type == UV_FS_COPYFILE
                           ? req->new_path
                           : NULL;
    *err = nodec_uv_error(rt, (int)req->result, syscall_name(req->fs_type), req->path, dest);
    return NULL;
  }
  switch (r->kind) {
    case R_INT: return nodec_number((double)req->result);
    case R_STAT: return fill_stats(ctx, &req->statbuf, r->stat_target, r->bigint);
    case R_STATFS: return fill_statfs(ctx, (const uv_statfs_t *)req->ptr, r->bigint);
    case R_PATH: return nodec_string(ctx, req->fs_type == UV_FS_MKDTEMP ? req->path : (const char *)req->ptr);
    case R_DIRENTS: return dirents(r->rt, ctx, req, r->with_types, r->as_buffer);
    case R_BOOL: return nodec_boolean(true);
    default: return nodec_undefined();
  }
}

static void release(fs_req *r) {
  JSContextRef ctx = r->rt->ctx;
  if (r->cb) JSValueUnprotect(ctx, r->cb);
  if (r->keep) JSValueUnprotect(ctx, r->keep);
  uv_fs_req_cleanup(&r->req);
  free(r->bufs);
  free(r);
}

static void on_fs_done(uv_fs_t *req) {
  fs_req *r = (fs_req *)req;
  JSValueRef err = NULL;
  JSValueRef result = fs_result(r, &err);
  JSContextRef ctx = r->rt->ctx;
  JSValueRef args[2] = {err ? err : nodec_null(), result ? result : nodec_undefined()};
  JSObjectRef cb = r->cb;
  nodec_runtime *rt = r->rt;
  JSValueProtect(ctx, cb);
  release(r); /* before the callback: it may start more work that reuses memory */
  nodec_make_callback(rt, cb, NULL, err ? 1 : 2, args);
  JSValueUnprotect(ctx, cb);
}

static bool is_function(JSContextRef ctx, JSValueRef v) {
  return JSValueIsObject(ctx, v) && JSObjectIsFunction(ctx, (JSObjectRef)v);
}

/* The last argument decides sync or async. */
static fs_req *new_req(nodec_runtime *rt, JSContextRef ctx, JSValueRef cb, result_kind kind) {
  fs_req *r = calloc(1, sizeof *r);
  if (!r) abort();
  r->rt = rt;
  r->kind = kind;
  if (is_function(ctx, cb)) {
    r->cb = (JSObjectRef)cb;
    JSValueProtect(ctx, cb);
  }
  return r;
}

static void keep(fs_req *r, JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return;
  r->keep = (JSObjectRef)v;
  JSValueProtect(ctx, v);
}

/* After issuing: sync -> result or throw; async -> undefined (or throws if the submit failed). */
static JSValueRef finish(fs_req *r, int submit_err, JSValueRef *exc) {
  if (r->cb && submit_err >= 0) return nodec_undefined();
  JSValueRef err = NULL;
  JSValueRef result = fs_result(r, &err);
  release(r);
  if (err) {
    *exc = err;
    return NULL;
  }
  return result;
}

/* A path argument: bytes of a Uint8Array as they are, else ToString as UTF-8. Caller frees. */
static char *path_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  if (JSValueIsObject(ctx, v) && JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeUint8Array) {
    size_t n = 0;
    uint8_t *p = nodec_bytes(ctx, v, &n, exc);
    char *s = malloc(n + 1);
    if (!s) abort();
    if (n) memcpy(s, p, n);
    s[n] = 0;
    return s;
  }
  return nodec_to_utf8(ctx, v, NULL, exc);
}

#define LOOP (&rt->loop)
#define CB(r) ((r)->cb ? on_fs_done : NULL)
#define PATH_ARG(var, i)                    \
  char *var = path_arg(ctx, ARG(i), exc);   \
  if (!var) return NULL
#define NUM(i) JSValueToNumber(ctx, ARG(i), NULL)
/* A position argument: a number, or -1 (current position) for anything else. */
#define POS(i) (JSValueIsNumber(ctx, ARG(i)) ? (int64_t)NUM(i) : -1)

NODEC_FN(fs_open) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  fs_req *r = new_req(rt, ctx, ARG(3), R_INT);
  int e = uv_fs_open(LOOP, &r->req, path, (int)NUM(1), (int)NUM(2), CB(r));
  JSValueRef res = finish(r, e, exc); /* sync: libuv points at our path copy */
  free(path);
  return res;
}

NODEC_FN(fs_close) {
  NODEC_UNUSED_FN_ARGS;
  fs_req *r = new_req(rt, ctx, ARG(1), R_UNDEFINED);
  return finish(r, uv_fs_close(LOOP, &r->req, (uv_file)NUM(0), CB(r)), exc);
}

/* read(fd, buffer, offset, length, position, req) -> bytesRead; position -1 = current position. */
NODEC_FN(fs_read) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(1), &len, exc);
  double off = NUM(2), n = NUM(3);
  if ((!p && len) || off < 0 || n < 0 || off + n > (double)len)
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "read outside the buffer");
  fs_req *r = new_req(rt, ctx, ARG(5), R_INT);
  keep(r, ctx, ARG(1));
  uv_buf_t b = uv_buf_init(p ? (char *)p + (size_t)off : NULL, (unsigned)n);
  return finish(r, uv_fs_read(LOOP, &r->req, (uv_file)NUM(0), &b, 1, POS(4), CB(r)), exc);
}

/* write(fd, buffer, offset, length, position, req) -> bytesWritten */
NODEC_FN(fs_write) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(1), &len, exc);
  double off = NUM(2), n = NUM(3);
  if ((!p && len) || off < 0 || n < 0 || off + n > (double)len)
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "write outside the buffer");
  fs_req *r = new_req(rt, ctx, ARG(5), R_INT);
  keep(r, ctx, ARG(1));
  uv_buf_t b = uv_buf_init(p ? (char *)p + (size_t)off : NULL, (unsigned)n);
  return finish(r, uv_fs_write(LOOP, &r->req, (uv_file)NUM(0), &b, 1, POS(4), CB(r)), exc);
}

/* writeBuffers / readBuffers(fd, arrayOfArrayBufferViews, position, req) -> bytes: writev / readv. */
static JSValueRef vector_io(nodec_runtime *rt, JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, bool writing) {
  if (!JSValueIsObject(ctx, ARG(1)))
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "buffers must be an array");
  JSObjectRef arr = (JSObjectRef)ARG(1);
  size_t n = (size_t)JSValueToNumber(ctx, nodec_get(ctx, arr, "length"), NULL);
  fs_req *r = new_req(rt, ctx, ARG(3), R_INT);
  r->bufs = calloc(n ? n : 1, sizeof *r->bufs);
  if (!r->bufs) abort();
  for (size_t i = 0; i < n; i++) {
    size_t len = 0;
    uint8_t *p = nodec_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), &len, exc);
    r->bufs[i] = uv_buf_init((char *)p, (unsigned)len);
  }
  keep(r, ctx, arr);
  uv_file fd = (uv_file)NUM(0);
  int e = writing ? uv_fs_write(LOOP, &r->req, fd, r->bufs, (unsigned)n, POS(2), CB(r))
                  : uv_fs_read(LOOP, &r->req, fd, r->bufs, (unsigned)n, POS(2), CB(r));
  return finish(r, e, exc);
}
NODEC_FN(fs_write_buffers) { NODEC_UNUSED_FN_ARGS; return vector_io(rt, ctx, argc, argv, exc, true); }
NODEC_FN(fs_read_buffers) { NODEC_UNUSED_FN_ARGS; return vector_io(rt, ctx, argc, argv, exc, false); }

/* Sync stat that reports "no such entry" as undefined instead of an error (throwIfNoEntry: false). */
static bool no_entry(int err) { return err == UV_ENOENT || err == UV_ENOTDIR; }

/* stat(path, target, req, bigint, noThrow) -> Float64Array/BigInt64Array of 18 fields (see fill_stats).
 * `target` (sync only) is reused so a hot statSync allocates nothing in C. */
static JSValueRef stat_common(nodec_runtime *rt, JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, uv_fs_type type) {
  fs_req *r = new_req(rt, ctx, ARG(2), R_STAT);
  r->bigint = JSValueToBoolean(ctx, ARG(3));
  /* Sync calls only: the target stays alive in argv for the whole call, so it is not protected
   * (a protect/unprotect pair is a hash-table insert and remove per stat). */
  if (JSValueIsObject(ctx, ARG(1)) && !r->cb) r->stat_target = (JSObjectRef)argv[1];
  int e;
  char *path = NULL;
  if (type == UV_FS_FSTAT) {
    e = uv_fs_fstat(LOOP, &r->req, (uv_file)NUM(0), CB(r));
  } else {
    path = path_arg(ctx, ARG(0), exc);
    if (!path) {
      release(r);
      return NULL;
    }
    e = type == UV_FS_STAT ? uv_fs_stat(LOOP, &r->req, path, CB(r)) : uv_fs_lstat(LOOP, &r->req, path, CB(r));
  }
  JSValueRef res;
  if (!r->cb && JSValueToBoolean(ctx, ARG(4)) && no_entry((int)r->req.result)) {
    release(r);
    res = nodec_undefined();
  } else {
    res = finish(r, e, exc);
  }
  free(path);
  return res;
}

NODEC_FN(fs_stat) { NODEC_UNUSED_FN_ARGS; return stat_common(rt, ctx, argc, argv, exc, UV_FS_STAT); }
NODEC_FN(fs_lstat) { NODEC_UNUSED_FN_ARGS; return stat_common(rt, ctx, argc, argv, exc, UV_FS_LSTAT); }
NODEC_FN(fs_fstat) { NODEC_UNUSED_FN_ARGS; return stat_common(rt, ctx, argc, argv, exc, UV_FS_FSTAT); }

/* statfs(path, bigint, req) -> [type, bsize, frsize, blocks, bfree, bavail, files, ffree] */
NODEC_FN(fs_statfs) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  fs_req *r = new_req(rt, ctx, ARG(2), R_STATFS);
  r->bigint = JSValueToBoolean(ctx, ARG(1));
  int e = uv_fs_statfs(LOOP, &r->req, path, CB(r));
  JSValueRef res = finish(r, e, exc); /* sync: libuv points at our path copy */
  free(path);
  return res;
}

/* internalModuleStat(path) -> 0 file, 1 directory, negative errno: the module resolver's probe,
 * a plain stat(2) with no error object. */
NODEC_FN(internal_module_stat) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  struct stat st;
  int rc = stat(path, &st);
  int err = rc != 0 ? uv_translate_sys_error(errno) : 0;
  free(path);
  if (rc != 0) return nodec_number(err);
  return nodec_number(S_ISDIR(st.st_mode) ? 1 : 0);
}

/* ---- Whole-file jobs: one crossing, one pool job ------------------------------------------- */

typedef struct read_all {
  nodec_work w;
  char *path;
  int fd; /* >= 0: read this descriptor (not closed) instead of opening path */
  int flags;
  uint8_t *data;
  size_t len;
  int err;
  bool as_string;
  const char *syscall;
  double too_large; /* > 0: the file is bigger than kIoMaxLength (its size); nothing was read */
  uint8_t *into;    /* readFileInto: room for a file that fits (the Buffer pool), or NULL */
  size_t room;
  bool in_pool;     /* the bytes went to `into`; data stays NULL */
} read_all;

enum { kIoMaxLength = 2147483647 };

static void do_read_all(read_all *ra) {
  int fd = ra->fd;
  if (fd < 0) {
    fd = open(ra->path, ra->flags | O_CLOEXEC, 0666);
    if (fd < 0) {
      ra->err = uv_translate_sys_error(errno);
      ra->syscall = "open";
      return;
    }
  }
  struct stat st;
  bool have_stat = fstat(fd, &st) == 0;
  if (have_stat && S_ISDIR(st.st_mode)) {
    ra->err = UV_EISDIR;
    ra->syscall = "read";
    if (ra->fd < 0) close(fd);
    return;
  }
  if (have_stat && S_ISREG(st.st_mode) && st.st_size > kIoMaxLength) {
    ra->too_large = (double)st.st_size;
    if (ra->fd < 0) close(fd);
    return;
  }
  /* A regular file of known size is read up to that size, as node does: no extra read(2) to see
   * EOF (~1 us here, a tenth of a 4 KB readFileSync), and bytes appended meanwhile are not read. */
  size_t want = have_stat && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size : 0;
  size_t cap = want ? want : 8192;
  ra->in_pool = ra->into && want && want <= ra->room;
  uint8_t *buf = ra->in_pool ? ra->into : malloc(cap);
  size_t len = 0;
  for (;;) {
    if (!buf) abort();
    if (want && len == want) break;
    if (len == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
      continue;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0) {
      if (errno == EINTR) continue;
      ra->err = uv_translate_sys_error(errno);
      ra->syscall = "read";
      if (!ra->in_pool) free(buf);
      if (ra->fd < 0) close(fd);
      return;
    }
    if (n == 0) break;
    len += (size_t)n;
    if (len > kIoMaxLength) {
      ra->too_large = (double)len;
      free(buf);
      if (ra->fd < 0) close(fd);
      return;
    }
  }
  if (ra->fd < 0) close(fd);
  ra->data = ra->in_pool ? NULL : buf;
  ra->len = len;
}

static JSValueRef read_all_result(read_all *ra, JSValueRef *err) {
  nodec_runtime *rt = ra->w.rt;
  if (ra->err) {
    /* As node: errors after the open name no path (`EISDIR: ..., read`). */
    bool open_err = strcmp(ra->syscall, "open") == 0;
    *err = nodec_uv_error(rt, ra->err, ra->syscall, open_err ? ra->path : NULL, NULL);
    return NULL;
  }
  if (ra->too_large > 0) return nodec_number(ra->too_large); /* JS throws ERR_FS_FILE_TOO_LARGE */
  if (ra->in_pool) return nodec_number((double)ra->len);
  if (ra->as_string) return nodec_string_n(rt->ctx, (const char *)ra->data, ra->len);
  uint8_t *data = ra->data;
  ra->data = NULL; /* ownership moves to the Buffer */
  return nodec_new_buffer(rt, data, ra->len);
}

static void read_all_work(nodec_work *w) { do_read_all((read_all *)w); }
static JSValueRef read_all_after(nodec_work *w, JSValueRef *err) { return read_all_result((read_all *)w, err); }
static void read_all_destroy(nodec_work *w) {
  read_all *ra = (read_all *)w;
  free(ra->path);
  free(ra->data);
  free(ra);
}

/* A read_all for (pathOrFd, flags, ...) arguments, or NULL with an exception for a bad path. */
static read_all *read_all_from_args(nodec_runtime *rt, JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                    JSValueRef *exc) {
  read_all *ra = calloc(1, sizeof *ra);
  if (!ra) abort();
  ra->fd = -1;
  if (JSValueIsNumber(ctx, ARG(0))) {
    ra->fd = (int)NUM(0);
  } else {
    ra->path = path_arg(ctx, ARG(0), exc);
    if (!ra->path) {
      free(ra);
      return NULL;
    }
  }
  ra->flags = JSValueIsNumber(ctx, ARG(1)) ? (int)NUM(1) : O_RDONLY;
  ra->w.rt = rt;
  return ra;
}

/* readFile(pathOrFd, flags, asString, req) -> Buffer or string (utf8): open+read+close in one crossing.
 * A file over kIoMaxLength bytes gives its size (a number) instead. */
NODEC_FN(fs_read_file) {
  NODEC_UNUSED_FN_ARGS;
  read_all *ra = read_all_from_args(rt, ctx, argc, argv, exc);
  if (!ra) return NULL;
  ra->as_string = JSValueToBoolean(ctx, ARG(2));
  ra->w.work = read_all_work;
  ra->w.after = read_all_after;
  ra->w.destroy = read_all_destroy;
  JSValueRef cb = ARG(3);
  if (is_function(ctx, cb)) {
    nodec_queue_work(rt, &ra->w, (JSObjectRef)cb, NULL);
    return nodec_undefined();
  }
  do_read_all(ra);
  JSValueRef err = NULL;
  JSValueRef r = read_all_result(ra, &err);
  read_all_destroy(&ra->w);
  if (err) *exc = err;
  return r;
}

/* readFileInto(pathOrFd, flags, pool, offset, room) -> bytes written at pool[offset] when the file
 * fits in `room` (fs.readFileSync reads small files into the Buffer pool, as node's do), else the
 * file as a Buffer of its own; a file over kIoMaxLength bytes gives minus its size. Synchronous. */
NODEC_FN(fs_read_file_into) {
  NODEC_UNUSED_FN_ARGS;
  double offset = JSValueIsNumber(ctx, ARG(3)) ? NUM(3) : -1, room = JSValueIsNumber(ctx, ARG(4)) ? NUM(4) : 0;
  read_all *ra = read_all_from_args(rt, ctx, argc, argv, exc);
  if (!ra) return NULL;
  /* The pool's bytes last: nothing below runs JS, so the in-place pointer stays good. */
  size_t pool_len = 0;
  uint8_t *pool = nodec_bytes_now(ctx, ARG(2), &pool_len, exc);
  if (pool && offset >= 0 && room > 0 && offset <= (double)pool_len && room <= (double)pool_len - offset) {
    ra->into = pool + (size_t)offset;
    ra->room = (size_t)room;
  }
  do_read_all(ra);
  JSValueRef err = NULL;
  JSValueRef r = ra->too_large > 0 ? nodec_number(-ra->too_large) : read_all_result(ra, &err);
  read_all_destroy(&ra->w);
  if (err) *exc = err;
  return r;
}

typedef struct write_all {
  nodec_work w;
  char *path;
  int fd;
  int flags, mode;
  const uint8_t *data;
  size_t len;
  char *owned; /* UTF-8 copy of a string argument */
  int err;
  const char *syscall;
} write_all;

static void do_write_all(write_all *wa) {
  int fd = wa->fd;
  if (fd < 0) {
    fd = open(wa->path, wa->flags | O_CLOEXEC, wa->mode);
    if (fd < 0) {
      wa->err = uv_translate_sys_error(errno);
      wa->syscall = "open";
      return;
    }
  }
  size_t off = 0;
  while (off < wa->len) {
    ssize_t n = write(fd, wa->data + off, wa->len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      wa->err = uv_translate_sys_error(errno);
      wa->syscall = "write";
      break;
    }
    off += (size_t)n;
  }
  if (wa->fd < 0 && close(fd) != 0 && !wa->err) {
    wa->err = uv_translate_sys_error(errno);
    wa->syscall = "close";
  }
}

static JSValueRef write_all_result(write_all *wa, JSValueRef *err) {
  if (wa->err) {
    bool open_err = strcmp(wa->syscall, "open") == 0;
    *err = nodec_uv_error(wa->w.rt, wa->err, wa->syscall, open_err ? wa->path : NULL, NULL);
    return NULL;
  }
  return nodec_undefined();
}

static void write_all_work(nodec_work *w) { do_write_all((write_all *)w); }
static JSValueRef write_all_after(nodec_work *w, JSValueRef *err) { return write_all_result((write_all *)w, err); }
static void write_all_destroy(nodec_work *w) {
  write_all *wa = (write_all *)w;
  free(wa->path);
  free(wa->owned);
  free(wa);
}

/* writeFile(pathOrFd, data, flags, mode, req): data a string (written as UTF-8) or an ArrayBufferView;
 * open+write+close in one crossing. */
NODEC_FN(fs_write_file) {
  NODEC_UNUSED_FN_ARGS;
  write_all *wa = calloc(1, sizeof *wa);
  if (!wa) abort();
  wa->fd = -1;
  wa->w.rt = rt;
  wa->w.work = write_all_work;
  wa->w.after = write_all_after;
  wa->w.destroy = write_all_destroy;
  if (JSValueIsNumber(ctx, ARG(0))) {
    wa->fd = (int)NUM(0);
  } else if (!(wa->path = path_arg(ctx, ARG(0), exc))) {
    write_all_destroy(&wa->w);
    return NULL;
  }
  JSObjectRef keep_obj = NULL;
  if (JSValueIsString(ctx, ARG(1))) {
    wa->owned = nodec_to_utf8(ctx, ARG(1), &wa->len, exc);
    if (!wa->owned) {
      write_all_destroy(&wa->w);
      return NULL;
    }
    wa->data = (const uint8_t *)wa->owned;
  } else {
    wa->data = nodec_bytes(ctx, ARG(1), &wa->len, exc);
    keep_obj = JSValueIsObject(ctx, ARG(1)) ? (JSObjectRef)ARG(1) : NULL;
  }
  wa->flags = (int)NUM(2);
  wa->mode = JSValueIsNumber(ctx, ARG(3)) ? (int)NUM(3) : 0666;
  JSValueRef cb = ARG(4);
  if (is_function(ctx, cb)) {
    nodec_queue_work(rt, &wa->w, (JSObjectRef)cb, keep_obj);
    return nodec_undefined();
  }
  do_write_all(wa);
  JSValueRef err = NULL;
  JSValueRef r = write_all_result(wa, &err);
  write_all_destroy(&wa->w);
  if (err) *exc = err;
  return r;
}

/* ---- mkdir -p and rm -r as single jobs ---------------------------------------------------------- */

typedef struct tree_job {
  nodec_work w;
  char *path;
  char *first; /* mkdirp: the first directory created */
  char *err_path;
  const char *syscall;
  int mode;
  int err;
} tree_job;

static void tree_fail(tree_job *j, int err, const char *syscall, const char *path) {
  j->err = uv_translate_sys_error(err);
  j->syscall = syscall;
  free(j->err_path);
  j->err_path = strdup(path);
}

/* mkdir p, creating missing parents first; 0 or an errno. `top`: p is the path asked for. */
static int mkdirp_rec(tree_job *j, char *p, bool top) {
  if (mkdir(p, (mode_t)j->mode) == 0) {
    if (!j->first) j->first = strdup(p);
    return 0;
  }
  int e = errno;
  if (e == EEXIST) {
    struct stat st;
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
    return top ? EEXIST : ENOTDIR;
  }
  if (e != ENOENT) return e;
  char *slash = strrchr(p, '/');
  if (!slash || slash == p) return ENOENT;
  *slash = 0;
  int pe = mkdirp_rec(j, p, false);
  *slash = '/';
  if (pe) return pe;
  if (mkdir(p, (mode_t)j->mode) == 0) {
    if (!j->first) j->first = strdup(p);
    return 0;
  }
  e = errno;
  struct stat st;
  if (e == EEXIST && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return 0; /* "a/.." once a exists */
  return e;
}

static void do_mkdirp(tree_job *j) {
  size_t n = strlen(j->path);
  while (n > 1 && j->path[n - 1] == '/') j->path[--n] = 0;
  int e = mkdirp_rec(j, j->path, true);
  if (e) tree_fail(j, e, "mkdir", j->path);
}

static void mkdirp_work(nodec_work *w) { do_mkdirp((tree_job *)w); }

static JSValueRef tree_result(tree_job *j, JSValueRef *err) {
  if (j->err) {
    *err = nodec_uv_error(j->w.rt, j->err, j->syscall, j->err_path, NULL);
    return NULL;
  }
  return j->first ? nodec_string(j->w.rt->ctx, j->first) : nodec_undefined();
}
static JSValueRef tree_after(nodec_work *w, JSValueRef *err) { return tree_result((tree_job *)w, err); }
static void tree_destroy(nodec_work *w) {
  tree_job *j = (tree_job *)w;
  free(j->path);
  free(j->first);
  free(j->err_path);
  free(j);
}

/* Removes everything under the open directory dfd (named `path` for errors), then closes it. */
static void rm_children(tree_job *j, int dfd, char *path, size_t plen, size_t cap) {
  DIR *d = fdopendir(dfd);
  if (!d) {
    tree_fail(j, errno, "opendir", path);
    close(dfd);
    return;
  }
  struct dirent *e;
  while (!j->err && (errno = 0, e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    size_t nl = strlen(e->d_name);
    if (plen + nl + 2 > cap) {
      tree_fail(j, ENAMETOOLONG, "rm", path);
      break;
    }
    path[plen] = '/';
    memcpy(path + plen + 1, e->d_name, nl + 1);
    bool is_dir = e->d_type == DT_DIR;
    if (e->d_type == DT_UNKNOWN) {
      struct stat st;
      is_dir = fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
    }
    if (is_dir) {
      int cfd = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (cfd < 0) {
        tree_fail(j, errno, "rm", path);
      } else {
        rm_children(j, cfd, path, plen + 1 + nl, cap);
        if (!j->err && unlinkat(dirfd(d), e->d_name, AT_REMOVEDIR) != 0) tree_fail(j, errno, "rm", path);
      }
    } else if (unlinkat(dirfd(d), e->d_name, 0) != 0 && errno != ENOENT) {
      tree_fail(j, errno, "rm", path);
    }
    path[plen] = 0;
  }
  closedir(d);
}

static void do_rmtree(tree_job *j) {
  struct stat st;
  if (lstat(j->path, &st) != 0) {
    tree_fail(j, errno, "lstat", j->path);
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (unlink(j->path) != 0) tree_fail(j, errno, "rm", j->path);
    return;
  }
  int dfd = open(j->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) {
    tree_fail(j, errno, "rm", j->path);
    return;
  }
  size_t cap = strlen(j->path) + 4096 * 4;
  char *buf = malloc(cap);
  if (!buf) abort();
  strcpy(buf, j->path);
  rm_children(j, dfd, buf, strlen(buf), cap);
  free(buf);
  if (!j->err && rmdir(j->path) != 0) tree_fail(j, errno, "rm", j->path);
}

static void rmtree_work(nodec_work *w) { do_rmtree((tree_job *)w); }

static JSValueRef tree_run(nodec_runtime *rt, JSContextRef ctx, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc, void (*work)(nodec_work *), size_t cb_index) {
  tree_job *j = calloc(1, sizeof *j);
  if (!j) abort();
  j->w.rt = rt;
  j->w.work = work;
  j->w.after = tree_after;
  j->w.destroy = tree_destroy;
  if (!(j->path = path_arg(ctx, ARG(0), exc))) {
    tree_destroy(&j->w);
    return NULL;
  }
  j->mode = JSValueIsNumber(ctx, ARG(1)) ? (int)NUM(1) : 0777;
  if (is_function(ctx, ARG(cb_index))) {
    nodec_queue_work(rt, &j->w, (JSObjectRef)ARG(cb_index), NULL);
    return nodec_undefined();
  }
  work(&j->w);
  JSValueRef err = NULL;
  JSValueRef r = tree_result(j, &err);
  tree_destroy(&j->w);
  if (err) *exc = err;
  return r;
}

/* mkdirp(path, mode, req) -> first directory created, or undefined when all existed. */
NODEC_FN(fs_mkdirp) { NODEC_UNUSED_FN_ARGS; return tree_run(rt, ctx, argc, argv, exc, mkdirp_work, 2); }
/* rmtree(path, req): rm -rf of a file or a directory tree (lstat errors as node's rm). */
NODEC_FN(fs_rmtree) { NODEC_UNUSED_FN_ARGS; return tree_run(rt, ctx, argc, argv, exc, rmtree_work, 1); }

/* ---- One-call wrappers ------------------------------------------------------------------------ */

#define SIMPLE_PATH_FN(cname, kind, reqarg, call)         \
  NODEC_FN(cname) {                                        \
    NODEC_UNUSED_FN_ARGS;                                  \
    PATH_ARG(path, 0);                                     \
    fs_req *r = new_req(rt, ctx, ARG(reqarg), kind);       \
    int e = call;                                          \
    JSValueRef res = finish(r, e, exc);                    \
    free(path);                                            \
    return res;                                            \
  }

SIMPLE_PATH_FN(fs_realpath, R_PATH, 1, uv_fs_realpath(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_readlink, R_PATH, 1, uv_fs_readlink(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_unlink, R_UNDEFINED, 1, uv_fs_unlink(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_rmdir, R_UNDEFINED, 1, uv_fs_rmdir(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_mkdir, R_UNDEFINED, 2, uv_fs_mkdir(LOOP, &r->req, path, (int)NUM(1), CB(r)))
SIMPLE_PATH_FN(fs_mkdtemp, R_PATH, 1, uv_fs_mkdtemp(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_access, R_UNDEFINED, 2, uv_fs_access(LOOP, &r->req, path, (int)NUM(1), CB(r)))
SIMPLE_PATH_FN(fs_chmod, R_UNDEFINED, 2, uv_fs_chmod(LOOP, &r->req, path, (int)NUM(1), CB(r)))
SIMPLE_PATH_FN(fs_chown, R_UNDEFINED, 3,
               uv_fs_chown(LOOP, &r->req, path, (uv_uid_t)NUM(1), (uv_gid_t)NUM(2), CB(r)))
SIMPLE_PATH_FN(fs_lchown, R_UNDEFINED, 3,
               uv_fs_lchown(LOOP, &r->req, path, (uv_uid_t)NUM(1), (uv_gid_t)NUM(2), CB(r)))
SIMPLE_PATH_FN(fs_utimes, R_UNDEFINED, 3, uv_fs_utime(LOOP, &r->req, path, NUM(1), NUM(2), CB(r)))
SIMPLE_PATH_FN(fs_lutimes, R_UNDEFINED, 3, uv_fs_lutime(LOOP, &r->req, path, NUM(1), NUM(2), CB(r)))

/* exists(path, req) -> boolean, never an error */
NODEC_FN(fs_exists) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  fs_req *r = new_req(rt, ctx, ARG(1), R_BOOL);
  int e = uv_fs_access(LOOP, &r->req, path, F_OK, CB(r));
  JSValueRef res;
  if (!r->cb) {
    bool ok = r->req.result >= 0;
    release(r);
    res = nodec_boolean(ok);
  } else {
    res = finish(r, e, exc);
  }
  free(path);
  return res;
}

/* readdir(path, withTypes, req[, asBuffer]) -> names, or [names, types]; names are Buffers of the
 * raw bytes with asBuffer (for encodings other than UTF-8). */
NODEC_FN(fs_readdir) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  fs_req *r = new_req(rt, ctx, ARG(2), R_DIRENTS);
  r->with_types = JSValueToBoolean(ctx, ARG(1));
  r->as_buffer = JSValueToBoolean(ctx, ARG(3));
  int e = uv_fs_scandir(LOOP, &r->req, path, 0, CB(r));
  JSValueRef res = finish(r, e, exc); /* sync: libuv points at our path copy */
  free(path);
  return res;
}

#define TWO_PATH_FN(cname, reqarg, call)                   \
  NODEC_FN(cname) {                                        \
    NODEC_UNUSED_FN_ARGS;                                  \
    PATH_ARG(from, 0);                                     \
    char *to = path_arg(ctx, ARG(1), exc);                 \
    if (!to) {                                             \
      free(from);                                          \
      return NULL;                                         \
    }                                                      \
    fs_req *r = new_req(rt, ctx, ARG(reqarg), R_UNDEFINED); \
    int e = call;                                          \
    JSValueRef res = finish(r, e, exc);                    \
    free(from);                                            \
    free(to);                                              \
    return res;                                            \
  }

TWO_PATH_FN(fs_rename, 2, uv_fs_rename(LOOP, &r->req, from, to, CB(r)))
TWO_PATH_FN(fs_link, 2, uv_fs_link(LOOP, &r->req, from, to, CB(r)))
TWO_PATH_FN(fs_symlink, 3, uv_fs_symlink(LOOP, &r->req, from, to, (int)NUM(2), CB(r)))
TWO_PATH_FN(fs_copyfile, 3, uv_fs_copyfile(LOOP, &r->req, from, to, (int)NUM(2), CB(r)))

#define FD_FN(cname, reqarg, kind, call)                   \
  NODEC_FN(cname) {                                        \
    NODEC_UNUSED_FN_ARGS;                                  \
    fs_req *r = new_req(rt, ctx, ARG(reqarg), kind);       \
    uv_file fd = (uv_file)NUM(0);                          \
    return finish(r, call, exc);                           \
  }

FD_FN(fs_ftruncate, 2, R_UNDEFINED, uv_fs_ftruncate(LOOP, &r->req, fd, (int64_t)NUM(1), CB(r)))
FD_FN(fs_fsync, 1, R_UNDEFINED, uv_fs_fsync(LOOP, &r->req, fd, CB(r)))
FD_FN(fs_fdatasync, 1, R_UNDEFINED, uv_fs_fdatasync(LOOP, &r->req, fd, CB(r)))
FD_FN(fs_fchmod, 2, R_UNDEFINED, uv_fs_fchmod(LOOP, &r->req, fd, (int)NUM(1), CB(r)))
FD_FN(fs_fchown, 3, R_UNDEFINED, uv_fs_fchown(LOOP, &r->req, fd, (uv_uid_t)NUM(1), (uv_gid_t)NUM(2), CB(r)))
FD_FN(fs_futimes, 3, R_UNDEFINED, uv_fs_futime(LOOP, &r->req, fd, NUM(1), NUM(2), CB(r)))

/* writeString(fd, string, position, req) -> bytesWritten (UTF-8) */
NODEC_FN(fs_write_string) {
  NODEC_UNUSED_FN_ARGS;
  size_t n = 0;
  char *s = nodec_to_utf8(ctx, ARG(1), &n, exc);
  if (!s) return NULL;
  JSObjectRef buf = nodec_new_buffer(rt, (uint8_t *)s, n);
  fs_req *r = new_req(rt, ctx, ARG(3), R_INT);
  keep(r, ctx, buf);
  uv_buf_t b = uv_buf_init(s, (unsigned)n);
  return finish(r, uv_fs_write(LOOP, &r->req, (uv_file)NUM(0), &b, 1, POS(2), CB(r)), exc);
}

static const nodec_fn functions[] = {
    {"open", fs_open},
    {"close", fs_close},
    {"read", fs_read},
    {"write", fs_write},
    {"writeString", fs_write_string},
    {"writeBuffers", fs_write_buffers},
    {"readBuffers", fs_read_buffers},
    {"stat", fs_stat},
    {"lstat", fs_lstat},
    {"fstat", fs_fstat},
    {"statfs", fs_statfs},
    {"internalModuleStat", internal_module_stat},
    {"readFile", fs_read_file},
    {"readFileInto", fs_read_file_into},
    {"writeFile", fs_write_file},
    {"mkdirp", fs_mkdirp},
    {"rmtree", fs_rmtree},
    {"realpath", fs_realpath},
    {"readlink", fs_readlink},
    {"unlink", fs_unlink},
    {"rmdir", fs_rmdir},
    {"mkdir", fs_mkdir},
    {"mkdtemp", fs_mkdtemp},
    {"access", fs_access},
    {"exists", fs_exists},
    {"chmod", fs_chmod},
    {"fchmod", fs_fchmod},
    {"chown", fs_chown},
    {"fchown", fs_fchown},
    {"lchown", fs_lchown},
    {"utimes", fs_utimes},
    {"futimes", fs_futimes},
    {"lutimes", fs_lutimes},
    {"readdir", fs_readdir},
    {"rename", fs_rename},
    {"link", fs_link},
    {"symlink", fs_symlink},
    {"copyFile", fs_copyfile},
    {"ftruncate", fs_ftruncate},
    {"fsync", fs_fsync},
    {"fdatasync", fs_fdatasync},
    {NULL, NULL},
};

void nodec_binding_init_fs(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  if (!rt->split_nul) {
    /* Made while only nodec's own code has run: a program replacing String.prototype.split later
     * does not change directory listings. */
    JSStringRef src = JSStringCreateWithUTF8CString(
        "(function (split, apply) { return function (s) { return apply(split, s, ['\\0']); }; })"
        "(String.prototype.split, Reflect.apply)");
    JSValueRef f = JSEvaluateScript(rt->ctx, src, NULL, NULL, 1, NULL);
    JSStringRelease(src);
    if (f && JSValueIsObject(rt->ctx, f)) {
      rt->split_nul = (JSObjectRef)f;
      JSValueProtect(rt->ctx, f);
    }
  }
  nodec_set_number(rt->ctx, target, "kStatFields", kStatFields);
}
