'use strict';
// Runs what the command line asked for: -e/-p source, a script file, or a script read from stdin.

const path = require('path');
const { runtimeOptions } = require('internal/bootstrap/realm');
const { Module } = require('internal/modules/cjs/loader');
const contextify = internalBinding('contextify');
const { registerSource } = require('internal/process/execution');

function runPreloads() {
  const preloads = runtimeOptions.preload;
  if (preloads.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  parent.filename = path.join(process.cwd(), '[preload]');
  for (const request of preloads) Module._load(request, parent, false);
}

// -e / -p code sees each public builtin module (no '_' prefix, no '/') as a global, loaded on first
// read; assigning the name replaces it with an ordinary property. Names the global already has stay.
function addBuiltinGlobals(module) {
  const { builtinModules } = require('module');
  for (const name of builtinModules) {
    if (name[0] === '_' || name.includes('/') || Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
    const replace = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get() {
        const lib = module.require(name);
        Object.defineProperty(globalThis, name, {
          __proto__: null, get: () => lib, set: replace, configurable: true, enumerable: false,
        });
        return lib;
      },
      set: replace,
      configurable: true,
      enumerable: false,
    });
  }
}

// -e / -p / stdin: node runs these as a CommonJS module named [eval] in the current directory.
function evalScript(name, source, print) {
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const { makeRequireFunction } = require('internal/modules/cjs/loader');
  globalThis.module = module;
  globalThis.require = makeRequireFunction(module);
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  if (name === '[eval]') addBuiltinGlobals(module);
  registerSource(name, source);
  if (runtimeOptions.inputType === 'module') {
    evalModule(name, source, print);
    return;
  }
  let code = source;
  if (source.includes('import') && /\bimport\s*\(/.test(source)) {
    // import() in eval code: the lexer points the calls at a global helper.
    const esm = require('internal/modules/esm/loader');
    const transformed = esm.transformDynamicImport(source);
    if (transformed !== null) {
      code = transformed;
      if (!Object.prototype.hasOwnProperty.call(globalThis, '__nodec_import')) {
        const file = path.join(process.cwd(), name);
        Object.defineProperty(globalThis, '__nodec_import', {
          value: (specifier, options) => esm.importFromPath(specifier, options, file), configurable: true,
        });
      }
    }
  }
  let result;
  try {
    result = contextify.runInThisContext(code, name);
  } catch (e) {
    // node 24 runs ambiguous eval input with ES module syntax as a module.
    if (runtimeOptions.inputType === undefined && e instanceof SyntaxError && !print &&
        require('internal/modules/esm/loader').detectModuleSyntax(source, name)) {
      evalModule(name, source, print);
      return;
    }
    throw e;
  }
  if (print) {
    const { log } = require('internal/console/global');
    // JSC cannot tell a promise's state synchronously; node prints e.g. "Promise { 5 }" for a settled
    // one, so wait for it and print its outcome in the same shape.
    if (result instanceof Promise) {
      const { inspect } = require('internal/util/inspect');
      result.then((v) => log(`Promise { ${inspect(v)} }`), (e) => log(`Promise { <rejected> ${inspect(e)} }`));
    } else {
      log(result);
    }
  }
}

// --input-type=module: the source is an ES module named file:///cwd/[eval1].
function evalModule(name, source, print) {
  if (print) {
    const { ERR_EVAL_ESM_CANNOT_PRINT } = require('internal/errors').codes;
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  const file = path.join(process.cwd(), name === '[eval]' ? '[eval1]' : name);
  require('internal/modules/esm/loader').runMainESM(file, source, 'file://' + file);
}

function readStdinSync() {
  const fsb = internalBinding('fs');
  const chunks = [];
  const buf = new Uint8Array(65536);
  for (;;) {
    let n;
    try {
      n = fsb.read(0, buf, 0, buf.length, -1);
    } catch (e) {
      if (e.code === 'EAGAIN') { internalBinding('util').sleep(1); continue; }
      if (e.code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(buf.slice(0, n));
  }
  let total = 0;
  for (const c of chunks) total += c.length;
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { all.set(c, off); off += c.length; }
  return internalBinding('buffer').utf8Slice(all, 0, total);
}

function runMain() {
  internalBinding('performance').markBootstrapComplete(); // performance.nodeTiming.bootstrapComplete
  const scriptArgv = runtimeOptions.scriptArgv;
  const argv = process.argv;
  if (runtimeOptions.evalSource !== undefined) {
    argv.push(...scriptArgv);
    runPreloads();
    evalScript('[eval]', runtimeOptions.evalSource, runtimeOptions.printEval);
    return;
  }
  if (scriptArgv.length === 0 || scriptArgv[0] === '-') {
    argv.push(...scriptArgv);
    runPreloads();
    const source = readStdinSync();
    if (runtimeOptions.checkSyntax) {
      contextify.checkSyntax(source, '[stdin]');
      return;
    }
    evalScript('[stdin]', source, runtimeOptions.printEval);
    return;
  }
  const main = path.resolve(scriptArgv[0]);
  argv.push(main, ...scriptArgv.slice(1));
  if (runtimeOptions.checkSyntax) {
    const source = internalBinding('fs').readFile(main, 0, true);
    let isModule = main.endsWith('.mjs');
    if (main.endsWith('.js')) {
      const scope = require('internal/modules/package_json_reader').readPackageScope(main);
      isModule = scope?.data?.type === 'module';
    }
    if (isModule) require('internal/modules/esm/loader').checkModuleSyntax(source, main);
    else contextify.checkSyntax(source, main);
    return;
  }
  runPreloads();
  Module.runMain(main);
}

module.exports = { runMain };
