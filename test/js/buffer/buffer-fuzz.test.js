'use strict';
// Differential check: thousands of seeded random encode/decode/search and number read/write cases,
// whose combined output hash was recorded from node 24.
const lines = [];
let seed;
(function encodings() {
seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const alphabet = ['a', 'Z', '0', '+', '/', '-', '_', '=', ' ', '\n', 'é', '€', '😀', '\ud800', '\udc00', '*', 'f', 'F', '\u0000', 'ÿ', '\u0100'];
function rstr(n) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[rnd(alphabet.length)]; return s; }
function rbytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = rnd(4) === 0 ? rnd(256) : [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xff, 0xc0][rnd(15)]; return b; }
const out = lines;
for (let iter = 0; iter < 3000; iter++) {
  const n = [0, 1, 2, 3, 5, 7, 16, 47, 48, 49, 64, 100, 300, 1000][rnd(14)];
  const enc = encs[rnd(encs.length)];
  const s = rstr(n);
  const b = rbytes(n);
  const r = [];
  try { r.push(Buffer.from(s, enc).toString('hex')); } catch (e) { r.push('E' + e.code); }
  r.push(Buffer.byteLength(s, enc));
  r.push(JSON.stringify(b.toString(enc)));
  const st = rnd(n + 2), en = rnd(n + 3);
  r.push(JSON.stringify(b.toString(enc, st, en)));
  const t = Buffer.alloc(rnd(20)); const off = rnd(t.length + 1); const len = rnd(t.length - off + 1);
  r.push(t.write(s, off, len, enc), t.toString('hex'));
  const needle = rnd(2) ? s.slice(rnd(n + 1), rnd(n + 1)) : b.subarray(rnd(n + 1), rnd(n + 1));
  const bo = [undefined, 0, -1, -5, 3, 100, NaN, 1.5][rnd(8)];
  const hay = Buffer.from(s + s, 'utf8');
  try { r.push(hay.indexOf(needle, bo, enc), hay.lastIndexOf(needle, bo, enc), b.indexOf(rnd(256), bo), b.lastIndexOf(rnd(256), bo)); } catch (e) { r.push('E' + e.code); }
  try { r.push(Buffer.alloc(rnd(10), s, enc).toString('hex')); } catch (e) { r.push('E' + e.code); }
  r.push(Buffer.compare(b, rbytes(n)), b.equals(Buffer.from(b)), require('buffer').isUtf8(b), require('buffer').isAscii(b));
  out.push(iter + ' ' + r.join('|'));
}
})();
(function numbers() {
seed = 99;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const P = Buffer.prototype;
const reads = Object.getOwnPropertyNames(P).filter((k) => /^read/.test(k)).sort();
const writes = Object.getOwnPropertyNames(P).filter((k) => /^write/.test(k) && k !== 'write').sort();
const vals = [0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 65535, 65536, -32768, 2 ** 31, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, 2 ** 47, -(2 ** 47), 2 ** 48 - 1, 1.5, -1.5, NaN, Infinity, '5', 'x', 0.1, 1e300, -0];
const bvals = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, 5, 'x'];
const offs = [undefined, 0, 1, 2, 3, 4, 7, 8, -1, 1.5, '1', NaN, null, Infinity];
const out = lines;
const fmt = (e) => e.code + ':' + (e.code ? e.message : e.name);
for (let i = 0; i < 4000; i++) {
  const b = Buffer.alloc(8); for (let k = 0; k < 8; k++) b[k] = rnd(256);
  const len = rnd(9); const v = b.subarray(0, len);
  const r = [];
  const rn = reads[rnd(reads.length)], wn = writes[rnd(writes.length)];
  const o = offs[rnd(offs.length)], bl = [undefined, 1, 2, 3, 4, 5, 6, 0, 7, '2'][rnd(10)];
  try { const x = v[rn](o, bl); r.push(rn, typeof x === 'bigint' ? x + 'n' : Object.is(x, -0) ? '-0' : String(x)); } catch (e) { r.push(rn, 'E' + fmt(e)); }
  const val = /Big/.test(wn) ? bvals[rnd(bvals.length)] : vals[rnd(vals.length)];
  try { r.push(wn, v[wn](val, o, bl), v.toString('hex')); } catch (e) { r.push(wn, 'E' + fmt(e)); }
  out.push(r.join('|'));
}
})();
let hash = 2166136261;
const text = lines.join('\n');
for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
const expected = Number(process.env.BUFFER_FUZZ_HASH || 3502877064);
if (hash !== expected) {
  console.error(`hash ${hash} != recorded ${expected} (${lines.length} lines)`);
  process.exit(1);
}
