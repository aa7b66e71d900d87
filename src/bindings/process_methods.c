/* internalBinding('process_methods'): the OS facts and actions behind `process`. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "bindings.h"

NODEC_FN(cwd) {
  NODEC_UNUSED_FN_ARGS;
  char buf[4096];
  size_t n = sizeof buf;
  int err = uv_cwd(buf, &n);
  if (err) return nodec_throw_uv(rt, exc, err, "uv_cwd", NULL, NULL);
  return nodec_string_n(ctx, buf, n);
}

NODEC_FN(chdir_) {
  NODEC_UNUSED_FN_ARGS;
  char *dir = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!dir) return NULL;
  int err = uv_chdir(dir);
  JSValueRef r = err ? nodec_throw_uv(rt, exc, err, "chdir", dir, NULL) : NULL;
  free(dir);
  return r;
}

/* umask(mask?) -> old mask; without an argument it reads without changing. */
NODEC_FN(umask_) {
  NODEC_UNUSED_FN_ARGS;
  mode_t old;
  if (argc == 0 || JSValueIsUndefined(ctx, argv[0])) {
    old = umask(0);
    umask(old);
  } else {
    old = umask((mode_t)JSValueToNumber(ctx, argv[0], NULL) & 0777);
  }
  return nodec_number(old);
}

/* hrtime(uint32array): fills [seconds hi, seconds lo, nanoseconds]; no allocation per call. */
NODEC_FN(hrtime) {
  NODEC_UNUSED_FN_ARGS;
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  uint64_t t = uv_hrtime();
  if (p && len >= 12) {
    uint32_t v[3];
    uint64_t sec = t / 1000000000u;
    v[0] = (uint32_t)(sec >> 32);
    v[1] = (uint32_t)(sec & 0xffffffffu);
    v[2] = (uint32_t)(t % 1000000000u);
    memcpy(p, v, sizeof v);
  }
  return nodec_number((double)t);
}

NODEC_FN(uptime) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number((double)(uv_hrtime() - rt->start_time_ns) / 1e9);
}

NODEC_FN(rss) {
  NODEC_UNUSED_FN_ARGS;
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  return nodec_number((double)rss);
}

/* cpuUsage(float64array): [user µs, system µs]. */
NODEC_FN(cpu_usage) {
  NODEC_UNUSED_FN_ARGS;
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) return nodec_throw_uv(rt, exc, err, "uv_getrusage", NULL, NULL);
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  if (p && len >= 16) {
    double v[2] = {ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec, ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec};
    memcpy(p, v, sizeof v);
  }
  return NULL;
}

/* resourceUsage(float64array): the 16 getrusage fields node reports, in node's order. */
NODEC_FN(resource_usage) {
  NODEC_UNUSED_FN_ARGS;
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) return nodec_throw_uv(rt, exc, err, "uv_getrusage", NULL, NULL);
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  if (p && len >= 16 * sizeof(double)) {
    double v[16] = {ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec, ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec,
                    ru.ru_maxrss, ru.ru_ixrss, ru.ru_idrss, ru.ru_isrss, ru.ru_minflt, ru.ru_majflt, ru.ru_nswap,
                    ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw};
    memcpy(p, v, sizeof v);
  }
  return NULL;
}

/* kill(pid, signal) -> 0 or a negative errno (JS raises node's error). */
NODEC_FN(kill_) {
  NODEC_UNUSED_FN_ARGS;
  int pid = (int)JSValueToNumber(ctx, ARG(0), NULL);
  int sig = (int)JSValueToNumber(ctx, ARG(1), NULL);
  return nodec_number(uv_kill(pid, sig));
}

NODEC_FN(get_title) {
  NODEC_UNUSED_FN_ARGS;
  char buf[512];
  if (uv_get_process_title(buf, sizeof buf) != 0) return nodec_string(ctx, "nodec");
  return nodec_string(ctx, buf);
}

NODEC_FN(set_title) {
  NODEC_UNUSED_FN_ARGS;
  char *t = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!t) return NULL;
  uv_set_process_title(t);
  free(t);
  return NULL;
}

NODEC_FN(exec_path) {
  NODEC_UNUSED_FN_ARGS;
  char buf[4096];
  size_t n = sizeof buf;
  if (uv_exepath(buf, &n) != 0) return nodec_string(ctx, "nodec");
  return nodec_string_n(ctx, buf, n);
}

/* Environment: the live process.env proxy in JS calls these. */
NODEC_FN(getenv_) {
  NODEC_UNUSED_FN_ARGS;
  char *k = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!k) return NULL;
  const char *v = getenv(k);
  free(k);
  return v ? nodec_string(ctx, v) : nodec_undefined();
}

NODEC_FN(setenv_) {
  NODEC_UNUSED_FN_ARGS;
  char *k = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!k) return NULL;
  char *v = nodec_to_utf8(ctx, ARG(1), NULL, exc);
  if (v) setenv(k, v, 1);
  free(k);
  free(v);
  return NULL;
}

NODEC_FN(unsetenv_) {
  NODEC_UNUSED_FN_ARGS;
  char *k = nodec_to_utf8(ctx, ARG(0), NULL, exc);
  if (!k) return NULL;
  unsetenv(k);
  free(k);
  return NULL;
}

extern char **environ;
NODEC_FN(env_keys) {
  NODEC_UNUSED_FN_ARGS;
  size_t n = 0;
  for (char **e = environ; *e; e++) n++;
  JSValueRef *keys = malloc(sizeof(JSValueRef) * (n ? n : 1));
  if (!keys) abort();
  size_t k = 0;
  for (char **e = environ; *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    keys[k++] = nodec_string_n(ctx, *e, (size_t)(eq - *e));
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, k, keys, NULL);
  free(keys);
  return arr;
}

NODEC_FN(abort_) {
  NODEC_UNUSED_FN_ARGS;
  abort();
}

/* Heap figures from JSC: [heapSize, heapCapacity, extraMemorySize]. */
NODEC_FN(heap_stats) {
  NODEC_UNUSED_FN_ARGS;
  return JSGetMemoryUsageStatistics(ctx);
}

/* JSGarbageCollect only hints that a collection would be welcome; gc() (--expose-gc) must
 * collect now, as V8's does, so use JSC's synchronous full collection. */

NODEC_FN(gc) {
  NODEC_UNUSED_FN_ARGS;
  JSSynchronousGarbageCollectForDebugging(ctx);
  return NULL;
}

/* threadCpuUsage(float64array): [user µs, system µs] of the calling thread. */
NODEC_FN(thread_cpu_usage) {
  NODEC_UNUSED_FN_ARGS;
  struct rusage ru;
  if (getrusage(RUSAGE_THREAD, &ru) != 0) return nodec_throw_uv(rt, exc, -errno, "getrusage", NULL, NULL);
  size_t len = 0;
  uint8_t *p = nodec_bytes(ctx, ARG(0), &len, exc);
  if (p && len >= 16) {
    double v[2] = {ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec, ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec};
    memcpy(p, v, sizeof v);
  }
  return NULL;
}

NODEC_FN(getuid_) { NODEC_UNUSED_FN_ARGS; return nodec_number(getuid()); }
NODEC_FN(geteuid_) { NODEC_UNUSED_FN_ARGS; return nodec_number(geteuid()); }
NODEC_FN(getgid_) { NODEC_UNUSED_FN_ARGS; return nodec_number(getgid()); }
NODEC_FN(getegid_) { NODEC_UNUSED_FN_ARGS; return nodec_number(getegid()); }

NODEC_FN(getgroups_) {
  NODEC_UNUSED_FN_ARGS;
  gid_t groups[256];
  int n = getgroups(256, groups);
  if (n < 0) return nodec_throw_uv(rt, exc, -errno, "getgroups", NULL, NULL);
  JSValueRef v[257];
  for (int i = 0; i < n; i++) v[i] = nodec_number(groups[i]);
  /* node appends the effective gid when it is not listed. */
  gid_t egid = getegid();
  bool has = false;
  for (int i = 0; i < n; i++) has = has || groups[i] == egid;
  if (!has) v[n++] = nodec_number(egid);
  return JSObjectMakeArray(ctx, (size_t)n, v, NULL);
}

static const nodec_fn functions[] = {
    {"threadCpuUsage", thread_cpu_usage},
    {"getuid", getuid_},
    {"geteuid", geteuid_},
    {"getgid", getgid_},
    {"getegid", getegid_},
    {"getgroups", getgroups_},
    {"cwd", cwd},
    {"chdir", chdir_},
    {"umask", umask_},
    {"hrtime", hrtime},
    {"uptime", uptime},
    {"rss", rss},
    {"cpuUsage", cpu_usage},
    {"resourceUsage", resource_usage},
    {"kill", kill_},
    {"getTitle", get_title},
    {"setTitle", set_title},
    {"getenv", getenv_},
    {"setenv", setenv_},
    {"unsetenv", unsetenv_},
    {"envKeys", env_keys},
    {"abort", abort_},
    {"heapStats", heap_stats},
    {"gc", gc},
    {"execPath", exec_path},
    {NULL, NULL},
};

void nodec_binding_init_process_methods(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  nodec_set_number(rt->ctx, target, "pid", uv_os_getpid());
  nodec_set_number(rt->ctx, target, "ppid", uv_os_getppid());
}
