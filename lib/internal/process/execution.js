'use strict';
// What happens when an exception reaches the top, and how the process ends.

const runtime = internalBinding('runtime');
const stdio = internalBinding('stdio');
const { v8Stack, errorLocation, v8Message } = require('internal/error_stack');

let captureCallback = null;
function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) { captureCallback = null; return; }
  require('internal/validators').validateFunction(fn, 'fn');
  if (captureCallback !== null) {
    const { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } = require('internal/errors').codes;
    throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}
function hasUncaughtExceptionCaptureCallback() { return captureCallback !== null; }

// Source text of a file for the `file:line` + caret block; eval sources are registered here.
const sources = new Map();
function registerSource(name, text) { sources.set(name, text); }
function sourceLine(file, line) {
  let text = sources.get(file);
  if (text === undefined) {
    if (file.startsWith('node:')) return undefined;
    try { text = internalBinding('fs').readFile(file, 0, true); } catch { return undefined; }
  }
  const lines = text.split('\n');
  return lines[line - 1];
}

function isErrorLike(e) {
  return e !== null && typeof e === 'object' && typeof e.stack === 'string';
}

// node's report of an uncaught exception: where it was thrown, then the error as inspect shows it.
function formatUncaught(err, fromPromise) {
  // node: "file:line\nsource\n   ^\n\n" before an error; a thrown primitive gets a leading blank line
  // and no gap (JSC gives no location for primitives, so there the block is omitted).
  let out = isErrorLike(err) ? '' : '\n';
  const loc = errorLocation(err);
  if (loc && loc.file) {
    const src = sourceLine(loc.file, loc.line);
    if (src !== undefined) {
      const col = Math.max(0, (loc.col || 1) - 1);
      out += `${loc.file}:${loc.line}\n${src}\n${' '.repeat(Math.min(col, src.length))}^\n${isErrorLike(err) ? '\n' : ''}`;
    }
  }
  let body;
  if (typeof err === 'string') {
    body = err; // node prints a thrown string as it is
  } else {
    try {
      body = require('internal/util/inspect').inspect(err);
    } catch {
      body = isErrorLike(err) ? v8Stack(err) : String(err);
    }
  }
  out += `${body}\n`;
  if (!isErrorLike(err) && !fromPromise) {
    const exe = (process.argv0 || 'node').split('/').pop();
    out += `(Use \`${exe} --trace-uncaught ...\` to show where the exception was thrown)\n`;
  }
  out += `\nNode.js ${process.version}\n`;
  return out;
}

// Called by C (and by queueMicrotask / promise rejections) for an exception nobody caught.
// Returns true when 'uncaughtException' handled it; otherwise prints, runs 'exit', and returns false
// (C then ends the process with exit code 1, or 7 if this handler itself throws).
function fatalException(err, fromPromise) {
  v8Message(err);
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) process.emit('uncaughtExceptionMonitor', err, origin);
  if (captureCallback !== null) {
    captureCallback(err);
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return true;
  }
  try {
    stdio.writeSync(2, formatUncaught(err, fromPromise));
  } catch {
    // stderr is gone; the exit code still tells.
  }
  const code = 1;
  runtime.setExitCode(code);
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = code;
    try {
      process.emit('exit', code);
    } catch {
      // An exception in an 'exit' listener while dying: node ignores it too.
    }
  }
  runtime.reallyExit(code);
  return false;
}

function emitBeforeExit() {
  if (process._exiting) return;
  const code = process.exitCode ?? 0;
  process.emit('beforeExit', +code || 0);
}

// C's last call: the 'exit' event, then the final exit code.
function emitExit() {
  const code = +(process.exitCode ?? 0) || 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  return +(process.exitCode ?? code) || 0;
}

// process.exit(): 'exit' listeners, then out at once.
function exitNow() {
  const code = +(process.exitCode ?? 0) || 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  process.reallyExit(+(process.exitCode ?? code) || 0);
}

let uvExceptionImpl;
function makeUVException(errno, syscall, path, dest) {
  uvExceptionImpl ??= require('internal/errors').uvException;
  const ctx = { errno, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  const err = uvExceptionImpl(ctx);
  return err;
}

module.exports = {
  fatalException, emitBeforeExit, emitExit, exitNow, makeUVException, formatUncaught, registerSource,
  setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback,
};
