'use strict';
// node's ESM resolver: specifier + parent URL -> { url, format }.

const path = require('path');
const fsb = internalBinding('fs');
const { readPackage, readPackageScope } = require('internal/modules/package_json_reader');
const { resolveExports, resolveImports } = require('internal/modules/exports_resolve');
const { pathToFileURL, fileURLToPath, URL } = require('internal/url');

function errors() { return require('internal/errors').codes; }

const importConditions = new Set(['node', 'import', 'module-sync', 'node-addons', 'default']);

function isBuiltinId(id) {
  const { Module } = require('internal/modules/cjs/loader');
  if (Module.isBuiltin(id)) return true;
  const { BuiltinModule, runtimeOptions } = require('internal/bootstrap/realm');
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  return bare.startsWith('internal/') && runtimeOptions.exposeInternals === true && BuiltinModule.canBeRequiredByUsers(bare);
}

// 0 file, 1 directory, negative: missing.
function stat(p) { return fsb.internalModuleStat(p); }

function realpath(p) {
  try { return fsb.realpath(p); } catch { return p; }
}

function parentDisplay(parentURL) {
  if (!parentURL) return undefined;
  if (parentURL.startsWith('file:')) {
    try { return fileURLToPath(parentURL); } catch { return parentURL; }
  }
  return parentURL;
}

function isRelative(s) {
  return s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..' || s.startsWith('/');
}

// The format of a file URL's target, as node decides it.
function formatOf(filename, url) {
  const ext = path.extname(filename);
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.node': return 'addon';
    case '.js': case '': {
      const scope = readPackageScope(filename);
      const type = scope && scope.data ? scope.data.type : undefined;
      if (type === 'module') return 'module';
      if (type === 'commonjs') return 'commonjs';
      return ext === '' ? 'commonjs' : 'commonjs-detect';
    }
    default: {
      const { ERR_UNKNOWN_FILE_EXTENSION } = errors();
      throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
    }
  }
}

function finalizeFile(filename, specifier, parentURL) {
  const s = stat(filename);
  if (s === 1) {
    const { ERR_UNSUPPORTED_DIR_IMPORT } = errors();
    throw new ERR_UNSUPPORTED_DIR_IMPORT(filename, parentDisplay(parentURL), pathToFileURL(filename).href);
  }
  if (s !== 0) {
    const { ERR_MODULE_NOT_FOUND } = errors();
    const err = new ERR_MODULE_NOT_FOUND(filename, parentDisplay(parentURL), pathToFileURL(filename).href);
    throw err;
  }
  const real = require('internal/bootstrap/realm').runtimeOptions.execArgv.includes('--preserve-symlinks') ?
    filename : realpath(filename);
  return { url: pathToFileURL(real).href, filename: real, format: formatOf(real) };
}

function parsePackageName(specifier, parentURL) {
  let sep = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    const { ERR_INVALID_MODULE_SPECIFIER } = errors();
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', parentDisplay(parentURL));
  }
  return { name, subpath: '.' + (sep === -1 ? '' : specifier.slice(sep)) };
}

function legacyMain(pkgDir, pkg, parentURL) {
  const tries = [];
  if (pkg && typeof pkg.main === 'string') {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', path.join(m, 'index.js'), path.join(m, 'index.json'),
      path.join(m, 'index.node'));
  }
  tries.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  for (const t of tries) if (stat(t) === 0) return t;
  const { ERR_MODULE_NOT_FOUND } = errors();
  throw new ERR_MODULE_NOT_FOUND(pkgDir, parentDisplay(parentURL));
}

function packageResolve(specifier, parentURL, parentPath) {
  const { name, subpath } = parsePackageName(specifier, parentURL);
  // Self reference.
  const scope = readPackageScope(parentPath);
  if (scope && scope.data && scope.data.name === name && scope.data.exports != null) {
    return resolveExports(scope.dir, subpath, scope.data, importConditions, parentPath);
  }
  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (stat(pkgDir) === 1) {
      const pkg = readPackage(pkgDir);
      if (pkg && pkg.exports != null) return resolveExports(pkgDir, subpath, pkg, importConditions, parentPath);
      if (subpath === '.') return legacyMain(pkgDir, pkg, parentURL);
      return path.join(pkgDir, subpath);
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const { ERR_MODULE_NOT_FOUND } = errors();
  throw new ERR_MODULE_NOT_FOUND(name, parentDisplay(parentURL));
}

// resolve(specifier, parentURL) -> { url, filename?, format, builtin? }
function resolve(specifier, parentURL) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!isBuiltinId(specifier)) {
      const { ERR_UNKNOWN_BUILTIN_MODULE } = errors();
      throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return { url: specifier, format: 'builtin', builtin: id };
  }
  if (!isRelative(specifier) && !specifier.startsWith('#') && isBuiltinId(specifier)) {
    return { url: 'node:' + specifier, format: 'builtin', builtin: specifier };
  }
  const parentPath = parentURL && parentURL.startsWith('file:') ? fileURLToPath(parentURL) : path.join(process.cwd(), '[eval]');
  let filename;
  if (isRelative(specifier)) {
    const u = new URL(specifier, parentURL && parentURL.startsWith('file:') ? parentURL : pathToFileURL(parentPath).href);
    filename = fileURLToPath(u);
  } else if (specifier.startsWith('#')) {
    const scope = readPackageScope(parentPath);
    if (!scope || !scope.data) {
      const { ERR_PACKAGE_IMPORT_NOT_DEFINED } = errors();
      throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, undefined, parentPath);
    }
    filename = resolveImports(scope.dir, specifier, scope.data, importConditions, parentPath);
  } else {
    let u = null;
    try { u = new URL(specifier); } catch { /* bare */ }
    if (u !== null) {
      if (u.protocol === 'file:') filename = fileURLToPath(u);
      else if (u.protocol === 'data:') {
        return { url: u.href, format: /^data:application\/json[,;]/.test(u.href) ? 'json' : 'data' };
      }
      else if (u.protocol === 'node:') return resolve('node:' + u.pathname, parentURL);
      else {
        const { ERR_UNSUPPORTED_ESM_URL_SCHEME } = errors();
        throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(u, ['file', 'data', 'node']);
      }
    } else {
      filename = packageResolve(specifier, parentURL, parentPath);
    }
  }
  if (filename === undefined || filename === null) {
    const { ERR_MODULE_NOT_FOUND } = errors();
    throw new ERR_MODULE_NOT_FOUND(specifier, parentDisplay(parentURL));
  }
  if (typeof filename === 'string' && filename.startsWith('node:')) return resolve(filename, parentURL);
  if (!path.isAbsolute(filename) && isBuiltinId(filename)) return { url: 'node:' + filename, format: 'builtin', builtin: filename };
  return finalizeFile(filename, specifier, parentURL);
}

module.exports = { resolve, formatOf };
