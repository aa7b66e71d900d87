'use strict';
// Histogram / RecordableHistogram (perf_hooks.createHistogram, monitorEventLoopDelay).
// An HDR-style histogram kept in JS: values below 2 * 10^figures (rounded up to a power of two) are
// counted exactly; above that, each power-of-two range is split into the same number of equal buckets,
// so a value is known to `figures` significant digits. Percentiles report a bucket's highest value.

const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateNumber, validateObject, validateInteger } = require('internal/validators');

const kState = Symbol('kState');
const kConstruct = Symbol('kConstruct');
const kMaxInt64 = 9223372036854775807n;

class HistogramState {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    this.figures = figures;
    let sub = 1;
    while (sub < 2 * 10 ** figures) sub *= 2;
    this.subBuckets = sub;
    this.reset();
  }
  reset() {
    this.counts = new Map();
    this.sorted = null;
    this.count = 0;
    this.min = Infinity;
    this.max = 0;
    this.sum = 0;
    this.sumSquares = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }
  // [bucket start, bucket highest value] for a value.
  bucketOf(v) {
    if (v < this.subBuckets) return v;
    const shift = Math.floor(Math.log2(v)) - Math.log2(this.subBuckets) + 1;
    const width = 2 ** shift;
    return Math.floor(v / width) * width;
  }
  highestEquivalent(start) {
    if (start < this.subBuckets) return start;
    const shift = Math.floor(Math.log2(start)) - Math.log2(this.subBuckets) + 1;
    return start + 2 ** shift - 1;
  }
  record(v, n = 1) {
    if (v > this.highest) {
      this.exceeds += n;
      return;
    }
    const b = this.bucketOf(v);
    this.counts.set(b, (this.counts.get(b) ?? 0) + n);
    this.sorted = null;
    this.count += n;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    this.sum += v * n;
    this.sumSquares += v * v * n;
  }
  keys() {
    this.sorted ??= [...this.counts.keys()].sort((a, b) => a - b);
    return this.sorted;
  }
  mean() { return this.count === 0 ? NaN : this.sum / this.count; }
  stddev() {
    if (this.count === 0) return NaN;
    const m = this.sum / this.count;
    const variance = this.sumSquares / this.count - m * m;
    return variance <= 0 ? 0 : Math.sqrt(variance);
  }
  percentile(p) {
    if (this.count === 0) return 0;
    const target = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (const k of this.keys()) {
      seen += this.counts.get(k);
      if (seen >= target) return Math.min(this.highestEquivalent(k), this.max);
    }
    return this.max;
  }
  percentiles() {
    const out = new Map();
    if (this.count === 0) {
      out.set(100, 0);
      return out;
    }
    // As HDR's percentile iterator: 0 first, then halving the remaining distance to 100.
    out.set(0, this.percentile(0));
    let seen = 0;
    let step = 50;
    let next = 50;
    const keys = this.keys();
    for (const k of keys) {
      seen += this.counts.get(k);
      const value = Math.min(this.highestEquivalent(k), this.max);
      while ((seen / this.count) * 100 >= next && next < 100) {
        out.set(next, value);
        step /= 2;
        next += step;
        if (step < 1e-9) break;
      }
    }
    out.set(100, this.max);
    return out;
  }
}

function validateThis(h) {
  if (h === null || typeof h !== 'object' || !(kState in h)) throw new ERR_INVALID_THIS('Histogram');
  return h[kState];
}

const toBig = (n) => BigInt(Math.round(n));

class Histogram {
  constructor(token, state) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = state;
  }
  get count() { return validateThis(this).count; }
  get countBigInt() { return BigInt(validateThis(this).count); }
  get min() {
    const s = validateThis(this);
    return s.count === 0 ? 9223372036854776000 : s.min;
  }
  get minBigInt() {
    const s = validateThis(this);
    return s.count === 0 ? kMaxInt64 : toBig(s.min);
  }
  get max() { return validateThis(this).max; }
  get maxBigInt() { return toBig(validateThis(this).max); }
  get mean() { return validateThis(this).mean(); }
  get exceeds() { return validateThis(this).exceeds; }
  get exceedsBigInt() { return BigInt(validateThis(this).exceeds); }
  get stddev() { return validateThis(this).stddev(); }
  percentile(percentile) {
    const s = validateThis(this);
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return s.percentile(percentile);
  }
  percentileBigInt(percentile) {
    const s = validateThis(this);
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return toBig(s.percentile(percentile));
  }
  get percentiles() { return validateThis(this).percentiles(); }
  get percentilesBigInt() {
    const out = new Map();
    for (const [k, v] of validateThis(this).percentiles()) out.set(k, toBig(v));
    return out;
  }
  reset() { validateThis(this).reset(); }
  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return `[${this.constructor.name}]`;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}

function toValue(val, name) {
  if (typeof val === 'bigint') {
    if (val < 1n || val > BigInt(Number.MAX_SAFE_INTEGER)) throw new ERR_OUT_OF_RANGE(name, `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, val);
    return Number(val);
  }
  if (typeof val !== 'number') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'bigint'], val);
  validateInteger(val, name, 1);
  return val;
}

const kHrtime = new Uint32Array(3);
const processMethods = internalBinding('process_methods');

class RecordableHistogram extends Histogram {
  constructor(token, state) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, state);
  }
  record(val) {
    const s = validateThis(this);
    s.record(toValue(val, 'val'));
  }
  // Records the nanoseconds since the previous recordDelta() call (nothing on the first call).
  recordDelta() {
    const s = validateThis(this);
    const now = processMethods.hrtime(kHrtime);
    if (s.prevDelta !== 0) {
      const delta = now - s.prevDelta;
      if (delta >= 1) s.record(delta);
    }
    s.prevDelta = now;
  }
  add(other) {
    const s = validateThis(this);
    if (other === null || typeof other !== 'object' || !(kState in other) || !(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    const o = other[kState];
    if (o.count !== 0) {
      for (const [k, n] of o.counts) s.counts.set(k, (s.counts.get(k) ?? 0) + n);
      s.sorted = null;
      s.count += o.count;
      s.min = Math.min(s.min, o.min);
      s.max = Math.max(s.max, o.max);
      s.sum += o.sum;
      s.sumSquares += o.sumSquares;
    }
    s.exceeds += o.exceeds;
  }
}

function validateLimit(value, name, min, max) {
  if (typeof value === 'bigint') {
    if (value < BigInt(min) || value > BigInt(max)) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    return Number(value);
  }
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'bigint'], value);
  validateInteger(value, name, min, max);
  return value;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const lo = validateLimit(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  const hi = validateLimit(highest, 'options.highest', 2 * lo, Number.MAX_SAFE_INTEGER);
  if (typeof figures !== 'number') throw new ERR_INVALID_ARG_TYPE('options.figures', 'number', figures);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, new HistogramState(lo, hi, figures));
}

function makeHistogramState(lowest, highest, figures) { return new HistogramState(lowest, highest, figures); }

module.exports = {
  Histogram, RecordableHistogram, createHistogram, kConstruct, kState, makeHistogramState,
};
