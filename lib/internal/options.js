'use strict';
// getOptionValue(name): the effective value of a node command-line option, from NODE_OPTIONS and
// the command line (the last occurrence wins), or node's default when neither sets it. Options
// nodec does not know give undefined.

const { runtimeOptions } = require('internal/bootstrap/realm');

// name -> default; the default's type tells how the option is read (boolean flag, number, string,
// or string[] for options that may repeat).
const defaults = {
  __proto__: null,
  '--abort-on-uncaught-exception': false,
  '--conditions': [],
  '--diagnostic-dir': '',
  '--disable-proto': '',
  '--dns-result-order': '',
  '--enable-source-maps': false,
  '--env-file': '',
  '--expose-gc': false,
  '--expose-internals': false,
  '--frozen-intrinsics': false,
  '--input-type': '',
  '--insecure-http-parser': false,
  '--max-http-header-size': 16 * 1024,
  '--network-family-autoselection': true,
  '--network-family-autoselection-attempt-timeout': 250,
  '--pending-deprecation': false,
  '--preserve-symlinks': false,
  '--preserve-symlinks-main': false,
  '--redirect-warnings': '',
  '--report-on-signal': 'SIGUSR2',
  '--require': [],
  '--secure-heap': 0,
  '--secure-heap-min': 2,
  '--stack-trace-limit': 10,
  '--test': false,
  '--test-only': false,
  '--throw-deprecation': false,
  '--title': '',
  '--tls-cipher-list': '',
  '--tls-keylog': '',
  '--trace-deprecation': false,
  '--trace-uncaught': false,
  '--trace-warnings': false,
  '--unhandled-rejections': '',
  '--use-bundled-ca': false,
  '--use-openssl-ca': false,
  '--use-system-ca': false,
  '--warnings': true,
  '--zero-fill-buffers': false,
  '--deprecation': true,
  '--addons': true,
  '--global-search-paths': true,
};

// Every value of a repeatable option, in order.
function allValues(name) {
  const out = [];
  for (const list of [runtimeOptions.envOptions, runtimeOptions.execArgv]) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].startsWith(`${name}=`)) out.push(list[i].slice(name.length + 1));
      else if (list[i] === name && i + 1 < list.length) out.push(list[++i]);
    }
  }
  return out;
}

function getOptionValue(name) {
  const def = defaults[name];
  if (def === undefined) return undefined;
  switch (typeof def) {
    case 'boolean': return runtimeOptions.boolOption(name) ?? def;
    case 'number': {
      const v = runtimeOptions.optionValue(name);
      return v === undefined || v === '' || Number.isNaN(+v) ? def : +v;
    }
    case 'string': return runtimeOptions.optionValue(name) ?? def;
    default: {
      const all = allValues(name);
      if (name === '--require') {
        for (let i = 0; i < runtimeOptions.execArgv.length; i++) {
          if (runtimeOptions.execArgv[i] === '-r' && i + 1 < runtimeOptions.execArgv.length) all.push(runtimeOptions.execArgv[++i]);
        }
      }
      return all;
    }
  }
}

module.exports = { getOptionValue };
