'use strict';
// Error stacks in V8's shape on JavaScriptCore.
// JSC writes frames as `fn@file:line:col`; node programs (and people) expect
// `Error: msg\n    at fn (file:line:col)`. We translate:
//  - eagerly for errors constructed from JS (the global Error constructors are thin wrappers that
//    install a lazily translated `stack`), and in Error.captureStackTrace;
//  - at print time (inspect, uncaught exceptions) for errors the engine makes itself.

const NativeError = globalThis.Error;
const nativeCapture = NativeError.captureStackTrace;
const contextify = internalBinding('contextify');
const wrapperColumnOffset = contextify.wrapperColumnOffset;
const kRaw = Symbol('kRawJSCStack');

// JSC-internal frames with no node equivalent.
const hiddenNative = new Set([
  'promiseReactionJob', 'promiseReactionJobWithoutPromise', 'asyncFunctionResume',
  'promiseResolveThenableJob', 'asyncGeneratorResumeNext', 'asyncGeneratorBodyCallNormal',
  'construct',
]);

// Files compiled with the CommonJS wrapper on their first line: columns there are shifted.
const wrappedFiles = new Set();
function markWrapped(filename) { wrappedFiles.add(filename); }

function parseFrame(line) {
  const at = line.indexOf('@');
  const fn = at === -1 ? line : line.slice(0, at);
  const loc = at === -1 ? '' : line.slice(at + 1);
  if (loc === '[native code]' || loc === '') return { fn, native: true };
  const c2 = loc.lastIndexOf(':');
  const c1 = loc.lastIndexOf(':', c2 - 1);
  let lineNo = +loc.slice(c1 + 1, c2);
  let col = +loc.slice(c2 + 1);
  if (c1 === -1 || Number.isNaN(lineNo) || Number.isNaN(col)) return { fn, file: loc, native: false, line: 0, col: 0 };
  const file = loc.slice(0, c1);
  if (lineNo === 1 && wrappedFiles.has(file)) col = Math.max(1, col - wrapperColumnOffset);
  return { fn, file, line: lineNo, col, native: false };
}

function parseStack(raw) {
  const frames = [];
  if (typeof raw !== 'string' || raw === '') return frames;
  for (const l of raw.split('\n')) {
    if (l === '') continue;
    const f = parseFrame(l);
    if (f.native && (f.fn === '' || hiddenNative.has(f.fn))) continue;
    if (!f.native && f.file.startsWith('node:internal/error_stack')) continue;
    frames.push(f);
  }
  return frames;
}

function formatFrame(f) {
  if (f.native) return `    at ${f.fn || '<anonymous>'} (native)`;
  const loc = `${f.file}:${f.line}:${f.col}`;
  switch (f.fn) {
    case '': case 'module code': case 'eval code': return `    at ${loc}`;
    case 'global code': return f.file.startsWith('[') ? `    at ${loc}` : `    at Object.<anonymous> (${loc})`;
    case '__nodec_module__': return `    at Object.<anonymous> (${loc})`;
    default: return `    at ${f.fn} (${loc})`;
  }
}

// Is this already V8-shaped (our own or a library's)?
function isV8Stack(s) {
  return /\n {4}at /.test(s) || /^[^\n@]*$/.test(s);
}

let kIsNodeError;
function header(err) {
  let name, message;
  try { name = err.name; } catch { name = undefined; }
  try { message = err.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (kIsNodeError === undefined) {
    try { kIsNodeError = require('internal/errors').kIsNodeError ?? null; } catch { kIsNodeError = null; }
  }
  if (kIsNodeError && err[kIsNodeError] && err.code !== undefined) name = `${name} [${err.code}]`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function framesText(frames, limit = NativeError.stackTraceLimit) {
  if (typeof limit !== 'number') limit = 10;
  let out = '';
  for (let i = 0; i < frames.length && i < limit; i++) out += '\n' + formatFrame(frames[i]);
  return out;
}

// The V8-style stack of any error value (string), for printing.
function v8Stack(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return String(err);
  let stack;
  try { stack = err.stack; } catch { stack = undefined; }
  if (typeof stack !== 'string') return header(err);
  if (err[kRaw] === undefined && isV8Stack(stack) && stack !== '') return stack;
  // Error.prepareStackTrace decided the text: print it as is.
  if (err[kRaw] !== undefined && typeof PublicError?.prepareStackTrace === 'function') return stack;
  return header(err) + framesText(parseStack(err[kRaw] ?? stack));
}

// First user-visible frame: where the error happened, for the source line + caret.
function errorLocation(err) {
  if (err === null || typeof err !== 'object') return undefined;
  let raw;
  try { raw = err[kRaw] ?? err.stack; } catch { return undefined; }
  if (err instanceof SyntaxError && typeof err.line === 'number' && err.sourceURL !== undefined) {
    return { file: err.sourceURL, line: err.line, col: err.column ?? 0 };
  }
  if (typeof raw !== 'string') return undefined;
  if (isV8Stack(raw)) {
    const m = /\n {4}at (?:.*? \()?(.*?):(\d+):(\d+)\)?/.exec(raw);
    return m ? { file: m[1], line: +m[2], col: +m[3] } : undefined;
  }
  for (const f of parseStack(raw)) if (!f.native) return { file: f.file, line: f.line, col: f.col };
  return undefined;
}

// V8's CallSite objects, as Error.prepareStackTrace(error, callSites) receives them.
class CallSite {
  #f;
  constructor(frame) { this.#f = frame; }
  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() {
    const fn = this.#f.fn;
    if (fn === '' || fn === 'global code' || fn === 'module code' || fn === 'eval code' || fn === '__nodec_module__') {
      return null;
    }
    return fn;
  }
  getMethodName() { return null; }
  getFileName() { return this.#f.native ? undefined : this.#f.file; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getScriptHash() { return ''; }
  getLineNumber() { return this.#f.native ? null : this.#f.line; }
  getColumnNumber() { return this.#f.native ? null : this.#f.col; }
  getEnclosingLineNumber() { return this.getLineNumber(); }
  getEnclosingColumnNumber() { return this.getColumnNumber(); }
  getPosition() { return 0; }
  getEvalOrigin() { return undefined; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.getFunctionName() === null; }
  isEval() { return this.#f.fn === 'eval code'; }
  isNative() { return this.#f.native; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() { return formatFrame(this.#f).slice(7); }
}

let PublicError; // the global Error (wrapper) that user code sets prepareStackTrace on
let preparing = false; // as V8: a stack formatted while prepareStackTrace runs uses the default format

// The value of `stack`: Error.prepareStackTrace's result when one is set, else V8's text.
function formatStack(err, raw, limit) {
  const prepare = PublicError === undefined ? undefined : PublicError.prepareStackTrace;
  if (typeof prepare !== 'function' || preparing) return header(err) + framesText(parseStack(raw), limit);
  const frames = parseStack(raw);
  const n = typeof limit === 'number' ? Math.min(frames.length, Math.max(0, limit)) : 0;
  const sites = [];
  for (let i = 0; i < n; i++) sites.push(new CallSite(frames[i]));
  preparing = true;
  try {
    return prepare.call(PublicError, err, sites);
  } finally {
    preparing = false;
  }
}

// A lazily translated `stack` on an error that JS constructed. Assignable, like V8's.
function installStack(err, raw) {
  let cached;
  let done = false;
  const limit = NativeError.stackTraceLimit; // as V8: the limit in force when the error was made
  Object.defineProperty(err, kRaw, { value: raw, enumerable: false, configurable: true, writable: true });
  Object.defineProperty(err, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      if (!done) {
        cached = formatStack(err, raw, limit);
        done = true;
      }
      return cached;
    },
    set(v) {
      delete err[kRaw];
      Object.defineProperty(err, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
    },
  });
}

// Error.captureStackTrace(target, constructorOpt): V8's semantics, V8's format.
function captureStackTrace(target, fn) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    nativeCapture(target, fn); // throws JSC's TypeError for primitives
    return;
  }
  const holder = {};
  nativeCapture(holder, typeof fn === 'function' ? fn : undefined);
  let frames = holder.stack;
  // JSC may return a stack without the header; strip one if present.
  installStack(target, typeof frames === 'string' ? frames : '');
}

// Wrap the global Error constructors so that `new Error()` (and subclasses) get V8-style stacks.
function installErrorWrappers() {
  const names = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError',
    'AggregateError'];
  const wrappers = {};
  for (const name of names) {
    const Native = globalThis[name];
    if (typeof Native !== 'function') continue;
    const wrapper = {
      [name]: function (...args) {
        // JSC counts this wrapper's frame and Reflect.construct's against the limit; V8 would not.
        const limit = NativeError.stackTraceLimit;
        const bump = typeof limit === 'number' && limit > 0 && limit < Infinity;
        if (bump) NativeError.stackTraceLimit = limit + 2;
        let e;
        try {
          e = Reflect.construct(Native, args, new.target ?? wrappers[name]);
        } finally {
          if (bump) NativeError.stackTraceLimit = limit;
        }
        let raw;
        try { raw = e.stack; } catch { raw = ''; }
        installStack(e, typeof raw === 'string' ? raw : '');
        return e;
      },
    }[name];
    Object.defineProperty(wrapper, 'prototype', { value: Native.prototype, writable: false });
    Object.defineProperty(Native.prototype, 'constructor', {
      value: wrapper, writable: true, configurable: true, enumerable: false,
    });
    wrappers[name] = wrapper;
    Object.defineProperty(globalThis, name, { value: wrapper, writable: true, configurable: true, enumerable: false });
  }
  for (const name of names) {
    if (name !== 'Error' && wrappers[name]) Object.setPrototypeOf(wrappers[name], wrappers.Error);
  }
  const E = wrappers.Error;
  PublicError = E;
  Object.defineProperty(E, 'captureStackTrace', {
    value: captureStackTrace, writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(E, 'stackTraceLimit', {
    configurable: true, enumerable: true,
    get() { return NativeError.stackTraceLimit; },
    set(v) { NativeError.stackTraceLimit = v; },
  });
  return wrappers;
}

// JavaScriptCore words its own TypeErrors/ReferenceErrors differently from V8; programs and tests
// match node's wording. Applied where an error reaches the top (uncaught) and when printing.
const engineMessages = [
  [/^Can't find variable: (.+)$/, (m) => `${m[1]} is not defined`],
  [/^(?:undefined|null) is not an object \(evaluating '.*\.([A-Za-z_$][\w$]*)'\)$/,
    (m, msg) => `Cannot read properties of ${msg.startsWith('null') ? 'null' : 'undefined'} (reading '${m[1]}')`],
  [/^(.+) is not a function\. \(In '.*', '.*' is .*\)$/s, (m) => `${m[1]} is not a function`],
  [/^(.+) is not a constructor\. \(In '.*', '.*' is .*\)$/, (m) => `${m[1]} is not a constructor`],
  [/^Maximum call stack size exceeded\.$/, () => 'Maximum call stack size exceeded'],
];
const engineErrorNames = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);

function v8Message(err) {
  if (err === null || typeof err !== 'object' || err[kRaw] !== undefined) return; // made by JS: as written
  let name, msg;
  try { name = err.name; msg = err.message; } catch { return; }
  if (!engineErrorNames.has(name) || typeof msg !== 'string') return;
  for (const [re, fix] of engineMessages) {
    const m = re.exec(msg);
    if (m !== null) {
      try { err.message = fix(m, msg); } catch { /* frozen error: leave it */ }
      return;
    }
  }
}

// The caller frames (parsed) above `fn`, never going through Error.prepareStackTrace: for node's own
// decisions, such as whether a call comes from node_modules.
function callerFrames(fn) {
  const holder = {};
  nativeCapture(holder, fn);
  return parseStack(typeof holder.stack === 'string' ? holder.stack : '');
}

module.exports = {
  callerFrames,
  v8Message,
  v8Stack, errorLocation, parseStack, formatFrame, captureStackTrace, installErrorWrappers, markWrapped,
  NativeError, kRaw, header,
};
