'use strict';
// Buffer throughput: Buffer.from(string) and buf.toString() for utf8/hex/base64 at 64 B, 4 KB and
// 1 MB, plus Buffer.concat. Runs on node and nodec alike; prints "name: N ops/sec" per line.
// Optional argv[2]: a substring to select cases.

const { bench } = require('./harness');

const sizes = [['64B', 64], ['4KB', 4096], ['1MB', 1 << 20]];
// Mostly ASCII text with some multi-byte characters, like real payloads.
function text(n) {
  const unit = 'The quick brown fox jumps over the lazy dog. Größe €5 ';
  const s = unit.repeat(Math.ceil(n / Buffer.byteLength(unit)) + 1);
  return Buffer.from(s).subarray(0, n).toString().replace(/\ufffd/g, 'x');
}

for (const [label, n] of sizes) {
  const str = text(n);
  const buf = Buffer.from(str);
  const hex = buf.toString('hex');
  const b64 = buf.toString('base64');
  bench(`from utf8 ${label}`, () => Buffer.from(str));
  bench(`toString utf8 ${label}`, () => buf.toString());
  bench(`from hex ${label}`, () => Buffer.from(hex, 'hex'));
  bench(`toString hex ${label}`, () => buf.toString('hex'));
  bench(`from base64 ${label}`, () => Buffer.from(b64, 'base64'));
  bench(`toString base64 ${label}`, () => buf.toString('base64'));
}

const parts = [];
for (let i = 0; i < 16; i++) parts.push(Buffer.from(text(64 + i * 37)));
bench('concat 16 small', () => Buffer.concat(parts));
const big = [Buffer.alloc(256 * 1024, 1), Buffer.alloc(256 * 1024, 2), Buffer.alloc(512 * 1024, 3)];
bench('concat 3 large (1MB)', () => Buffer.concat(big));
