'use strict';
// Error formatting, checked structurally (stack frames differ between engines):
// stacks are replaced with fixed text, real stacks are only checked for shape.
const util = require('util');

function withStack(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}

console.log(util.inspect(withStack(new Error('boom'), 'Error: boom')));
console.log(util.inspect(withStack(new TypeError('bad type'), 'TypeError: bad type')));
const coded = withStack(new Error('with code'), 'Error: with code');
coded.code = 'E_CODE';
coded.info = { a: 1 };
console.log(util.inspect(coded));
console.log(util.inspect({ err: withStack(new RangeError('nested'), 'RangeError: nested') }));
console.log(util.inspect([withStack(new Error('in array'), 'Error: in array')]));

class FooError extends Error {}
console.log(util.inspect(withStack(new FooError('sub'), 'Error: sub')));
class NamedError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'NamedError';
  }
}
console.log(util.inspect(withStack(new NamedError('named'), 'NamedError: named')));
const renamed = withStack(new Error('renamed'), 'Error: renamed');
renamed.name = 'Custom';
console.log(util.inspect(renamed));
const mismatched = withStack(new RangeError('m'), 'RangeError: m');
mismatched.name = 'Other';
console.log(util.inspect(mismatched));

console.log(util.inspect(withStack(new Error('frames'), 'Error: frames\n    at fn (file.js:1:2)\n    at other (file.js:3:4)')));
const framed = withStack(new Error('frames'), 'Error: frames\n    at fn (file.js:1:2)');
framed.extra = true;
console.log(util.inspect(framed));
console.log(util.inspect({ a: { b: framed } }));

console.log(util.inspect(withStack(new Error('with cause', { cause: 'reason' }), 'Error: with cause')));
const inner = withStack(new Error('inner'), 'Error: inner');
console.log(util.inspect(withStack(new Error('outer', { cause: inner }), 'Error: outer')));
const agg = withStack(new AggregateError([withStack(new Error('a'), 'Error: a'), 'b'], 'many'), 'AggregateError: many');
console.log(util.inspect(agg));

console.log(util.inspect(withStack(new Error('empty stack'), '')));
console.log(util.inspect(withStack(new Error(''), 'Error')));
console.log(util.inspect(withStack(new Error('odd'), 'not a normal stack')));
console.log(util.inspect(withStack(Object.setPrototypeOf(new Error('np'), null), 'Error: np')));

// A real stack: the first line and the frame shape are the same everywhere.
const real = util.inspect(new Error('real one')).split('\n');
console.log(real[0]);
console.log(real.length > 1, real.slice(1).every((line) => line.startsWith('    at ')));
const realNested = util.inspect({ e: new Error('nested real') }).split('\n');
console.log(realNested[0], realNested[1].startsWith('        at '));
console.log(util.format('%s', withStack(new Error('fmt'), 'Error: fmt')));
console.log(util.types.isNativeError(new TypeError()), util.types.isNativeError({ name: 'Error', message: '' }));
