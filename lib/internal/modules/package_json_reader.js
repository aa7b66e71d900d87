'use strict';
// package.json reading for the resolver, cached per directory.

const path = require('path');
const { readFileProbe } = internalBinding('modules');
const cache = new Map();

// The parsed package.json in `dir`, or undefined. Invalid JSON throws ERR_INVALID_PACKAGE_CONFIG.
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const text = readFileProbe(jsonPath);
  if (text === undefined) {
    cache.set(jsonPath, undefined);
    return undefined;
  }
  let data;
  try {
    const parsed = JSON.parse(text);
    data = {
      name: parsed.name, main: parsed.main, exports: parsed.exports, imports: parsed.imports, type: parsed.type,
      pjsonPath: jsonPath,
    };
  } catch (e) {
    const { ERR_INVALID_PACKAGE_CONFIG } = require('internal/errors').codes;
    throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, e.message);
  }
  cache.set(jsonPath, data);
  return data;
}

// The nearest package.json at or above the file's directory (stopping at node_modules roots).
function readPackageScope(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (dir.endsWith('/node_modules')) return false;
    const data = readPackage(dir);
    if (data !== undefined) return { dir, data };
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

module.exports = { readPackage, readPackageScope };
