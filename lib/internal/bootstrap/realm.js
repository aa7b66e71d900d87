'use strict';
// First code to run. Builds the loader for lib/ modules (BuiltinModule), the `process` object,
// then hands over to internal/bootstrap/node (globals, process) and internal/main/run_main.
// `internalBinding` is the only thing C passes in.

// Explicit resource management symbols: this JSC lacks them; node 18-20 used the same registered symbols.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(`nodejs.${name}`), writable: false, enumerable: false, configurable: false });
  }
}

const builtins = internalBinding('builtins');
const runtimeOptions = internalBinding('runtime').options;
// A node option given on the command line or in NODE_OPTIONS (which execArgv does not list).
runtimeOptions.hasFlag = (flag) => runtimeOptions.execArgv.includes(flag) || runtimeOptions.envOptions.includes(flag);
// A boolean node option's final state: true for --x, false for --no-x (the last one wins, NODE_OPTIONS
// first), undefined when neither is given.
runtimeOptions.boolOption = (flag) => {
  let v;
  const no = `--no-${flag.slice(2)}`;
  for (const a of [...runtimeOptions.envOptions, ...runtimeOptions.execArgv]) {
    if (a === flag) v = true;
    else if (a === no) v = false;
  }
  return v;
};
// The value of a node option given as --x=value or --x value (the last one wins), or undefined.
runtimeOptions.optionValue = (name) => {
  let v;
  for (const list of [runtimeOptions.envOptions, runtimeOptions.execArgv]) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].startsWith(`${name}=`)) v = list[i].slice(name.length + 1);
      else if (list[i] === name && i + 1 < list.length) v = list[++i];
    }
  }
  return v;
};

// Public builtin ids (no internal/ prefix), as module.builtinModules lists them.
const builtinIds = builtins.ids;
const publicIds = builtinIds.filter((id) => !id.startsWith('internal/'));

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `node:${id}`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) {
    return builtins.has(id);
  }

  // May user code require(id)? Internal ids only with --expose-internals.
  static canBeRequiredByUsers(id) {
    if (!builtins.has(id)) return false;
    if (id.startsWith('internal/')) return runtimeOptions.exposeInternals;
    return true;
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    try {
      const fn = builtins.compile(this.id);
      fn.call(undefined, this.exports, requireBuiltin, this, internalBinding, process);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}
BuiltinModule.map = new Map();
BuiltinModule.publicIds = publicIds;

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  let mod = BuiltinModule.map.get(id);
  if (mod === undefined) {
    if (!builtins.has(id)) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    mod = new BuiltinModule(id);
    BuiltinModule.map.set(id, mod);
  }
  return mod.compileForInternalLoader();
}

// `process` exists before any module runs; internal/bootstrap/node turns it into an EventEmitter
// with everything node puts on it.
process = {};
Object.defineProperty(globalThis, 'process', {
  value: process, writable: true, configurable: true, enumerable: false,
});

// Loader and process are handed to every builtin through the wrapper's `require`/`process`.
const loaderExports = { BuiltinModule, requireBuiltin, internalBinding, runtimeOptions };
BuiltinModule.map.set('internal/bootstrap/realm', Object.assign(new BuiltinModule('internal/bootstrap/realm'), {
  exports: loaderExports, loaded: true,
}));

function compileWithProcess(id) {
  const mod = new BuiltinModule(id);
  BuiltinModule.map.set(id, mod);
  mod.loading = true;
  const fn = builtins.compile(id);
  fn.call(undefined, mod.exports, requireBuiltin, mod, internalBinding, process);
  mod.loading = false;
  mod.loaded = true;
  return mod.exports;
}

compileWithProcess('internal/bootstrap/node');
requireBuiltin('internal/main/run_main').runMain();
