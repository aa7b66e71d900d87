'use strict';
// package.json "exports" and "imports" resolution (node's PACKAGE_EXPORTS_RESOLVE algorithm),
// returning absolute file paths for CommonJS.

const path = require('path');

function errors() { return require('internal/errors').codes; }

function isConditionalSugar(exports, pjsonPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditional = false;
  for (let i = 0; i < keys.length; i++) {
    const cur = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) isConditional = cur;
    else if (isConditional !== cur) {
      const { ERR_INVALID_PACKAGE_CONFIG } = errors();
      throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an ' +
        'object of package subpath keys or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)_(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function resolveTarget(pkgDir, target, subpath, patternMatch, isPathMap, isImports, conditions, pjsonPath, base) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        // A bare specifier in "imports": resolved as a package from the importer.
        const resolved = patternMatch !== null ? target.replaceAll('*', patternMatch) : target + subpath;
        const { Module } = require('internal/modules/cjs/loader');
        return Module._resolveFilename(resolved, { filename: base, paths: Module._nodeModulePaths(path.dirname(base)) });
      }
      const { ERR_INVALID_PACKAGE_TARGET } = errors();
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', subpath, target, isImports, base);
    }
    if (invalidSegment.test(target.slice(2))) {
      const { ERR_INVALID_PACKAGE_TARGET } = errors();
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', subpath, target, isImports, base);
    }
    const resolved = path.join(pkgDir, target);
    if (patternMatch === null) return resolved;
    if (invalidSegment.test(patternMatch)) {
      const { ERR_INVALID_MODULE_SPECIFIER } = errors();
      throw new ERR_INVALID_MODULE_SPECIFIER(subpath, `request is not a valid match in pattern "${subpath}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${pjsonPath}`, base);
    }
    return path.join(pkgDir, target.replaceAll('*', patternMatch));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(pkgDir, t, subpath, patternMatch, isPathMap, isImports, conditions, pjsonPath, base);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r === undefined) continue;
      if (r === null) { lastException = null; continue; }
      return r;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    for (const key of Object.keys(target)) {
      if (/^\d+$/.test(key)) {
        const { ERR_INVALID_PACKAGE_CONFIG } = errors();
        throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.has(key)) {
        const r = resolveTarget(pkgDir, target[key], subpath, patternMatch, isPathMap, isImports, conditions, pjsonPath, base);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  const { ERR_INVALID_PACKAGE_TARGET } = errors();
  throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', subpath, target, isImports, base);
}

function matchMap(map, key) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) return [map[key], null];
  let bestMatch = '';
  let bestSubpath;
  for (const k of Object.keys(map)) {
    const star = k.indexOf('*');
    if (star === -1 || k.indexOf('*', star + 1) !== -1) continue;
    const base = k.slice(0, star);
    if (key.startsWith(base) && key !== base) {
      const trailer = k.slice(star + 1);
      if (key.length >= k.length && key.endsWith(trailer) && patternKeyCompare(bestMatch, k) === 1) {
        bestMatch = k;
        bestSubpath = key.slice(star, key.length - trailer.length);
      }
    }
  }
  if (bestMatch) return [map[bestMatch], bestSubpath];
  return null;
}

function notExported(pkgDir, subpath, base) {
  const { ERR_PACKAGE_PATH_NOT_EXPORTED } = errors();
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', subpath, base);
}

// subpath is '.' or './x'; returns an absolute path or throws ERR_PACKAGE_PATH_NOT_EXPORTED.
function resolveExports(pkgDir, subpath, pkg, conditions, base) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports, pkg.pjsonPath)) exports = { '.': exports };
  const m = matchMap(exports, subpath);
  if (m !== null) {
    const r = resolveTarget(pkgDir, m[0], subpath, m[1], false, false, conditions, pkg.pjsonPath, base);
    if (r == null) throw notExported(pkgDir, subpath, base);
    return r;
  }
  throw notExported(pkgDir, subpath, base);
}

function resolveImports(pkgDir, name, pkg, conditions, base) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    const { ERR_INVALID_MODULE_SPECIFIER } = errors();
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  const imports = pkg.imports;
  if (imports !== null && typeof imports === 'object') {
    const m = matchMap(imports, name);
    if (m !== null) {
      const r = resolveTarget(pkgDir, m[0], name, m[1], true, true, conditions, pkg.pjsonPath, base);
      if (r != null) return r;
    }
  }
  const { ERR_PACKAGE_IMPORT_NOT_DEFINED } = errors();
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkg.pjsonPath, base);
}

module.exports = { resolveExports, resolveImports };
