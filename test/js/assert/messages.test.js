'use strict';
// Exact assert failure messages (diffs, short forms, validation errors), recorded with node 24.
const assert = require('assert');

// Block bodies: JavaScriptCore drops the frames of strict-mode tail calls.
const cases = (() => {
  const f1 = function f() {};
  const f2 = function f() {};
  const range = (n, change) => Array.from({ length: n }, (_, i) => (i === change ? -1 : i));
  return [
    ['strictEqual numbers', (a) => a.strictEqual(1, 2)],
    ['strictEqual strings', (a) => a.strictEqual('a', 'b')],
    ['strictEqual escaped newline', (a) => a.strictEqual('a\nb', 'a\nc')],
    ['strictEqual same structure', (a) => a.strictEqual({ a: 1 }, { a: 1 })],
    ['strictEqual arrays', (a) => a.strictEqual([1, 2, 3], [1, 2, 4])],
    ['strictEqual functions', (a) => a.strictEqual(f1, f2)],
    ['strictEqual custom message', (a) => a.strictEqual(1, 2, 'custom')],
    ['strictEqual custom message objects', (a) => a.strictEqual({ a: 1 }, { a: 2 }, 'custom')],
    ['strictEqual NaN', (a) => a.strictEqual(NaN, 0)],
    ['strictEqual NaN passes', (a) => a.strictEqual(NaN, NaN)],
    ['strictEqual long strings', (a) => a.strictEqual('x'.repeat(100), 'y'.repeat(100))],
    ['strictEqual indicator', (a) => a.strictEqual(12345678, 1234567)],
    ['strictEqual indicator string', (a) => a.strictEqual('a'.repeat(20) + '\nb', 'a'.repeat(20) + '\nc')],
    ['strictEqual null undefined', (a) => a.strictEqual(null, undefined)],
    ['strictEqual object vs number', (a) => a.strictEqual({}, 1)],
    ['strictEqual type', (a) => a.strictEqual(1, '1')],
    ['strictEqual long identical', (a) => a.strictEqual(range(60), range(60))],
    ['strictEqual missing args', (a) => a.strictEqual(1)],
    ['strictEqual error message', (a) => a.strictEqual(1, 2, new TypeError('own'))],
    ['notStrictEqual', (a) => a.notStrictEqual(1, 1)],
    ['notStrictEqual string', (a) => a.notStrictEqual('abcdef', 'abcdef')],
    ['notStrictEqual function', (a) => a.notStrictEqual(f1, f1)],
    ['deepStrictEqual object', (a) => a.deepStrictEqual({ a: 1 }, { a: 2 })],
    ['deepStrictEqual array', (a) => a.deepStrictEqual([1, 2, 3], [1, 2, 4])],
    ['deepStrictEqual nested', (a) => a.deepStrictEqual({ a: 1, b: { c: [1, 2, 3] } }, { a: 1, b: { c: [1, 2, 4] } })],
    ['deepStrictEqual map', (a) => a.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))],
    ['deepStrictEqual set', (a) => a.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))],
    ['deepStrictEqual primitives', (a) => a.deepStrictEqual(1, 2)],
    ['deepStrictEqual strings', (a) => a.deepStrictEqual('abc', 'abd')],
    ['deepStrictEqual multiline string', (a) => a.deepStrictEqual('line1\nline2\nline3', 'line1\nlineX\nline3')],
    ['deepStrictEqual skipped lines', (a) => a.deepStrictEqual(range(50), range(50, 25))],
    ['deepStrictEqual skipped start', (a) => a.deepStrictEqual(range(20), range(20, 0))],
    ['deepStrictEqual skipped end', (a) => a.deepStrictEqual(range(20), range(20, 19))],
    ['deepStrictEqual fold 6', (a) => a.deepStrictEqual(range(8), range(8, 7))],
    ['deepStrictEqual fold 7', (a) => a.deepStrictEqual(range(9), range(9, 8))],
    ['deepStrictEqual fold 8', (a) => a.deepStrictEqual(range(10), range(10, 9))],
    ['deepStrictEqual many keys', (a) => a.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 12 })],
    ['deepStrictEqual array of objects', (a) => a.deepStrictEqual([{ a: 1, b: [1, 2] }, { c: 'x' }], [{ a: 1, b: [1, 3] }, { c: 'y' }])],
    ['deepStrictEqual array vs string', (a) => a.deepStrictEqual([1, 2, 3], 'abc')],
    ['deepStrictEqual undefined key', (a) => a.deepStrictEqual({ a: undefined }, {})],
    ['deepStrictEqual array vs object', (a) => a.deepStrictEqual([1], { 0: 1 })],
    ['deepStrictEqual errors', (a) => a.deepStrictEqual(new Error('a'), new Error('b'))],
    ['deepStrictEqual error props', (a) => a.deepStrictEqual(Object.assign(new Error('a'), { code: 1 }), new Error('a'))],
    ['deepStrictEqual -0', (a) => a.deepStrictEqual(-0, 0)],
    ['deepStrictEqual symbols', (a) => a.deepStrictEqual(Symbol('a'), Symbol('a'))],
    ['deepStrictEqual bigint', (a) => a.deepStrictEqual(1n, 2n)],
    ['deepStrictEqual deep nesting', (a) => a.deepStrictEqual([1, [2, [3, [4, [5]]]]], [1, [2, [3, [4, [6]]]]])],
    ['deepStrictEqual same look', (a) => a.deepStrictEqual({ a: f1 }, { a: f2 })],
    ['deepStrictEqual trailing comma', (a) => a.deepStrictEqual({ a: 1, b: 2 }, { a: 1 })],
    ['deepStrictEqual custom message', (a) => a.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom')],
    ['deepStrictEqual passes', (a) => a.deepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] })],
    ['notDeepStrictEqual', (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 })],
    ['notDeepStrictEqual long', (a) => a.notDeepStrictEqual(range(60), range(60))],
    ['deepEqual', (a) => a.deepEqual({ a: 1 }, { a: 2 })],
    ['deepEqual custom', (a) => a.deepEqual({ a: 1 }, { a: 2 }, 'custom')],
    ['deepEqual errors', (a) => a.deepEqual(new Error('a'), new Error('b'))],
    ['notDeepEqual same', (a) => a.notDeepEqual({ a: 1 }, { a: 1 })],
    ['notDeepEqual loose', (a) => a.notDeepEqual([1], ['1'])],
    ['equal', (a) => a.equal(1, 2)],
    ['equal long', (a) => a.equal('a'.repeat(600), 'b')],
    ['notEqual', (a) => a.notEqual(1, '1')],
    ['partialDeepStrictEqual reorder', (a) => a.partialDeepStrictEqual([1, 2, 3], [3, 1])],
    ['partialDeepStrictEqual extra key', (a) => a.partialDeepStrictEqual({ a: 1 }, { a: 1, b: undefined })],
    ['partialDeepStrictEqual type', (a) => a.partialDeepStrictEqual(1, '1')],
    ['partialDeepStrictEqual passes', (a) => a.partialDeepStrictEqual({ a: 1, b: { c: 2, d: 3 }, e: [1, 2, 3] }, { b: { c: 2 }, e: [1, 3] })],
    ['ok false', (a) => { a.ok(false); }],
    ['ok no args', (a) => a.ok()],
    ['ok message', (a) => a.ok(0, 'msg')],
    ['ok error message', (a) => a.ok(0, new RangeError('own'))],
    ['assert call', (a) => { a(null); }],
    ['strict call', (a) => { a.strict(0); }],
    ['fail', (a) => a.fail()],
    ['fail message', (a) => a.fail('boom')],
    ['match', (a) => a.match('abc', /x/)],
    ['match non-string', (a) => a.match(5, /x/)],
    ['match bad regexp', (a) => a.match('x', 'x')],
    ['doesNotMatch', (a) => a.doesNotMatch('abc', /b/)],
    ['ifError', (a) => a.ifError(new Error('e1'))],
    ['ifError empty message', (a) => a.ifError(new TypeError(''))],
    ['ifError string', (a) => a.ifError('str')],
    ['ifError null', (a) => a.ifError(null)],
  ];
})();

const expected = {
 "strictEqual numbers": {
  "message": "Expected values to be strictly equal:\n\n1 !== 2\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual strings": {
  "message": "Expected values to be strictly equal:\n\n'a' !== 'b'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual escaped newline": {
  "message": "Expected values to be strictly equal:\n\n'a\\nb' !== 'a\\nc'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual same structure": {
  "message": "Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual arrays": {
  "message": "Expected \"actual\" to be reference-equal to \"expected\":\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual functions": {
  "message": "Expected \"actual\" to be reference-equal to \"expected\":\n+ actual - expected\n\n+ [Function: f]\n- [Function: f]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual custom message": {
  "message": "custom\n\n1 !== 2\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": false
 },
 "strictEqual custom message objects": {
  "message": "custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": false
 },
 "strictEqual NaN": {
  "message": "Expected values to be strictly equal:\n\nNaN !== 0\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual NaN passes": null,
 "strictEqual long strings": {
  "message": "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n- 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual indicator": {
  "message": "Expected values to be strictly equal:\n+ actual - expected\n\n+ 12345678\n- 1234567\n         ^\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual indicator string": {
  "message": "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'aaaaaaaaaaaaaaaaaaaa\\nb'\n- 'aaaaaaaaaaaaaaaaaaaa\\nc'\n                         ^\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual null undefined": {
  "message": "Expected values to be strictly equal:\n+ actual - expected\n\n+ null\n- undefined\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual object vs number": {
  "message": "Expected values to be strictly equal:\n\n{} !== 1\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual type": {
  "message": "Expected values to be strictly equal:\n\n1 !== '1'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual long identical": {
  "message": "Values have same structure but are not reference-equal:\n\n... Skipped lines\n[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n...}\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "strictEqual",
  "generatedMessage": true
 },
 "strictEqual missing args": {
  "message": "The \"actual\" and \"expected\" arguments must be specified",
  "name": "TypeError",
  "code": "ERR_MISSING_ARGS"
 },
 "strictEqual error message": {
  "message": "own",
  "name": "TypeError"
 },
 "notStrictEqual": {
  "message": "Expected \"actual\" to be strictly unequal to: 1",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notStrictEqual",
  "generatedMessage": true
 },
 "notStrictEqual string": {
  "message": "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notStrictEqual",
  "generatedMessage": true
 },
 "notStrictEqual function": {
  "message": "Expected \"actual\" not to be reference-equal to \"expected\":\n\n[Function: f]",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual object": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual array": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual nested": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n    b: {\n      c: [\n        1,\n        2,\n+       3\n-       4\n      ]\n    }\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual map": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Map(1) {\n+   1 => 2\n-   1 => 3\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual set": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Set(2) {\n    1,\n+   2\n-   3\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual primitives": {
  "message": "Expected values to be strictly deep-equal:\n\n1 !== 2\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual strings": {
  "message": "Expected values to be strictly deep-equal:\n\n'abc' !== 'abd'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual multiline string": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 'line1\\nline2\\nline3'\n- 'line1\\nlineX\\nline3'\n              ^\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual skipped lines": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  [\n    0,\n    1,\n    2,\n    3,\n...\n    24,\n+   25,\n-   -1,\n    26,\n    27,\n    28,\n    29,\n    30,\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual skipped start": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n+   0,\n-   -1,\n    1,\n    2,\n    3,\n    4,\n    5,\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual skipped end": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  [\n    0,\n    1,\n    2,\n    3,\n...\n    18,\n+   19\n-   -1\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual fold 6": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  [\n    0,\n    1,\n    2,\n    3,\n...\n    6,\n+   7\n-   -1\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual fold 7": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  [\n    0,\n    1,\n    2,\n    3,\n...\n    7,\n+   8\n-   -1\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual fold 8": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  [\n    0,\n    1,\n    2,\n    3,\n...\n    8,\n+   9\n-   -1\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual many keys": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  {\n    a: 1,\n    b: 2,\n    c: 3,\n    d: 4,\n...\n    j: 10,\n+   k: 11\n-   k: 12\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual array of objects": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    {\n      a: 1,\n      b: [\n        1,\n+       2\n-       3\n      ]\n    },\n    {\n+     c: 'x'\n-     c: 'y'\n    }\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual array vs string": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [\n+   1,\n+   2,\n+   3\n+ ]\n- 'abc'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual undefined key": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ {\n+   a: undefined\n+ }\n- {}\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual array vs object": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [\n+   1\n+ ]\n- {\n-   '0': 1\n- }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual errors": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a]\n- [Error: b]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual error props": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a] {\n+   code: 1\n+ }\n- [Error: a]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual -0": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ -0\n- 0\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual symbols": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ Symbol(a)\n- Symbol(a)\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual bigint": {
  "message": "Expected values to be strictly deep-equal:\n\n1n !== 2n\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual deep nesting": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n... Skipped lines\n\n  [\n    1,\n    [\n      2,\n      [\n...\n          [\n+           5\n-           6\n          ]\n        ]\n      ]\n    ]\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual same look": {
  "message": "Values have same structure but are not reference-equal:\n\n{\n  a: [Function: f]\n}\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual trailing comma": {
  "message": "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n+   b: 2\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": true
 },
 "deepStrictEqual custom message": {
  "message": "custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepStrictEqual",
  "generatedMessage": false
 },
 "deepStrictEqual passes": null,
 "notDeepStrictEqual": {
  "message": "Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notDeepStrictEqual",
  "generatedMessage": true
 },
 "notDeepStrictEqual long": {
  "message": "Expected \"actual\" not to be strictly deep-equal to:\n\n[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n...\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notDeepStrictEqual",
  "generatedMessage": true
 },
 "deepEqual": {
  "message": "Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepEqual",
  "generatedMessage": true
 },
 "deepEqual custom": {
  "message": "custom",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepEqual",
  "generatedMessage": false
 },
 "deepEqual errors": {
  "message": "Expected values to be loosely deep-equal:\n\n[Error: a]\n\nshould loosely deep-equal\n\n[Error: b]",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "deepEqual",
  "generatedMessage": true
 },
 "notDeepEqual same": {
  "message": "Expected \"actual\" not to be loosely deep-equal to:\n\n{\n  a: 1\n}",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notDeepEqual",
  "generatedMessage": true
 },
 "notDeepEqual loose": {
  "message": "Expected values not to be loosely deep-equal:\n\n[\n  1\n]\n\nshould not loosely deep-equal\n\n[\n  '1'\n]",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "notDeepEqual",
  "generatedMessage": true
 },
 "equal": {
  "message": "1 == 2",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": true
 },
 "equal long": {
  "message": "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... == 'b'",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": true
 },
 "notEqual": {
  "message": "1 != '1'",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "!=",
  "generatedMessage": true
 },
 "partialDeepStrictEqual reorder": {
  "message": "Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n  [\n+   1,\n+   2,\n    3,\n-   1\n  ]\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "partialDeepStrictEqual",
  "generatedMessage": true
 },
 "partialDeepStrictEqual extra key": {
  "message": "Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n-   b: undefined\n  }\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "partialDeepStrictEqual",
  "generatedMessage": true
 },
 "partialDeepStrictEqual type": {
  "message": "Expected values to be partially and strictly deep-equal:\n\n1 !== '1'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "partialDeepStrictEqual",
  "generatedMessage": true
 },
 "partialDeepStrictEqual passes": null,
 "ok false": {
  "message": "The expression evaluated to a falsy value:\n\n  a.ok(false)\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": true
 },
 "ok no args": {
  "message": "No value argument passed to `assert.ok()`",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": true
 },
 "ok message": {
  "message": "msg",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": false
 },
 "ok error message": {
  "message": "own",
  "name": "RangeError"
 },
 "assert call": {
  "message": "The expression evaluated to a falsy value:\n\n  a(null)\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": true
 },
 "strict call": {
  "message": "The expression evaluated to a falsy value:\n\n  a.strict(0)\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "==",
  "generatedMessage": true
 },
 "fail": {
  "message": "Failed",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "fail",
  "generatedMessage": true
 },
 "fail message": {
  "message": "boom",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "fail",
  "generatedMessage": false
 },
 "match": {
  "message": "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "match",
  "generatedMessage": true
 },
 "match non-string": {
  "message": "The \"string\" argument must be of type string. Received type number (5)",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "match",
  "generatedMessage": true
 },
 "match bad regexp": {
  "message": "The \"regexp\" argument must be an instance of RegExp. Received type string ('x')",
  "name": "TypeError",
  "code": "ERR_INVALID_ARG_TYPE"
 },
 "doesNotMatch": {
  "message": "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "doesNotMatch",
  "generatedMessage": true
 },
 "ifError": {
  "message": "ifError got unwanted exception: e1",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "ifError",
  "generatedMessage": false
 },
 "ifError empty message": {
  "message": "ifError got unwanted exception: TypeError",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "ifError",
  "generatedMessage": false
 },
 "ifError string": {
  "message": "ifError got unwanted exception: 'str'",
  "name": "AssertionError",
  "code": "ERR_ASSERTION",
  "operator": "ifError",
  "generatedMessage": false
 },
 "ifError null": null
};

let failures = 0;
for (const [label, fn] of cases) {
  let got = null;
  try {
    fn(assert);
  } catch (e) {
    got = { message: e.message, name: e.name, code: e.code, operator: e.operator, generatedMessage: e.generatedMessage };
  }
  const want = expected[label];
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    failures++;
    console.log(`FAIL ${label}\n  got:  ${JSON.stringify(got)}\n  want: ${JSON.stringify(want)}`);
  }
}
if (failures) {
  console.log(`${failures} of ${cases.length} cases failed`);
  process.exit(1);
}
