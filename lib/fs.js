'use strict';
// node:fs — a first slice over internalBinding('fs'); the fs issue completes it.

const binding = internalBinding('fs');
const constants = internalBinding('constants').fs;
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO,
  S_IFSOCK, S_IFCHR, S_IFBLK } = constants;

function lazyValidators() { return require('internal/validators'); }

function toPath(p, name = 'path') {
  if (typeof p === 'string') return p;
  if (p instanceof Uint8Array) return Buffer.from(p).toString();
  if (p !== null && typeof p === 'object' && p.href !== undefined && p.protocol === 'file:') {
    return require('url').fileURLToPath(p);
  }
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

function stringToFlags(flags) {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | constants.O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | constants.O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | constants.O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | constants.O_SYNC;
  }
  const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  return { ...defaults, ...options };
}

function maybeCallback(cb) {
  lazyValidators().validateFunction(cb, 'cb');
  return cb;
}

class Stats {
  constructor(a) {
    this.dev = a[0]; this.mode = a[1]; this.nlink = a[2]; this.uid = a[3]; this.gid = a[4]; this.rdev = a[5];
    this.blksize = a[6]; this.ino = a[7]; this.size = a[8]; this.blocks = a[9];
    this.atimeMs = a[10] * 1e3 + a[11] / 1e6; this.mtimeMs = a[12] * 1e3 + a[13] / 1e6;
    this.ctimeMs = a[14] * 1e3 + a[15] / 1e6; this.birthtimeMs = a[16] * 1e3 + a[17] / 1e6;
  }
  get atime() { return new Date(this.atimeMs); }
  get mtime() { return new Date(this.mtimeMs); }
  get ctime() { return new Date(this.ctimeMs); }
  get birthtime() { return new Date(this.birthtimeMs); }
  isFile() { return (this.mode & S_IFMT) === S_IFREG; }
  isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }
  isSymbolicLink() { return (this.mode & S_IFMT) === S_IFLNK; }
  isFIFO() { return (this.mode & S_IFMT) === S_IFIFO; }
  isSocket() { return (this.mode & S_IFMT) === S_IFSOCK; }
  isCharacterDevice() { return (this.mode & S_IFMT) === S_IFCHR; }
  isBlockDevice() { return (this.mode & S_IFMT) === S_IFBLK; }
}

function decode(buf, encoding) {
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const enc = options.encoding;
  if (typeof path === 'number') {
    const chunks = [];
    for (;;) {
      const b = Buffer.allocUnsafe(65536);
      const n = binding.read(path, b, 0, b.length, -1);
      if (n === 0) break;
      chunks.push(b.subarray(0, n));
    }
    return decode(Buffer.concat(chunks), enc);
  }
  const p = toPath(path);
  if (enc === 'utf8' || enc === 'utf-8') return binding.readFile(p, stringToFlags(options.flag), true);
  return decode(binding.readFile(p, stringToFlags(options.flag), false), enc);
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const enc = options.encoding;
  const asString = enc === 'utf8' || enc === 'utf-8';
  binding.readFile(toPath(path), stringToFlags(options.flag), asString, (err, data) => {
    if (err) return callback(err);
    callback(null, asString ? data : decode(data, enc));
  });
}

function writeAll(fd, buf) {
  let off = 0;
  while (off < buf.length) off += binding.write(fd, buf, off, buf.length - off, -1);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const buf = typeof data === 'string' ? Buffer.from(data, options.encoding) : data;
  if (typeof path === 'number') return writeAll(path, buf);
  const fd = binding.open(toPath(path), stringToFlags(options.flag), options.mode);
  try { writeAll(fd, buf); } finally { binding.close(fd); }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, options);
}

function existsSync(path) {
  try { path = toPath(path); } catch { return false; }
  return binding.internalModuleStat(path) >= 0;
}

const statSync = (p) => new Stats(binding.stat(toPath(p)));
const lstatSync = (p) => new Stats(binding.lstat(toPath(p)));
const fstatSync = (fd) => new Stats(binding.fstat(fd));
function stat(p, options, cb) {
  cb = maybeCallback(cb || options);
  binding.stat(toPath(p), undefined, (err, a) => (err ? cb(err) : cb(null, new Stats(a))));
}
function lstat(p, options, cb) {
  cb = maybeCallback(cb || options);
  binding.lstat(toPath(p), undefined, (err, a) => (err ? cb(err) : cb(null, new Stats(a))));
}

function readdirSync(p, options) {
  options = getOptions(options, {});
  return binding.readdir(toPath(p), false).sort();
}
function readdir(p, options, cb) {
  cb = maybeCallback(cb || options);
  binding.readdir(toPath(p), false, (err, names) => (err ? cb(err) : cb(null, names.sort())));
}

function mkdirSync(p, options) {
  const mode = typeof options === 'number' ? options : options?.mode ?? 0o777;
  const recursive = typeof options === 'object' && options?.recursive;
  p = toPath(p);
  if (!recursive) return binding.mkdir(p, mode);
  const path = require('path');
  const full = path.resolve(p);
  let first;
  const parts = full.split('/');
  for (let i = 2; i <= parts.length; i++) {
    const dir = parts.slice(0, i).join('/') || '/';
    if (binding.internalModuleStat(dir) === 1) continue;
    binding.mkdir(dir, mode);
    first ??= dir;
  }
  return first;
}

const realpathSync = (p) => binding.realpath(toPath(p));
realpathSync.native = realpathSync;
const unlinkSync = (p) => binding.unlink(toPath(p));
const rmdirSync = (p) => binding.rmdir(toPath(p));
const renameSync = (a, b) => binding.rename(toPath(a, 'oldPath'), toPath(b, 'newPath'));
const openSync = (p, flags, mode = 0o666) => binding.open(toPath(p), stringToFlags(flags), mode);
const closeSync = (fd) => binding.close(fd);
const readlinkSync = (p) => binding.readlink(toPath(p));
const symlinkSync = (target, p) => binding.symlink(toPath(target, 'target'), toPath(p), 0);
function readSync(fd, buffer, offset = 0, length = buffer.byteLength - offset, position = null) {
  if (typeof offset === 'object' && offset !== null) ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  return binding.read(fd, buffer, offset, length, typeof position === 'number' ? position : -1);
}
function writeSync(fd, buffer, offset, length, position) {
  if (typeof buffer === 'string') return binding.writeString(fd, buffer, typeof offset === 'number' ? offset : -1);
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  return binding.write(fd, buffer, offset, length, typeof position === 'number' ? position : -1);
}
function accessSync(p, mode = constants.F_OK) { binding.access(toPath(p), mode); }
function rmSync(p, options) {
  p = toPath(p);
  let st;
  try { st = binding.lstat(p); } catch (e) { if (options?.force && e.code === 'ENOENT') return; throw e; }
  if ((st[1] & S_IFMT) === S_IFDIR) {
    if (!options?.recursive) return binding.rmdir(p);
    for (const name of binding.readdir(p, false)) rmSync(p + '/' + name, options);
    return binding.rmdir(p);
  }
  binding.unlink(p);
}
function mkdtempSync(prefix) { return binding.mkdtemp(prefix + 'XXXXXX'); }
function copyFileSync(src, dest, mode = 0) { binding.copyFile(toPath(src, 'src'), toPath(dest, 'dest'), mode); }

module.exports = {
  constants, Stats, readFileSync, readFile, writeFileSync, appendFileSync, existsSync, statSync, lstatSync, fstatSync,
  stat, lstat, readdirSync, readdir, mkdirSync, realpathSync, unlinkSync, rmdirSync, renameSync, openSync, closeSync,
  readSync, writeSync, readlinkSync, symlinkSync, accessSync, rmSync, mkdtempSync, copyFileSync,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
};
