'use strict';
// Iterator-helper style operators on Readable: map/filter/flatMap/drop/take return async
// iterables (stream.js wraps them with Readable.from); the rest return promises.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { isWritable, isNodeStream } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

let staticCompose;
let addAbortSignalNoValidate;
let finished;

function nop() {}

function validateFn(fn, name) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal && signal.reason });
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  if (options && options.signal) {
    addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
    addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const outerSignal = options && options.signal;
  const stream = this;

  return async function* mapped() {
    const ac = new AbortController();
    const signal = ac.signal;
    const fnOptions = { signal };
    const abort = () => ac.abort();
    if (outerSignal) {
      if (outerSignal.aborted) ac.abort();
      else outerSignal.addEventListener('abort', abort);
    }

    const queue = [];
    let inFlight = 0;
    let done = false;
    let wakeProducer = null;
    let wakeConsumer = null;

    function resumeProducer() {
      if (wakeProducer && !done && inFlight < concurrency && queue.length < highWaterMark) {
        const fn = wakeProducer;
        wakeProducer = null;
        fn();
      }
    }
    function resumeConsumer() {
      if (wakeConsumer) {
        const fn = wakeConsumer;
        wakeConsumer = null;
        fn();
      }
    }
    function afterItem() {
      inFlight--;
      resumeProducer();
    }
    function afterItemFailed() {
      done = true;
      resumeConsumer();
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw abortError(outerSignal);
          try {
            val = fn(val, fnOptions);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          inFlight++;
          val.then(afterItem, afterItemFailed);
          queue.push(val);
          resumeConsumer();
          if (inFlight >= concurrency || queue.length >= highWaterMark) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItem, afterItemFailed);
        queue.push(val);
      } finally {
        done = true;
        resumeConsumer();
        if (outerSignal) outerSignal.removeEventListener('abort', abort);
      }
    }

    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw abortError(outerSignal);
          if (val !== kEmpty) yield val;
          queue.shift();
          resumeProducer();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakeProducer) {
        const fn = wakeProducer;
        wakeProducer = null;
        fn();
      }
      ac.abort();
    }
  }();
}

async function some(fn, options) {
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options) {
  validateFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outerSignal = options && options.signal;
  if (outerSignal && outerSignal.aborted) {
    const err = abortError(outerSignal);
    this.once('error', nop);
    finished ??= require('internal/streams/end-of-stream').finished;
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  const abort = () => ac.abort();
  if (outerSignal) outerSignal.addEventListener('abort', abort, { once: true });
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (outerSignal && outerSignal.aborted) throw abortError(outerSignal);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const signal = options && options.signal;
  const result = [];
  for await (const val of this) {
    if (signal && signal.aborted) throw abortError(signal);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flattened() {
    for await (const val of values) yield* val;
  }();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number === Infinity ? number : Math.trunc(number);
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return async function* dropped() {
    const signal = options && options.signal;
    if (signal && signal.aborted) throw abortError(signal);
    for await (const val of stream) {
      if (signal && signal.aborted) throw abortError(signal);
      if (number-- <= 0) yield val;
    }
  }();
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return async function* taken() {
    const signal = options && options.signal;
    if (signal && signal.aborted) throw abortError(signal);
    if (number <= 0) return;
    for await (const val of stream) {
      if (signal && signal.aborted) throw abortError(signal);
      yield val;
      if (--number <= 0) return;
    }
  }();
}

module.exports.streamReturningOperators = { drop, filter, flatMap, map, take, compose };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
