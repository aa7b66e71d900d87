'use strict';
// crypto.Certificate: SPKAC data (the HTML5 <keygen> format) verified and taken apart in OpenSSL.

const { binding } = require('internal/crypto/util');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kMaxLength = 2 ** 31 - 1;

function spkacBytes(spkac, encoding) {
  let b;
  if (typeof spkac === 'string') b = Buffer.from(spkac, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  else if (isAnyArrayBuffer(spkac)) b = new Uint8Array(spkac);
  else if (isArrayBufferView(spkac)) b = new Uint8Array(spkac.buffer, spkac.byteOffset, spkac.byteLength);
  else throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
  if (b.byteLength > kMaxLength) throw new ERR_OUT_OF_RANGE('spkac', `<= ${kMaxLength}`, b.byteLength);
  return b;
}

function verifySpkac(spkac, encoding) {
  return binding.spkacVerify(spkacBytes(spkac, encoding));
}

function exportPublicKey(spkac, encoding) {
  const r = binding.spkacPublicKey(spkacBytes(spkac, encoding));
  return r === undefined ? '' : r;
}

function exportChallenge(spkac, encoding) {
  const r = binding.spkacChallenge(spkacBytes(spkac, encoding));
  return r === undefined ? '' : r;
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.verifySpkac = verifySpkac;
Certificate.exportPublicKey = exportPublicKey;
Certificate.exportChallenge = exportChallenge;

module.exports = { Certificate };
