'use strict';
// Functions and classes.
const util = require('util');

function named() {}
const arrow = () => {};
const anon = [function () {}][0];
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
class A {}
class B extends A {}
class C extends Map {}
const AnonClass = [class {}][0];
class WithStatic {
  static count = 3;
  static method() {}
}

const fns = [named, arrow, anon, asyncFn, gen, asyncGen, async () => {}, A, B, C, AnonClass,
  WithStatic, Math.max, Array.prototype.push, named.bind(null), Object, Function, Symbol];
for (const fn of fns) console.log(util.inspect(fn));

const withProps = function withProps() {};
withProps.answer = 42;
withProps.nested = { a: 1 };
console.log(util.inspect(withProps));
const renamed = function () {};
Object.defineProperty(renamed, 'name', { value: 'renamedFn' });
console.log(util.inspect(renamed));
const noName = function () {};
Object.defineProperty(noName, 'name', { value: '' });
console.log(util.inspect(noName));
console.log(util.inspect(Object.setPrototypeOf(function orphan() {}, null)));
console.log(util.inspect({ method() {}, arrow: () => 1, [Symbol('s')]: function () {} }));
console.log(util.inspect({ cls: class Inner {}, instance: new (class Inner2 {})() }));
console.log(util.inspect([named, A, B]));
console.log(util.inspect(gen()));
console.log(util.format('%s %s', named, A));
