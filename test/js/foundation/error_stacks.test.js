'use strict';
// Stacks are V8-shaped: "Name: message" then "    at fn (file:line:col)" frames; captureStackTrace and
// stackTraceLimit behave as in node.
const assert = require('assert');

function inner() { return new Error('boom'); }
function outer() { const e = inner(); return e; }
const e = outer();
const lines = e.stack.split('\n');
assert.strictEqual(lines[0], 'Error: boom');
assert.match(lines[1], /^ {4}at inner \(.*error_stacks\.test\.js:\d+:\d+\)$/);
assert.match(lines[2], /^ {4}at outer \(.*error_stacks\.test\.js:\d+:\d+\)$/);

// Subclasses and renamed errors show their name in the header.
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; }
}
const m = new MyError('custom');
assert.ok(m instanceof MyError && m instanceof Error);
assert.strictEqual(m.stack.split('\n')[0], 'MyError: custom');
assert.strictEqual(Object.prototype.toString.call(m), '[object Error]');

// captureStackTrace on a plain object, hiding frames above a function.
function hidden() {
  const obj = { message: 'x' };
  Error.captureStackTrace(obj, hidden);
  return obj;
}
function caller() { const o = hidden(); return o; }
const o = caller();
assert.match(o.stack, /^Error: x\n {4}at caller \(/);
assert.doesNotMatch(o.stack, /at hidden/);

// stackTraceLimit: as V8, read when the error is made.
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
function a() { return new Error('one'); }
function b() { const r = a(); return r; }
const one = b();
Error.stackTraceLimit = saved;
assert.strictEqual(one.stack.split('\n').length, 2);
Error.stackTraceLimit = 0;
const none = new Error('none');
Error.stackTraceLimit = saved;
assert.strictEqual(none.stack, 'Error: none');

// An assigned stack is kept as given.
const s = new Error('s');
s.stack = 'custom stack';
assert.strictEqual(s.stack, 'custom stack');

// Error constructors keep their identity and prototype chain.
assert.strictEqual(Object.getPrototypeOf(TypeError.prototype), Error.prototype);
assert.ok(new TypeError('t') instanceof Error);
assert.strictEqual(TypeError.prototype.constructor, TypeError);
assert.strictEqual(new RangeError('r').name, 'RangeError');
assert.strictEqual(Error('no new').message, 'no new');
