'use strict';
// Legacy alias: require('_stream_readable') is stream.Readable.

module.exports = require('stream').Readable;
