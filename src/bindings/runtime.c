/* internalBinding('runtime'): how the bootstrap hands C its callbacks and reads the CLI options. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/opensslv.h>
#include <zlib.h>
#include "../version.h"
#include "bindings.h"

static const char *const callback_names[NODEC_CB_COUNT] = {
    [NODEC_CB_RUN_TICKS] = "runTicks",
    [NODEC_CB_PROCESS_REJECTIONS] = "processRejections",
    [NODEC_CB_PROCESS_TIMERS] = "processTimers",
    [NODEC_CB_PROCESS_IMMEDIATE] = "processImmediate",
    [NODEC_CB_FATAL_EXCEPTION] = "fatalException",
    [NODEC_CB_PROMISE_REJECT] = "promiseReject",
    [NODEC_CB_EMIT_BEFORE_EXIT] = "emitBeforeExit",
    [NODEC_CB_EMIT_EXIT] = "emitExit",
    [NODEC_CB_UV_EXCEPTION] = "uvException",
};

/* setup({ runTicks, processTimers, ... }): each present function replaces the previous one. */
NODEC_FN(setup) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObject(ctx, ARG(0))) return NULL;
  JSObjectRef o = (JSObjectRef)argv[0];
  for (int i = 0; i < NODEC_CB_COUNT; i++) {
    JSValueRef f = nodec_get(ctx, o, callback_names[i]);
    if (!JSValueIsObject(ctx, f) || !JSObjectIsFunction(ctx, (JSObjectRef)f)) continue;
    if (rt->callbacks[i]) JSValueUnprotect(ctx, rt->callbacks[i]);
    rt->callbacks[i] = (JSObjectRef)f;
    JSValueProtect(ctx, f);
    if (i == NODEC_CB_PROMISE_REJECT)
      JSGlobalContextSetUnhandledRejectionCallback(rt->ctx, (JSObjectRef)f, NULL);
  }
  return NULL;
}

/* reallyExit(code): the 'exit' event already ran in JS. */
NODEC_FN(really_exit) {
  NODEC_UNUSED_FN_ARGS;
  int code = (int)JSValueToNumber(ctx, ARG(0), NULL);
  rt->exiting = true;
  nodec_exit(rt, code);
}

NODEC_FN(set_exit_code) {
  NODEC_UNUSED_FN_ARGS;
  rt->exit_code = (int)JSValueToNumber(ctx, ARG(0), NULL);
  return NULL;
}

static JSObjectRef string_array(JSContextRef ctx, int n, char **items) {
  JSValueRef *vals = malloc(sizeof(JSValueRef) * (n > 0 ? n : 1));
  if (!vals) abort();
  for (int i = 0; i < n; i++) vals[i] = nodec_string(ctx, items[i]);
  JSObjectRef a = JSObjectMakeArray(ctx, n, vals, NULL);
  free(vals);
  return a;
}

/* process.versions: what nodec is built from. Library versions are the ones compiled against. */
static JSObjectRef make_versions(JSContextRef ctx) {
  JSObjectRef v = JSObjectMake(ctx, NULL, NULL);
  nodec_set_string(ctx, v, "node", &NODEC_NODE_VERSION[1]); /* without the "v" */
  nodec_set_string(ctx, v, "nodec", NODEC_VERSION);
  nodec_set_string(ctx, v, "javascriptcore", NODEC_JSC_VERSION);
  nodec_set_string(ctx, v, "uv", uv_version_string());
  nodec_set_string(ctx, v, "zlib", ZLIB_VERSION);
  nodec_set_string(ctx, v, "brotli", NODEC_BROTLI_VERSION);
  nodec_set_string(ctx, v, "ares", NODEC_ARES_VERSION);
  nodec_set_string(ctx, v, "nghttp2", NODEC_NGHTTP2_VERSION);
  nodec_set_string(ctx, v, "modules", NODEC_NODE_MODULES_ABI);
  nodec_set_string(ctx, v, "napi", "10");
  char ssl[32];
  snprintf(ssl, sizeof ssl, "%d.%d.%d", OPENSSL_VERSION_MAJOR, OPENSSL_VERSION_MINOR, OPENSSL_VERSION_PATCH);
  nodec_set_string(ctx, v, "openssl", ssl);
  nodec_set_string(ctx, v, "unicode", "15.1");
  return v;
}

static const char *node_arch(void) {
  uv_utsname_t u;
  if (uv_os_uname(&u) != 0) return "x64";
  if (!strcmp(u.machine, "x86_64")) return "x64";
  if (!strcmp(u.machine, "aarch64")) return "arm64";
  if (!strncmp(u.machine, "arm", 3)) return "arm";
  if (!strcmp(u.machine, "i686") || !strcmp(u.machine, "i386")) return "ia32";
  return u.machine[0] ? "x64" : "x64";
}

static JSObjectRef make_options(nodec_runtime *rt) {
  JSContextRef ctx = rt->ctx;
  nodec_options *o = rt->opts;
  JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
  nodec_set(ctx, obj, "versions", make_versions(ctx));
  nodec_set_string(ctx, obj, "platform", "linux");
  nodec_set_string(ctx, obj, "arch", node_arch());
  nodec_set(ctx, obj, "argv0", nodec_string(ctx, o->argc > 0 ? o->argv[0] : "nodec"));
  nodec_set(ctx, obj, "execArgv", string_array(ctx, o->exec_argc, o->exec_argv));
  int env_n = 0;
  if (o->env_argv) while (o->env_argv[env_n + 1]) env_n++;
  nodec_set(ctx, obj, "envOptions", string_array(ctx, env_n, o->env_argv ? o->env_argv + 1 : NULL));
  nodec_set(ctx, obj, "scriptArgv", string_array(ctx, o->script_argc, o->script_argv));
  nodec_set(ctx, obj, "preload", string_array(ctx, o->npreload, (char **)o->preload));
  nodec_set(ctx, obj, "evalSource", o->eval_source ? nodec_string(ctx, o->eval_source) : nodec_undefined());
  nodec_set(ctx, obj, "printEval", nodec_boolean(o->print_eval));
  nodec_set(ctx, obj, "exposeInternals", nodec_boolean(o->expose_internals));
  nodec_set(ctx, obj, "checkSyntax", nodec_boolean(o->check_syntax));
  nodec_set(ctx, obj, "forceRepl", nodec_boolean(o->force_repl));
  nodec_set(ctx, obj, "inputType", o->input_type ? nodec_string(ctx, o->input_type) : nodec_undefined());
  nodec_set(ctx, obj, "unhandledRejections",
            o->unhandled_rejections ? nodec_string(ctx, o->unhandled_rejections) : nodec_undefined());
  return obj;
}

static const nodec_fn functions[] = {
    {"setup", setup},
    {"reallyExit", really_exit},
    {"setExitCode", set_exit_code},
    {NULL, NULL},
};

void nodec_binding_init_runtime(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  nodec_set(rt->ctx, target, "shared", rt->shared_array);
  nodec_set(rt->ctx, target, "options", make_options(rt));
  nodec_set_number(rt->ctx, target, "kHasTickScheduled", NODEC_TICK_HAS_SCHEDULED);
  nodec_set_number(rt->ctx, target, "kHasRejectionToWarn", NODEC_TICK_HAS_REJECTIONS);
  nodec_set_number(rt->ctx, target, "kImmediateCount", NODEC_IMM_COUNT);
  nodec_set_number(rt->ctx, target, "kImmediateRefCount", NODEC_IMM_REF_COUNT);
}
