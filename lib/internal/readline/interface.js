'use strict';
// The readline Interface shared by node:readline and node:readline/promises.
// Non-terminal mode splits decoded input into lines. Terminal mode reads 'keypress' events and
// keeps an editable line (cursor movement, history with prefix search, kill ring, undo/redo,
// tab completion) and redraws it on `output` with ANSI sequences.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { getStringWidth, stripVTControlCharacters, inspect } = require('internal/util/inspect');
const { charLengthAt, charLengthLeft, commonPrefix } = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const {
  kSawKeyPress, kTabComplete, kTabCompleter, kQuestion, kQuestionCancel, kQuestionReject,
  kWriteToOutput,
} = require('internal/readline/symbols');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxUndo = 2048;
const kMaxKillRing = 32;
const kWatermarkData = Symbol.for('nodejs.watermarkData');
// Line terminators: \r\n, \n, lone \r, LINE SEPARATOR, PARAGRAPH SEPARATOR.
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;

const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSubstringSearch = Symbol('_substringSearch');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kPreviousKey = Symbol('_previousKey');
const kLineIterator = Symbol('_lineIterator');
const kOnLine = Symbol('_onLine');
const kNormalWrite = Symbol('_normalWrite');
const kTtyWrite = Symbol('_ttyWrite');
const kRefreshLine = Symbol('_refreshLine');
const kInsertString = Symbol('_insertString');
const kMoveCursor = Symbol('_moveCursor');
const kAddHistory = Symbol('_addHistory');
const kLine = Symbol('_line');
const kSetRawMode = Symbol('_setRawMode');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kBeforeEdit = Symbol('_beforeEdit');

let lazyErrors;
function errors() { return (lazyErrors ??= require('internal/errors')); }
let lazyValidators;
function validators() { return (lazyValidators ??= require('internal/validators')); }

function useAfterClose() {
  return new (errors().codes.ERR_USE_AFTER_CLOSE)('readline');
}

// Reverse by code points (so surrogate pairs stay intact).
function reverseString(s) {
  return Array.from(s).reverse().join('');
}
const wordLeftRe = /^\s*(?:[^\w\s]+|\w+)?/;
const wordRightRe = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const deleteWordRightRe = /^(?:\s+|\W+|\w+)\s*/;

function InterfaceConstructor(input, output, completer, terminal) {
  EventEmitter.call(this);
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validators().validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new (errors().codes.ERR_INVALID_ARG_VALUE)('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validators().validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('completer', completer);
  }
  if (history === undefined) history = [];
  else validators().validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validators().validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this[kYanking] = false;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;
  this[kQuestionCallback] = null;
  this[kQuestionReject] = null;
  this[kLineBuffer] = null;
  this.closed = false;
  this.paused = false;
  this.prevRows = 0;
  this[kDecoder] = new StringDecoder('utf8');

  const onerror = (err) => { this.emit('error', err); };
  input.on('error', onerror);

  if (!this.terminal) {
    const ondata = (data) => { this[kNormalWrite](data); };
    const onend = () => {
      const rest = this[kLineBuffer];
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      this.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
  } else {
    const onkeypress = (s, key) => {
      this[kTtyWrite](s, key);
      if (key && key.sequence) {
        // Half of a surrogate pair: redraw so the terminal shows the whole character.
        const c = key.sequence.codePointAt(0);
        if (c >= 0xd800 && c <= 0xdfff) this[kRefreshLine]();
      }
    };
    const ontermend = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onresize = () => { this[kRefreshLine](); };
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

const proto = InterfaceConstructor.prototype;

Object.defineProperty(proto, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
});

proto.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

proto.getPrompt = function getPrompt() {
  return this[kPrompt];
};

proto[kSetRawMode] = function (mode) {
  const wasRaw = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return wasRaw;
};

proto.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this[kRefreshLine]();
  } else {
    this[kWriteToOutput](this[kPrompt]);
  }
};

proto[kQuestion] = function (query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestionCallback]) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this[kPrompt];
  this.setPrompt(query);
  this[kQuestionCallback] = cb;
  this.prompt();
};

proto[kOnLine] = function (line) {
  const cb = this[kQuestionCallback];
  if (cb) {
    this[kQuestionCallback] = null;
    this[kQuestionReject] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

proto[kQuestionCancel] = function () {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this[kQuestionReject] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

proto[kWriteToOutput] = function (text) {
  validators().validateString(text, 'stringToWrite');
  if (this.output != null) this.output.write(text);
};

proto[kAddHistory] = function () {
  const line = this.line;
  if (line.length === 0) return '';
  if (this.historySize === 0) return line;
  if (line.trim().length === 0) return line;
  if (this.history.length === 0 || this.history[0] !== line) {
    if (this.removeHistoryDuplicates) {
      const dup = this.history.indexOf(line);
      if (dup !== -1) this.history.splice(dup, 1);
    }
    this.history.unshift(line);
    while (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  // Listeners may edit the history (drop a password, ...); the line itself is unaffected.
  this.emit('history', this.history);
  return line;
};

proto[kRefreshLine] = function () {
  const text = this[kPrompt] + this.line;
  const end = this[kGetDisplayPos](text);
  const cur = this.getCursorPos();
  if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this[kWriteToOutput](text);
  if (end.cols === 0) this[kWriteToOutput](' '); // make the terminal open the new row
  cursorTo(this.output, cur.cols);
  const below = end.rows - cur.rows;
  if (below > 0) moveCursor(this.output, 0, -below);
  this.prevRows = cur.rows;
};

proto.clearLine = function clearLine() {
  this[kMoveCursor](+Infinity);
  this[kWriteToOutput]('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

proto.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this[kSetRawMode](false);
  this.closed = true;
  this.emit('close');
};

proto.pause = function pause() {
  if (this.closed) throw useAfterClose();
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

proto.resume = function resume() {
  if (this.closed) throw useAfterClose();
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

proto.write = function write(data, key) {
  if (this.closed) throw useAfterClose();
  if (this.paused) this.resume();
  if (this.terminal) this[kTtyWrite](data, key);
  else this[kNormalWrite](data);
};

proto[kNormalWrite] = function (chunk) {
  if (chunk === undefined) return;
  let text = this[kDecoder].write(chunk);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (text.charCodeAt(0) === 10) text = text.slice(1); // the \n of a \r\n split over chunks
    this[kSawReturnAt] = 0;
  }
  lineEnding.lastIndex = 0;
  if (!lineEnding.test(text)) {
    if (text) this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + text : text;
    return;
  }
  if (this[kLineBuffer]) {
    text = this[kLineBuffer] + text;
    this[kLineBuffer] = null;
  }
  this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
  const lines = [];
  let start = 0;
  let m;
  lineEnding.lastIndex = 0;
  while ((m = lineEnding.exec(text)) !== null) {
    lines.push(text.slice(start, m.index));
    start = lineEnding.lastIndex;
  }
  this[kLineBuffer] = text.slice(start);
  for (const line of lines) this[kOnLine](line);
};

proto[kInsertString] = function (str) {
  this[kBeforeEdit](this.line, this.cursor);
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + str + this.line.slice(this.cursor);
    this.cursor += str.length;
    this[kRefreshLine]();
    return;
  }
  const before = this.getCursorPos();
  this.line += str;
  this.cursor += str.length;
  const after = this.getCursorPos();
  if (before.rows < after.rows) this[kRefreshLine]();
  else this[kWriteToOutput](str);
};

proto[kTabComplete] = function (lastKeypressWasTab) {
  this.pause();
  const upToCursor = this.line.slice(0, this.cursor);
  this.completer(upToCursor, (err, value) => {
    this.resume();
    if (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

proto[kTabCompleter] = function (lastKeypressWasTab, result) {
  if (!result) return;
  const completions = result[0];
  const completeOn = result[1];
  if (!completions || completions.length === 0) return;
  const prefix = commonPrefix(completions.filter((c) => c !== ''));
  if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
    this[kInsertString](prefix.slice(completeOn.length));
    return;
  }
  if (!completeOn.startsWith(prefix)) {
    this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
    this.cursor = this.cursor - completeOn.length + prefix.length;
    this[kRefreshLine]();
    return;
  }
  if (!lastKeypressWasTab) return;
  this[kBeforeEdit](this.line, this.cursor);

  // Second tab: list the candidates in columns ('' starts a new group).
  const widths = completions.map((c) => getStringWidth(c));
  const cellWidth = Math.max(...widths) + 2;
  let perRow = Math.floor(this.columns / cellWidth) || 1;
  if (perRow === Infinity) perRow = 1;
  let out = '\r\n';
  let inRow = 0;
  let pad = 0;
  for (let i = 0; i < completions.length; i++) {
    const c = completions[i];
    if (c === '' || inRow === perRow) {
      out += '\r\n';
      inRow = 0;
      pad = 0;
    } else {
      out += ' '.repeat(pad);
    }
    if (c !== '') {
      out += c;
      pad = cellWidth - widths[i];
      inRow++;
    } else {
      out += '\r\n';
    }
  }
  if (inRow !== 0) out += '\r\n\r\n';
  this[kWriteToOutput](out);
  this[kRefreshLine]();
};

proto[kMoveCursor] = function (dx) {
  if (dx === 0) return;
  const before = this.getCursorPos();
  this.cursor = Math.min(this.line.length, Math.max(0, this.cursor + dx));
  const after = this.getCursorPos();
  if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
  else this[kRefreshLine]();
};

proto[kBeforeEdit] = function (text, cursor) {
  this[kUndoStack].push({ text, cursor });
  if (this[kUndoStack].length > kMaxUndo) this[kUndoStack].shift();
  this[kRedoStack] = [];
};

function restoreEdit(self, from, to) {
  if (from.length === 0) return;
  to.push({ text: self.line, cursor: self.cursor });
  const entry = from.pop();
  self.line = entry.text;
  self.cursor = entry.cursor;
  self[kRefreshLine]();
}

proto._wordLeft = function () {
  if (this.cursor > 0) {
    const m = wordLeftRe.exec(reverseString(this.line.slice(0, this.cursor)));
    this[kMoveCursor](-m[0].length);
  }
};

proto._wordRight = function () {
  if (this.cursor < this.line.length) {
    const m = wordRightRe.exec(this.line.slice(this.cursor));
    this[kMoveCursor](m[0].length);
  }
};

proto._deleteLeft = function () {
  if (this.cursor > 0 && this.line.length > 0) {
    this[kBeforeEdit](this.line, this.cursor);
    const n = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this[kRefreshLine]();
  }
};

proto._deleteRight = function () {
  if (this.cursor < this.line.length) {
    this[kBeforeEdit](this.line, this.cursor);
    const n = charLengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
    this[kRefreshLine]();
  }
};

proto._deleteWordLeft = function () {
  if (this.cursor > 0) {
    this[kBeforeEdit](this.line, this.cursor);
    const head = this.line.slice(0, this.cursor);
    const m = wordLeftRe.exec(reverseString(head));
    const kept = head.slice(0, head.length - m[0].length);
    this.line = kept + this.line.slice(this.cursor);
    this.cursor = kept.length;
    this[kRefreshLine]();
  }
};

proto._deleteWordRight = function () {
  if (this.cursor < this.line.length) {
    this[kBeforeEdit](this.line, this.cursor);
    const tail = this.line.slice(this.cursor);
    const m = deleteWordRightRe.exec(tail);
    this.line = this.line.slice(0, this.cursor) + tail.slice(m[0].length);
    this[kRefreshLine]();
  }
};

function pushKill(self, text) {
  if (!text || text === self[kKillRing][0]) return;
  self[kKillRing].unshift(text);
  self[kKillRingCursor] = 0;
  while (self[kKillRing].length > kMaxKillRing) self[kKillRing].pop();
}

proto._deleteLineLeft = function () {
  this[kBeforeEdit](this.line, this.cursor);
  const killed = this.line.slice(0, this.cursor);
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  pushKill(this, killed);
  this[kRefreshLine]();
};

proto._deleteLineRight = function () {
  this[kBeforeEdit](this.line, this.cursor);
  const killed = this.line.slice(this.cursor);
  this.line = this.line.slice(0, this.cursor);
  pushKill(this, killed);
  this[kRefreshLine]();
};

proto._yank = function () {
  if (this[kKillRing].length > 0) {
    this[kYanking] = true;
    this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
  }
};

proto._yankPop = function () {
  if (!this[kYanking] || this[kKillRing].length <= 1) return;
  const ring = this[kKillRing];
  const previous = ring[this[kKillRingCursor]];
  this[kKillRingCursor] = (this[kKillRingCursor] + 1) % ring.length;
  const next = ring[this[kKillRingCursor]];
  const head = this.line.slice(0, this.cursor - previous.length);
  this.line = head + next + this.line.slice(this.cursor);
  this.cursor = head.length + next.length;
  this[kRefreshLine]();
};

proto[kLine] = function () {
  const line = this[kAddHistory]();
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.clearLine();
  this[kOnLine](line);
};

// Older history entry (up / ctrl-p), restricted to those starting with the search prefix.
proto._historyPrev = function () {
  if (this.historyIndex < this.history.length && this.history.length) {
    const prefix = this[kSubstringSearch] || '';
    let i = this.historyIndex + 1;
    while (i < this.history.length &&
           (!this.history[i].startsWith(prefix) || this.line === this.history[i])) i++;
    this.line = i === this.history.length ? prefix : this.history[i];
    this.historyIndex = i;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }
};

// Newer history entry (down / ctrl-n).
proto._historyNext = function () {
  if (this.historyIndex >= 0) {
    const prefix = this[kSubstringSearch] || '';
    let i = this.historyIndex - 1;
    while (i >= 0 && (!this.history[i].startsWith(prefix) || this.line === this.history[i])) i--;
    this.line = i === -1 ? prefix : this.history[i];
    this.historyIndex = i;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }
};

// Rows/cols of the end of `str` as displayed (wide chars take 2 columns, tabs align).
proto[kGetDisplayPos] = function (str) {
  const width = this.columns;
  let offset = 0;
  let rows = 0;
  for (const ch of stripVTControlCharacters(str)) {
    if (ch === '\n') {
      rows += Math.ceil(offset / width) || 1;
      offset = 0;
      continue;
    }
    if (ch === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const w = getStringWidth(ch, false);
    if (w === 0 || w === 1) {
      offset += w;
    } else {
      if ((offset + 1) % width === 0) offset++; // a wide char does not split over rows
      offset += 2;
    }
  }
  const cols = offset % width;
  rows += (offset - cols) / width;
  return { cols, rows };
};

proto.getCursorPos = function getCursorPos() {
  return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
};

function keyIsCtrlC(self) {
  if (self[kQuestionReject]) {
    const reject = self[kQuestionReject];
    self[kQuestionReject] = null;
    reject(new (errors().AbortError)('Aborted with Ctrl+C'));
  }
  if (self.listenerCount('SIGINT') > 0) self.emit('SIGINT');
  else self.close();
}

function keyIsCtrlZ(self) {
  if (process.platform === 'win32') return;
  if (self.listenerCount('SIGTSTP') > 0) {
    self.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    if (!self.paused) {
      self.pause();
      self.emit('SIGCONT');
    }
    self[kSetRawMode](true);
    self[kRefreshLine]();
  });
  self[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

const ctrlShiftKeys = {
  backspace: (self) => self._deleteLineLeft(),
  delete: (self) => self._deleteLineRight(),
};

const ctrlKeys = {
  c: keyIsCtrlC,
  h: (self) => self._deleteLeft(),
  d: (self) => {
    if (self.cursor === 0 && self.line.length === 0) {
      if (self[kQuestionReject]) {
        const reject = self[kQuestionReject];
        self[kQuestionReject] = null;
        reject(new (errors().AbortError)('Aborted with Ctrl+D'));
      }
      self.close();
    } else if (self.cursor < self.line.length) {
      self._deleteRight();
    }
  },
  u: (self) => self._deleteLineLeft(),
  k: (self) => self._deleteLineRight(),
  a: (self) => self[kMoveCursor](-Infinity),
  e: (self) => self[kMoveCursor](+Infinity),
  b: (self) => self[kMoveCursor](-charLengthLeft(self.line, self.cursor)),
  f: (self) => self[kMoveCursor](+charLengthAt(self.line, self.cursor)),
  l: (self) => {
    cursorTo(self.output, 0, 0);
    clearScreenDown(self.output);
    self[kRefreshLine]();
  },
  n: (self) => self._historyNext(),
  p: (self) => self._historyPrev(),
  y: (self) => self._yank(),
  z: keyIsCtrlZ,
  w: (self) => self._deleteWordLeft(),
  backspace: (self) => self._deleteWordLeft(),
  delete: (self) => self._deleteWordRight(),
  left: (self) => self._wordLeft(),
  right: (self) => self._wordRight(),
};

const metaKeys = {
  b: (self) => self._wordLeft(),
  f: (self) => self._wordRight(),
  d: (self) => self._deleteWordRight(),
  delete: (self) => self._deleteWordRight(),
  backspace: (self) => self._deleteWordLeft(),
  y: (self) => self._yankPop(),
};

const plainKeys = {
  backspace: (self) => self._deleteLeft(),
  delete: (self) => self._deleteRight(),
  left: (self) => self[kMoveCursor](-charLengthLeft(self.line, self.cursor)),
  right: (self) => self[kMoveCursor](+charLengthAt(self.line, self.cursor)),
  home: (self) => self[kMoveCursor](-Infinity),
  end: (self) => self[kMoveCursor](+Infinity),
  up: (self) => self._historyPrev(),
  down: (self) => self._historyNext(),
};

proto[kTtyWrite] = function (s, key) {
  const previousKey = this[kPreviousKey];
  key = key || {};
  this[kPreviousKey] = key;
  if (!key.meta || key.name !== 'y') this[kYanking] = false;

  // Up/down without modifiers search history by the text left of the cursor.
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
  } else if (this[kSubstringSearch] !== null) {
    this[kSubstringSearch] = null;
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }

  if (typeof key.sequence === 'string') {
    const first = key.sequence.codePointAt(0);
    if (first === 0x1f) { restoreEdit(this, this[kUndoStack], this[kRedoStack]); return; }
    if (first === 0x1e) { restoreEdit(this, this[kRedoStack], this[kUndoStack]); return; }
  }

  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    ctrlShiftKeys[key.name]?.(this);
    return;
  }
  if (key.ctrl) {
    if (Object.hasOwn(ctrlKeys, key.name)) ctrlKeys[key.name](this);
    return;
  }
  if (key.meta) {
    if (Object.hasOwn(metaKeys, key.name)) metaKeys[key.name](this);
    return;
  }

  // A \r only matters if a \n follows right away.
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this[kLine]();
      return;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
      this[kSawReturnAt] = 0;
      return;
    case 'tab':
      if (typeof this.completer === 'function' && this.isCompletionEnabled) {
        this[kTabComplete](previousKey !== null && previousKey.name === 'tab');
        return;
      }
      break;
    default:
      if (Object.hasOwn(plainKeys, key.name)) {
        plainKeys[key.name](this);
        return;
      }
  }
  if (typeof s === 'string' && s) {
    // Text (typed or written): insert it, a line break ends the line.
    let start = 0;
    let m;
    lineEnding.lastIndex = 0;
    while ((m = lineEnding.exec(s)) !== null) {
      const next = lineEnding.lastIndex;
      this[kInsertString](s.slice(start, m.index));
      start = next;
      this[kLine]();
      lineEnding.lastIndex = next; // kLine may have run the regexp again
    }
    this[kInsertString](s.slice(start));
  }
};

// Async iteration over 'line' events, pausing the input while too many lines wait.
function lineIterator(rl) {
  const high = 1024;
  const low = 1;
  const queue = [];
  const waiting = [];
  let error = null;
  let done = false;
  let paused = false;

  const finish = () => {
    if (done) return;
    done = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', finish);
    rl.removeListener('error', onError);
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  };
  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (!paused && queue.length > high && !rl.closed) {
      paused = true;
      rl.pause();
    }
  }
  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    finish();
  }
  rl.on('line', onLine);
  rl.on('close', finish);
  rl.on('error', onError);

  const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  return Object.setPrototypeOf({
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (paused && queue.length < low) {
          paused = false;
          if (!rl.closed) rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      rl.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      onError(err);
      return Promise.reject(err);
    },
    [kWatermarkData]: {
      get size() { return queue.length; },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  }, asyncIteratorProto);
}

proto[Symbol.asyncIterator] = function () {
  if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
  return this[kLineIterator];
};

proto[Symbol.dispose] = function () { this.close(); };

module.exports = {
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kGetDisplayPos,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kRefreshLine,
  kSawReturnAt,
  kSetRawMode,
  kSubstringSearch,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWriteToOutput,
};
