'use strict';
// node:path/win32 — Windows path manipulation (usable on any host). Both '\' and
// '/' are separators; roots are a drive ('C:', 'C:\'), a UNC share
// ('\\server\share\') or, for normalize/resolve, a device namespace ('\\?\', '\\.\').

const { validateString } = require('internal/validators');

const BACKSLASH = 92;
const SLASH = 47;
const COLON = 58;
const DOT = 46;

function isSep(c) {
  return c === BACKSLASH || c === SLASH;
}

function isDriveLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

// Names Windows maps to devices whatever the directory ('CON:', 'com1:', ...).
const reservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL']);
function isReservedName(name) {
  const upper = name.toUpperCase();
  if (reservedNames.has(upper)) return true;
  if (upper.length !== 4) return false;
  const stem = upper.slice(0, 3);
  const n = upper[3];
  return (stem === 'COM' || stem === 'LPT') &&
    ((n >= '1' && n <= '9') || n === '\u00b9' || n === '\u00b2' || n === '\u00b3');
}

// First segment is a reserved device name followed by ':'.
function reservedPrefixLength(path) {
  const colon = path.indexOf(':');
  if (colon <= 0 || !isReservedName(path.slice(0, colon))) return -1;
  return colon + 1;
}

// A ':' ending a segment makes a relative path ambiguous with a drive/stream.
function hasColonAtSegmentEnd(path) {
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

// node also prefixes a colon-less path that is a device name plus any one
// character ('aux.', 'nul\\', 'nula'); matched for output compatibility.
function isReservedPlusOne(path) {
  return !path.includes(':') && isReservedName(path.slice(0, -1));
}

// Collapses '.', '..' and separator runs; output uses '\'.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  let kept = 0;
  const len = path.length;
  for (let i = 0, segStart = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const segLen = i - segStart;
    if (segLen === 0 || (segLen === 1 && path.charCodeAt(segStart) === DOT)) {
      // skip
    } else if (segLen === 2 && path.charCodeAt(segStart) === DOT &&
               path.charCodeAt(segStart + 1) === DOT) {
      if (out.length > kept) out.pop();
      else if (allowAboveRoot) { out.push('..'); kept++; }
    } else {
      out.push(path.slice(segStart, i));
    }
    segStart = i + 1;
  }
  return out.join('\\');
}

// Root of `path` the classic way: drive, UNC '\\server\share' or a single separator.
// uncOnly: the path is exactly '\\server\share' (no separator after the share).
function parseRoot(path) {
  const len = path.length;
  const r = { device: '', rootEnd: 0, absolute: false, uncOnly: false };
  if (len === 0) return r;
  const c0 = path.charCodeAt(0);
  if (isSep(c0)) {
    r.absolute = true;
    r.rootEnd = 1;
    if (len > 1 && isSep(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isSep(path.charCodeAt(j))) j++;
      if (j < len && j !== 2) {
        const server = path.slice(2, j);
        while (j < len && isSep(path.charCodeAt(j))) j++;
        const shareStart = j;
        if (j < len) {
          while (j < len && !isSep(path.charCodeAt(j))) j++;
          r.device = `\\\\${server}\\${path.slice(shareStart, j)}`;
          r.rootEnd = j;
          r.uncOnly = j === len;
        }
      }
    }
  } else if (hasDrive(path)) {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

// '\\?\' or '\\.\' followed by something: the Win32 device namespace.
function isNamespacePath(path) {
  if (path.length <= 4) return false;
  const c = path.charCodeAt(2);
  if (!isSep(path.charCodeAt(0)) || !isSep(path.charCodeAt(1)) ||
      (c !== 63 && c !== DOT) || !isSep(path.charCodeAt(3))) return false;
  for (let i = 4; i < path.length; i++) if (!isSep(path.charCodeAt(i))) return true;
  return false;
}

// Root as normalize/resolve see it (adds the device namespace).
function parseResolveRoot(path, forNormalize) {
  if (isNamespacePath(path)) {
    // '\\?\CON:' names the device itself: the root extends over it.
    const reservedEnd = forNormalize ? reservedPrefixLength(path.slice(4)) : -1;
    if (reservedEnd !== -1) {
      return { device: path.slice(0, 4 + reservedEnd).replaceAll('/', '\\'),
               rootEnd: 4 + reservedEnd, absolute: true, uncOnly: false };
    }
    return { device: `\\\\${path[2]}`, rootEnd: 4, absolute: true, uncOnly: false };
  }
  return parseRoot(path);
}

function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // Windows keeps a cwd per drive in the hidden '=X:' variables.
      path = process.env[`=${device}`] || process.cwd();
      if (path === undefined ||
          (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
           path.charCodeAt(2) === BACKSLASH)) {
        path = `${device}\\`;
      }
    }
    const root = parseResolveRoot(path, false);
    if (root.device.length > 0) {
      if (device.length > 0) {
        if (root.device.toLowerCase() !== device.toLowerCase()) continue; // other drive
      } else {
        device = root.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${path.slice(root.rootEnd)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = normalizeSegments(tail, !absolute);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) {
    return isSep(path.charCodeAt(0)) ? '\\' : path;
  }
  let root = parseResolveRoot(path, true);
  let reserved = false;
  if (root.device.length === 0 && !root.absolute) {
    const end = reservedPrefixLength(path);
    if (end !== -1) {
      reserved = true;
      root = { device: path.slice(0, end), rootEnd: end, absolute: false, uncOnly: false };
    }
  }
  if (root.uncOnly) return `${root.device}\\`;
  let tail = root.rootEnd < len ? normalizeSegments(path.slice(root.rootEnd), !root.absolute) : '';
  if (tail.length === 0 && !root.absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
  if (reserved) return `.\\${root.device}${tail}`;
  if (root.device.length === 0) {
    if (root.absolute) return `\\${tail}`;
    // A relative result that now starts like a drive ('C:foo') would change meaning.
    const looksLikeDrive = tail.length >= 2 && tail.charCodeAt(1) === 58 && /^[A-Za-z]/.test(tail);
    return looksLikeDrive || hasColonAtSegmentEnd(path) || isReservedPlusOne(path) ? `.\\${tail}` : tail;
  }
  return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  if (isSep(path.charCodeAt(0))) return true;
  return len > 2 && hasDrive(path) && isSep(path.charCodeAt(2));
}

function join(...args) {
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined = `${joined}\\${arg}`;
    }
  }
  if (joined === undefined) return '.';

  // Only a first argument that itself starts like a UNC path ('\\server')
  // may yield a UNC result; otherwise leading separators collapse to one.
  let keepUnc = false;
  if (first.length > 2 && isSep(first.charCodeAt(0)) && isSep(first.charCodeAt(1)) &&
      !isSep(first.charCodeAt(2))) {
    keepUnc = true;
  }
  if (!keepUnc) {
    let n = 0;
    while (n < joined.length && isSep(joined.charCodeAt(n))) n++;
    if (n >= 2) joined = `\\${joined.slice(n)}`;
  }

  // A segment naming a device ('CON:', 'nul:x') is left as written: normalizing
  // around it could change which file or device is meant.
  const parts = joined.split('\\');
  for (let i = 0; i < parts.length; i++) {
    if (reservedPrefixLength(parts[i]) !== -1) return joined.replaceAll('/', '\\');
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromResolved = resolve(from);
  const toResolved = resolve(to);
  if (fromResolved === toResolved) return '';
  const fromLower = fromResolved.toLowerCase();
  const toLower = toResolved.toLowerCase();
  if (fromLower === toLower) return '';
  // Leading separators are ignored; differing first segments (drives, UNC
  // servers) have no relative form.
  const fromParts = splitResolved(fromLower);
  const toPartsLower = splitResolved(toLower);
  const toParts = splitResolved(toResolved);
  if (fromParts.length > 0 && toParts.length > 0 && fromParts[0] !== toPartsLower[0]) {
    return toResolved;
  }
  let common = 0;
  while (common < fromParts.length && common < toPartsLower.length &&
         fromParts[common] === toPartsLower[common]) common++;
  const out = [];
  for (let i = common; i < fromParts.length; i++) out.push('..');
  for (let i = common; i < toParts.length; i++) out.push(toParts[i]);
  return out.join('\\');
}

function splitResolved(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === BACKSLASH) start++;
  let end = path.length;
  while (end > start && path.charCodeAt(end - 1) === BACKSLASH) end--;
  return end === start ? [] : path.slice(start, end).split('\\');
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const c = resolved.charCodeAt(2);
      if (c !== 63 && c !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// Length of the root prefix dirname/parse keep, and whether the path is only a UNC root.
function staticRootEnd(path) {
  const root = parseRoot(path);
  if (root.device.length > 0 && root.device.charCodeAt(0) === BACKSLASH) {
    // UNC: root includes the separator after the share.
    return { end: root.uncOnly ? path.length : root.rootEnd + 1, uncOnly: root.uncOnly };
  }
  if (root.rootEnd > 0) return { end: root.rootEnd, uncOnly: false };
  return { end: -1, uncOnly: false };
}

function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path.charCodeAt(0)) ? path : '.';
  const { end: rootEnd, uncOnly } = staticRootEnd(path);
  if (uncOnly) return path;
  const offset = rootEnd === -1 ? 0 : rootEnd;
  let i = len - 1;
  while (i >= offset && isSep(path.charCodeAt(i))) i--; // trailing separators
  while (i >= offset && !isSep(path.charCodeAt(i))) i--; // last segment
  if (i < offset) return rootEnd === -1 ? '.' : path.slice(0, rootEnd);
  return path.slice(0, i);
}

// [start, end) of the last segment past any drive, ignoring trailing separators.
function lastSegment(path) {
  const floor = hasDrive(path) ? 2 : 0;
  let end = path.length;
  while (end > floor && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && !isSep(path.charCodeAt(start - 1))) start--;
  return [start, end];
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const [start, end] = lastSegment(path);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    return internals().stripSuffix(path, suffix, start, end);
  }
  return path.slice(start, end);
}

let posixInternals;
function internals() {
  posixInternals ??= require('path/posix')[Symbol.for('nodec.path.internals')];
  return posixInternals;
}

function extname(path) {
  validateString(path, 'path');
  const [start, end] = lastSegment(path);
  return internals().segmentExt(path.slice(start, end));
}

function format(pathObject) {
  return internals().formatWith('\\', pathObject);
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  let rootEnd = 0;
  if (len === 1) {
    if (isSep(path.charCodeAt(0))) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  if (isSep(path.charCodeAt(0))) {
    const { end, uncOnly } = staticRootEnd(path);
    rootEnd = end;
    if (uncOnly) {
      ret.root = ret.dir = path;
      return ret;
    }
  } else if (hasDrive(path)) {
    if (len === 2 || (len === 3 && isSep(path.charCodeAt(2)))) {
      ret.root = ret.dir = path;
      return ret;
    }
    rootEnd = isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
  let end = len;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > rootEnd && !isSep(path.charCodeAt(start - 1))) start--;
  if (end > start) {
    const base = path.slice(start, end);
    const ext = internals().segmentExt(base);
    ret.base = base;
    ret.ext = ext;
    ret.name = ext.length > 0 ? base.slice(0, base.length - ext.length) : base;
  }
  ret.dir = start > 0 && start !== rootEnd ? path.slice(0, start - 1) : ret.root;
  return ret;
}

function matchesGlob(path, pattern) {
  return internals().globMatch(path, pattern, true);
}

const win32 = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
win32.win32 = win32;

module.exports = win32;
// Loaded after module.exports is set so the win32 <-> posix cycle resolves.
win32.posix = require('path/posix');
