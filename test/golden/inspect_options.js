'use strict';
// Layout options: breakLength, compact, sorted, depth and the legacy signature.
const util = require('util');

const data = {
  alpha: 'aaaaaaaaaa',
  beta: [1, 2, 3, { gamma: 'ggggg', delta: [4, 5, { epsilon: 6 }] }],
  zeta: { eta: { theta: { iota: 'deep' } } },
  list: Array.from({ length: 15 }, (_, i) => `entry${i}`),
};
console.log(util.inspect(data));
console.log(util.inspect(data, { breakLength: 40 }));
console.log(util.inspect(data, { breakLength: 200 }));
console.log(util.inspect(data, { breakLength: Infinity }));
console.log(util.inspect(data, { compact: false }));
console.log(util.inspect(data, { compact: true }));
console.log(util.inspect(data, { compact: 1 }));
console.log(util.inspect(data, { compact: 0 }));
console.log(util.inspect(data, { compact: 5, breakLength: 100 }));
console.log(util.inspect(data, { sorted: true }));
console.log(util.inspect({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: (a, b) => (a < b ? 1 : -1) }));
console.log(util.inspect(data, { depth: 0 }));
console.log(util.inspect(data, false, 1, false));
console.log(util.inspect(data, true));
console.log(util.inspect({ s: 'x'.repeat(100) }, { compact: true, breakLength: 60 }));
console.log(util.inspect({ a: [{ b: 1 }, { c: [1, 2, 3] }] }, { compact: true }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: 30 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i * 1000), { compact: false }));
console.log(util.inspect({ a: 1 }, { unknownOption: true }));

const saved = { ...util.inspect.defaultOptions };
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
console.log(util.inspect({ one: { two: 2 }, three: 'threethree' }));
util.inspect.defaultOptions = saved;
console.log(util.inspect({ one: { two: 2 }, three: 'threethree' }));
try {
  util.inspect.defaultOptions = null;
} catch (err) {
  console.log(err.code);
}
