'use strict';
// Legacy alias: require('_stream_writable') is stream.Writable.

module.exports = require('stream').Writable;
