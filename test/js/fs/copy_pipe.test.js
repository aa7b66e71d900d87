'use strict';
// readStream.pipe(writeStream) between files: nodec copies in the kernel (copy_file_range) when
// nothing else reads the source (lib/internal/fs/copy_pipe.js). Every case checks the bytes, the
// counters, the events in order and that no fd is left open; the expectations hold in node 24 too.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copy-pipe-'));
const file = (name) => path.join(dir, name);
const fdCount = () => fs.readdirSync('/proc/self/fd').length;

function makeFile(name, size) {
  const b = crypto.randomBytes(size);
  fs.writeFileSync(file(name), b);
  return b;
}

const kinds = ['open', 'ready', 'pipe', 'unpipe', 'data', 'end', 'finish', 'close', 'error'];
function record(stream, tag, log) {
  for (const k of kinds) stream.on(k, (a) => log.push(tag + ':' + k + (k === 'error' ? ':' + a.code : '')));
}

// Pipes and resolves with the events once both streams closed (or the destination, if asked).
function run(rs, ws, { extraData = false, waitFor = 'both' } = {}) {
  const log = [];
  record(ws, 'w', log);
  rs.on('open', () => log.push('r:open'));
  rs.on('end', () => log.push('r:end'));
  rs.on('close', () => log.push('r:close'));
  if (extraData) rs.on('data', () => {});
  rs.pipe(ws);
  return new Promise((resolve) => {
    let closed = 0;
    const done = () => { if (++closed === (waitFor === 'both' ? 2 : 1)) resolve(log); };
    ws.on('close', done);
    if (waitFor === 'both') rs.on('close', done);
  });
}

const noData = (log) => log.filter((e) => e !== 'w:data');

async function main() {
  const before = fdCount();

  // A file bigger than one copy stretch (32 MB), both ways of reading it.
  const big = makeFile('big', 40 * 1024 * 1024 + 12345);
  for (const extraData of [false, true]) {
    const rs = fs.createReadStream(file('big'));
    const ws = fs.createWriteStream(file('big.copy'));
    const log = await run(rs, ws, { extraData });
    assert(fs.readFileSync(file('big.copy')).equals(big));
    assert.strictEqual(rs.bytesRead, big.length);
    assert.strictEqual(ws.bytesWritten, big.length);
    assert.deepStrictEqual(noData(log).filter((e) => e !== 'w:open' && e !== 'w:ready' && e !== 'r:open'),
                           ['w:pipe', 'r:end', 'w:finish', 'w:unpipe', 'r:close', 'w:close']);
  }

  // start/end on the source, start on the destination (inside an existing file).
  const src = makeFile('src', 3 * 1024 * 1024);
  const base = makeFile('dest', 4 * 1024 * 1024);
  {
    const rs = fs.createReadStream(file('src'), { start: 1000, end: 2000999 });
    const ws = fs.createWriteStream(file('dest'), { flags: 'r+', start: 777 });
    await run(rs, ws);
    const want = Buffer.from(base);
    src.copy(want, 777, 1000, 2001000);
    assert(fs.readFileSync(file('dest')).equals(want));
    assert.strictEqual(rs.bytesRead, 2000000);
    assert.strictEqual(ws.bytesWritten, 2000000);
    assert.strictEqual(ws.pos, 777 + 2000000);
  }

  // Appending, by flag and by an fd opened for append; a plain fd.
  {
    fs.writeFileSync(file('app'), 'head:');
    await run(fs.createReadStream(file('src')), fs.createWriteStream(file('app'), { flags: 'a' }));
    const fd = fs.openSync(file('app'), 'a');
    await run(fs.createReadStream(file('src')), fs.createWriteStream(null, { fd }));
    assert(fs.readFileSync(file('app')).equals(Buffer.concat([Buffer.from('head:'), src, src])));
    const fd2 = fs.openSync(file('plainfd'), 'w');
    const ws = fs.createWriteStream(null, { fd: fd2 });
    await run(fs.createReadStream(file('src')), ws);
    assert(fs.readFileSync(file('plainfd')).equals(src));
    assert.strictEqual(ws.bytesWritten, src.length);
  }

  // An empty file, a procfs file (copy_file_range would see it as empty), /dev/null as the sink.
  {
    fs.writeFileSync(file('empty'), '');
    const log = await run(fs.createReadStream(file('empty')), fs.createWriteStream(file('empty.copy')));
    assert.strictEqual(fs.readFileSync(file('empty.copy')).length, 0);
    assert(log.includes('r:end') && log.includes('w:finish'));
    await run(fs.createReadStream('/proc/version'), fs.createWriteStream(file('version')));
    assert.strictEqual(fs.readFileSync(file('version'), 'utf8'), fs.readFileSync('/proc/version', 'utf8'));
    const ws = fs.createWriteStream('/dev/null');
    await run(fs.createReadStream(file('src')), ws);
    assert.strictEqual(ws.bytesWritten, src.length);
  }

  // The destination fails to open: the source is unpiped and the error reported as usual.
  {
    const rs = fs.createReadStream(file('src'));
    const ws = fs.createWriteStream(path.join(dir, 'no', 'such', 'dir', 'x'));
    const log = await run(rs, ws, { waitFor: 'dest' });
    assert.deepStrictEqual(log.filter((e) => e.startsWith('w:')), ['w:pipe', 'w:unpipe', 'w:error:ENOENT', 'w:close']);
    rs.destroy();
    await new Promise((resolve) => rs.on('close', resolve));
  }

  // The destination destroyed while the copy runs: no crash, its fd closed once the job is over.
  {
    const rs = fs.createReadStream(file('big'));
    const ws = fs.createWriteStream(file('cut'));
    ws.on('ready', () => setImmediate(() => ws.destroy()));
    await run(rs, ws, { waitFor: 'dest' });
    rs.destroy();
    await new Promise((resolve) => rs.on('close', resolve));
    assert(fs.statSync(file('cut')).size <= big.length);
  }

  assert.strictEqual(fdCount(), before, 'an fd was left open');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('ok');
}

main();
