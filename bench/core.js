'use strict';
// The other hot paths of the core-modules issue: EventEmitter#emit with 1 and 3 listeners,
// util.inspect of a nested object, WHATWG URL parsing. Prints "name: N ops/sec" per case
// (bench/core.sh runs it under node and nodec side by side).
const { bench } = require('./harness');
const EventEmitter = require('events');
const util = require('util');

const one = new EventEmitter();
one.on('x', (a) => a);
bench('emit 1 listener', () => one.emit('x', 1));
const three = new EventEmitter();
for (let i = 0; i < 3; i++) three.on('x', (a, b) => a + b);
bench('emit 3 listeners', () => three.emit('x', 1, 2));

const nested = {
  id: 42, name: 'nodec', tags: ['a', 'b', 'c'], active: true, ratio: 0.5, none: null,
  owner: { login: 'x', site: { url: 'https://example.com', ports: [80, 443], meta: { depth: 3, when: new Date(0) } } },
  list: Array.from({ length: 10 }, (_, i) => ({ i, sq: i * i, s: 'item' + i })),
  map: new Map([['k', 1], ['l', { m: [1, 2] }]]),
};
bench('util.inspect nested', () => util.inspect(nested));

const urls = [
  'https://user:pass@sub.example.com:8080/p/a/t/h?query=string&x=1#hash',
  'http://example.com/',
  'file:///home/user/file.txt',
  'https://例え.テスト/パス?q=値',
];
let k = 0;
bench('URL parse', () => new URL(urls[k++ & 3]).href);
