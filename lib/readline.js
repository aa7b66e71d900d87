'use strict';
// node:readline — the callback-style Interface (callable without `new`), createInterface,
// the cursor helpers and emitKeypressEvents. The shared machinery is in internal/readline/.

const {
  InterfaceConstructor, kAddHistory, kDecoder, kGetDisplayPos, kInsertString, kLine, kLineBuffer,
  kMoveCursor, kNormalWrite, kOldPrompt, kOnLine, kPrompt, kQuestion, kQuestionCancel,
  kRefreshLine, kSawReturnAt, kSetRawMode, kTabComplete, kTtyWrite, kWriteToOutput,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const fn = input.completer;
    input = { ...input, completer: (v, cb) => cb(null, fn(v)) };
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const fn = completer;
    completer = (v, cb) => cb(null, fn(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, InterfaceConstructor.prototype);
Object.setPrototypeOf(Interface, InterfaceConstructor);

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  const signal = options.signal;
  if (signal) {
    require('internal/validators').validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => { this[kQuestionCancel](); };
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => { signal.removeEventListener('abort', onAbort); };
    const original = cb;
    cb = typeof original === 'function' ? (answer) => { cleanup(); return original(answer); } : cleanup;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Interface.prototype.question[kPromisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = {};
  const signal = options.signal;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const onAbort = () => { reject(abortError(signal)); };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// Legacy underscore names (used by userland and the REPL).
const legacy = {
  _setRawMode: kSetRawMode,
  _onLine: kOnLine,
  _writeToOutput: kWriteToOutput,
  _addHistory: kAddHistory,
  _refreshLine: kRefreshLine,
  _normalWrite: kNormalWrite,
  _insertString: kInsertString,
  _tabComplete: kTabComplete,
  _line: kLine,
  _getDisplayPos: kGetDisplayPos,
  _moveCursor: kMoveCursor,
  _ttyWrite: kTtyWrite,
};
for (const name of Object.keys(legacy)) {
  const sym = legacy[name];
  Object.defineProperty(Interface.prototype, name, {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function (...args) { return this[sym](...args); },
  });
}
Interface.prototype._getCursorPos = InterfaceConstructor.prototype.getCursorPos;
for (const [name, sym] of [['_decoder', kDecoder], ['_line_buffer', kLineBuffer],
  ['_oldPrompt', kOldPrompt], ['_prompt', kPrompt], ['_sawReturnAt', kSawReturnAt]]) {
  Object.defineProperty(Interface.prototype, name, {
    configurable: true,
    enumerable: false,
    get() { return this[sym]; },
    set(v) { this[sym] = v; },
  });
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true, get() { return require('readline/promises'); },
});
