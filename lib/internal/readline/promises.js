'use strict';
// readline/promises Readline: queue cursor/clear actions for a stream and write them on commit().

const { CSI } = require('internal/readline/utils');

let validators;
function v() { return (validators ??= require('internal/validators')); }

class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    if (stream == null || typeof stream.write !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      v().validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    v().validateInteger(x, 'x');
    if (y != null) v().validateInteger(y, 'y');
    return this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      v().validateInteger(dx, 'dx');
      v().validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += CSI`${-dx}D`;
      else if (dx > 0) data += CSI`${dx}C`;
      if (dy < 0) data += CSI`${-dy}A`;
      else if (dy > 0) data += CSI`${dy}B`;
      this.#add(data);
    }
    return this;
  }

  clearLine(dir) {
    v().validateInteger(dir, 'dir', -1, 1);
    return this.#add(dir < 0 ? CSI.kClearToLineBeginning : dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine);
  }

  clearScreenDown() {
    return this.#add(CSI.kClearScreenDown);
  }

  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => { this.#stream.write(data, resolve); });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };
