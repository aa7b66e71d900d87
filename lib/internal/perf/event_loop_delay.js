'use strict';
// perf_hooks.monitorEventLoopDelay(): an unref'd repeating timer of `resolution` ms; each time it
// fires, the nanoseconds since the previous firing go into the histogram (a blocked loop shows as
// large values). Nothing is sampled while disabled.

const { validateObject, validateInteger } = require('internal/validators');
const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
const { Histogram, kConstruct, kState, makeHistogramState } = require('internal/perf/histogram');

const processMethods = internalBinding('process_methods');
const hr = new Uint32Array(3);
const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');
const kPrev = Symbol('kPrev');

class IntervalHistogram extends Histogram {
  constructor(token, state, resolution) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, state);
    this[kResolution] = resolution;
    this[kTimer] = null;
    this[kPrev] = 0;
  }
  enable() {
    if (this[kTimer] !== null) return false;
    this[kPrev] = processMethods.hrtime(hr);
    const timer = setInterval(() => {
      const t = processMethods.hrtime(hr);
      const delta = t - this[kPrev];
      this[kPrev] = t;
      if (delta >= 1) this[kState].record(delta);
    }, this[kResolution]);
    timer.unref();
    this[kTimer] = timer;
    return true;
  }
  disable() {
    if (this[kTimer] === null) return false;
    clearInterval(this[kTimer]);
    this[kTimer] = null;
    return true;
  }
  [Symbol.dispose]() { this.disable(); }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstruct, makeHistogramState(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

module.exports = { monitorEventLoopDelay, IntervalHistogram };
