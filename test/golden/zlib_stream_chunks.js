'use strict';
// The 'data' chunks of zlib streams: node cuts output at chunkSize and at the end of each write's
// output; nodec gives the engine room for several chunks per thread-pool trip and must still emit
// the same chunk sizes. The compressed input is built by hand from stored blocks, so it is the same
// bytes whichever zlib made it (node bundles its own).
const zlib = require('zlib');

function text(n) {
  let s = '';
  let seed = 7;
  while (s.length < n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += 'word' + (seed % 997) + ' ';
  }
  return Buffer.from(s.slice(0, n));
}

// Raw deflate of `data` as stored blocks of `block` bytes.
function storedDeflate(data, block) {
  const parts = [];
  for (let i = 0; i < data.length; i += block) {
    const n = Math.min(block, data.length - i);
    const head = Buffer.alloc(5);
    head[0] = i + n >= data.length ? 1 : 0;
    head.writeUInt16LE(n, 1);
    head.writeUInt16LE(~n & 0xffff, 3);
    parts.push(head, data.subarray(i, i + n));
  }
  return Buffer.concat(parts);
}

function storedGzip(data, block) {
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(zlib.crc32(data), 0);
  tail.writeUInt32LE(data.length, 4);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), storedDeflate(data, block), tail]);
}

function run(name, stream, input, step) {
  return new Promise((resolve) => {
    const sizes = [];
    stream.on('data', (c) => sizes.push(c.length));
    stream.on('end', () => {
      console.log(name, sizes.length, 'chunks:', sizes.join(','));
      resolve();
    });
    for (let i = 0; i < input.length; i += step) stream.write(input.subarray(i, i + step));
    stream.end();
  });
}

(async () => {
  const data = text(700 * 1024);
  const raw = storedDeflate(data, 65535);
  await run('gunzip default', zlib.createGunzip(), storedGzip(data, 65535), 100 * 1024);
  await run('gunzip 64K writes', zlib.createGunzip(), storedGzip(data, 30000), 64 * 1024);
  await run('inflateRaw 5000', zlib.createInflateRaw({ chunkSize: 5000 }), raw, 100000);
  await run('inflateRaw 100K', zlib.createInflateRaw({ chunkSize: 100 * 1024 }), raw, 300000);
  await run('inflateRaw small writes', zlib.createInflateRaw({ chunkSize: 3000 }), raw, 7000);
})();
