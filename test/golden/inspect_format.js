'use strict';
// util.format / formatWithOptions placeholders.
const util = require('util');

const lines = [
  util.format('%s %s %s %s', 'str', 42, 42n, -0),
  util.format('%s', { a: { b: { c: 1 } } }),
  util.format('%s', [1, [2, [3]]]),
  util.format('%s|%s|%s', new Date(0), null, undefined),
  util.format('%s', { toString() { return 'custom toString'; } }),
  util.format('%s', new (class A { toString() { return 'A!'; } })()),
  util.format('%s', Symbol('sym')),
  util.format('%s', new Map([[1, 2]])),
  util.format('%s', Object.create(null)),
  util.format('%d %d %d %d %d %d', '42', 1.5, 10n, Symbol('x'), {}, '0x10'),
  util.format('%i %i %i %i', '42.9', -1.5, 5n, 'abc'),
  util.format('%f %f %f', '1.5abc', 'x', '1e3'),
  util.format('%j', { a: [1, 'b'], u: undefined }),
  util.format('%o', { a: [1, 2] }),
  util.format('%o', [1, { b: 2 }]),
  util.format('%O', { a: { b: { c: { d: 1 } } } }),
  util.format('%c styled %c', 'color: red', 'x'),
  util.format('100%% done %s', 'yes'),
  util.format('%%s %s', 'a'),
  util.format('%s'),
  util.format('%s %s', 'only'),
  util.format('%x %s', 'a'),
  util.format('trailing %'),
  util.format('a%%'),
  util.format('%s', 'a', 'b', { c: 1 }),
  util.format('no placeholders', 1, 'two', { three: 3 }, [4]),
  util.format(1, 2, 'three'),
  util.format({ a: 1 }, 'x'),
  util.format(),
  util.format(''),
  util.format('%s:%s', 'a'),
  util.format('%d', ''),
  util.format('%s', () => 1),
  util.format('%s', 1e21, NaN),
  util.format('%s %s', -0, [-0]),
  util.formatWithOptions({ compact: false }, { a: 1 }, 'x'),
  util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }),
  util.formatWithOptions({ colors: true }, '%s %O', 'str', { n: 1 }),
];
const circ = { a: 1 };
circ.self = circ;
lines.push(util.format('%j', circ));
for (const line of lines) console.log(line);
try {
  util.formatWithOptions(null, 'x');
} catch (err) {
  console.log(err.code, err.name);
}
