'use strict';
// Buffer basics against values recorded from node 24: encodings, errors, numbers, search, inspect.
const { Buffer, constants, kMaxLength, isUtf8, isAscii, transcode, atob, btoa, Blob, File } = require('buffer');
const util = require('util');

let failures = 0;
function eq(actual, expected, what) {
  const a = typeof actual === 'string' ? actual : util.inspect(actual);
  const e = typeof expected === 'string' ? expected : util.inspect(expected);
  if (a !== e) {
    failures++;
    console.error(`FAIL ${what}\n  expected: ${e}\n  actual:   ${a}`);
  }
}
function err(fn, expected, what) {
  try {
    fn();
    eq('no throw', expected, what);
  } catch (e) {
    eq(`${e.name}|${e.code}|${e.message}`, expected, what);
  }
}

// Encodings both ways.
const b = Buffer.from('héllo wörld €😀');
eq(b.toString('hex'), '68c3a96c6c6f2077c3b6726c6420e282acf09f9880', 'hex');
eq(b.toString('base64'), 'aMOpbGxvIHfDtnJsZCDigqzwn5iA', 'base64');
eq(b.toString('base64url'), 'aMOpbGxvIHfDtnJsZCDigqzwn5iA', 'base64url');
eq(Buffer.from('aMOpbGxvIHfDtnJsZCDigqzwn5iA', 'base64').toString(), 'héllo wörld €😀', 'base64 decode');
eq(Buffer.from('YW J j\nZA', 'base64').toString(), 'abcd', 'base64 whitespace');
eq(Buffer.from('YW-_', 'base64').toString('hex'), '616fbf', 'base64 url alphabet mixed');
eq(Buffer.from('YQ==YQ', 'base64').toString('hex'), '61', 'base64 stops at =');
eq(Buffer.from('abzz', 'hex').toString('hex'), 'ab', 'hex stops at invalid');
eq(Buffer.from([0xe9, 0x41, 0xff]).toString('ascii'), 'iA\u007f', 'ascii strips high bit');
eq(Buffer.from('€').toString('latin1'), 'â\u0082¬', 'latin1');
eq(Buffer.from('abc', 'ucs2').toString('hex'), '610062006300', 'ucs2');
eq(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x82, 0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80]).toString(),
  '😀\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd', 'utf8 replacement');
eq(Buffer.from('a\ud800b').toString('hex'), '61efbfbd62', 'lone surrogate');
const long = 'x€'.repeat(3000);
eq(Buffer.from(long).toString() === long, true, 'long round trip');
eq(Buffer.byteLength(long), 12000, 'byteLength long');
eq(Buffer.byteLength('aGVsbG8=', 'base64'), 5, 'byteLength base64');
eq(Buffer.byteLength('\u00e9\ud800'), 5, 'byteLength utf8');
eq(Buffer.byteLength('abc', 'bad'), 3, 'byteLength unknown encoding');

// write forms.
const w = Buffer.alloc(6);
eq(w.write('abc', 1), 3, 'write offset');
eq(w.write('zz', 'hex'), 0, 'write invalid hex');
eq(w.write('€€', 0, 4), 3, 'write never splits a character');
eq(w.write('xyz', 1, 'latin1'), 3, 'write (str, offset, enc)');
err(() => w.write('a', 7), 'RangeError|ERR_OUT_OF_RANGE|The value of "offset" is out of range. It must be >= 0 && <= 6. Received 7', 'write offset range');
err(() => w.write(5), 'TypeError|ERR_INVALID_ARG_TYPE|argument must be a string', 'write non-string');

// Errors.
err(() => Buffer.alloc(-1), 'RangeError|ERR_OUT_OF_RANGE|The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. Received -1', 'alloc -1');
err(() => Buffer.alloc('5'), "TypeError|ERR_INVALID_ARG_TYPE|The \"size\" argument must be of type number. Received type string ('5')", 'alloc string');
err(() => Buffer.from('abc', 'foo'), 'TypeError|ERR_UNKNOWN_ENCODING|Unknown encoding: foo', 'unknown encoding');
err(() => Buffer.alloc(4).readUInt8(4), 'RangeError|ERR_OUT_OF_RANGE|The value of "offset" is out of range. It must be >= 0 and <= 3. Received 4', 'readUInt8 range');
err(() => Buffer.alloc(2).readIntLE(0, 3), 'RangeError|ERR_BUFFER_OUT_OF_BOUNDS|Attempt to access memory outside buffer bounds', 'bounds');
err(() => Buffer.alloc(3).swap16(), 'RangeError|ERR_INVALID_BUFFER_SIZE|Buffer size must be a multiple of 16-bits', 'swap16');
err(() => Buffer.alloc(3).fill('zz', 'hex'), "TypeError|ERR_INVALID_ARG_VALUE|The argument 'value' is invalid. Received 'zz'", 'fill invalid');
let big;
try { big = Buffer.alloc(2 ** 33); } catch (e) { big = e; }
eq(big instanceof RangeError || big.length === 2 ** 33, true, 'alloc(2**33) is a RangeError or works');

// Numbers.
const n = Buffer.alloc(8);
n.writeDoubleBE(Math.PI);
eq(n.readDoubleBE(), Math.PI, 'double');
n.writeIntLE(-123456789012, 0, 6);
eq(n.readIntLE(0, 6), -123456789012, 'intLE 6');
n.writeBigInt64BE(-2n);
eq(n.readBigInt64BE(), -2n, 'bigint64');
eq(n.readBigUint64BE(), 2n ** 64n - 2n, 'biguint64 alias');
n.writeUInt32LE(0xdeadbeef);
eq(n.readUint32LE(), 0xdeadbeef, 'uint32 alias');
err(() => n.writeUInt32LE(2 ** 32), 'RangeError|ERR_OUT_OF_RANGE|The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296', 'write range');

// Search, compare, copy, fill.
const h = Buffer.from('abcabcabc');
eq([h.indexOf('bc'), h.indexOf('bc', 2), h.lastIndexOf('bc'), h.indexOf('bc', -3), h.indexOf(0x63), h.indexOf(''), h.indexOf('', 20), h.includes('cab')], [1, 4, 7, 7, 2, 0, 9, true], 'indexOf');
eq(Buffer.from('a\u0000b\u0000', 'latin1').indexOf('b', 0, 'ucs2'), 2, 'indexOf ucs2');
eq([Buffer.compare(Buffer.from('a'), Buffer.from('b')), h.compare(Buffer.from('bc'), 0, 2, 1, 3), h.equals(Buffer.from('abcabcabc'))], [-1, 0, true], 'compare');
const c = Buffer.alloc(4);
eq([h.copy(c, 1), c.toString()], [3, '\u0000abc'], 'copy');
eq(Buffer.alloc(5, 'ab').toString(), 'ababa', 'fill pattern');
eq(Buffer.alloc(5, 0x101).toString('hex'), '0101010101', 'fill number');
eq(Buffer.concat([Buffer.from('ab'), new Uint8Array([3])], 5).toString('hex'), '6162030000', 'concat');
const s = h.subarray(1, 3);
s[0] = 0x7a;
eq(h.toString(), 'azcabcabc', 'subarray shares memory');
eq(h.slice(-3).toString(), 'abc', 'slice negative');

// inspect, JSON, module helpers.
eq(util.inspect(Buffer.from('ab')), '<Buffer 61 62>', 'inspect');
eq(util.inspect(Buffer.alloc(60)).endsWith(' ... 10 more bytes>'), true, 'inspect max');
eq(JSON.stringify(Buffer.from([1, 2])), '{"type":"Buffer","data":[1,2]}', 'toJSON');
eq(constants.MAX_LENGTH === kMaxLength, true, 'constants');
eq([isUtf8(Buffer.from([0xc0, 0x80])), isUtf8(Buffer.from('é')), isAscii(Buffer.from('a'))], [false, true, true], 'isUtf8/isAscii');
eq(transcode(Buffer.from('€'), 'utf8', 'ucs2').toString('hex'), 'ac20', 'transcode');
eq([btoa('abc'), atob(' YW Jj ')], ['YWJj', 'abc'], 'btoa/atob');
err(() => atob('YQ=a'), 'InvalidCharacterError|5|Invalid character', 'atob invalid');
eq([new Blob(['ab', Buffer.from('c')], { type: 'Text/Plain' }).size, new File(['x'], 'f.txt').name], [3, 'f.txt'], 'Blob/File');
eq([Buffer.isEncoding('UTF-8'), Buffer.isEncoding(''), Buffer.isBuffer(b), b instanceof Uint8Array], [true, false, true, true], 'statics');

if (failures) {
  console.error(`${failures} failure(s)`);
  process.exit(1);
}
