'use strict';
// readline.emitKeypressEvents(stream[, iface]): decode the stream's 'data' into 'keypress' events
// while anyone listens for them. A lone trailing ESC becomes the Escape key after a timeout.

const { StringDecoder } = require('string_decoder');
const { charLengthAt, emitKeys } = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/symbols');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kDefaultEscapeTimeout = 500;

function startDecoder(stream) {
  const gen = emitKeys(stream);
  gen.next();
  stream[kEscapeDecoder] = gen;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  startDecoder(stream);
  let escTimer;
  const fireEscape = () => { stream[kEscapeDecoder].next(''); };

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens: detach until a 'keypress' listener shows up again.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(chunk);
    if (!text) return;
    clearTimeout(escTimer);
    iface[kSawKeyPress] = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false; // tabs inside pasted text are not completion requests
    let seen = 0;
    for (const ch of text) {
      seen += ch.length;
      const last = seen === text.length;
      if (last) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(ch);
      } catch (err) {
        startDecoder(stream); // a throwing 'keypress' listener must not kill the decoder
        throw err;
      }
      if (last && ch === '\x1b') {
        escTimer = setTimeout(fireEscape, iface.escapeCodeTimeout ?? kDefaultEscapeTimeout);
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
