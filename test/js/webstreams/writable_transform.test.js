'use strict';
// WritableStream, TransformStream, pipeTo/pipeThrough and queuing strategies.
const assert = require('assert');
const { WritableStream, TransformStream, ReadableStream, CountQueuingStrategy,
  ByteLengthQueuingStrategy } = require('stream/web');

async function main() {
  // writes are serialized; close waits for them
  const log = [];
  const ws = new WritableStream({
    async write(chunk) { await null; log.push(chunk); },
    close() { log.push('close'); },
  });
  const w = ws.getWriter();
  w.write('a');
  w.write('b');
  await w.close();
  assert.deepStrictEqual(log, ['a', 'b', 'close']);

  // backpressure: desiredSize and ready
  let release;
  const slow = new WritableStream({ write() { return new Promise((r) => { release = r; }); } },
    new CountQueuingStrategy({ highWaterMark: 2 }));
  const sw = slow.getWriter();
  assert.strictEqual(sw.desiredSize, 2);
  sw.write(1);
  sw.write(2);
  assert.strictEqual(sw.desiredSize, 0);
  await new Promise((r) => setTimeout(r, 1));
  release();
  await new Promise((r) => setTimeout(r, 1));
  assert.strictEqual(sw.desiredSize, 1);

  // abort rejects pending writes and reaches the sink
  let aborted;
  const ab = new WritableStream({ write() { return new Promise(() => {}); }, abort(r) { aborted = r; } });
  const aw = ab.getWriter();
  const p = aw.write('x');
  p.catch(() => {});
  const p2 = aw.write('y');
  await aw.abort('stop');
  assert.strictEqual(aborted, 'stop');
  await assert.rejects(p2, (e) => e === 'stop');
  assert.throws(() => new WritableStream({ type: 'bytes' }), { name: 'RangeError' });
  assert.throws(() => new WritableStream({ write: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

  // sink error
  const err = new Error('sink');
  const bad = new WritableStream({ write() { throw err; } });
  const bw = bad.getWriter();
  await assert.rejects(bw.write(1), err);
  await assert.rejects(bw.closed, err);

  // TransformStream + pipeThrough + pipeTo
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  const out = [];
  await ReadableStream.from(['a', 'b']).pipeThrough(upper)
    .pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  assert.deepStrictEqual(out, ['A', 'B', '!']);

  // identity transform
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write(1);
  iw.close();
  const got = [];
  for await (const v of id.readable) got.push(v);
  assert.deepStrictEqual(got, [1]);

  // pipeTo options: preventClose and signal
  const dest = new WritableStream();
  await ReadableStream.from([1]).pipeTo(dest, { preventClose: true });
  assert.strictEqual(dest.locked, false);
  const dw = dest.getWriter();
  await dw.write(2);
  const ac = new AbortController();
  const never = new ReadableStream({ pull() { return new Promise(() => {}); } });
  const piping = never.pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(piping, { name: 'AbortError' });
  await assert.rejects(ReadableStream.from([]).pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' });

  // error propagates forward with abort
  let destAbort;
  const errSrc = new ReadableStream({ start(c) { c.error(new Error('src')); } });
  await assert.rejects(errSrc.pipeTo(new WritableStream({ abort(r) { destAbort = r; } })), /src/);
  assert.strictEqual(destAbort.message, 'src');

  // strategies
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  assert.strictEqual(bl.highWaterMark, 16);
  assert.strictEqual(bl.size(new Uint8Array(5)), 5);
  assert.strictEqual(new CountQueuingStrategy({ highWaterMark: 3 }).size(), 1);
  assert.throws(() => new CountQueuingStrategy(), { code: 'ERR_INVALID_ARG_TYPE' });

  // terminate
  const term = new TransformStream({ start(c) { c.enqueue('only'); c.terminate(); } });
  const tr = [];
  for await (const v of term.readable) tr.push(v);
  assert.deepStrictEqual(tr, ['only']);
}

main().then(() => console.log('ok'), (e) => { console.error(e); process.exit(1); });
