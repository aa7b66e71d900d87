'use strict';
// Shared pieces of node:readline: the CSI tag, UTF-16 helpers and the keypress decoder
// (a generator fed one character at a time that emits 'keypress' on the stream).

const ESC = '\x1b';

// CSI`2K` → '\x1b[2K'; also carries the common fixed sequences.
function CSI(strings, ...args) {
  let out = ESC + '[';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = ESC;
CSI.kClearToLineBeginning = ESC + '[1K';
CSI.kClearToLineEnd = ESC + '[0K';
CSI.kClearLine = ESC + '[2K';
CSI.kClearScreenDown = ESC + '[0J';

const kUTF16SurrogateThreshold = 0x10000;

function isHighSurrogate(c) { return c >= 0xd800 && c <= 0xdbff; }
function isLowSurrogate(c) { return c >= 0xdc00 && c <= 0xdfff; }

// Number of UTF-16 units of the code point starting at index i (0 at the end).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= kUTF16SurrogateThreshold ? 2 : 1;
}

// Number of UTF-16 units of the code point ending just before index i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && isLowSurrogate(str.charCodeAt(i - 1)) && isHighSurrogate(str.charCodeAt(i - 2))) return 2;
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  let lo = strings[0];
  let hi = strings[0];
  for (const s of strings) {
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  let n = 0;
  while (n < lo.length && lo[n] === hi[n]) n++;
  return lo.slice(0, n);
}

// Key names of escape codes (after ESC): value is [name, extra modifier].
const escapeNames = {
  '[P': 'f1', 'OP': 'f1', '[11~': 'f1', '[[A': 'f1',
  '[Q': 'f2', 'OQ': 'f2', '[12~': 'f2', '[[B': 'f2',
  '[R': 'f3', 'OR': 'f3', '[13~': 'f3', '[[C': 'f3',
  '[S': 'f4', 'OS': 'f4', '[14~': 'f4', '[[D': 'f4',
  '[15~': 'f5', '[[E': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8',
  '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
const shiftNames = {
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const ctrlNames = {
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

const isDigit = (c) => c >= '0' && c <= '9';
const tildeForm = /^(\d\d?)(?:;(\d))?([~^$])$|^(\d{3}~)$/;
const letterForm = /^(?:(?:\d;)?(\d))?([A-Za-z])$/;

// Generator: each next(ch) gives one character ('' = the escape timeout fired).
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === ESC) {
      escaped = true;
      ch = yield;
      seq += ch;
      if (ch === ESC) { // two ESCs mean the same as one
        ch = yield;
        seq += ch;
      }
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        ch = yield;
        seq += ch;
        if (isDigit(ch)) {
          modifier = (ch.charCodeAt(0) - 48) - 1;
          ch = yield;
          seq += ch;
        }
        code += ch;
      } else {
        ch = yield;
        seq += ch;
        if (ch === '[') {
          code += ch;
          ch = yield;
          seq += ch;
        }
        const paramStart = seq.length - 1;
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) {
          ch = yield;
          seq += ch;
        }
        if (ch === ';') {
          ch = yield;
          seq += ch;
          if (isDigit(ch)) {
            ch = yield;
            seq += ch;
          }
        }
        const params = seq.slice(paramStart);
        let m;
        if ((m = tildeForm.exec(params)) !== null) {
          if (m[4] !== undefined) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] === undefined ? 1 : +m[2]) - 1;
          }
        } else if ((m = letterForm.exec(params)) !== null) {
          code += m[2];
          modifier = (m[1] === undefined ? 1 : +m[1]) - 1;
        } else {
          code += params;
        }
      }
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      if (escapeNames[code] !== undefined) {
        key.name = escapeNames[code];
      } else if (shiftNames[code] !== undefined) {
        key.name = shiftNames[code];
        key.shift = true;
      } else if (ctrlNames[code] !== undefined) {
        key.name = ctrlNames[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === ESC) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch.length > 0 && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (ch.length === 1 && /[0-9A-Za-z]/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length > 0 ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (seq.length !== 0 && charLengthAt(seq, 0) === seq.length) {
      stream.emit('keypress', seq, key);
    }
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kUTF16SurrogateThreshold,
};
