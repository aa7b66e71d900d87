'use strict';
// CompressionStream and DecompressionStream, driven by the zlib module's streams.

const { TransformStream } = require('internal/webstreams/transformstream');
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

// A TransformStream whose chunks go through a zlib stream; output is forwarded as it arrives.
function zlibTransform(z) {
  let controller;
  let failure;
  let ended;
  const endPromise = new Promise((resolve) => { ended = resolve; });
  z.on('data', (chunk) => {
    try {
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } catch {
      // the readable side was canceled
    }
  });
  z.on('error', (err) => {
    failure = toTypeError(err);
    try { controller.error(failure); } catch {}
    ended();
  });
  z.on('end', () => ended());
  return new TransformStream({
    start(c) { controller = c; },
    transform(chunk) {
      if (failure) throw failure;
      const bytes = toBuffer(chunk);
      return new Promise((resolve, reject) => {
        z.write(bytes, () => (failure ? reject(failure) : resolve()));
      });
    },
    flush() {
      z.end();
      return endPromise.then(() => { if (failure) throw failure; });
    },
    cancel() {
      z.destroy();
    },
  });
}

class CompressionStream {
  constructor(format) {
    this[kType] = 'CompressionStream';
    this[kImpl] = zlibTransform(makeZlib(format, true, 'CompressionStream'));
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
    this[kImpl] = zlibTransform(makeZlib(format, false, 'DecompressionStream'));
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
