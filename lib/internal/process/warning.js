'use strict';
// process.emitWarning and the default 'warning' printer: "(node:PID) Name: message".

const { runtimeOptions } = require('internal/bootstrap/realm');
let printerInstalled = false;

function noWarnings() {
  return runtimeOptions.hasFlag('--no-warnings') || process.env.NODE_NO_WARNINGS === '1';
}

function writeOut(warning) {
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  if (noWarnings()) return;
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  const trace = process.traceProcessWarnings ||
    (warning.name === 'DeprecationWarning' && process.traceDeprecation) ||
    runtimeOptions.hasFlag('--trace-warnings');
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? `${warning.toString()}` : String(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !printedHint) {
    printedHint = true;
    const exe = (process.argv0 || 'node').split('/').pop();
    msg += `\n(Use \`${exe} --trace-warnings ...\` to show where the warning was created)`;
  }
  internalBinding('stdio').writeSync(2, msg + '\n');
}
let printedHint = false;

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  writeOut(warning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) require('internal/validators').validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    require('internal/validators').validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  if (!printerInstalled) {
    printerInstalled = true;
    process.on('warning', onWarning);
  }
  process.nextTick(() => process.emit('warning', warning));
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  const w = new Error(warning);
  w.name = String(type || 'Warning');
  if (code !== undefined) w.code = code;
  if (detail !== undefined) w.detail = detail;
  Error.captureStackTrace(w, ctor || process.emitWarning);
  Error.stackTraceLimit = limit;
  return w;
}

module.exports = { emitWarning, onWarning };
