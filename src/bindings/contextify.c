/* internalBinding('contextify'): compiling user code. CommonJS sources get node's wrapper on their
 * first line, so line numbers in stack traces are the file's own. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "bindings.h"

/* A named wrapper: stack frames of module top-level code read `__nodec_module__@file:l:c`, which the
 * stack formatter prints as node's `Object.<anonymous>`. */
static const char wrapper_head[] =
    "(function __nodec_module__(exports, require, module, __filename, __dirname) { ";
static const char wrapper_tail[] = "\n})";

/* Replace a leading "#!" line by spaces so the line count stays the same. */
static void blank_shebang(JSChar *s, size_t n) {
  if (n < 2 || s[0] != '#' || s[1] != '!') return;
  for (size_t i = 0; i < n && s[i] != '\n'; i++) s[i] = ' ';
}

static JSStringRef wrap_source(JSStringRef src) {
  size_t hn = sizeof wrapper_head - 1, tn = sizeof wrapper_tail - 1;
  size_t n = JSStringGetLength(src);
  JSChar *buf = malloc((hn + n + tn) * sizeof(JSChar));
  if (!buf) abort();
  for (size_t i = 0; i < hn; i++) buf[i] = (unsigned char)wrapper_head[i];
  memcpy(buf + hn, JSStringGetCharactersPtr(src), n * sizeof(JSChar));
  blank_shebang(buf + hn, n);
  for (size_t i = 0; i < tn; i++) buf[hn + n + i] = (unsigned char)wrapper_tail[i];
  JSStringRef out = JSStringCreateWithCharacters(buf, hn + n + tn);
  free(buf);
  return out;
}

/* Evaluates `source` as a script named `name` in `target` (this context or a vm one), optionally inside
 * the CommonJS wrapper. The one path every compile below takes. */
static JSValueRef evaluate(JSContextRef ctx, JSContextRef target, JSValueRef source, JSValueRef name, bool wrap,
                           JSValueRef *exc) {
  JSStringRef src = JSValueToStringCopy(ctx, source, exc);
  if (!src) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, name, exc);
  if (!url) {
    JSStringRelease(src);
    return NULL;
  }
  JSStringRef text = wrap ? wrap_source(src) : src;
  JSValueRef r = JSEvaluateScript(target, text, NULL, url, 1, exc);
  if (wrap) JSStringRelease(text);
  JSStringRelease(src);
  JSStringRelease(url);
  return r;
}

/* compileFunction(source, filename) -> the module wrapper function. SyntaxErrors propagate. */
NODEC_FN(compile_function) {
  NODEC_UNUSED_FN_ARGS;
  return evaluate(ctx, ctx, ARG(0), ARG(1), true, exc);
}

/* runInThisContext(source, filename): a classic script in the global scope (-e, -p, vm). */
NODEC_FN(run_in_this_context) {
  NODEC_UNUSED_FN_ARGS;
  return evaluate(ctx, ctx, ARG(0), ARG(1), false, exc);
}

/* checkSyntax(source, filename) -> undefined, or throws the SyntaxError (nodec -c). */
NODEC_FN(check_syntax) {
  NODEC_UNUSED_FN_ARGS;
  JSStringRef src = JSValueToStringCopy(ctx, ARG(0), exc);
  if (!src) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ARG(1), exc);
  JSStringRef wrapped = wrap_source(src);
  JSCheckScriptSyntax(ctx, wrapped, url, 1, exc);
  JSStringRelease(wrapped);
  JSStringRelease(src);
  if (url) JSStringRelease(url);
  return NULL;
}

/* ---- vm contexts: each is a separate JSC global object in the same VM (context group), so values
 * pass between them freely. A ContextHandle object owns the JSGlobalContextRef. */

static void context_finalize(JSObjectRef obj) {
  JSGlobalContextRef c = JSObjectGetPrivate(obj);
  if (c) JSGlobalContextRelease(c);
}

static JSClassRef context_class(nodec_runtime *rt) {
  if (!rt->vm_context_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "ContextHandle";
    def.finalize = context_finalize;
    rt->vm_context_class = JSClassCreate(&def);
  }
  return rt->vm_context_class;
}

/* makeContext() -> [handle, globalObject] */
NODEC_FN(make_context) {
  NODEC_UNUSED_FN_ARGS;
  JSGlobalContextRef c = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), NULL);
  JSObjectRef handle = JSObjectMake(ctx, context_class(rt), (void *)c);
  JSValueRef pair[2] = {handle, JSContextGetGlobalObject(c)};
  return JSObjectMakeArray(ctx, 2, pair, NULL);
}

/* runInContext(handle, source, filename) -> completion value, evaluated in that context's global. */
NODEC_FN(run_in_context) {
  NODEC_UNUSED_FN_ARGS;
  if (!JSValueIsObjectOfClass(ctx, ARG(0), context_class(rt)))
    return nodec_throw_error(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a vm context");
  JSGlobalContextRef c = JSObjectGetPrivate((JSObjectRef)argv[0]);
  return evaluate(ctx, c, ARG(1), ARG(2), false, exc);
}

/* ---- SIGINT watchdogs (node's contextify start/stopSigintWatchdog): while at least one is active,
 * SIGINT does not reach the process's usual handling; the innermost active watchdog records it. */
#define SIGINT_WATCHDOG_MAX 64
static volatile sig_atomic_t sigint_received[SIGINT_WATCHDOG_MAX];
static volatile sig_atomic_t sigint_depth;
static struct sigaction sigint_previous;

static void on_sigint(int signum) {
  (void)signum;
  int top = sigint_depth;
  if (top > 0 && top <= SIGINT_WATCHDOG_MAX) sigint_received[top - 1] = 1;
}

NODEC_FN(start_sigint_watchdog) {
  NODEC_UNUSED_FN_ARGS;
  if (sigint_depth >= SIGINT_WATCHDOG_MAX)
    return nodec_throw_error(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "too many nested SIGINT watchdogs");
  if (sigint_depth == 0) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, &sa, &sigint_previous) != 0) return nodec_throw_uv(rt, exc, -errno, "sigaction", NULL, NULL);
  }
  sigint_received[sigint_depth] = 0;
  sigint_depth = sigint_depth + 1;
  return NULL;
}

/* stopSigintWatchdog() -> whether a SIGINT came in while this (the innermost) watchdog was on. */
NODEC_FN(stop_sigint_watchdog) {
  NODEC_UNUSED_FN_ARGS;
  if (sigint_depth == 0) return nodec_boolean(false);
  int top = sigint_depth - 1;
  bool had = sigint_received[top] != 0;
  sigint_depth = top;
  if (top == 0) sigaction(SIGINT, &sigint_previous, NULL);
  return nodec_boolean(had);
}

NODEC_FN(watchdog_has_pending_sigint) {
  NODEC_UNUSED_FN_ARGS;
  for (int i = 0; i < sigint_depth && i < SIGINT_WATCHDOG_MAX; i++)
    if (sigint_received[i]) return nodec_boolean(true);
  return nodec_boolean(false);
}

static const nodec_fn functions[] = {
    {"startSigintWatchdog", start_sigint_watchdog},
    {"stopSigintWatchdog", stop_sigint_watchdog},
    {"watchdogHasPendingSigint", watchdog_has_pending_sigint},
    {"makeContext", make_context},
    {"runInContext", run_in_context},
    {"compileFunction", compile_function},
    {"runInThisContext", run_in_this_context},
    {"checkSyntax", check_syntax},
    {NULL, NULL},
};

void nodec_binding_init_contextify(nodec_runtime *rt, JSObjectRef target) {
  nodec_set_functions(rt, target, functions);
  nodec_set_number(rt->ctx, target, "wrapperColumnOffset", sizeof wrapper_head - 1);
}
