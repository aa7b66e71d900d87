'use strict';
// node:punycode (deprecated module), expectations recorded from node 24.
process.noDeprecation = true;
const punycode = require('punycode');

let failures = 0;
function eq(got, want, what) {
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    failures++;
    console.log(`FAIL ${what}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
  }
}
for (const [fn, input, want] of [["encode","mañana","maana-pta"],["encode","☃-⌘","--dqo34k"],["encode","ü","tda"],["encode","abc","abc-"],["encode","bücher-","bcher--3ya"],["encode","😀😀","e28ha"],["decode","maana-pta","mañana"],["decode","--dqo34k","☃-⌘"],["decode","tda","ü"],["decode","ls8h","💩"],["toASCII","jürgen@mañana.com","jürgen@xn--maana-pta.com"],["toASCII","a。ü.com","a.xn--tda.com"],["toASCII","example.com","example.com"],["toUnicode","xn--maana-pta.com","mañana.com"],["toUnicode","a@xn--ls8h.com","a@💩.com"]]) eq(punycode[fn](input), want, `${fn}(${input})`);
eq(punycode.ucs2.decode('a\u{1F600}\ud800'), [0x61, 0x1f600, 0xd800], 'ucs2.decode');
eq(punycode.ucs2.encode([0x61, 0x1f600]), 'a\u{1F600}', 'ucs2.encode');
eq([punycode.version, Object.keys(punycode)], ['2.1.0', ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']], 'shape');
for (const [input, message] of [['ü-abc', 'Illegal input >= 0x80 (not a basic code point)'], ['xyz!', 'Invalid input']]) {
  try {
    punycode.decode(input);
    eq('no throw', message, input);
  } catch (e) {
    eq([e instanceof RangeError, e.message], [true, message], `decode(${input})`);
  }
}
if (failures) throw new Error(`${failures} punycode failures`);
