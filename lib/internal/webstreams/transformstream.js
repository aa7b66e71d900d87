'use strict';
// TransformStream and TransformStreamDefaultController (WHATWG Streams §6).

const {
  kState, kType, deferred, rejected, resolved, promiseCall, invalidState, invalidThis, invalidArgType,
  isBrand, extractHighWaterMark, extractSizeAlgorithm, getMethod, defineToStringTag, enumerableMethods,
  invalidArgValueRange, customInspect,
} = require('internal/webstreams/util');
const { codes } = require('internal/errors');
const R = require('internal/webstreams/readablestream');
const { kTransfer, markTransferMode } = require('internal/worker/js_transferable');
const W = require('internal/webstreams/writablestream');

function checkObject(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw invalidArgType(name, 'object', value);
  }
}

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== undefined) checkObject(transformer, 'transformer');
    // As node's: a null strategy is allowed and means the defaults.
    if (writableStrategy === null) writableStrategy = {};
    if (readableStrategy === null) readableStrategy = {};
    checkObject(writableStrategy, 'writableStrategy');
    checkObject(readableStrategy, 'readableStrategy');
    if (transformer?.readableType !== undefined) throw invalidArgValueRange('transformer.readableType', transformer.readableType);
    if (transformer?.writableType !== undefined) throw invalidArgValueRange('transformer.writableType', transformer.writableType);
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const start = getMethod(transformer, 'start', 'transformer.start');
    const transform = getMethod(transformer, 'transform', 'transformer.transform');
    const flush = getMethod(transformer, 'flush', 'transformer.flush');
    const cancel = getMethod(transformer, 'cancel', 'transformer.cancel');
    const startPromise = deferred();
    this[kType] = 'TransformStream';
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = Object.create(TransformStreamDefaultController.prototype);
    setUpController(this, controller,
      transform ? (chunk) => promiseCall(transform, transformer, chunk, controller) :
        (chunk) => {
          try {
            controllerEnqueue(controller, chunk);
            return resolved();
          } catch (e) {
            return rejected(e);
          }
        },
      flush ? () => promiseCall(flush, transformer, controller) : () => resolved(),
      // A thenable from transformer.cancel() settles two ticks later, as in node.
      cancel ? (reason) => new Promise((r) => r(Reflect.apply(cancel, transformer, [reason]))) : () => resolved());
    startPromise.resolve(start ? Reflect.apply(start, transformer, [controller]) : undefined);
  }

  get readable() {
    if (!isBrand(this, 'TransformStream')) throw invalidThis('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrand(this, 'TransformStream')) throw invalidThis('TransformStream');
    return this[kState].writable;
  }

  // Transfer: both sides are transferred; the receiving side gets a TransformStream made of them.
  [kTransfer]() {
    if (!isBrand(this, 'TransformStream')) throw invalidThis('TransformStream');
    const { readable, writable } = this[kState];
    if (readable.locked || writable.locked) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Cannot transfer a locked TransformStream', 'DataCloneError');
    }
    const data = Object.create(TransformStream.prototype);
    data[kType] = 'TransformStream';
    data[kState] = {
      readable: readable[kTransfer]().data, writable: writable[kTransfer]().data,
      backpressure: undefined, backpressureChange: undefined, controller: undefined,
    };
    return { data };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = this[kState];
    return customInspect(this, 'TransformStream',
      { readable: s.readable, writable: s.writable, backpressure: s.backpressure }, depth, options);
  }
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const s = stream[kState] = {
    readable: undefined, writable: undefined, backpressure: undefined, backpressureChange: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise;
  s.writable = W.createWritableStream(startAlgorithm,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  s.readable = R.createReadableStream(startAlgorithm,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function writableController(stream) {
  return stream[kState].writable[kState].controller;
}

function errorStream(stream, e) {
  R.defaultControllerError(readableController(stream), e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream[kState].controller);
  W.controllerErrorIfNeeded(writableController(stream), e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = deferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'TransformStreamDefaultController', { stream: this[kState].stream }, depth, options);
  }

  get desiredSize() {
    if (!isBrand(this, 'TransformStreamDefaultController')) throw invalidThis('TransformStreamDefaultController');
    return R.defaultControllerGetDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    if (!isBrand(this, 'TransformStreamDefaultController')) throw invalidThis('TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isBrand(this, 'TransformStreamDefaultController')) throw invalidThis('TransformStreamDefaultController');
    errorStream(this[kState].stream, reason);
  }

  terminate() {
    if (!isBrand(this, 'TransformStreamDefaultController')) throw invalidThis('TransformStreamDefaultController');
    controllerTerminate(this);
  }
}

function setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = { stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined };
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  const c = controller[kState];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const rc = readableController(stream);
  if (!R.defaultControllerCanCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    R.defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    errorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = R.defaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  R.defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(stream, invalidState('TransformStream terminated'));
}

function performTransform(controller, chunk) {
  const stream = controller[kState].stream;
  const transformAlgorithm = controller[kState].transformAlgorithm;
  if (transformAlgorithm === undefined) {
    // Canceled or terminated while this write waited for backpressure to clear.
    const w = stream[kState].writable[kState];
    const r = stream[kState].readable[kState];
    if (w.state === 'erroring' || w.state === 'errored') return rejected(w.storedError);
    return rejected(r.state === 'errored' ? r.storedError : invalidState('TransformStream has been terminated'));
  }
  return transformAlgorithm(chunk).then(undefined, (r) => {
    errorStream(stream, r);
    throw r;
  });
}

function sinkWrite(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return s.backpressureChange.promise.then(() => {
      const w = s.writable[kState];
      if (w.state === 'erroring') throw w.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbort(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  const finish = c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(s.controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      R.defaultControllerError(readable[kState].controller, reason);
      finish.resolve();
    }
  }, (r) => {
    R.defaultControllerError(readable[kState].controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sinkClose(stream) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  const finish = c.finishPromise = deferred();
  const flushPromise = c.flushAlgorithm();
  clearAlgorithms(s.controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      R.defaultControllerClose(readable[kState].controller);
      finish.resolve();
    }
  }, (r) => {
    R.defaultControllerError(readable[kState].controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = s.writable;
  const finish = c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(s.controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      W.controllerErrorIfNeeded(writable[kState].controller, reason);
      unblockWrite(stream);
      finish.resolve();
    }
  }, (r) => {
    W.controllerErrorIfNeeded(writable[kState].controller, r);
    unblockWrite(stream);
    finish.reject(r);
  });
  return finish.promise;
}

enumerableMethods(TransformStream.prototype, ['readable', 'writable']);
enumerableMethods(TransformStreamDefaultController.prototype, ['desiredSize', 'enqueue', 'error', 'terminate']);
defineToStringTag(TransformStream.prototype, 'TransformStream');
defineToStringTag(TransformStreamDefaultController.prototype, 'TransformStreamDefaultController');

// Instances can be transferred (postMessage transfer list).
markTransferMode(TransformStream.prototype, false, true);

module.exports = { TransformStream, TransformStreamDefaultController };
