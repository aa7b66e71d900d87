'use strict';
// X509Certificate: the basic fields, fingerprints, public key and the host/email/ip checks.

const { binding } = require('internal/crypto/util');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isArrayBufferView, isKeyObject } = require('internal/util/types');
const { PublicKeyObject, kHandle } = require('internal/crypto/keys');

const kX509 = Symbol('kX509');
const kInfo = Symbol('kInfo');
// The issuer's certificate, when this one came with a chain (a TLS peer's): set by internal/tls.
const kIssuerCertificate = Symbol('kIssuerCertificate');

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kX509] = binding.x509Parse(buffer);
  }
  get [kInfo]() {
    const v = binding.x509Info(this[kX509]);
    Object.defineProperty(this, kInfo, { value: v });
    return v;
  }
  get subject() { return this[kInfo].subject; }
  get issuer() { return this[kInfo].issuer; }
  get subjectAltName() { return this[kInfo].subjectAltName; }
  get infoAccess() { return this[kInfo].infoAccess; }
  get validFrom() { return this[kInfo].validFrom; }
  get validTo() { return this[kInfo].validTo; }
  get validFromDate() { return new Date(this[kInfo].validFrom); }
  get validToDate() { return new Date(this[kInfo].validTo); }
  get serialNumber() { return this[kInfo].serialNumber; }
  get fingerprint() { return this[kInfo].fingerprint; }
  get fingerprint256() { return this[kInfo].fingerprint256; }
  get fingerprint512() { return this[kInfo].fingerprint512; }
  get ca() { return this[kInfo].ca; }
  get signatureAlgorithm() { return this[kInfo].signatureAlgorithm; }
  get signatureAlgorithmOid() { return this[kInfo].signatureAlgorithmOid; }
  get raw() { return this[kInfo].raw; }
  get publicKey() { return new PublicKeyObject(this[kInfo].publicKey); }
  get keyUsage() { return undefined; }
  get issuerCertificate() { return this[kIssuerCertificate]; }
  toString() { return this[kInfo].pem; }
  toJSON() { return this.toString(); }
  checkHost(name) { return binding.x509Check(this[kX509], 3, name) ? name : undefined; }
  checkEmail(email) { return binding.x509Check(this[kX509], 4, email) ? email : undefined; }
  checkIP(ip) { return binding.x509Check(this[kX509], 5, ip) ? ip : undefined; }
  checkIssued(other) { return binding.x509Check(this[kX509], 1, other[kX509]); }
  checkPrivateKey(key) {
    if (!isKeyObject(key) || key.type !== 'private') throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', key);
    return binding.x509Check(this[kX509], 2, key[kHandle]);
  }
  verify(key) {
    if (!isKeyObject(key) || key.type !== 'public') throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', key);
    return binding.x509Check(this[kX509], 0, key[kHandle]);
  }
  toLegacyObject() {
    const i = this[kInfo];
    return { subject: i.subject, issuer: i.issuer, valid_from: i.validFrom, valid_to: i.validTo,
      serialNumber: i.serialNumber, fingerprint: i.fingerprint, fingerprint256: i.fingerprint256,
      fingerprint512: i.fingerprint512, raw: i.raw };
  }
}

function isX509Certificate(value) {
  return value !== null && typeof value === 'object' && value[kX509] !== undefined;
}

module.exports = { X509Certificate, isX509Certificate, kIssuerCertificate };
