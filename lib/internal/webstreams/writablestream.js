'use strict';
// WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController (WHATWG Streams §5).

const {
  kState, kType, deferred, markHandled, rejected, resolved, promiseCall,
  invalidState, invalidThis, invalidArgType, isBrand, brandReject,
  extractHighWaterMark, extractSizeAlgorithm, validateObjectOrUndefined, getMethod,
  resetQueue, enqueueValueWithSize, queueLength, peekQueueValue, dequeueValue,
  defineToStringTag, enumerableMethods, invalidArgValueRange, customInspect,
} = require('internal/webstreams/util');

const streamUtils = require('internal/streams/utils');
const { kTransfer, markTransferMode } = require('internal/worker/js_transferable');

function dataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

const kCloseSentinel = Symbol('close');
let AbortControllerCtor;

class WritableStream {
  constructor(underlyingSink = undefined, strategy = {}) {
    validateObjectOrUndefined(underlyingSink, 'sink');
    if (strategy === null) strategy = {}; // as node's: the defaults
    validateObjectOrUndefined(strategy, 'strategy');
    if (underlyingSink?.type !== undefined) throw invalidArgValueRange('type', underlyingSink.type);
    this[kType] = 'WritableStream';
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpControllerFromSink(this, underlyingSink, hwm, size);
  }

  get locked() {
    if (!isBrand(this, 'WritableStream')) throw invalidThis('WritableStream');
    return this[kState].writer !== undefined;
  }

  // Transfer: the receiving side gets a new stream writing into this one (chunks structured-cloned);
  // this one stays locked to it.
  [kTransfer]() {
    if (!isBrand(this, 'WritableStream')) throw invalidThis('WritableStream');
    if (this[kState].writer !== undefined) throw dataCloneError('Cannot transfer a locked WritableStream');
    const { structuredClone } = require('internal/structured_clone');
    const writer = this.getWriter();
    const data = new WritableStream({
      write(chunk) { return writer.write(structuredClone(chunk)); },
      close() { return writer.close(); },
      abort(reason) { return writer.abort(reason); },
    });
    return { data };
  }

  // For stream.isWritable() / stream.isErrored().
  get [streamUtils.kIsErrored]() { return this[kState].state === 'errored'; }
  get [streamUtils.kIsWritable]() { return this[kState].state === 'writable'; }

  abort(reason = undefined) {
    const bad = brandReject(this, 'WritableStream');
    if (bad) return bad;
    if (this[kState].writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    const bad = brandReject(this, 'WritableStream');
    if (bad) return bad;
    if (this[kState].writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return rejected(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isBrand(this, 'WritableStream')) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = this[kState];
    return customInspect(this, 'WritableStream', { locked: s.writer !== undefined, state: s.state }, depth, options);
  }
}

const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
// Settled when the stream closes or errors: what stream.finished() waits on.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');

function initializeWritableStream(stream) {
  stream[kIsClosedPromise] = deferred();
  markHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = (error) => controllerErrorIfNeeded(stream[kState].controller, error);
  stream[kState] = {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false,
  };
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function setUpControllerFromSink(stream, sink, hwm, size) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  const start = getMethod(sink, 'start', 'sink.start');
  const write = getMethod(sink, 'write', 'sink.write');
  const close = getMethod(sink, 'close', 'sink.close');
  const abort = getMethod(sink, 'abort', 'sink.abort');
  setUpWritableStreamDefaultController(stream, controller,
    start ? () => Reflect.apply(start, sink, [controller]) : () => undefined,
    write ? (chunk) => promiseCall(write, sink, chunk, controller) : () => resolved(),
    close ? () => promiseCall(close, sink) : () => resolved(),
    abort ? (reason) => promiseCall(abort, sink, reason) : () => resolved(),
    hwm, size);
}

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
  closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm) {
  AbortControllerCtor ??= require('internal/abort_controller').AbortController;
  controller[kType] = 'WritableStreamDefaultController';
  const c = controller[kState] = {
    stream, queue: null, queueHead: 0, queueTotalSize: 0,
    abortController: new AbortControllerCtor(), started: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: hwm,
    writeAlgorithm, closeAlgorithm, abortAlgorithm,
  };
  resetQueue(c);
  stream[kState].controller = controller;
  updateBackpressure(stream, getBackpressure(controller));
  const startResult = startAlgorithm();
  new Promise((r) => r(startResult)).then(() => { // a thenable start result settles two ticks later, as in node
    c.started = true;
    advanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    dealWithRejection(stream, r);
  });
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return resolved();
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return resolved();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  s.pendingAbortRequest = { promise: d, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return rejected(invalidState('WritableStream is closed'));
  }
  const d = deferred();
  s.closeRequest = d;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') writer[kState].ready.resolve();
  controllerClose(s.controller);
  return d.promise;
}

function addWriteRequest(stream) {
  const d = deferred();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function dealWithRejection(stream, error) {
  const s = stream[kState];
  if (s.state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  stream[kIsClosedPromise].reject(s.storedError);
  s.controller[kState].queue = [];
  s.controller[kState].queueHead = 0;
  s.controller[kState].queueTotalSize = 0;
  const storedError = s.storedError;
  for (const req of s.writeRequests) req.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller[kState];
  const p = c.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(s.controller);
  p.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (r) => {
    abortRequest.promise.reject(r);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = s.writer;
  if (writer !== undefined) writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function markCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function markFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(s.storedError);
    markHandled(writer[kState].closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isBrand(stream, 'WritableStream')) throw invalidArgType('stream', 'WritableStream', stream);
    if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    const w = this[kState] = { stream, ready: deferred(), closed: deferred() };
    const s = stream[kState];
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      if (!closeQueuedOrInFlight(stream) && s.backpressure) {
        // ready stays pending
      } else {
        w.ready.resolve();
      }
    } else if (state === 'erroring') {
      w.ready.reject(s.storedError);
      markHandled(w.ready.promise);
    } else if (state === 'closed') {
      w.ready.resolve();
      w.closed.resolve();
    } else {
      w.ready.reject(s.storedError);
      markHandled(w.ready.promise);
      w.closed.reject(s.storedError);
      markHandled(w.closed.promise);
    }
  }

  get closed() {
    const bad = brandReject(this, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) throw invalidThis('WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    const bad = brandReject(this, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    return this[kState].ready.promise;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const w = this[kState];
    return customInspect(this, 'WritableStreamDefaultWriter', {
      stream: w.stream,
      close: w.closed.promise,
      ready: w.ready.promise,
      desiredSize: w.stream === undefined ? null : writerGetDesiredSize(this),
    }, depth, options);
  }

  abort(reason = undefined) {
    const bad = brandReject(this, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    const bad = brandReject(this, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return rejected(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) throw invalidThis('WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    const bad = brandReject(this, 'WritableStreamDefaultWriter');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return rejected(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') return resolved();
  if (s.state === 'errored') return rejected(s.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.settled) w.closed = deferred();
  w.closed.reject(error);
  markHandled(w.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.settled) w.ready = deferred();
  w.ready.reject(error);
  markHandled(w.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = invalidState('Writer was released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return rejected(invalidState('Writer was released'));
  const s = stream[kState];
  const state = s.state;
  if (state === 'errored') return rejected(s.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return rejected(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return rejected(s.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

class WritableStreamDefaultController {
  constructor() {
    throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get signal() {
    if (!isBrand(this, 'WritableStreamDefaultController')) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'WritableStreamDefaultController', { stream: this[kState].stream }, depth, options);
  }

  error(e = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultController')) throw invalidThis('WritableStreamDefaultController');
    const state = this[kState].stream[kState].state;
    if (state !== 'writable') return;
    controllerError(this, e);
  }
}

function clearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  advanceQueueIfNeeded(controller);
}

function controllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (e) {
    controllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    controllerErrorIfNeeded(controller, e);
    return;
  }
  const stream = c.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, getBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  const s = stream[kState];
  if (s.inFlightWriteRequest !== undefined) return;
  const state = s.state;
  if (state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (state !== 'writable') return;
  if (queueLength(c) === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) processClose(controller);
  else processWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function processClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  markCloseRequestInFlight(stream);
  dequeueValue(c);
  const closeAlgorithm = c.closeAlgorithm;
  clearAlgorithms(controller);
  closeAlgorithm().then(() => finishInFlightClose(stream),
    (r) => finishInFlightCloseWithError(stream, r));
}

function processWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  markFirstWriteRequestInFlight(stream);
  c.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') {
      updateBackpressure(stream, getBackpressure(controller));
    }
    advanceQueueIfNeeded(controller);
  }, (r) => {
    if (stream[kState].state === 'writable') clearAlgorithms(controller);
    finishInFlightWriteWithError(stream, r);
  });
}

function getBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  clearAlgorithms(controller);
  startErroring(stream, error);
}

enumerableMethods(WritableStream.prototype, ['locked', 'abort', 'close', 'getWriter']);
enumerableMethods(WritableStreamDefaultWriter.prototype,
  ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
enumerableMethods(WritableStreamDefaultController.prototype, ['signal', 'error']);
defineToStringTag(WritableStream.prototype, 'WritableStream');
defineToStringTag(WritableStreamDefaultWriter.prototype, 'WritableStreamDefaultWriter');
defineToStringTag(WritableStreamDefaultController.prototype, 'WritableStreamDefaultController');

// Builds a WritableStream from algorithms (used by TransformStream and the adapters).
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
  hwm = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  initializeWritableStream(stream);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm);
  return stream;
}

// Instances can be transferred (postMessage transfer list).
markTransferMode(WritableStream.prototype, false, true);

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  createWritableStream, isWritableStreamLocked, writableStreamAbort, writableStreamClose,
  closeQueuedOrInFlight, writerCloseWithErrorPropagation, writerRelease, writerWrite,
  writerGetDesiredSize, controllerErrorIfNeeded, controllerError, dealWithRejection,
  startErroring, updateBackpressure,
};
