'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown: ANSI writes with an optional callback.

const { CSI } = require('internal/readline/utils');

let validators;
function checkCallback(callback) {
  if (callback !== undefined) {
    validators ??= require('internal/validators');
    validators.validateFunction(callback, 'callback');
  }
}

// Write `data` to `stream`, or just schedule the callback when there is nothing to do.
function send(stream, data, callback) {
  if (stream == null || data === '') {
    if (callback !== undefined) process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  checkCallback(callback);
  if (Number.isNaN(x)) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('x', x);
  }
  if (Number.isNaN(y)) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('y', y);
  }
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return send(null, '', callback);
  }
  if (typeof x !== 'number') {
    const { ERR_INVALID_CURSOR_POS } = require('internal/errors').codes;
    throw new ERR_INVALID_CURSOR_POS();
  }
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return send(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  let data = '';
  if (stream != null) {
    if (dx < 0) data += CSI`${-dx}D`;
    else if (dx > 0) data += CSI`${dx}C`;
    if (dy < 0) data += CSI`${-dy}A`;
    else if (dy > 0) data += CSI`${dy}B`;
  }
  return send(stream, data, callback);
}

// dir < 0: to the line start, dir > 0: to the line end, 0: the whole line.
function clearLine(stream, dir, callback) {
  checkCallback(callback);
  const data = dir < 0 ? CSI.kClearToLineBeginning : dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
  return send(stream, data, callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  return send(stream, CSI.kClearScreenDown, callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
