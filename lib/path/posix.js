'use strict';
// node:path/posix — POSIX path manipulation. The module loader calls join/resolve/
// normalize/dirname constantly, so they scan char codes and return the input
// untouched when it is already normal instead of splitting or using regexps.

// Validators load on the first bad argument only: path is on every program's start-up path.
function validateString(value, name) {
  if (typeof value !== 'string') require('internal/validators').validateString(value, name);
}
function validateObject(value, name) {
  require('internal/validators').validateObject(value, name);
}

const SLASH = 47; // '/'
const DOT = 46; // '.'

// Collapses '.', '..' and repeated slashes in `path` (which has no leading slash
// that matters: callers strip/re-add the root). With allowAboveRoot, leading '..'
// segments that cannot be popped are kept (relative paths).
function normalizeSegments(path, allowAboveRoot) {
  const len = path.length;
  // Fast path (native searches): no '//', no segment starting with '.', so
  // nothing to collapse; the input is returned as is (callers drop a trailing '/').
  if (path.indexOf('//') === -1 && path.indexOf('/.') === -1 && path.charCodeAt(0) !== DOT) {
    return path;
  }

  // Build the result directly; `floor` is the length of the kept '../..' prefix.
  let res = '';
  let floor = 0;
  for (let i = 0, segStart = 0; i <= len; i++) {
    if (i < len && path.charCodeAt(i) !== SLASH) continue;
    const segLen = i - segStart;
    if (segLen === 0 || (segLen === 1 && path.charCodeAt(segStart) === DOT)) {
      // empty or '.': nothing
    } else if (segLen === 2 && path.charCodeAt(segStart) === DOT &&
               path.charCodeAt(segStart + 1) === DOT) {
      if (res.length > floor) {
        const cut = res.lastIndexOf('/');
        res = cut === -1 ? '' : res.slice(0, cut);
      } else if (allowAboveRoot) {
        res = res.length === 0 ? '..' : `${res}/..`;
        floor = res.length;
      }
    } else {
      const seg = path.slice(segStart, i);
      res = res.length === 0 ? seg : `${res}/${seg}`;
    }
    segStart = i + 1;
  }
  return res;
}

// Strips leading slashes so normalizeSegments sees a relative path.
function stripLeadingSlashes(path) {
  let i = 0;
  while (i < path.length && path.charCodeAt(i) === SLASH) i++;
  return i === 0 ? path : path.slice(i);
}

function stripTrailingSlash(path) {
  const len = path.length;
  return len > 0 && path.charCodeAt(len - 1) === SLASH ? path.slice(0, len - 1) : path;
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= 0 && !absolute; i--) {
    const path = args[i];
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  if (!absolute) {
    const cwd = process.cwd();
    resolved = resolved.length === 0 ? cwd : `${cwd}/${resolved}`;
    absolute = cwd.charCodeAt(0) === SLASH;
  }
  let body = normalizeSegments(stripLeadingSlashes(resolved), !absolute);
  if (body.length > 0 && body.charCodeAt(body.length - 1) === SLASH) body = stripTrailingSlash(body);
  if (absolute) return `/${body}`;
  return body.length > 0 ? body : '.';
}

function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(len - 1) === SLASH;
  let body = normalizeSegments(absolute ? stripLeadingSlashes(path) : path, !absolute);
  // normalizeSegments keeps a trailing slash only on its fast path; make it uniform.
  if (body.length > 0 && body.charCodeAt(body.length - 1) === SLASH) body = stripTrailingSlash(body);
  if (body.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body += '/';
  return absolute ? `/${body}` : body;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function join(...args) {
  let joined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) common++;
  const out = [];
  for (let i = common; i < fromParts.length; i++) out.push('..');
  for (let i = common; i < toParts.length; i++) out.push(toParts[i]);
  return out.join('/');
}

function toNamespacedPath(path) {
  // Non-op on POSIX, for any input (as node).
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const rooted = path.charCodeAt(0) === SLASH;
  let i = len - 1;
  while (i >= 1 && path.charCodeAt(i) === SLASH) i--; // trailing slashes
  while (i >= 1 && path.charCodeAt(i) !== SLASH) i--; // last segment
  if (i < 1) return rooted ? '/' : '.';
  if (rooted && i === 1) return '//';
  return path.slice(0, i);
}

// End of the last segment, ignoring trailing slashes.
function segmentEnd(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return end;
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const end = segmentEnd(path);
  const start = end === 0 ? 0 : path.lastIndexOf('/', end - 1) + 1;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    return stripSuffix(path, suffix, start, end);
  }
  return path.slice(start, end);
}

// node's suffix rule, quirks included: the suffix is matched backwards against
// the last segment; a segment that is itself a proper tail of the suffix is
// returned with its trailing separators, and a separator-only path whole.
function stripSuffix(path, suffix, start, end) {
  if (suffix === path) return '';
  if (start === end) return path.slice(start);
  let k = 0;
  while (k < suffix.length && end - k > start &&
         path.charCodeAt(end - 1 - k) === suffix.charCodeAt(suffix.length - 1 - k)) k++;
  if (k === suffix.length) return path.slice(start, end - k === start ? end : end - k);
  if (end - k === start) return path.slice(start);
  return path.slice(start, end);
}

// Extension of one path segment as node defines it ('.x' never counts, '..' neither).
function segmentExt(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  const end = segmentEnd(path);
  const start = end === 0 ? 0 : path.lastIndexOf('/', end - 1) + 1;
  // Last '.' of the segment, not its first char ('.bashrc'), and not '..'.
  const dot = path.lastIndexOf('.', end - 1);
  if (dot <= start || dot < 0) return '';
  if (end - start === 2 && dot === start + 1 && path.charCodeAt(start) === DOT) return '';
  return path.slice(dot, end);
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function format(pathObject) {
  return formatWith('/', pathObject);
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const rooted = path.charCodeAt(0) === SLASH;
  if (rooted) ret.root = '/';
  const end = segmentEnd(path);
  let start = end === 0 ? 0 : path.lastIndexOf('/', end - 1) + 1;
  if (rooted && start === 0) start = 1; // path made of slashes only
  if (end > start) {
    const base = path.slice(start, end);
    const ext = segmentExt(base);
    ret.base = base;
    ret.ext = ext;
    ret.name = ext.length > 0 ? base.slice(0, base.length - ext.length) : base;
  }
  if (start > 0 && end > start) ret.dir = path.slice(0, start - 1) || (rooted ? '/' : '');
  else if (rooted) ret.dir = '/';
  return ret;
}

// --- matchesGlob -----------------------------------------------------------
// A small minimatch-compatible subset (what node's path.matchesGlob uses with
// windowsPathsNoEscape): braces (lists and ranges), *, ?, [...] classes incl.
// [:alpha:]-style, ** globstar, the dotfile rule, extglobs @(), ?(), *(), +(), !().
// Backslashes in the pattern are path separators, never escapes.

function expandBraces(pattern) {
  // Find the first top-level {…} that has a comma or a range; expand recursively.
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '{') continue;
    let depth = 0;
    const commas = [];
    let close = -1;
    for (let j = i; j < pattern.length; j++) {
      const ch = pattern[j];
      if (ch === '{') depth++;
      else if (ch === '}') { if (--depth === 0) { close = j; break; } }
      else if (ch === ',' && depth === 1) commas.push(j);
    }
    if (close === -1) return [pattern];
    const head = pattern.slice(0, i);
    const body = pattern.slice(i + 1, close);
    const tails = expandBraces(pattern.slice(close + 1));
    let alts;
    if (commas.length > 0) {
      alts = [];
      let s = i + 1;
      for (const c of [...commas, close]) { alts.push(...expandBraces(pattern.slice(s, c))); s = c + 1; }
    } else {
      alts = expandRange(body);
      if (alts === null) {
        // Not expandable: keep literal '{body}' and continue after it.
        return expandBraces(pattern.slice(i + 1)).map((rest) => `${head}{${rest}`);
      }
    }
    const out = [];
    for (const a of alts) for (const t of tails) out.push(head + a + t);
    return out;
  }
  return [pattern];
}

function expandRange(body) {
  const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m === null) return null;
  const step = Math.abs(m[3] === undefined ? 1 : Number(m[3])) || 1;
  const numeric = /\d/.test(m[1]) && /\d/.test(m[2]);
  if (!numeric && (/\d/.test(m[1]) || /\d/.test(m[2]))) return null;
  const a = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const b = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const width = numeric && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ?
    Math.max(m[1].length, m[2].length) : 0;
  const out = [];
  const dir = a <= b ? 1 : -1;
  for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * step) {
    if (!numeric) out.push(String.fromCharCode(v));
    else {
      let s = String(Math.abs(v));
      while (s.length < width - (v < 0 ? 1 : 0)) s = `0${s}`;
      out.push(v < 0 ? `-${s}` : s);
    }
  }
  return out;
}

const posixClasses = {
  __proto__: null,
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f', digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z',
  print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z', word: 'a-zA-Z0-9_', xdigit: 'A-Fa-f0-9',
};

function escapeRegExpChar(ch) {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

// Parses a [...] class at pattern[i] ('['); returns [regexSource, nextIndex] or null.
function parseClass(seg, i) {
  let j = i + 1;
  let negate = false;
  if (seg[j] === '!' || seg[j] === '^') { negate = true; j++; }
  let src = '';
  let first = true;
  for (; j < seg.length; j++) {
    const ch = seg[j];
    if (ch === ']' && !first) {
      if (src === '') return null;
      return [negate ? `[^${src}]` : `[${src}]`, j + 1];
    }
    first = false;
    if (ch === '[' && seg[j + 1] === ':') {
      const end = seg.indexOf(':]', j + 2);
      if (end !== -1) {
        const cls = posixClasses[seg.slice(j + 2, end)];
        if (cls !== undefined) { src += cls; j = end + 1; continue; }
      }
    }
    if (seg[j + 1] === '-' && seg[j + 2] !== undefined && seg[j + 2] !== ']') {
      if (seg[j + 2] >= ch) src += `${escapeRegExpChar(ch)}-${escapeRegExpChar(seg[j + 2])}`;
      j += 2;
      continue;
    }
    src += escapeRegExpChar(ch);
  }
  return null;
}

// Finds the ')' closing an extglob group opened at seg[i] ('(').
function findGroupEnd(seg, i) {
  let depth = 0;
  for (let j = i; j < seg.length; j++) {
    if (seg[j] === '(') depth++;
    else if (seg[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

// Regex source for a run of one segment's pattern text (no slashes).
function segmentSource(seg) {
  let src = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if ('@?*+!'.includes(ch) && seg[i + 1] === '(') {
      const end = findGroupEnd(seg, i + 1);
      if (end !== -1) {
        const alts = splitTopLevel(seg.slice(i + 2, end)).map(segmentSource).join('|');
        i = end;
        if (ch === '@') src += `(?:${alts})`;
        else if (ch === '?') src += `(?:${alts})?`;
        else if (ch === '*') src += `(?:${alts})*`;
        else if (ch === '+') src += `(?:${alts})+`;
        else src += `(?:(?!(?:${alts})${restLookahead(seg.slice(end + 1))})[^/]*?)`;
        continue;
      }
    }
    if (ch === '*') { src += '[^/]*?'; continue; }
    if (ch === '?') { src += '[^/]'; continue; }
    if (ch === '[') {
      const cls = parseClass(seg, i);
      if (cls !== null) { src += cls[0]; i = cls[1] - 1; continue; }
    }
    src += escapeRegExpChar(ch);
  }
  return src;
}

function restLookahead(rest) {
  return `${segmentSource(rest)}$`;
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
    else if (body[i] === '|' && depth === 0) { parts.push(body.slice(s, i)); s = i + 1; }
  }
  parts.push(body.slice(s));
  return parts;
}

const GLOBSTAR = Symbol('globstar');

function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!/[*?[]|[@?*+!]\(/.test(seg)) return seg; // literal
  const re = new RegExp(`^${segmentSource(seg)}$`);
  return { re, dot: seg[0] === '.', ext: /[@?*+!]\(/.test(seg) };
}

function matchSegment(part, name) {
  if (typeof part === 'string') return part === name;
  if (!part.dot && name[0] === '.') return false;
  if (name === '.' || name === '..') return false;
  if (name === '' && !part.ext) return false; // only extglobs match an empty segment
  return part.re.test(name);
}

// Removes '.' segments (except a leading one), empty middle segments and 'x/..'.
function simplifySegments(parts, isPattern) {
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const last = i === parts.length - 1;
    if (p === '' && i > 0 && !last) continue;
    if (p === '.' && i > 0 && !last) continue;
    if (p === '..' && out.length > 0) {
      const prev = out[out.length - 1];
      if (prev !== '..' && prev !== '' && prev !== '.' && prev !== '**' &&
          (!isPattern || !/[*?[]|[@?*+!]\(/.test(prev))) { out.pop(); continue; }
    }
    out.push(p);
  }
  if (out.length === 0) out.push('');
  return out;
}

function matchParts(file, fi, pat, pi) {
  for (; pi < pat.length; pi++, fi++) {
    const p = pat[pi];
    if (p === GLOBSTAR) {
      if (pi === pat.length - 1) {
        // Trailing **: rest of file must be non-dot segments (a final '' is ok).
        for (let k = fi; k < file.length; k++) {
          const f = file[k];
          if (f === '.' || f === '..' || (f[0] === '.')) return false;
        }
        return true;
      }
      for (let k = fi; k <= file.length; k++) {
        if (matchParts(file, k, pat, pi + 1)) return true;
        if (k < file.length) {
          const f = file[k];
          if (f === '.' || f === '..' || (f[0] === '.' && f !== '')) return false;
        }
      }
      return false;
    }
    if (fi >= file.length) return false;
    if (!matchSegment(p, file[fi])) return false;
  }
  if (fi === file.length) return true;
  // A trailing slash on the file is allowed when the pattern is done.
  return fi === file.length - 1 && file[fi] === '';
}

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const fileParts = simplifySegments(
    windows ? path.split(/[\\/]/) : path.split('/'), false);
  const normalizedPattern = pattern.replaceAll('\\', '/');
  for (const alt of expandBraces(normalizedPattern)) {
    const pat = simplifySegments(alt.split('/'), true).map(compileSegment);
    if (matchParts(fileParts, 0, pat, 0)) return true;
  }
  return false;
}

function matchesGlob(path, pattern) {
  return globMatch(path, pattern, false);
}

const posix = {
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
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
posix.posix = posix;
// Shared with path/win32 without becoming a visible export.
Object.defineProperty(posix, Symbol.for('nodec.path.internals'), {
  value: { globMatch, formatWith, segmentExt, stripSuffix },
});

module.exports = posix;
// Loaded after module.exports is set so the win32 <-> posix cycle resolves.
Object.defineProperty(posix, 'win32', {
  configurable: true,
  enumerable: true,
  get() {
    const win32 = require('path/win32');
    Object.defineProperty(posix, 'win32', { value: win32, writable: true, configurable: true, enumerable: true });
    return win32;
  },
});
