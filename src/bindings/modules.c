/* internalBinding('modules'): the module resolver's file probes. A missing file is the common case
 * there, so these report it by value (undefined / negative) instead of building an Error. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "bindings.h"

/* readFileProbe(path) -> the file's text (UTF-8), or undefined if it cannot be read. */
NODEC_FN(read_file_probe) {
  NODEC_UNUSED_FN_ARGS;
  char *path = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!path) return NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  free(path);
  if (fd < 0) return nodec_undefined();
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return nodec_undefined();
  }
  size_t cap = (size_t)st.st_size + 1, len = 0;
  char *buf = malloc(cap);
  if (!buf) abort();
  for (;;) {
    if (len == cap) {
      cap *= 2;
      char *b = realloc(buf, cap);
      if (!b) abort();
      buf = b;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    len += (size_t)n;
  }
  close(fd);
  JSValueRef s = nodec_string_n(ctx, buf, len);
  free(buf);
  return s;
}

static const nodec_fn functions[] = {
    {"readFileProbe", read_file_probe},
    {NULL, NULL},
};

void nodec_binding_init_modules(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
