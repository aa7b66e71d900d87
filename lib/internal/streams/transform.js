'use strict';
// stream.Transform: writes go through _transform() into the readable side; _flush() runs at end.
// One bound callback per stream (not per chunk) receives _transform()'s result.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK } } = require('internal/errors');
const { errorOrDestroy } = require('internal/streams/destroy');

const kCallback = Symbol('kCallback');
const kPending = Symbol('kPending');
const kSlot = Symbol('kSlot');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable highWaterMark of 0 would stall: the transformed chunk could never be buffered.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);

  // Pushes from _transform() happen inside _write(), never inside _read().
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kPending] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

// Subclasses that override _final still get _flush run at prefinish.
function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function () {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

function onTransformed(err, val) {
  const pending = this[kPending];
  if (!pending) {
    // Second call for the same chunk.
    if (val != null) this.push(val);
    errorOrDestroy(this, err ?? new ERR_MULTIPLE_CALLBACK());
    return;
  }
  this[kPending] = null;
  const callback = pending.callback;
  if (err) {
    callback(err);
    return;
  }
  if (val != null) this.push(val);
  const rState = this._readableState;
  if (this._writableState.ended || pending.length === rState.length ||
    rState.length < rState.highWaterMark) {
    callback();
  } else {
    // Readable side is full: finish this write when the consumer reads.
    this[kCallback] = callback;
  }
}

Transform.prototype._write = function (chunk, encoding, callback) {
  let slot = this[kSlot];
  if (slot === undefined) {
    slot = this[kSlot] = { callback: null, length: 0, onTransformed: onTransformed.bind(this) };
  }
  slot.callback = callback;
  slot.length = this._readableState.length;
  this[kPending] = slot;
  this._transform(chunk, encoding, slot.onTransformed);
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
