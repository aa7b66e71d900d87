'use strict';
// Crypto micro-benchmarks; prints one JSON line {case: ms}. bench/crypto.sh runs it under nodec and
// node side by side and prints the ratios.
const crypto = require('crypto');

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const small = Buffer.alloc(64, 1);
const mb = Buffer.alloc(1 << 20, 2);
const big = Buffer.alloc(64 << 20, 3);
const results = {};

results['sha256 64B x200k'] = time(() => {
  for (let i = 0; i < 200000; i++) crypto.createHash('sha256').update(small).digest();
});
results['sha256 1MB x200'] = time(() => {
  for (let i = 0; i < 200; i++) crypto.createHash('sha256').update(mb).digest();
});
results['createHash 100k updates'] = time(() => {
  const h = crypto.createHash('sha256');
  for (let i = 0; i < 100000; i++) h.update('hello world');
  h.digest('hex');
});
results['aes-256-gcm 64MB'] = time(() => {
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
  c.update(big);
  c.final();
  c.getAuthTag();
});

const t0 = process.hrtime.bigint();
let left = 8;
for (let i = 0; i < 8; i++) {
  crypto.pbkdf2('password', 'salt', 100000, 64, 'sha512', () => {
    if (--left === 0) {
      results['pbkdf2 x8 parallel'] = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(JSON.stringify(results));
    }
  });
}
