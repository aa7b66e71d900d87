'use strict';
// node:stream — the module object is the legacy Stream constructor carrying every stream class
// and helper.

const { promisify: { custom: customPromisify } } = require('internal/util');
const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const operators = require('internal/streams/operators');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const duplexPair = require('internal/streams/duplexpair');
const compose = require('internal/streams/compose');

let promises;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;

function defineOperator(key, fn, streamReturning) {
  const method = streamReturning && key !== 'compose' ?
    function (...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(Reflect.apply(fn, this, args));
    } :
    function (...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(fn, this, args);
    };
  Object.defineProperty(method, 'name', { __proto__: null, value: fn.name });
  Object.defineProperty(method, 'length', { __proto__: null, value: fn.length });
  Object.defineProperty(Readable.prototype, key, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(operators.streamReturningOperators)) {
  defineOperator(key, operators.streamReturningOperators[key], true);
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  defineOperator(key, operators.promiseReturningOperators[key], false);
}

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises;
  },
});

Object.defineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises.pipeline;
  },
});

Object.defineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises.finished;
  },
});

Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) { return value instanceof Uint8Array; };
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
