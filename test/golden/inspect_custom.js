'use strict';
// util.inspect.custom, customInspect: false, Proxy, boxed primitives, Date, RegExp, Promise.
const util = require('util');

console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Money {
  constructor(amount) {
    this.amount = amount;
  }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.amount, options)}> depth=${depth} ${typeof options.stylize}`;
  }
}
console.log(util.inspect(new Money(5)));
console.log(util.inspect({ wallet: { cash: new Money(7) } }));
console.log(util.inspect([new Money(1)], { depth: 5 }));
const replacing = { [util.inspect.custom]() { return { replaced: [1, 2] }; } };
console.log(util.inspect({ r: replacing }));
const multiline = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log(util.inspect({ outer: { m: multiline } }));
const selfRet = { x: 1, [util.inspect.custom]() { return this; } };
console.log(util.inspect(selfRet));
console.log(util.inspect(new Money(9), { customInspect: false }));
const opts = { [util.inspect.custom](depth, options) { return `custom opt: ${options.myOption}`; } };
console.log(util.inspect(opts, { myOption: 'passed' }));
console.log(util.format('%s | %O', new Money(2), new Money(3)));

const target = { a: 1, b: [2] };
const proxy = new Proxy(target, {});
console.log(util.inspect(proxy));
console.log(util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2, 3], {})));
console.log(util.inspect(new Proxy(function fn() {}, {})));
console.log(util.inspect({ p: new Proxy({ deep: { x: { y: 1 } } }, {}) }, { showProxy: true }));
const trap = new Proxy({}, { get() { throw new Error('trap ran'); }, ownKeys() { throw new Error('trap ran'); } });
console.log(util.inspect(trap));
const { proxy: revocable, revoke } = Proxy.revocable({}, {});
revoke();
console.log(util.inspect(revocable));
console.log(util.types.isProxy(proxy), util.types.isProxy(target));

console.log(util.inspect(new Number(3)));
console.log(util.inspect(new Number(-0)));
console.log(util.inspect(new String('boxed')));
console.log(util.inspect(Object.assign(new String('ab'), { extra: 1 })));
console.log(util.inspect(new Boolean(false)));
console.log(util.inspect(Object(Symbol('bx'))));
console.log(util.inspect(Object(10n)));
class MyNumber extends Number {}
console.log(util.inspect(new MyNumber(4)));

console.log(util.inspect(new Date(0)));
console.log(util.inspect(new Date(1700000000123)));
console.log(util.inspect(new Date(NaN)));
console.log(util.inspect(Object.assign(new Date(0), { tag: 'x' })));
class MyDate extends Date {}
console.log(util.inspect(new MyDate(0)));
console.log(util.inspect(/ab+c/gi));
console.log(util.inspect(new RegExp('a/b', 'u')));
console.log(util.inspect(Object.assign(/x/, { extra: 1 })));
console.log(util.inspect({ a: { b: { c: { re: /deep/ } } } }));
console.log(util.inspect(new Promise(() => {})));
console.log(util.inspect({ pending: new Promise(() => {}) }));
