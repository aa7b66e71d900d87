'use strict';
// readline over a stream: line splitting (\n, \r\n, \r), last line without a newline, question(),
// async iteration, close.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  const closed = new Promise((resolve) => rl.on('close', resolve));
  input.write('one\ntwo\r\nthr');
  input.write('ee\rfour');
  input.end();
  await closed;
  assert.deepStrictEqual(lines, ['one', 'two', 'three', 'four']);

  const input2 = new PassThrough();
  const out = new PassThrough();
  let written = '';
  out.on('data', (d) => { written += d; });
  const rl2 = readline.createInterface({ input: input2, output: out, terminal: false });
  const answer = new Promise((resolve) => rl2.question('name? ', resolve));
  input2.write('Ann\n');
  assert.strictEqual(await answer, 'Ann');
  assert.strictEqual(written, 'name? ');
  rl2.close();

  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  setImmediate(() => input3.end('x\ny\n'));
  const seen = [];
  for await (const l of rl3) seen.push(l);
  assert.deepStrictEqual(seen, ['x', 'y']);

  const rl4 = require('readline/promises').createInterface({ input: new PassThrough() });
  rl4.close();
  await assert.rejects(rl4.question('q'), { code: 'ERR_USE_AFTER_CLOSE' });
})().catch((e) => { console.error(e); process.exit(1); });
