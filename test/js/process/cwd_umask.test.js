'use strict';
// process.cwd / chdir (absolute, relative, errors) and umask get/set.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const start = process.cwd();
assert.ok(path.isAbsolute(start));
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-cwd-')));
try {
  fs.mkdirSync(path.join(dir, 'sub'));
  process.chdir(dir);
  assert.strictEqual(process.cwd(), dir);
  process.chdir('sub');
  assert.strictEqual(process.cwd(), path.join(dir, 'sub'));
  process.chdir('..');
  assert.strictEqual(process.cwd(), dir);
  // relative file operations follow the new cwd
  fs.writeFileSync('rel.txt', 'x');
  assert.ok(fs.existsSync(path.join(dir, 'rel.txt')));
  assert.strictEqual(path.resolve('a'), path.join(dir, 'a'));

  assert.throws(() => process.chdir(path.join(dir, 'missing')), (e) => {
    assert.strictEqual(e.code, 'ENOENT');
    assert.strictEqual(e.syscall, 'chdir');
    assert.match(e.message, /^ENOENT: no such file or directory, chdir /);
    return true;
  });
  assert.throws(() => process.chdir(path.join(dir, 'rel.txt')), { code: 'ENOTDIR' });
  assert.throws(() => process.chdir(42), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(process.cwd(), dir);
} finally {
  process.chdir(start);
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.strictEqual(process.cwd(), start);

const old = process.umask();
assert.ok(Number.isInteger(old) && old >= 0 && old <= 0o777);
assert.strictEqual(process.umask(0o27), old);
assert.strictEqual(process.umask(), 0o27);
assert.strictEqual(process.umask('0022'), 0o27); // octal strings are accepted
assert.strictEqual(process.umask(old), 0o22);
assert.strictEqual(process.umask(), old);
assert.throws(() => process.umask('8'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE' });
