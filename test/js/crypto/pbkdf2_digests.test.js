'use strict';
// PBKDF2 for SHA-1/SHA-2 runs nodec's own loop over OpenSSL's SHA functions (src/modules/crypto/
// pbkdf2_sha.c); other digests go to OpenSSL's PKCS5_PBKDF2_HMAC. Both give node's bytes for
// passwords shorter than, equal to and longer than the digest's block (64 or 128 bytes: those are
// hashed first), empty and long salts, key lengths that end inside a block and span several, and
// 1-3 iterations. The digest of all 6720 outputs was recorded with node 24. Then the async form
// on the pool, and RFC 6070's 4096-iteration vector.
const assert = require('assert');
const crypto = require('crypto');

const all = crypto.createHash('sha256');
const algs = ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'sha3-256', 'sha512-256'];
for (const a of algs) {
  for (const pl of [0, 1, 20, 63, 64, 65, 127, 128, 129, 300]) {
    for (const sl of [0, 1, 16, 200]) {
      for (const kl of [1, 20, 32, 64, 65, 100, 200]) {
        for (const it of [1, 2, 3]) {
          const p = Buffer.alloc(pl, (pl * 7 + 1) & 255).map((x, i) => (x + i * 13) & 255);
          const s = Buffer.alloc(sl).map((x, i) => (i * 31 + sl) & 255);
          all.update(crypto.pbkdf2Sync(p, s, it, kl, a));
        }
      }
    }
  }
}
assert.strictEqual(all.digest('hex'), '821acf70969218b5a052337951e542d9a0f5b028f557bd9fb9de9f379756584d');

// RFC 6070, test 3 (4096 iterations) and test 5 (several blocks, long password and salt).
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'),
                   '4b007901b765489abead49d926f721d065a429c1');
let finished = false;
process.on('exit', () => assert.ok(finished, 'every pbkdf2 callback ran'));
crypto.pbkdf2('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1', (err, key) => {
  assert.ifError(err);
  assert.strictEqual(key.toString('hex'), '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038');
  // The sync and pool paths agree for every fast digest.
  let left = 5;
  for (const a of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
    crypto.pbkdf2('pw', 'na', 300, 90, a, (e, k) => {
      assert.ifError(e);
      assert.deepStrictEqual(k, crypto.pbkdf2Sync('pw', 'na', 300, 90, a));
      if (--left === 0) finished = true;
    });
  }
});
