'use strict';
// Strings read in place by C (src/runtime/jsstring_view.c): 8-bit and 16-bit strings, ropes (made by
// concatenation), lone surrogates and the empty string give the bytes node gives, in every
// encoding, through Buffer, TextEncoder, fs and socket writes. The digest was recorded with node 24.
// The same file runs with NODEC_STRVIEW=0 (the C API path) as a child, and must pass both ways.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const tail = String(Math.floor(Math.random() * 0)); // "0", made at run time: the sums below are ropes
const strs = ['', 'abc', 'h\u00e9llo w\u00f6rld', 'x'.repeat(5000) + '\u00e9', 'snow \u2603 \ud83d\ude00 lone \ud800',
              '\u00ff'.repeat(100), 'a' + 'b'.repeat(70) + tail, 'rope:' + tail + '\u00e9' + tail];
const encs = ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2'];
const out = [];
for (const s of strs) {
  for (const e of encs) {
    const b = Buffer.from(s, e);
    const w = Buffer.alloc(20);
    const n = w.write(s, 1, 15, e);
    let filled;
    try { filled = Buffer.alloc(9).fill(s || 'zz', e).toString('hex'); } catch (err) { filled = err.code; }
    out.push(e, b.length, b.toString('hex').slice(0, 60), Buffer.byteLength(s, e), n, w.toString('hex'), filled);
  }
}
const te = new TextEncoder();
out.push(Buffer.from(te.encode('h\u00e9llo \u2603')).toString('hex'));
const u = new Uint8Array(5);
out.push(JSON.stringify(te.encodeInto('h\u00e9llo', u)), Buffer.from(u).toString('hex'));
assert.strictEqual(crypto.createHash('sha1').update(out.join('|')).digest('hex'), 'cad135dcc7c78aaa1009f35facaa67bdc9065806');

// Strings written to a file and to a socket arrive as their UTF-8 bytes.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-strview-'));
const file = path.join(dir, 'f');
for (const s of strs) {
  fs.writeFileSync(file, s);
  assert.deepStrictEqual(fs.readFileSync(file), Buffer.from(s));
}
fs.rmSync(dir, { recursive: true });

const expected = Buffer.concat(strs.map((s) => Buffer.concat([Buffer.from(s), Buffer.from(s, 'latin1')])));
const server = net.createServer((sock) => {
  for (const s of strs) {
    sock.write(s);
    sock.write(s, 'latin1');
  }
  sock.end();
});
server.listen(0, '127.0.0.1', () => {
  const chunks = [];
  net.connect(server.address().port, '127.0.0.1')
    .on('data', (c) => chunks.push(c))
    .on('end', () => {
      assert.deepStrictEqual(Buffer.concat(chunks), expected);
      server.close();
      if (!process.env.NODEC_STRVIEW) {
        const r = spawnSync(process.execPath, [__filename], { env: { ...process.env, NODEC_STRVIEW: '0' }, encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr);
      }
    });
});
