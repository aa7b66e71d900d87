'use strict';
// node:perf_hooks — the performance timeline: now/timeOrigin, marks, measures, observers.

const binding = internalBinding('process_methods');
const hr = new Uint32Array(3);
function hrMs() {
  const ns = binding.hrtime(hr);
  return ns / 1e6;
}
// The process start in the same clock: uptime() is measured from the runtime's start.
const startHr = hrMs() - binding.uptime() * 1e3;
const timeOrigin = Date.now() - (hrMs() - startHr);

function now() { return hrMs() - startHr; }

const kEntries = [];
const observers = new Set();

const kInternal = Symbol('kInternal');

// String conversion with V8's wording for Symbols (JSC words it differently).
function toName(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function illegalConstructor() {
  const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
  return new ERR_ILLEGAL_CONSTRUCTOR();
}

// Entries are built by the timeline itself; user code may only construct marks.
class PerformanceEntry {
  constructor(token, name, type, start, duration, detail) {
    if (token !== kInternal) throw illegalConstructor();
    this.name = name; this.entryType = type; this.startTime = start; this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
}
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    if (arguments.length === 0) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('name');
    }
    const startTime = options?.startTime;
    if (startTime !== undefined) require('internal/validators').validateNumber(startTime, 'options.startTime');
    const start = startTime ?? now();
    super(kInternal, toName(name), 'mark', start, 0, options?.detail == null ? null : structuredClone(options.detail));
  }
}
class PerformanceMeasure extends PerformanceEntry {
  constructor(token, ...args) {
    if (token !== kInternal) throw illegalConstructor();
    super(kInternal, ...args);
  }
}
for (const C of [PerformanceEntry, PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

function enqueue(entry) {
  for (const o of observers) o._enqueue(entry);
}

function markTime(nameOrTime, which) {
  if (nameOrTime === undefined) return which === 'start' ? 0 : now();
  if (typeof nameOrTime === 'number') return nameOrTime;
  for (let i = kEntries.length - 1; i >= 0; i--) {
    if (kEntries[i].entryType === 'mark' && kEntries[i].name === nameOrTime) return kEntries[i].startTime;
  }
  const { DOMException } = require('internal/dom_exception');
  throw new DOMException(`The "${nameOrTime}" performance mark has not been set`, 'SyntaxError');
}

// Not measured: nodec has no loop idle-time accounting yet, so the loop reads as idle.
function eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }

// Wraps fn so each call (or `new`) emits a 'function' entry; the arguments are
// indexed on the entry, as node does. A histogram option records durations (ns).
function timerify(fn, options = {}) {
  const { validateFunction, validateObject } = require('internal/validators');
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const histogram = options.histogram;
  if (histogram !== undefined && (histogram === null || typeof histogram.record !== 'function')) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const finish = (start, args) => {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    const entry = new PerformanceEntry(kInternal, fn.name, 'function', start, duration);
    for (let i = 0; i < args.length; i++) entry[i] = args[i];
    enqueue(entry);
  };
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && result !== null && typeof result?.finally === 'function') {
      // Async functions: the entry covers the time until the promise settles.
      return result.finally(() => finish(start, args));
    }
    finish(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

const performance = {
  now,
  timeOrigin,
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    kEntries.push(m);
    enqueue(m);
    return m;
  },
  measure(name, startOrOptions, endMark) {
    let start, end, detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const { start: startMark, end: endMark2, duration } = startOrOptions;
      if (startMark === undefined && endMark2 !== undefined && duration !== undefined) {
        // Only end + duration given: the measure ends at `end`.
        end = markTime(endMark2, 'end');
        start = end - duration;
      } else {
        start = markTime(startMark, 'start');
        end = endMark2 !== undefined ? markTime(endMark2, 'end')
          : duration !== undefined ? start + duration : now();
      }
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions, 'start');
      end = markTime(endMark, 'end');
    }
    const m = new PerformanceMeasure(kInternal, toName(name), 'measure', start, end - start, detail ?? null);
    kEntries.push(m);
    enqueue(m);
    return m;
  },
  clearMarks(name) { remove('mark', name === undefined ? name : toName(name)); },
  clearMeasures(name) { remove('measure', name === undefined ? name : toName(name)); },
  clearResourceTimings() {},
  getEntries() { return kEntries.slice(); },
  getEntriesByName(name, type) { return kEntries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); },
  getEntriesByType(type) { return kEntries.filter((e) => e.entryType === type); },
  eventLoopUtilization,
  timerify,
  toJSON() { return { timeOrigin, nodeTiming: {}, eventLoopUtilization: this.eventLoopUtilization() }; },
  setResourceTimingBufferSize() {},
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

function remove(type, name) {
  for (let i = kEntries.length - 1; i >= 0; i--) {
    if (kEntries[i].entryType === type && (name === undefined || kEntries[i].name === name)) kEntries.splice(i, 1);
  }
}

class PerformanceObserverEntryList {
  constructor(entries) { this._entries = entries; }
  getEntries() { return this._entries.slice(); }
  getEntriesByType(t) { return this._entries.filter((e) => e.entryType === t); }
  getEntriesByName(n, t) { return this._entries.filter((e) => e.name === n && (t === undefined || e.entryType === t)); }
}

class PerformanceObserver {
  constructor(callback) {
    require('internal/validators').validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._buffer = [];
    this._scheduled = false;
  }
  observe(options = {}) {
    const types = options.entryTypes ?? (options.type ? [options.type] : []);
    for (const t of types) this._types.add(t);
    observers.add(this);
  }
  disconnect() { observers.delete(this); this._buffer = []; }
  takeRecords() { const b = this._buffer; this._buffer = []; return b; }
  _enqueue(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    if (!this._scheduled) {
      this._scheduled = true;
      setImmediate(() => {
        this._scheduled = false;
        const list = new PerformanceObserverEntryList(this.takeRecords());
        this._callback(list, this);
      });
    }
  }
  static get supportedEntryTypes() { return ['function', 'mark', 'measure']; }
}

module.exports = {
  performance, timerify, eventLoopUtilization, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList,
  constants: { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16 },
};
