'use strict';
// fs behaviour checked against node 24: watch ignore, cp symlink rules, raw readdir names,
// FileHandle close/refs with streams, Dir operation ordering, WriteStream EAGAIN retry.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-fsc-'));
const j = (...p) => path.join(dir, ...p);

// watch: ignore validation.
assert.throws(() => fs.watch(dir, { ignore: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watch(dir, { ignore: [''] }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.ignore[0]' must be a non-empty string. Received ''",
});
assert.rejects(async () => { for await (const e of fsp.watch(dir, { overflow: 'x' })) void e; },
  { code: 'ERR_INVALID_ARG_VALUE' });

// readdir: names that are not UTF-8 come back byte-exact for other encodings.
const raw = Buffer.from([0x3d, 0xd8, 0x04, 0xdc]);
fs.mkdirSync(j('raw'));
fs.closeSync(fs.openSync(Buffer.concat([Buffer.from(j('raw') + '/'), raw]), 'w'));
assert.deepStrictEqual(fs.readdirSync(j('raw'), 'buffer'), [raw]);
assert.strictEqual(fs.readdirSync(j('raw'), 'ucs2')[0], raw.toString('ucs2'));

// cp: a symlink over a regular file fails with EEXIST; a link into its own target's parent, and a
// destination reached through a symlink to src, are refused.
fs.mkdirSync(j('s2', 'a', 'b'), { recursive: true });
fs.symlinkSync(j('s2', 'a', 'b'), j('s2', 'a', 'c'));
fs.mkdirSync(j('d2', 'a'), { recursive: true });
fs.writeFileSync(j('d2', 'a', 'c'), 'h');
assert.throws(() => fs.cpSync(j('s2'), j('d2'), { recursive: true }), { code: 'EEXIST' });
fs.rmSync(j('d2', 'a', 'c'));
fs.symlinkSync(j('s2'), j('d2', 'a', 'c'));
assert.throws(() => fs.cpSync(j('s2'), j('d2'), { recursive: true }), { code: 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY' });
fs.mkdirSync(j('s4', 'a'), { recursive: true });
fs.mkdirSync(j('d4'));
fs.symlinkSync(j('s4'), j('d4', 'b'));
assert.throws(() => fs.cpSync(j('s4'), j('d4', 'b', 'c'), { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });

// writeFileSync with a Float16Array / DataView writes their bytes.
const bytes = Buffer.from('abcdefgh');
fs.writeFileSync(j('f16'), new DataView(bytes.buffer, bytes.byteOffset, 8));
assert.strictEqual(fs.readFileSync(j('f16'), 'utf8'), 'abcdefgh');
if (typeof Float16Array === 'function') {
  fs.writeFileSync(j('f16'), new Float16Array(bytes.buffer, bytes.byteOffset, 4));
  assert.strictEqual(fs.readFileSync(j('f16'), 'utf8'), 'abcdefgh');
}

(async () => {
  // Dir: a close() asked for while a read() is pending runs after it.
  const d = await fsp.opendir(j('raw'));
  const p1 = d.read();
  const p2 = d.close();
  assert.ok(await p1);
  await p2;
  await assert.rejects(d.read(), { code: 'ERR_DIR_CLOSED' });

  // FileHandle: 'close' is emitted at once; a stream on the handle ends with it.
  fs.writeFileSync(j('fh'), 'hello');
  const h = await fsp.open(j('fh'));
  const rs = fs.createReadStream(null, { fd: h });
  let handleClosed = false;
  h.on('close', () => { handleClosed = true; });
  const closing = h.close();
  assert.strictEqual(handleClosed, true);
  await new Promise((resolve) => rs.on('close', resolve));
  await closing;
  assert.strictEqual(h.fd, -1);

  // fs.promises.truncate / readFile go through a FileHandle.
  await fsp.truncate(j('fh'), 2);
  assert.strictEqual(await fsp.readFile(j('fh'), 'utf8'), 'he');

  // WriteStream: EAGAIN from fs.write is retried.
  let calls = 0;
  const ws = fs.createWriteStream(j('ws'), {
    fs: {
      open: fs.open,
      close: fs.close,
      write(fd, buf, off, len, pos, cb) {
        if (calls++ === 0) return process.nextTick(cb, Object.assign(new Error('again'), { code: 'EAGAIN' }), 0, buf);
        fs.write(fd, buf, off, len, pos, cb);
      },
    },
  });
  ws.end('foo');
  await new Promise((resolve, reject) => { ws.on('close', resolve); ws.on('error', reject); });
  assert.strictEqual(fs.readFileSync(j('ws'), 'utf8'), 'foo');
  assert.strictEqual(calls, 2);

  fs.rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  fs.rmSync(dir, { recursive: true, force: true });
  throw e;
});
