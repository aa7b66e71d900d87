'use strict';
// node:stream Writable: callbacks, drain, cork/writev, final, errors, destroy (expected log recorded with node 24).
const { Writable } = require('stream');

const log = [];
const L = (...a) => log.push(a.map((x) => (Buffer.isBuffer(x) ? `<${x.toString()}>` : String(x))).join(' '));
const scenarios = [];
const scenario = (name, fn) => scenarios.push([name, fn]);

scenario('write/end callbacks, finish then close', (done) => {
  const w = new Writable({ write(c, e, cb) { L('_write', c, e); setTimeout(cb, 1); } });
  w.on('finish', () => L('finish', w.writableFinished));
  w.on('prefinish', () => L('prefinish'));
  w.on('close', () => { L('close', w.closed); done(); });
  L('w1', w.write('a', () => L('cb a')));
  L('w2', w.write('b', 'utf8', () => L('cb b')));
  L('len', w.writableLength, 'ended', w.writableEnded);
  w.end('c', () => L('end cb'));
  L('ended', w.writableEnded, 'writable', w.writable);
});

scenario('sync _write callbacks batch + drain', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { L('_write', c); cb(); } });
  w.on('drain', () => L('drain', w.writableNeedDrain));
  L('r1', w.write('ab', () => L('cb1')), 'r2', w.write('cd', () => L('cb2')), 'needDrain', w.writableNeedDrain);
  Promise.resolve().then(() => L('promise'));
  process.nextTick(() => L('tick'));
  setTimeout(() => { w.end(); w.on('close', done); }, 2);
});

scenario('cork/uncork with _writev', (done) => {
  const w = new Writable({
    write(c, e, cb) { L('_write', c); cb(); },
    writev(chunks, cb) { L('_writev', chunks.map((x) => x.chunk.toString()).join('|'), chunks.allBuffers); cb(); },
  });
  w.write('x');
  w.cork();
  w.write('a'); w.write('b');
  L('corked', w.writableCorked, 'buffered', w.writableBuffer.length, w._writableState.bufferedRequestCount);
  process.nextTick(() => { w.uncork(); L('uncorked'); w.end(); });
  w.on('finish', () => { L('finish'); done(); });
});

scenario('_final and errors in final', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { L('final'); setTimeout(cb, 1); } });
  w.on('prefinish', () => L('prefinish'));
  w.on('finish', () => L('finish'));
  w.end('x', () => L('end cb'));
  w.on('close', () => {
    const w2 = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
    w2.on('error', (e) => L('w2 error', e.message));
    w2.on('close', () => { L('w2 close'); done(); });
    w2.end(() => L('w2 end cb'));
  });
});

scenario('write after end / destroyed / null', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => L('error', e.code));
  w.end();
  const r = w.write('x', (e) => L('cb', e && e.code));
  L('ret', r);
  const d = new Writable({ write(c, e, cb) { cb(); } });
  d.on('error', (e) => L('d error', e.code));
  d.destroy();
  d.write('y', (e) => L('d cb', e && e.code));
  try { d.write(null); } catch (e) { L('null', e.code); }
  try { d.write(5); } catch (e) { L('num', e.code); }
  try { d.write('a', 'nope'); } catch (e) { L('enc', e.code); }
  d.end((e) => L('d end cb', e && e.code));
  w.end((e) => { L('w end again', e && e.code); setTimeout(done, 2); });
});

scenario('_write error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  w.on('error', (e) => L('error', e.message, w.writableAborted, w.errored === e));
  w.on('close', () => { L('close'); done(); });
  w.write('a', (e) => L('cb a', e && e.message));
  w.write('b', (e) => L('cb b', e && e.message));
});

scenario('destroy with buffered writes', (done) => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  w.write('1', (e) => L('cb1', e ? e.code || e.message : null));
  w.write('2', (e) => L('cb2', e ? e.code || e.message : null));
  w.end((e) => L('end cb', e ? e.code || e.message : null));
  w.on('error', (e) => L('error', e.message));
  w.on('close', () => { L('close'); setTimeout(done, 10); });
  w.destroy(new Error('gone'));
});

scenario('decodeStrings / defaultEncoding / objectMode', (done) => {
  const w = new Writable({ decodeStrings: false, defaultEncoding: 'hex', write(c, e, cb) { L('chunk', typeof c, c, e); cb(); } });
  w.write('6869');
  w.setDefaultEncoding('BASE64');
  w.write('aGk=');
  w.write(new Uint8Array([104, 105]));
  const b = new Writable({ write(c, e, cb) { L('b chunk', c, e); cb(); }, defaultEncoding: 'hex' });
  b.write('6869');
  const o = new Writable({ objectMode: true, write(c, e, cb) { L('o chunk', JSON.stringify(c), e); cb(); } });
  o.write({ x: 1 }); o.write('s');
  try { new Writable({ defaultEncoding: 'bogus' }); } catch (e) { L(e.code); }
  try { new Writable({ highWaterMark: -1 }); } catch (e) { L(e.code, e.message); }
  setTimeout(done, 1);
});

scenario('multiple callback', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => { L('error', e.code); done(); });
  w.write('x');
});

scenario('construct delays writes', (done) => {
  const w = new Writable({
    construct(cb) { L('construct'); setTimeout(() => { L('constructed'); cb(); }, 2); },
    write(c, e, cb) { L('_write', c); cb(); },
    final(cb) { L('final'); cb(); },
  });
  w.write('a');
  w.end('b');
  w.on('finish', () => L('finish'));
  w.on('close', () => { L('close'); done(); });
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
 "## write/end callbacks, finish then close",
 "_write <a> buffer",
 "w1 true",
 "w2 true",
 "len 2 ended false",
 "ended true writable false",
 "_write <b> buffer",
 "cb a",
 "_write <c> buffer",
 "cb b",
 "prefinish",
 "end cb",
 "finish true",
 "close true",
 "## sync _write callbacks batch + drain",
 "_write <ab>",
 "_write <cd>",
 "r1 true r2 true needDrain false",
 "promise",
 "cb1",
 "cb2",
 "tick",
 "## cork/uncork with _writev",
 "_write <x>",
 "corked 1 buffered 2 2",
 "_writev a|b true",
 "uncorked",
 "finish",
 "## _final and errors in final",
 "final",
 "prefinish",
 "end cb",
 "finish",
 "w2 error final failed",
 "w2 close",
 "w2 end cb",
 "## write after end / destroyed / null",
 "ret false",
 "null ERR_STREAM_NULL_VALUES",
 "num ERR_INVALID_ARG_TYPE",
 "enc ERR_UNKNOWN_ENCODING",
 "cb ERR_STREAM_WRITE_AFTER_END",
 "error ERR_STREAM_WRITE_AFTER_END",
 "d cb ERR_STREAM_DESTROYED",
 "w end again ERR_STREAM_DESTROYED",
 "## _write error",
 "cb a wfail",
 "cb b wfail",
 "error wfail true true",
 "close",
 "## destroy with buffered writes",
 "error gone",
 "close",
 "cb1 null",
 "cb2 gone",
 "end cb gone",
 "## decodeStrings / defaultEncoding / objectMode",
 "chunk string 6869 hex",
 "chunk string aGk= base64",
 "chunk object <hi> buffer",
 "b chunk <hi> buffer",
 "o chunk {\"x\":1} undefined",
 "o chunk \"s\" undefined",
 "ERR_UNKNOWN_ENCODING",
 "ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received -1",
 "## multiple callback",
 "error ERR_MULTIPLE_CALLBACK",
 "## construct delays writes",
 "construct",
 "constructed",
 "_write <a>",
 "_write <b>",
 "final",
 "finish",
 "close"
];
