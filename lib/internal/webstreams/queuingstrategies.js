'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { kType, invalidThis, invalidArgType, defineToStringTag } = require('internal/webstreams/util');
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

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kHWM] = readInit(init);
  }
  get highWaterMark() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw invalidThis('ByteLengthQueuingStrategy');
    return this[kHWM];
  }
  get size() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw invalidThis('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kHWM] = readInit(init);
  }
  get highWaterMark() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw invalidThis('CountQueuingStrategy');
    return this[kHWM];
  }
  get size() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw invalidThis('CountQueuingStrategy');
    return countSize;
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
