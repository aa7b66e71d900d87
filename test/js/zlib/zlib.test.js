'use strict';
// node:zlib: round trips for every codec in every API form, node's errors, limits and streams.
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(2000));
const pairs = [
  ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'gunzip'], ['gzip', 'unzip'],
  ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'], ['zstdCompress', 'zstdDecompress'],
];
let pending = 0;
function later(fn) {
  pending++;
  return (...args) => { pending--; fn(...args); };
}
process.on('exit', (code) => { if (code === 0) assert.strictEqual(pending, 0, 'callbacks not called'); });

// Sync and callback forms agree and round-trip.
for (const [c, d] of pairs) {
  const packed = zlib[c + 'Sync'](text);
  assert(packed.length < text.length / 10, c);
  assert(zlib[d + 'Sync'](packed).equals(text), d);
  zlib[c](text, later((err, out) => {
    assert.ifError(err);
    zlib[d](out, later((err2, back) => {
      assert.ifError(err2);
      assert(back.equals(text), d + ' async');
    }));
  }));
}

// Strings, ArrayBuffers and other views as input.
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('héllo')).toString(), 'héllo');
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(new Uint16Array([1, 2, 3]).buffer)).length, 6);
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(new Float64Array([1.5]))).readDoubleLE(0), 1.5);

// Errors like node's.
assert.throws(() => zlib.inflateSync(Buffer.from('not zlib data')),
              { name: 'Error', message: 'incorrect header check', errno: -3, code: 'Z_DATA_ERROR' });
assert.throws(() => zlib.gunzipSync(zlib.gzipSync(text).subarray(0, 100)),
              { message: 'unexpected end of file', errno: -5, code: 'Z_BUF_ERROR' });
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('garbage garbage')),
              { message: 'Decompression failed', code: /^ERR__ERROR_FORMAT_/ });
assert.throws(() => zlib.zstdDecompressSync(Buffer.from('garbage garbage')),
              { code: 'ZSTD_error_prefix_unknown', errno: 10 });
assert.throws(() => zlib.deflateSync('x', { level: 99 }), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => zlib.deflateSync('x', { level: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.deflateSync('x', { chunkSize: 10 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.deflateSync(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.deflate('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 9999: 1 } }), { code: 'ERR_BROTLI_INVALID_PARAM' });
zlib.gunzip(Buffer.from('nope'), later((err, res) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(res, undefined);
}));

// Gzip members are concatenated; trailing zero padding is ignored; garbage after a member is not.
const two = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def'), Buffer.alloc(8)]);
assert.strictEqual(zlib.gunzipSync(two).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(two).toString(), 'abcdef');
assert.throws(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.from([0x1f, 0x8b, 0xff, 0xff])])),
              { message: 'unknown compression method' });

// Dictionaries.
const dict = Buffer.from('quick brown fox lazy dog');
const withDict = zlib.deflateSync(text, { dictionary: dict });
assert(zlib.inflateSync(withDict, { dictionary: dict }).equals(text));
assert.throws(() => zlib.inflateSync(withDict), { message: 'Missing dictionary', code: 'Z_NEED_DICT' });
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }), { message: 'Bad dictionary' });
assert(zlib.inflateRawSync(zlib.deflateRawSync(text, { dictionary: dict }), { dictionary: dict }).equals(text));
assert(zlib.zstdDecompressSync(zlib.zstdCompressSync(text, { dictionary: dict }), { dictionary: dict }).equals(text));

// Decompression bombs stop at maxOutputLength, sync and async.
const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
assert.throws(() => zlib.gunzipSync(bomb, { maxOutputLength: 1024 * 1024 }),
              { code: 'ERR_BUFFER_TOO_LARGE', name: 'RangeError', message: 'Cannot create a Buffer larger than 1048576 bytes' });
zlib.gunzip(bomb, { maxOutputLength: 1000 }, later((err) => assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE')));
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(1e6)), { maxOutputLength: 10 }),
              { code: 'ERR_BUFFER_TOO_LARGE' });
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('12345'), { maxOutputLength: 5 }).toString(), '12345');

// info option, crc32, constants.
const info = zlib.deflateSync('hello', { info: true });
assert(Buffer.isBuffer(info.buffer) && info.engine instanceof zlib.Deflate);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.constants.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);

// finishFlush lets a truncated stream be read as far as it goes.
const partial = zlib.gzipSync(text).subarray(0, 200);
assert(text.toString().startsWith(zlib.gunzipSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));

// Streams: chunked writes, small chunkSize, flush() and params().
function streamRoundTrip(makeC, makeD, input, done) {
  const c = makeC();
  const d = makeD();
  const out = [];
  c.pipe(d);
  d.on('data', (b) => out.push(b));
  d.on('end', later(() => done(Buffer.concat(out))));
  for (let i = 0; i < input.length; i += 7777) c.write(input.subarray(i, i + 7777));
  c.end();
}
for (const [C, D] of [['Gzip', 'Gunzip'], ['Deflate', 'Inflate'], ['DeflateRaw', 'InflateRaw'],
  ['BrotliCompress', 'BrotliDecompress'], ['ZstdCompress', 'ZstdDecompress']]) {
  streamRoundTrip(() => new zlib[C]({ chunkSize: 1024 }), () => zlib['create' + D]({ chunkSize: 64 }), text,
                  (out) => assert(out.equals(text), C + ' stream'));
}
{
  const g = zlib.createDeflate();
  const chunks = [];
  g.on('data', (b) => chunks.push(b));
  g.write('abc');
  g.flush(later(() => {
    const got = zlib.inflateSync(Buffer.concat(chunks), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(got.toString(), 'abc');
    g.params(9, zlib.constants.Z_FILTERED, later(() => {
      g.end('def');
    }));
  }));
  g.on('end', later(() => assert.strictEqual(zlib.inflateSync(Buffer.concat(chunks)).toString(), 'abcdef')));
}
{
  const bad = zlib.createGunzip();
  bad.on('error', later((err) => {
    assert.strictEqual(err.code, 'Z_DATA_ERROR');
    assert.strictEqual(err.errno, -3);
  }));
  bad.end(Buffer.from('definitely not gzip'));
}
