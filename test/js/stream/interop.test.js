'use strict';
// Streams: legacy _stream_* aliases, eventNames() with pre-shaped _events, finished() waiting for
// pending writes, Duplex.from(web streams), Readable.toWeb({ type: 'bytes' }) with a BYOB reader,
// compose() reporting a non-null return from the final async function as a stream error.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, finished, compose } = stream;
const { ReadableStream, WritableStream } = require('stream/web');

assert.strictEqual(require('_stream_readable'), Readable);
assert.strictEqual(require('_stream_writable'), Writable);
assert.strictEqual(require('_stream_duplex'), Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);

{
  const r = new Readable();
  assert.deepStrictEqual(r.eventNames(), []);
  r.on('foo', () => {});
  r.on('error', () => {});
  assert.deepStrictEqual(r.eventNames(), ['error', 'foo']);
}

const checks = [];

checks.push(new Promise((resolve) => {
  let written = false;
  const d = new Duplex({
    write(chunk, enc, cb) { setImmediate(() => { written = true; cb(); }); },
    read() {},
  });
  d.end('x');
  finished(d, { readable: false }, (err) => {
    assert.ifError(err);
    assert.strictEqual(written, true);
    resolve();
  });
}));

checks.push((async () => {
  const d = Duplex.from(new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
  }));
  let got = '';
  for await (const chunk of d) got += chunk;
  assert.strictEqual(got, 'ab');

  let sink = '';
  const w = Duplex.from(new WritableStream({ write(chunk) { sink += chunk; } }));
  await new Promise((resolve, reject) => {
    w.on('error', reject);
    w.end('xyz', resolve);
  });
  assert.strictEqual(sink, 'xyz');
})());

checks.push((async () => {
  assert.throws(() => Readable.toWeb(new Readable({ read() {} }), { type: 'nope' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  const src = Readable.from([Buffer.alloc(5, 'hello')]);
  const reader = Readable.toWeb(src, { type: 'bytes' }).getReader({ mode: 'byob' });
  const { value, done } = await reader.read(new Uint8Array(16));
  assert.strictEqual(done, false);
  assert.strictEqual(Buffer.from(value).toString(), 'hello');
})());

checks.push(new Promise((resolve) => {
  const s = compose(async function* () { yield 'a'; }(), async function (source) {
    let all = '';
    for await (const c of source) all += c;
    return all;
  });
  finished(s, (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
    resolve();
  });
}));

Promise.all(checks).then(() => {}, (e) => { console.error(e); process.exit(1); });
