'use strict';
// ReadableStream with default and byte controllers, readers, tee, pipeTo, async iteration
// (WHATWG Streams §4).

const {
  kState, kType, noop, deferred, markHandled, rejected, resolved, promiseCall,
  invalidState, invalidThis, invalidArgType, isBrand, brandReject, withCode,
  extractHighWaterMark, extractSizeAlgorithm, getMethod,
  resetQueue, enqueueValueWithSize, queueLength, dequeueValue,
  isDetached, transferArrayBuffer, invalidArgValueRange, defineToStringTag, enumerableMethods, customInspect,
} = require('internal/webstreams/util');
const { codes } = require('internal/errors');
const streamUtils = require('internal/streams/utils');
const { kTransfer, markTransferMode } = require('internal/worker/js_transferable');

function dataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

let ws;
function lazyWritable() {
  ws ??= require('internal/webstreams/writablestream');
  return ws;
}

function argValue(name, value, reason) {
  return new codes.ERR_INVALID_ARG_VALUE(name, value, reason);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (source === null || (source !== undefined && typeof source !== 'object' && typeof source !== 'function')) {
      throw invalidArgType('source', 'object', source);
    }
    // As node's: a null strategy is allowed and means the defaults.
    if (strategy === null) strategy = {};
    if (typeof strategy !== 'object' && typeof strategy !== 'function') {
      throw invalidArgType('strategy', 'object', strategy);
    }
    this[kType] = 'ReadableStream';
    initializeReadableStream(this);
    const type = source?.type;
    if (`${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw withCode(new RangeError(`The property 'strategy.size' is invalid. Received ${strategy.size}`),
          'ERR_INVALID_ARG_VALUE');
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setUpByteControllerFromSource(this, source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpDefaultControllerFromSource(this, source, hwm, size);
    } else {
      throw argValue('source.type', type);
    }
  }

  get locked() {
    if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
    return isReadableStreamLocked(this);
  }

  // Transfer (postMessage / structuredClone transfer list): the receiving side gets a new stream
  // that reads this one, whose chunks arrive structured-cloned; this one stays locked to it.
  [kTransfer]() {
    if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
    if (isReadableStreamLocked(this)) throw dataCloneError('Cannot transfer a locked ReadableStream');
    const { structuredClone } = require('internal/structured_clone');
    const reader = acquireDefaultReader(this);
    const data = new ReadableStream({
      pull(controller) {
        return reader.read().then(({ value, done }) => {
          if (done) controller.close();
          else controller.enqueue(structuredClone(value));
        });
      },
      cancel(reason) { return reader.cancel(reason); },
    }, { highWaterMark: 0 });
    return { data };
  }

  // For stream.isReadable() / isErrored() / isDisturbed().
  get [streamUtils.kIsDisturbed]() { return this[kState].disturbed; }
  get [streamUtils.kIsErrored]() { return this[kState].state === 'errored'; }
  get [streamUtils.kIsReadable]() { return this[kState].state === 'readable'; }

  cancel(reason = undefined) {
    const bad = brandReject(this, 'ReadableStream');
    if (bad) return bad;
    if (isReadableStreamLocked(this)) return rejected(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw argValue('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
    const readable = transform?.readable;
    if (!isBrand(readable, 'ReadableStream')) {
      throw invalidArgType('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isBrand(writable, 'WritableStream')) {
      throw invalidArgType('transform.writable', 'WritableStream', writable);
    }
    const opts = readPipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (lazyWritable().isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writable, opts.preventClose, opts.preventAbort,
      opts.preventCancel, opts.signal);
    markHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
      if (!isBrand(destination, 'WritableStream')) {
        throw invalidArgType('transform.writable', 'WritableStream', destination);
      }
      const opts = readPipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (lazyWritable().isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, opts.preventClose, opts.preventAbort,
        opts.preventCancel, opts.signal);
    } catch (e) {
      return rejected(e);
    }
  }

  tee() {
    if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
    return readableStreamTee(this);
  }

  values(options = undefined) {
    if (!isBrand(this, 'ReadableStream')) throw invalidThis('ReadableStream');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw invalidArgType('options', 'Object', options);
    }
    const preventCancel = !!options?.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    const it = Object.create(ReadableStreamAsyncIteratorPrototype);
    it[kState] = { reader, preventCancel, finished: false, ongoing: undefined };
    return it;
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = this[kState];
    return customInspect(this, 'ReadableStream', {
      locked: s.reader !== undefined, state: s.state,
      supportsBYOB: isBrand(s.controller, 'ReadableByteStreamController'),
    }, depth, options);
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});

function readPipeOptions(options) {
  if (options === null || options === undefined) options = {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArgType('options', 'Object', options);
  }
  // WebIDL reads dictionary members in alphabetical order.
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined) {
    const { isAbortSignal } = require('internal/abort_controller');
    if (!isAbortSignal(signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort, preventCancel, preventClose, signal,
  };
}

// ---- async iteration ----

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    writable: true, configurable: true, enumerable: true,
    value: function next() {
      const it = this?.[kState];
      if (it === undefined || it.reader === undefined) {
        return rejected(invalidThis('ReadableStreamAsyncIterator'));
      }
      const step = () => iteratorNext(it);
      const p = it.ongoing ? it.ongoing.then(step, step) : step();
      // As WebIDL: the ongoing promise settles one reaction after the next steps.
      const ongoing = p.then((r) => {
        if (it.ongoing === ongoing) it.ongoing = undefined;
        return r;
      }, (e) => {
        if (it.ongoing === ongoing) it.ongoing = undefined;
        throw e;
      });
      it.ongoing = ongoing;
      return it.ongoing;
    },
  },
  return: {
    writable: true, configurable: true, enumerable: true,
    value: function return_(value) {
      const it = this?.[kState];
      if (it === undefined || it.reader === undefined) {
        return rejected(invalidThis('ReadableStreamAsyncIterator'));
      }
      const step = () => iteratorReturn(it, value);
      it.ongoing = it.ongoing ? it.ongoing.then(step, step) : step();
      return it.ongoing;
    },
  },
  [Symbol.toStringTag]: { value: 'ReadableStreamAsyncIterator', configurable: true },
});
Object.defineProperty(ReadableStreamAsyncIteratorPrototype.return, 'name', { value: 'return' });

function iteratorNext(it) {
  if (it.finished) return resolved({ value: undefined, done: true });
  const reader = it.reader;
  if (reader[kState].stream === undefined) {
    return rejected(invalidState('The reader is not attached to a stream'));
  }
  const d = deferred();
  defaultReaderRead(reader, {
    chunk(value) { d.resolve({ value, done: false }); },
    close() {
      it.finished = true;
      defaultReaderRelease(reader);
      d.resolve({ value: undefined, done: true });
    },
    error(e) {
      it.finished = true;
      defaultReaderRelease(reader);
      d.reject(e);
    },
  });
  return d.promise;
}

function iteratorReturn(it, value) {
  if (it.finished) return resolved({ value, done: true });
  it.finished = true;
  const reader = it.reader;
  if (reader[kState].stream === undefined) return resolved({ value, done: true });
  if (!it.preventCancel) {
    const result = readableStreamCancel(reader[kState].stream, value);
    defaultReaderRelease(reader);
    return result.then(() => ({ value, done: true }));
  }
  defaultReaderRelease(reader);
  return resolved({ value, done: true });
}

// ---- stream internals ----

const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
// Settled when the stream closes or errors: what stream.finished() waits on.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');

function initializeReadableStream(stream) {
  stream[kIsClosedPromise] = deferred();
  markHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = (error) => {
    const controller = stream[kState].controller;
    if (isBrand(controller, 'ReadableByteStreamController')) byteError(controller, error);
    else defaultControllerError(controller, error);
  };
  stream[kState] = { state: 'readable', reader: undefined, storedError: undefined, disturbed: false,
    controller: undefined };
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function isReadableStream(v) {
  return isBrand(v, 'ReadableStream');
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return resolved();
  if (s.state === 'errored') return rejected(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const r of requests) r.close(undefined);
  }
  const controller = s.controller;
  const p = isBrand(controller, 'ReadableByteStreamController') ?
    byteCancelSteps(controller, reason) : defaultCancelSteps(controller, reason);
  return p.then(noop);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const r of requests) r.close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(e);
  markHandled(reader[kState].closed.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const r of requests) r.error(e);
  } else {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const r of requests) r.error(e);
  }
}

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function hasDefaultReader(stream) {
  return isBrand(stream[kState].reader, 'ReadableStreamDefaultReader');
}

function hasBYOBReader(stream) {
  return isBrand(stream[kState].reader, 'ReadableStreamBYOBReader');
}

function fulfillReadRequest(stream, chunk, done) {
  const r = stream[kState].reader[kState].readRequests.shift();
  if (done) r.close();
  else r.chunk(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const r = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) r.close(chunk);
  else r.chunk(chunk);
}

// ---- readers ----

function readerGenericInitialize(reader, stream) {
  const r = reader[kState];
  r.stream = stream;
  const s = stream[kState];
  s.reader = reader;
  r.closed = deferred();
  if (s.state === 'closed') {
    r.closed.resolve();
  } else if (s.state === 'errored') {
    r.closed.reject(s.storedError);
    markHandled(r.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const err = invalidState('Reader released');
  if (r.closed.settled) r.closed = deferred();
  r.closed.reject(err);
  markHandled(r.closed.promise);
  const controller = stream[kState].controller;
  if (isBrand(controller, 'ReadableByteStreamController')) byteReleaseSteps(controller);
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  const err = invalidState('Releasing reader');
  for (const r of requests) r.error(err);
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  const err = invalidState('Releasing reader');
  for (const r of requests) r.error(err);
}

function defaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.close();
  else if (s.state === 'errored') readRequest.error(s.storedError);
  else if (isBrand(s.controller, 'ReadableByteStreamController')) bytePullSteps(s.controller, readRequest);
  else defaultPullSteps(s.controller, readRequest);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, readRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read() {
    const bad = brandReject(this, 'ReadableStreamDefaultReader');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return rejected(invalidState('The reader is not attached to a stream'));
    }
    const d = deferred();
    defaultReaderRead(this, {
      chunk(value) { d.resolve({ value, done: false }); },
      close() { d.resolve({ value: undefined, done: true }); },
      error(e) { d.reject(e); },
    });
    return d.promise;
  }

  releaseLock() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    const bad = brandReject(this, 'ReadableStreamDefaultReader');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    const bad = brandReject(this, 'ReadableStreamDefaultReader');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    return readableStreamCancel(stream, reason);
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
      throw argValue('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read(view, options = {}) {
    const bad = brandReject(this, 'ReadableStreamBYOBReader');
    if (bad) return bad;
    if (!isArrayBufferView(view)) {
      return rejected(invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (options === null || typeof options !== 'object') {
      return rejected(invalidArgType('options', 'Object', options));
    }
    const isDV = view instanceof DataView;
    if (view.byteLength === 0) return rejected(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    if (view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return rejected(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    if (options.min !== undefined) {
      min = Number(options.min);
      if (!Number.isFinite(min) || min < 0 || min > Number.MAX_SAFE_INTEGER) {
        return rejected(argValue('options.min', options.min));
      }
      min = Math.trunc(min);
    }
    if (min === 0) return rejected(argValue('options.min', min));
    const limit = isDV ? view.byteLength : view.length;
    if (min > limit) return rejected(new codes.ERR_OUT_OF_RANGE('options.min', `<= ${limit}`, min));
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const d = deferred();
    const readIntoRequest = {
      chunk(value) { d.resolve({ value, done: false }); },
      close(value) { d.resolve({ value, done: true }); },
      error(e) { d.reject(e); },
    };
    const s = stream[kState];
    s.disturbed = true;
    if (s.state === 'errored') readIntoRequest.error(s.storedError);
    else bytePullInto(s.controller, view, min, readIntoRequest);
    return d.promise;
  }

  releaseLock() {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    byobReaderRelease(this);
  }

  get closed() {
    const bad = brandReject(this, 'ReadableStreamBYOBReader');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    const bad = brandReject(this, 'ReadableStreamBYOBReader');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    return readableStreamCancel(stream, reason);
  }
}

// ---- default controller ----

class ReadableStreamDefaultController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isBrand(this, 'ReadableStreamDefaultController')) throw invalidThis('ReadableStreamDefaultController');
    return defaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isBrand(this, 'ReadableStreamDefaultController')) throw invalidThis('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultController')) throw invalidThis('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultController')) throw invalidThis('ReadableStreamDefaultController');
    defaultControllerError(this, e);
  }
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const start = getMethod(source, 'start', 'source.start');
  const pull = getMethod(source, 'pull', 'source.pull');
  const cancel = getMethod(source, 'cancel', 'source.cancel');
  setUpDefaultController(stream, controller,
    start ? () => Reflect.apply(start, source, [controller]) : noop,
    pull ? () => promiseCall(pull, source, controller) : () => resolved(),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => resolved(),
    hwm, size);
}

function setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size) {
  controller[kType] = 'ReadableStreamDefaultController';
  const c = controller[kState] = {
    stream, queue: null, queueHead: 0, queueTotalSize: 0, started: false, closeRequested: false,
    pullAgain: false, pulling: false, strategySizeAlgorithm: size, strategyHWM: hwm,
    pullAlgorithm, cancelAlgorithm,
  };
  resetQueue(c);
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  resolved(startResult).then(() => {
    c.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (r) => defaultControllerError(controller, r));
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => defaultControllerError(controller, e));
}

function defaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (queueLength(c) === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
      enqueueValueWithSize(c, chunk, size);
    } catch (e) {
      defaultControllerError(controller, e);
      throw e;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

function defaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function defaultCancelSteps(controller, reason) {
  const c = controller[kState];
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  defaultControllerClearAlgorithms(controller);
  return result;
}

function defaultPullSteps(controller, readRequest) {
  const c = controller[kState];
  const stream = c.stream;
  if (queueLength(c) > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && queueLength(c) === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunk(chunk);
  } else {
    stream[kState].reader[kState].readRequests.push(readRequest);
    defaultControllerCallPullIfNeeded(controller);
  }
}

// ---- byte controller ----

class ReadableStreamBYOBRequest {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    if (!isBrand(this, 'ReadableStreamBYOBRequest')) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBrand(this, 'ReadableStreamBYOBRequest')) throw invalidThis('ReadableStreamBYOBRequest');
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(r.view.buffer)) throw invalidState('The viewed ArrayBuffer is detached');
    const n = Number(bytesWritten);
    if (!Number.isFinite(n) || n < 0) throw new codes.ERR_OUT_OF_RANGE('bytesWritten', '>= 0', bytesWritten);
    byteRespond(r.controller, Math.trunc(n));
  }

  respondWithNewView(view) {
    if (!isBrand(this, 'ReadableStreamBYOBRequest')) throw invalidThis('ReadableStreamBYOBRequest');
    if (!isArrayBufferView(view)) throw invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    const r = this[kState];
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('The viewed ArrayBuffer is detached');
    byteRespondWithNewView(r.controller, view);
  }
}

class ReadableByteStreamController {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    if (!isBrand(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    return byteGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isBrand(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    return byteGetDesiredSize(this);
  }

  close() {
    if (!isBrand(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteClose(this);
  }

  enqueue(chunk) {
    if (!isBrand(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isBrand(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    byteError(this, e);
  }
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const start = getMethod(source, 'start', 'source.start');
  const pull = getMethod(source, 'pull', 'source.pull');
  const cancel = getMethod(source, 'cancel', 'source.cancel');
  let auto = source.autoAllocateChunkSize;
  if (auto !== undefined) {
    auto = Number(auto);
    if (!Number.isInteger(auto) || auto <= 0) {
      throw argValue('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, controller,
    start ? () => Reflect.apply(start, source, [controller]) : noop,
    pull ? () => promiseCall(pull, source, controller) : () => resolved(),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => resolved(),
    hwm, auto);
}

function setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, auto) {
  controller[kType] = 'ReadableByteStreamController';
  const c = controller[kState] = {
    stream, pullAgain: false, pulling: false, byobRequest: null, queue: [], queueTotalSize: 0,
    closeRequested: false, started: false, strategyHWM: hwm, pullAlgorithm, cancelAlgorithm,
    autoAllocateChunkSize: auto, pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  resolved(startResult).then(() => {
    c.started = true;
    byteCallPullIfNeeded(controller);
  }, (r) => byteError(controller, r));
}

function byteCallPullIfNeeded(controller) {
  if (!byteShouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      byteCallPullIfNeeded(controller);
    }
  }, (e) => byteError(controller, e));
}

function byteShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteGetDesiredSize(controller) > 0;
}

function byteClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteClearPendingPullIntos(controller) {
  byteInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function byteClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      byteError(controller, e);
      throw e;
    }
  }
  byteClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteError(controller, e) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  byteClearPendingPullIntos(controller);
  c.queue = [];
  c.queueTotalSize = 0;
  byteClearAlgorithms(controller);
  readableStreamError(c.stream, e);
}

function byteEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const clone = buffer.slice(byteOffset, byteOffset + byteLength);
  byteEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function byteEnqueueDetachedPullIntoToQueue(controller, pd) {
  if (pd.bytesFilled > 0) byteEnqueueClonedChunkToQueue(controller, pd.buffer, pd.byteOffset, pd.bytesFilled);
  controller[kState].pendingPullIntos.shift();
}

function byteEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is detached');
  const transferred = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request ArrayBuffer is detached');
    byteInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) c.pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    const filled = byteProcessPullIntoDescriptorsUsingQueue(controller);
    for (const pd of filled) byteCommitPullIntoDescriptor(stream, pd);
  } else {
    byteEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
  }
  byteCallPullIfNeeded(controller);
}

function byteProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const rr = reader[kState].readRequests.shift();
    byteFillReadRequestFromQueue(controller, rr);
  }
}

function byteFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteHandleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    byteCallPullIfNeeded(controller);
  }
}

function byteProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pd = c.pendingPullIntos[0];
    if (byteFillPullIntoDescriptorFromQueue(controller, pd)) {
      c.pendingPullIntos.shift();
      filled.push(pd);
    }
  }
  return filled;
}

function byteFillPullIntoDescriptorFromQueue(controller, pd) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, pd.byteLength - pd.bytesFilled);
  const maxBytesFilled = pd.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % pd.elementSize);
  if (maxAlignedBytes >= pd.minimumFill) {
    remaining = maxAlignedBytes - pd.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = c.queue[0];
    const n = Math.min(remaining, head.byteLength);
    const destStart = pd.byteOffset + pd.bytesFilled;
    new Uint8Array(pd.buffer, destStart, n).set(new Uint8Array(head.buffer, head.byteOffset, n));
    if (head.byteLength === n) {
      c.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    c.queueTotalSize -= n;
    byteInvalidateBYOBRequest(controller);
    pd.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}

function byteConvertPullIntoDescriptor(pd) {
  const buffer = transferArrayBuffer(pd.buffer);
  return new pd.viewConstructor(buffer, pd.byteOffset, pd.bytesFilled / pd.elementSize);
}

function byteCommitPullIntoDescriptor(stream, pd) {
  const done = stream[kState].state === 'closed';
  const view = byteConvertPullIntoDescriptor(pd);
  if (pd.readerType === 'default') fulfillReadRequest(stream, view, done);
  else fulfillReadIntoRequest(stream, view, done);
}

function bytePullInto(controller, view, min, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    ctor = globalThis[typedArrayTag.call(view)]; // the intrinsic, never a subclass such as Buffer
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const pd = { buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob' };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pd);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(pd.buffer, pd.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteFillPullIntoDescriptorFromQueue(controller, pd)) {
      const filled = byteConvertPullIntoDescriptor(pd);
      byteHandleQueueDrain(controller);
      readIntoRequest.chunk(filled);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('Insufficient bytes to fill elements in the given buffer');
      byteError(controller, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pd);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  byteCallPullIfNeeded(controller);
}

function byteRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw invalidState('Controller is closed');
  } else {
    if (bytesWritten === 0) throw invalidState('bytesWritten must be greater than 0');
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new codes.ERR_OUT_OF_RANGE('bytesWritten', `<= ${first.byteLength - first.bytesFilled}`, bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteRespondInternal(controller, bytesWritten);
}

function byteRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  byteInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') byteRespondInClosedState(controller, first);
  else byteRespondInReadableState(controller, bytesWritten, first);
  byteCallPullIfNeeded(controller);
}

function byteRespondInClosedState(controller, first) {
  const c = controller[kState];
  const stream = c.stream;
  if (first.readerType === 'none') c.pendingPullIntos.shift();
  if (hasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < numReadIntoRequests(stream)) filled.push(c.pendingPullIntos.shift());
    for (const pd of filled) byteCommitPullIntoDescriptor(stream, pd);
  }
}

function byteRespondInReadableState(controller, bytesWritten, pd) {
  const c = controller[kState];
  const stream = c.stream;
  pd.bytesFilled += bytesWritten;
  if (pd.readerType === 'none') {
    byteEnqueueDetachedPullIntoToQueue(controller, pd);
    const filled = byteProcessPullIntoDescriptorsUsingQueue(controller);
    for (const f of filled) byteCommitPullIntoDescriptor(stream, f);
    return;
  }
  if (pd.bytesFilled < pd.minimumFill) return;
  c.pendingPullIntos.shift();
  const remainder = pd.bytesFilled % pd.elementSize;
  if (remainder > 0) {
    const end = pd.byteOffset + pd.bytesFilled;
    byteEnqueueClonedChunkToQueue(controller, pd.buffer, end - remainder, remainder);
  }
  pd.bytesFilled -= remainder;
  const filled = byteProcessPullIntoDescriptorsUsingQueue(controller);
  byteCommitPullIntoDescriptor(stream, pd);
  for (const f of filled) byteCommitPullIntoDescriptor(stream, f);
}

function byteRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) throw invalidState('The view\'s length must be 0 when the stream is closed');
  } else if (view.byteLength === 0) {
    throw invalidState('The view\'s length must be greater than 0');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw invalidArgValueRange('view', view);
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw invalidArgValueRange('view', view);
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw invalidArgValueRange('view', view);
  }
  const len = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  byteRespondInternal(controller, len);
}

function byteGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const req = Object.create(ReadableStreamBYOBRequest.prototype);
    req[kType] = 'ReadableStreamBYOBRequest';
    req[kState] = { controller, view };
    c.byobRequest = req;
  }
  return c.byobRequest;
}

function byteGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function byteCancelSteps(controller, reason) {
  const c = controller[kState];
  byteClearPendingPullIntos(controller);
  c.queue = [];
  c.queueTotalSize = 0;
  const result = c.cancelAlgorithm(reason);
  byteClearAlgorithms(controller);
  return result;
}

function bytePullSteps(controller, readRequest) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    byteFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const auto = c.autoAllocateChunkSize;
  if (auto !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(auto);
    } catch (e) {
      readRequest.error(e);
      return;
    }
    c.pendingPullIntos.push({ buffer, bufferByteLength: auto, byteOffset: 0, byteLength: auto, bytesFilled: 0,
      minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default' });
  }
  stream[kState].reader[kState].readRequests.push(readRequest);
  byteCallPullIfNeeded(controller);
}

function byteReleaseSteps(controller) {
  const c = controller[kState];
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }
}

// ---- creation helpers (used by TransformStream, tee, from, adapters) ----

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 0, auto = undefined) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, auto);
  return stream;
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// ---- tee ----

function readableStreamTee(stream) {
  if (isBrand(stream[kState].controller, 'ReadableByteStreamController')) return readableByteStreamTee(stream);
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  const enqueue = (branch, chunk) => defaultControllerEnqueue(branch[kState].controller, chunk);
  const close = (branch) => defaultControllerClose(branch[kState].controller);
  const error = (branch, r) => defaultControllerError(branch[kState].controller, r);

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return resolved();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) enqueue(branch1, chunk);
          if (!canceled2) enqueue(branch2, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) close(branch1);
        if (!canceled2) close(branch2);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
    return resolved();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2);
  reader[kState].closed.promise.then(undefined, (r) => {
    error(branch1, r);
    error(branch2, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function byobReaderRead(reader, view, min, readIntoRequest) {
  const s = reader[kState].stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') readIntoRequest.error(s.storedError);
  else bytePullInto(s.controller, view, min, readIntoRequest);
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// The spec's ReadableByteStreamTee: branches are byte streams and BYOB reads on a branch go
// straight to the source through a BYOB reader.
function readableByteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const ctl = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    thisReader[kState].closed.promise.then(undefined, (r) => {
      if (thisReader !== reader) return;
      byteError(ctl(branch1), r);
      byteError(ctl(branch2), r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function failBoth(e) {
    byteError(ctl(branch1), e);
    byteError(ctl(branch2), e);
    cancelPromise.resolve(readableStreamCancel(stream, e));
  }

  function pullAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (isBrand(reader, 'ReadableStreamBYOBReader')) {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              failBoth(e);
              return;
            }
          }
          if (!canceled1) byteEnqueue(ctl(branch1), chunk1);
          if (!canceled2) byteEnqueue(ctl(branch2), chunk2);
          reading = false;
          pullAgain();
        });
      },
      close() {
        reading = false;
        if (!canceled1) byteClose(ctl(branch1));
        if (!canceled2) byteClose(ctl(branch2));
        if (ctl(branch1)[kState].pendingPullIntos.length > 0) byteRespond(ctl(branch1), 0);
        if (ctl(branch2)[kState].pendingPullIntos.length > 0) byteRespond(ctl(branch2), 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isBrand(reader, 'ReadableStreamDefaultReader')) {
      defaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    byobReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (e) {
              failBoth(e);
              return;
            }
            if (!byobCanceled) byteRespondWithNewView(ctl(byobBranch), chunk);
            byteEnqueue(ctl(otherBranch), cloned);
          } else if (!byobCanceled) {
            byteRespondWithNewView(ctl(byobBranch), chunk);
          }
          reading = false;
          pullAgain();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) byteClose(ctl(byobBranch));
        if (!otherCanceled) byteClose(ctl(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) byteRespondWithNewView(ctl(byobBranch), chunk);
          if (!otherCanceled && ctl(otherBranch)[kState].pendingPullIntos.length > 0) {
            byteRespond(ctl(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return resolved();
    }
    reading = true;
    const req = byteGetBYOBRequest(ctl(branch1));
    if (req === null) pullWithDefaultReader();
    else pullWithBYOBReader(req[kState].view, false);
    return resolved();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return resolved();
    }
    reading = true;
    const req = byteGetBYOBRequest(ctl(branch2));
    if (req === null) pullWithDefaultReader();
    else pullWithBYOBReader(req[kState].view, true);
    return resolved();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(noop, pull1Algorithm, cancel1);
  branch2 = createReadableByteStream(noop, pull2Algorithm, cancel2);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- pipeTo ----

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = acquireDefaultReader(source);
  const writer = dest.getWriter();
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolved();
  const promise = deferred();
  let abortAlgorithm;

  const writerState = () => dest[kState].state;

  function waitForWritesToFinish() {
    const old = currentWrite;
    return old.then(() => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function finalize(isError, error) {
    W.writerRelease(writer);
    defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) promise.reject(error);
    else promise.resolve(undefined);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      let p;
      try {
        p = resolved(action());
      } catch (e) {
        p = rejected(e);
      }
      p.then(() => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (writerState() === 'writable' && !W.closeQueuedOrInFlight(dest)) waitForWritesToFinish().then(doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (writerState() === 'writable' && !W.closeQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      let error = signal.reason;
      // node turns its own AbortError into the DOM one.
      if (error instanceof Error && error.name === 'AbortError' && error.code === 'ABORT_ERR') {
        const { DOMException } = require('internal/dom_exception');
        error = new DOMException(error.message, 'AbortError');
      }
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (writerState() === 'writable' ? W.writableStreamAbort(dest, error) : resolved()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : resolved()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return resolved(true);
    return writer[kState].ready.promise.then(() => {
      if (shuttingDown) return true;
      const d = deferred();
      defaultReaderRead(reader, {
        chunk(chunk) {
          // The write starts a microtask later: enqueue() must not run the sink synchronously.
          currentWrite = new Promise((res) => queueMicrotask(() => res(W.writerWrite(writer, chunk))))
            .then(undefined, noop);
          d.resolve(false);
        },
        close() { d.resolve(true); },
        error(e) { d.reject(e); },
      });
      return d.promise;
    });
  }

  function pipeLoop() {
    pipeStep().then((done) => {
      if (!done) pipeLoop();
    }, noop);
  }

  // Errors must be propagated forward.
  const onSourceError = (storedError) => {
    if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  // Errors must be propagated backward.
  const onDestError = (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  // Closing must be propagated forward.
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(writer));
    else shutdown();
  };

  const readerClosed = reader[kState].closed.promise;
  const writerClosed = writer[kState].closed.promise;
  if (source[kState].state === 'errored') onSourceError(source[kState].storedError);
  else readerClosed.then(undefined, onSourceError);
  if (dest[kState].state === 'errored') onDestError(dest[kState].storedError);
  else writerClosed.then(undefined, onDestError);
  if (source[kState].state === 'closed') onSourceClosed();
  else readerClosed.then(onSourceClosed, noop);
  // Closing must be propagated backward.
  if (W.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = invalidState('the destination writable stream closed before all the data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  markHandled(writer[kState].ready.promise);
  pipeLoop();
  return promise.promise;
}

// ---- ReadableStream.from ----

function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  const asyncMethod = iterable == null ? undefined : iterable[Symbol.asyncIterator];
  let isSync = false;
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE(iterable);
    iterator = asyncMethod.call(iterable);
  } else {
    const syncMethod = iterable == null ? undefined : iterable[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE(iterable);
    iterator = syncMethod.call(iterable);
    isSync = true;
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw invalidState('The iterator method must return an object');
  }
  nextMethod = iterator.next;
  let stream;
  const pull = () => {
    let result;
    try {
      result = nextMethod.call(iterator);
    } catch (e) {
      return rejected(e);
    }
    return resolved(result).then((r) => {
      if (r === null || typeof r !== 'object') {
        throw invalidArgType('iterResult', 'Object', r);
      }
      if (r.done) {
        defaultControllerClose(stream[kState].controller);
        return undefined;
      }
      if (isSync) {
        return resolved(r.value).then((v) => defaultControllerEnqueue(stream[kState].controller, v));
      }
      defaultControllerEnqueue(stream[kState].controller, r.value);
      return undefined;
    });
  };
  const cancel = (reason) => {
    let ret;
    try {
      ret = iterator.return;
      if (ret == null) return resolved();
      return resolved(ret.call(iterator, reason)).then((r) => {
        if (r === null || typeof r !== 'object') throw invalidArgType('iterResult', 'Object', r);
      });
    } catch (e) {
      return rejected(e);
    }
  };
  stream = createReadableStream(noop, pull, cancel, 0);
  return stream;
}

enumerableMethods(ReadableStream.prototype, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
enumerableMethods(ReadableStreamDefaultReader.prototype, ['read', 'releaseLock', 'closed', 'cancel']);
enumerableMethods(ReadableStreamBYOBReader.prototype, ['read', 'releaseLock', 'closed', 'cancel']);
enumerableMethods(ReadableStreamDefaultController.prototype, ['desiredSize', 'close', 'enqueue', 'error']);
enumerableMethods(ReadableByteStreamController.prototype, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
enumerableMethods(ReadableStreamBYOBRequest.prototype, ['view', 'respond', 'respondWithNewView']);
for (const C of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader,
  ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest]) {
  defineToStringTag(C.prototype, C.name);
}

// Instances can be transferred (postMessage transfer list).
markTransferMode(ReadableStream.prototype, false, true);

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
  createReadableStream, createReadableByteStream, isReadableStream, isReadableStreamLocked,
  readableStreamCancel, acquireDefaultReader, defaultReaderRead, defaultReaderRelease,
  defaultControllerEnqueue, defaultControllerClose, defaultControllerError,
  defaultControllerGetDesiredSize, defaultControllerHasBackpressure, defaultControllerCanCloseOrEnqueue,
  byteEnqueue, byteClose, byteError,
};
