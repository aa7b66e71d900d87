'use strict';
// node:readline — line splitting over a Readable, question()/prompt(), async iteration, and the
// cursor helpers. Terminal line editing (keypress-driven) is basic: lines are taken as typed.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const kQuestion = Symbol('question');
const lineEnding = /\r?\n|\r(?!\n)/g;

function lazyValidators() { return require('internal/validators'); }

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let historySize, crlfDelay, prompt = '> ', signal;
  if (input && input.input) {
    ({ output, completer, terminal, historySize, crlfDelay, signal } = input);
    if (input.prompt !== undefined) prompt = input.prompt;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (historySize !== undefined) lazyValidators().validateNumber(historySize, 'historySize', 0);
  this.input = input;
  this.output = output;
  this.terminal = terminal === undefined ? !!(output && output.isTTY) : !!terminal;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.history = [];
  this.historySize = historySize ?? 30;
  this.line = '';
  this.cursor = 0;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this._decoder = new StringDecoder('utf8');
  this._pending = '';
  this._sawReturn = false;
  this[kQuestion] = null;

  this._ondata = (data) => this._onData(typeof data === 'string' ? data : this._decoder.write(data));
  this._onend = () => {
    const rest = this._pending + this._decoder.end();
    this._pending = '';
    if (rest.length > 0) this._onLine(rest);
    this.close();
  };
  input.on('data', this._ondata);
  input.on('end', this._onend);
  if (signal) {
    const onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  if (typeof input.resume === 'function') input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Interface.prototype._onData = function (text) {
  if (this.closed) return;
  let s = this._pending + text;
  if (this._sawReturn && s.startsWith('\n')) s = s.slice(1); // \r then \n in the next chunk
  this._sawReturn = false;
  lineEnding.lastIndex = 0;
  let start = 0;
  let m;
  while ((m = lineEnding.exec(s)) !== null) {
    if (m[0] === '\r' && m.index === s.length - 1) { this._sawReturn = true; }
    this._onLine(s.slice(start, m.index));
    start = m.index + m[0].length;
    if (this.closed) return;
  }
  this._pending = s.slice(start);
  this.line = this._pending;
  this.cursor = this.line.length;
};

Interface.prototype._onLine = function (line) {
  this.line = '';
  this.cursor = 0;
  if (this.historySize > 0 && line.length > 0 && this.terminal) {
    this.history.unshift(line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  const q = this[kQuestion];
  if (q !== null) {
    this[kQuestion] = null;
    q(line);
    return;
  }
  this.emit('line', line);
};

Interface.prototype.setPrompt = function (prompt) { this._prompt = prompt; };
Interface.prototype.getPrompt = function () { return this._prompt; };
Interface.prototype.prompt = function (preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) {
    const { ERR_USE_AFTER_CLOSE } = require('internal/errors').codes;
    throw new ERR_USE_AFTER_CLOSE('readline');
  }
  if (this.output && typeof this.output.write === 'function') this.output.write(this._prompt);
  void preserveCursor;
};

Interface.prototype.question = function (query, options, cb) {
  if (typeof options === 'function') { cb = options; options = {}; }
  if (this.closed) {
    const { ERR_USE_AFTER_CLOSE } = require('internal/errors').codes;
    throw new ERR_USE_AFTER_CLOSE('readline');
  }
  lazyValidators().validateFunction(cb, 'cb');
  const signal = options?.signal;
  if (signal?.aborted) return;
  if (this[kQuestion] !== null) {
    this.prompt();
    return;
  }
  this[kQuestion] = cb;
  if (signal) {
    signal.addEventListener('abort', () => { this[kQuestion] = null; }, { once: true });
  }
  if (this.output && typeof this.output.write === 'function') this.output.write(`${query}`);
  if (this.paused) this.resume();
};
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  return new Promise((resolve, reject) => {
    const signal = options?.signal;
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      reject(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    this.question(query, options ?? {}, resolve);
  });
};

Interface.prototype.write = function (data, key) {
  if (this.closed) {
    const { ERR_USE_AFTER_CLOSE } = require('internal/errors').codes;
    throw new ERR_USE_AFTER_CLOSE('readline');
  }
  if (this.paused) this.resume();
  if (key && key.ctrl && key.name === 'c') {
    if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
    else this.close();
    return;
  }
  if (data !== undefined && data !== null) this._onData(`${data}`);
};

Interface.prototype.pause = function () {
  if (this.paused) return this;
  if (typeof this.input.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function () {
  if (!this.paused) return this;
  if (typeof this.input.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function () {
  if (this.closed) return;
  this.pause();
  this.input.removeListener('data', this._ondata);
  this.input.removeListener('end', this._onend);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function () {
  const cols = this.output?.columns || Infinity;
  const offset = this._prompt.length + this.cursor;
  return { rows: cols === Infinity ? 0 : Math.floor(offset / cols), cols: cols === Infinity ? offset : offset % cols };
};

Interface.prototype[Symbol.asyncIterator] = function () {
  if (this._iterator === undefined) {
    const events = EventEmitter.on(this, 'line', { close: ['close'] });
    this._iterator = {
      async next() {
        const r = await events.next();
        return r.done ? r : { value: r.value[0], done: false };
      },
      return: (v) => { this.close(); return events.return(v); },
      throw: (e) => events.throw(e),
      [Symbol.asyncIterator]() { return this; },
    };
  }
  return this._iterator;
};

Interface.prototype[Symbol.dispose] = Interface.prototype.close;

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// ---- cursor helpers (ANSI), each with an optional callback after the write.
const CSI = (s) => `\x1b[${s}`;
function writeWith(stream, data, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}
function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') { callback = y; y = undefined; }
  if (Number.isNaN(x) || Number.isNaN(y)) {
    const { ERR_INVALID_CURSOR_POS } = require('internal/errors').codes;
    throw new ERR_INVALID_CURSOR_POS();
  }
  if (typeof x !== 'number') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return writeWith(stream, typeof y !== 'number' ? CSI(`${x + 1}G`) : CSI(`${y + 1};${x + 1}H`), callback);
}
function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += CSI(`${-dx}D`); else if (dx > 0) data += CSI(`${dx}C`);
  if (dy < 0) data += CSI(`${-dy}A`); else if (dy > 0) data += CSI(`${dy}B`);
  if (data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return writeWith(stream, data, callback);
}
function clearLine(stream, dir, callback) {
  const type = dir < 0 ? CSI('1K') : dir > 0 ? CSI('0K') : CSI('2K');
  return writeWith(stream, type, callback);
}
function clearScreenDown(stream, callback) {
  return writeWith(stream, CSI('0J'), callback);
}

// Minimal keypress events: each character becomes a 'keypress' with a key name for common keys.
const kKeypressDecoder = Symbol('keypressDecoder');
function emitKeypressEvents(stream) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream.on('data', (data) => {
    const s = typeof data === 'string' ? data : stream[kKeypressDecoder].write(data);
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
      if (ch === '\r') key.name = 'return';
      else if (ch === '\n') key.name = 'enter';
      else if (ch === '\t') key.name = 'tab';
      else if (ch === '\x7f' || ch === '\b') key.name = 'backspace';
      else if (ch === '\x1b') key.name = 'escape';
      else if (ch === ' ') key.name = 'space';
      else if (code < 27) { key.name = String.fromCharCode(code + 96); key.ctrl = true; }
      else if (/[a-z0-9]/.test(ch)) key.name = ch;
      else if (/[A-Z]/.test(ch)) { key.name = ch.toLowerCase(); key.shift = true; }
      stream.emit('keypress', ch, key);
    }
  });
}

module.exports = {
  Interface, createInterface, clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true, get() { return require('readline/promises'); },
});
