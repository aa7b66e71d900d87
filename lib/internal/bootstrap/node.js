'use strict';
// Second stage: turn `process` into node's process object and install the globals node has.
// Everything not needed by an empty program is a lazy getter, so start-up stays small.

const { installErrorWrappers } = require('internal/error_stack');
installErrorWrappers();

const EventEmitter = require('events');
// As node: process -> an object whose constructor is named 'process' -> EventEmitter.prototype.
const ProcessConstructor = function process() {};
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: ProcessConstructor, writable: true, configurable: true, enumerable: false },
});
ProcessConstructor.prototype = processProto;
Object.setPrototypeOf(process, processProto);
EventEmitter.call(process);

require('internal/process/per_thread').setupProcessObject(process);

const taskQueues = require('internal/process/task_queues');
const timers = require('internal/timers');
const execution = require('internal/process/execution');
const promises = require('internal/process/promises');

process.nextTick = taskQueues.nextTick;
taskQueues.setFatalExceptionHandler((err) => execution.fatalException(err, false));

internalBinding('runtime').setup({
  runTicks: taskQueues.runTicks,
  processRejections: promises.processPromiseRejections,
  processTimers: timers.processTimers,
  processImmediate: timers.processImmediate,
  fatalException: (err) => execution.fatalException(err, false),
  promiseReject: promises.onUnhandledRejection,
  emitBeforeExit: execution.emitBeforeExit,
  emitExit: execution.emitExit,
  uvException: execution.makeUVException,
});

// ---- globals
function defineLazy(obj, name, load, enumerable = false) {
  Object.defineProperty(obj, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}
function defineValue(obj, name, value, enumerable = false) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });
}

defineValue(globalThis, 'global', globalThis, false);
const timersPublic = require('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineValue(globalThis, name, timersPublic[name], true);
}
defineValue(globalThis, 'queueMicrotask', taskQueues.queueMicrotask, true);
defineLazy(globalThis, 'console', () => require('internal/console/global'));
defineLazy(globalThis, 'Buffer', () => require('buffer').Buffer);
defineLazy(globalThis, 'atob', () => require('buffer').atob, true);
defineLazy(globalThis, 'btoa', () => require('buffer').btoa, true);
defineLazy(globalThis, 'Blob', () => require('buffer').Blob);
defineLazy(globalThis, 'File', () => require('buffer').File);
defineLazy(globalThis, 'URL', () => require('internal/url').URL);
defineLazy(globalThis, 'URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazy(globalThis, 'URLPattern', () => require('internal/url_pattern').URLPattern);
defineLazy(globalThis, 'TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy(globalThis, 'TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy(globalThis, 'EventTarget', () => require('internal/event_target').EventTarget);
defineLazy(globalThis, 'Event', () => require('internal/event_target').Event);
defineLazy(globalThis, 'CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazy(globalThis, 'AbortController', () => require('internal/abort_controller').AbortController);
defineLazy(globalThis, 'AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazy(globalThis, 'DOMException', () => require('internal/dom_exception').DOMException);
defineLazy(globalThis, 'structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazy(globalThis, 'performance', () => require('perf_hooks').performance, true);
defineLazy(globalThis, 'fetch', () => require('internal/fetch/fetch').fetch, true);
defineLazy(globalThis, 'Headers', () => require('internal/fetch/headers').Headers);
defineLazy(globalThis, 'Request', () => require('internal/fetch/request').Request);
defineLazy(globalThis, 'Response', () => require('internal/fetch/response').Response);
defineLazy(globalThis, 'FormData', () => require('internal/fetch/form_data').FormData);
defineLazy(globalThis, 'Navigator', () => require('internal/navigator').Navigator);
defineLazy(globalThis, 'Performance', () => require('perf_hooks').performance.constructor);
defineLazy(globalThis, 'PerformanceMark', () => require('perf_hooks').PerformanceMark);
defineLazy(globalThis, 'PerformanceMeasure', () => require('perf_hooks').PerformanceMeasure);
defineLazy(globalThis, 'PerformanceEntry', () => require('perf_hooks').PerformanceEntry);
defineLazy(globalThis, 'PerformanceObserver', () => require('perf_hooks').PerformanceObserver);
defineLazy(globalThis, 'PerformanceObserverEntryList', () => require('perf_hooks').PerformanceObserverEntryList);
defineLazy(globalThis, 'navigator', () => require('internal/navigator').navigator, true);
defineLazy(globalThis, 'ReadableStream', () => require('internal/webstreams/readablestream').ReadableStream);
defineLazy(globalThis, 'ReadableStreamDefaultReader', () => require('internal/webstreams/readablestream').ReadableStreamDefaultReader);
defineLazy(globalThis, 'ReadableStreamBYOBReader', () => require('internal/webstreams/readablestream').ReadableStreamBYOBReader);
defineLazy(globalThis, 'ReadableStreamBYOBRequest', () => require('internal/webstreams/readablestream').ReadableStreamBYOBRequest);
defineLazy(globalThis, 'ReadableByteStreamController', () => require('internal/webstreams/readablestream').ReadableByteStreamController);
defineLazy(globalThis, 'ReadableStreamDefaultController', () => require('internal/webstreams/readablestream').ReadableStreamDefaultController);
defineLazy(globalThis, 'TransformStream', () => require('internal/webstreams/transformstream').TransformStream);
defineLazy(globalThis, 'TransformStreamDefaultController', () => require('internal/webstreams/transformstream').TransformStreamDefaultController);
defineLazy(globalThis, 'WritableStream', () => require('internal/webstreams/writablestream').WritableStream);
defineLazy(globalThis, 'WritableStreamDefaultWriter', () => require('internal/webstreams/writablestream').WritableStreamDefaultWriter);
defineLazy(globalThis, 'WritableStreamDefaultController', () => require('internal/webstreams/writablestream').WritableStreamDefaultController);
defineLazy(globalThis, 'ByteLengthQueuingStrategy', () => require('internal/webstreams/queuingstrategies').ByteLengthQueuingStrategy);
defineLazy(globalThis, 'CountQueuingStrategy', () => require('internal/webstreams/queuingstrategies').CountQueuingStrategy);
defineLazy(globalThis, 'TextEncoderStream', () => require('internal/webstreams/encoding').TextEncoderStream);
defineLazy(globalThis, 'TextDecoderStream', () => require('internal/webstreams/encoding').TextDecoderStream);
defineLazy(globalThis, 'CompressionStream', () => require('internal/webstreams/compression').CompressionStream);
defineLazy(globalThis, 'DecompressionStream', () => require('internal/webstreams/compression').DecompressionStream);
defineLazy(globalThis, 'MessageChannel', () => require('internal/worker/io').MessageChannel);
defineLazy(globalThis, 'MessagePort', () => require('internal/worker/io').MessagePort);
defineLazy(globalThis, 'MessageEvent', () => require('internal/worker/io').MessageEvent);
defineLazy(globalThis, 'BroadcastChannel', () => require('internal/worker/io').BroadcastChannel);
for (const [n, e] of [['crypto', 1], ['Crypto'], ['CryptoKey'], ['SubtleCrypto']]) defineLazy(globalThis, n, () => require('internal/crypto/webcrypto')[n], !!e);

const { runtimeOptions } = require('internal/bootstrap/realm');
if (runtimeOptions.hasFlag('--experimental-eventsource')) {
  defineLazy(globalThis, 'EventSource', () => require('internal/event_source').EventSource);
}
if (runtimeOptions.hasFlag('--expose-gc') || runtimeOptions.hasFlag('--expose_gc')) {
  // As V8's: gc() collects now; gc({ execution: 'async' }) returns a promise settled after a
  // collection made from a later task.
  // A forced collection is a full one: observers of 'gc' entries get it as node reports it
  // (kind NODE_PERFORMANCE_GC_MAJOR, flags NODE_PERFORMANCE_GC_FLAGS_FORCED).
  const collect = () => {
    const perf = require('internal/perf/observe');
    if (!perf.hasObserver('gc')) {
      internalBinding('process_methods').gc();
      return;
    }
    const timing = {};
    perf.startPerf(timing, 'gc', { type: 'gc', name: 'gc', detail: { kind: 4, flags: 4 } });
    internalBinding('process_methods').gc();
    perf.stopPerf(timing, 'gc');
  };
  defineValue(globalThis, 'gc', function gc(options = undefined) {
    if (options !== null && typeof options === 'object' && options.execution === 'async') {
      return new Promise((resolve) => setImmediate(() => { collect(); resolve(); }));
    }
    collect();
  }, false);
}

// A child started by fork() (or with stdio 'ipc') talks to its parent over the inherited pipe.
if (process.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel();
// A cluster worker: set up before the program runs, as node does (NODE_UNIQUE_ID is then removed).
if (process.env.NODE_UNIQUE_ID !== undefined) {
  require('internal/cluster/role').isWorker = true;
  require('internal/cluster/child')._setupWorker();
  delete process.env.NODE_UNIQUE_ID;
}
