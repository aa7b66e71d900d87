'use strict';
// node:stream Duplex, Transform, PassThrough, Duplex.from, duplexPair (expected log recorded with node 24).
const { Readable, Writable, Duplex, Transform, PassThrough, duplexPair } = require('stream');

const log = [];
const L = (...a) => log.push(a.map((x) => (Buffer.isBuffer(x) ? `<${x.toString()}>` : String(x))).join(' '));
const scenarios = [];
const scenario = (name, fn) => scenarios.push([name, fn]);

scenario('allowHalfOpen false ends writable after end', (done) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { L('_write', c); cb(); },
    final(cb) { L('final'); cb(); },
  });
  d.on('end', () => L('end'));
  d.on('finish', () => L('finish'));
  d.on('close', () => { L('close'); done(); });
  d.write('a');
  d.push(null);
  d.resume();
});

scenario('allowHalfOpen true keeps writable side', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.on('end', () => { L('end', d.writable, d.destroyed); setTimeout(() => { L('later', d.writable); d.end(); }, 1); });
  d.on('finish', () => L('finish'));
  d.on('close', () => { L('close'); done(); });
  d.push(null);
  d.resume();
});

scenario('readable/writable false options and objectMode per side', (done) => {
  const d = new Duplex({ readable: false, writableObjectMode: true, readableHighWaterMark: 5, write(c, e, cb) { cb(); } });
  L('readable', d.readable, 'writable', d.writable, d.writableObjectMode, d.readableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  d.on('finish', () => L('finish'));
  d.on('close', () => { L('close'); done(); });
  d.end({ a: 1 });
});

scenario('Transform with _flush and callback(err, data)', (done) => {
  const t = new Transform({
    transform(c, e, cb) { L('_transform', c, e); if (c.toString() === 'skip') cb(); else cb(null, c.toString().toUpperCase()); },
    flush(cb) { L('_flush'); cb(null, '!'); },
  });
  t.setEncoding('utf8');
  t.on('data', (d) => L('data', d));
  t.on('prefinish', () => L('prefinish'));
  t.on('finish', () => L('finish'));
  t.on('end', () => L('end'));
  t.on('close', () => { L('close'); done(); });
  t.write('ab');
  t.write('skip');
  t.end('cd');
});

scenario('Transform error and push multiple', (done) => {
  const t = new Transform({ objectMode: true, transform(c, e, cb) { if (c === 3) return cb(new Error('bad3')); this.push(c); this.push(c * 10); cb(); } });
  t.on('data', (d) => L('data', d));
  t.on('error', (e) => L('error', e.message));
  t.on('close', () => { L('close', t.destroyed); done(); });
  t.write(1); t.write(2); t.write(3); t.write(4, (e) => L('cb4', e && e.message));
});

scenario('Transform backpressure with small readable hwm', (done) => {
  let n = 0;
  const t = new Transform({ readableHighWaterMark: 2, writableHighWaterMark: 2, objectMode: true, transform(c, e, cb) { n++; cb(null, c); } });
  const rets = [];
  for (let i = 0; i < 6; i++) rets.push(t.write(i));
  L('rets', rets.join(','), 'transformed', n, 'rlen', t.readableLength, 'wlen', t.writableLength);
  setImmediate(() => {
    L('later transformed', n);
    t.on('data', (d) => L('data', d));
    t.on('end', () => { L('end', n); done(); });
    t.end();
  });
});

scenario('PassThrough + default _transform throw', (done) => {
  const p = new PassThrough();
  p.on('data', (d) => L('pt data', d));
  p.end('xyz');
  const t = new Transform();
  try { t.write('a'); } catch (e) { L('throws', e.code, e.message); }
  setTimeout(done, 1);
});

scenario('Duplex.from variants', async (done) => {
  const d1 = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  d1.on('data', (c) => L('d1 data', c));
  d1.on('end', () => L('d1 end'));
  d1.write('a');
  d1.end('b');
  await new Promise((r) => d1.on('close', r));
  const d2 = Duplex.from(['x', 'y']);
  L('d2', JSON.stringify(await d2.toArray()), d2.writable);
  const d3 = Duplex.from(Promise.resolve('p'));
  L('d3', JSON.stringify(await d3.toArray()));
  const pt = new PassThrough();
  L('same', Duplex.from(pt) === pt);
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { L('pair write', c); cb(); } });
  const d4 = Duplex.from({ readable: r, writable: w });
  d4.on('data', (c) => L('d4 data', c));
  d4.write('to-w');
  r.push('from-r');
  r.push(null);
  d4.end();
  d4.on('close', () => { L('d4 close'); done(); });
});

scenario('duplexPair', (done) => {
  const [a, b] = duplexPair();
  b.on('data', (c) => L('b data', c));
  a.on('data', (c) => L('a data', c));
  a.on('end', () => { L('a end'); done(); });
  a.write('ping');
  b.end('pong');
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
 "## allowHalfOpen false ends writable after end",
 "_write <a>",
 "end",
 "final",
 "finish",
 "close",
 "## allowHalfOpen true keeps writable side",
 "end true false",
 "later true",
 "finish",
 "close",
 "## readable/writable false options and objectMode per side",
 "readable false writable true true false 5 16",
 "finish",
 "close",
 "## Transform with _flush and callback(err, data)",
 "_transform <ab> buffer",
 "data AB",
 "_transform <skip> buffer",
 "_transform <cd> buffer",
 "data CD",
 "_flush",
 "data !",
 "prefinish",
 "end",
 "finish",
 "close",
 "## Transform error and push multiple",
 "data 1",
 "data 10",
 "data 2",
 "data 20",
 "cb4 bad3",
 "error bad3",
 "close true",
 "## Transform backpressure with small readable hwm",
 "rets true,true,false,false,false,false transformed 2 rlen 2 wlen 5",
 "later transformed 2",
 "data 0",
 "data 1",
 "data 2",
 "data 3",
 "data 4",
 "data 5",
 "end 6",
 "## PassThrough + default _transform throw",
 "pt data <xyz>",
 "throws ERR_METHOD_NOT_IMPLEMENTED The _transform() method is not implemented",
 "## Duplex.from variants",
 "d1 data A",
 "d1 data B",
 "d1 end",
 "d2 [\"x\",\"y\"] false",
 "d3 [\"p\"]",
 "same true",
 "pair write <to-w>",
 "d4 data <from-r>",
 "d4 close",
 "## duplexPair",
 "b data <ping>",
 "a data <pong>",
 "a end"
];
