'use strict';

// Node-compatible error machinery: one constructor per `ERR_*` code (in `codes`),
// plus the helpers that turn libuv / errno / DNS failures into node-shaped errors.
// Messages are node 24's texts for the same arguments.

const kIsNodeError = Symbol('kIsNodeError');

// `codes` makes each error class on first access, from the table E() fills: E() is a map insertion, so
// loading this module does not build ~300 classes (that was most of its load time).
const codeDefs = new Map();
const codeClasses = {};
function makeCode(key) {
  const [message, Base] = codeDefs.get(key);
  const value = Base === SystemError ?
    makeSystemErrorWithCode(key, message) :
    makeNodeErrorWithCode(Base, key, message);
  Object.defineProperty(codeClasses, key, { value, writable: true, configurable: true, enumerable: true });
  return value;
}
const codes = new Proxy(codeClasses, {
  get(target, key, receiver) {
    if (Object.prototype.hasOwnProperty.call(target, key) || typeof key !== 'string' || !codeDefs.has(key)) {
      return Reflect.get(target, key, receiver);
    }
    return makeCode(key);
  },
  has(target, key) { return Reflect.has(target, key) || codeDefs.has(key); },
  ownKeys(target) {
    const keys = new Set(Reflect.ownKeys(target));
    for (const k of codeDefs.keys()) keys.add(k);
    return [...keys];
  },
  getOwnPropertyDescriptor(target, key) {
    if (!Object.prototype.hasOwnProperty.call(target, key) && codeDefs.has(key)) makeCode(key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
  set(target, key, value) {
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    return true;
  },
});

// ---------------------------------------------------------------------------
// Lazily loaded collaborators (they may themselves require this module).

let inspectImpl;
function inspect(value, options) {
  if (inspectImpl === undefined) inspectImpl = require('internal/util/inspect').inspect;
  return inspectImpl(value, options);
}

let uvBinding;
function uv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

let uvErrmap;
function uvErrmapGet(errno) {
  if (uvErrmap === undefined) {
    const binding = uv();
    uvErrmap = typeof binding.getErrorMap === 'function' ? new Map(binding.getErrorMap()) : new Map();
  }
  return uvErrmap.get(errno);
}

// 'ENOENT' for -2; node's wording for unknown numbers.
function uvErrname(errno) {
  const entry = uvErrmapGet(errno);
  if (entry !== undefined) return entry[0];
  const binding = uv();
  if (typeof binding.errname === 'function') return binding.errname(errno);
  return `Unknown system error ${errno}`;
}

function uvErrnoByName(name, fallback) {
  uvErrmapGet(0);
  for (const [errno, [n]] of uvErrmap) if (n === name) return errno;
  return fallback;
}

// ---------------------------------------------------------------------------
// Stack handling. JavaScriptCore's `Error.captureStackTrace` ignores real Error
// objects, so the trace is captured on a holder object (hiding the error's own
// constructor frames) and copied over. V8 also builds its header from the
// holder's name/message, giving `TypeError [ERR_X]: message` there.

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

const canCaptureStack = typeof Error.captureStackTrace === 'function';

// Runs `construct` with stack capture off (the real trace is taken afterwards).
function withoutStackTrace(construct) {
  if (!canCaptureStack || !isErrorStackTraceLimitWritable()) return construct();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return construct();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// Set by factory functions (uvException(), ...) so their own frame is hidden too.
let hideAboveOverride;

function captureStack(err, header, message, hideAbove) {
  if (!canCaptureStack) return;
  const holder = { name: header, message };
  Error.captureStackTrace(holder, hideAboveOverride || hideAbove);
  // The function to hide may be missing from the stack (e.g. left by a tail call).
  if (holder.stack === '' || holder.stack === undefined) Error.captureStackTrace(holder);
  Object.defineProperty(err, 'stack', {
    value: holder.stack, writable: true, enumerable: false, configurable: true,
  });
}

function constructHidingFrame(hideAbove, Class, a, b, c, d, e) {
  hideAboveOverride = hideAbove;
  try {
    return new Class(a, b, c, d, e);
  } finally {
    hideAboveOverride = undefined;
  }
}

// `fn` runs as usual; a node error escaping it gets a stack that starts at fn's
// caller (node's convention for validators and other argument checks).
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return fn.apply(this, args);
    } catch (err) {
      if (canCaptureStack && err !== null && typeof err === 'object' && err[kIsNodeError] === true) {
        captureStack(err, `${err.name} [${err.code}]`, err.message, wrappedFn);
      }
      throw err;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// ---------------------------------------------------------------------------
// Message formatting helpers.

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// ['a', 'b', 'c'] -> 'a, b, and c'
function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default: return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}

// "type string ('x')", "an instance of Foo", "function f", "undefined", ...
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const ctor = value.constructor;
    if (ctor != null && (typeof ctor === 'object' || typeof ctor === 'function') && 'name' in ctor) {
      return `an instance of ${ctor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  if (type === 'string') {
    // Short raw quoting (newlines stay as they are), not inspect's escaping.
    const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    return `type string (${shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`})`;
  }
  return `type ${type} (${inspect(value, { colors: false })})`;
}

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

// Built-in toStrings don't count: such objects are shown with inspect by %s.
const kBuiltinToStrings = new Set([
  Object.prototype.toString, Error.prototype.toString, Array.prototype.toString,
  Date.prototype.toString, RegExp.prototype.toString,
]);

function hasUserToString(obj) {
  let proto = obj;
  while (proto !== null && proto !== undefined) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'toString');
    if (desc !== undefined) return typeof desc.value === 'function' && !kBuiltinToStrings.has(desc.value);
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

// util.format's %s / %d / %i / %j / %% for message templates.
function formatTemplate(template, args) {
  let argIndex = 0;
  return template.replace(/%[sdijf%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (argIndex >= args.length) return spec;
    const arg = args[argIndex++];
    switch (spec) {
      case '%s':
        if (typeof arg === 'string') return arg;
        if (typeof arg === 'number') return formatNumber(arg);
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'object' && arg !== null && !hasUserToString(arg)) {
          return inspect(arg, { depth: 0, colors: false, compact: 3 });
        }
        return String(arg);
      case '%d':
      case '%i': {
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        const n = spec === '%i' ? parseInt(arg) : Number(arg);
        return formatNumber(n);
      }
      case '%f':
        return typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(arg));
      case '%j':
        try {
          return JSON.stringify(arg);
        } catch {
          return '[Circular]';
        }
    }
    return spec;
  });
}

// ---------------------------------------------------------------------------
// Code registration.

function defineMessageProperty(err, message) {
  Object.defineProperty(err, 'message', {
    value: message, writable: true, enumerable: false, configurable: true,
  });
}

function nodeErrorToString() {
  return `${this.name} [${this.code}]: ${this.message}`;
}

// Makes the constructor for one code. `message` is a template string or a
// function called with the error as `this` (so it can add properties after
// `code`, in node's order) and the constructor's arguments.
function makeNodeErrorWithCode(Base, key, message) {
  const header = `${Base.name} [${key}]`;
  class NodeError extends Base {
    constructor(...args) {
      withoutStackTrace(() => super());
      this.code = key;
      const text = typeof message === 'function' ? message.apply(this, args) : formatTemplate(message, args);
      defineMessageProperty(this, text);
      captureStack(this, header, text, new.target);
    }
  }
  Object.defineProperties(NodeError.prototype, {
    // As node: instances report their base class (TypeError, ...) as constructor.
    constructor: { get() { return Base; }, enumerable: false, configurable: true },
    toString: { value: nodeErrorToString, writable: true, enumerable: false, configurable: true },
    [kIsNodeError]: { value: true, enumerable: false, configurable: true },
  });
  return NodeError;
}

// SystemError: `ERR_X(context)` with context = { errno, code, message, syscall, path?, dest? }.
class SystemError extends Error {
  constructor(key, context, prefix) {
    withoutStackTrace(() => super());
    this.code = key;
    Object.defineProperty(this, 'name', {
      value: 'SystemError', writable: true, enumerable: false, configurable: true,
    });
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    defineMessageProperty(this, message);
    captureStack(this, `SystemError [${key}]`, message, new.target);

    Object.defineProperty(this, 'info', {
      value: context, writable: false, enumerable: true, configurable: true,
    });
    const mirror = (prop, convert) => ({
      get() { const v = context[prop]; return convert && v != null ? v.toString() : v; },
      set(value) { context[prop] = convert && value != null ? Buffer.from(value.toString()) : value; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'errno', mirror('errno', false));
    Object.defineProperty(this, 'syscall', mirror('syscall', false));
    if (context.path !== undefined) Object.defineProperty(this, 'path', mirror('path', true));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', mirror('dest', true));
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(SystemError.prototype, kIsNodeError, { value: true, configurable: true });

function makeSystemErrorWithCode(key, prefix) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context, prefix);
    }
  };
}

// E(code, message, Base): registers `codes[code]`. Base SystemError takes a prefix message.
function E(key, message, Base) {
  codeDefs.set(key, [message, Base]);
  delete codeClasses[key];
}

function isNodeError(err) {
  return err != null && err[kIsNodeError] === true;
}

// ---------------------------------------------------------------------------
// Errors built from libuv / errno / DNS failures (plain `Error`s with extra props).

function toPathString(p) {
  return p != null && typeof p !== 'string' ? p.toString() : p;
}

// new UVException({ errno, syscall, path?, dest?, message?, code? })
//  -> "ENOENT: no such file or directory, open '/x' -> '/y'"
class UVException extends Error {
  constructor(ctx) {
    const [name, desc] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
    const code = name;
    let message = `${code}: ${ctx.message || desc}, ${ctx.syscall}`;
    const path = toPathString(ctx.path);
    const dest = toPathString(ctx.dest);
    if (path) message += ` '${path}'`;
    if (dest) message += ` -> '${dest}'`;
    withoutStackTrace(() => super(message));
    captureStack(this, 'Error', message, new.target);
    this.errno = ctx.errno;
    this.code = code;
    this.syscall = ctx.syscall;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }
}

// "connect ECONNREFUSED: connection refused 127.0.0.1:80"
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const [code, uvmsg] = uvErrmapGet(err) || ['UNKNOWN', 'unknown error'];
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    const message = `${syscall} ${code}: ${uvmsg}${details}`;
    withoutStackTrace(() => super(message));
    captureStack(this, 'Error', message, new.target);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}

// "read ENOENT" / "read ENOENT original"
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = uvErrname(err);
    const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
    withoutStackTrace(() => super(message));
    captureStack(this, 'Error', message, new.target);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }
}

// "connect ECONNREFUSED 127.0.0.1:80 - Local (extra)"
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = uvErrname(err);
    let details = '';
    if (port && port > 0) details = `${address}:${port}`;
    else if (address) details = address;
    if (additional) details += ` - Local (${additional})`;
    const message = `${syscall} ${code}${details ? ` ${details}` : ''}`;
    withoutStackTrace(() => super(message));
    captureStack(this, 'Error', message, new.target);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}

// "getaddrinfo ENOTFOUND host"; numeric EAI_NODATA/EAI_NONAME become ENOTFOUND as in node.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      if (code === uvErrnoByName('EAI_NODATA', -3007) || code === uvErrnoByName('EAI_NONAME', -3008)) {
        code = 'ENOTFOUND';
      } else {
        code = uvErrname(code);
      }
    }
    const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
    withoutStackTrace(() => super(message));
    captureStack(this, 'Error', message, new.target);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    withoutStackTrace(() => super(msg));
    captureStack(this, 'Error', msg, new.target);
    this.code = 'ECONNRESET';
  }
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    withoutStackTrace(() => super(message, options));
    captureStack(this, 'AbortError', message, new.target);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// As node: these report plain `Error` as their constructor (inspect shows "Error: ...").
for (const cls of [UVException, UVExceptionWithHostPort, ErrnoException, ExceptionWithHostPort,
  DNSException, ConnResetException]) {
  Object.defineProperty(cls.prototype, 'constructor', {
    get() { return Error; }, enumerable: false, configurable: true,
  });
}

function uvException(ctx) {
  const err = constructHidingFrame(uvException, UVException, ctx);
  return err; // not a tail call: the frame must exist to be hidden
}
function uvExceptionWithHostPort(err, syscall, address, port) {
  const ex = constructHidingFrame(uvExceptionWithHostPort, UVExceptionWithHostPort, err, syscall, address, port);
  return ex; // not a tail call: the frame must exist to be hidden
}
function errnoException(err, syscall, original) {
  const ex = constructHidingFrame(errnoException, ErrnoException, err, syscall, original);
  return ex; // not a tail call: the frame must exist to be hidden
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const ex = constructHidingFrame(exceptionWithHostPort, ExceptionWithHostPort, err, syscall, address, port, additional);
  return ex; // not a tail call: the frame must exist to be hidden
}
function dnsException(code, syscall, hostname) {
  const err = constructHidingFrame(dnsException, DNSException, code, syscall, hostname);
  return err; // not a tail call: the frame must exist to be hidden
}
function connResetException(msg) {
  const err = constructHidingFrame(connResetException, ConnResetException, msg);
  return err; // not a tail call: the frame must exist to be hidden
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

// Both set and distinct: an AggregateError headed by `outer` (or `outer.errors` grows).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

let stackOverflowProbe;
function isStackOverflowError(err) {
  if (stackOverflowProbe === undefined) {
    // Not a tail call: JSC runs strict-mode tail calls in constant stack.
    const overflow = () => 1 + overflow();
    try {
      overflow();
    } catch (e) {
      stackOverflowProbe = { name: e.name, message: e.message };
    }
  }
  return err != null && err.name === stackOverflowProbe.name && err.message === stackOverflowProbe.message;
}

// ---------------------------------------------------------------------------
// Messages that depend on their arguments.

const kTypeNames = new Set(['string', 'number', 'bigint', 'boolean', 'symbol', 'object', 'function']);
const kClassName = /^([A-Z][a-z0-9]*)+$/;

function argOrProperty(name) {
  return String(name).includes('.') ? 'property' : 'argument';
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} must be ` : `The "${name}" ${argOrProperty(name)} must be `;

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypeNames.has(value)) types.push(value.toLowerCase());
    else if (value === 'Function') types.push('function');
    else if (kClassName.test(value)) instances.push(value);
    else if (value === 'object') types.push('object');
    else other.push(value);
  }
  // 'object' / 'Object': next to other classes it is "an instance of ..., or Object"
  // (always last), otherwise it is "of type object".
  const objectInstance = instances.indexOf('Object');
  if (objectInstance !== -1) instances.splice(objectInstance, 1);
  const objectType = types.indexOf('object');
  if (instances.length > 0) {
    if (objectType !== -1) types.splice(objectType, 1);
    if (objectType !== -1 || objectInstance !== -1) instances.push('Object');
  } else if (objectInstance !== -1 && objectType === -1) {
    types.push('object');
  }
  // 'null' is spelled out at the end, after any types and instances.
  const nullIndex = types.indexOf('null');
  if (nullIndex !== -1) types.splice(nullIndex, 1);

  if (types.length > 0) {
    msg += types.length > 1 ? `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other, 'or')}`;
    else msg += other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0];
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  return `The ${argOrProperty(name)} '${name}' ${reason}. Received ${inspected}`;
}

function outOfRangeMessage(str, range, input, replaceDefaultBoolean = false) {
  const msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  return `${msg} It must be ${range}. Received ${received}`;
}

function missingArgsMessage(...args) {
  if (args.length === 0) throw new codes.ERR_INTERNAL_ASSERTION('At least one arg needs to be specified');
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  switch (names.length) {
    case 1: msg += `${names[0]} argument`; break;
    case 2: msg += `${names[0]} and ${names[1]} arguments`; break;
    default: msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}

const kInternalAssertionSuffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

function invalidPackageTargetMessage(pkgPath, key, target, isImport = false, base = undefined) {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  if (key === '.') {
    let msg = `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pkgPath}package.json`;
    if (base) msg += ` imported from ${base}`;
    if (relatedError) msg += '; targets must start with "./"';
    return msg;
  }
  let msg = `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json`;
  if (base) msg += ` imported from ${base}`;
  if (relatedError) msg += '; targets must start with "./"';
  return msg;
}

// ---------------------------------------------------------------------------
// The codes. Argument-dependent messages first, then fixed templates.

E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_MISSING_ARGS', missingArgsMessage, TypeError);
E('ERR_UNHANDLED_ERROR', function(err = undefined) {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_INTERNAL_ASSERTION', function(message) {
  return message === undefined ? kInternalAssertionSuffix : `${message}\n${kInternalAssertionSuffix}`;
}, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', function(name = undefined) {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_SOCKET_BAD_PORT', function(name, port, allowZero = true) {
  if (allowZero === null) allowZero = true;
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', function(expected) {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_INVALID_FILE_URL_PATH', function(path, input = undefined) {
  this.input = input;
  return `File URL path ${path}`;
}, TypeError);
E('ERR_INVALID_CHAR', function(name, field = undefined) {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_RETURN_VALUE', function(input, name, value) {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY', function(input, name, prop, value) {
  return `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', function(input, name, prop, value) {
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', function(production, str, invalidIndex) {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
    msg += ` (caused by: ${error.message})`;
  }
  if (error !== undefined && error !== null) this.cause = error;
  return msg;
}, Error);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', function(key, value, url = undefined) {
  return `Import attribute "${key}" with value "${value}" is not supported${url ? ` in ${url}` : ''}`;
}, TypeError);
E('ERR_IP_BLOCKED', function(ip) {
  return `IP(${ip}) is blocked by net.BlockList`;
}, Error);
E('ERR_ACCESS_DENIED', function(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
}, Error);
E('ERR_DEBUGGER_STARTUP_ERROR', '%s', Error);
E('ERR_TEST_FAILURE', function(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error && error.message !== undefined ? error.message : `${error}`;
}, Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', function(value, protocols) {
  return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${Array.prototype.join.call(protocols, ', ')})`;
}, TypeError);
E('ERR_WORKER_PATH', function(filename) {
  return 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
    (String(filename).startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);
E('ERR_WORKER_INVALID_EXEC_ARGV', function(errors, msg = 'invalid execArgv flags') {
  return `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`;
}, Error);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', function(option, allowPositionals) {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);

// Module loading.
E('ERR_REQUIRE_ESM', function(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
    }
    return msg;
  }
  const baseName = (p) => String(p).slice(String(p).lastIndexOf('/') + 1);
  const shown = baseName(filename) === baseName(parentPath) ? filename : baseName(filename);
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${shown} in ${parentPath} to a dynamic import() which is available in all CommonJS modules.`;
  }
  return `${msg}\n${shown} is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.\n` +
    `Instead either rename ${shown} to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
}, Error);
E('ERR_REQUIRE_ASYNC_MODULE', function(filename, parentFilename) {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (filename) msg += `\nRequired module: ${filename}`;
  // node 24 prints the heading with an empty entry here.
  if (parentFilename) msg += '\nRequire stack:\n- ';
  return msg;
}, Error);
E('ERR_REQUIRE_ESM_RACE_CONDITION', function(filename, parentFilename, isForAsyncLoaderHookWorker) {
  const from = isForAsyncLoaderHookWorker ? 'loader hook worker thread' : 'non-loader-hook thread';
  return `Cannot require() ES Module ${filename} because it is not yet fully loaded.\n` +
    'This may be caused by a race condition if the module is simultaneously dynamically import()-ed via Promise.all().\n' +
    `Try await-ing the import() sequentially in a loop instead.\n (From ${parentFilename} in ${from})`;
}, Error);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = exactUrl;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_INVALID_MODULE_SPECIFIER', function(request, reason, base = undefined) {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', function(path, base, message) {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', invalidPackageTargetMessage, Error);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', function(specifier, packagePath, base) {
  return `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', function(pkgPath, subpath, base = undefined) {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', function(url, supported) {
  return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. ` +
    `Received protocol '${url.protocol}'`;
}, Error);
E('ERR_PACKAGE_MAP_EXTERNAL_FILE', 'Cannot resolve "%s" from "%s": file is not within any package defined in %s', Error);
E('ERR_PACKAGE_MAP_INVALID', 'Invalid package-map.json at "%s": %s', SyntaxError);
E('ERR_PACKAGE_MAP_KEY_NOT_FOUND', 'Package key "%s" referenced in dependencies but not defined in %s', Error);

// System errors: the message is a prefix for "<syscall> returned <code> (<message>)".
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);

// Fixed templates (%s = util.format's %s, %d numbers, %j JSON).
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_LOADER_REQUEST_NEVER_SETTLED', 'Async loader request never settled', Error);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', 'Forked processes must have an IPC channel, missing value \'ipc\' in %s', Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_ARGON2_NOT_SUPPORTED', 'Argon2 algorithm not supported', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_KEM_NOT_SUPPORTED', 'KEM is not supported', Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_DEBUGGER_ERROR', '%s', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'Deserialize main function is already configured.', Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated', Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER', '"%s" is an invalid pseudoheader or is used incorrectly', TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Maximum number of pending settings acknowledgements', Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS', 'No stream ID is available because maximum stream ID has been reached', Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TOO_MANY_ORIGINS', 'The server sent more ORIGIN frames than the allowed number of %s', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY', 'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INSPECTOR_ALREADY_ACTIVATED', 'Inspector is already activated. Close it with inspector.close() before activating it again.', Error);
E('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error);
E('ERR_INSPECTOR_CLOSED', 'Session was closed', Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error);
E('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_TYPESCRIPT_SYNTAX', '%s', SyntaxError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_LOADER_CHAIN_INCOMPLETE', '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_LINK_MISMATCH', '%s', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', 'start offset of %s should be a multiple of %s', RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', 'Operation cannot be invoked when not in a single-executable application', Error);
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_NO_TYPESCRIPT', 'Node.js is not compiled with TypeScript support', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', 'Unexpected argument \'%s\'. This command does not take positional arguments', TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_PROXY_INVALID_CONFIG', '%s', Error);
E('ERR_PROXY_TUNNEL', '%s', Error);
E('ERR_QUIC_CONNECTION_FAILED', 'QUIC connection failed', Error);
E('ERR_QUIC_ENDPOINT_CLOSED', 'QUIC endpoint closed: %s (%d)', Error);
E('ERR_QUIC_OPEN_STREAM_FAILED', 'Failed to open QUIC stream', Error);
E('ERR_QUIC_STREAM_ABORTED', '%s', Error);
E('ERR_QUIC_STREAM_RESET', 'The QUIC stream was reset by the peer with error code %d', Error);
E('ERR_QUIC_VERSION_NEGOTIATION_ERROR', 'The QUIC session requires version negotiation', Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND', 'Cannot find asset %s for the single executable application', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SOCKET_HANDLE_ADOPTED', 'The bound socket has already been adopted by a server or socket', Error);
E('ERR_SOURCE_MAP_CORRUPT', 'The source map for \'%s\' does not exist or is corrupt.', Error);
E('ERR_SOURCE_MAP_MISSING_SOURCE', 'Cannot find \'%s\' imported from the source map for \'%s\'', Error);
E('ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_ITER_MISSING_FLAG', 'The stream/iter API requires the --experimental-stream-iter flag', TypeError);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_RENEGOTIATION_UNSUPPORTED', 'TLS session renegotiation is unsupported by this TLS implementation', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_TRAILING_JUNK_AFTER_STREAM_END', 'Trailing junk found after the end of the compressed stream', TypeError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING', 'Stripping types is currently unsupported for files under node_modules, for "%s"', Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError);
E('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', '%s', SyntaxError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'At least one valid performance entry type is required', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', 'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'Cached data cannot be created for a module which has been evaluated', Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WEBASSEMBLY_NOT_SUPPORTED', 'WebAssembly is not supported in this environment, but is required for %s', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_WORKER_HANDLE_NOT_TRANSFERABLE', '%s cannot be transferred in its current state; it must be a freshly created or accepted handle that has not started reading and has no pending writes', Error);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZSTD_INVALID_PARAM', '%s is not a valid zstd parameter', RangeError);

module.exports = {
  codes,
  kIsNodeError,
  isNodeError,
  E,
  SystemError,
  AbortError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  determineSpecificType,
  addNumericalSeparator,
  formatList,
  genericNodeError,
  aggregateTwoErrors,
  uvErrmapGet,
  uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  dnsException,
  connResetException,
  UVException,
  UVExceptionWithHostPort,
  ErrnoException,
  ExceptionWithHostPort,
  DNSException,
  ConnResetException,
};
