'use strict';
// node:fs callback and promise APIs, FileHandle, streams, watchers (runs under node 24 too).
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const { pipeline } = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-fsa-'));
const f = path.join(dir, 'a.txt');

function cb(fn, ...args) {
  return new Promise((resolve, reject) => fn(...args, (err, v) => (err ? reject(err) : resolve(v))));
}

(async () => {
  await cb(fs.writeFile, f, 'abc');
  assert.strictEqual(await cb(fs.readFile, f, 'utf8'), 'abc');
  await cb(fs.appendFile, f, 'def');
  assert.strictEqual((await cb(fs.stat, f)).size, 6);
  assert.strictEqual((await cb(fs.stat, f, { bigint: true })).size, 6n);
  await assert.rejects(cb(fs.readFile, path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'open' });
  assert.throws(() => fs.readFile(f), { code: 'ERR_INVALID_ARG_TYPE' });
  const exists = await new Promise((r) => fs.exists(f, r));
  assert.strictEqual(exists, true);

  // open/read/write/close with callbacks
  const fd = await cb(fs.open, f, 'r');
  const b = Buffer.alloc(3);
  const n = await new Promise((resolve, reject) =>
    fs.read(fd, b, 0, 3, 1, (err, bytes, buf) => (err ? reject(err) : resolve([bytes, buf]))));
  assert.strictEqual(n[0], 3);
  assert.strictEqual(n[1].toString(), 'bcd');
  await cb(fs.close, fd);

  // Promises + FileHandle
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'abcdef');
  await fsp.writeFile(f, ['x', 'y', 'z']);
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'xyz');
  const h = await fsp.open(f, 'r+');
  assert.strictEqual(typeof h.fd, 'number');
  const { bytesRead, buffer } = await h.read(Buffer.alloc(3), 0, 3, 0);
  assert.strictEqual(bytesRead, 3);
  assert.strictEqual(buffer.toString(), 'xyz');
  await h.write('Q', 0);
  assert.strictEqual((await h.stat()).size, 3);
  await h.truncate(2);
  assert.strictEqual(await h.readFile('utf8'), 'Qy');
  await h.close();
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'Qy');
  await fsp.mkdir(path.join(dir, 'd', 'e'), { recursive: true });
  assert.deepStrictEqual((await fsp.readdir(dir)).sort(), ['a.txt', 'd']);
  const names = [];
  for await (const e of await fsp.opendir(dir)) names.push(e.name);
  assert.deepStrictEqual(names.sort(), ['a.txt', 'd']);
  await assert.rejects(fsp.stat(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'stat' });
  await fsp.cp(path.join(dir, 'd'), path.join(dir, 'd2'), { recursive: true });
  assert((await fsp.stat(path.join(dir, 'd2', 'e'))).isDirectory());
  await fsp.rm(path.join(dir, 'd2'), { recursive: true });
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.readFile(f, { signal: ac.signal }), { name: 'AbortError' });

  // Streams: start/end, pipe, events
  const big = path.join(dir, 'big');
  fs.writeFileSync(big, Buffer.alloc(300000, 7));
  const events = [];
  const rs = fs.createReadStream(big, { start: 100, end: 200099, highWaterMark: 4096 });
  rs.on('open', () => events.push('open'));
  rs.on('ready', () => events.push('ready'));
  rs.on('close', () => events.push('close'));
  const ws = fs.createWriteStream(path.join(dir, 'out'));
  await pipeline(rs, ws);
  assert.strictEqual(fs.statSync(path.join(dir, 'out')).size, 200000);
  assert.strictEqual(ws.bytesWritten, 200000);
  await new Promise((r) => setImmediate(r));
  assert.deepStrictEqual(events, ['open', 'ready', 'close']);
  const errs = await new Promise((resolve) =>
    fs.createReadStream(path.join(dir, 'nope')).on('error', resolve));
  assert.strictEqual(errs.code, 'ENOENT');

  // fs.watch sees a change; watchFile sees a size change
  const w = path.join(dir, 'watched');
  fs.writeFileSync(w, '1');
  const seen = new Promise((resolve) => {
    const watcher = fs.watch(dir, (type, name) => {
      if (name === 'watched') { watcher.close(); resolve(type); }
    });
  });
  setTimeout(() => fs.writeFileSync(w, '22'), 50);
  assert(['change', 'rename'].includes(await seen));
  const polled = new Promise((resolve) => {
    fs.watchFile(w, { interval: 20 }, (curr, prev) => {
      fs.unwatchFile(w);
      resolve([curr.size, prev.size]);
    });
  });
  setTimeout(() => fs.writeFileSync(w, '333'), 100);
  assert.deepStrictEqual(await polled, [3, 2]);
})().finally(() => fs.rmSync(dir, { recursive: true, force: true })).catch((e) => {
  console.error(e);
  process.exit(1);
});
