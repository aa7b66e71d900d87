/* internalBinding('os'): the facts behind node:os, from libuv. Lists come back flat to keep crossings few. */
#include <stdlib.h>
#include <string.h>
#include "bindings.h"

/* As node: a failing call fills the caller's context object {errno, code, message, syscall} and
 * returns undefined; lib/os.js turns that into ERR_SYSTEM_ERROR. */
static JSValueRef fail(JSContextRef ctx, JSValueRef target, int err, const char *syscall) {
  if (JSValueIsObject(ctx, target)) {
    JSObjectRef o = (JSObjectRef)target;
    nodec_set_number(ctx, o, "errno", err);
    nodec_set_string(ctx, o, "code", uv_err_name(err));
    nodec_set_string(ctx, o, "message", uv_strerror(err));
    nodec_set_string(ctx, o, "syscall", syscall);
  }
  return nodec_undefined();
}

NODEC_FN(get_hostname) {
  NODEC_UNUSED_FN_ARGS;
  char buf[UV_MAXHOSTNAMESIZE];
  size_t n = sizeof buf;
  int err = uv_os_gethostname(buf, &n);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_os_gethostname");
  return nodec_string_n(ctx, buf, n);
}

/* getUname() -> [sysname, release, version, machine] */
NODEC_FN(get_uname) {
  NODEC_UNUSED_FN_ARGS;
  uv_utsname_t u;
  int err = uv_os_uname(&u);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_os_uname");
  JSValueRef v[4] = {nodec_string(ctx, u.sysname), nodec_string(ctx, u.release), nodec_string(ctx, u.version),
                     nodec_string(ctx, u.machine)};
  return JSObjectMakeArray(ctx, 4, v, NULL);
}

NODEC_FN(get_load_avg) {
  NODEC_UNUSED_FN_ARGS;
  double avg[3];
  uv_loadavg(avg);
  JSValueRef v[3] = {nodec_number(avg[0]), nodec_number(avg[1]), nodec_number(avg[2])};
  return JSObjectMakeArray(ctx, 3, v, NULL);
}

NODEC_FN(get_uptime) {
  NODEC_UNUSED_FN_ARGS;
  double up = 0;
  int err = uv_uptime(&up);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_uptime");
  return nodec_number(up);
}

NODEC_FN(get_total_mem) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number((double)uv_get_total_memory());
}

NODEC_FN(get_free_mem) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number((double)uv_get_free_memory());
}

NODEC_FN(get_constrained_mem) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number((double)uv_get_constrained_memory());
}

NODEC_FN(available_parallelism) {
  NODEC_UNUSED_FN_ARGS;
  return nodec_number(uv_available_parallelism());
}

/* getCPUs() -> flat [model, speed, user, nice, sys, idle, irq, model, ...] */
NODEC_FN(get_cpus) {
  NODEC_UNUSED_FN_ARGS;
  uv_cpu_info_t *cpus;
  int n;
  int err = uv_cpu_info(&cpus, &n);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_cpu_info");
  JSValueRef *v = malloc(sizeof(JSValueRef) * 7 * (size_t)(n ? n : 1));
  if (!v) abort();
  for (int i = 0; i < n; i++) {
    JSValueRef *row = v + 7 * i;
    row[0] = nodec_string(ctx, cpus[i].model);
    row[1] = nodec_number(cpus[i].speed);
    row[2] = nodec_number((double)cpus[i].cpu_times.user);
    row[3] = nodec_number((double)cpus[i].cpu_times.nice);
    row[4] = nodec_number((double)cpus[i].cpu_times.sys);
    row[5] = nodec_number((double)cpus[i].cpu_times.idle);
    row[6] = nodec_number((double)cpus[i].cpu_times.irq);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, 7 * (size_t)n, v, NULL);
  free(v);
  uv_free_cpu_info(cpus, n);
  return arr;
}

/* getInterfaceAddresses() -> flat [name, address, netmask, family(4|6), mac, internal, scopeid, ...] */
NODEC_FN(get_interface_addresses) {
  NODEC_UNUSED_FN_ARGS;
  uv_interface_address_t *ifs;
  int n;
  int err = uv_interface_addresses(&ifs, &n);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_interface_addresses");
  JSValueRef *v = malloc(sizeof(JSValueRef) * 7 * (size_t)(n ? n : 1));
  if (!v) abort();
  for (int i = 0; i < n; i++) {
    JSValueRef *row = v + 7 * i;
    char addr[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "", mac[18];
    int fam = ifs[i].address.address4.sin_family == AF_INET6 ? 6 : 4;
    if (fam == 4) {
      uv_ip4_name(&ifs[i].address.address4, addr, sizeof addr);
      uv_ip4_name(&ifs[i].netmask.netmask4, mask, sizeof mask);
    } else {
      uv_ip6_name(&ifs[i].address.address6, addr, sizeof addr);
      uv_ip6_name(&ifs[i].netmask.netmask6, mask, sizeof mask);
    }
    const unsigned char *p = (const unsigned char *)ifs[i].phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]);
    row[0] = nodec_string(ctx, ifs[i].name);
    row[1] = nodec_string(ctx, addr);
    row[2] = nodec_string(ctx, mask);
    row[3] = nodec_number(fam);
    row[4] = nodec_string(ctx, mac);
    row[5] = nodec_boolean(ifs[i].is_internal);
    row[6] = nodec_number(fam == 6 ? (double)ifs[i].address.address6.sin6_scope_id : -1.0);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, 7 * (size_t)n, v, NULL);
  free(v);
  uv_free_interface_addresses(ifs, n);
  return arr;
}

NODEC_FN(get_home_directory) {
  NODEC_UNUSED_FN_ARGS;
  char buf[4096];
  size_t n = sizeof buf;
  int err = uv_os_homedir(buf, &n);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_os_homedir");
  return nodec_string_n(ctx, buf, n);
}

/* getUserInfo() -> [uid, gid, username, homedir, shell] */
NODEC_FN(get_user_info) {
  NODEC_UNUSED_FN_ARGS;
  uv_passwd_t pw;
  int err = uv_os_get_passwd(&pw);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_os_get_passwd");
  JSValueRef v[5] = {nodec_number((double)pw.uid), nodec_number((double)pw.gid),
                     nodec_string(ctx, pw.username), nodec_string(ctx, pw.homedir),
                     pw.shell ? nodec_string(ctx, pw.shell) : nodec_null()};
  uv_os_free_passwd(&pw);
  return JSObjectMakeArray(ctx, 5, v, NULL);
}

/* getPriority(pid) -> priority, or a negative errno as {errno} via exception-free return */
NODEC_FN(get_priority) {
  NODEC_UNUSED_FN_ARGS;
  int prio = 0;
  int err = uv_os_getpriority((uv_pid_t)JSValueToNumber(ctx, ARG(0), NULL), &prio);
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_os_getpriority");
  return nodec_number(prio);
}

NODEC_FN(set_priority) {
  NODEC_UNUSED_FN_ARGS;
  int err = uv_os_setpriority((uv_pid_t)JSValueToNumber(ctx, ARG(0), NULL), (int)JSValueToNumber(ctx, ARG(1), NULL));
  if (err) return fail(ctx, ARG(argc ? argc - 1 : 0), err, "uv_os_setpriority");
  return NULL;
}

static const nodec_fn functions[] = {
    {"getHostname", get_hostname},
    {"getUname", get_uname},
    {"getLoadAvg", get_load_avg},
    {"getUptime", get_uptime},
    {"getTotalMem", get_total_mem},
    {"getFreeMem", get_free_mem},
    {"getConstrainedMem", get_constrained_mem},
    {"availableParallelism", available_parallelism},
    {"getCPUs", get_cpus},
    {"getInterfaceAddresses", get_interface_addresses},
    {"getHomeDirectory", get_home_directory},
    {"getUserInfo", get_user_info},
    {"getPriority", get_priority},
    {"setPriority", set_priority},
    {NULL, NULL},
};

void nodec_binding_init_os(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
}
