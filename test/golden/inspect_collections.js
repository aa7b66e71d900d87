'use strict';
// Map, Set, WeakMap, WeakSet and subclasses.
const util = require('util');

console.log(util.inspect(new Map()));
console.log(util.inspect(new Set()));
console.log(util.inspect(new Map([['a', 1], ['b', { c: 2 }]])));
console.log(util.inspect(new Map([[{ key: 'obj' }, [1, 2]], [NaN, null], [undefined, new Map([[1, 2]])]])));
console.log(util.inspect(new Set([1, 'two', [3], { four: 4 }])));
console.log(util.inspect(new Set(Array.from({ length: 30 }, (_, i) => i))));
console.log(util.inspect(new Set([1, 2, 3, 4, 5]), { maxArrayLength: 2 }));
console.log(util.inspect(new Map([[1, 1], [2, 2], [3, 3]]), { maxArrayLength: 1 }));
console.log(util.inspect(new Map([[1, { a: { b: { c: 1 } } }]])));
console.log(util.inspect({ m: new Map([['k', new Map([['k2', new Map([['k3', 1]])]])]]) }));
console.log(util.inspect(new Map(Array.from({ length: 6 }, (_, i) => [`key${i}`, 'value'.repeat(i)]))));
const withProp = new Map([[1, 2]]);
withProp.extra = 'yes';
console.log(util.inspect(withProp));
const setProp = new Set();
setProp.flag = true;
console.log(util.inspect(setProp));
class MyMap extends Map {}
class MySet extends Set {}
console.log(util.inspect(new MyMap([[1, 2]])));
console.log(util.inspect(new MySet()));
console.log(util.inspect(new WeakMap()));
console.log(util.inspect(new WeakSet()));
console.log(util.inspect({ wm: new WeakMap([[{}, 1]]), ws: new WeakSet([{}]) }));
console.log(util.inspect(new Set([new Set([new Set([new Set([1])])])])));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
