'use strict';
// CommonJS, node's algorithm (https://nodejs.org/api/modules.html#all-together): builtins, relative
// and absolute paths, package.json "main" and "exports"/"imports" with conditions, node_modules
// lookup up the tree, the require cache, and the module wrapper.

const path = require('path');
const fsb = internalBinding('fs');
const contextify = internalBinding('contextify');
const { BuiltinModule, runtimeOptions } = require('internal/bootstrap/realm');
const { markWrapped } = require('internal/error_stack');
const { readPackage, readPackageScope } = require('internal/modules/package_json_reader');
function resolveExports(...args) { return require('internal/modules/exports_resolve').resolveExports(...args); }
function resolveImports(...args) { return require('internal/modules/exports_resolve').resolveImports(...args); }

const kIsMainSymbol = Symbol('kIsMainSymbol');
const requireConditions = new Set(['require', 'node', 'module-sync', 'default', 'node-addons']);
for (let i = 0; i < runtimeOptions.execArgv.length; i++) {
  const a = runtimeOptions.execArgv[i];
  if (a.startsWith('--conditions=')) requireConditions.add(a.slice(13));
  else if ((a === '--conditions' || a === '-C') && runtimeOptions.execArgv[i + 1]) requireConditions.add(runtimeOptions.execArgv[i + 1]);
}
const preserveSymlinks = runtimeOptions.execArgv.includes('--preserve-symlinks');

function lazyErrors() { return require('internal/errors'); }

// ---- filesystem probes (cached per resolution burst; the cache is cleared after each _load)
let statCache = null;
function stat(filename) {
  if (statCache !== null) {
    const r = statCache.get(filename);
    if (r !== undefined) return r;
  }
  const r = fsb.internalModuleStat(filename);
  if (statCache !== null) statCache.set(filename, r);
  return r;
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let r = realpathCache.get(requestPath);
  if (r === undefined) {
    try { r = fsb.realpath(requestPath); } catch { r = requestPath; }
    realpathCache.set(requestPath, r);
  }
  return r;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children && !parent.children.includes(this)) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = BuiltinModule.publicIds.filter((id) => !id.startsWith('internal') && !onlyWithScheme(id));
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

function onlyWithScheme(id) {
  return id === 'test' || id === 'test/reporters' || id === 'sqlite' || id === 'sea' || id.startsWith('test/');
}

Module.isBuiltin = function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  if (name.startsWith('node:')) return BuiltinModule.canBeRequiredByUsers(name.slice(5)) && !name.slice(5).startsWith('internal/');
  return !onlyWithScheme(name) && !name.startsWith('internal/') && BuiltinModule.canBeRequiredByUsers(name);
};

function builtinFor(request) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (BuiltinModule.canBeRequiredByUsers(id) && (!id.startsWith('internal/') || runtimeOptions.exposeInternals)) return id;
    const { ERR_UNKNOWN_BUILTIN_MODULE } = lazyErrors().codes;
    throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  if (onlyWithScheme(request)) return null;
  if (BuiltinModule.canBeRequiredByUsers(request)) return request;
  return null;
}

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  for (let i = from.length - 1, p = 0; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== 'node_modules'.length || from.slice(i + 1, end) !== 'node_modules') {
        paths.push(from.slice(0, end) + '/node_modules');
      }
      end = i;
      p = 0;
    } else if (p !== -1) {
      p = code === 'node_modules'.charCodeAt('node_modules'.length - 1 - p) ? p + 1 : -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

Module._initPaths = function initPaths() {
  const home = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  Module.globalPaths = paths.slice();
};

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (builtinFor(request) !== null) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    if (!parent?.paths && !parent?.filename) paths = Module._nodeModulePaths('.').concat(Module.globalPaths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (preserveSymlinks && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

// "exports" of a package found in a node_modules directory.
function resolveExportsIn(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return undefined;
  const pkgDir = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgDir);
  if (pkg?.exports == null) return undefined;
  return finalizeExportsPath(resolveExports(pkgDir, '.' + (m[2] || ''), pkg, requireConditions), request);
}

function finalizeExportsPath(resolved, request) {
  const actual = tryFile(resolved) || tryExtensions(resolved, Object.keys(Module._extensions));
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

// A package requiring itself by name, through its own "exports".
function resolveSelf(parentPath, request) {
  const scope = readPackageScope(parentPath);
  if (!scope || scope.data.exports == null || typeof scope.data.name !== 'string') return false;
  const name = scope.data.name;
  if (request !== name && !request.startsWith(name + '/')) return false;
  const resolved = resolveExports(scope.dir, '.' + request.slice(name.length), scope.data, requireConditions);
  return finalizeExportsPath(resolved, request);
}

Module._findPath = function findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  let exts;
  const trailingSlash = request.length > 0 && (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
    request === '.' || request === '..');
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    // A node_modules directory that does not exist is skipped; a relative base is used as given
    // (its directory may even be gone: node resolves against it all the same).
    if (!isRelative && !absoluteRequest && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      const exportsResolved = resolveExportsIn(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = preserveSymlinks && !isMain ? path.resolve(basePath) : toRealPath(basePath);
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    require('internal/validators').validateString(request, 'request');
  }
  const builtin = builtinFor(request);
  if (builtin !== null) return request.startsWith('node:') ? request : builtin;
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
    if (isRelative) {
      paths = options.paths;
    } else {
      const fake = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fake.paths = Module._nodeModulePaths(p);
        const lookup = Module._resolveLookupPaths(request, fake);
        for (const lp of lookup) if (!paths.includes(lp)) paths.push(lp);
      }
    }
  } else if (options?.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
  }
  if (request[0] === '#' && parent?.filename) {
    const scope = readPackageScope(parent.filename);
    if (scope && scope.data.imports != null) {
      const resolved = resolveImports(scope.dir, request, scope.data, requireConditions, parent.filename);
      return finalizeExportsPath(resolved, request);
    }
  }
  if (parent?.filename) {
    const self = resolveSelf(parent.filename, request);
    if (self) return self;
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent] ?? cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};
const kParent = Symbol('kParent');

Module._load = function load(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached);
        if (!cached.loaded) return getExportsForCircularRequire(cached);
        return cached.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }
  if (request.startsWith('node:')) {
    const id = builtinFor(request);
    return require('internal/bootstrap/realm').requireBuiltin(id);
  }
  const outer = statCache === null;
  if (outer) statCache = new Map();
  let filename;
  try {
    filename = Module._resolveFilename(request, parent, isMain);
  } finally {
    if (outer) statCache = null;
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached);
    if (parent) relativeResolveCache[relResolveCacheIdentifier] = filename;
    if (!cached.loaded) return getExportsForCircularRequire(cached);
    return cached.exports;
  }
  const builtin = builtinFor(filename);
  if (builtin !== null) return require('internal/bootstrap/realm').requireBuiltin(builtin);

  const module = new Module(filename, parent);
  module[kParent] = parent;
  if (isMain) {
    setMainModule(module);
    module.id = '.';
    module[kIsMainSymbol] = true;
  }
  Module._cache[filename] = module;
  if (parent) relativeResolveCache[relResolveCacheIdentifier] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};
const relativeResolveCache = Object.create(null);

function updateChildren(parent, child) {
  const children = parent?.children;
  if (children && !children.includes(child)) children.push(child);
}

function getExportsForCircularRequire(module) {
  return module.exports;
}

let mainModule;
function setMainModule(module) {
  mainModule = module;
  process.mainModule = module;
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') require_('internal/validators').validateString(id, 'id');
  if (id === '') {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};
const require_ = require;

const defaultWrapper = Module.wrapper.slice();
const defaultWrap = Module.wrap;

const kCompileError = Symbol('kCompileError');
Module.prototype._compile = function _compile(content, filename) {
  let fn;
  // `import(` in CommonJS: the lexer points the calls at a per-module function (sources without the
  // word never pay for lexing).
  let dynamicImport = false;
  if (content.includes('import') && /\bimport\s*\(/.test(content)) {
    const transformed = require_('internal/modules/esm/loader').transformDynamicImport(content);
    if (transformed !== null) {
      // A hoisted declaration at the end keeps a leading 'use strict' and every line and column.
      content = transformed + '\nfunction __nodec_import(s, o) { return require.__nodecImport(s, o); }';
      dynamicImport = true;
    }
  }
  try {
    if (Module.wrap !== defaultWrap || Module.wrapper[0] !== defaultWrapper[0] || Module.wrapper[1] !== defaultWrapper[1]) {
      // A program patched Module.wrap/wrapper (instrumentation does this): compile with its wrapper.
      fn = contextify.runInThisContext(Module.wrap(content), filename);
    } else {
      fn = contextify.compileFunction(content, filename);
      markWrapped(filename);
    }
  } catch (e) {
    if (e !== null && typeof e === 'object') {
      try { Object.defineProperty(e, kCompileError, { value: true, configurable: true }); } catch { /* frozen */ }
    }
    throw e;
  }
  const dirname = path.dirname(filename);
  const req = makeRequireFunction(this);
  if (dynamicImport) {
    Object.defineProperty(req, '__nodecImport', {
      value: (specifier, options) => require_('internal/modules/esm/loader').importFromPath(specifier, options, filename),
    });
  }
  return fn.call(this.exports, this.exports, req, this, filename, dirname);
};

function makeRequireFunction(mod) {
  const require = function require(path) { return mod.require(path); };
  function resolve(request, options) {
    if (typeof request !== 'string') require_('internal/validators').validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') require_('internal/validators').validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._extensions['.js'] = function loadJS(module, filename) {
  let type;
  if (filename.endsWith('.mjs')) {
    type = 'module';
  } else if (filename.endsWith('.js')) {
    const scope = readPackageScope(filename);
    type = scope?.data?.type;
  }
  if (type === 'module') {
    loadESMFromCJS(module, filename);
    return;
  }
  const content = fsb.readFile(filename, 0, true);
  try {
    module._compile(stripBOM(content), filename);
  } catch (e) {
    // node 24's syntax detection: a .js file outside any "type" whose CommonJS compile fails on
    // ES module syntax is an ES module.
    if (type === undefined && filename.endsWith('.js') && e instanceof SyntaxError && e[kCompileError] &&
        require_('internal/modules/esm/loader').detectModuleSyntax(stripBOM(content), filename)) {
      loadESMFromCJS(module, filename);
      return;
    }
    throw e;
  }
};

function loadESMFromCJS(module, filename) {
  const esm = require_('internal/modules/esm/loader');
  if (module[kIsMainSymbol]) {
    mainModule = undefined;
    process.mainModule = undefined;
    esm.runMainESM(filename);
    return;
  }
  module.exports = esm.requireESM(filename, module?.parent?.filename);
}

Module._extensions['.json'] = function loadJSON(module, filename) {
  const content = fsb.readFile(filename, 0, true);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': nodec does not support Node-API addons yet`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (filename instanceof URL || (typeof filename === 'string' && filename.startsWith('file:'))) {
    filepath = require_('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.register = function register() {};
Module.enableCompileCache = function enableCompileCache() { return { status: 3, message: 'unsupported' }; };
Module.getCompileCacheDir = function getCompileCacheDir() { return undefined; };
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.constants = Object.freeze({ compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }) });
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  const start = base ? path.dirname(typeof base === 'string' && base.startsWith('file:') ? require_('url').fileURLToPath(base) : base) : process.cwd();
  const scope = readPackageScope(path.resolve(start, specifier || '.', 'x'));
  return scope ? path.join(scope.dir, 'package.json') : undefined;
};

// Module._stat(path): 0 file, 1 directory, negative otherwise (node exposes it).
Module._stat = function _stat(filename) {
  return fsb.internalModuleStat(path.toNamespacedPath(`${filename}`));
};

Module._initPaths();

module.exports = { Module, makeRequireFunction, kIsMainSymbol };
