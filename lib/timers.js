'use strict';
// node:timers — the public face of internal/timers.

const {
  Timeout, Immediate, insert, clearTimeout: clearTimeoutImpl, clearImmediate: clearImmediateImpl, unenroll,
  active, unrefActive,
} = require('internal/timers');

let validateFunction;
function checkCallback(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
}

function setTimeout(callback, after, ...args) {
  checkCallback(callback);
  const timeout = new Timeout(callback, after, args.length === 0 ? undefined : args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  checkCallback(callback);
  const timeout = new Timeout(callback, repeat, args.length === 0 ? undefined : args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) { clearTimeoutImpl(timer); }
function clearInterval(timer) {
  // Intervals and timeouts share one id space in node.
  if (timer && timer._idleTimeout !== undefined) timer._repeat = null;
  clearTimeoutImpl(timer);
}

function setImmediate(callback, ...args) {
  checkCallback(callback);
  return new Immediate(callback, args.length === 0 ? undefined : args);
}

function clearImmediate(immediate) { clearImmediateImpl(immediate); }

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true, configurable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true, configurable: true,
  get() { return require('timers/promises').setImmediate; },
});

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  // Legacy (deprecated in node, still present).
  active(item) { active(item); },
  _unrefActive(item) { unrefActive(item); },
  unenroll(item) { unenroll(item); },
  enroll(item, msecs) { item._idleTimeout = msecs; },
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
