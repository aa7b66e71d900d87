'use strict';

// AssertionError and the text of its generated messages (node 24 wording,
// no colors): short "a !== b" lines, `+ actual - expected` line diffs, and the
// "should loosely deep-equal" style for the loose operators.

const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');
const { isNativeError } = require('internal/util/types');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Inputs whose combined inspected length is at most this are shown as `a !== b`.
const kMaxShortLength = 12;
// Lines of an identical-looking value shown before cutting it.
const kMaxIdenticalLines = 50;
// Total inspected length up to which a one-line diff gets a `^` under the first difference.
const kMaxIndicatorLength = 80;

// One rendering for both sides of a diff: every level expanded, keys sorted.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObjectLike = (v) => typeof v === 'object' && v !== null;

// Both one line and not both objects: "+ a\n- b" (or "a !== b" when short).
function simpleDiff(actual, shownA, expected, shownE) {
  let len = shownA.length + shownE.length;
  if (typeof actual === 'string') len -= 2;
  if (typeof expected === 'string') len -= 2;
  if (len <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
    return { message: `${shownA} !== ${shownE}`, header: '' };
  }
  let message = `\n+ ${shownA}\n- ${shownE}`;
  if (shownA.length + shownE.length <= kMaxIndicatorLength) {
    // Point at the first differing character unless it is right at the start.
    for (let i = 0; i < shownA.length; i++) {
      if (shownA[i] !== shownE[i]) {
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message, header: undefined };
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const shownA = inspectValue(actual);
  const shownE = inspectValue(expected);
  const linesA = shownA.split('\n');
  const linesE = shownE.split('\n');
  let header = '+ actual - expected';
  let message;
  let skipped = false;

  if (linesA.length === 1 && linesE.length === 1 &&
      (!isObjectLike(actual) || !isObjectLike(expected))) {
    const simple = simpleDiff(actual, linesA[0], expected, linesE[0]);
    message = simple.message;
    if (simple.header !== undefined) header = simple.header;
  } else if (shownA === shownE) {
    operator = 'notIdentical';
    header = '';
    if (linesA.length > kMaxIdenticalLines) {
      message = `${linesA.slice(0, kMaxIdenticalLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = shownA;
    }
  } else {
    const ops = myersDiff(linesA, linesE, isObjectLike(actual));
    const printed = printMyersDiff(ops);
    message = printed.message;
    skipped = printed.skipped;
  }
  const title = customMessage != null ? customMessage : kReadableOperator[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// For "not equal" failures only one value is shown (cut after ~46 lines).
function createUnequalMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length > 50) {
    lines.length = 47;
    lines[46] = '...';
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

function createOtherMessage(actual, expected, operator) {
  let shownA = inspectValue(actual);
  let shownE = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && shownA === shownE) {
    const text = `${known}\n\n${shownA}`;
    return text.length > 1024 ? `${text.slice(0, 1021)}...` : text;
  }
  if (shownA.length > 512) shownA = `${shownA.slice(0, 509)}...`;
  if (shownE.length > 512) shownE = `${shownE.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${known}\n\n${shownA}\n\nshould loosely deep-equal\n\n${shownE}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal !== undefined) {
    return `${unequal}\n\n${shownA}\n\nshould not loosely deep-equal\n\n${shownE}`;
  }
  return `${shownA} ${operator} ${shownE}`;
}

function buildMessage(actual, expected, operator, message) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
      operator === 'partialDeepStrictEqual') {
    return createErrDiff(actual, expected, operator, message);
  }
  if (message != null) return String(message);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createUnequalMessage(actual, operator);
  }
  return createOtherMessage(actual, expected, operator);
}

// Long strings are cut in the error's own inspection (the message has the diff).
function shortenString(str) {
  const lines = str.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (str.length > 512) return `${str.slice(0, 512)}...`;
  return str;
}

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function stackLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    const { message, operator, stackStartFn, stackStartFunction, details, diff = 'simple' } = options;
    let { actual, expected } = options;
    if (isError(actual) && isError(expected)) {
      // Two errors are shown without their stacks.
      actual = copyError(actual);
      expected = copyError(expected);
    }

    // The real trace is captured below, hiding the assert frames.
    const canLimit = typeof Error.captureStackTrace === 'function' && stackLimitWritable();
    const limit = Error.stackTraceLimit;
    const text = details ? detailsMessage(details, message) : buildMessage(actual, expected, operator, message);
    if (canLimit) Error.stackTraceLimit = 0;
    super(text);
    if (canLimit) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    captureStack(this, stackStartFn || stackStartFunction);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = shortenString(savedActual);
    if (typeof savedExpected === 'string') this.expected = shortenString(savedExpected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

Object.defineProperty(AssertionError.prototype, 'name', {
  value: 'AssertionError', writable: true, enumerable: false, configurable: true,
});

const isError = (v) => isNativeError(v) || v instanceof Error;

// Same prototype and own enumerable properties, message and cause; no stack.
function copyError(source) {
  // A real error object, so inspect renders it as one ("[Error: msg]").
  const copy = new Error(source.message);
  delete copy.stack;
  Object.setPrototypeOf(copy, Object.getPrototypeOf(source));
  Object.assign(copy, source);
  if (Object.hasOwn(source, 'cause')) {
    const cause = source.cause;
    copy.cause = isError(cause) ? copyError(cause) : cause;
  }
  return copy;
}

function detailsMessage(details, message) {
  if (message != null) return String(message);
  return details.map((d) => d.message).join('\n');
}

// The trace starts at the caller of the assert function; its header says
// `AssertionError [ERR_ASSERTION]: message` like node's.
function captureStack(err, hideAbove) {
  if (typeof Error.captureStackTrace !== 'function') return;
  const holder = { name: 'AssertionError [ERR_ASSERTION]', message: err.message };
  Error.captureStackTrace(holder, hideAbove || AssertionError);
  let stack = holder.stack;
  if (typeof stack !== 'string') return;
  // JavaScriptCore's stack has no header line: add node's.
  const head = `AssertionError [ERR_ASSERTION]: ${err.message}`;
  if (!stack.startsWith('AssertionError [ERR_ASSERTION]')) stack = stack ? `${head}\n${stack}` : head;
  Object.defineProperty(err, 'stack', {
    value: stack, writable: true, enumerable: false, configurable: true,
  });
}

module.exports = { AssertionError, kReadableOperator, inspectValue };
