'use strict';
// Test, Suite and their contexts: a single-process runner with node:test's semantics
// (subtests run in declaration order with concurrency 1 by default, hooks inherited by descendants).

// Captured before any mock.timers can replace the public functions.
const realTimers = require('timers');
const realSetTimeout = realTimers.setTimeout;
const realClearTimeout = realTimers.clearTimeout;
const realSetInterval = realTimers.setInterval;
const realClearInterval = realTimers.clearInterval;

const kCancelTypes = new Set(['cancelledByParent', 'testTimeoutFailure', 'testAborted']);

let lazyErrors;
function errors() { return (lazyErrors ??= require('internal/errors').codes); }

class TestFailure extends Error {
  constructor(message, failureType, cause) {
    super(message);
    this.code = 'ERR_TEST_FAILURE';
    this.failureType = failureType;
    if (arguments.length > 2) this.cause = cause;
  }
}
Object.defineProperty(TestFailure.prototype, 'name', { value: 'Error', writable: true, configurable: true });

function wrapFailure(error, failureType) {
  if (error instanceof TestFailure) return error;
  const message = error !== null && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return new TestFailure(message, failureType, error);
}

function now() { return performance.now(); }

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

// Where the user called test()/it(): the first stack frame outside the runtime's own modules.
function callerLocation() {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack || '';
  Error.stackTraceLimit = saved;
  for (const line of stack.split('\n')) {
    const m = /^\s+at (?:.*\()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (!m || m[1].startsWith('node:') || m[1] === 'native') continue;
    const loc = { file: m[1], line: Number(m[2]), column: Number(m[3]) };
    loc.column = calleeColumn(loc);
    return loc;
  }
  return undefined;
}

// JSC places a call frame at the call's '('; node reports the start of the callee name.
const sourceLines = new Map();
function calleeColumn({ file, line, column }) {
  let lines = sourceLines.get(file);
  if (lines === undefined) {
    try { lines = require('fs').readFileSync(file, 'utf8').split('\n'); } catch { lines = null; }
    sourceLines.set(file, lines);
  }
  const text = lines?.[line - 1];
  if (!text || text[column - 1] !== '(') return column;
  let start = column - 1;
  while (start > 0 && /[\w$]/.test(text[start - 1])) start--;
  return start === column - 1 ? column : start + 1;
}

// Runs fn(ctx[, done]) and settles when it (and its callback, if it takes one) is finished.
function invoke(fn, thisArg, ctx, onDoneTwice) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      let calls = 0;
      let returned = false;
      let outcome;  // a call to done() made before fn returned waits until we know fn's return value
      const done = (err) => {
        calls++;
        if (calls > 1) { onDoneTwice?.(); return; }
        if (!returned) { outcome = { err }; return; }
        if (err) reject(err); else resolve();
      };
      let ret;
      try { ret = fn.call(thisArg, ctx, done); } catch (err) { reject(err); return; }
      returned = true;
      if (isThenable(ret)) {
        ret.then(undefined, () => {});
        reject(new TestFailure('passed a callback but also returned a Promise', 'callbackAndPromisePresent'));
        return;
      }
      if (outcome) {
        if (outcome.err) reject(outcome.err); else resolve();
      }
    });
  }
  const ret = fn.call(thisArg, ctx);
  return isThenable(ret) ? ret : undefined;
}

function deferred() {
  let resolve; let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

class Hook {
  constructor(fn, options = {}) {
    if (typeof fn !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('fn', 'function', fn);
    this.fn = fn;
    this.timeout = options.timeout ?? Infinity;
    this.signal = options.signal;
  }

  async run(ctx) {
    const work = invoke(this.fn, ctx, ctx);
    if (!work) return;
    if (this.timeout === Infinity) { await work; return; }
    let timer;
    try {
      await Promise.race([work, new Promise((_, reject) => {
        timer = realSetTimeout(() => reject(new Error(`hook timed out after ${this.timeout}ms`)), this.timeout);
      })]);
    } finally { realClearTimeout(timer); }
  }
}

function checkOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  const { validateNumber, validateAbortSignal } = require('internal/validators');
  if (options.timeout !== undefined && options.timeout !== Infinity) validateNumber(options.timeout, 'options.timeout', 0);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.plan !== undefined) validateNumber(options.plan, 'options.plan', 0);
  if (options.concurrency !== undefined && typeof options.concurrency !== 'boolean') {
    validateNumber(options.concurrency, 'options.concurrency', 1);
  }
  return options;
}

class Test {
  constructor({ parent, name, fn, options, harness, loc }) {
    options = checkOptions(options);
    this.parent = parent ?? null;
    this.harness = harness ?? parent.harness;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.name = name;
    this.fn = fn ?? (() => {});
    this.loc = loc;
    this.options = options;
    this.skip = options.skip === undefined || options.skip === false ? undefined : options.skip;
    this.todo = options.todo === undefined || options.todo === false ? undefined : options.todo;
    this.only = !!options.only;
    const c = options.concurrency;
    this.concurrency = c === true ? Infinity : typeof c === 'number' ? c : 1;
    this.timeout = options.timeout ?? parent?.timeout ?? Infinity;
    this.planned = options.plan ?? null;
    this.assertions = 0;
    this.subtests = [];
    this.queue = [];
    this.active = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = null;
    this.started = false;
    this.finished = false;
    this.filtered = false;
    this.error = null;
    this.diagnostics = [];
    this.duration = 0;
    this.reportIndex = 0;
    this.reportedCount = 0;
    this.reportedStart = false;
    this.ended = deferred();
    this.interrupt = deferred();
    this.interrupt.promise.catch(() => {});
    this.doneCalledTwice = false;
    this.controller = new AbortController();
    this.userSignal = options.signal;
    this.mockTracker = null;
    this.context = this.makeContext();
  }

  makeContext() { return new TestContext(this); }

  get isSuite() { return false; }

  get fullName() {
    const names = [];
    for (let t = this; t && t.parent; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  get passed() { return this.finished && !this.error; }

  // Records the first failure; a running test is interrupted so it ends promptly.
  fail(error, failureType) {
    if (this.error) return;
    this.error = wrapFailure(error, failureType);
    this.interrupt.reject(this.error);
  }

  addSubtest(child) {
    this.subtests.push(child);
    if (this.finished) {
      child.started = true;
      child.error = new TestFailure('test could not be started because its parent finished', 'parentAlreadyFinished');
      child.finish();
      return child.ended.promise;
    }
    if (this.isSuite && !this.runningChildren) return child.ended.promise;  // suites start children themselves
    this.schedule(child);
    return child.ended.promise;
  }

  schedule(child) {
    if (this.active < this.concurrency) this.startChild(child);
    else this.queue.push(child);
  }

  startChild(child) {
    this.active++;
    child.run().then(() => {
      this.active--;
      while (this.queue.length > 0 && this.active < this.concurrency) this.startChild(this.queue.shift());
      this.childSettled();
    });
  }

  childSettled() {}

  async allSubtestsSettled() {
    for (let i = 0; i < this.subtests.length; i++) {
      if (!this.subtests[i].filtered) await this.subtests[i].ended.promise;
    }
  }

  ensureBeforeHooks() {
    this.beforeRan ??= this.runHooks('before', this.context);
    return this.beforeRan;
  }

  async runHooks(kind, ctx) {
    for (const hook of this.hooks[kind]) await hook.run(ctx);
  }

  // beforeEach from the outermost ancestor inwards; afterEach the other way.
  async runEachHooks(kind) {
    const chain = [];
    for (let t = this.parent; t; t = t.parent) chain.push(t);
    if (kind === 'beforeEach') chain.reverse();
    for (const t of chain) await t.runHooks(kind, this.context);
  }

  runWithLimits(work) {
    const racers = [work, this.interrupt.promise];
    let timer;
    if (this.timeout !== Infinity) {
      racers.push(new Promise((_, reject) => {
        timer = realSetTimeout(() => {
          const failure = new TestFailure(`test timed out after ${this.timeout}ms`, 'testTimeoutFailure');
          this.controller.abort(failure);
          reject(failure);
        }, this.timeout);
      }));
    }
    let onAbort;
    if (this.userSignal) {
      racers.push(new Promise((_, reject) => {
        onAbort = () => reject(new TestFailure('This operation was aborted', 'testAborted', this.userSignal.reason));
        if (this.userSignal.aborted) onAbort();
        else this.userSignal.addEventListener('abort', onAbort, { once: true });
      }));
    }
    return Promise.race(racers).finally(() => {
      if (timer !== undefined) realClearTimeout(timer);
      if (onAbort) this.userSignal.removeEventListener('abort', onAbort);
    });
  }

  begin() {
    this.started = true;
    this.startTime = now();
    this.harness.running.push(this);
    this.harness.flush();
  }

  async run() {
    this.begin();
    if (this.parent.error && this.parent.error.failureType === 'hookFailed' && this.parent.isSuite) {
      this.error = new TestFailure('test did not finish before its parent and was cancelled', 'cancelledByParent');
      this.startTime = now();
      this.finish(true);
      return;
    }
    if (this.skip !== undefined || this.filtered) { this.finish(); return; }
    let stage = 'hookFailed';
    try {
      await this.parent.ensureBeforeHooks();
      await this.runEachHooks('beforeEach');
      stage = 'testCodeFailure';
      const work = invoke(this.fn, this.context, this.context, () => { this.doneCalledTwice = true; });
      if (work) await this.runWithLimits(work);
      if (this.doneCalledTwice) throw new TestFailure('callback invoked multiple times', 'multipleCallbackInvocations');
    } catch (err) {
      this.fail(err, stage);
    }
    if (this.error) this.cancelQueued();
    await this.allSubtestsSettled();
    try {
      await this.runEachHooks('afterEach');
      await this.runHooks('after', this.context);
    } catch (err) {
      this.fail(err, 'hookFailed');
    }
    this.settle();
  }

  cancelQueued() {
    for (const child of this.queue) {
      child.started = true;
      child.error = new TestFailure('test did not finish before its parent and was cancelled', 'cancelledByParent');
      child.startTime = now();
      child.finish(true);
    }
    this.queue.length = 0;
  }

  // Final checks once everything in the test has run.
  settle() {
    if (!this.error) {
      const failed = this.subtests.filter((t) => t.error && t.skip === undefined && t.todo === undefined && !t.filtered).length;
      if (failed > 0) {
        this.error = new TestFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, 'subtestsFailed');
      } else if (this.planned !== null && this.planned !== this.assertions) {
        this.error = new TestFailure(`plan expected ${this.planned} assertions but received ${this.assertions}`,
                                     'testCodeFailure');
      }
    }
    this.finish();
  }

  finish(noDuration) {
    if (this.finished) return;
    this.finished = true;
    this.duration = noDuration ? 0 : now() - this.startTime;
    const i = this.harness.running.indexOf(this);
    if (i !== -1) this.harness.running.splice(i, 1);
    if (this.mockTracker) this.mockTracker.reset();
    if (!this.controller.signal.aborted) this.controller.abort();
    this.harness.count(this);
    this.ended.resolve();
    this.harness.flush();
  }

  resultKind() {
    if (this.skip !== undefined) return 'skipped';
    if (this.todo !== undefined) return 'todo';
    if (!this.error) return 'pass';
    return kCancelTypes.has(this.error.failureType) ? 'cancelled' : 'fail';
  }
}

class Suite extends Test {
  constructor(args) {
    super(args);
    this.runningChildren = false;
    this.built = undefined;
    // node never declares the children of a skipped suite.
    if (this.skip !== undefined) return;
    const harness = this.harness;
    const previous = harness.currentSuite;
    harness.currentSuite = this;
    try {
      const ret = this.fn.call(this.context, this.context);
      if (isThenable(ret)) {
        this.built = Promise.resolve(ret).then(() => {}, (err) => this.fail(err, 'testCodeFailure'));
      }
    } catch (err) {
      this.fail(err, 'testCodeFailure');
    } finally {
      harness.currentSuite = previous;
    }
  }

  makeContext() { return new SuiteContext(this); }

  get isSuite() { return true; }

  async run() {
    this.begin();
    if (this.parent.error && this.parent.error.failureType === 'hookFailed' && this.parent.isSuite) {
      this.error = new TestFailure('test did not finish before its parent and was cancelled', 'cancelledByParent');
      this.finish(true);
      return;
    }
    if (this.built) await this.built;
    this.interrupt = deferred();  // a failure while building is final; later ones still interrupt
    this.interrupt.promise.catch(() => {});
    const skipAll = this.skip !== undefined || this.todo !== undefined || this.filtered;
    if (skipAll) {
      for (const child of this.subtests) markSkipped(child, this.skip, this.todo);
    } else {
      applyOnly(this);
      if (!this.error) {
        try {
          await this.parent.ensureBeforeHooks();
          await this.ensureBeforeHooks();
        } catch (err) {
          this.fail(err, 'hookFailed');
        }
      }
    }
    this.runningChildren = true;
    if (this.error && !skipAll) {
      for (const child of this.subtests) {
        child.started = true;
        child.error = new TestFailure('test did not finish before its parent and was cancelled', 'cancelledByParent');
        child.finish(true);
      }
    } else {
      for (const child of this.subtests) if (!child.filtered) this.schedule(child);
    }
    await this.allSubtestsSettled();
    if (!skipAll) {
      try {
        await this.runHooks('after', this.context);
      } catch (err) {
        this.fail(err, 'hookFailed');
      }
    }
    this.settle();
  }
}

function markSkipped(test, skip, todo) {
  if (skip !== undefined && test.skip === undefined) test.skip = skip === true ? true : skip;
  else if (todo !== undefined && test.todo === undefined && test.skip === undefined) test.todo = todo;
  if (test.skip === undefined && test.todo === undefined) test.skip = true;
}

function containsOnly(test) {
  return test.isSuite && test.subtests.some((c) => c.only || containsOnly(c));
}

// node 24 runs only the `only` tests of a suite (or the file) once any of them asks for it.
function applyOnly(parent) {
  if (!parent.subtests.some((c) => c.only || containsOnly(c))) return;
  for (const child of parent.subtests) {
    if (!child.only && !containsOnly(child)) child.filtered = true;
  }
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get filePath() { return this.#test.loc?.file; }
  get signal() { return this.#test.controller.signal; }
  get passed() { return this.#test.passed; }
  get error() { return this.#test.error?.cause ?? this.#test.error; }
  get attempt() { return 0; }
  get workerId() { return undefined; }

  diagnostic(message) { this.#test.diagnostics.push(String(message)); }

  plan(count, options) {
    const { validateNumber } = require('internal/validators');
    validateNumber(count, 'count', 0);
    if (this.#test.planned !== null) throw new (errors().ERR_TEST_FAILURE ?? Error)('cannot set plan more than once');
    this.#test.planned = count;
    this.#test.assertions = 0;  // node counts from the plan() call on
    void options;
  }

  skip(message) { this.#test.skip = message === undefined ? true : String(message); }
  todo(message) { this.#test.todo = message === undefined ? true : String(message); }
  runOnly(value) { this.#test.runOnly = !!value; }

  get assert() {
    const test = this.#test;
    return (test.assertObject ??= makeAssertObject(test));
  }

  get mock() {
    const test = this.#test;
    if (!test.mockTracker) {
      const { MockTracker } = require('internal/test_runner/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  test(name, options, fn) {
    const parent = this.#test;
    const args = normalizeArgs(name, options, fn);
    parent.assertions++;
    const child = new Test({ parent, ...args, loc: callerLocation() });
    return parent.addSubtest(child).then(() => undefined);
  }

  before(fn, options) { this.#test.hooks.before.push(new Hook(fn, options)); }
  after(fn, options) { this.#test.hooks.after.push(new Hook(fn, options)); }
  beforeEach(fn, options) { this.#test.hooks.beforeEach.push(new Hook(fn, options)); }
  afterEach(fn, options) { this.#test.hooks.afterEach.push(new Hook(fn, options)); }

  async waitFor(condition, options = {}) {
    const interval = options.interval ?? 50;
    const timeout = options.timeout ?? 1000;
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
      try { return await condition(); } catch (err) { lastError = err; }
      if (Date.now() >= deadline) throw lastError;
      await new Promise((resolve) => realSetTimeout(resolve, interval));
    }
  }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName; }
  get filePath() { return this.#suite.loc?.file; }
  get signal() { return this.#suite.controller.signal; }
}

const kAssertMethods = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal', 'fail', 'ifError',
  'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'rejects',
  'strictEqual', 'throws', 'ok',
];
const extraAssertions = new Map();

function makeAssertObject(test) {
  const assert = require('assert');
  const out = {};
  for (const name of kAssertMethods) {
    if (typeof assert[name] !== 'function') continue;
    const original = assert[name];
    out[name] = function (...args) { test.assertions++; return original.apply(this, args); };
  }
  for (const [name, fn] of extraAssertions) {
    out[name] = function (...args) { test.assertions++; return fn.apply(this, args); };
  }
  out.snapshot = () => { throw new (errors().ERR_METHOD_NOT_IMPLEMENTED)('t.assert.snapshot()'); };
  out.fileSnapshot = () => { throw new (errors().ERR_METHOD_NOT_IMPLEMENTED)('t.assert.fileSnapshot()'); };
  return out;
}

// test(name?, options?, fn?) in any of node's accepted shapes.
function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') { fn = name; options = undefined; name = fn.name || '<anonymous>'; } else if (name !== null && typeof name === 'object') { fn = options; options = name; name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>'; } else if (typeof options === 'function') { fn = options; options = undefined; }
  if (name === undefined || name === null || name === '') name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  if (fn === undefined || fn === null) fn = () => {};
  else if (typeof fn !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('fn', 'function', fn);
  return { name: String(name), options: options ?? {}, fn };
}

module.exports = {
  Test, Suite, Hook, TestContext, SuiteContext, TestFailure, normalizeArgs, callerLocation, applyOnly,
  extraAssertions, realSetTimeout, realClearTimeout, realSetInterval, realClearInterval,
};
