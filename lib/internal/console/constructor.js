'use strict';
// The Console class: formatting through util.formatWithOptions, writing to its streams.

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kIndent = Symbol('indent');
const kWrite = Symbol('write');
const kColorMode = Symbol('colorMode');
const kInspectOptions = Symbol('inspectOptions');

let inspectModule;
function lazyInspect() { return (inspectModule ??= require('internal/util/inspect')); }

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  let stdout = options;
  let colorMode = 'auto';
  let inspectOptions;
  let groupIndentation = 2;
  if (options && typeof options.write !== 'function') {
    ({ stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation = 2 } = options);
  }
  if (!stdout || typeof stdout.write !== 'function') {
    const { ERR_CONSOLE_WRITABLE_STREAM } = require('internal/errors').codes;
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr) stderr = stdout;
  else if (typeof stderr.write !== 'function') {
    const { ERR_CONSOLE_WRITABLE_STREAM } = require('internal/errors').codes;
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  Object.defineProperty(this, '_stdout', { value: stdout, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(this, '_stderr', { value: stderr, writable: true, configurable: true, enumerable: false });
  this[kCounts] = new Map();
  this[kTimers] = new Map();
  this[kIndent] = '';
  this[kColorMode] = colorMode;
  this[kInspectOptions] = inspectOptions;
  this._ignoreErrors = ignoreErrors !== false;
  this._groupIndentation = groupIndentation;
  // Methods are bound, so `const { log } = console` works as in node.
  for (const key of Object.getOwnPropertyNames(Console.prototype)) {
    if (key === 'constructor' || typeof Console.prototype[key] !== 'function') continue;
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
}

function useColors(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return !!mode;
  if (!stream.isTTY) return false;
  if (typeof stream.hasColors === 'function') return stream.hasColors();
  return false;
}

// As node: a failed console write (EPIPE when `| head` has gone) must not become an uncaught
// 'error': the write's callback runs before the stream emits it, and parks a no-op listener.
function noop() {}
function onConsoleWriteError(err) {
  if (err && !this._writableState?.errorEmitted && this.listenerCount('error') === 0) this.once('error', noop);
}
// One handler per stream: Writable batches the callbacks of synchronous writes into a single tick
// only while it is the same function.
const writeErrorHandlers = new WeakMap();
function writeErrorHandler(stream) {
  let h = writeErrorHandlers.get(stream);
  if (h === undefined) {
    h = onConsoleWriteError.bind(stream);
    writeErrorHandlers.set(stream, h);
  }
  return h;
}

Console.prototype[kWrite] = function (stream, text) {
  const indent = this[kIndent];
  if (indent !== '') {
    text = indent + (text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
  }
  text += '\n';
  if (this._ignoreErrors === false) {
    stream.write(text);
    return;
  }
  try {
    stream.write(text, writeErrorHandler(stream));
  } catch (e) {
    // Like node: console never throws for a broken stream; stack overflows still surface.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
  }
};

Console.prototype._format = function (stream, args) {
  const opts = this[kInspectOptions];
  const colors = useColors(this, stream);
  const { formatWithOptions } = lazyInspect();
  return formatWithOptions(opts ? { ...opts, colors } : colors ? { colors } : kNoColors, ...args);
};
const kNoColors = { colors: false };

Object.assign(Console.prototype, {
  log(...args) { this[kWrite](this._stdout, this._format(this._stdout, args)); },
  warn(...args) { this[kWrite](this._stderr, this._format(this._stderr, args)); },
  dir(object, options) {
    const { inspect } = lazyInspect();
    this[kWrite](this._stdout, inspect(object, {
      customInspect: false, ...this[kInspectOptions], colors: useColors(this, this._stdout), ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: this._format(this._stderr, args) };
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  },
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') this._stdout.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const n = (this[kCounts].get(label) ?? 0) + 1;
    this[kCounts].set(label, n);
    this.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kIndent] += ' '.repeat(this._groupIndentation);
  },
  groupEnd() {
    this[kIndent] = this[kIndent].slice(0, this[kIndent].length - this._groupIndentation);
  },
  table(tabularData, properties) {
    if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(require('internal/console/table').renderTable(tabularData, properties, lazyInspect().inspect));
  },
  profile() {}, profileEnd() {}, timeStamp() {}, context() { return this; },
});
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

function formatTime(ms) {
  let hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) { hours = Math.floor(ms / 3600000); ms %= 3600000; }
      minutes = Math.floor(ms / 60000); ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, msPart] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : `${minutes}`;
    return `${res}:${s.padStart(2, '0')}.${msPart} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(console, name, label, data) {
  const start = console[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const text = `${label}: ${formatTime(ms)}`;
  if (data === undefined) console.log(text);
  else console.log(text, ...data);
  return true;
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance !== null && typeof instance === 'object' && kCounts in instance; },
});

module.exports = { Console, formatTime };
