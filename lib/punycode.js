'use strict';

// node:punycode (deprecated, DEP0040) — the punycode.js 2.1.0 API:
// ucs2 helpers, raw encode/decode and label-wise toASCII/toUnicode.

const idna = require('internal/idna');

if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
  const stack = new Error().stack || '';
  if (!stack.includes('node_modules')) {
    process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
      'DeprecationWarning', 'DEP0040');
  }
}

const errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function error(type) {
  throw new RangeError(errors[type]);
}

const ucs2 = {
  decode: (string) => idna.toCodePoints(string),
  encode: (codePoints) => idna.fromCodePoints(codePoints),
};

function decode(input) {
  input = `${input}`;
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
  }
  // Distinguish the error kinds the way punycode.js reports them.
  for (let j = basic > 0 ? basic + 1 : 0; j < input.length; j++) {
    const c = input.charCodeAt(j);
    const isDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!isDigit) error('invalid-input');
  }
  const result = idna.punycodeDecode(input);
  if (result === null) error(checkTruncated(input, basic) ? 'invalid-input' : 'overflow');
  return result;
}

// Whether the encoded tail ends in the middle of a variable-length integer.
function checkTruncated(input, basic) {
  const tail = input.slice(basic > 0 ? basic + 1 : 0);
  if (tail === '') return false;
  // Decoding every prefix that ends on a full integer succeeds; a failing full
  // input with no overflow signature means truncation.
  return idna.punycodeDecode(input + 'a') !== null || idna.punycodeDecode(input.slice(0, -1)) !== null;
}

function encode(input) {
  const result = idna.punycodeEncode(`${input}`);
  if (result === null) error('overflow');
  return result;
}

const kSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;

function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    // Keep the local part of an email address as is.
    result = at[0] + '@';
    domain = at[1];
  }
  domain = domain.replace(kSeparators, '.');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(`${input}`, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(`${input}`, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2,
  decode,
  encode,
  toASCII,
  toUnicode,
};
