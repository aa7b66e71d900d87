'use strict';
// One-shot calls (deflateSync, gunzip(buf, cb), ...) take a libdeflate fast path where it cannot
// change the outcome (src/modules/zlib/oneshot.c). The same battery runs here and in a child with
// NODEC_ZLIB_ONESHOT=0 (zlib only): every decompression result and error must be the same, and every
// compressed output must carry zlib's header and trailer and inflate back to its input.
const assert = require('assert');
const crypto = require('crypto');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

// Inputs for the decompression side must be the same bytes in both processes: memLevel 9 keeps the
// fast path out, so zlib makes them.
const Z = { memLevel: 9 };

function pseudoRandom(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}
function text(n, seed) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'zlib', 'node', 'runtime', '\n'];
  const r = pseudoRandom(n, seed);
  let s = '';
  for (let i = 0; s.length < n; i++) s += words[r[i % n] & 7] + (r[(i * 7) % n] % 97) + ' ';
  return Buffer.from(s.slice(0, n));
}

// A gzip member with a hand-made header: flags FEXTRA/FNAME/FCOMMENT/FHCRC as asked.
function gzipMember(data, { extra, name, comment, hcrc, badHcrc } = {}) {
  const body = zlib.deflateRawSync(data, Z);
  let flg = 0;
  const parts = [];
  if (extra) { flg |= 4; const e = Buffer.from(extra); parts.push(Buffer.from([e.length & 0xff, e.length >> 8]), e); }
  if (name) { flg |= 8; parts.push(Buffer.from(name + '\0', 'latin1')); }
  if (comment) { flg |= 16; parts.push(Buffer.from(comment + '\0', 'latin1')); }
  if (hcrc) flg |= 2;
  let head = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flg, 0, 0, 0, 0, 0, 3]), ...parts]);
  if (hcrc) {
    const c = (zlib.crc32(head) & 0xffff) ^ (badHcrc ? 1 : 0);
    head = Buffer.concat([head, Buffer.from([c & 0xff, c >> 8])]);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(data), 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([head, body, trailer]);
}

function flip(buf, at) {
  const b = Buffer.from(buf);
  b[at < 0 ? b.length + at : at] ^= 0x55;
  return b;
}

function outcome(fn) {
  try {
    const out = fn();
    return out && out.buffer ? { len: out.length, sha: sha(out) } : { info: sha(out.buffer) };
  } catch (e) {
    return { error: e.message, code: e.code, errno: e.errno, name: e.name };
  }
}

function battery() {
  const results = {};
  const t1 = text(200000, 7);
  const t2 = text(70000, 11);
  const rnd = pseudoRandom(50000, 3);
  const zeros = Buffer.alloc(3 << 20);
  const gz1 = zlib.gzipSync(t1, Z);
  const gz2 = zlib.gzipSync(t2, Z);
  const zl = zlib.deflateSync(t1, Z);
  const raw = zlib.deflateRawSync(t1, Z);
  const dict = Buffer.from('alpha beta gamma delta zlib node runtime');
  const zlDict = zlib.deflateSync(t1, { ...Z, dictionary: dict });
  const inputs = {
    gz1, gz2,
    members: Buffer.concat([gz1, gz2, gz1]),
    zeroPadded: Buffer.concat([gz1, Buffer.alloc(10)]),
    garbage: Buffer.concat([gz1, Buffer.from('xyz')]),
    halfMember: Buffer.concat([gz1, Buffer.from([0x1f, 0x8b])]),
    truncated: gz1.subarray(0, gz1.length - 1000),
    truncatedTrailer: gz1.subarray(0, gz1.length - 3),
    badBody: flip(gz1, 5000),
    badCrc: flip(gz1, -6),
    badSize: flip(gz1, -2),
    headerFlags: gzipMember(t2, { extra: 'ab\u0001', name: 'file.txt', comment: 'hi' }),
    hcrcGood: gzipMember(t2, { hcrc: true, name: 'n' }),
    hcrcBad: gzipMember(t2, { hcrc: true, badHcrc: true, name: 'n' }),
    emptyGz: zlib.gzipSync(Buffer.alloc(0), Z),
    zl, raw, zlDict,
    zlGarbage: Buffer.concat([zl, Buffer.from('tail')]),
    zlTruncated: zl.subarray(0, zl.length - 100),
    zlBadAdler: flip(zl, -1),
    rawGarbage: Buffer.concat([raw, Buffer.from('tail')]),
    rawTruncated: raw.subarray(0, 1000),
    zerosZl: zlib.deflateSync(zeros, Z),
    zerosGz: zlib.gzipSync(zeros, Z),
    rndGz: zlib.gzipSync(rnd, Z),
    notZlib: Buffer.from('this is not compressed at all'),
    empty: Buffer.alloc(0),
  };
  const calls = {
    gunzip: (b) => zlib.gunzipSync(b),
    unzip: (b) => zlib.unzipSync(b),
    inflate: (b) => zlib.inflateSync(b),
    inflateRaw: (b) => zlib.inflateRawSync(b),
    inflateDict: (b) => zlib.inflateSync(b, { dictionary: dict }),
    inflateWb9: (b) => zlib.inflateSync(b, { windowBits: 9 }),
    inflateWb0: (b) => zlib.inflateSync(b, { windowBits: 0 }),
    gunzipSyncFlush: (b) => zlib.gunzipSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
    inflateSyncFlush: (b) => zlib.inflateSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
    gunzipMax: (b) => zlib.gunzipSync(b, { maxOutputLength: 200000 }),
    gunzipMaxLess: (b) => zlib.gunzipSync(b, { maxOutputLength: 199999 }),
    inflateMax: (b) => zlib.inflateSync(b, { maxOutputLength: 1 << 20 }),
    gunzipInfo: (b) => zlib.gunzipSync(b, { info: true }),
  };
  for (const [iname, input] of Object.entries(inputs))
    for (const [cname, call] of Object.entries(calls)) results[`${cname}(${iname})`] = outcome(() => call(input));

  // Compression: any level and size; what zlib would write around the deflate body.
  const sources = { small: t2.subarray(0, 100), edge: t2.subarray(0, 16384), t1, rnd, zeros };
  for (const [sname, src] of Object.entries(sources)) {
    for (const level of [undefined, 1, 2, 5, 6, 7, 9, 0]) {
      for (const method of ['gzipSync', 'deflateSync', 'deflateRawSync']) {
        const out = zlib[method](src, level === undefined ? {} : { level });
        const head = method === 'gzipSync' ? 10 : method === 'deflateSync' ? 2 : 0;
        const tail = method === 'gzipSync' ? 8 : method === 'deflateSync' ? 4 : 0;
        // Inflated by zlib itself (a sync flush keeps the fast path out).
        const inflate = { gzipSync: 'gunzipSync', deflateSync: 'inflateSync', deflateRawSync: 'inflateRawSync' }[method];
        const back = zlib[inflate](out, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
        results[`${method}(${sname}, ${level})`] = {
          head: out.subarray(0, head).toString('hex'),
          tail: out.subarray(out.length - tail).toString('hex'),
          back: sha(back) === sha(src),
          size: out.length,
        };
      }
    }
  }
  return results;
}

if (process.argv[2] === 'child') {
  process.stdout.write(JSON.stringify(battery()));
} else {
  const child = spawnSync(process.execPath, [__filename, 'child'], {
    env: { ...process.env, NODEC_ZLIB_ONESHOT: '0' }, maxBuffer: 1 << 24,
  });
  assert.strictEqual(child.status, 0, String(child.stderr));
  const zlibOnly = JSON.parse(child.stdout);
  const fast = JSON.parse(JSON.stringify(battery())); // as the child's, undefined fields dropped
  assert.deepStrictEqual(Object.keys(fast), Object.keys(zlibOnly));
  let checked = 0;
  for (const key of Object.keys(fast)) {
    const a = fast[key], b = zlibOnly[key];
    if ('size' in a) {
      assert.strictEqual(a.back, true, key);
      assert.strictEqual(a.head, b.head, key);
      assert.strictEqual(a.tail, b.tail, key);
      // libdeflate at the same level compresses at least about as well as zlib.
      assert(a.size <= b.size * 1.05 + 16, `${key}: ${a.size} vs zlib ${b.size}`);
    } else {
      assert.deepStrictEqual(a, b, key);
    }
    checked++;
  }
  assert(checked > 400, checked);
  // A few outcomes spelled out, so the battery cannot agree on nonsense.
  assert.strictEqual(fast['gunzip(members)'].len, 470000);
  assert.strictEqual(fast['gunzip(headerFlags)'].len, 70000);
  assert.strictEqual(fast['unzip(zl)'].len, 200000);
  assert.strictEqual(fast['gunzipMax(gz1)'].len, 200000);
  assert.strictEqual(fast['gunzipMaxLess(gz1)'].code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(fast['inflateMax(zerosZl)'].code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(fast['inflate(zerosZl)'].len, 3 << 20);
  assert.strictEqual(fast['gunzip(badCrc)'].code, 'Z_DATA_ERROR');
  assert.strictEqual(fast['gunzip(hcrcBad)'].code, 'Z_DATA_ERROR');
  assert.strictEqual(fast['inflate(zlDict)'].error, 'Missing dictionary');
  assert.strictEqual(fast['inflateDict(zlDict)'].len, 200000);
  assert.strictEqual(fast['gunzip(emptyGz)'].len, 0);

  // The pool forms take the same path and give the same bytes.
  const t = text(300000, 5);
  zlib.gzip(t, (err, gz) => {
    assert.ifError(err);
    assert.strictEqual(gz.subarray(0, 10).toString('hex'), '1f8b0800000000000003');
    zlib.gunzip(gz, (err2, back) => {
      assert.ifError(err2);
      assert(back.equals(t));
      zlib.unzip(Buffer.concat([gz, gz]), (err3, twice) => {
        assert.ifError(err3);
        assert(twice.equals(Buffer.concat([t, t])));
        console.log(`ok ${checked} outcomes agree`);
      });
    });
  });
}
