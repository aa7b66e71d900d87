/* nodec's command line, shaped like node's: options, then the script and its arguments. */
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "version.h"

enum kind { FLAG, VALUE, V8 };

/* node options nodec understands or accepts. VALUE options take the next argument or `=value`. */
static const struct {
  const char *name;
  enum kind kind;
} known[] = {
    {"--expose-internals", FLAG}, {"--expose-gc", FLAG}, {"--expose_gc", FLAG},
    {"--no-warnings", FLAG}, {"--trace-warnings", FLAG}, {"--pending-deprecation", FLAG},
    {"--no-deprecation", FLAG}, {"--throw-deprecation", FLAG}, {"--trace-deprecation", FLAG},
    {"--trace-uncaught", FLAG}, {"--abort-on-uncaught-exception", FLAG}, {"--zero-fill-buffers", FLAG},
    {"--preserve-symlinks", FLAG}, {"--preserve-symlinks-main", FLAG}, {"--no-addons", FLAG},
    {"--enable-source-maps", FLAG}, {"--no-force-async-hooks-checks", FLAG}, {"--frozen-intrinsics", FLAG},
    {"--disable-proto", VALUE}, {"--unhandled-rejections", VALUE}, {"--input-type", VALUE},
    {"--title", VALUE}, {"--stack-trace-limit", VALUE}, {"--max-http-header-size", VALUE},
    {"--conditions", VALUE}, {"-C", VALUE}, {"--dns-result-order", VALUE}, {"--tls-min-v1.0", FLAG},
    {"--tls-min-v1.1", FLAG}, {"--tls-max-v1.2", FLAG}, {"--tls-min-v1.2", FLAG}, {"--tls-min-v1.3", FLAG},
    {"--tls-max-v1.3", FLAG}, {"--use-system-ca", FLAG}, {"--tls-cipher-list", VALUE}, {"--tls-keylog", VALUE},
    {"--security-revert", VALUE}, {"--diagnostic-dir", VALUE}, {"--report-on-signal", FLAG},
    {"--insecure-http-parser", FLAG}, {"--no-global-search-paths", FLAG}, {"--test", FLAG},
    {"--test-reporter", VALUE}, {"--test-reporter-destination", VALUE}, {"--test-only", FLAG},
    {"--test-name-pattern", VALUE}, {"--test-skip-pattern", VALUE}, {"--test-concurrency", VALUE},
    {"--test-timeout", VALUE}, {"--test-force-exit", FLAG}, {"--test-update-snapshots", FLAG},
    {"--no-experimental-require-module", FLAG}, {"--pending-deprecation", FLAG}, {"--openssl-legacy-provider", FLAG},
    {"--use-openssl-ca", FLAG}, {"--use-bundled-ca", FLAG}, {"--network-family-autoselection-attempt-timeout", VALUE},
    {"--max-http-header-size", VALUE}, {"--secure-heap", VALUE}, {"--secure-heap-min", VALUE},
    {"--report-uncaught-exception", FLAG}, {"--report-on-fatalerror", FLAG}, {"--heapsnapshot-near-heap-limit", VALUE},
    {"--env-file", VALUE}, {"--env-file-if-exists", VALUE}, {"--no-network-family-autoselection", FLAG},
    {"--stack-trace-limit", VALUE}, {"--permission", FLAG}, {"--allow-fs-read", VALUE}, {"--allow-fs-write", VALUE},
    {"--allow-child-process", FLAG}, {"--allow-worker", FLAG}, {"--allow-addons", FLAG}, {"--allow-wasi", FLAG},
    {"--force-context-aware", FLAG}, {"--no-extra-info-on-fatal-exception", FLAG}, {"--interpreted-frames-native-stack", V8},
    {"--expose-externalize-string", V8}, {"--no-harmony-import-attributes", V8}, {"--enable-etw-stack-walking", V8},
    {"--max-old-space-size", V8}, {"--max-semi-space-size", V8}, {"--stack-size", V8},
    {"--allow-natives-syntax", V8}, {"--jitless", V8}, {"--predictable", V8}, {"--no-opt", V8},
    {"--single-threaded", V8}, {"--huge-max-old-generation-size", V8}, {"--gc-interval", V8},
    {"--no-concurrent-array-buffer-sweeping", V8}, {"--max-young-generation-size", V8},
};

/* node accepts '_' for '-' inside option names (--expose_gc, --allow_natives_syntax). */
static bool same_option(const char *known_name, const char *arg, size_t n) {
  if (strlen(known_name) != n) return false;
  for (size_t i = 0; i < n; i++) {
    char a = arg[i] == '_' && i > 1 ? '-' : arg[i];
    if (a != known_name[i]) return false;
  }
  return true;
}

static int lookup(const char *arg, size_t name_len) {
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (same_option(known[i].name, arg, name_len)) return (int)i;
  return -1;
}

/* As node, a boolean option may be negated: --no-use-system-ca. Returns the FLAG's index or -1. */
static int lookup_negated(const char *arg, size_t name_len) {
  if (name_len <= 5 || strncmp(arg, "--no-", 5) != 0) return -1;
  char name[128];
  if (name_len - 3 >= sizeof name) return -1;
  snprintf(name, sizeof name, "--%.*s", (int)(name_len - 5), arg + 5);
  int k = lookup(name, name_len - 3);
  return k >= 0 && known[k].kind == FLAG ? k : -1;
}

/* Options that node refuses together; the last of --x / --no-x wins before the check. */
static const struct {
  const char *a, *b;
} exclusive[] = {{"--tls-min-v1.3", "--tls-max-v1.2"}, {"--use-openssl-ca", "--use-bundled-ca"}};
enum { N_EXCLUSIVE = sizeof exclusive / sizeof exclusive[0] };

/* Which sides of each exclusive pair are on; bit 2*i for .a, 2*i+1 for .b (in nodec_options). */
static void note_exclusive(nodec_options *o, const char *name, bool on) {
  for (size_t i = 0; i < N_EXCLUSIVE; i++) {
    unsigned bit_a = 1u << (2 * i), bit_b = 1u << (2 * i + 1);
    if (!strcmp(name, exclusive[i].a)) o->exclusive_set = on ? o->exclusive_set | bit_a : o->exclusive_set & ~bit_a;
    if (!strcmp(name, exclusive[i].b)) o->exclusive_set = on ? o->exclusive_set | bit_b : o->exclusive_set & ~bit_b;
  }
}

static void usage(void) {
  printf("Usage: nodec [options] [ script.js ] [arguments]\n"
         "       nodec [options] -e|-p \"script\" [arguments]\n\n"
         "Options:\n"
         "  -                       script read from stdin (default if no file name is provided)\n"
         "  --                      indicate the end of node options\n"
         "  -c, --check             syntax check script without executing\n"
         "  -e, --eval script       evaluate script\n"
         "  -h, --help              print command line options\n"
         "  -p, --print [...]       evaluate script and print result\n"
         "  -r, --require module    module to preload (option can be repeated)\n"
         "  -v, --version           print nodec's Node.js API version\n"
         "  --expose-gc             expose gc() as a global\n"
         "  --input-type=commonjs   how -e and stdin sources are read\n"
         "  --no-warnings           silence process warnings\n"
         "  --unhandled-rejections=throw|strict|warn|warn-with-error-code|none\n\n"
         "V8 options such as --max-old-space-size are accepted and ignored (the engine is JavaScriptCore).\n"
         "Documentation: see README.md\n");
}

static void add_exec_arg(nodec_options *o, char *a) { o->exec_argv[o->exec_argc++] = a; }

/* Parses options from argv[1..]. from_env: they come from NODE_OPTIONS, so they are not recorded in
 * execArgv and everything must be an option. Returns -1 to go on, or an exit code. */
static int parse_options(int argc, char **argv, nodec_options *o, bool from_env) {
  int i = 1;
  for (; i < argc; i++) {
    char *a = argv[i];
    if (from_env && (a[0] != '-' || !strcmp(a, "-") || !strcmp(a, "--") || !strcmp(a, "-e") || !strcmp(a, "-p") ||
                     !strncmp(a, "--eval", 6) || !strncmp(a, "--print", 7))) {
      fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", o->argv[0], a);
      return 9;
    }
    if (a[0] != '-' || strcmp(a, "-") == 0) break;
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    const char *eq = strchr(a, '=');
    size_t name_len = eq && a[1] == '-' ? (size_t)(eq - a) : strlen(a);
    const char *inline_value = eq && a[1] == '-' ? eq + 1 : NULL;
#define TAKE_VALUE(dst)                                                        \
  do {                                                                         \
    if (inline_value) dst = inline_value;                                      \
    else if (i + 1 < argc) { if (!from_env) add_exec_arg(o, a); a = argv[++i]; dst = a; } \
    else { fprintf(stderr, "%s: %s requires an argument\n", o->argv[0], a); return 9; } \
  } while (0)
    if (!strcmp(a, "-v") || !strcmp(a, "--version")) {
      printf("%s\n", NODEC_NODE_VERSION);
      return 0;
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      usage();
      return 0;
    } else if (!strcmp(a, "-e") || (name_len == 6 && !strncmp(a, "--eval", 6))) {
      TAKE_VALUE(o->eval_source);
    } else if (!strcmp(a, "-p") || !strcmp(a, "-pe") || !strcmp(a, "-ep") || (name_len == 7 && !strncmp(a, "--print", 7))) {
      o->print_eval = true;
      if (inline_value) o->eval_source = inline_value;
      else if (i + 1 < argc) { add_exec_arg(o, a); a = argv[++i]; o->eval_source = a; }
      else { fprintf(stderr, "%s: %s requires an argument\n", o->argv[0], a); return 9; }
    } else if (!strcmp(a, "-r") || (name_len == 9 && !strncmp(a, "--require", 9))) {
      TAKE_VALUE(o->preload[o->npreload]);
      o->npreload++;
    } else if (!strcmp(a, "-i") || !strcmp(a, "--interactive")) {
      o->force_repl = true;
    } else if (!strcmp(a, "-c") || !strcmp(a, "--check")) {
      o->check_syntax = true;
    } else if (!strncmp(a, "--experimental-", 15) || !strncmp(a, "--no-experimental-", 18) ||
               !strncmp(a, "--harmony", 9) || !strncmp(a, "--trace-", 8) || !strncmp(a, "--inspect", 9)) {
      /* Feature gates: nodec has no experimental switches; accepted so node's tests run. */
    } else {
      int k = lookup(a, name_len);
      if (k < 0 && !inline_value && (k = lookup_negated(a, name_len)) >= 0) {
        note_exclusive(o, known[k].name, false);
        if (!from_env) add_exec_arg(o, a);
        continue;
      }
      if (k < 0) {
        if (from_env) fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", o->argv[0], a);
        else fprintf(stderr, "%s: bad option: %s\n", o->argv[0], a);
        return 9;
      }
      if (known[k].kind == V8) {
        fprintf(stderr, "nodec: warning: V8 option %.*s is ignored (engine: JavaScriptCore)\n", (int)name_len, a);
      } else if (known[k].kind == VALUE && !inline_value) {
        const char *v;
        TAKE_VALUE(v);
        if (!strcmp(known[k].name, "--input-type")) o->input_type = v;
        if (!strcmp(known[k].name, "--unhandled-rejections")) o->unhandled_rejections = v;
      } else if (inline_value) {
        if (!strcmp(known[k].name, "--input-type")) o->input_type = inline_value;
        if (!strcmp(known[k].name, "--unhandled-rejections")) o->unhandled_rejections = inline_value;
      }
      if (!strcmp(known[k].name, "--expose-internals")) o->expose_internals = true;
      note_exclusive(o, known[k].name, true);
    }
    if (!from_env) add_exec_arg(o, a);
#undef TAKE_VALUE
  }
  if (from_env) return -1;
  o->script_argc = argc - i;
  o->script_argv = argv + i;
  return -1;
}

/* NODE_OPTIONS: whitespace-separated, double quotes group; parsed before the command line's own. */
static char **split_node_options(const char *env, int *count) {
  size_t n = strlen(env);
  char **out = calloc(n + 2, sizeof(char *));
  char *buf = malloc(n + 1);
  if (!out || !buf) abort();
  int c = 1; /* out[0] stands for argv[0] */
  size_t j = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && (env[i] == ' ' || env[i] == '\t' || env[i] == '\n')) i++;
    if (i >= n) break;
    out[c++] = buf + j;
    bool quoted = false;
    for (; i < n && (quoted || (env[i] != ' ' && env[i] != '\t' && env[i] != '\n')); i++) {
      if (env[i] == '"') quoted = !quoted;
      else if (env[i] == '\\' && quoted && i + 1 < n) buf[j++] = env[++i];
      else buf[j++] = env[i];
    }
    buf[j++] = 0;
  }
  if (c == 1) free(buf);
  *count = c;
  return out;
}

static int parse_args(int argc, char **argv, nodec_options *o) {
  o->argc = argc;
  o->argv = argv;
  const char *env = getenv("NODE_OPTIONS");
  int env_count = 0;
  char **env_argv = env && *env ? split_node_options(env, &env_count) : NULL;
  o->exec_argv = calloc((size_t)argc + 1, sizeof(char *));
  o->preload = calloc((size_t)argc + (size_t)env_count + 1, sizeof(char *));
  if (!o->exec_argv || !o->preload) abort();
  /* NODE_OPTIONS strings stay alive for the whole run: -r entries point into them. */
  o->env_argv = env_argv;
  if (env_argv) {
    int code = parse_options(env_count, env_argv, o, true);
    if (code >= 0) return code;
  }
  int code = parse_options(argc, argv, o, false);
  if (code >= 0) return code;
  for (size_t i = 0; i < N_EXCLUSIVE; i++) {
    unsigned both = 3u << (2 * i);
    if ((o->exclusive_set & both) == both) {
      fprintf(stderr, "%s: either %s or %s can be used, not both\n", argv[0], exclusive[i].a, exclusive[i].b);
      return 9;
    }
  }
  return -1;
}

static void free_options(nodec_options *o) {
  free(o->exec_argv);
  free(o->preload);
  if (o->env_argv) {
    if (o->env_argv[1]) free(o->env_argv[1]); /* the token buffer starts at the first token */
    free(o->env_argv);
  }
}

int main(int argc, char **argv) {
  /* libuv's process-title support needs to own argv's memory before anything reads it. */
  argv = uv_setup_args(argc, argv);
  /* As node: a write to a closed socket or pipe fails with EPIPE instead of killing the process. */
  signal(SIGPIPE, SIG_IGN);
  /* Likewise a write past RLIMIT_FSIZE fails with EFBIG instead of killing the process. */
  signal(SIGXFSZ, SIG_IGN);
  /* glibc serves blocks of 128 KB and more with fresh mmaps and gives a freed heap top above
   * 128 KB back to the OS: a runtime that makes and drops buffers and zlib states all the time
   * then page-faults them in again on every cycle. Here blocks up to 32 MB (glibc's maximum) come
   * from the heap and up to 64 MB of freed top is kept (measured: Buffer.from of a 1 MB base64
   * string 484 -> 144 us, node 1243; 300 KB allocUnsafe 104 -> 34 us; deflateSync of 200 B 11.2 ->
   * 8.8 us). The environment's GLIBC_TUNABLES, when set, decide instead. */
  if (!getenv("GLIBC_TUNABLES")) {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
  }
  nodec_options opts = {0};
  int code = parse_args(argc, argv, &opts);
  if (code >= 0) {
    free_options(&opts);
    return code;
  }
  nodec_runtime rt;
  if (nodec_runtime_init(&rt, &opts) != 0) return 1;
  code = nodec_runtime_run(&rt);
  fflush(stdout);
  if (getenv("NODEC_FULL_TEARDOWN")) {
    /* For leak checking: free everything the runtime owns. */
    nodec_runtime_dispose(&rt);
    free_options(&opts);
    uv_library_shutdown();
    return code;
  }
  /* Like node, do not spend exit time collecting a heap the OS is about to drop. */
  nodec_exit(&rt, code);
}
