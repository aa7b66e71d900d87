'use strict';
// TextDecoder's legacy single-byte encodings and the label table (values checked against node 24).
const assert = require('assert');

assert.strictEqual(new TextDecoder('koi8-r').decode(Uint8Array.of(0xc1, 0x41)), 'аA');
assert.strictEqual(new TextDecoder('cp1251').encoding, 'windows-1251');
assert.strictEqual(new TextDecoder('windows-1251').decode(Uint8Array.of(0xc0, 0xff)), 'Ая');
assert.strictEqual(new TextDecoder('iso-8859-7').decode(Uint8Array.of(0xe1)), 'α');
assert.strictEqual(new TextDecoder(' ISO-8859-8-I ').encoding, 'iso-8859-8-i');
assert.strictEqual(new TextDecoder('x-user-defined').decode(Uint8Array.of(0x80, 0x41)), '\uF780A');
// An unmapped byte: U+FFFD, or an error when fatal.
assert.strictEqual(new TextDecoder('windows-874').decode(Uint8Array.of(0xdb)), '\uFFFD');
assert.throws(() => new TextDecoder('windows-874', { fatal: true }).decode(Uint8Array.of(0xdb)),
  { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.throws(() => new TextDecoder('made-up'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
