'use strict';
// Typed arrays read in place by C (src/runtime/jsbytes_view.c): views in every mode JSC has (small
// ones kept in the GC heap, big ones, views over an ArrayBuffer at an offset, DataViews, views of
// resizable and shared buffers, detached and empty ones) and of every element size give the bytes
// node gives to hashing, Buffer.compare/indexOf, toString, write and isUtf8. The digest was recorded
// with node 24. The file runs again with NODEC_BYTESVIEW=0 (the C API path) and must pass both ways.
const assert = require('assert');
const crypto = require('crypto');
const buffer = require('buffer');
const { spawnSync } = require('child_process');

function views() {
  const ab = new ArrayBuffer(64);
  new Uint8Array(ab).forEach((_, i, a) => { a[i] = i * 7 + 1; });
  const rab = new ArrayBuffer(16, { maxByteLength: 64 });
  new Uint8Array(rab).fill(0x5a);
  const sab = new SharedArrayBuffer(24);
  new Uint8Array(sab).fill(0x33);
  const detached = new Uint8Array(8);
  structuredClone(detached.buffer, { transfer: [detached.buffer] });
  const big = new Uint8Array(5000).map((_, i) => i & 0xff);
  const f64 = new Float64Array([1.5, -2, Math.PI]);
  return [
    new Uint8Array([1, 2, 3, 4, 0xc3, 0xa9, 0xff]), // bytes in the GC heap
    Buffer.from('h\u00e9llo'), // a pool slice
    big, // big enough to live outside the GC heap
    new Uint8Array(ab, 5, 20), new Int16Array(ab, 8, 6), new DataView(ab, 3, 11), f64,
    new BigInt64Array([-1n, 2n ** 40n]), new Uint32Array(3).fill(0xdeadbeef),
    new Uint8Array(rab), new Uint8Array(rab, 4, 8), new Uint8Array(sab, 2), // resizable and shared
    detached, new Uint8Array(0), new Uint8Array(ab, 64),
  ];
}

// The same bytes as a Buffer (a Buffer cannot be made over a detached buffer).
const bytesOf = (v) => (v.buffer.detached ? Buffer.alloc(0) : Buffer.from(v.buffer, v.byteOffset, v.byteLength));
const out = [];
const vs = views();
for (const v of vs) {
  const asBuf = bytesOf(v);
  out.push(v.constructor.name, v.byteLength,
           crypto.createHash('sha256').update(v).digest('hex'),
           crypto.createHmac('sha1', v).update(v).digest('hex'),
           asBuf.toString('hex'), asBuf.toString('base64'), asBuf.toString('latin1'),
           buffer.isUtf8(asBuf), buffer.isAscii(asBuf));
  for (const w of vs) {
    const bw = bytesOf(w);
    out.push(Buffer.compare(asBuf, bw), bw.length ? asBuf.indexOf(bw) : '-');
  }
}
// Writes land in place, in every kind of view, at the right offset.
for (const v of views()) {
  const b = bytesOf(v);
  if (b.length < 3) continue;
  const n = b.write('\u00e9t\u00e9 ok', 1);
  out.push(n, b.toString('hex'), b.utf8Write('zz', 0), b.latin1Write('\u00ff', 2), bytesOf(v).toString('hex'));
}
// A view that JS moves out of the GC heap (by asking for .buffer) between calls still reads right.
const fresh = new Uint8Array([9, 8, 7]);
const before = crypto.createHash('md5').update(fresh).digest('hex');
fresh.buffer; // eslint-disable-line no-unused-expressions
fresh[0] = 1;
out.push(before, crypto.createHash('md5').update(fresh).digest('hex'));

assert.strictEqual(crypto.createHash('sha1').update(out.join('|')).digest('hex'), '10569e6d3f094c8e99fde934a03501632f0b8f99');

if (!process.env.NODEC_BYTESVIEW) {
  const r = spawnSync(process.execPath, [__filename], { env: { ...process.env, NODEC_BYTESVIEW: '0' }, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
}
