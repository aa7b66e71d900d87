'use strict';
// colors: true output, the colors/styles tables and stripVTControlCharacters.
const util = require('util');

const value = {
  num: 1, big: 2n, str: 'text', bool: true, undef: undefined, nul: null,
  sym: Symbol('s'), date: new Date(0), re: /ab+c/gi, fn() {}, arr: [1, 'a'],
  map: new Map([['k', 'v']]), set: new Set([1]), nested: { deep: { deeper: { deepest: 1 } } },
  sparse: [, 1], boxed: new Number(3), cls: class K {}, weak: new WeakMap(), minus: -0,
};
const colored = util.inspect(value, { colors: true });
console.log(JSON.stringify(colored));
console.log(colored);
console.log(util.stripVTControlCharacters(colored) === util.inspect(value));
console.log(JSON.stringify(util.inspect(Array.from({ length: 30 }, (_, i) => i), { colors: true })));
console.log(JSON.stringify(util.inspect(Array.from({ length: 12 }, (_, i) => `s${i}`), { colors: true })));
console.log(JSON.stringify(util.inspect('str', false, 2, true)));
console.log(JSON.stringify(util.format('%s', 'x'), util.formatWithOptions({ colors: true }, 1, 'two', [3])));
const getters = { get g() { return 1; }, get o() { return null; } };
console.log(JSON.stringify(util.inspect(getters, { colors: true, getters: true })));
const circ = { };
circ.c = circ;
console.log(JSON.stringify(util.inspect(circ, { colors: true })));

console.log(Object.keys(util.inspect.colors).join(','));
console.log(Object.getOwnPropertyNames(util.inspect.colors).length);
console.log(util.inspect.colors.red, util.inspect.colors.grey, util.inspect.colors.bgWhiteBright);
console.log(util.inspect.styles);

util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(5, { colors: true })));
util.inspect.styles.number = 'yellow';

console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1;4mbold\u001b[0m'));
console.log(util.stripVTControlCharacters('\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007'));
try {
  util.stripVTControlCharacters(5);
} catch (err) {
  console.log(err.code);
}
