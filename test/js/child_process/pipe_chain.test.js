'use strict';
// A child's stdout given to the next child as stdin (cat | grep | wc): the parent must stop reading
// that pipe when it is handed over, or the bytes it already read never reach the next child.
// Repeated, since the loss depended on timing.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-pipe-chain-'));
const file = path.join(dir, 'data.txt');
const buf = Buffer.alloc(1 << 20, 'x');
for (let i = 1; i < 1024; i++) buf.write('\n', i * 1024);
fs.writeFileSync(file, buf);

let rounds = 0;
function round() {
  const cat = spawn('cat', [file]);
  const grep = spawn('grep', ['x'], { stdio: [cat.stdout, 'pipe', 'inherit'] });
  const wc = spawn('wc', ['-c'], { stdio: [grep.stdout, 'pipe', 'inherit'] });
  let out = '';
  wc.stdout.on('data', (d) => { out += d; });
  wc.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out.trim(), String((1 << 20) + 1)); // grep adds a final newline
    if (++rounds < 5) round();
    else fs.rmSync(dir, { recursive: true, force: true });
  });
}
round();
process.on('exit', () => assert.strictEqual(rounds, 5));
