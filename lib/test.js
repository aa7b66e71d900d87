'use strict';
// node:test — a single-process test runner (reachable only with the node: scheme).

const harness = require('internal/test_runner/harness');

const test = harness.test;

let globalMock;
function lazyMock() {
  if (!globalMock) {
    const { MockTracker } = require('internal/test_runner/mock');
    globalMock = new MockTracker();
  }
  return globalMock;
}

function run() {
  const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
  throw new ERR_METHOD_NOT_IMPLEMENTED('run()');
}

const snapshot = {
  setDefaultSnapshotSerializers() {},
  setResolveSnapshotPath() {},
};

const assert = {
  register(name, fn) {
    const { validateString, validateFunction } = require('internal/validators');
    validateString(name, 'name');
    validateFunction(fn, 'fn');
    require('internal/test_runner/test').extraAssertions.set(name, fn);
  },
};
Object.setPrototypeOf(assert, null);

Object.assign(test, {
  after: harness.after,
  afterEach: harness.afterEach,
  before: harness.before,
  beforeEach: harness.beforeEach,
  describe: harness.describe,
  getTestContext: harness.getTestContext,
  it: test,
  run,
  suite: harness.describe,
  test,
});
Object.defineProperty(test, 'mock', { enumerable: true, configurable: true, get: lazyMock });
test.snapshot = snapshot;
test.assert = assert;

module.exports = test;
