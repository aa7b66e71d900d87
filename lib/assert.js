'use strict';

// node:assert. The passing paths are kept cheap (test suites call these
// thousands of times); messages and error shapes follow node 24.

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } =
  require('internal/util/comparisons');
const { isPromise, isRegExp, isNativeError } = require('internal/util/types');

let errorsModule;
function codes() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule.codes;
}

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kOptions = Symbol('kOptions');
const kNoException = Symbol('kNoException');

const isError = (e) => isNativeError(e) || e instanceof Error;

// `this` is an Assert instance when called as one of its methods.
function diffOf(self) {
  const opts = self != null && self[kOptions];
  return (opts && opts.diff) || 'simple';
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function missingArgs() {
  return new (codes().ERR_MISSING_ARGS)('actual', 'expected');
}

// ---------------------------------------------------------------------------
// ok() and the "expression evaluated to a falsy value" message.

const sourceCache = new Map();

function readSourceLine(file, line) {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    lines = null;
    try {
      let path = file;
      if (path.startsWith('file://')) path = decodeURIComponent(new URL(path).pathname);
      if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) {
        lines = require('fs').readFileSync(path, 'utf8').split('\n');
      }
    } catch {
      lines = null;
    }
    sourceCache.set(file, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return undefined;
  return lines[line - 1].replace(/\r$/, '');
}

// "    at fn (file:line:col)", "    at file:line:col" (V8) or "fn@file:line:col" (JSC).
const kFrameRe = /^\s*(?:at (?:.*? \()?|[^@\s]*@)(.+?):(\d+):(\d+)\)?\s*$/;

function findCallSite(stackStartFn) {
  if (typeof Error.captureStackTrace === 'function') {
    const holder = {};
    Error.captureStackTrace(holder, stackStartFn);
    const stack = holder.stack;
    if (typeof stack === 'string') {
      for (const frame of stack.split('\n')) {
        const m = kFrameRe.exec(frame);
        if (m !== null) return { file: m[1], line: +m[2], column: +m[3] };
      }
    }
  }
  try {
    const { callSite } = require('internal/error_stack');
    if (typeof callSite === 'function') return callSite(2);
  } catch {
    // No stack support: the caller uses the generic message.
  }
  return undefined;
}

const isCalleeChar = (c) => /[\w$.]/.test(c) || c > '\x7f';

// From a position inside `callee(...)` (or on its parenthesis), the text of
// the call on that line: up to its closing parenthesis, or the rest of the line.
function extractCall(text, index) {
  let open = index;
  let brackets = 0;
  while (open < text.length) {
    const c = text[open];
    if (c === '[') brackets++;
    else if (c === ']') brackets--;
    else if (c === '(' && brackets === 0) break;
    open++;
  }
  if (open >= text.length) return undefined;
  let start = Math.min(index, open);
  while (start > 0) {
    const c = text[start - 1];
    if (isCalleeChar(c)) {
      start--;
    } else if (c === ']') {
      const at = text.lastIndexOf('[', start - 1);
      if (at < 0) break;
      start = at;
    } else if (c === '?' && text[start] === '.') {
      start--;
    } else {
      break;
    }
  }
  while (start < open && /\s/.test(text[start])) start++;
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '\'' || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      break;
    }
  }
  return text.slice(start);
}

function falsyValueMessage(stackStartFn) {
  const site = findCallSite(stackStartFn);
  let code;
  if (site !== undefined && site.file) {
    const text = readSourceLine(site.file, site.line);
    if (text !== undefined) code = extractCall(text, Math.max(site.column - 1, 0));
  }
  if (code === undefined) code = 'assert.ok(...)';
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

function innerOk(fn, argLen, value, message, diff) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyValueMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn, diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(value, message) {
  if (!value) innerOk(ok, arguments.length, value, message, diffOf(this));
}

// ---------------------------------------------------------------------------
// Comparisons.

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (argsLen === 0) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function' &&
        !fail.warned) {
      fail.warned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: diffOf(this),
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOf(this) });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOf(this) });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: diffOf(this) });
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual, diff: diffOf(this) });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: diffOf(this) });
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: diffOf(this) });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual, diff: diffOf(this) });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual, diff: diffOf(this) });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isPartialStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual, diff: diffOf(this) });
  }
}

// ---------------------------------------------------------------------------
// match / doesNotMatch.

function internalMatch(string, regexp, message, fn, diff) {
  if (!(regexp instanceof RegExp && regexp !== RegExp.prototype) && !isRegExp(regexp)) throw new (codes().ERR_INVALID_ARG_TYPE)('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match, diffOf(this));
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch, diffOf(this));
}

// ---------------------------------------------------------------------------
// throws / rejects / doesNotThrow / doesNotReject.

function getActual(fn) {
  if (typeof fn !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return kNoException;
}

function isThenable(value) {
  return isPromise(value) || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw new (codes().ERR_INVALID_RETURN_VALUE)('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return kNoException;
}

const kErrorTypes = ['Object', 'Error', 'Function', 'RegExp'];

// Shows only the compared keys of a thrown error / validation object in a diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      const value = obj[key];
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(value) &&
          value.exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = value;
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn, diff) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
      diff,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff });
}

function expectedException(actual, expected, message, fn, diff) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff,
      });
      err.operator = fn.name;
      throw err;
    } else {
      // Validation object: every key must match (RegExp values test strings).
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn, diff);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    // Validation function: must return exactly true.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff });
  err.generatedMessage = generatedMessage;
  throw err;
}

// `rest` is what followed fn/promiseFn: [error], [error, message] or [message].
function expectsError(fn, actual, rest, diff) {
  let error = rest[0];
  let message = rest[1];
  if (typeof error === 'string') {
    if (rest.length === 2) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('error', kErrorTypes, error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new (codes().ERR_AMBIGUOUS_ARGUMENT)(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new (codes().ERR_AMBIGUOUS_ARGUMENT)(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('error', kErrorTypes, error);
  }

  if (actual === kNoException) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name,
      message: `Missing expected ${what}${details}`, stackStartFn: fn, diff,
    });
  }
  if (error) expectedException(actual, error, message, fn, diff);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new (codes().ERR_INVALID_ARG_TYPE)('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, rest, diff) {
  if (actual === kNoException) return;
  let error = rest[0];
  let message = rest[1];
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name, stackStartFn: fn, diff,
      message: `Got unwanted ${what}${details}\nActual message: "${actual && actual.message}"`,
    });
  }
  throw actual;
}

function throws(fn, ...rest) {
  expectsError(throws, getActual(fn), rest, diffOf(this));
}

async function rejects(promiseFn, ...rest) {
  expectsError(rejects, await waitForActual(promiseFn), rest, diffOf(this));
}

function doesNotThrow(fn, ...rest) {
  expectsNoError(doesNotThrow, getActual(fn), rest, diffOf(this));
}

async function doesNotReject(fn, ...rest) {
  expectsNoError(doesNotReject, await waitForActual(fn), rest, diffOf(this));
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: diffOf(this),
  });
  // Keep the original error's frames below the new ones.
  const origStack = err.stack;
  if (typeof origStack === 'string' && typeof newErr.stack === 'string') {
    const lines = origStack.split('\n');
    const firstFrame = lines.findIndex((l) => /^\s+at /.test(l) || /@.*:\d+:\d+$/.test(l));
    if (firstFrame !== -1) {
      const origFrames = lines.slice(firstFrame);
      let newFrames = newErr.stack.split('\n');
      for (const frame of origFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${origFrames.join('\n')}`;
    }
  }
  throw newErr;
}

// ---------------------------------------------------------------------------
// CallTracker (deprecated in node, kept simple).

class CallTracker {
  #tracked = new WeakMap();
  #contexts = new Set();

  constructor() {
    if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function' &&
        !CallTracker.warned) {
      CallTracker.warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  calls(fn, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = undefined;
    }
    if (fn === undefined) fn = function() {};
    else if (typeof fn !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
    if (!Number.isInteger(exact) || exact < 0 || exact > 4294967295) {
      throw new (codes().ERR_OUT_OF_RANGE)('exact', '>= 0 && <= 4294967295', exact);
    }
    const context = {
      exact, actual: 0, calls: [], name: fn.name || 'calls', stackTrace: new Error(),
    };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, args) {
        context.actual++;
        context.calls.push(Object.freeze({ thisArg, arguments: args }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#tracked.set(tracked, context);
    this.#contexts.add(context);
    return tracked;
  }

  #contextOf(tracked) {
    const context = this.#tracked.get(tracked);
    if (context === undefined) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('tracked', tracked, 'is not a tracked function');
    }
    return context;
  }

  getCalls(tracked) {
    return Object.freeze([...this.#contextOf(tracked).calls]);
  }

  reset(tracked) {
    const contexts = tracked === undefined ? this.#contexts : [this.#contextOf(tracked)];
    for (const context of contexts) {
      context.actual = 0;
      context.calls = [];
    }
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      if (context.actual === context.exact) continue;
      errors.push({
        message: `Expected the ${context.name} function to be executed ${context.exact} time(s) ` +
          `but was executed ${context.actual} time(s).`,
        actual: context.actual,
        expected: context.exact,
        operator: context.name,
        stack: context.stackTrace,
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// ---------------------------------------------------------------------------
// Assert class: the same methods bound to options ({ diff, strict }).

function Assert(options) {
  if (!new.target) {
    const { ERR_CONSTRUCT_CALL_REQUIRED } = codes();
    if (ERR_CONSTRUCT_CALL_REQUIRED) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
    throw new TypeError("Class constructor Assert cannot be invoked without 'new'");
  }
  options = { __proto__: null, strict: true, skipPrototype: false, ...options };
  if (options.diff !== undefined && options.diff !== 'simple' && options.diff !== 'full') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('options.diff', options.diff,
      "must be one of: 'simple', 'full'");
  }
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { value: options });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

const methods = {
  fail, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow,
  doesNotReject, ifError, match, doesNotMatch,
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(Assert.prototype, name, {
    value: methods[name], writable: true, enumerable: false, configurable: true,
  });
}

// ---------------------------------------------------------------------------
// Exports: assert is ok() itself, carrying the other functions.

const assert = module.exports = ok;

assert.AssertionError = AssertionError;
assert.CallTracker = CallTracker;
assert.ok = ok;
assert.fail = fail;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.partialDeepStrictEqual = partialDeepStrictEqual;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;

function strict(value, message) {
  if (!value) innerOk(strict, arguments.length, value, message, diffOf(this));
}

assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
strict.Assert = Assert;
strict.strict = strict;
assert.Assert = Assert;
