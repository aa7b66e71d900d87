'use strict';
// Timing entries reported by node:net ('net'), node:http ('http') and node:dns ('dns') to
// PerformanceObservers. The modules ask hasObserver(type) first, which reads the observer counts
// perf_hooks keeps in internalBinding('performance') and so never loads perf_hooks itself; an
// observer existing means perf_hooks is loaded and has registered its timeline here.

const { observerCounts } = internalBinding('performance');
const countIndex = { __proto__: null, gc: 0, http: 1, http2: 2, net: 3, dns: 4 };

let timeline = null; // { now(), report(name, type, startTime, duration, detail) } from perf_hooks

function setTimeline(t) { timeline = t; }

function hasObserver(type) {
  const i = countIndex[type];
  return timeline !== null && i !== undefined && observerCounts !== undefined && observerCounts[i] > 0;
}

// Remembers on target[key] when an operation began; context is { type, name, detail }.
function startPerf(target, key, context) {
  if (timeline === null) return;
  target[key] = { type: context.type, name: context.name, detail: context.detail, startTime: timeline.now() };
}

// Reports the operation started by startPerf(target, key), with its detail extended by
// context.detail, and forgets it.
function stopPerf(target, key, context = {}) {
  const ctx = target[key];
  if (!ctx || timeline === null) return;
  target[key] = undefined;
  const duration = timeline.now() - ctx.startTime;
  timeline.report(ctx.name, ctx.type, ctx.startTime, duration, { ...ctx.detail, ...context.detail });
}

module.exports = { hasObserver, startPerf, stopPerf, setTimeline };
