'use strict';
// Every 16 MB of Buffers over C memory (the pool's chunks among them) nodec asks JSC for a
// young-generation collection, so that the memory of dead Buffers is reused. Live Buffers must come
// through untouched: 48 MB of small pooled Buffers and some big ones are made, every 97th kept with
// a pattern of its own, and all kept ones are checked after.
const assert = require('assert');

const kept = [];
let made = 0;
for (let i = 0; made < 48 * 1024 * 1024; i++) {
  const size = 1 + (i * 37) % 3000;
  const b = Buffer.allocUnsafe(size);
  b.fill(i & 0xff);
  made += size;
  if (i % 97 === 0) kept.push([i, b]);
  if (i % 4001 === 0) kept.push([i, Buffer.allocUnsafe(3 << 20).fill(i & 0xff)]); // C memory, not pooled
  else if (i % 5 === 0) Buffer.from('short-lived ' + i); // strings through the pool too
}
assert.ok(kept.length > 300);
for (const [i, b] of kept) {
  assert.ok(b.every((x) => x === (i & 0xff)), `buffer ${i} changed`);
  if (b.length < 4096) assert.strictEqual(b.buffer.byteLength, Buffer.poolSize, 'pooled');
}
// Same through fs: small files read into the pool.
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'poolgc-')), 'f');
fs.writeFileSync(file, Buffer.alloc(3000, 7));
const reads = [];
for (let i = 0; i < 12000; i++) {
  const b = fs.readFileSync(file);
  if (i % 500 === 0) reads.push(b);
}
for (const b of reads) assert.ok(b.length === 3000 && b.every((x) => x === 7));
fs.rmSync(path.dirname(file), { recursive: true });
