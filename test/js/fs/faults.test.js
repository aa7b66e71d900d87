'use strict';
// Faults report errors and never crash or leak: EMFILE under `ulimit -n 64` for 1000 sync and
// async opens, ENOSPC on a full device (sync, callback and stream), EIO on a read-only place, and a
// read stream destroyed in the middle of a pipe gives its descriptor back (counted in /proc/self/fd).
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Writable } = require('stream');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 20000);
watchdog.unref();

if (process.argv[2] === 'emfile') {
  // Child: with 64 descriptors, 1000 opens must fail one by one with EMFILE.
  const fds = [];
  let sync = 0;
  for (let i = 0; i < 1000; i++) {
    try { fds.push(fs.openSync(__filename, 'r')); } catch (e) { assert.strictEqual(e.code, 'EMFILE'); assert.strictEqual(e.syscall, 'open'); sync++; }
  }
  let pending = 1000, async = 0;
  for (let i = 0; i < 1000; i++) {
    fs.open(__filename, 'r', (err, fd) => {
      if (err) { assert.strictEqual(err.code, 'EMFILE'); async++; } else fds.push(fd);
      if (--pending === 0) {
        for (const fd of fds) fs.closeSync(fd);
        console.log(JSON.stringify({ sync, async }));
      }
    });
  }
  return;
}

const r = spawnSync('/bin/sh', ['-c', `ulimit -n 64 && exec "$0" "$1" emfile`, process.execPath, __filename], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const counts = JSON.parse(r.stdout);
assert.ok(counts.sync > 900 && counts.async > 900, r.stdout);

assert.throws(() => fs.writeFileSync('/dev/full', 'x'), { code: 'ENOSPC', syscall: 'write' });
assert.throws(() => fs.writeFileSync('/proc/version', 'x'), { code: 'EIO', syscall: 'write' });

function fdCount() { return fs.readdirSync('/proc/self/fd').length; }

async function main() {
  await new Promise((resolve) => fs.writeFile('/dev/full', 'x', (err) => { assert.strictEqual(err.code, 'ENOSPC'); resolve(); }));
  await new Promise((resolve) => {
    const ws = fs.createWriteStream('/dev/full');
    ws.on('error', (err) => { assert.strictEqual(err.code, 'ENOSPC'); resolve(); });
    ws.write('abc');
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-faults-'));
  const big = path.join(dir, 'big');
  fs.writeFileSync(big, Buffer.alloc(8 << 20, 1));
  const before = fdCount();
  await new Promise((resolve) => {
    const rs = fs.createReadStream(big);
    let seen = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk, enc, cb) {
        seen += chunk.length;
        if (seen > 256 << 10) rs.destroy();
        setTimeout(cb, 1);
      },
    });
    rs.on('close', resolve);
    rs.pipe(slow);
  });
  assert.strictEqual(fdCount(), before);
  fs.rmSync(dir, { recursive: true });
}

main().catch((err) => { console.error(err); process.exit(1); });
