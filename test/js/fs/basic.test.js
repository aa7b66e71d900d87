'use strict';
// node:fs synchronous API: files, directories, stats, links, errors (runs under node 24 too).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-fs-'));
try {
  const f = path.join(dir, 'a.txt');
  fs.writeFileSync(f, 'hello');
  fs.appendFileSync(f, ' world');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello world');
  assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('hello world'));
  assert.strictEqual(fs.readFileSync(f, 'base64'), Buffer.from('hello world').toString('base64'));
  fs.writeFileSync(f, 'aGk=', 'base64');
  assert.strictEqual(fs.readFileSync(f, 'latin1'), 'hi');
  fs.writeFileSync(f, new Uint16Array([0x6968]));
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hi');
  // Whole reads: a regular file is read up to its stat size; files whose size stat does not know
  // (procfs reports 0) and empty files are read to EOF.
  const g = path.join(dir, 'whole.bin');
  const whole = Buffer.alloc(200000, 'x');
  fs.writeFileSync(g, whole);
  assert.deepStrictEqual(fs.readFileSync(g), whole);
  assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);
  fs.writeFileSync(g, '');
  assert.strictEqual(fs.readFileSync(g, 'utf8'), '');
  fs.unlinkSync(g);

  // Stats
  const st = fs.statSync(f);
  assert(st instanceof fs.Stats);
  assert(st.isFile() && !st.isDirectory());
  assert.strictEqual(st.size, 2);
  assert(st.mtime instanceof Date);
  assert.strictEqual(typeof st.mtimeMs, 'number');
  const big = fs.statSync(f, { bigint: true });
  assert.strictEqual(big.size, 2n);
  assert.strictEqual(typeof big.mtimeNs, 'bigint');
  assert(big.isFile());
  assert.strictEqual(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }), undefined);
  assert(fs.statfsSync(dir).bsize > 0);

  // Errors in node's format
  assert.throws(() => fs.readFileSync(path.join(dir, 'nope')), (e) => {
    assert.strictEqual(e.code, 'ENOENT');
    assert.strictEqual(e.errno, -2);
    assert.strictEqual(e.syscall, 'open');
    assert.strictEqual(e.path, path.join(dir, 'nope'));
    assert.strictEqual(e.message, `ENOENT: no such file or directory, open '${path.join(dir, 'nope')}'`);
    return true;
  });
  assert.throws(() => fs.renameSync(path.join(dir, 'x'), path.join(dir, 'y')),
    { code: 'ENOENT', syscall: 'rename', dest: path.join(dir, 'y') });
  assert.throws(() => fs.openSync('a\0b'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.openSync(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.openSync(f, 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.closeSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.readFileSync(dir), { code: 'EISDIR', syscall: 'read' });

  // fd API
  const fd = fs.openSync(f, 'r+');
  const buf = Buffer.alloc(2);
  assert.strictEqual(fs.readSync(fd, buf, 0, 2, 0), 2);
  assert.strictEqual(buf.toString(), 'hi');
  assert.strictEqual(fs.writeSync(fd, 'yo', 0), 2);
  assert.strictEqual(fs.writevSync(fd, [Buffer.from('a'), Buffer.from('b')], 2), 2);
  const parts = [Buffer.alloc(2), Buffer.alloc(2)];
  assert.strictEqual(fs.readvSync(fd, parts, 0), 4);
  assert.strictEqual(Buffer.concat(parts).toString(), 'yoab');
  fs.ftruncateSync(fd, 1);
  assert.strictEqual(fs.fstatSync(fd).size, 1);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.closeSync(fd);

  // Directories
  const deep = path.join(dir, 'x', 'y', 'z');
  assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), path.join(dir, 'x'));
  assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), undefined);
  fs.writeFileSync(path.join(deep, 'leaf'), '');
  assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.txt', 'x']);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'x'), { recursive: true }).sort(),
    ['y', 'y/z', 'y/z/leaf']);
  const ents = fs.readdirSync(dir, { withFileTypes: true });
  assert(ents.every((e) => e instanceof fs.Dirent));
  assert(ents.find((e) => e.name === 'x').isDirectory());
  assert.strictEqual(ents[0].parentPath, dir);
  const d = fs.opendirSync(dir);
  const names = [];
  for (let e; (e = d.readSync()) !== null;) names.push(e.name);
  d.closeSync();
  assert.deepStrictEqual(names.sort(), ['a.txt', 'x']);

  // Links, copies, renames, metadata
  fs.symlinkSync(f, path.join(dir, 'link'));
  assert.strictEqual(fs.readlinkSync(path.join(dir, 'link')), f);
  assert(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink());
  assert.strictEqual(fs.realpathSync(path.join(dir, 'link')), fs.realpathSync(f));
  fs.linkSync(f, path.join(dir, 'hard'));
  assert.strictEqual(fs.statSync(f).nlink, 2);
  fs.copyFileSync(f, path.join(dir, 'copy'));
  assert.throws(() => fs.copyFileSync(f, path.join(dir, 'copy'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
  fs.renameSync(path.join(dir, 'copy'), path.join(dir, 'moved'));
  assert(fs.existsSync(path.join(dir, 'moved')) && !fs.existsSync(path.join(dir, 'copy')));
  fs.chmodSync(f, 0o600);
  assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
  fs.utimesSync(f, 1000, 2000);
  assert.strictEqual(fs.statSync(f).mtimeMs, 2000000);
  fs.truncateSync(f, 0);
  assert.strictEqual(fs.statSync(f).size, 0);
  fs.accessSync(f, fs.constants.R_OK);
  assert.throws(() => fs.accessSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'access' });

  // cp and rm
  fs.cpSync(path.join(dir, 'x'), path.join(dir, 'x2'), { recursive: true });
  assert(fs.existsSync(path.join(dir, 'x2', 'y', 'z', 'leaf')));
  assert.throws(() => fs.rmSync(path.join(dir, 'x2')), { code: 'ERR_FS_EISDIR' });
  fs.rmSync(path.join(dir, 'x2'), { recursive: true });
  fs.rmSync(path.join(dir, 'nope'), { force: true });
  assert.throws(() => fs.rmSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
  assert.deepStrictEqual(fs.globSync('x/**/leaf', { cwd: dir }), ['x/y/z/leaf']);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert(!fs.existsSync(dir));
