'use strict';
// Circular references: <ref *N> markers and [Circular *N].
const util = require('util');

const a = { name: 'a' };
a.self = a;
console.log(util.inspect(a));

const arr = [1, 2];
arr.push(arr);
console.log(util.inspect(arr));

const x = { id: 'x' };
const y = { id: 'y', x };
x.y = y;
console.log(util.inspect(x));
console.log(util.inspect([x, y]));

const outer = { inner: { list: [] } };
outer.inner.list.push(outer, outer.inner);
console.log(util.inspect(outer));

const m = new Map();
m.set('me', m);
console.log(util.inspect(m));
const s = new Set();
s.add(s);
console.log(util.inspect(s));

const two = { first: {}, second: {} };
two.first.back = two.first;
two.second.back = two.second;
two.second.root = two;
console.log(util.inspect(two));
console.log(util.inspect(a, { compact: false }));
console.log(util.inspect(a, { compact: true }));

class Node {
  constructor(v) {
    this.value = v;
    this.next = null;
  }
}
const n1 = new Node(1);
const n2 = new Node(2);
n1.next = n2;
n2.next = n1;
console.log(util.inspect(n1));
