'use strict';
// perf_hooks: nodeTiming milestones, eventLoopUtilization, histograms, monitorEventLoopDelay,
// resource timing buffer, observers.
const assert = require('assert');
const {
  performance, createHistogram, monitorEventLoopDelay, eventLoopUtilization, PerformanceObserver,
  PerformanceResourceTiming, Performance, constants,
} = require('perf_hooks');

const { nodeTiming } = performance;
assert.strictEqual(nodeTiming.name, 'node');
assert.ok(nodeTiming.v8Start > nodeTiming.nodeStart);
assert.ok(nodeTiming.environment > nodeTiming.v8Start);
assert.ok(nodeTiming.bootstrapComplete > nodeTiming.environment);
assert.strictEqual(nodeTiming.loopStart, -1); // the loop starts after the main script
assert.strictEqual(nodeTiming.loopExit, -1);
assert.deepStrictEqual(eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.eventLoopUtilization, eventLoopUtilization);
assert.ok(performance instanceof Performance);
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.strictEqual(constants.NODE_PERFORMANCE_ENTRY_TYPE_GC, 0);

// Histograms.
const h = createHistogram();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.min, 9223372036854776000);
assert.ok(Number.isNaN(h.mean));
for (const v of [1, 2, 3, 4, 100]) h.record(v);
h.record(5n);
assert.strictEqual(h.count, 6);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 100);
assert.strictEqual(h.mean, 115 / 6);
assert.strictEqual(h.percentile(50), 3);
assert.strictEqual(h.percentile(100), 100);
assert.strictEqual(h.percentiles.get(100), 100);
assert.throws(() => h.record(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.record('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ figures: 6 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new h.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const h2 = createHistogram();
h2.add(h);
assert.strictEqual(h2.count, 6);
assert.strictEqual(h2.max, 100);
h.reset();
assert.strictEqual(h.count, 0);
// Large values keep 3 significant figures.
const big = createHistogram();
big.record(123456789);
assert.ok(Math.abs(big.percentile(50) - 123456789) / 123456789 < 1e-3);

// Resource timing buffer.
const timing = (start, end) => ({
  startTime: start, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 0,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: 0, finalNetworkResponseStartTime: 0,
  endTime: end, encodedBodySize: 10, decodedBodySize: 10, finalConnectionTimingInfo: null,
});
const entry = performance.markResourceTiming(timing(1, 4), 'http://a/', 'fetch', globalThis, '', {}, 200, '');
assert.ok(entry instanceof PerformanceResourceTiming);
assert.strictEqual(entry.duration, 3);
assert.strictEqual(entry.transferSize, 310);
assert.strictEqual(performance.getEntriesByType('resource').length, 1);
performance.clearResourceTimings();
assert.strictEqual(performance.getEntriesByType('resource').length, 0);
performance.setResourceTimingBufferSize(1);
let full = 0;
performance.addEventListener('resourcetimingbufferfull', () => { full++; performance.setResourceTimingBufferSize(2); });
performance.markResourceTiming(timing(1, 2), 'http://b/', 'fetch', globalThis, '', {}, 200, '');
performance.markResourceTiming(timing(1, 2), 'http://c/', 'fetch', globalThis, '', {}, 200, '');

// Observers.
let observed = 0;
const obs = new PerformanceObserver((list, o) => {
  observed += list.getEntriesByType('mark').length;
  o.disconnect();
});
obs.observe({ entryTypes: ['mark'] });
performance.mark('m1');
performance.mark('m2');
assert.throws(() => obs.observe(1), { code: 'ERR_INVALID_ARG_TYPE' });

const eld = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(eld.enable(), true);
assert.strictEqual(eld.enable(), false);
const keep = setInterval(() => {}, 1000);
setTimeout(() => {
  clearInterval(keep);
  eld.disable();
  assert.ok(eld.count > 0);
  assert.ok(eld.min >= 4e6);
  assert.strictEqual(observed, 2);
  assert.ok(full >= 1);
  assert.strictEqual(performance.getEntriesByType('resource').length, 2);
  assert.ok(nodeTiming.loopStart >= nodeTiming.bootstrapComplete);
  const elu = eventLoopUtilization();
  assert.ok(elu.idle > 0 && elu.active > 0 && elu.utilization > 0 && elu.utilization < 1);
  const later = eventLoopUtilization(elu);
  assert.ok(later.idle >= 0);
}, 60);
