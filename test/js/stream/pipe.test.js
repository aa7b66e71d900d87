'use strict';
// node:stream pipe/unpipe, pipeline, finished, compose, addAbortSignal, utils, legacy Stream (expected log recorded with node 24).
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, compose, addAbortSignal, promises, isReadable, isErrored, isDisturbed, getDefaultHighWaterMark, setDefaultHighWaterMark } = stream;

const log = [];
const L = (...a) => log.push(a.map((x) => (Buffer.isBuffer(x) ? `<${x.toString()}>` : String(x))).join(' '));
const scenarios = [];
const scenario = (name, fn) => scenarios.push([name, fn]);

scenario('pipe with backpressure and events', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 4, read() { i++; if (i > 5) this.push(null); else this.push('c' + i); } });
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { L('_write', c); setTimeout(cb, 1); } });
  w.on('pipe', (src) => L('pipe', src === r));
  w.on('unpipe', (src) => L('unpipe', src === r));
  w.on('drain', () => L('drain'));
  r.on('pause', () => L('pause'));
  r.on('end', () => L('end'));
  w.on('finish', () => { L('finish', r._readableState.pipes.length); done(); });
  L('ret same', r.pipe(w) === w);
});

scenario('unpipe stops flow', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  const w = new Writable({ objectMode: true, write(c, e, cb) { L('_write', c); cb(); } });
  w.on('unpipe', () => L('unpipe', r.readableFlowing));
  r.pipe(w);
  r.push(1);
  setImmediate(() => {
    r.unpipe(w);
    r.push(2);
    setImmediate(() => { L('buffered', r.readableLength); done(); });
  });
});

scenario('pipe to two destinations waits for both drains', (done) => {
  const r = new Readable({ objectMode: true, highWaterMark: 1, read() {} });
  const mk = (name, delay) => new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { L(name, c); setTimeout(cb, delay); } });
  const a = mk('a', 1);
  const b = mk('b', 4);
  r.pipe(a); r.pipe(b);
  r.push(1); r.push(2); r.push(3); r.push(null);
  let f = 0;
  const fin = () => { if (++f === 2) done(); };
  a.on('finish', () => { L('a finish'); fin(); });
  b.on('finish', () => { L('b finish'); fin(); });
});

scenario('pipe dest error unpipes', (done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('wbad')); } });
  w.on('unpipe', () => L('unpipe'));
  w.on('error', (e) => L('error', e.message));
  w.on('close', () => { L('close', r.destroyed, r._readableState.pipes.length); done(); });
  r.pipe(w);
  r.push('x');
});

scenario('pipeline callback, generators, value', (done) => {
  pipeline(
    Readable.from(['a', 'b']),
    async function* (src) { for await (const c of src) yield c + '1'; },
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
    async function (src) { let s = ''; for await (const c of src) s += c; return s; },
    (err, val) => { L('done', err, val); done(); },
  );
});

scenario('pipeline error destroys all', (done) => {
  const r = new Readable({ read() {} });
  const t = new PassThrough();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const [n, s] of [['r', r], ['t', t], ['w', w]]) s.on('close', () => L('close', n, s.destroyed));
  pipeline(r, t, w, (err) => { L('cb', err && err.message); setTimeout(done, 2); });
  r.push('x');
  setImmediate(() => t.destroy(new Error('mid')));
});

scenario('pipeline premature close', (done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(r, w, (err) => { L('cb', err && err.code); done(); });
  setImmediate(() => r.destroy());
});

scenario('promises.pipeline with signal', async (done) => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  const p = promises.pipeline(r, new PassThrough(), { signal: ac.signal });
  setImmediate(() => ac.abort());
  try { await p; } catch (e) { L('rejected', e.name, e.code); }
  L('r destroyed', r.destroyed);
  try { pipeline(r, () => {}); } catch (e) { L('sync throw', e.code); }
  try { pipeline(r); } catch (e) { L('missing', e.code); }
  const v = await promises.pipeline(Readable.from([1, 2]), async function (src) { let n = 0; for await (const x of src) n += x; return n; });
  L('value', v);
  done();
});

scenario('finished options and cleanup', async (done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => L('r finished', err));
  r.push(null);
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cleanup = finished(w, () => L('never'));
  cleanup();
  finished(w, { readable: false }, (err) => L('w finished', err));
  w.end('x');
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => L('d writable side done', err));
  d.end();
  const e = new Readable({ read() {} });
  finished(e, { error: false }, (err) => L('e finished', err && err.code));
  e.on('error', () => L('e error'));
  e.destroy(new Error('err'));
  const p = new Readable({ read() {} });
  finished(p, (err) => L('p premature', err && err.code));
  p.destroy();
  await promises.finished(r);
  L('promise finished');
  const ac = new AbortController();
  const s = new Readable({ read() {} });
  finished(s, { signal: ac.signal }, (err) => { L('signal', err.name); done(); });
  ac.abort();
});

scenario('compose', async (done) => {
  const c = compose(new PassThrough(), async function* (src) { for await (const x of src) yield String(x) + '!'; }, new PassThrough({ objectMode: true }));
  c.end('hi');
  L('composed', JSON.stringify(await c.toArray()));
  const up = Readable.from(['a', 'b']).compose(async function* (src) { for await (const x of src) yield x.toUpperCase(); });
  L('method', JSON.stringify(await up.toArray()));
  try { compose(); } catch (e) { L(e.code); }
  done();
});

scenario('addAbortSignal and signal option', (done) => {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => L('error', e.name, e.code));
  r.on('close', () => L('close'));
  ac.abort();
  const ac2 = new AbortController();
  ac2.abort();
  const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
  w.on('error', (e) => { L('w error', e.name); done(); });
  try { addAbortSignal('x', r); } catch (e) { L(e.code); }
});

scenario('utils and highWaterMark defaults', (done) => {
  const r = new Readable({ read() {} });
  L(isReadable(r), isErrored(r), isDisturbed(r), stream.isWritable(r), stream.isDestroyed(r));
  r.push('x'); r.read();
  L('disturbed', isDisturbed(r));
  r.destroy(new Error('e'));
  r.on('error', () => {});
  L('after destroy', isReadable(r), isErrored(r), stream.isDestroyed(r));
  L(getDefaultHighWaterMark(false), getDefaultHighWaterMark(true), new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
  setDefaultHighWaterMark(false, 1024);
  L(new PassThrough().readableHighWaterMark);
  setDefaultHighWaterMark(false, 65536);
  try { setDefaultHighWaterMark(false, -1); } catch (e) { L(e.code); }
  L(typeof stream.Stream, stream.Stream === stream, new stream.Stream() instanceof require('events'));
  L(new Duplex() instanceof Writable, new Transform() instanceof Writable, new Readable() instanceof Writable);
  L(Object.keys(stream).join(','));
  L(require('util').promisify(stream.pipeline) === promises.pipeline, require('stream/promises') === promises);
  done();
});

scenario('legacy Stream pipe', (done) => {
  const src = new stream.Stream();
  src.readable = true;
  const w = new Writable({ write(c, e, cb) { L('w', c); cb(); } });
  w.on('finish', () => { L('finish'); done(); });
  src.pipe(w);
  src.emit('data', Buffer.from('old'));
  src.emit('end');
});
(async function run() {
  for (const [name, fn] of scenarios) {
    L('##', name);
    await new Promise((resolve) => fn(resolve));
  }
  finish();
})();

function finish() {
  if (process.env.PRINT_LOG) { console.log(JSON.stringify(log, null, 1)); return; }
  const got = JSON.stringify(log, null, 1);
  const want = JSON.stringify(EXPECTED, null, 1);
  if (got !== want) {
    const g = got.split('\n');
    const w = want.split('\n');
    for (let i = 0; i < Math.max(g.length, w.length); i++) {
      if (g[i] !== w[i]) { console.log(`first difference at line ${i}:\n got: ${g[i]}\nwant: ${w[i]}`); break; }
    }
    process.exitCode = 1;
  }
}

const EXPECTED = [
 "## pipe with backpressure and events",
 "pipe true",
 "ret same true",
 "_write <c1>",
 "pause",
 "drain",
 "_write <c2>",
 "pause",
 "drain",
 "_write <c3>",
 "pause",
 "drain",
 "_write <c4>",
 "pause",
 "drain",
 "_write <c5>",
 "pause",
 "end",
 "finish 1",
 "unpipe true",
 "## unpipe stops flow",
 "_write 1",
 "unpipe false",
 "buffered 1",
 "## pipe to two destinations waits for both drains",
 "a 1",
 "b 1",
 "a 2",
 "b 2",
 "a 3",
 "b 3",
 "a finish",
 "b finish",
 "## pipe dest error unpipes",
 "unpipe",
 "error wbad",
 "close false 0",
 "## pipeline callback, generators, value",
 "done undefined A1B1",
 "## pipeline error destroys all",
 "close t true",
 "close r true",
 "close w true",
 "cb mid",
 "## pipeline premature close",
 "cb ERR_STREAM_PREMATURE_CLOSE",
 "## promises.pipeline with signal",
 "rejected AbortError ABORT_ERR",
 "r destroyed true",
 "sync throw ERR_MISSING_ARGS",
 "missing ERR_INVALID_ARG_TYPE",
 "value 3",
 "## finished options and cleanup",
 "d writable side done undefined",
 "e error",
 "e finished undefined",
 "p premature ERR_STREAM_PREMATURE_CLOSE",
 "w finished undefined",
 "r finished undefined",
 "promise finished",
 "signal AbortError",
 "## compose",
 "composed [\"hi!\"]",
 "method [\"A\",\"B\"]",
 "ERR_MISSING_ARGS",
 "## addAbortSignal and signal option",
 "ERR_INVALID_ARG_TYPE",
 "error AbortError ABORT_ERR",
 "close",
 "w error AbortError",
 "## utils and highWaterMark defaults",
 "true false false null false",
 "disturbed true",
 "after destroy false false true",
 "65536 16 65536 16",
 "1024",
 "ERR_OUT_OF_RANGE",
 "function true true",
 "true true false",
 "isDestroyed,isDisturbed,isErrored,isReadable,isWritable,Readable,Writable,Duplex,Transform,PassThrough,duplexPair,pipeline,addAbortSignal,finished,destroy,compose,setDefaultHighWaterMark,getDefaultHighWaterMark,promises,Stream,_isArrayBufferView,_isUint8Array,_uint8ArrayToBuffer",
 "true true",
 "## legacy Stream pipe",
 "w <old>",
 "finish"
];
