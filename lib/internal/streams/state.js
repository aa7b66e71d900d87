'use strict';
// Default buffer limits (node 24: 64 KiB for bytes, 16 objects) and option parsing for them.

const { validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

let byteDefault = 64 * 1024;
let objectDefault = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? objectDefault : byteDefault;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) objectDefault = value;
  else byteDefault = value;
}

// `duplexKey` is readableHighWaterMark/writableHighWaterMark, honoured only for duplex streams.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    const name = isDuplex && options.highWaterMark == null ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return hwm;
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
