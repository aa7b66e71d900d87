'use strict';
// ES modules on an engine whose C API has no module loader: each module's source is translated
// (internal/modules/esm/lexer) into a generator function evaluated as a classic script:
//
//   (function (__nodec_exp, __nodec_meta, __nodec_import) { 'use strict'; let <imports>;
//     return [function* () { __nodec_exp({ name: () => local, ... }); yield; <body> }, [<setters>]]; })
//
// Calling the generator instantiates the module (hoisted functions exist); the first next() registers
// its export getters (closures over the module's own bindings); the second next() evaluates the body.
// Imported names are plain locals of the wrapper, so every identifier is resolved statically (a
// `with` scope made free identifiers ~100x slower in JSC). See link() for when they are updated.
// Modules with top-level await get an async generator. Line numbers are the file's own.

const path = require('path');
const fsb = internalBinding('fs');
const contextify = internalBinding('contextify');
const { lex, applyEdits } = require('internal/modules/esm/lexer');
const { resolve } = require('internal/modules/esm/resolve');
const resolveURL = resolve;
const { pathToFileURL, fileURLToPath } = require('internal/url');

function errors() { return require('internal/errors').codes; }
function cjsLoader() { return require('internal/modules/cjs/loader'); }

const registry = new Map(); // url -> ModuleRecord
let mainURL = null;
const kNamespaceMarker = Symbol('kModuleNamespace');
const getterOwner = new WeakMap(); // export getter -> the record whose binding it reads

class ModuleRecord {
  constructor(url, format, filename) {
    this.url = url;
    this.format = format;
    this.filename = filename;
    this.status = 'new'; // new -> linked -> evaluating -> evaluated | errored
    this.error = undefined;
    this.info = null;
    this.deps = null;
    this.gen = null;
    this.getters = new Map(); // own export name -> getter
    this.namespace = null;
    this.promise = undefined; // pending evaluation of an async graph
    this.async = false;
    this.exportsValue = undefined; // commonjs/builtin/json: the exports object
    this.cjsNames = null;
    this.setters = null; // imported local name -> setter of the module's binding
    this.dependents = []; // links reading this module's exports: [setter, getter]
  }
}

function stripBOM(s) { return s.charCodeAt(0) === 0xFEFF ? s.slice(1) : s; }

function readSource(filename) {
  return stripBOM(fsb.readFile(filename, 0, true));
}

// Compiles module source into its generator-producing wrapper.
function compileModule(record, source) {
  const info = lex(source, true);
  record.info = info;
  let body = applyEdits(source, info.edits);
  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) {
    const nl = body.indexOf('\n');
    body = (nl === -1 ? '' : body.slice(nl));
  }
  let exps = '';
  for (const [exported, local] of info.localExports) exps += `${JSON.stringify(exported)}: () => ${local},`;
  // Imported bindings: locals of the wrapper, set by the loader (see refreshLinks).
  const locals = [...new Set(info.imports.map((i) => i.local))];
  const decl = locals.length > 0 ? `let ${locals.join(', ')}; ` : '';
  const setters = locals.map((l) => `(__v) => { ${l} = __v; }`).join(', ');
  const tail = `\n}, [${setters}]]; })`;
  const head = (isAsync) => `(function (__nodec_exp, __nodec_meta, __nodec_import) { 'use strict'; ${decl}` +
    `return [${isAsync ? 'async ' : ''}function* () { __nodec_exp({${exps}}); yield; `;
  require('internal/process/execution').registerSource(record.url, source);
  const wrapper = compileWrapper(info, head, body, tail, record.url);
  if (info.imports.length > 0) record.sourceText = source; // for link error reports
  if (wrapper.isAsync) {
    record.async = true;
    record.source = source;
  }
  let meta;
  if (info.hasMeta) meta = makeMeta(record);
  const dynImport = info.hasDynamicImport ? makeDynamicImport(record.url) : undefined;
  const [genFn, setterList] = wrapper((getters) => {
    for (const name in getters) {
      record.getters.set(name, getters[name]);
      getterOwner.set(getters[name], record);
    }
  }, meta, dynImport);
  record.setters = new Map();
  for (let i = 0; i < locals.length; i++) record.setters.set(locals[i], setterList[i]);
  record.gen = genFn();
  const first = record.gen.next();
  if (record.async) {
    // An async generator runs to its first yield synchronously.
    first.then(undefined, () => {});
  }
  if (info.defaultNeedsName) {
    try {
      const v = record.getters.get('default')();
      if (typeof v === 'function') Object.defineProperty(v, 'name', { value: 'default', configurable: true });
    } catch { /* a class: still in its TDZ */ }
  }
}

// Evaluates the wrapper script (a sync generator; an async one when top-level await needs it).
function compileWrapper(info, head, body, tail, url) {
  if (info.maybeTLA) {
    try {
      return contextify.runInThisContext(head(false) + body + tail, url);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      const w = contextify.runInThisContext(head(true) + body + tail, url);
      w.isAsync = true;
      return w;
    }
  }
  return contextify.runInThisContext(head(false) + body + tail, url);
}

// nodec --check on an ES module: translate and compile, run nothing.
function checkModuleSyntax(source, filename) {
  const info = lex(source, true);
  let body = applyEdits(source, info.edits);
  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) {
    const nl = body.indexOf('\n');
    body = (nl === -1 ? '' : body.slice(nl));
  }
  const head = (isAsync) => `(function () { 'use strict'; return ${isAsync ? 'async ' : ''}function* () { `;
  compileWrapper(info, head, body, '\n}; })', pathToFileURL(filename).href);
}

function makeMeta(record) {
  const meta = Object.create(null);
  if (record.filename !== undefined) {
    meta.dirname = path.dirname(record.filename);
    meta.filename = record.filename;
  }
  meta.main = mainURL === record.url;
  meta.resolve = function resolve(specifier) {
    specifier = `${specifier}`;
    try {
      return resolveURL(specifier, record.url).url;
    } catch (e) {
      // A relative or absolute path resolves to its URL whether or not the file exists.
      if ((e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          (/^\.{0,2}\//.test(specifier) || specifier.startsWith('file:'))) {
        return new (require('internal/url').URL)(specifier, record.url).href;
      }
      throw e;
    }
  };
  meta.url = record.url;
  return meta;
}

function makeDynamicImport(referrerURL) {
  return function importModule(specifier, options) {
    return dynamicImport(specifier, options, referrerURL);
  };
}

function checkAttributes(attributes, r, specifier) {
  const type = attributes && attributes.type;
  if (attributes) {
    for (const key of Object.keys(attributes)) {
      if (key !== 'type') {
        const { ERR_IMPORT_ATTRIBUTE_UNSUPPORTED } = errors();
        throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key], r.url);
      }
    }
  }
  if (r.format === 'json') {
    if (type !== 'json') {
      const { ERR_IMPORT_ATTRIBUTE_MISSING } = errors();
      throw new ERR_IMPORT_ATTRIBUTE_MISSING(r.url, 'type', 'json');
    }
  } else if (type !== undefined) {
    if (type === 'json') {
      const { ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE } = errors();
      throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(r.url, type);
    }
    const { ERR_IMPORT_ATTRIBUTE_UNSUPPORTED } = errors();
    throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, r.url);
  }
}

// Record for a resolved { url, format, filename }: created and compiled once.
function getRecord(r, sourceOverride) {
  let record = registry.get(r.url);
  if (record !== undefined) return record;
  let format = r.format;
  record = new ModuleRecord(r.url, format, r.filename);
  registry.set(r.url, record);
  try {
    if (r.url.startsWith('data:')) {
      loadDataURL(record);
    } else if (format === 'commonjs-detect') {
      const source = sourceOverride ?? readSource(r.filename);
      format = record.format = detectModuleSyntax(source, r.filename) ? 'module' : 'commonjs';
      if (format === 'module') compileModule(record, source);
    } else if (format === 'module') {
      compileModule(record, sourceOverride ?? readSource(r.filename));
    } else if (format === 'addon') {
      const { ERR_UNKNOWN_FILE_EXTENSION } = errors();
      throw new ERR_UNKNOWN_FILE_EXTENSION('.node', r.filename);
    }
  } catch (e) {
    registry.delete(r.url);
    throw e;
  }
  return record;
}

function loadDataURL(record) {
  const m = /^data:([^,;]*)(;[^,]*)?,(.*)$/s.exec(record.url);
  if (!m) {
    const { ERR_INVALID_URL } = errors();
    throw new ERR_INVALID_URL(record.url);
  }
  const isBase64 = m[2] && m[2].includes(';base64');
  const text = isBase64 ? Buffer.from(decodeURIComponent(m[3]), 'base64').toString() : decodeURIComponent(m[3]);
  const mime = m[1];
  record.filename = undefined;
  if (mime === 'text/javascript' || mime === 'application/javascript') {
    record.format = 'module';
    compileModule(record, text);
  } else if (mime === 'application/json') {
    record.format = 'json';
    record.source = text;
  } else {
    const { ERR_UNKNOWN_MODULE_FORMAT } = errors();
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, record.url);
  }
}

// node 24's syntax detection for a .js file with no "type": ESM syntax that fails as CommonJS.
function detectModuleSyntax(source, filename) {
  if (!/\b(import|export)\b/.test(source)) return false;
  try {
    contextify.checkSyntax(source, filename);
    return false;
  } catch (e) {
    if (!(e instanceof SyntaxError)) return false;
  }
  try {
    const info = lex(source, true);
    return info.requests.length > 0 || info.localExports.length > 0 || info.hasMeta || info.maybeTLA ||
      info.starExports.length > 0 || info.indirectExports.length > 0;
  } catch {
    return false;
  }
}

// Loads the graph below `record` (compiling every ES module once), then links it.
function loadGraph(root) {
  const todo = [root];
  const seen = new Set([root]);
  while (todo.length > 0) {
    const record = todo.pop();
    if (record.deps !== null || record.format !== 'module') continue;
    const deps = [];
    const info = record.info;
    for (const req of info.requests) {
      const r = resolve(req.specifier, record.url);
      checkAttributes(req.attributes, r, req.specifier);
      const dep = getRecord(r);
      deps.push(dep);
      if (!seen.has(dep)) { seen.add(dep); todo.push(dep); }
    }
    record.deps = deps;
  }
  for (const record of seen) if (record.format === 'module' && record.status === 'new') link(record);
}

// Imported bindings are the importer's own locals (fast: no dynamic scope), given the exporter's
// current value at link time and again whenever the exporter finishes evaluating (so cycles and
// hoisted functions work). Namespace objects are fully live.
function link(record) {
  const info = record.info;
  for (const imp of info.imports) {
    const dep = record.deps[imp.request];
    const setter = record.setters.get(imp.local);
    let getter;
    let owner = dep;
    if (imp.name === '*') {
      getter = () => getNamespace(dep);
    } else {
      getter = resolveExport(dep, imp.name, new Set());
      if (getter === null || getter === 'ambiguous') throw missingExport(dep, imp, getter === 'ambiguous', record);
      owner = getterOwner.get(getter) ?? dep;
    }
    owner.dependents.push([setter, getter]);
    if (owner.status === 'evaluated' || (owner.format === 'module' && !(imp.name === '*' && hasCommonJSStar(dep)))) {
      refreshOne(setter, getter);
    }
  }
  record.status = 'linked';
}

// A namespace built before a star-exported CommonJS module has run would miss its names.
function hasCommonJSStar(record) {
  for (const request of record.info.starExports) {
    const dep = record.deps[request];
    if (dep.format === 'commonjs' && dep.status !== 'evaluated') return true;
    if (dep.format === 'module' && hasCommonJSStar(dep)) return true;
  }
  return false;
}

function refreshOne(setter, getter) {
  let v;
  try { v = getter(); } catch { return; } // still in its temporal dead zone
  setter(v);
}

function refreshLinks(record) {
  const links = record.dependents;
  for (let i = 0; i < links.length; i++) refreshOne(links[i][0], links[i][1]);
}

function missingExport(dep, imp, ambiguous, importer) {
  const spec = importer.info.requests[imp.request]?.specifier ?? dep.url;
  const name = imp.name;
  const err = ambiguous ?
    new SyntaxError(`The requested module '${spec}' contains conflicting star exports for name '${name}'`) :
    new SyntaxError(`The requested module '${spec}' does not provide an export named '${name}'`);
  // Point the uncaught-error report at the import, as node does.
  if (imp.at !== undefined && importer.sourceText !== undefined) {
    const src = importer.sourceText;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < imp.at; i++) if (src.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
    for (const [k, v] of [['line', line], ['column', imp.at - lineStart + 1], ['sourceURL', importer.url]]) {
      Object.defineProperty(err, k, { value: v, configurable: true, writable: true, enumerable: false });
    }
  }
  return err;
}

// The getter of `name` exported by `record` (following re-exports), null, or 'ambiguous'.
function resolveExport(record, name, resolveSet) {
  if (record.format !== 'module') return foreignGetter(record, name);
  const key = record.url + '\0' + name;
  if (resolveSet.has(key)) return null;
  resolveSet.add(key);
  const own = record.getters.get(name);
  if (own !== undefined) return own;
  const info = record.info;
  for (const [exported, request, importName] of info.indirectExports) {
    if (exported !== name) continue;
    const dep = record.deps[request];
    if (importName === '*') return () => getNamespace(dep);
    return resolveExport(dep, importName, resolveSet);
  }
  if (name === 'default') return null;
  let found = null;
  let cjsStar = null;
  for (const request of info.starExports) {
    const dep = record.deps[request];
    if (dep.format === 'commonjs' && dep.status !== 'evaluated') {
      // Names of CommonJS modules are known once they have run: a fallback only.
      cjsStar ??= dep;
      continue;
    }
    if (dep.format === 'commonjs') {
      const e = dep.exportsValue;
      if (e == null || (typeof e !== 'object' && typeof e !== 'function') || !Object.prototype.hasOwnProperty.call(e, name)) continue;
    }
    const r = resolveExport(dep, name, resolveSet);
    if (r === 'ambiguous') return r;
    if (r !== null) {
      if (found === null) found = r;
      else if (found !== r) return 'ambiguous';
    }
  }
  if (found === null && cjsStar !== null) return resolveExport(cjsStar, name, resolveSet);
  return found;
}

// commonjs / builtin / json exports: getters reading the exports object (live for builtins).
function foreignGetter(record, name) {
  let g = record.getters.get(name);
  if (g !== undefined) return g;
  if (record.format === 'builtin') {
    ensureForeignEvaluated(record);
    const exp = record.exportsValue;
    if (name === 'default') g = () => exp;
    else if (exp !== null && (typeof exp === 'object' || typeof exp === 'function') &&
             Object.prototype.hasOwnProperty.call(exp, name)) g = () => exp[name];
    else return null;
  } else if (record.format === 'json') {
    if (name !== 'default') return null;
    g = () => record.exportsValue;
  } else {
    if (name === 'default' || name === 'module.exports') g = () => record.exportsValue;
    else g = () => { const e = record.exportsValue; return e == null ? undefined : e[name]; };
  }
  record.getters.set(name, g);
  getterOwner.set(g, record);
  return g;
}

function ensureForeignEvaluated(record) {
  if (record.status === 'evaluated') return;
  if (record.status === 'errored') throw record.error;
  if (record.status === 'evaluating') return;
  record.status = 'evaluating';
  try {
    if (record.format === 'builtin') {
      record.exportsValue = require('internal/bootstrap/realm').requireBuiltin(
        require('internal/modules/cjs/loader').Module.isBuiltin(record.url) ? builtinId(record.url) : record.url.slice(5));
    } else if (record.format === 'json') {
      const text = record.source ?? readSource(record.filename);
      try {
        record.exportsValue = JSON.parse(text);
      } catch (e) {
        e.message = `${record.filename || record.url}: ${e.message}`;
        throw e;
      }
    } else {
      const { Module } = cjsLoader();
      const cached = Module._cache[record.filename];
      if (cached !== undefined) {
        record.cjsModule = cached;
        record.exportsValue = cached.exports;
      } else {
        const m = new Module(record.filename, null);
        record.cjsModule = m;
        Module._cache[record.filename] = m;
        let threw = true;
        try {
          m.load(record.filename);
          threw = false;
        } finally {
          if (threw) delete Module._cache[record.filename];
        }
        record.exportsValue = m.exports;
      }
    }
    record.status = 'evaluated';
  } catch (e) {
    record.status = 'errored';
    record.error = e;
    throw e;
  }
  refreshLinks(record);
}

function builtinId(url) {
  const id = url.slice(5);
  return id;
}

function exportedNames(record, starSet) {
  if (record.format !== 'module') {
    ensureForeignEvaluated(record);
    const names = ['default'];
    const exp = record.exportsValue;
    if (record.format === 'commonjs') names.push('module.exports');
    if (record.format !== 'json' && exp !== null && (typeof exp === 'object' || typeof exp === 'function')) {
      for (const k of Object.keys(exp)) if (k !== 'default') names.push(k);
    }
    return names;
  }
  if (starSet.has(record)) return [];
  starSet.add(record);
  const names = [];
  for (const name of record.getters.keys()) names.push(name);
  for (const [exported] of record.info.indirectExports) names.push(exported);
  for (const request of record.info.starExports) {
    for (const n of exportedNames(record.deps[request], starSet)) {
      if (n !== 'default' && n !== 'module.exports' && !names.includes(n)) names.push(n);
    }
  }
  return names;
}

function getNamespace(record) {
  if (record.namespace !== null) return record.namespace;
  if (record.format !== 'module') ensureForeignEvaluated(record);
  const ns = Object.create(null);
  const names = [...new Set(exportedNames(record, new Set()))].sort();
  for (const name of names) {
    const g = resolveExport(record, name, new Set());
    if (g === null || g === 'ambiguous') continue;
    Object.defineProperty(ns, name, { get: g, enumerable: true, configurable: false });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.defineProperty(ns, kNamespaceMarker, { value: true });
  Object.preventExtensions(ns);
  record.namespace = ns;
  return ns;
}

// Evaluates the graph under `record` in post-order. Returns undefined when everything ran
// synchronously, or a promise for the end of an asynchronous (top-level await) evaluation.
function evaluate(record) {
  switch (record.status) {
    case 'evaluated': return record.promise;
    case 'errored': throw record.error;
    case 'evaluating': return record.promise;
  }
  if (record.format !== 'module') {
    ensureForeignEvaluated(record);
    return undefined;
  }
  record.status = 'evaluating';
  try {
    let pending = null;
    for (const dep of record.deps) {
      const p = evaluate(dep);
      if (p !== undefined) (pending ??= []).push(p);
    }
    if (pending !== null) {
      record.promise = Promise.all(pending).then(() => runBody(record)).then(() => {
        record.status = 'evaluated';
        refreshLinks(record);
      }, (e) => { record.status = 'errored'; record.error = e; throw e; });
      return record.promise;
    }
    const r = runBody(record);
    if (r !== undefined) {
      record.promise = r.then(() => {
        record.status = 'evaluated';
        refreshLinks(record);
      }, (e) => { record.status = 'errored'; record.error = e; throw e; });
      return record.promise;
    }
    record.status = 'evaluated';
    refreshLinks(record);
    return undefined;
  } catch (e) {
    record.status = 'errored';
    record.error = e;
    throw e;
  }
}

function runBody(record) {
  const gen = record.gen;
  record.gen = null;
  if (record.async) return gen.next().then(() => nameDefault(record));
  gen.next();
  nameDefault(record);
  return undefined;
}

// `export default class {}` is named 'default', as in node.
function nameDefault(record) {
  if (!record.info.defaultNeedsName) return;
  try {
    const v = record.getters.get('default')();
    if (typeof v === 'function' && v.name === '__nodec_default') {
      Object.defineProperty(v, 'name', { value: 'default', configurable: true });
    }
  } catch { /* not initialized */ }
}

// ---- entry points ------------------------------------------------------------------------

function loadAndEvaluate(r, attributes, sourceOverride) {
  checkAttributes(attributes, r);
  const record = getRecord(r, sourceOverride);
  loadGraph(record);
  const p = evaluate(record);
  return { record, promise: p };
}

function dynamicImport(specifier, options, referrerURL) {
  return new Promise((resolvePromise, reject) => {
    let attributes;
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw new TypeError('The second argument to import() must be an object');
      }
      attributes = options.with ?? options.assert;
    }
    const r = resolve(`${specifier}`, referrerURL);
    const { record, promise } = loadAndEvaluate(r, attributes);
    if (promise !== undefined) promise.then(() => resolvePromise(getNamespace(record)), reject);
    else resolvePromise(getNamespace(record));
  });
}

// import() from CommonJS / scripts: the referrer is a file path (or undefined for eval code).
function importFromPath(specifier, options, filename) {
  let referrer;
  try {
    referrer = filename && path.isAbsolute(filename) ? pathToFileURL(filename).href : pathToFileURL(path.join(process.cwd(), '[eval]')).href;
  } catch {
    referrer = undefined;
  }
  return dynamicImport(specifier, options, referrer);
}

// Source of a CommonJS module or script with its `import(` calls pointed at __nodec_import.
function transformDynamicImport(source) {
  try {
    const info = lex(source, false);
    if (!info.hasDynamicImport) return null;
    return applyEdits(source, info.edits.filter((e) => e[2] === '__nodec_import'));
  } catch {
    return null;
  }
}

// require() of an ES module: its namespace (or its 'module.exports' export).
function requireESM(filename, parentFilename) {
  const url = pathToFileURL(filename).href;
  const r = { url, filename, format: 'module' };
  const record = getRecord(r);
  loadGraph(record);
  if (graphIsAsync(record, new Set())) {
    const { ERR_REQUIRE_ASYNC_MODULE } = errors();
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  evaluate(record);
  const ns = getNamespace(record);
  if (record.getters.has('module.exports')) return ns['module.exports'];
  if (!('default' in ns) || '__esModule' in ns) return ns;
  // node: a module with a default export is returned with __esModule: true added, for transpiled
  // CommonJS consumers.
  if (record.requireNamespace === undefined) {
    const wrapped = Object.create(null);
    const names = Object.keys(ns).concat('__esModule').sort();
    for (const name of names) {
      if (name === '__esModule') Object.defineProperty(wrapped, name, { value: true, enumerable: true });
      else Object.defineProperty(wrapped, name, Object.getOwnPropertyDescriptor(ns, name));
    }
    Object.defineProperty(wrapped, Symbol.toStringTag, { value: 'Module' });
    Object.defineProperty(wrapped, kNamespaceMarker, { value: true });
    Object.preventExtensions(wrapped);
    record.requireNamespace = wrapped;
  }
  return record.requireNamespace;
}

function graphIsAsync(record, seen) {
  if (seen.has(record)) return false;
  seen.add(record);
  if (record.async && record.status !== 'evaluated') return true;
  if (record.deps) for (const d of record.deps) if (graphIsAsync(d, seen)) return true;
  return false;
}

// The main entry as an ES module. Errors are reported as uncaught exceptions.
function runMainESM(filename, sourceOverride, urlOverride) {
  const url = urlOverride ?? pathToFileURL(filename).href;
  const r = { url, filename, format: 'module' };
  mainURL = url;
  const { record, promise } = loadAndEvaluate(r, undefined, sourceOverride);
  if (promise !== undefined) watchMainPromise(record, promise);
}

function watchMainPromise(record, promise) {
  let settled = false;
  promise.then(() => { settled = true; }, (e) => {
    settled = true;
    require('internal/process/execution').fatalException(e, false);
  });
  let sawBeforeExit = false;
  process.on('beforeExit', () => { sawBeforeExit = true; });
  process.prependListener('exit', () => {
    if (settled || !sawBeforeExit) return;
    let where = record.url;
    const positions = record.info ? record.info.tlaPositions : [];
    if (positions.length === 1 && typeof record.source === 'string') {
      // The one top-level await of the main module: node's "url:line / source / caret" block.
      const src = record.source;
      const lineStart = src.lastIndexOf('\n', positions[0] - 1) + 1;
      let lineEnd = src.indexOf('\n', positions[0]);
      if (lineEnd === -1) lineEnd = src.length;
      let line = 1;
      for (let i = 0; i < lineStart; i++) if (src.charCodeAt(i) === 10) line++;
      where += `:${line}\n${src.slice(lineStart, lineEnd)}\n${' '.repeat(positions[0] - lineStart)}^\n\n\n`;
    }
    internalBinding('stdio').writeSync(2, `Warning: Detected unsettled top-level await at ${where}\n`);
    process.exitCode = 13;
  });
}

function isNamespace(v) {
  return v !== null && typeof v === 'object' && v[kNamespaceMarker] === true;
}

module.exports = {
  runMainESM, requireESM, checkModuleSyntax, dynamicImport, importFromPath, transformDynamicImport, isNamespace,
  detectModuleSyntax, registry, fileURLToPath,
};
