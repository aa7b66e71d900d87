'use strict';
// Legacy alias: require('_stream_transform') is stream.Transform.

module.exports = require('stream').Transform;
