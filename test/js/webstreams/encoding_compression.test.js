'use strict';
// TextEncoderStream/TextDecoderStream, CompressionStream/DecompressionStream, stream/consumers.
const assert = require('assert');
const zlib = require('zlib');
const { TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream, ReadableStream } =
  require('stream/web');
const consumers = require('stream/consumers');

async function main() {
  // encoder keeps surrogate pairs split across chunks
  const enc = new TextEncoderStream();
  const ew = enc.writable.getWriter();
  ew.write('a\uD83D');
  ew.write('\uDE00b');
  ew.close();
  const bytes = await consumers.buffer(enc.readable);
  assert.strictEqual(bytes.toString(), 'a\u{1F600}b');

  // decoder handles split multibyte sequences
  const euro = Buffer.from('€');
  const dec = new TextDecoderStream();
  const dw = dec.writable.getWriter();
  for (const b of euro) dw.write(new Uint8Array([b]));
  dw.close();
  assert.strictEqual(await consumers.text(dec.readable), '€');
  assert.strictEqual(new TextDecoderStream('latin1').encoding, 'windows-1252');

  // gzip round trip and interop with zlib
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = await consumers.buffer(
      ReadableStream.from([new TextEncoder().encode('hello '), new TextEncoder().encode('world')])
        .pipeThrough(new CompressionStream(format)));
    const plain = await consumers.text(
      ReadableStream.from([compressed]).pipeThrough(new DecompressionStream(format)));
    assert.strictEqual(plain, 'hello world');
  }
  const fromZlib = zlib.gzipSync('zipped');
  assert.strictEqual(await consumers.text(
    ReadableStream.from([fromZlib]).pipeThrough(new DecompressionStream('gzip'))), 'zipped');
  assert.throws(() => new CompressionStream('nope'), { code: 'ERR_INVALID_ARG_VALUE' });

  // corrupt input errors as a TypeError
  const bad = ReadableStream.from([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])])
    .pipeThrough(new DecompressionStream('gzip'));
  await assert.rejects(consumers.buffer(bad), { name: 'TypeError' });

  // consumers
  assert.deepStrictEqual(await consumers.json(ReadableStream.from(['{"a":', '1}'])), { a: 1 });
  const ab = await consumers.arrayBuffer(ReadableStream.from([new Uint8Array([1, 2])]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 2);
  const blob = await consumers.blob(ReadableStream.from([new Uint8Array([1, 2, 3])]));
  assert.strictEqual(blob.size, 3);
}

main().then(() => console.log('ok'), (e) => { console.error(e); process.exit(1); });
