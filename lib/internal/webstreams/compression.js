'use strict';
// CompressionStream and DecompressionStream, driven by the zlib module's streams.

const { ReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream } = require('internal/webstreams/writablestream');
const { kType, invalidArgType, withCode, defineToStringTag, enumerableMethods } =
  require('internal/webstreams/util');

const kImpl = Symbol('kImpl');

function formatError(ctor, format) {
  const e = new TypeError(`Failed to construct '${ctor}': 1st argument '${format}' is not a valid enum value of type CompressionFormat.`);
  return withCode(e, 'ERR_INVALID_ARG_VALUE');
}

function makeZlib(format, compress, ctor) {
  const zlib = require('zlib');
  switch (`${format}`) {
    case 'deflate': return compress ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'gzip': return compress ? zlib.createGzip() : zlib.createGunzip();
    case 'brotli': return compress ? zlib.createBrotliCompress() : zlib.createBrotliDecompress();
    default: throw formatError(ctor, format);
  }
}

function toTypeError(err) {
  if (err instanceof TypeError) return err;
  const e = new TypeError(err?.message ?? `${err}`);
  if (err?.code !== undefined) withCode(e, err.code);
  return e;
}

// What zlib accepts from a web stream: strings and non-shared BufferSources.
function toBuffer(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_STREAM_NULL_VALUES();
  }
  const isShared = (b) => typeof SharedArrayBuffer === 'function' && b instanceof SharedArrayBuffer;
  if (chunk instanceof ArrayBuffer) return Buffer.from(new Uint8Array(chunk));
  if (ArrayBuffer.isView(chunk) && !isShared(chunk.buffer)) {
    return Buffer.from(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  throw invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// A readable/writable pair over a zlib stream: writes complete when zlib accepts the data
// (its own buffering applies), output is read independently, errors reach both sides.
function zlibPair(z, decompress) {
  let totalIn = 0;
  // Input zlib did not consume by the end is data after the compressed stream: an error.
  const hasTrailingJunk = () => decompress && z.bytesWritten < totalIn;
  const junkError = () => new TypeError('Trailing junk found after the end of the compressed stream');
  let readController;
  let writeController;
  let failure;
  let finished;
  // close() waits for zlib to take all input ('finish'), not for the output to be read.
  const finishPromise = new Promise((resolve) => { finished = resolve; });
  const fail = (err) => {
    if (failure !== undefined) return;
    failure = toTypeError(err);
    try { readController.error(failure); } catch {}
    try { writeController.error(failure); } catch {}
    finished();
  };
  z.on('data', (chunk) => {
    try {
      readController.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (readController.desiredSize <= 0) z.pause();
    } catch {
      // the readable side was canceled
    }
  });
  z.on('error', fail);
  z.on('end', () => {
    if (hasTrailingJunk()) {
      fail(junkError());
      return;
    }
    try { readController.close(); } catch {}
  });
  z.on('finish', () => {
    if (hasTrailingJunk()) fail(junkError());
    finished();
  });
  z.pause();
  const readable = new ReadableStream({
    start(c) { readController = c; },
    pull() { z.resume(); },
    cancel(reason) { z.destroy(reason); },
  }, { highWaterMark: 0 });
  const writable = new WritableStream({
    start(c) { writeController = c; },
    write(chunk) {
      if (failure) throw failure;
      let bytes;
      try {
        bytes = toBuffer(chunk);
      } catch (e) {
        fail(e);
        z.destroy();
        throw e;
      }
      totalIn += bytes.byteLength;
      return new Promise((resolve, reject) => {
        const ok = z.write(bytes, (err) => { if (err || failure) reject(failure ?? toTypeError(err)); });
        if (ok) resolve();
        else z.once('drain', resolve);
      });
    },
    close() {
      z.end();
      return finishPromise.then(() => { if (failure) throw failure; });
    },
    abort(reason) {
      z.destroy(reason);
    },
  });
  return { readable, writable };
}

class CompressionStream {
  constructor(format) {
    this[kType] = 'CompressionStream';
    this[kImpl] = zlibPair(makeZlib(format, true, 'CompressionStream'), false);
  }

  get readable() {
    if (this?.[kType] !== 'CompressionStream') throw privateMemberError();
    return this[kImpl].readable;
  }

  get writable() {
    if (this?.[kType] !== 'CompressionStream') throw privateMemberError();
    return this[kImpl].writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('internal/util/inspect');
    return `CompressionStream ${inspect({ readable: this[kImpl].readable, writable: this[kImpl].writable }, options)}`;
  }
}

class DecompressionStream {
  constructor(format) {
    this[kType] = 'DecompressionStream';
    this[kImpl] = zlibPair(makeZlib(format, false, 'DecompressionStream'), true);
  }

  get readable() {
    if (this?.[kType] !== 'DecompressionStream') throw privateMemberError();
    return this[kImpl].readable;
  }

  get writable() {
    if (this?.[kType] !== 'DecompressionStream') throw privateMemberError();
    return this[kImpl].writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('internal/util/inspect');
    return `DecompressionStream ${inspect({ readable: this[kImpl].readable, writable: this[kImpl].writable }, options)}`;
  }
}

enumerableMethods(CompressionStream.prototype, ['readable', 'writable']);
enumerableMethods(DecompressionStream.prototype, ['readable', 'writable']);
defineToStringTag(CompressionStream.prototype, 'CompressionStream');
defineToStringTag(DecompressionStream.prototype, 'DecompressionStream');

// node's classes use private fields, so a wrong receiver fails like a private read.
function privateMemberError() {
  return new TypeError('Cannot read private member from an object whose class did not declare it');
}

module.exports = { CompressionStream, DecompressionStream };
