'use strict';
// fs micro-benchmarks; prints one line per case: "name ms". Run by bench/fs.sh under nodec and node.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsbench-'));
const small = path.join(dir, 'small');
const large = path.join(dir, 'large');
fs.writeFileSync(small, Buffer.alloc(4096, 1));
fs.writeFileSync(large, Buffer.alloc(64 * 1024 * 1024, 2));
const many = path.join(dir, 'many');
fs.mkdirSync(many);
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(many, 'f' + i), '');

async function time(name, fn) {
  const t = process.hrtime.bigint();
  await fn();
  console.log(name, (Number(process.hrtime.bigint() - t) / 1e6).toFixed(1));
}

(async () => {
  await time('readFileSync-4k-x10k', () => { for (let i = 0; i < 10000; i++) fs.readFileSync(small); });
  await time('readFileSync-64m-x5', () => { for (let i = 0; i < 5; i++) fs.readFileSync(large); });
  await time('promises.readFile-4k-x10k', async () => {
    for (let i = 0; i < 10000; i++) await fs.promises.readFile(small);
  });
  await time('promises.readFile-64m-x5', async () => {
    for (let i = 0; i < 5; i++) await fs.promises.readFile(large);
  });
  await time('statSync-x100k', () => { for (let i = 0; i < 100000; i++) fs.statSync(small); });
  await time('readdirSync-10k-x20', () => { for (let i = 0; i < 20; i++) fs.readdirSync(many); });
  await time('writeFile-10k-parallel', () => Promise.all(
    Array.from({ length: 10000 }, (_, i) => fs.promises.writeFile(path.join(many, 'w' + i), 'hello'))));
  await time('stream-copy-256m', () => new Promise((resolve, reject) => {
    const big = path.join(dir, 'big');
    const fd = fs.openSync(big, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 3);
    for (let i = 0; i < 256; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const t0 = process.hrtime.bigint();
    fs.createReadStream(big).pipe(fs.createWriteStream(path.join(dir, 'big2')))
      .on('close', () => { resolve(); void t0; }).on('error', reject);
  }));
  fs.rmSync(dir, { recursive: true, force: true });
})();
