'use strict';
// Bridges between node streams and WHATWG streams: what Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb and Duplex.fromWeb/toWeb return.

const { isBrand, invalidArgType, deferred } = require('internal/webstreams/util');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream } = require('internal/webstreams/writablestream');
const { codes } = require('internal/errors');

function streams() {
  return {
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    Duplex: require('internal/streams/duplex'),
    eos: require('internal/streams/end-of-stream'),
    destroyer: require('internal/streams/destroy').destroyer,
  };
}

// Bytes for binary chunks, characters for strings, 1 for anything else.
function chunkSize(chunk) {
  if (typeof chunk === 'string') return chunk.length;
  const n = chunk?.byteLength;
  return typeof n === 'number' ? n : 1;
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'Object', options);
}

function toAbortError(err) {
  if (err?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    const { AbortError } = require('internal/errors');
    return AbortError ? new AbortError(undefined, { cause: err }) : err;
  }
  return err;
}

function runCallback(cb, err) {
  try {
    cb(err);
  } catch (e) {
    process.nextTick(() => { throw e; });
  }
}

// Readable.fromWeb
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isBrand(readableStream, 'ReadableStream')) {
    throw invalidArgType('readableStream', 'ReadableStream', readableStream);
  }
  validateOptions(options);
  const { Readable, destroyer } = streams();
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (err) => destroyer(readable, err));
    },
    destroy(error, callback) {
      if (!closed) reader.cancel(error).then(() => runCallback(callback, error), () => runCallback(callback, error));
      else runCallback(callback, error);
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

// Readable.toWeb
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw invalidArgType('streamReadable', 'stream.Readable', streamReadable);
  }
  validateOptions(options);
  const { eos, destroyer } = streams();
  const objectMode = streamReadable.readableObjectMode;
  // type: 'bytes' makes a byte stream (BYOB readers); chunks are copied so pooled Buffers
  // are never transferred.
  const type = options.type;
  if (type !== undefined && type !== 'bytes') {
    throw new codes.ERR_INVALID_ARG_VALUE('options.type', type);
  }
  const isBytes = type === 'bytes';
  let strategy = options.strategy;
  if (strategy === undefined) {
    const hwm = streamReadable.readableHighWaterMark;
    strategy = objectMode || isBytes ? { highWaterMark: hwm } :
      { highWaterMark: hwm, size: chunkSize };
  } else if (isBytes) {
    strategy = { highWaterMark: strategy.highWaterMark };
  }
  if (streamReadable.destroyed) {
    return new ReadableStream({ type, start(c) { c.close(); } }, strategy);
  }
  let controller;
  let finished = false;
  const onData = (chunk) => {
    if (isBytes) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      chunk = new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
    } else if (Buffer.isBuffer(chunk) && !objectMode) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    try {
      controller.enqueue(chunk);
    } catch {
      return;
    }
    if (controller.desiredSize <= 0) streamReadable.pause();
  };
  streamReadable.pause();
  const cleanup = eos(streamReadable, (error) => {
    finished = true;
    cleanup();
    streamReadable.removeListener('data', onData);
    if (error) {
      try { controller.error(toAbortError(error)); } catch {}
      return;
    }
    try { controller.close(); } catch {}
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    type,
    start(c) { controller = c; },
    pull() { if (!finished) streamReadable.resume(); },
    cancel(reason) { destroyer(streamReadable, reason); },
  }, strategy);
}

// Writable.fromWeb
function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isBrand(writableStream, 'WritableStream')) {
    throw invalidArgType('writableStream', 'WritableStream', writableStream);
  }
  validateOptions(options);
  const { Writable, destroyer } = streams();
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const toChunk = (chunk, encoding) => {
    if (typeof chunk === 'string' && decodeStrings && !objectMode) return Buffer.from(chunk, encoding);
    return chunk;
  };
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map((d) => writer.write(toChunk(d.chunk, d.encoding)))))
        .then(() => runCallback(callback), (err) => runCallback(callback, err));
    },
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(toChunk(chunk, encoding)))
        .then(() => runCallback(callback), (err) => runCallback(callback, err));
    },
    destroy(error, callback) {
      const done = () => runCallback(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      if (!closed) writer.close().then(() => runCallback(callback), (err) => runCallback(callback, err));
      else runCallback(callback);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!writable.writableEnded && !writable.destroyed) destroyer(writable, new codes.ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

// Writable.toWeb
function newWritableStreamFromStreamWritable(streamWritable) {
  // Any writable node stream will do (http.ServerResponse has no _writableState).
  if (typeof streamWritable?.write !== 'function' || typeof streamWritable?.on !== 'function') {
    throw invalidArgType('streamWritable', 'stream.Writable', streamWritable);
  }
  const { eos, destroyer } = streams();
  if (streamWritable.destroyed || streamWritable.writable === false) {
    const ws = new WritableStream();
    ws.close();
    return ws;
  }
  const hwm = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? { highWaterMark: hwm } :
    { highWaterMark: hwm, size: chunkSize };
  let controller;
  let backpressure;
  let closed;
  streamWritable.on('drain', () => {
    backpressure?.resolve();
    backpressure = undefined;
  });
  const cleanup = eos(streamWritable, (error) => {
    cleanup();
    if (error) {
      error = toAbortError(error);
      backpressure?.reject(error);
      backpressure = undefined;
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      try { controller.error(error); } catch {}
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    // The node stream ended without the web side asking: that is an abort for the web side.
    const { AbortError } = require('internal/errors');
    try { controller.error(new AbortError()); } catch {}
  });
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (chunk instanceof ArrayBuffer && !streamWritable.writableObjectMode) chunk = new Uint8Array(chunk);
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise;
      }
      return undefined;
    },
    abort(reason) { destroyer(streamWritable, reason); },
    close() {
      if (closed === undefined && !streamWritable.writableEnded) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      return undefined;
    },
  }, strategy);
}

// Duplex.toWeb
function newReadableWritablePairFromDuplex(duplex, options = {}) {
  if (typeof duplex?._readableState !== 'object' && typeof duplex?._writableState !== 'object') {
    throw invalidArgType('duplex', 'stream.Duplex', duplex);
  }
  // A side the duplex does not have becomes an already-finished web stream.
  let readable;
  let writable;
  if (duplex.readable === false) {
    readable = new ReadableStream();
    readable.cancel();
  } else {
    const type = options?.readableType ?? options?.type;
    readable = newReadableStreamFromStreamReadable(duplex, type === undefined ? {} : { type });
  }
  if (duplex.writable === false) {
    writable = new WritableStream();
    writable.close();
  } else {
    writable = newWritableStreamFromStreamWritable(duplex);
  }
  return { readable, writable };
}

// Duplex.fromWeb
function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  if (pair === null || typeof pair !== 'object') throw invalidArgType('pair', 'Object', pair);
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isBrand(readableStream, 'ReadableStream')) {
    throw invalidArgType('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isBrand(writableStream, 'WritableStream')) {
    throw invalidArgType('pair.writable', 'WritableStream', writableStream);
  }
  validateOptions(options);
  const { Duplex, destroyer } = streams();
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const reader = readableStream.getReader();
  const writer = writableStream.getWriter();
  let readableClosed = false;
  let writableClosed = false;
  const toChunk = (chunk, enc) => {
    if (typeof chunk === 'string' && decodeStrings && !objectMode) return Buffer.from(chunk, enc);
    return chunk;
  };
  const duplex = new Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map((d) => writer.write(toChunk(d.chunk, d.encoding)))))
        .then(() => runCallback(callback), (err) => runCallback(callback, err));
    },
    write(chunk, enc, callback) {
      writer.ready.then(() => writer.write(toChunk(chunk, enc)))
        .then(() => runCallback(callback), (err) => runCallback(callback, err));
    },
    final(callback) {
      if (!writableClosed) writer.close().then(() => runCallback(callback), (err) => runCallback(callback, err));
      else runCallback(callback);
    },
    read() {
      reader.read().then(({ value, done }) => {
        if (done) duplex.push(null);
        else duplex.push(value);
      }, (err) => destroyer(duplex, err));
    },
    destroy(error, callback) {
      const waits = [];
      if (!writableClosed) waits.push(writer.abort(error));
      if (!readableClosed) waits.push(reader.cancel(error));
      Promise.allSettled(waits).then(() => runCallback(callback, error));
    },
  });
  writer.closed.then(() => { writableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  reader.closed.then(() => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
