'use strict';
// util.inspect of primitive values and string quoting/escaping.
const util = require('util');

const values = [
  0, -0, 1, -1.5, 1e21, 1e-7, 123456789, NaN, Infinity, -Infinity,
  0n, 10n, -12345678901234567890n,
  true, false, undefined, null,
  Symbol(), Symbol('desc'), Symbol.iterator, Symbol.for('registered'),
  '', 'plain', "it's", 'say "hi"', 'both \' and "', 'all \' " ` three', 'tpl ${x} \' "',
  'new\nline', 'tab\there', 'nul\0byte', 'esc\x1b[31m', 'del\x7f', 'c1\x85', 'back\\slash',
  'emoji 😀', 'lone \ud800 surrogate', 'lone \udc00 low', 'ünïcödé', '漢字',
];
for (const v of values) console.log(util.inspect(v));

console.log(util.inspect([-0, 0, -0.0]));
console.log(util.inspect({ n: -0 }));
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(123456789n, { numericSeparator: true }));
console.log(util.inspect(0.000001, { numericSeparator: true }));
console.log(util.inspect([1000, 10000.5, -0.25], { numericSeparator: true }));
console.log(util.inspect('a'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect('abc', { maxStringLength: 2 }));
console.log(util.inspect('abc', { maxStringLength: 0 }));
console.log(util.inspect(['abcdef'], { maxStringLength: 3 }));
console.log(util.inspect('line one\nline two\nline three that is long enough to be split here\n'.repeat(2)));
console.log(util.inspect({ text: 'first line\n'.repeat(8) }));
