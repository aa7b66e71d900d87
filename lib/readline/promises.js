'use strict';
// node:readline/promises — Interface whose question() returns a promise, and the Readline helper.

const readline = require('readline');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) {
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      if (signal) {
        signal.addEventListener('abort', () => {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: signal.reason }));
        }, { once: true });
      }
      super.question(query, options, resolve);
    });
  }
}

class Readline {
  #stream;
  #todo = [];
  #autoCommit;
  constructor(stream, options = {}) {
    this.#stream = stream;
    this.#autoCommit = !!options.autoCommit;
  }
  #add(data) {
    if (this.#autoCommit) this.#stream.write(data);
    else this.#todo.push(data);
    return this;
  }
  cursorTo(x, y) { return this.#add(typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`); }
  moveCursor(dx, dy) {
    let s = '';
    if (dx < 0) s += `\x1b[${-dx}D`; else if (dx > 0) s += `\x1b[${dx}C`;
    if (dy < 0) s += `\x1b[${-dy}A`; else if (dy > 0) s += `\x1b[${dy}B`;
    return s === '' ? this : this.#add(s);
  }
  clearLine(dir) { return this.#add(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K'); }
  clearScreenDown() { return this.#add('\x1b[0J'); }
  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(data, resolve));
  }
  rollback() { this.#todo = []; return this; }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
