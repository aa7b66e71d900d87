'use strict';
// throws / rejects / doesNotThrow / doesNotReject: validation forms, messages and
// argument errors, recorded with node 24.
const assert = require('assert');

const cases = (() => {
  class E2 extends Error {}
  const thrower = (e) => () => { throw e; };
  const typeErr = () => { throw new TypeError('x'); };
  return [
    ['throws passes class', (a) => a.throws(typeErr, TypeError)],
    ['throws passes base class', (a) => a.throws(typeErr, Error)],
    ['throws passes regexp', (a) => a.throws(typeErr, /^TypeError: x$/)],
    ['throws passes function', (a) => a.throws(typeErr, (e) => e instanceof TypeError)],
    ['throws passes object', (a) => a.throws(typeErr, { name: 'TypeError', message: /x/ })],
    ['throws passes error instance', (a) => a.throws(typeErr, new TypeError('x'))],
    ['throws passes no validation', (a) => a.throws(typeErr)],
    ['throws passes message only', (a) => a.throws(typeErr, 'custom')],
    ['throws missing', (a) => a.throws(() => {})],
    ['throws missing with class', (a) => a.throws(() => {}, TypeError)],
    ['throws missing with class and message', (a) => a.throws(() => {}, TypeError, 'mm')],
    ['throws missing with message', (a) => a.throws(() => {}, 'mm')],
    ['throws regexp mismatch', (a) => a.throws(thrower(new Error('x')), /y/)],
    ['throws regexp mismatch message', (a) => a.throws(thrower(new Error('x')), /y/, 'mine')],
    ['throws object mismatch', (a) => a.throws(thrower(new Error('x')), { message: 'y', code: 'Z' })],
    ['throws object regexp mismatch', (a) => a.throws(thrower(new Error('x')), { message: /y/ })],
    ['throws object nested', (a) => a.throws(thrower(Object.assign(new Error('x'), { info: { a: 1 } })), { info: { a: 2 } })],
    ['throws object message arg', (a) => a.throws(thrower(new Error('x')), { message: 'y' }, 'mine')],
    ['throws error instance mismatch', (a) => a.throws(thrower(new Error('x')), new Error('y'))],
    ['throws primitive vs object', (a) => a.throws(thrower(5), { a: 1 })],
    ['throws class mismatch', (a) => a.throws(typeErr, RangeError)],
    ['throws subclass mismatch', (a) => a.throws(thrower(new Error('x')), E2)],
    ['throws class vs string', (a) => a.throws(thrower('str'), TypeError)],
    ['throws validation false', (a) => a.throws(typeErr, () => false)],
    ['throws named validation', (a) => a.throws(thrower(new Error('x')), function myCheck() { return 1; })],
    ['throws ambiguous message', (a) => a.throws(thrower(new Error('x')), 'x')],
    ['throws ambiguous string', (a) => a.throws(thrower('x'), 'x')],
    ['throws string with message', (a) => a.throws(thrower(new Error('x')), 'x', 'y')],
    ['throws bad error arg', (a) => a.throws(thrower(new Error('x')), 5)],
    ['throws empty object', (a) => a.throws(thrower(new Error('x')), {})],
    ['throws not a function', (a) => a.throws(5)],
    ['doesNotThrow passes', (a) => a.doesNotThrow(() => {})],
    ['doesNotThrow', (a) => a.doesNotThrow(typeErr)],
    ['doesNotThrow message', (a) => a.doesNotThrow(typeErr, TypeError, 'mm')],
    ['doesNotThrow string', (a) => a.doesNotThrow(typeErr, 'foo')],
    ['doesNotThrow other class rethrows', (a) => a.doesNotThrow(typeErr, RangeError)],
    ['doesNotThrow bad expected', (a) => a.doesNotThrow(typeErr, 5)],
    ['rejects passes', (a) => a.rejects(Promise.reject(new TypeError('x')), TypeError)],
    ['rejects passes fn', (a) => a.rejects(async () => { throw new TypeError('x'); }, { message: 'x' })],
    ['rejects missing', (a) => a.rejects(Promise.resolve(1))],
    ['rejects missing with message', (a) => a.rejects(Promise.resolve(), Error, 'mmm')],
    ['rejects bad return', (a) => a.rejects(() => 5)],
    ['rejects bad arg', (a) => a.rejects(5)],
    ['rejects regexp mismatch', (a) => a.rejects(Promise.reject(new Error('q')), /z/)],
    ['rejects sync throw', (a) => a.rejects(() => { throw new Error('sync'); })],
    ['doesNotReject passes', (a) => a.doesNotReject(Promise.resolve(1))],
    ['doesNotReject', (a) => a.doesNotReject(Promise.reject(new Error('q')))],
    ['doesNotReject fn', (a) => a.doesNotReject(async () => { throw new Error('q'); }, 'why')],
  ];
})();

const expected = {
 "throws passes class": null,
 "throws passes base class": null,
 "throws passes regexp": null,
 "throws passes function": null,
 "throws passes object": null,
 "throws passes error instance": null,
 "throws passes no validation": null,
 "throws passes message only": null,
 "throws missing": {
  "message": "Missing expected exception.",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": false
 },
 "throws missing with class": {
  "message": "Missing expected exception (TypeError).",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": false
 },
 "throws missing with class and message": {
  "message": "Missing expected exception (TypeError): mm",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": false
 },
 "throws missing with message": {
  "message": "Missing expected exception: mm",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": false
 },
 "throws regexp mismatch": {
  "message": "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws regexp mismatch message": {
  "message": "mine",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": false
 },
 "throws object mismatch": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   code: 'Z',\n-   message: 'y'\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws object regexp mismatch": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   message: /y/\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws object nested": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n    info: {\n+     a: 1\n-     a: 2\n    }\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws object message arg": {
  "message": "mine",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": false
 },
 "throws error instance mismatch": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x',\n-   message: 'y',\n    name: 'Error'\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws primitive vs object": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 5\n- {\n-   a: 1\n- }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws class mismatch": {
  "message": "The error is expected to be an instance of \"RangeError\". Received \"TypeError\"\n\nError message:\n\nx",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws subclass mismatch": {
  "message": "The error is expected to be an instance of \"E2\". Received \"Error\"\n\nError message:\n\nx",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws class vs string": {
  "message": "The error is expected to be an instance of \"TypeError\". Received \"'str'\"",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws validation false": {
  "message": "The validation function is expected to return \"true\". Received false\n\nCaught error:\n\nTypeError: x",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws named validation": {
  "message": "The \"myCheck\" validation function is expected to return \"true\". Received 1\n\nCaught error:\n\nError: x",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "throws",
  "generatedMessage": true
 },
 "throws ambiguous message": {
  "message": "The \"error/message\" argument is ambiguous. The error message \"x\" is identical to the message.",
  "name": "TypeError",
  "code": "ERR_AMBIGUOUS_ARGUMENT"
 },
 "throws ambiguous string": {
  "message": "The \"error/message\" argument is ambiguous. The error \"x\" is identical to the message.",
  "name": "TypeError",
  "code": "ERR_AMBIGUOUS_ARGUMENT"
 },
 "throws string with message": {
  "message": "The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type string ('x')",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_TYPE"
 },
 "throws bad error arg": {
  "message": "The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (5)",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_TYPE"
 },
 "throws empty object": {
  "message": "The argument 'error' may not be an empty object. Received {}",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_VALUE"
 },
 "throws not a function": {
  "message": "The \"fn\" argument must be of type function. Received type number (5)",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_TYPE"
 },
 "doesNotThrow passes": null,
 "doesNotThrow": {
  "message": "Got unwanted exception.\nActual message: \"x\"",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "doesNotThrow",
  "generatedMessage": false
 },
 "doesNotThrow message": {
  "message": "Got unwanted exception: mm\nActual message: \"x\"",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "doesNotThrow",
  "generatedMessage": false
 },
 "doesNotThrow string": {
  "message": "Got unwanted exception: foo\nActual message: \"x\"",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "doesNotThrow",
  "generatedMessage": false
 },
 "doesNotThrow other class rethrows": {
  "message": "x",
  "name": "TypeError"
 },
 "doesNotThrow bad expected": {
  "message": "The \"expected\" argument must be of type function or an instance of RegExp. Received type number (5)",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_TYPE"
 },
 "rejects passes": null,
 "rejects passes fn": null,
 "rejects missing": {
  "message": "Missing expected rejection.",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "rejects",
  "generatedMessage": false
 },
 "rejects missing with message": {
  "message": "Missing expected rejection (Error): mmm",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "rejects",
  "generatedMessage": false
 },
 "rejects bad return": {
  "message": "Expected instance of Promise to be returned from the \"promiseFn\" function but got type number (5).",
  "name": "TypeError",
  "code": "ERR_INVALID_RETURN_VALUE"
 },
 "rejects bad arg": {
  "message": "The \"promiseFn\" argument must be of type function or an instance of Promise. Received type number (5)",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_TYPE"
 },
 "rejects regexp mismatch": {
  "message": "The input did not match the regular expression /z/. Input:\n\n'Error: q'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "rejects",
  "generatedMessage": true
 },
 "rejects sync throw": {
  "message": "sync",
  "name": "Error"
 },
 "doesNotReject passes": null,
 "doesNotReject": {
  "message": "Got unwanted rejection.\nActual message: \"q\"",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "doesNotReject",
  "generatedMessage": false
 },
 "doesNotReject fn": {
  "message": "Got unwanted rejection: why\nActual message: \"q\"",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "doesNotReject",
  "generatedMessage": false
 }
};

const describe = (e) => e === null ? null :
  { message: e.message, name: e.name, code: e.code, operator: e.operator, generatedMessage: e.generatedMessage };

(async () => {
  let failures = 0;
  for (const [label, fn] of cases) {
    let got = null;
    try {
      await fn(assert);
    } catch (e) {
      got = describe(e);
    }
    if (JSON.stringify(got) !== JSON.stringify(expected[label])) {
      failures++;
      console.log(`FAIL ${label}\n  got:  ${JSON.stringify(got)}\n  want: ${JSON.stringify(expected[label])}`);
    }
  }
  // rejects() returns a promise even when its argument is invalid.
  const p = assert.rejects(5);
  if (!(p instanceof Promise)) failures++;
  p.catch(() => {});
  if (failures) {
    console.log(`${failures} failures`);
    process.exit(1);
  }
})();
