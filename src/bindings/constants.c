/* internalBinding('constants'): the numbers behind os.constants and fs.constants, from this system. */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include "bindings.h"

#define SET(obj, name) nodec_set_number(ctx, obj, #name, name)

static JSObjectRef signals(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  SET(o, SIGHUP); SET(o, SIGINT); SET(o, SIGQUIT); SET(o, SIGILL); SET(o, SIGTRAP); SET(o, SIGABRT);
  SET(o, SIGIOT); SET(o, SIGBUS); SET(o, SIGFPE); SET(o, SIGKILL); SET(o, SIGUSR1); SET(o, SIGSEGV);
  SET(o, SIGUSR2); SET(o, SIGPIPE); SET(o, SIGALRM); SET(o, SIGTERM); SET(o, SIGCHLD); SET(o, SIGSTKFLT);
  SET(o, SIGCONT); SET(o, SIGSTOP); SET(o, SIGTSTP); SET(o, SIGTTIN); SET(o, SIGTTOU); SET(o, SIGURG);
  SET(o, SIGXCPU); SET(o, SIGXFSZ); SET(o, SIGVTALRM); SET(o, SIGPROF); SET(o, SIGWINCH); SET(o, SIGIO);
  SET(o, SIGPOLL); SET(o, SIGPWR); SET(o, SIGSYS);
  return o;
}

static JSObjectRef errnos(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  SET(o, E2BIG); SET(o, EACCES); SET(o, EADDRINUSE); SET(o, EADDRNOTAVAIL); SET(o, EAFNOSUPPORT);
  SET(o, EAGAIN); SET(o, EALREADY); SET(o, EBADF); SET(o, EBADMSG); SET(o, EBUSY); SET(o, ECANCELED);
  SET(o, ECHILD); SET(o, ECONNABORTED); SET(o, ECONNREFUSED); SET(o, ECONNRESET); SET(o, EDEADLK);
  SET(o, EDESTADDRREQ); SET(o, EDOM); SET(o, EDQUOT); SET(o, EEXIST); SET(o, EFAULT); SET(o, EFBIG);
  SET(o, EHOSTUNREACH); SET(o, EIDRM); SET(o, EILSEQ); SET(o, EINPROGRESS); SET(o, EINTR); SET(o, EINVAL);
  SET(o, EIO); SET(o, EISCONN); SET(o, EISDIR); SET(o, ELOOP); SET(o, EMFILE); SET(o, EMLINK);
  SET(o, EMSGSIZE); SET(o, EMULTIHOP); SET(o, ENAMETOOLONG); SET(o, ENETDOWN); SET(o, ENETRESET);
  SET(o, ENETUNREACH); SET(o, ENFILE); SET(o, ENOBUFS); SET(o, ENODATA); SET(o, ENODEV); SET(o, ENOENT);
  SET(o, ENOEXEC); SET(o, ENOLCK); SET(o, ENOLINK); SET(o, ENOMEM); SET(o, ENOMSG); SET(o, ENOPROTOOPT);
  SET(o, ENOSPC); SET(o, ENOSR); SET(o, ENOSTR); SET(o, ENOSYS); SET(o, ENOTCONN); SET(o, ENOTDIR);
  SET(o, ENOTEMPTY); SET(o, ENOTSOCK); SET(o, ENOTSUP); SET(o, ENOTTY); SET(o, ENXIO); SET(o, EOPNOTSUPP);
  SET(o, EOVERFLOW); SET(o, EPERM); SET(o, EPIPE); SET(o, EPROTO); SET(o, EPROTONOSUPPORT);
  SET(o, EPROTOTYPE); SET(o, ERANGE); SET(o, EROFS); SET(o, ESPIPE); SET(o, ESRCH); SET(o, ESTALE);
  SET(o, ETIME); SET(o, ETIMEDOUT); SET(o, ETXTBSY); SET(o, EWOULDBLOCK); SET(o, EXDEV);
  return o;
}

static JSObjectRef priority(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nodec_set_number(ctx, o, "PRIORITY_LOW", UV_PRIORITY_LOW);
  nodec_set_number(ctx, o, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL);
  nodec_set_number(ctx, o, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL);
  nodec_set_number(ctx, o, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL);
  nodec_set_number(ctx, o, "PRIORITY_HIGH", UV_PRIORITY_HIGH);
  nodec_set_number(ctx, o, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST);
  return o;
}

static JSObjectRef dlopen_flags(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  SET(o, RTLD_LAZY); SET(o, RTLD_NOW); SET(o, RTLD_GLOBAL); SET(o, RTLD_LOCAL); SET(o, RTLD_DEEPBIND);
  return o;
}

static JSObjectRef fs_constants(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nodec_set_number(ctx, o, "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR);
  nodec_set_number(ctx, o, "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION);
  SET(o, O_RDONLY); SET(o, O_WRONLY); SET(o, O_RDWR);
  nodec_set_number(ctx, o, "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN);
  nodec_set_number(ctx, o, "UV_DIRENT_FILE", UV_DIRENT_FILE);
  nodec_set_number(ctx, o, "UV_DIRENT_DIR", UV_DIRENT_DIR);
  nodec_set_number(ctx, o, "UV_DIRENT_LINK", UV_DIRENT_LINK);
  nodec_set_number(ctx, o, "UV_DIRENT_FIFO", UV_DIRENT_FIFO);
  nodec_set_number(ctx, o, "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET);
  nodec_set_number(ctx, o, "UV_DIRENT_CHAR", UV_DIRENT_CHAR);
  nodec_set_number(ctx, o, "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK);
  nodec_set_number(ctx, o, "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0);
  nodec_set_number(ctx, o, "EXTENSIONLESS_FORMAT_WASM", 1);
  SET(o, S_IFMT); SET(o, S_IFREG); SET(o, S_IFDIR); SET(o, S_IFCHR); SET(o, S_IFBLK); SET(o, S_IFIFO);
  SET(o, S_IFLNK); SET(o, S_IFSOCK); SET(o, O_CREAT); SET(o, O_EXCL);
  nodec_set_number(ctx, o, "UV_FS_O_FILEMAP", 0);
  SET(o, O_NOCTTY); SET(o, O_TRUNC); SET(o, O_APPEND); SET(o, O_DIRECTORY); SET(o, O_NOATIME);
  SET(o, O_NOFOLLOW); SET(o, O_SYNC); SET(o, O_DSYNC); SET(o, O_DIRECT); SET(o, O_NONBLOCK);
  SET(o, S_IRWXU); SET(o, S_IRUSR); SET(o, S_IWUSR); SET(o, S_IXUSR); SET(o, S_IRWXG); SET(o, S_IRGRP);
  SET(o, S_IWGRP); SET(o, S_IXGRP); SET(o, S_IRWXO); SET(o, S_IROTH); SET(o, S_IWOTH); SET(o, S_IXOTH);
  SET(o, F_OK); SET(o, R_OK); SET(o, W_OK); SET(o, X_OK);
  nodec_set_number(ctx, o, "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  nodec_set_number(ctx, o, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  nodec_set_number(ctx, o, "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  nodec_set_number(ctx, o, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  nodec_set_number(ctx, o, "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  nodec_set_number(ctx, o, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  return o;
}

void nodec_binding_init_constants(nodec_runtime *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef os = JSObjectMake(ctx, NULL, NULL);
  nodec_set_number(ctx, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  nodec_set(ctx, os, "dlopen", dlopen_flags(ctx));
  nodec_set(ctx, os, "errno", errnos(ctx));
  nodec_set(ctx, os, "signals", signals(ctx));
  nodec_set(ctx, os, "priority", priority(ctx));
  nodec_set(ctx, target, "os", os);
  nodec_set(ctx, target, "fs", fs_constants(ctx));
}
