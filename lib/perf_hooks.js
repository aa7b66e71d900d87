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

const { EventTarget, Event } = require('internal/event_target');

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
    if (arguments.length === 1) return; // a subclass with its own getters (PerformanceResourceTiming)
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
  if (milestoneNames.includes(nameOrTime)) return readMilestones()[milestoneNames.indexOf(nameOrTime)];
  for (let i = kEntries.length - 1; i >= 0; i--) {
    if (kEntries[i].entryType === 'mark' && kEntries[i].name === nameOrTime) return kEntries[i].startTime;
  }
  const { DOMException } = require('internal/dom_exception');
  throw new DOMException(`The "${nameOrTime}" performance mark has not been set`, 'SyntaxError');
}

// ---- runtime milestones and loop metrics (internalBinding('performance'), times in ms from timeOrigin)
const perfBinding = internalBinding('performance');
const milestoneBuf = new Float64Array(7);
const milestoneNames = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit'];
function readMilestones() {
  perfBinding.milestones(milestoneBuf);
  return milestoneBuf;
}

class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kInternal) throw illegalConstructor();
    const desc = (get) => ({ __proto__: null, enumerable: true, configurable: true, get });
    Object.defineProperties(this, {
      name: { __proto__: null, enumerable: true, configurable: true, value: 'node' },
      entryType: { __proto__: null, enumerable: true, configurable: true, value: 'node' },
      startTime: { __proto__: null, enumerable: true, configurable: true, value: 0 },
      duration: desc(() => now()),
      nodeStart: desc(() => readMilestones()[0]),
      v8Start: desc(() => readMilestones()[1]),
      bootstrapComplete: desc(() => readMilestones()[3]),
      environment: desc(() => readMilestones()[2]),
      loopStart: desc(() => readMilestones()[4]),
      loopExit: desc(() => readMilestones()[5]),
      idleTime: desc(() => perfBinding.loopIdleTime()),
    });
  }
  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart: this.nodeStart, v8Start: this.v8Start, bootstrapComplete: this.bootstrapComplete,
      environment: this.environment, loopStart: this.loopStart, loopExit: this.loopExit, idleTime: this.idleTime,
    };
  }
}
Object.defineProperty(PerformanceNodeTiming.prototype, Symbol.toStringTag, { value: 'PerformanceNodeTiming', configurable: true });
let nodeTiming;

// Event loop utilization from the loop's idle time (libuv UV_METRICS_IDLE_TIME): active is the time
// since the loop started minus the time it spent waiting in poll.
function eventLoopUtilization(util1, util2) {
  const m = readMilestones();
  const loopStart = m[4];
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idleDelta = util1.idle - util2.idle;
    const activeDelta = util1.active - util2.active;
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
  }
  const idle = m[6];
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

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

// ---- resource timing (performance.markResourceTiming, as fetch implementations call it)
let resourceBufferSize = 250;
const resourceBuffer = [];
const resourceSecondary = [];
let resourceFullPending = false;

const kTiming = Symbol('kTiming');
class PerformanceResourceTiming extends PerformanceEntry {
  constructor(token, name, type, timingInfo, initiatorType, cacheMode, bodyInfo, responseStatus, deliveryType) {
    if (token !== kInternal) throw illegalConstructor();
    super(kInternal); // name/entryType/startTime/duration are getters on this prototype, as node's
    this[kTiming] = { name, type, timingInfo, initiatorType, cacheMode, bodyInfo, responseStatus, deliveryType };
  }
  get name() { return resourceTiming(this).name; }
  get entryType() { return resourceTiming(this).type; }
  get startTime() { return resourceTiming(this).timingInfo.startTime; }
  get duration() { const t = resourceTiming(this).timingInfo; return t.endTime - t.startTime; }
  get initiatorType() { return resourceTiming(this).initiatorType; }
  get workerStart() { return resourceTiming(this).timingInfo.finalServiceWorkerStartTime; }
  get redirectStart() { return resourceTiming(this).timingInfo.redirectStartTime; }
  get redirectEnd() { return resourceTiming(this).timingInfo.redirectEndTime; }
  get fetchStart() { return resourceTiming(this).timingInfo.postRedirectStartTime; }
  get domainLookupStart() { return resourceTiming(this).timingInfo.finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return resourceTiming(this).timingInfo.finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return resourceTiming(this).timingInfo.finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return resourceTiming(this).timingInfo.finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() {
    return resourceTiming(this).timingInfo.finalConnectionTimingInfo?.secureConnectionStartTime;
  }
  get nextHopProtocol() { return resourceTiming(this).timingInfo.finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return resourceTiming(this).timingInfo.finalNetworkRequestStartTime; }
  get responseStart() { return resourceTiming(this).timingInfo.finalNetworkResponseStartTime; }
  get responseEnd() { return resourceTiming(this).timingInfo.endTime; }
  get encodedBodySize() { return resourceTiming(this).timingInfo.encodedBodySize; }
  get decodedBodySize() { return resourceTiming(this).timingInfo.decodedBodySize; }
  get transferSize() {
    const r = resourceTiming(this);
    if (r.cacheMode === 'local') return 0;
    if (r.cacheMode === 'validated') return 300;
    return r.timingInfo.encodedBodySize + 300;
  }
  get deliveryType() { return resourceTiming(this).deliveryType; }
  get responseStatus() { return resourceTiming(this).responseStatus; }
  toJSON() {
    return {
      name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration,
      initiatorType: this.initiatorType, nextHopProtocol: this.nextHopProtocol, workerStart: this.workerStart,
      redirectStart: this.redirectStart, redirectEnd: this.redirectEnd, fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart, domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart, connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart, requestStart: this.requestStart,
      responseStart: this.responseStart, responseEnd: this.responseEnd, transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize, decodedBodySize: this.decodedBodySize,
      responseStatus: this.responseStatus, deliveryType: this.deliveryType,
    };
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const o = this.toJSON();
    const shown = { __proto__: { constructor: PerformanceResourceTiming } };
    for (const k of ['name', 'entryType', 'startTime', 'duration', 'initiatorType', 'nextHopProtocol',
      'workerStart', 'redirectStart', 'redirectEnd', 'fetchStart', 'domainLookupStart', 'domainLookupEnd',
      'connectStart', 'connectEnd', 'secureConnectionStart', 'requestStart', 'responseStart', 'responseEnd',
      'transferSize', 'encodedBodySize', 'decodedBodySize', 'deliveryType', 'responseStatus']) shown[k] = o[k];
    return `PerformanceResourceTiming ${inspect({ ...shown }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
function resourceTiming(entry) {
  if (entry === null || typeof entry !== 'object' || !(kTiming in entry)) {
    const { ERR_INVALID_THIS } = require('internal/errors').codes;
    throw new ERR_INVALID_THIS('PerformanceResourceTiming');
  }
  return entry[kTiming];
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

function addResourceEntry(entry) {
  enqueue(entry);
  if (resourceBuffer.length < resourceBufferSize && resourceSecondary.length === 0) {
    resourceBuffer.push(entry);
    return;
  }
  resourceSecondary.push(entry);
  if (!resourceFullPending) {
    resourceFullPending = true;
    setImmediate(fireResourceBufferFull);
  }
}
// 'resourcetimingbufferfull': listeners may clear or grow the buffer; entries that still do not
// fit are dropped (the W3C resource timing buffer-full algorithm).
function fireResourceBufferFull() {
  while (resourceSecondary.length > 0) {
    const before = resourceBuffer.length;
    if (before >= resourceBufferSize) {
      performance.dispatchEvent(new Event('resourcetimingbufferfull'));
    }
    const room = resourceBufferSize - resourceBuffer.length;
    if (room <= 0 && resourceBuffer.length >= before) {
      resourceSecondary.length = 0;
      break;
    }
    resourceBuffer.push(...resourceSecondary.splice(0, Math.max(room, 0)));
  }
  resourceFullPending = false;
}

// The timeline in startTime order (stable: equal times keep insertion order).
const byStartTime = (a, b) => a.startTime - b.startTime;
function allEntries() {
  return kEntries.concat(resourceBuffer).sort(byStartTime);
}

class Performance extends EventTarget {
  constructor(token) {
    if (token !== kInternal) throw illegalConstructor();
    super();
  }
  now() { return now(); }
  get timeOrigin() { return timeOrigin; }
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    kEntries.push(m);
    enqueue(m);
    return m;
  }
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
  }
  clearMarks(name) { remove('mark', name === undefined ? name : toName(name)); }
  clearMeasures(name) { remove('measure', name === undefined ? name : toName(name)); }
  clearResourceTimings(name) {
    if (name === undefined) {
      resourceBuffer.length = 0;
      return;
    }
    const n = toName(name);
    for (let i = resourceBuffer.length - 1; i >= 0; i--) if (resourceBuffer[i].name === n) resourceBuffer.splice(i, 1);
  }
  getEntries() { return allEntries(); }
  getEntriesByName(name, type) {
    if (arguments.length === 0) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('name');
    }
    name = toName(name);
    return allEntries().filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }
  getEntriesByType(type) {
    if (arguments.length === 0) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('type');
    }
    type = toName(type);
    if (type === 'resource') return resourceBuffer.slice().sort(byStartTime);
    return kEntries.filter((e) => e.entryType === type).sort(byStartTime);
  }
  setResourceTimingBufferSize(maxSize) {
    if (arguments.length === 0) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('maxSize');
    }
    maxSize = Number(maxSize);
    resourceBufferSize = maxSize >>> 0;
  }
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }
  get nodeTiming() {
    nodeTiming ??= new PerformanceNodeTiming(kInternal);
    return nodeTiming;
  }
  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo, responseStatus,
    deliveryType = '') {
    const entry = new PerformanceResourceTiming(kInternal, requestedUrl, 'resource', timingInfo, initiatorType,
      cacheMode, bodyInfo, responseStatus, deliveryType);
    addResourceEntry(entry);
    return entry;
  }
  get onresourcetimingbufferfull() { return this[kBufferFullHandler] ?? null; }
  set onresourcetimingbufferfull(fn) {
    if (this[kBufferFullHandler]) this.removeEventListener('resourcetimingbufferfull', this[kBufferFullHandler]);
    this[kBufferFullHandler] = typeof fn === 'function' ? fn : null;
    if (typeof fn === 'function') this.addEventListener('resourcetimingbufferfull', fn);
  }
}
const kBufferFullHandler = Symbol('kBufferFullHandler');
// The same functions as the module's exports (perf_hooks.eventLoopUtilization === performance.eventLoopUtilization).
Performance.prototype.eventLoopUtilization = eventLoopUtilization;
Performance.prototype.timerify = timerify;
for (const name of ['now', 'timeOrigin', 'mark', 'measure', 'clearMarks', 'clearMeasures', 'clearResourceTimings',
  'getEntries', 'getEntriesByName', 'getEntriesByType', 'setResourceTimingBufferSize', 'toJSON',
  'eventLoopUtilization', 'nodeTiming', 'markResourceTiming', 'timerify', 'onresourcetimingbufferfull']) {
  const desc = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Performance.prototype, name, desc);
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
const performance = new Performance(kInternal);

function remove(type, name) {
  for (let i = kEntries.length - 1; i >= 0; i--) {
    if (kEntries[i].entryType === type && (name === undefined || kEntries[i].name === name)) kEntries.splice(i, 1);
  }
}

class PerformanceObserverEntryList {
  constructor(token, entries) {
    if (token !== kInternal) throw illegalConstructor();
    this[kListEntries] = entries.sort((a, b) => a.startTime - b.startTime);
  }
  getEntries() { return this[kListEntries].slice(); }
  getEntriesByType(t) {
    t = `${t}`;
    return this[kListEntries].filter((e) => e.entryType === t);
  }
  getEntriesByName(n, t) {
    n = `${n}`;
    return this[kListEntries].filter((e) => e.name === n && (t === undefined || e.entryType === `${t}`));
  }
}
const kListEntries = Symbol('kListEntries');
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', configurable: true,
});

const supportedEntryTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource'];
// Index of each type that has a slot in internalBinding('performance').observerCounts.
const observerCountIndex = { gc: 0, http: 1, http2: 2, net: 3, dns: 4 };
const observerCounts = perfBinding.observerCounts;

const kTypes = Symbol('kTypes');
const kBuffer = Symbol('kBuffer');
const kCallback = Symbol('kCallback');
const kMode = Symbol('kMode');
class PerformanceObserver {
  constructor(callback) {
    require('internal/validators').validateFunction(callback, 'callback');
    this[kCallback] = callback;
    this[kTypes] = new Set();
    this[kBuffer] = [];
    this[kMode] = undefined;
    this._scheduled = false;
    Object.defineProperty(this, '_scheduled', { enumerable: false });
  }
  observe(options = {}) {
    const { validateObject, validateStringArray } = require('internal/validators');
    const { ERR_MISSING_ARGS, ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    let types;
    if (entryTypes !== undefined) {
      if (typeof validateStringArray === 'function') validateStringArray(entryTypes, 'options.entryTypes');
      else if (!Array.isArray(entryTypes)) {
        const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      if (this[kMode] === 'single') {
        const { ERR_INVALID_ARG_VALUE: E } = require('internal/errors').codes;
        throw new E('options.entryTypes', entryTypes, 'can not change observer mode');
      }
      this[kMode] = 'multiple';
      this.#clearTypes();
      types = entryTypes.filter((t) => supportedEntryTypes.includes(t));
    } else {
      if (typeof type !== 'string') {
        const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
        throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
      }
      this[kMode] = 'single';
      types = supportedEntryTypes.includes(type) ? [type] : [];
    }
    for (const t of types) {
      if (this[kTypes].has(t)) continue;
      this[kTypes].add(t);
      if (observerCountIndex[t] !== undefined) observerCounts[observerCountIndex[t]]++;
    }
    if (this[kTypes].size === 0) {
      observers.delete(this);
      return;
    }
    observers.add(this);
    if (buffered && type !== undefined) {
      const existing = type === 'resource' ? resourceBuffer : kEntries.filter((e) => e.entryType === type);
      for (const e of existing) this._enqueue(e);
    }
  }
  #clearTypes() {
    for (const t of this[kTypes]) {
      if (observerCountIndex[t] !== undefined) observerCounts[observerCountIndex[t]]--;
    }
    this[kTypes].clear();
  }
  disconnect() {
    observers.delete(this);
    this.#clearTypes();
    this[kBuffer] = [];
    this[kMode] = undefined;
  }
  takeRecords() {
    const b = this[kBuffer];
    this[kBuffer] = [];
    return b;
  }
  _enqueue(entry) {
    if (!this[kTypes].has(entry.entryType)) return;
    this[kBuffer].push(entry);
    if (!this._scheduled) {
      this._scheduled = true;
      setImmediate(() => {
        this._scheduled = false;
        if (this[kBuffer].length === 0) return;
        const list = new PerformanceObserverEntryList(kInternal, this.takeRecords());
        this[kCallback].call(this, list, this);
      });
    }
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: this[kBuffer].length > 0,
      entryTypes: [...this[kTypes]],
      buffer: this[kBuffer],
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
  static get supportedEntryTypes() { return supportedEntryTypes.slice(); }
}
for (const name of ['observe', 'disconnect', 'takeRecords']) {
  const desc = Object.getOwnPropertyDescriptor(PerformanceObserver.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(PerformanceObserver.prototype, name, desc);
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, { value: 'PerformanceObserver', configurable: true });

require('internal/perf/observe').setTimeline({
  now,
  report(name, type, startTime, duration, detail) {
    enqueue(new PerformanceEntry(kInternal, name, type, startTime, duration, detail));
  },
});

const { createHistogram } = require('internal/perf/histogram');
const { monitorEventLoopDelay } = require('internal/perf/event_loop_delay');

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};
for (const [name, value] of Object.entries(observerCountIndex)) {
  Object.defineProperty(constants, `NODE_PERFORMANCE_ENTRY_TYPE_${name.toUpperCase()}`, {
    __proto__: null, value, enumerable: false, writable: false, configurable: false,
  });
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
  constants,
};
