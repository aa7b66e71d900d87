'use strict';
// The shape of node:assert: exports, strict mode, AssertionError, CallTracker, Assert.
const assert = require('assert');

function check(cond, what) {
  if (!cond) {
    console.log(`FAIL ${what}`);
    process.exitCode = 1;
  }
}

function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

// Exports.
const names = ['AssertionError', 'CallTracker', 'ok', 'fail', 'equal', 'notEqual', 'deepEqual',
  'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError', 'strict', 'Assert'];
check(JSON.stringify(Object.keys(assert)) === JSON.stringify(names), 'assert keys');
check(typeof assert === 'function' && assert.ok === assert, 'assert is ok');

// Strict mode.
check(require('assert/strict') === assert.strict, "require('assert/strict')");
check(require('node:assert/strict') === assert.strict, "require('node:assert/strict')");
check(assert.strict.strict === assert.strict, 'strict.strict');
check(assert.strict.equal === assert.strictEqual, 'strict.equal');
check(assert.strict.deepEqual === assert.deepStrictEqual, 'strict.deepEqual');
check(assert.strict.notEqual === assert.notStrictEqual, 'strict.notEqual');
check(assert.strict.notDeepEqual === assert.notDeepStrictEqual, 'strict.notDeepEqual');
check(caught(() => assert.strict.equal(1, '1')) !== undefined, 'strict equal is strict');
check(caught(() => assert.equal(1, '1')) === undefined, 'legacy equal is loose');
check(caught(() => assert.strict.deepEqual([1], ['1'])) !== undefined, 'strict deepEqual is strict');

// AssertionError.
const err = caught(() => assert.strictEqual(1, 2));
check(err instanceof assert.AssertionError && err instanceof Error, 'AssertionError instance');
check(err.name === 'AssertionError' && err.code === 'ERR_ASSERTION', 'name and code');
check(err.actual === 1 && err.expected === 2 && err.operator === 'strictEqual', 'actual/expected/operator');
check(err.generatedMessage === true, 'generatedMessage');
check(JSON.stringify(Object.keys(err)) ===
  JSON.stringify(['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']), 'own keys');
check(String(err) === 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n',
  'toString');
check(typeof err.stack === 'string' &&
  err.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:'), 'stack header');
check(err.stack.includes('api.test.js'), 'stack points at the caller');
const made = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
check(made.message === 'Expected values to be strictly equal:\n\n1 !== 2\n', 'constructed message');
const own = new assert.AssertionError({ message: 'mine' });
check(own.message === 'mine' && own.generatedMessage === false, 'own message');
const badOptions = caught(() => new assert.AssertionError());
check(badOptions && badOptions.code === 'ERR_INVALID_ARG_TYPE', 'options must be an object');

// ok() quotes the call's source.
const a = 1;
const b = 2;
const okErr = caught(() => {
  assert.ok(a === b);
});
check(okErr.message === 'The expression evaluated to a falsy value:\n\n  assert.ok(a === b)\n', 'ok source');
const multi = caught(() => {
  assert(
    a === b);
});
check(multi.message === 'The expression evaluated to a falsy value:\n\n  assert(\n', 'ok multi-line source');
check(okErr.actual === false && okErr.expected === true && okErr.operator === '==', 'ok properties');

// Passing assertions return undefined.
check(assert.ok(1) === undefined && assert.deepStrictEqual({ a: [1] }, { a: [1] }) === undefined, 'passing');

// Circular structures.
const c1 = { x: 1 };
c1.self = c1;
const c2 = { x: 1 };
c2.self = c2;
check(caught(() => assert.deepStrictEqual(c1, c2)) === undefined, 'circular equal');
const c3 = { x: 1 };
c3.self = { x: 1, self: c3 };
check(caught(() => assert.deepStrictEqual(c1, c3)) !== undefined, 'circular different shape');

// CallTracker.
const origEmit = process.emitWarning;
process.emitWarning = () => {};
const tracker = new assert.CallTracker();
process.emitWarning = origEmit;
const tracked = tracker.calls(function foo(x) { return x * 2; }, 2);
check(tracked(2) === 4, 'tracked function runs');
check(JSON.stringify(tracker.getCalls(tracked)) === '[{"arguments":[2]}]', 'getCalls');
const report = tracker.report();
check(report.length === 1 &&
  report[0].message === 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).' &&
  report[0].actual === 1 && report[0].expected === 2 && report[0].operator === 'foo', 'report');
const verifyErr = caught(() => tracker.verify());
check(verifyErr && verifyErr.message === report[0].message, 'verify');
tracked(1);
check(caught(() => tracker.verify()) === undefined, 'verify passes');
tracker.reset(tracked);
check(tracker.getCalls(tracked).length === 0, 'reset');

// Assert class.
const strictAssert = new assert.Assert();
check(strictAssert.equal === strictAssert.strictEqual, 'Assert defaults to strict');
check(caught(() => strictAssert.equal(1, '1')) !== undefined, 'Assert strict equal');
const looseAssert = new assert.Assert({ strict: false });
check(caught(() => looseAssert.equal(1, '1')) === undefined, 'Assert loose equal');
const fullErr = caught(() => new assert.Assert({ diff: 'full' }).strictEqual(1, 2));
check(fullErr && fullErr.diff === 'full', 'Assert diff option');
check(caught(() => new assert.Assert({ diff: 'x' })).code === 'ERR_INVALID_ARG_VALUE', 'Assert bad diff');
