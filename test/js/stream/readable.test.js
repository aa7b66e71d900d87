'use strict';
// node:stream Readable: event order, modes, read(n), encoding, destroy, iteration (expected log recorded with node 24).
const { Readable } = require('stream');

const log = [];
const L = (...a) => log.push(a.map((x) => (Buffer.isBuffer(x) ? `<${x.toString()}>` : String(x))).join(' '));
const scenarios = [];
const scenario = (name, fn) => scenarios.push([name, fn]);

scenario('flowing order with ticks/promises/timers', (done) => {
  const r = new Readable({ read() {} });
  for (const ev of ['data', 'end', 'close', 'pause', 'resume', 'readable']) {
    if (ev !== 'readable') r.on(ev, (d) => L(ev, d === undefined ? '' : d));
  }
  r.push('a');
  r.push('b');
  L('flowing', r.readableFlowing, 'len', r.readableLength);
  process.nextTick(() => { L('tick'); r.push('c'); r.push(null); });
  Promise.resolve().then(() => L('promise'));
  setTimeout(() => { L('timeout'); done(); }, 5);
});

scenario('paused mode readable + read(n)', (done) => {
  const r = new Readable({ read() {} });
  r.push('hello');
  r.push('world');
  r.push(null);
  r.on('readable', () => {
    let c;
    L('readable', r.readableLength);
    while ((c = r.read(3)) !== null) L('read', c);
  });
  r.on('end', () => L('end', r.readableEnded));
  r.on('close', () => { L('close', r.destroyed); done(); });
});

scenario('pause/resume and isPaused', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.on('data', (d) => { L('data', d); if (d === 1) { r.pause(); L('paused', r.isPaused(), r.readableFlowing); setTimeout(() => r.resume(), 1); } });
  r.on('pause', () => L('pause'));
  r.on('resume', () => L('resume'));
  r.on('end', () => L('end'));
  r.on('close', () => { L('close'); done(); });
  r.push(1); r.push(2); r.push(3); r.push(null);
});

scenario('backpressure return values and _read calls', (done) => {
  let reads = 0;
  const r = new Readable({ highWaterMark: 4, read(n) { reads++; L('_read', n); } });
  L('push1', r.push('ab'), 'push2', r.push('cd'), 'push3', r.push('ef'));
  L('len', r.readableLength, 'hwm', r.readableHighWaterMark);
  L('read', r.read(), 'len', r.readableLength);
  setImmediate(() => { L('reads', reads); r.destroy(); r.on('close', done); });
});

scenario('unshift and setEncoding', (done) => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  r.push(Buffer.from([0xac, 0x21]));
  r.unshift('>>');
  L('enc', r.readableEncoding, 'len', r.readableLength);
  L('read', r.read());
  r.push(null);
  r.on('end', () => { L('end'); done(); });
  r.resume();
});

scenario('objectMode and null/invalid chunks', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 }); r.push(0); r.push('');
  L('len', r.readableLength, JSON.stringify(r.read()), r.read(), JSON.stringify(r.read()));
  const b = new Readable({ read() {} });
  b.on('error', (e) => { L('error', e.code, b.destroyed); });
  b.on('close', () => { L('close', b.errored && b.errored.code); done(); });
  b.push(42);
});

scenario('push after EOF', (done) => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => L('error', e.code));
  r.on('close', () => { L('close'); done(); });
  r.push(null);
  r.push('x');
});

scenario('destroy(err) order, emitClose false, autoDestroy false', (done) => {
  const r = new Readable({ read() {}, destroy(err, cb) { L('_destroy', err && err.message); cb(err); } });
  r.on('error', (e) => L('error', e.message, r.errored === e, r.readableAborted));
  r.on('close', () => L('close'));
  r.destroy(new Error('boom'), (e) => L('cb', e && e.message));
  L('destroyed', r.destroyed, 'readable', r.readable);
  r.destroy(new Error('second'));
  const q = new Readable({ read() {}, emitClose: false });
  q.on('close', () => L('q close'));
  q.destroy();
  const s = new Readable({ read() {}, autoDestroy: false });
  s.on('end', () => { L('s end', s.destroyed); setTimeout(done, 1); });
  s.push(null);
  s.resume();
});

scenario('async iterator, break destroys', async (done) => {
  const r = Readable.from(['a', 'b', 'c']);
  for await (const c of r) L('iter', c);
  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push(1); r2.push(2);
  r2.on('close', () => L('r2 close'));
  for await (const c of r2) { L('iter2', c); break; }
  L('r2 destroyed', r2.destroyed);
  const r3 = new Readable({ read() { this.destroy(new Error('bad')); } });
  try { for await (const c of r3) L('never', c); } catch (e) { L('caught', e.message); }
  setTimeout(done, 1);
});

scenario('Readable.from variants', async (done) => {
  L(JSON.stringify(await Readable.from('str').toArray()));
  L(JSON.stringify(await Readable.from(Buffer.from('buf')).toArray()));
  async function* gen() { yield 1; yield 2; }
  L(JSON.stringify(await Readable.from(gen()).toArray()));
  L(JSON.stringify(await Readable.from([Promise.resolve(5), 6]).toArray()));
  try { Readable.from(5); } catch (e) { L(e.code); }
  const r = Readable.from([1, null]);
  r.on('error', (e) => { L('err', e.code); done(); });
  r.resume();
});

scenario('operators', async (done) => {
  const from = () => Readable.from([1, 2, 3, 4, 5]);
  L(JSON.stringify(await from().map((x) => x * 2).toArray()));
  L(JSON.stringify(await from().filter((x) => x % 2).toArray()));
  L(JSON.stringify(await from().drop(2).take(2).toArray()));
  L(JSON.stringify(await from().flatMap((x) => [x, x]).take(3).toArray()));
  L(await from().reduce((a, b) => a + b, 0), await from().some((x) => x > 4), await from().every((x) => x > 0), await from().find((x) => x > 2));
  const seen = [];
  await from().forEach((x) => seen.push(x));
  L(seen.join(','));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { L(e.code, e.message); }
  done();
});

scenario('wrap old stream', (done) => {
  const EE = require('events');
  const old = new EE();
  old.pause = () => L('old pause');
  old.resume = () => L('old resume');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  r.on('data', (d) => L('data', d));
  r.on('end', () => { L('end'); done(); });
  old.emit('data', Buffer.from('xyz'));
  old.emit('end');
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
 "## flowing order with ticks/promises/timers",
 "flowing true len 2",
 "resume ",
 "data <a>",
 "data <b>",
 "tick",
 "data <c>",
 "end ",
 "close ",
 "promise",
 "timeout",
 "## paused mode readable + read(n)",
 "readable 10",
 "read <hel>",
 "read <low>",
 "read <orl>",
 "read <d>",
 "readable 0",
 "end true",
 "close true",
 "## pause/resume and isPaused",
 "resume",
 "data 1",
 "pause",
 "paused true false",
 "resume",
 "data 2",
 "data 3",
 "end",
 "close",
 "## backpressure return values and _read calls",
 "push1 true push2 false push3 false",
 "len 6 hwm 4",
 "_read 4",
 "read <abcdef> len 0",
 "reads 1",
 "## unshift and setEncoding",
 "enc utf8 len 4",
 "read >>€!",
 "end",
 "## objectMode and null/invalid chunks",
 "len 3 {\"a\":1} 0 \"\"",
 "error ERR_INVALID_ARG_TYPE true",
 "close ERR_INVALID_ARG_TYPE",
 "## push after EOF",
 "error ERR_STREAM_PUSH_AFTER_EOF",
 "close",
 "## destroy(err) order, emitClose false, autoDestroy false",
 "_destroy boom",
 "cb boom",
 "destroyed true readable false",
 "error boom true true",
 "close",
 "s end false",
 "## async iterator, break destroys",
 "iter a",
 "iter b",
 "iter c",
 "iter2 1",
 "r2 destroyed true",
 "r2 close",
 "caught bad",
 "## Readable.from variants",
 "[\"str\"]",
 "[{\"type\":\"Buffer\",\"data\":[98,117,102]}]",
 "[1,2]",
 "[5,6]",
 "ERR_INVALID_ARG_TYPE",
 "err ERR_STREAM_NULL_VALUES",
 "## operators",
 "[2,4,6,8,10]",
 "[1,3,5]",
 "[3,4]",
 "[1,1,2]",
 "15 true true 3",
 "1,2,3,4,5",
 "ERR_MISSING_ARGS Reduce of an empty stream requires an initial value",
 "## wrap old stream",
 "old pause",
 "data <xyz>",
 "end"
];
