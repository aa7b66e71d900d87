// Flags: --expose-internals
'use strict';

// internal/validators: each validator throws node 24's code, class and message.

const assert = require('assert');
const v = require('internal/validators');

function throwsWith(fn, Base, code, message) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Base, `${err.name} is not a ${Base.name}`);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    return true;
  });
}
const typeErr = (fn, message) => throwsWith(fn, TypeError, 'ERR_INVALID_ARG_TYPE', message);
const valueErr = (fn, message) => throwsWith(fn, TypeError, 'ERR_INVALID_ARG_VALUE', message);
const rangeErr = (fn, message) => throwsWith(fn, RangeError, 'ERR_OUT_OF_RANGE', message);

// isInt32 / isUint32
assert.strictEqual(v.isInt32(-(2 ** 31)), true);
assert.strictEqual(v.isInt32(2 ** 31), false);
assert.strictEqual(v.isInt32(1.5), false);
assert.strictEqual(v.isUint32(2 ** 32 - 1), true);
assert.strictEqual(v.isUint32(-1), false);

// strings, booleans, functions
v.validateString('', 'x');
typeErr(() => v.validateString(1, 'x'), 'The "x" argument must be of type string. Received type number (1)');
typeErr(() => v.validateString(undefined, 'opts.path'), 'The "opts.path" property must be of type string. Received undefined');
valueErr(() => v.validateStringWithoutNullBytes('a\u0000b', 'p'),
         "The argument 'p' must be a string without null bytes. Received 'a\\x00b'");
v.validateBoolean(false, 'b');
typeErr(() => v.validateBoolean(0, 'b'), 'The "b" argument must be of type boolean. Received type number (0)');
v.validateFunction(() => {}, 'cb');
typeErr(() => v.validateFunction('x', 'cb'), 'The "cb" argument must be of type function. Received type string (\'x\')');
typeErr(() => v.validatePlainFunction(async function af() {}, 'fn'),
        'The "fn" argument must be of type function. Received function af');
v.validateUndefined(undefined, 'u');
typeErr(() => v.validateUndefined(null, 'u'), 'The "u" argument must be undefined. Received null');

// numbers
v.validateNumber(NaN, 'n');
typeErr(() => v.validateNumber('1', 'n'), 'The "n" argument must be of type number. Received type string (\'1\')');
rangeErr(() => v.validateNumber(NaN, 'n', 0), 'The value of "n" is out of range. It must be >= 0. Received NaN');
rangeErr(() => v.validateNumber(5, 'n', undefined, 3), 'The value of "n" is out of range. It must be <= 3. Received 5');
rangeErr(() => v.validateNumber(5, 'n', 6, 7), 'The value of "n" is out of range. It must be >= 6 && <= 7. Received 5');

v.validateInteger(2 ** 53 - 1, 'i');
rangeErr(() => v.validateInteger(1.5, 'i'), 'The value of "i" is out of range. It must be an integer. Received 1.5');
rangeErr(() => v.validateInteger(2 ** 53, 'i'),
         'The value of "i" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. ' +
         'Received 9_007_199_254_740_992');
rangeErr(() => v.validateInteger(11, 'i', 0, 10), 'The value of "i" is out of range. It must be >= 0 && <= 10. Received 11');
rangeErr(() => v.validateInt32(2 ** 31, 'i'),
         'The value of "i" is out of range. It must be >= -2147483648 && <= 2147483647. Received 2147483648');
typeErr(() => v.validateInt32('1', 'i'), 'The "i" argument must be of type number. Received type string (\'1\')');
rangeErr(() => v.validateUint32(0, 'u', true), 'The value of "u" is out of range. It must be >= 1 && <= 4294967295. Received 0');
rangeErr(() => v.validateUint32(-1, 'u'), 'The value of "u" is out of range. It must be >= 0 && <= 4294967295. Received -1');

assert.strictEqual(v.validateFiniteNumber(undefined, 'f'), false);
assert.strictEqual(v.validateFiniteNumber(NaN, 'f'), false);
assert.strictEqual(v.validateFiniteNumber(1, 'f'), true);
rangeErr(() => v.validateFiniteNumber(Infinity, 'f'),
         'The value of "f" is out of range. It must be a finite number. Received Infinity');
assert.strictEqual(v.checkRangesOrGetDefault(undefined, 'c', 1, 3, 2), 2);
rangeErr(() => v.checkRangesOrGetDefault(5, 'c', 1, 3, 2), 'The value of "c" is out of range. It must be >= 1 and <= 3. Received 5');

// file modes
assert.strictEqual(v.parseFileMode('755', 'mode'), 0o755);
assert.strictEqual(v.parseFileMode(undefined, 'mode', 0o666), 0o666);
valueErr(() => v.parseFileMode('0o7', 'mode'),
         "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '0o7'");
rangeErr(() => v.parseFileMode(-1, 'mode'), 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1');

// objects and arrays
v.validateObject({}, 'o');
typeErr(() => v.validateObject(null, 'o'), 'The "o" argument must be of type object. Received null');
typeErr(() => v.validateObject([], 'o'), 'The "o" argument must be of type object. Received an instance of Array');
typeErr(() => v.validateObject(() => {}, 'o'), 'The "o" argument must be of type object. Received function ');
v.validateObject(null, 'o', v.kValidateObjectAllowNullable);
v.validateObject([], 'o', v.kValidateObjectAllowArray);
v.validateObject(() => {}, 'o', v.kValidateObjectAllowFunction);
v.validateObject(null, 'o', v.kValidateObjectAllowObjectsAndNull);
typeErr(() => v.validateObject(1, 'o', v.kValidateObjectAllowObjectsAndNull),
        'The "o" argument must be of type object. Received type number (1)');
assert.strictEqual(v.kValidateObjectAllowObjects, v.kValidateObjectAllowArray | v.kValidateObjectAllowFunction);

v.validateDictionary(undefined, 'd');
typeErr(() => v.validateDictionary(1, 'd'), 'The "d" argument must be a dictionary. Received type number (1)');

v.validateArray([], 'a');
typeErr(() => v.validateArray({}, 'a'), 'The "a" argument must be an instance of Array. Received an instance of Object');
valueErr(() => v.validateArray([], 'a', 1), "The argument 'a' must have a length of at least 1. Received []");
typeErr(() => v.validateStringArray(['a', 1], 'args'), 'The "args[1]" argument must be of type string. Received type number (1)');
typeErr(() => v.validateBooleanArray([true, 1], 'f'), 'The "f[1]" argument must be of type boolean. Received type number (1)');

// one-of / union
valueErr(() => v.validateOneOf(1, 'x', ['a', 2, null]), "The argument 'x' must be one of: 'a', 2, null. Received 1");
typeErr(() => v.validateUnion(1, 'x', ['a', 'b']), 'The "x" argument must be (\'a|b\'). Received type number (1)');

// buffers and encodings
v.validateBuffer(new Uint8Array(1));
typeErr(() => v.validateBuffer('x'),
        'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'x\')');
v.validateEncoding('abcd', 'hex');
valueErr(() => v.validateEncoding('abc', 'HEX'), "The argument 'encoding' is invalid for data of length 3. Received 'HEX'");

// abort signals
v.validateAbortSignal(undefined, 'signal');
v.validateAbortSignal({ aborted: false }, 'signal');
typeErr(() => v.validateAbortSignal(null, 'signal'), 'The "signal" argument must be an instance of AbortSignal. Received null');
typeErr(() => v.validateAbortSignalArray([undefined], 'signals'),
        'The "signals[0]" argument must be an instance of AbortSignal. Received undefined');

// signals
v.validateSignalName('SIGTERM');
throwsWith(() => v.validateSignalName('sigterm'), TypeError, 'ERR_UNKNOWN_SIGNAL',
           'Unknown signal: sigterm (signals must use all capital letters)');
throwsWith(() => v.validateSignalName('FOO'), TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: FOO');

// ports
assert.strictEqual(v.validatePort(' 80 '), 80);
assert.strictEqual(v.validatePort(0), 0);
throwsWith(() => v.validatePort(0, 'p', false), RangeError, 'ERR_SOCKET_BAD_PORT',
           'p should be > 0 and < 65536. Received type number (0).');
throwsWith(() => v.validatePort(65536), RangeError, 'ERR_SOCKET_BAD_PORT',
           'Port should be >= 0 and < 65536. Received type number (65536).');
throwsWith(() => v.validatePort(''), RangeError, 'ERR_SOCKET_BAD_PORT',
           "Port should be >= 0 and < 65536. Received type string ('').");

// misc
v.validateIgnoreOption(['a', /x/, () => {}], 'ignore');
valueErr(() => v.validateIgnoreOption(['a', ''], 'ignore'), "The argument 'ignore[1]' must be a non-empty string. Received ''");
assert.strictEqual(v.validateLinkHeaderValue(['</a>; rel=preload', '</b>; rel=preload']),
                   '</a>; rel=preload, </b>; rel=preload');
throwsWith(() => v.validateThisInternalField({}, 'k', 'Cls'), TypeError, 'ERR_INVALID_THIS',
           'Value of "this" must be of type Cls');

// hideStackFrames marker kept for callers that use it.
assert.strictEqual(typeof v.validateString.withoutStackTrace, 'function');
