'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around the Encoding API.

const { TextDecoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const { kType, invalidThis, invalidArgType, defineToStringTag, enumerableMethods } = require('internal/webstreams/util');

const kImpl = Symbol('kImpl');
const encoder = new (require('internal/encoding').TextEncoder)();

class TextEncoderStream {
  constructor() {
    let pendingHigh = '';
    this[kType] = 'TextEncoderStream';
    this[kImpl] = new TransformStream({
      transform(chunk, controller) {
        let s = pendingHigh + `${chunk}`;
        pendingHigh = '';
        if (s.length === 0) return;
        // A lone high surrogate at the end may pair with the next chunk's first unit.
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHigh = s[s.length - 1];
          s = s.slice(0, -1);
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pendingHigh) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    if (this?.[kType] !== 'TextEncoderStream') throw privateMemberError('encoding');
    return 'utf-8';
  }

  get readable() {
    if (this?.[kType] !== 'TextEncoderStream') throw privateMemberError('readable');
    return this[kImpl].readable;
  }

  get writable() {
    if (this?.[kType] !== 'TextEncoderStream') throw privateMemberError('writable');
    return this[kImpl].writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('internal/util/inspect');
    if (this?.[kType] !== 'TextEncoderStream') throw invalidThis('TextEncoderStream');
    return `TextEncoderStream ${inspect({ encoding: 'utf-8', readable: this.readable, writable: this.writable }, options)}`;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    Object.defineProperty(this, kImpl, { value: { decoder, ts: undefined } });
    this[kImpl].ts = new TransformStream({
      transform(chunk, controller) {
        if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) &&
            !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
          throw invalidArgType('chunk', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        }
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
  }

  get encoding() {
    if (this?.[kType] !== 'TextDecoderStream') throw privateMemberError('encoding');
    return this[kImpl].decoder.encoding;
  }

  get fatal() {
    if (this?.[kType] !== 'TextDecoderStream') throw privateMemberError('fatal');
    return this[kImpl].decoder.fatal;
  }

  get ignoreBOM() {
    if (this?.[kType] !== 'TextDecoderStream') throw privateMemberError('ignoreBOM');
    return this[kImpl].decoder.ignoreBOM;
  }

  get readable() {
    if (this?.[kType] !== 'TextDecoderStream') throw privateMemberError('readable');
    return this[kImpl].ts.readable;
  }

  get writable() {
    if (this?.[kType] !== 'TextDecoderStream') throw privateMemberError('writable');
    return this[kImpl].ts.writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('internal/util/inspect');
    if (this?.[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return `TextDecoderStream ${inspect({
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
      readable: this.readable, writable: this.writable,
    }, options)}`;
  }
}

enumerableMethods(TextEncoderStream.prototype, ['encoding', 'readable', 'writable']);
enumerableMethods(TextDecoderStream.prototype, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);
defineToStringTag(TextEncoderStream.prototype, 'TextEncoderStream');
defineToStringTag(TextDecoderStream.prototype, 'TextDecoderStream');

// node's classes use private fields, so a wrong receiver fails like a private read.
function privateMemberError(getter) {
  const err = new TypeError('Cannot read private member from an object whose class did not declare it');
  Error.captureStackTrace(err, privateMemberError);
  // JSC names a getter's frame by its bare name; V8 says `get name`.
  if (getter !== undefined) err.stack = err.stack.replace(`at ${getter} (`, `at get ${getter} (`);
  return err;
}

module.exports = { TextEncoderStream, TextDecoderStream };
