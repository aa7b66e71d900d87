'use strict';
// Hashes, HMAC, PBKDF2, HKDF, AES-GCM/CBC, ChaCha20-Poly1305 and Ed25519 on 1,000 pseudo-random
// inputs each must give exactly what node 24 gave (recorded in test/fixtures/crypto/random_expected.json
// by _random_cases.js).
const assert = require('assert');
const path = require('path');
const expected = require(path.join(__dirname, '../../fixtures/crypto/random_expected.json'));
const actual = require('./_random_cases.js');

for (const name of Object.keys(expected)) {
  assert.strictEqual(actual[name].length, 1000, name);
  for (let i = 0; i < expected[name].length; i++) {
    assert.strictEqual(actual[name][i], expected[name][i], `${name} case ${i}`);
  }
}
