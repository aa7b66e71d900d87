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

class PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    this.name = name; this.entryType = type; this.startTime = start; this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
}
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    const start = options.startTime ?? now();
    super(`${name}`, 'mark', start, 0, options.detail === undefined ? null : structuredClone(options.detail));
  }
}
class PerformanceMeasure extends PerformanceEntry {}

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
      start = markTime(startOrOptions.start, 'start');
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end, 'end')
        : startOrOptions.duration !== undefined ? start + startOrOptions.duration : now();
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions, 'start');
      end = markTime(endMark, 'end');
    }
    const m = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail ?? null);
    kEntries.push(m);
    enqueue(m);
    return m;
  },
  clearMarks(name) { remove('mark', name); },
  clearMeasures(name) { remove('measure', name); },
  clearResourceTimings() {},
  getEntries() { return kEntries.slice(); },
  getEntriesByName(name, type) { return kEntries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); },
  getEntriesByType(type) { return kEntries.filter((e) => e.entryType === type); },
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; },
  timerify(fn) {
    const wrapped = function (...args) {
      const s = now();
      const r = new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
      enqueue(new PerformanceEntry(fn.name, 'function', s, now() - s));
      return r;
    };
    Object.defineProperty(wrapped, 'name', { value: `timerified ${fn.name}` });
    return wrapped;
  },
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
  performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceObserverEntryList,
  constants: { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16 },
};
