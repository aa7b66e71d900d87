'use strict';
// Arrays: grouping of long arrays, "more items", holes, extra keys, typed arrays, buffers.
const util = require('util');

console.log(util.inspect([]));
console.log(util.inspect([1, 2, 3]));
console.log(util.inspect(Array.from({ length: 120 }, (_, i) => i)));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i * i * 13 - 200)));
console.log(util.inspect(Array.from({ length: 26 }, (_, i) => `item-${i}`)));
console.log(util.inspect(Array.from({ length: 12 }, (_, i) => (i % 2 ? 'x'.repeat(i) : i))));
console.log(util.inspect(Array.from({ length: 8 }, (_, i) => ({ id: i }))));
console.log(util.inspect(Array.from({ length: 20 }, (_, i) => [i, i + 1])));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect([1, 2], { maxArrayLength: 0 }));
console.log(util.inspect([1], { maxArrayLength: 0 }));
console.log(util.inspect(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: null }).split('\n').length);

console.log(util.inspect([, 'a', , , 'b', , ]));
console.log(util.inspect(new Array(5)));
console.log(util.inspect(new Array(1)));
console.log(util.inspect([1, , 3, , , , 7, 8, , 10, 11], { maxArrayLength: 4 }));
const holey = [];
holey[20] = 'end';
holey.extra = true;
console.log(util.inspect(holey));

const withProps = [1, 2, 3];
withProps.label = 'x';
withProps[Symbol('s')] = 1;
console.log(util.inspect(withProps));
console.log(util.inspect(Object.assign([], { only: 'prop' })));
class MyArray extends Array {}
console.log(util.inspect(MyArray.from([1, 2])));
console.log(util.inspect(new MyArray()));
console.log(util.inspect([[1, [2, [3, [4, [5]]]]]]));
console.log(util.inspect([{ a: 1, b: { c: [] } }, 'str', null, undefined]));

console.log(util.inspect(new Uint8Array([1, 2, 255])));
console.log(util.inspect(new Int16Array(0)));
console.log(util.inspect(new Float32Array([1.5, -0, NaN])));
console.log(util.inspect(new Float64Array([0.1, 1e100])));
console.log(util.inspect(new BigInt64Array([1n, -2n])));
console.log(util.inspect(new BigUint64Array(2)));
console.log(util.inspect(new Uint8ClampedArray(130)));
console.log(util.inspect(new Int32Array(3), { maxArrayLength: 1 }));
console.log(util.inspect(new ArrayBuffer(0)));
console.log(util.inspect(new Uint8Array([0, 1, 15, 16, 171, 255]).buffer));
console.log(util.inspect(new ArrayBuffer(120)));
console.log(util.inspect(new DataView(new ArrayBuffer(4), 1, 2)));
console.log(util.inspect({ nested: { deeper: { buf: new ArrayBuffer(2) } } }));
