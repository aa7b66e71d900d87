'use strict';
// fs.glob / fs.globSync / fs.promises.glob: patterns with *, ?, [...], {a,b} and ** matched
// segment by segment while walking from cwd. Results are relative to cwd (absolute patterns stay
// absolute), as node.

const fs = require('fs');
const pathMod = require('path');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function expandBraces(pattern) {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  let close = -1;
  const commas = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) { close = i; break; }
    else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close === -1 || commas.length === 0) return [pattern];
  const pre = pattern.slice(0, open);
  const post = pattern.slice(close + 1);
  const parts = [];
  let start = open + 1;
  for (const c of [...commas, close]) {
    parts.push(pattern.slice(start, c));
    start = c + 1;
  }
  return parts.flatMap((p) => expandBraces(pre + p + post));
}

// One path segment pattern -> RegExp (or a plain string when it has no magic).
function segmentMatcher(seg) {
  if (seg === '**') return '**';
  if (!/[*?[]/.test(seg)) return seg;
  let re = '^';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end === -1) { re += '\\['; continue; }
      let body = seg.slice(i + 1, end);
      if (body[0] === '!') body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  const rx = new RegExp(re + '$');
  // As node's glob (minimatch defaults): wildcards do not match names starting with a dot.
  return { test: (name) => (name[0] !== '.' || seg[0] === '.') && rx.test(name) };
}

function compile(pattern) {
  return expandBraces(pattern).map((p) => {
    const abs = pathMod.isAbsolute(p);
    const segs = p.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    return { abs, segs: segs.map(segmentMatcher) };
  });
}

function listDir(dir) {
  try { return fs.readdirSync(dir, { withFileTypes: true }); } catch { return []; }
}

// Walks one compiled pattern; calls found(relPath, dirent|null).
function walk(base, rel, segs, i, found, seen) {
  if (i === segs.length) {
    const key = rel || '.';
    if (!seen.has(key)) { seen.add(key); found(key); }
    return;
  }
  const seg = segs[i];
  const dir = rel ? pathMod.join(base, rel) : base;
  if (seg === '**') {
    walk(base, rel, segs, i + 1, found, seen); // zero directories
    for (const e of listDir(dir)) {
      if (e.name[0] === '.') continue;
      if (e.isDirectory()) walk(base, rel ? rel + '/' + e.name : e.name, segs, i, found, seen);
    }
    return;
  }
  if (typeof seg === 'string') {
    const next = rel ? rel + '/' + seg : seg;
    if (i === segs.length - 1) {
      if (fs.existsSync(pathMod.join(base, next)) || isLink(pathMod.join(base, next))) walk(base, next, segs, i + 1, found, seen);
    } else {
      walk(base, next, segs, i + 1, found, seen);
    }
    return;
  }
  for (const e of listDir(dir)) {
    if (!seg.test(e.name)) continue;
    const next = rel ? rel + '/' + e.name : e.name;
    if (i === segs.length - 1 || e.isDirectory() || e.isSymbolicLink()) walk(base, next, segs, i + 1, found, seen);
  }
}

function isLink(p) {
  try { fs.lstatSync(p); return true; } catch { return false; }
}

function globOptions(options) {
  options ??= {};
  validateObject(options, 'options');
  const cwd = options.cwd === undefined ? process.cwd() :
    (typeof options.cwd === 'object' && options.cwd !== null && options.cwd.href ?
      require('url').fileURLToPath(options.cwd) : options.cwd);
  validateString(cwd, 'options.cwd');
  let exclude = options.exclude;
  if (exclude !== undefined && typeof exclude !== 'function' && !Array.isArray(exclude)) {
    throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'Array'], exclude);
  }
  if (Array.isArray(exclude)) {
    const matchers = exclude.flatMap(compile);
    exclude = (p) => matchers.some((m) => matchWhole(m, typeof p === 'string' ? p : p.name));
  }
  return { cwd, exclude, withFileTypes: !!options.withFileTypes };
}

function matchWhole(m, p) {
  const parts = p.split('/');
  const rec = (i, j) => {
    if (i === m.segs.length) return j === parts.length;
    const seg = m.segs[i];
    if (seg === '**') {
      for (let k = j; k <= parts.length; k++) if (rec(i + 1, k)) return true;
      return false;
    }
    if (j >= parts.length) return false;
    const ok = typeof seg === 'string' ? seg === parts[j] : seg.test(parts[j]);
    return ok && rec(i + 1, j + 1);
  };
  return rec(0, 0);
}

function globSync(pattern, options) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  for (const p of patterns) validateString(p, 'pattern');
  const opts = globOptions(options);
  const seen = new Set();
  const out = [];
  for (const p of patterns) {
    for (const m of compile(p)) {
      const base = m.abs ? '/' : opts.cwd;
      walk(base, '', m.segs, 0, (rel) => {
        const result = m.abs ? '/' + rel : rel;
        if (opts.exclude) {
          const candidate = opts.withFileTypes ? direntFor(base, rel) : result;
          if (opts.exclude(candidate)) return;
        }
        out.push(result);
      }, seen);
    }
  }
  if (!opts.withFileTypes) return out;
  return out.map((r) => direntFor(pathMod.isAbsolute(r) ? '/' : opts.cwd, pathMod.isAbsolute(r) ? r.slice(1) : r));
}

function direntFor(base, rel) {
  const full = pathMod.resolve(base, rel);
  const { Dirent, direntType } = require('internal/fs/utils');
  let type = 0;
  try { type = direntType(fs.lstatSync(full).mode); } catch {}
  return new Dirent(pathMod.basename(full), type, pathMod.dirname(full));
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let result;
  try { result = globSync(pattern, options); } catch (e) { process.nextTick(callback, e); return; }
  process.nextTick(callback, null, result);
}

async function* globIterator(pattern, options) {
  for (const r of globSync(pattern, options)) yield r;
}

module.exports = { glob, globSync, globIterator };
