'use strict';
// Objects implemented in JS that can be transferred through MessagePort.postMessage (and
// structuredClone's transfer list). nodec's ports live in one thread: a transferable's [kTransfer]()
// returns { data } where data is the object the receiving side gets, already detached from the sender's.

const kClone = Symbol.for('nodejs.worker_threads.kClone');
const kDeserialize = Symbol('kDeserialize');
const kTransfer = Symbol('kTransfer');
const kTransferList = Symbol('kTransferList');
const kTransferMode = Symbol('kTransferMode');

const kCloneable = 1;
const kTransferable = 2;

// Marks obj as cloneable and/or transferable (instances whose class implements kClone / kTransfer).
function markTransferMode(obj, cloneable = false, transferable = false) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  const mode = (cloneable ? kCloneable : 0) | (transferable ? kTransferable : 0);
  Object.defineProperty(obj, kTransferMode, {
    __proto__: null, value: mode, writable: true, configurable: true, enumerable: false,
  });
}

// Whether value takes part in a transfer list through its own [kTransfer]().
function isJSTransferable(value) {
  return value !== null && typeof value === 'object' && typeof value[kTransfer] === 'function' &&
    ((value[kTransferMode] ?? 0) & kTransferable) !== 0;
}

// The object the receiving side gets for a transferred value.
function transferJSTransferable(value) {
  const result = value[kTransfer]();
  return result?.data;
}

module.exports = {
  kClone,
  kDeserialize,
  kTransfer,
  kTransferList,
  markTransferMode,
  isJSTransferable,
  transferJSTransferable,
};
