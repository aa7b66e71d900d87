'use strict';
// node:readline/promises — Interface whose question() returns a promise (and whose completer may
// return a promise), the Readline helper and createInterface.

const {
  InterfaceConstructor, kQuestion, kQuestionCancel, kQuestionReject, kTabComplete, kTabCompleter,
  kWriteToOutput,
} = require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

class Interface extends InterfaceConstructor {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        require('internal/validators').validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
      this[kQuestionReject] = reject;
    });
  }

  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const upToCursor = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(upToCursor);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
