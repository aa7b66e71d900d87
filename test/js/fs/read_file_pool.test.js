'use strict';
// fs.readFileSync reads a file that fits into the Buffer pool, as node's small reads are
// (binding.readFileInto): every size around the pool's limits reads back exactly, in every
// encoding; small results share the pool's ArrayBuffer as in node; a file read through an fd
// starts at its position; files with no size (/proc) and errors behave as before.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-rfpool-'));
try {
  for (const n of [0, 1, 100, 4096, 8191, 20000, 32767, 32768, 40000, 65536, 70000, 1 << 20]) {
    const file = path.join(dir, 'f' + n);
    const bytes = Buffer.alloc(n).map((_, i) => (i * 7 + n) & 255);
    fs.writeFileSync(file, bytes);
    for (let k = 0; k < 20; k++) assert.deepStrictEqual(fs.readFileSync(file), bytes, `size ${n}, read ${k}`);
    for (const enc of ['hex', 'latin1', 'base64', 'utf8']) {
      assert.strictEqual(fs.readFileSync(file, enc), bytes.toString(enc), `size ${n}, ${enc}`);
      assert.strictEqual(fs.readFileSync(file, { encoding: enc }), bytes.toString(enc));
    }
  }
  // Results do not overlap, and small ones come from the shared pool.
  const a = fs.readFileSync(path.join(dir, 'f100'));
  const b = fs.readFileSync(path.join(dir, 'f100'));
  assert.strictEqual(a.buffer, b.buffer);
  assert.ok(a.byteOffset + a.length <= b.byteOffset || b.byteOffset + b.length <= a.byteOffset);
  b.fill(0);
  assert.strictEqual(a[1], (7 + 100) & 255);
  assert.notStrictEqual(fs.readFileSync(path.join(dir, 'f65536')).buffer.byteLength, Buffer.poolSize >>> 1);

  const fd = fs.openSync(path.join(dir, 'f100'), 'r');
  fs.readSync(fd, Buffer.alloc(10), 0, 10, null);
  assert.deepStrictEqual(fs.readFileSync(fd), fs.readFileSync(path.join(dir, 'f100')).subarray(10));
  fs.closeSync(fd);

  assert.match(fs.readFileSync('/proc/self/status', 'latin1'), /^Name:/);
  assert.throws(() => fs.readFileSync(path.join(dir, 'nope')),
                { code: 'ENOENT', syscall: 'open', path: path.join(dir, 'nope') });
  assert.throws(() => fs.readFileSync(dir), { code: 'EISDIR', syscall: 'read' });
} finally {
  fs.rmSync(dir, { recursive: true });
}
