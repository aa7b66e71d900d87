'use strict';
// node:worker_threads. This process is the main thread; Worker itself (one runtime per thread) comes
// with its own issue.

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const environmentData = new Map();

module.exports = {
  isMainThread: true,
  isInternalThread: false,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV,
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  markAsUntransferable() {},
  isMarkedAsUntransferable() { return false; },
  markAsUncloneable() {},
  moveMessagePortToContext() {
    const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext');
  },
};

// In-process message passing (internal/worker/io), loaded on first use.
for (const name of ['MessageChannel', 'MessagePort', 'BroadcastChannel', 'receiveMessageOnPort']) {
  Object.defineProperty(module.exports, name, {
    configurable: true, enumerable: true,
    get() { return require('internal/worker/io')[name]; },
  });
}
