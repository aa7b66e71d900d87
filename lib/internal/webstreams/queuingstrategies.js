'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { kType, invalidArgType, defineToStringTag } = require('internal/webstreams/util');
const { codes } = require('internal/errors');

const kHWM = Symbol('kHighWaterMark');

function readInit(init) {
  if (init === null || typeof init !== 'object') throw invalidArgType('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_ARGS('init.highWaterMark');
  return +init.highWaterMark;
}

// Method definitions: named 'size', no prototype, not constructors (as the spec wants).
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

// node's classes use private fields, so a wrong receiver fails like a private read.
function privateMemberError() {
  return new TypeError('Cannot read private member from an object whose class did not declare it');
}

function inspectStrategy(self, name, depth, options) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const inner = { ...options, depth: options?.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect({ highWaterMark: self[kHWM] }, inner)}`;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kHWM] = readInit(init);
  }
  get highWaterMark() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw privateMemberError();
    return this[kHWM];
  }
  get size() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw privateMemberError();
    return byteLengthSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspectStrategy(this, 'ByteLengthQueuingStrategy', depth, options);
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kHWM] = readInit(init);
  }
  get highWaterMark() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw privateMemberError();
    return this[kHWM];
  }
  get size() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw privateMemberError();
    return countSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspectStrategy(this, 'CountQueuingStrategy', depth, options);
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  for (const k of ['highWaterMark', 'size']) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, k);
    d.enumerable = true;
    Object.defineProperty(C.prototype, k, d);
  }
  defineToStringTag(C.prototype, C.name);
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
