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
  registerSource(name, source);
  const result = contextify.runInThisContext(source, name);
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
    contextify.checkSyntax(source, main);
    return;
  }
  runPreloads();
  Module.runMain(main);
}

module.exports = { runMain };
