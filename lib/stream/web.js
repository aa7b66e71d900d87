'use strict';
// node:stream/web — the WHATWG stream classes.

const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');
const T = require('internal/webstreams/transformstream');
const Q = require('internal/webstreams/queuingstrategies');
const E = require('internal/webstreams/encoding');
const C = require('internal/webstreams/compression');

module.exports = {
  ReadableStream: R.ReadableStream,
  ReadableStreamTee(stream) { return R.ReadableStream.prototype.tee.call(stream); },
  ReadableStreamDefaultReader: R.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: R.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: R.ReadableStreamBYOBRequest,
  ReadableByteStreamController: R.ReadableByteStreamController,
  ReadableStreamDefaultController: R.ReadableStreamDefaultController,
  TransformStream: T.TransformStream,
  TransformStreamDefaultController: T.TransformStreamDefaultController,
  WritableStream: W.WritableStream,
  WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
  WritableStreamDefaultController: W.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: Q.ByteLengthQueuingStrategy,
  CountQueuingStrategy: Q.CountQueuingStrategy,
  TextEncoderStream: E.TextEncoderStream,
  TextDecoderStream: E.TextDecoderStream,
  CompressionStream: C.CompressionStream,
  DecompressionStream: C.DecompressionStream,
};
