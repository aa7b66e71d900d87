'use strict';
// The root of the test tree for this process: schedules top-level tests, turns finished tests into
// reporter events in declaration order, attributes uncaught errors, prints the summary, sets the exit code.

const { Test, Suite, Hook, TestFailure, normalizeArgs, callerLocation, applyOnly } = require('internal/test_runner/test');
const { TapFormatter, SpecFormatter, DotFormatter } = require('internal/test_runner/reporters');
const { inspect } = require('internal/util/inspect');

function pickReporter() {
  const argv = process.execArgv || [];
  let name;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--test-reporter=')) name = argv[i].slice('--test-reporter='.length);
    else if (argv[i] === '--test-reporter' && i + 1 < argv.length) name = argv[i + 1];
  }
  name ??= process.env.NODE_TEST_REPORTER;
  if (name === 'tap') return new TapFormatter();
  if (name === 'dot') return new DotFormatter();
  const color = !!(process.stdout && process.stdout.isTTY) && !process.env.NO_COLOR && process.env.NODE_DISABLE_COLORS === undefined;
  return new SpecFormatter({ color });
}

class RootTest extends Test {
  constructor(harness) {
    super({ parent: null, harness, name: '<root>', fn: () => {}, options: {} });
    this.kicked = false;
    this.launched = false;
    this.afterRan = false;
    this.started = true;
    this.startTime = 0;
  }

  addSubtest(child) {
    this.subtests.push(child);
    this.afterRan = false;
    if (!this.kicked) {
      this.kicked = true;
      // node runs the file's before() hooks as soon as its first test is declared.
      if (this.hooks.before.length > 0) this.ensureBeforeHooks().catch(() => {});
      // Start after the file's synchronous code so every top-level test is known (for `only`).
      process.nextTick(() => {
        this.launched = true;
        applyOnly(this);
        for (const t of this.subtests) if (!t.filtered && !t.started) this.schedule(t);
      });
    } else if (this.launched && !child.filtered) {
      this.schedule(child);
    }
    return child.ended.promise;
  }

  childSettled() {
    if (this.active > 0 || this.queue.length > 0) return;
    if (this.subtests.some((t) => !t.filtered && !t.finished)) return;
    if (this.afterRan) return;
    this.afterRan = true;
    this.harness.rootAfter = this.runHooks('after', this.context).catch((err) => {
      this.harness.outsideErrors.push(err);
    });
  }
}

class Harness {
  constructor() {
    this.root = new RootTest(this);
    this.running = [];
    this.currentSuite = null;
    this.stats = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.reporter = pickReporter();
    this.outsideErrors = [];
    this.rootAfter = null;
    this.summarized = false;
    this.anyFailure = false;
    process.on('uncaughtException', (err) => this.onError(err, 'uncaughtException'));
    process.on('unhandledRejection', (err) => this.onError(err, 'unhandledRejection'));
    process.on('beforeExit', () => this.onBeforeExit());
    process.on('exit', () => this.summarize());
  }

  emit(type, data) {
    const text = this.reporter.event({ type, data });
    if (text) process.stdout.write(text);
  }

  currentTest() {
    for (let i = this.running.length - 1; i >= 0; i--) if (!this.running[i].finished) return this.running[i];
    return null;
  }

  onError(err, kind) {
    const test = this.currentTest();
    if (test) { test.fail(err, kind); return; }
    this.outsideErrors.push({ err, kind });
  }

  count(test) {
    if (test.filtered || test === this.root) return;
    if (test.isSuite) {
      this.stats.suites++;
      if (test.error && test.error.failureType !== 'subtestsFailed' && test.skip === undefined) this.anyFailure = true;
      return;
    }
    this.stats.tests++;
    const kind = test.resultKind();
    this.stats[kind]++;
  }

  // Reports, in declaration order, every test whose turn has come.
  flush() { this.reportChildren(this.root); }

  reportChildren(test) {
    while (test.reportIndex < test.subtests.length) {
      const child = test.subtests[test.reportIndex];
      if (child.filtered) { test.reportIndex++; continue; }
      if (!child.started) return;
      const loc = child.loc || {};
      if (!child.reportedStart) {
        child.reportedStart = true;
        this.emit('test:start', { name: child.name, nesting: child.nesting, file: loc.file, line: loc.line, column: loc.column });
      }
      this.reportChildren(child);
      if (!child.finished || child.reportIndex < child.subtests.length) return;
      if (child.reportedCount > 0) this.emit('test:plan', { nesting: child.nesting + 1, count: child.reportedCount });
      const data = {
        name: child.name, nesting: child.nesting, testNumber: ++test.reportedCount,
        details: { duration_ms: child.duration, type: child.isSuite ? 'suite' : 'test' },
        file: loc.file, line: loc.line, column: loc.column,
      };
      if (child.skip !== undefined) data.skip = child.skip;
      else if (child.todo !== undefined) data.todo = child.todo;
      if (child.error) data.details.error = child.error;
      if (test === this.root && child.error && data.skip === undefined && data.todo === undefined) this.anyFailure = true;
      this.emit(child.error ? 'test:fail' : 'test:pass', data);
      for (const message of child.diagnostics) this.emit('test:diagnostic', { nesting: child.nesting, message });
      test.reportIndex++;
    }
  }

  onBeforeExit() {
    if (this.summarized) return;
    // Whatever is still waiting can never finish now that the loop is empty.
    const pending = new TestFailure('Promise resolution is still pending but the event loop has already resolved',
                                    'cancelledByParent');
    let cancelled = false;
    for (const test of [...this.running]) {
      if (!test.finished && test !== this.root) { test.fail(pending, 'cancelledByParent'); cancelled = true; }
    }
    if (cancelled) return;  // they settle in microtasks; beforeExit comes again (or exit summarizes)
    Promise.resolve(this.rootAfter).then(() => this.summarize());
  }

  summarize() {
    if (this.summarized) return;
    this.summarized = true;
    this.flush();
    if (this.root.reportedCount > 0 || this.root.subtests.length === 0) {
      this.emit('test:plan', { nesting: 0, count: this.root.reportedCount });
    }
    for (const { err, kind } of this.outsideErrors) {
      const shown = err instanceof Error ? `${err.name}: ${err.message}` : inspect(err);
      this.emit('test:diagnostic', {
        nesting: 0,
        message: `Error: A resource generated asynchronous activity after the test ended. This activity created the error "${shown}" which triggered an ${kind} event, caught by the test runner.`,
      });
    }
    const s = this.stats;
    const lines = [
      `tests ${s.tests}`, `suites ${s.suites}`, `pass ${s.pass}`, `fail ${s.fail}`, `cancelled ${s.cancelled}`,
      `skipped ${s.skipped}`, `todo ${s.todo}`, `duration_ms ${performance.now()}`,
    ];
    this.emit('test:summary', { lines, counts: { ...s }, success: !this.failed() });
    if (this.failed()) process.exitCode = 1;
  }

  failed() {
    const s = this.stats;
    return s.fail > 0 || s.cancelled > 0 || this.anyFailure || this.outsideErrors.length > 0;
  }
}

let harness = null;
function getHarness() { return (harness ??= new Harness()); }

// Where a new test or suite belongs: the suite being declared, else the test running now, else the root.
function currentParent(h) {
  if (h.currentSuite) return h.currentSuite;
  const running = h.currentTest();
  if (running && !running.isSuite) return running;
  return h.root;
}

function test(name, options, fn) {
  const h = getHarness();
  const args = normalizeArgs(name, options, fn);
  const parent = currentParent(h);
  if (parent !== h.root && !parent.isSuite) parent.assertions++;
  const child = new Test({ parent, ...args, loc: callerLocation() });
  return parent.addSubtest(child).then(() => undefined);
}

function describe(name, options, fn) {
  const h = getHarness();
  const args = normalizeArgs(name, options, fn);
  const parent = currentParent(h);
  const child = new Suite({ parent, ...args, loc: callerLocation() });
  return parent.addSubtest(child).then(() => undefined);
}

function withOption(fn, key) {
  return function (name, options, body) {
    const args = normalizeArgs(name, options, body);
    return fn(args.name, { ...args.options, [key]: true }, args.fn);
  };
}

for (const fn of [test, describe]) {
  fn.skip = withOption(fn, 'skip');
  fn.todo = withOption(fn, 'todo');
  fn.only = withOption(fn, 'only');
}

function hook(kind) {
  return function (fn, options) {
    const h = getHarness();
    const target = h.currentSuite ?? h.root;
    target.hooks[kind].push(new Hook(fn, options));
  };
}

function getTestContext() {
  if (!harness) return undefined;
  return harness.currentTest()?.context;
}

module.exports = {
  test, describe, getHarness, getTestContext,
  before: hook('before'), after: hook('after'), beforeEach: hook('beforeEach'), afterEach: hook('afterEach'),
};
