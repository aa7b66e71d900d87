'use strict';
// ReadableStream: default and byte controllers, readers, tee, from, async iteration.
const assert = require('assert');
const { ReadableStream } = require('stream/web');

async function main() {
  assert.strictEqual(globalThis.ReadableStream, ReadableStream);

  // default controller with pull and backpressure
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(pulls);
      if (pulls === 3) c.close();
    },
  }, { highWaterMark: 2 });
  const seen = [];
  for await (const v of rs) seen.push(v);
  assert.deepStrictEqual(seen, [1, 2, 3]);
  assert.strictEqual(rs.locked, false);

  // errors and codes
  assert.throws(() => new ReadableStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ type: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), { name: 'RangeError' });
  assert.throws(() => new ReadableStream({ start(c) { c.close(); c.close(); } }), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => ReadableStream.prototype.getReader.call({}), { code: 'ERR_INVALID_THIS' });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.getReader(), { code: 'ERR_INVALID_STATE', name: 'TypeError' });
  await assert.rejects(locked.cancel(), { code: 'ERR_INVALID_STATE' });

  // errored stream
  const boom = new Error('boom');
  const er = new ReadableStream({ start(c) { c.error(boom); } });
  await assert.rejects(er.getReader().read(), boom);

  // cancel reaches the source
  let reason;
  const cs = new ReadableStream({ cancel(r) { reason = r; } });
  await cs.cancel('why');
  assert.strictEqual(reason, 'why');

  // async iteration: break cancels unless preventCancel
  let canceled = false;
  const it = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { canceled = true; } });
  for await (const v of it) { assert.strictEqual(v, 1); break; }
  assert.strictEqual(canceled, true);
  const kept = new ReadableStream({ pull(c) { c.enqueue(1); } });
  for await (const v of kept.values({ preventCancel: true })) { assert.strictEqual(v, 1); break; }
  assert.strictEqual(kept.locked, false);
  assert.deepStrictEqual(await kept.getReader().read(), { value: 1, done: false });

  // tee
  const [a, b] = ReadableStream.from(['x', 'y']).tee();
  const ra = [];
  for await (const v of a) ra.push(v);
  const rb = [];
  for await (const v of b) rb.push(v);
  assert.deepStrictEqual(ra, ['x', 'y']);
  assert.deepStrictEqual(rb, ['x', 'y']);

  // from: async generator and sync iterable of promises
  async function* gen() { yield 1; yield 2; }
  const fromGen = [];
  for await (const v of ReadableStream.from(gen())) fromGen.push(v);
  assert.deepStrictEqual(fromGen, [1, 2]);
  const fromArr = [];
  for await (const v of ReadableStream.from([Promise.resolve(3), 4])) fromArr.push(v);
  assert.deepStrictEqual(fromArr, [3, 4]);
  assert.throws(() => ReadableStream.from(1), { code: 'ERR_ARG_NOT_ITERABLE' });

  // byte stream with a BYOB reader
  let n = 0;
  const bytes = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      req.view[0] = ++n;
      req.respond(1);
      if (n === 2) c.close();
    },
  });
  const reader = bytes.getReader({ mode: 'byob' });
  const r1 = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual([...r1.value], [1]);
  const r2 = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual([...r2.value], [2]);
  const r3 = await reader.read(new Uint8Array(4));
  assert.strictEqual(r3.done, true);

  // byte stream enqueue with a default reader, and autoAllocateChunkSize
  const auto = new ReadableStream({
    type: 'bytes', autoAllocateChunkSize: 8,
    pull(c) { const v = c.byobRequest.view; v[0] = 42; c.byobRequest.respond(1); c.close(); },
  });
  const ar = await auto.getReader().read();
  assert.ok(ar.value instanceof Uint8Array);
  assert.deepStrictEqual([...ar.value], [42]);
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), { code: 'ERR_INVALID_ARG_VALUE' });

  // BYOB read with min fills across chunks
  const chunks = [new Uint8Array([1, 2]), new Uint8Array([3, 4])];
  const mins = new ReadableStream({ type: 'bytes', pull(c) { const x = chunks.shift(); if (x) c.enqueue(x); else c.close(); } });
  const mr = await mins.getReader({ mode: 'byob' }).read(new Uint8Array(4), { min: 4 });
  assert.deepStrictEqual([...mr.value], [1, 2, 3, 4]);
}

main().then(() => console.log('ok'), (e) => { console.error(e); process.exit(1); });
