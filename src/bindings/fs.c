/* internalBinding('fs'): file system calls over libuv's uv_fs_* (thread pool when async).
 * Every function takes its arguments then `req`: undefined -> synchronous (throws node's error),
 * a function -> asynchronous, called as req(err) / req(null, result). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../runtime/threadpool.h"
#include "bindings.h"

typedef enum { R_UNDEFINED, R_INT, R_STAT, R_PATH, R_DIRENTS } result_kind;

typedef struct fs_req {
  uv_fs_t req;
  nodec_runtime *rt;
  JSObjectRef cb;
  JSObjectRef keep; /* Buffer being read into / written from */
  JSObjectRef stat_target;
  result_kind kind;
  bool with_types;
} fs_req;

enum { kStatFields = 18 };

static JSObjectRef fill_stats(JSContextRef ctx, const uv_stat_t *s, JSObjectRef target) {
  if (!target) target = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, kStatFields, NULL);
  double *d = (double *)((uint8_t *)JSObjectGetTypedArrayBytesPtr(ctx, target, NULL) +
                         JSObjectGetTypedArrayByteOffset(ctx, target, NULL));
  double v[kStatFields] = {
      (double)s->st_dev, (double)s->st_mode, (double)s->st_nlink, (double)s->st_uid, (double)s->st_gid,
      (double)s->st_rdev, (double)s->st_blksize, (double)s->st_ino, (double)s->st_size, (double)s->st_blocks,
      (double)s->st_atim.tv_sec, (double)s->st_atim.tv_nsec, (double)s->st_mtim.tv_sec, (double)s->st_mtim.tv_nsec,
      (double)s->st_ctim.tv_sec, (double)s->st_ctim.tv_nsec, (double)s->st_birthtim.tv_sec,
      (double)s->st_birthtim.tv_nsec};
  memcpy(d, v, sizeof v);
  return target;
}

static JSValueRef dirents(JSContextRef ctx, uv_fs_t *req, bool with_types) {
  size_t cap = 64, n = 0;
  JSValueRef *names = malloc(cap * sizeof *names), *types = malloc(cap * sizeof *types);
  if (!names || !types) abort();
  uv_dirent_t ent;
  while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
    if (n == cap) {
      cap *= 2;
      names = realloc(names, cap * sizeof *names);
      types = realloc(types, cap * sizeof *types);
      if (!names || !types) abort();
    }
    names[n] = nodec_string(ctx, ent.name);
    types[n] = JSValueMakeNumber(ctx, ent.type);
    n++;
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, n, names, NULL);
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
    case R_INT: return JSValueMakeNumber(ctx, (double)req->result);
    case R_STAT: return fill_stats(ctx, &req->statbuf, r->stat_target);
    case R_PATH: return nodec_string(ctx, req->fs_type == UV_FS_MKDTEMP ? req->path : (const char *)req->ptr);
    case R_DIRENTS: return dirents(ctx, req, r->with_types);
    default: return JSValueMakeUndefined(ctx);
  }
}

static void release(fs_req *r) {
  JSContextRef ctx = r->rt->ctx;
  if (r->cb) JSValueUnprotect(ctx, r->cb);
  if (r->keep) JSValueUnprotect(ctx, r->keep);
  if (r->stat_target) JSValueUnprotect(ctx, r->stat_target);
  uv_fs_req_cleanup(&r->req);
  free(r);
}

static void on_fs_done(uv_fs_t *req) {
  fs_req *r = (fs_req *)req;
  JSValueRef err = NULL;
  JSValueRef result = fs_result(r, &err);
  JSContextRef ctx = r->rt->ctx;
  JSValueRef args[2] = {err ? err : JSValueMakeNull(ctx), result ? result : JSValueMakeUndefined(ctx)};
  nodec_make_callback(r->rt, r->cb, NULL, err ? 1 : 2, args);
  release(r);
}

/* The last argument decides sync or async. Returns NULL for sync. */
static fs_req *new_req(nodec_runtime *rt, JSContextRef ctx, JSValueRef cb, result_kind kind) {
  fs_req *r = calloc(1, sizeof *r);
  if (!r) abort();
  r->rt = rt;
  r->kind = kind;
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
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
  JSContextRef ctx = r->rt->ctx;
  if (r->cb && submit_err >= 0) return JSValueMakeUndefined(ctx);
  JSValueRef err = NULL;
  JSValueRef result = fs_result(r, &err);
  release(r);
  if (err) {
    *exc = err;
    return NULL;
  }
  return result;
}

#define LOOP (&rt->loop)
#define CB(r) ((r)->cb ? on_fs_done : NULL)
#define PATH_ARG(var, i)                                  \
  char *var = nodec_to_utf8(ctx, ARG(i), NULL, exc);      \
  if (!var) return NULL
#define NUM(i) JSValueToNumber(ctx, ARG(i), NULL)

NODEC_FN(fs_open) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  fs_req *r = new_req(rt, ctx, ARG(3), R_INT);
  int e = uv_fs_open(LOOP, &r->req, path, (int)NUM(1), (int)NUM(2), CB(r));
  free(path);
  return finish(r, e, exc);
}

NODEC_FN(fs_close) {
  NODEC_UNUSED_FN_ARGS;
  fs_req *r = new_req(rt, ctx, ARG(1), R_UNDEFINED);
  return finish(r, uv_fs_close(LOOP, &r->req, (uv_file)NUM(0), CB(r)), exc);
}

/* read(fd, buffer, offset, length, position) -> bytesRead; position -1 = current position. */
NODEC_FN(fs_read) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(1), &len, exc);
  double off = NUM(2), n = NUM(3);
  if (!p || off < 0 || n < 0 || off + n > (double)len)
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "read outside the buffer");
  fs_req *r = new_req(rt, ctx, ARG(5), R_INT);
  keep(r, ctx, ARG(1));
  uv_buf_t b = uv_buf_init((char *)p + (size_t)off, (unsigned)n);
  double pos = JSValueIsNumber(ctx, ARG(4)) ? NUM(4) : -1;
  return finish(r, uv_fs_read(LOOP, &r->req, (uv_file)NUM(0), &b, 1, (int64_t)pos, CB(r)), exc);
}

/* write(fd, buffer, offset, length, position) -> bytesWritten */
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
  double pos = JSValueIsNumber(ctx, ARG(4)) ? NUM(4) : -1;
  return finish(r, uv_fs_write(LOOP, &r->req, (uv_file)NUM(0), &b, 1, (int64_t)pos, CB(r)), exc);
}

static JSValueRef stat_common(nodec_runtime *rt, JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, uv_fs_type type) {
  fs_req *r = new_req(rt, ctx, ARG(2), R_STAT);
  if (JSValueIsObject(ctx, ARG(1)) && !r->cb) {
    r->stat_target = (JSObjectRef)argv[1];
    JSValueProtect(ctx, argv[1]);
  }
  int e;
  if (type == UV_FS_FSTAT) {
    e = uv_fs_fstat(LOOP, &r->req, (uv_file)NUM(0), CB(r));
  } else {
    char *path = nodec_to_utf8(ctx, ARG(0), NULL, exc);
    if (!path) {
      release(r);
      return NULL;
    }
    e = type == UV_FS_STAT ? uv_fs_stat(LOOP, &r->req, path, CB(r)) : uv_fs_lstat(LOOP, &r->req, path, CB(r));
    free(path);
  }
  return finish(r, e, exc);
}

/* stat(path, targetFloat64Array?, req) -> Float64Array of 18 fields (see fill_stats). */
NODEC_FN(fs_stat) { NODEC_UNUSED_FN_ARGS; return stat_common(rt, ctx, argc, argv, exc, UV_FS_STAT); }
NODEC_FN(fs_lstat) { NODEC_UNUSED_FN_ARGS; return stat_common(rt, ctx, argc, argv, exc, UV_FS_LSTAT); }
NODEC_FN(fs_fstat) { NODEC_UNUSED_FN_ARGS; return stat_common(rt, ctx, argc, argv, exc, UV_FS_FSTAT); }

/* internalModuleStat(path) -> 0 file, 1 directory, negative errno: the module resolver's probe,
 * a plain stat(2) with no error object. */
NODEC_FN(internal_module_stat) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  struct stat st;
  int rc = stat(path, &st);
  free(path);
  if (rc != 0) return JSValueMakeNumber(ctx, -2);
  return JSValueMakeNumber(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

/* Whole-file read into memory, shared by the sync and threadpool paths. */
typedef struct read_all {
  nodec_work w;
  char *path;
  int flags;
  uint8_t *data;
  size_t len;
  int err;
  bool as_string;
  const char *syscall;
} read_all;

static void do_read_all(read_all *ra) {
  int fd = open(ra->path, ra->flags | O_CLOEXEC);
  if (fd < 0) {
    ra->err = uv_translate_sys_error(errno);
    ra->syscall = "open";
    return;
  }
  struct stat st;
  size_t cap = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 8192;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ra->err = UV_EISDIR;
    ra->syscall = "read";
    close(fd);
    return;
  }
  uint8_t *buf = malloc(cap);
  size_t len = 0;
  for (;;) {
    if (!buf) abort();
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
      free(buf);
      close(fd);
      return;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  close(fd);
  ra->data = buf;
  ra->len = len;
}

static JSValueRef read_all_result(read_all *ra, JSValueRef *err) {
  nodec_runtime *rt = ra->w.rt;
  if (ra->err) {
    *err = nodec_uv_error(rt, ra->err, ra->syscall, ra->path, NULL);
    return NULL;
  }
  if (ra->as_string) {
    JSValueRef s = nodec_string_n(rt->ctx, (const char *)ra->data, ra->len);
    return s;
  }
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

/* readFile(path, flags, asString, req) -> Buffer or string (utf8): open+read+close in one crossing. */
NODEC_FN(fs_read_file) {
  NODEC_UNUSED_FN_ARGS;
  read_all *ra = calloc(1, sizeof *ra);
  if (!ra) abort();
  ra->path = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!ra->path) {
    free(ra);
    return NULL;
  }
  ra->flags = JSValueIsNumber(ctx, ARG(1)) ? (int)NUM(1) : O_RDONLY;
  ra->as_string = JSValueToBoolean(ctx, ARG(2));
  ra->w.rt = rt;
  ra->w.work = read_all_work;
  ra->w.after = read_all_after;
  ra->w.destroy = read_all_destroy;
  JSValueRef cb = ARG(3);
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
    nodec_queue_work(rt, &ra->w, (JSObjectRef)cb, NULL);
    return JSValueMakeUndefined(ctx);
  }
  do_read_all(ra);
  JSValueRef err = NULL;
  JSValueRef r = read_all_result(ra, &err);
  read_all_destroy(&ra->w);
  if (err) *exc = err;
  return r;
}

#define SIMPLE_PATH_FN(cname, kind, reqarg, call)         \
  NODEC_FN(cname) {                                        \
    NODEC_UNUSED_FN_ARGS;                                  \
    PATH_ARG(path, 0);                                     \
    fs_req *r = new_req(rt, ctx, ARG(reqarg), kind);       \
    int e = call;                                          \
    free(path);                                            \
    return finish(r, e, exc);                              \
  }

SIMPLE_PATH_FN(fs_realpath, R_PATH, 1, uv_fs_realpath(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_readlink, R_PATH, 1, uv_fs_readlink(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_unlink, R_UNDEFINED, 1, uv_fs_unlink(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_rmdir, R_UNDEFINED, 1, uv_fs_rmdir(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_mkdir, R_UNDEFINED, 2, uv_fs_mkdir(LOOP, &r->req, path, (int)NUM(1), CB(r)))
SIMPLE_PATH_FN(fs_mkdtemp, R_PATH, 1, uv_fs_mkdtemp(LOOP, &r->req, path, CB(r)))
SIMPLE_PATH_FN(fs_access, R_UNDEFINED, 2, uv_fs_access(LOOP, &r->req, path, (int)NUM(1), CB(r)))
SIMPLE_PATH_FN(fs_chmod, R_UNDEFINED, 2, uv_fs_chmod(LOOP, &r->req, path, (int)NUM(1), CB(r)))

/* readdir(path, withTypes, req) -> names, or [names, types] */
NODEC_FN(fs_readdir) {
  NODEC_UNUSED_FN_ARGS;
  PATH_ARG(path, 0);
  fs_req *r = new_req(rt, ctx, ARG(2), R_DIRENTS);
  r->with_types = JSValueToBoolean(ctx, ARG(1));
  int e = uv_fs_scandir(LOOP, &r->req, path, 0, CB(r));
  free(path);
  return finish(r, e, exc);
}

#define TWO_PATH_FN(cname, reqarg, call)                   \
  NODEC_FN(cname) {                                        \
    NODEC_UNUSED_FN_ARGS;                                  \
    PATH_ARG(from, 0);                                     \
    char *to = nodec_to_utf8(ctx, ARG(1), NULL, exc);      \
    if (!to) {                                             \
      free(from);                                          \
      return NULL;                                         \
    }                                                      \
    fs_req *r = new_req(rt, ctx, ARG(reqarg), R_UNDEFINED); \
    int e = call;                                          \
    free(from);                                            \
    free(to);                                              \
    return finish(r, e, exc);                              \
  }

TWO_PATH_FN(fs_rename, 2, uv_fs_rename(LOOP, &r->req, from, to, CB(r)))
TWO_PATH_FN(fs_link, 2, uv_fs_link(LOOP, &r->req, from, to, CB(r)))
TWO_PATH_FN(fs_symlink, 3, uv_fs_symlink(LOOP, &r->req, from, to, (int)NUM(2), CB(r)))
TWO_PATH_FN(fs_copyfile, 3, uv_fs_copyfile(LOOP, &r->req, from, to, (int)NUM(2), CB(r)))

NODEC_FN(fs_ftruncate) {
  NODEC_UNUSED_FN_ARGS;
  fs_req *r = new_req(rt, ctx, ARG(2), R_UNDEFINED);
  return finish(r, uv_fs_ftruncate(LOOP, &r->req, (uv_file)NUM(0), (int64_t)NUM(1), CB(r)), exc);
}

NODEC_FN(fs_fsync) {
  NODEC_UNUSED_FN_ARGS;
  fs_req *r = new_req(rt, ctx, ARG(1), R_UNDEFINED);
  return finish(r, uv_fs_fsync(LOOP, &r->req, (uv_file)NUM(0), CB(r)), exc);
}

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
  double pos = JSValueIsNumber(ctx, ARG(2)) ? NUM(2) : -1;
  return finish(r, uv_fs_write(LOOP, &r->req, (uv_file)NUM(0), &b, 1, (int64_t)pos, CB(r)), exc);
}

static const nodec_fn functions[] = {
    {"open", fs_open},
    {"close", fs_close},
    {"read", fs_read},
    {"write", fs_write},
    {"writeString", fs_write_string},
    {"stat", fs_stat},
    {"lstat", fs_lstat},
    {"fstat", fs_fstat},
    {"internalModuleStat", internal_module_stat},
    {"readFile", fs_read_file},
    {"realpath", fs_realpath},
    {"readlink", fs_readlink},
    {"unlink", fs_unlink},
    {"rmdir", fs_rmdir},
    {"mkdir", fs_mkdir},
    {"mkdtemp", fs_mkdtemp},
    {"access", fs_access},
    {"chmod", fs_chmod},
    {"readdir", fs_readdir},
    {"rename", fs_rename},
    {"link", fs_link},
    {"symlink", fs_symlink},
    {"copyFile", fs_copyfile},
    {"ftruncate", fs_ftruncate},
    {"fsync", fs_fsync},
    {NULL, NULL},
};

void nodec_binding_init_fs(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  nodec_set_number(rt->ctx, target, "kStatFields", kStatFields);
}
