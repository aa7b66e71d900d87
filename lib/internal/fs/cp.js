'use strict';
// fs.cp / fs.cpSync / fs.promises.cp. The copy is written once, as a generator that yields the
// file system operations it needs ([name, ...args]); cpSync runs them with the *Sync calls, cp
// with promises, so both follow exactly the same rules.

const fs = require('fs');
const pathMod = require('path');
const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { getValidatedPath, pathString, validateCpOptions, constants } = require('internal/fs/utils');
const { errno: { EEXIST, EISDIR, EINVAL, ENOTDIR } } = require('os').constants;

function sysErr(Ctor, code, errno, message, path) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

const ops = {
  stat: (p, deref) => (deref ? fs.statSync(p) : fs.lstatSync(p)),
  statMaybe: (p, deref) => (deref ? fs.statSync(p, { throwIfNoEntry: false }) :
    fs.lstatSync(p, { throwIfNoEntry: false })),
  filter: (fn, s, d) => fn(s, d),
  mkdir: (p, mode) => fs.mkdirSync(p, mode),
  mkdirp: (p) => fs.mkdirSync(p, { recursive: true }),
  readdir: (p) => fs.readdirSync(p),
  copyFile: (s, d, mode) => fs.copyFileSync(s, d, mode),
  unlink: (p) => fs.unlinkSync(p),
  chmod: (p, m) => fs.chmodSync(p, m),
  utimes: (p, a, m) => fs.utimesSync(p, a, m),
  readlink: (p) => fs.readlinkSync(p),
  symlink: (t, p) => fs.symlinkSync(t, p),
  realpath: (p) => fs.realpathSync(p),
};

const asyncOps = {
  stat: (p, deref) => (deref ? fs.promises.stat(p) : fs.promises.lstat(p)),
  statMaybe: (p, deref) => (deref ? fs.promises.stat(p) : fs.promises.lstat(p))
    .catch((e) => { if (e.code === 'ENOENT') return undefined; throw e; }),
  filter: async (fn, s, d) => fn(s, d),
  mkdir: (p, mode) => fs.promises.mkdir(p, mode),
  mkdirp: (p) => fs.promises.mkdir(p, { recursive: true }),
  readdir: (p) => fs.promises.readdir(p),
  copyFile: (s, d, mode) => fs.promises.copyFile(s, d, mode),
  unlink: (p) => fs.promises.unlink(p),
  chmod: (p, m) => fs.promises.chmod(p, m),
  utimes: (p, a, m) => fs.promises.utimes(p, a, m),
  readlink: (p) => fs.promises.readlink(p),
  symlink: (t, p) => fs.promises.symlink(t, p),
  realpath: (p) => fs.promises.realpath(p),
};

function isSubdir(src, dest) {
  const s = pathMod.resolve(src).split(pathMod.sep).filter(Boolean);
  const d = pathMod.resolve(dest).split(pathMod.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function* copyTop(src, dest, opts) {
  if (opts.filter && !(yield ['filter', opts.filter, src, dest])) return;
  const srcStat = yield ['stat', src, opts.dereference];
  const destStat = yield ['statMaybe', dest, opts.dereference];
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw sysErr(codes.ERR_FS_CP_EINVAL, 'EINVAL', EINVAL, 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw sysErr(codes.ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', EISDIR,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw sysErr(codes.ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', ENOTDIR,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw sysErr(codes.ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  yield* checkParentPaths(src, srcStat, dest);
  yield ['mkdirp', pathMod.dirname(dest)];
  yield* copyEntry(src, dest, srcStat, destStat, opts);
}

// dest must not lie inside src through a symlinked parent: each existing parent of dest (followed)
// up to src's own parent is compared with src.
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = pathMod.resolve(pathMod.dirname(src));
  let destParent = pathMod.resolve(pathMod.dirname(dest));
  while (destParent !== srcParent && destParent !== pathMod.parse(destParent).root) {
    const st = yield ['statMaybe', destParent, true];
    if (!st) return;
    if (st.ino === srcStat.ino && st.dev === srcStat.dev) {
      throw sysErr(codes.ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
        `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    destParent = pathMod.dirname(destParent);
  }
}

function* copyEntry(src, dest, srcStat, destStat, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw sysErr(codes.ERR_FS_EISDIR, 'EISDIR', EISDIR, `${src} is a directory (not copied)`, src);
    }
    // As node: the callback/promise cp (not cpSync) refuses an existing directory on errorOnExist.
    if (destStat && opts.isAsync && opts.errorOnExist && !opts.force) {
      throw sysErr(codes.ERR_FS_CP_EEXIST, 'EEXIST', EEXIST, `${dest} already exists`, dest);
    }
    if (!destStat) yield ['mkdir', dest, srcStat.mode & 0o7777];
    for (const name of yield ['readdir', src]) {
      const s = pathMod.join(src, name);
      const d = pathMod.join(dest, name);
      if (opts.filter && !(yield ['filter', opts.filter, s, d])) continue;
      const sStat = yield ['stat', s, opts.dereference];
      const dStat = yield ['statMaybe', d, opts.dereference];
      if (dStat && sStat.isDirectory() && !dStat.isDirectory()) {
        throw sysErr(codes.ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', EISDIR,
          `cannot overwrite non-directory ${d} with directory ${s}`, d);
      }
      if (dStat && !sStat.isDirectory() && dStat.isDirectory()) {
        throw sysErr(codes.ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', ENOTDIR,
          `cannot overwrite directory ${d} with non-directory ${s}`, d);
      }
      yield* copyEntry(s, d, sStat, dStat, opts);
    }
    if (!destStat) yield ['chmod', dest, srcStat.mode & 0o7777];
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) yield ['unlink', dest];
      else if (opts.errorOnExist) {
        throw sysErr(codes.ERR_FS_CP_EEXIST, 'EEXIST', EEXIST, `${dest} already exists`, dest);
      } else return;
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
      yield ['utimes', dest, srcStat.atime, srcStat.mtime];
      if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode & 0o7777];
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathMod.isAbsolute(target)) target = pathMod.resolve(pathMod.dirname(src), target);
    if (destStat) {
      let destTarget;
      try {
        destTarget = yield ['readlink', dest];
      } catch (e) {
        // dest is not a link: making the link fails with EEXIST, as node reports.
        if (e.code !== 'EINVAL') throw e;
        destTarget = null;
      }
      if (destTarget !== null) {
        if (!pathMod.isAbsolute(destTarget)) destTarget = pathMod.resolve(pathMod.dirname(dest), destTarget);
        const followed = yield ['statMaybe', src, true];
        if (followed && followed.isDirectory()) {
          if (isSubdir(target, destTarget)) {
            throw sysErr(codes.ERR_FS_CP_EINVAL, 'EINVAL', EINVAL,
              `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
          }
          // Unlinking dest would remove what src's link resolves into.
          if (isSubdir(destTarget, target)) {
            throw sysErr(codes.ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, 'EINVAL', EINVAL,
              `cannot overwrite ${destTarget} with ${target}`, dest);
          }
        }
        yield ['unlink', dest];
      }
    }
    yield ['symlink', target, dest];
    return;
  }
  if (srcStat.isFIFO()) {
    throw sysErr(codes.ERR_FS_CP_FIFO_PIPE, 'EINVAL', EINVAL, `cannot copy a FIFO pipe: ${dest}`, dest);
  }
  if (srcStat.isSocket()) {
    throw sysErr(codes.ERR_FS_CP_SOCKET, 'EINVAL', EINVAL, `cannot copy a socket file: ${dest}`, dest);
  }
  throw sysErr(codes.ERR_FS_CP_UNKNOWN, 'EINVAL', EINVAL, `cannot copy an unknown file type: ${dest}`, dest);
}

function runSync(gen) {
  let step = gen.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let value;
    try {
      value = ops[name](...args);
    } catch (e) {
      step = gen.throw(e);
      continue;
    }
    step = gen.next(value);
  }
}

async function runAsync(gen) {
  let step = gen.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let value;
    try {
      value = await asyncOps[name](...args);
    } catch (e) {
      step = gen.throw(e);
      continue;
    }
    step = gen.next(value);
  }
}

function prepare(src, dest, options) {
  options = validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  return { src, dest, options };
}

function cpSync(src, dest, options) {
  const a = prepare(src, dest, options);
  if (a.options.filter) {
    const f = a.options.filter;
    a.options.filter = (s, d) => {
      const r = f(s, d);
      if (r && typeof r.then === 'function') {
        throw new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
      }
      return r;
    };
  }
  runSync(copyTop(a.src, a.dest, a.options));
}

function cpPromise(src, dest, options) {
  let a;
  try { a = prepare(src, dest, options); } catch (e) { return Promise.reject(e); }
  a.options.isAsync = true;
  return runAsync(copyTop(a.src, a.dest, a.options));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const a = prepare(src, dest, options);
  a.options.isAsync = true;
  runAsync(copyTop(a.src, a.dest, a.options)).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromise };
