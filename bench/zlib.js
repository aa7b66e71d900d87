'use strict';
// zlib throughput: prints one JSON line {case: ms} for the runtime that runs it (bench/zlib.sh
// runs it under nodec and node and prints the ratios). Data: 64 MB of semi-compressible text.
const zlib = require('zlib');

const MB = 1024 * 1024;
function makeData(size) {
  // Written straight into one Buffer: 7M strings kept in an array and joined left about 1 GB of
  // garbage in JSC (0.5 GB in V8) resident when timing starts, which measured page faults, not zlib.
  const words = ['alpha', 'beta', 'gamma', 'delta', 'zlib', 'brotli', 'stream', 'buffer', 'node', 'runtime'];
  const buf = Buffer.allocUnsafe(size + 64);
  let seed = 12345;
  let len = 0;
  while (len < size) {
    // xorshift32: no short period, so the text is not one long repeat
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const r = seed >>> 0;
    len += buf.latin1Write(words[r % words.length] + (r % 9973) + ' ', len);
  }
  return buf.subarray(0, size);
}

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function timeAsync(fn) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    fn(() => resolve(Number(process.hrtime.bigint() - t) / 1e6));
  });
}

function streamThrough(stream, input, done) {
  let n = 0;
  stream.on('data', (b) => { n += b.length; });
  stream.on('end', () => done(n));
  for (let i = 0; i < input.length; i += 64 * 1024) stream.write(input.subarray(i, i + 64 * 1024));
  stream.end();
}

async function main() {
  const data = makeData(64 * MB);
  const gz = zlib.gzipSync(data);
  const results = {};
  results['gzipSync 64MB'] = time(() => zlib.gzipSync(data));
  results['gunzipSync 64MB'] = time(() => zlib.gunzipSync(gz));
  results['gzip cb 64MB'] = await timeAsync((done) => zlib.gzip(data, done));
  results['gunzip cb 64MB'] = await timeAsync((done) => zlib.gunzip(gz, done));
  results['gzip stream 64MB'] = await timeAsync((done) => streamThrough(zlib.createGzip(), data, done));
  results['gunzip stream 64MB'] = await timeAsync((done) => streamThrough(zlib.createGunzip(), gz, done));
  const q4 = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };
  let br;
  results['brotli q4 64MB'] = time(() => { br = zlib.brotliCompressSync(data, q4); });
  results['brotli decompress 64MB'] = time(() => zlib.brotliDecompressSync(br));
  const small = data.subarray(0, 200);
  results['deflateSync 200B x20k'] = time(() => { for (let i = 0; i < 20000; i++) zlib.deflateSync(small); });
  const smallZ = zlib.deflateSync(small);
  results['inflateSync 200B x20k'] = time(() => { for (let i = 0; i < 20000; i++) zlib.inflateSync(smallZ); });
  results['crc32 64MB'] = time(() => zlib.crc32(data));
  console.log(JSON.stringify(results));
}
main();
