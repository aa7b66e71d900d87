'use strict';
// Plain objects, nesting and depth, key quoting, symbol keys, class instances, null prototypes.
const util = require('util');

console.log(util.inspect({}));
console.log(util.inspect({ a: 1, b: 'two', c: [3], d: { e: null } }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 1 }));
console.log(util.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: null }));
console.log(util.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: Infinity }));
console.log(util.inspect({ a: { b: { c: {}, d: [], e: [1], f: new Map(), g: new Set([1]) } } }));
console.log(util.inspect({ 'needs-quotes': 1, valid_id: 2, $dollar: 3, '0': 4, 12: 5, 'with space': 6, "it's": 7, 'a\nb': 8, '': 9 }));
console.log(util.inspect(JSON.parse('{"__proto__": 1, "x": 2}')));
const s1 = Symbol('one');
console.log(util.inspect({ [s1]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol.for('reg')]: 4, plain: 5 }));
const hidden = {};
Object.defineProperty(hidden, 'secret', { value: 1, enumerable: false });
Object.defineProperty(hidden, Symbol('hid'), { value: 2, enumerable: false });
hidden.shown = 3;
console.log(util.inspect(hidden));
console.log(util.inspect(hidden, { showHidden: true }));

class Foo {
  constructor() {
    this.x = 1;
  }
}
class Bar extends Foo {}
class Empty {}
console.log(util.inspect(new Foo()));
console.log(util.inspect(new Bar()));
console.log(util.inspect(new Empty()));
console.log(util.inspect(new (class {})()));
console.log(util.inspect(Object.create(Foo.prototype)));
console.log(util.inspect({ inner: new Bar(), list: [new Foo()] }));
console.log(util.inspect({ deep: { deeper: { deepest: new Foo() } } }));
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Custom';
  }
}
console.log(util.inspect(new Tagged()));
console.log(util.inspect({ [Symbol.toStringTag]: 'own' }));

const nul = Object.create(null);
console.log(util.inspect(nul));
nul.key = 'value';
console.log(util.inspect(nul));
console.log(util.inspect({ wrapped: { a: { b: nul } } }));
console.log(util.inspect(Object.setPrototypeOf([1, 2], null)));
console.log(util.inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)));
console.log(util.inspect(Object.setPrototypeOf(new Set([1]), null)));
console.log(util.inspect(Object.create(Object.create(null))));
console.log(util.inspect((function () { return arguments; })(1, 'two')));
console.log(util.inspect((function () { return arguments; })()));
console.log(util.inspect({ math: Math, json: JSON }, { depth: 0 }));
console.log(util.inspect(Object.assign(Object.create({ inherited: 1 }), { own: 2 })));
