'use strict';
// 1,000 pseudo-random inputs per primitive from a fixed seed, and what each primitive makes of them.
// Run by node 24 to record test/fixtures/crypto/random_expected.json
// (`node24 test/js/crypto/_random_cases.js > test/fixtures/crypto/random_expected.json`) and by
// random_vs_node.test.js under nodec to compare, case by case.
const crypto = require('crypto');

const N = 1000;
let state = 0x9e3779b97f4a7c15n;
function nextByte() { // xorshift64*: the same stream in every runtime
  state ^= state >> 12n; state ^= (state << 25n) & 0xffffffffffffffffn; state ^= state >> 27n;
  return Number(((state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 56n);
}
function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = nextByte(); return b; }
function len(max) { return nextByte() * 256 % (max + 1) + (nextByte() % 2); }
const short = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const ED_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex'); // PKCS#8 wrapper of a raw Ed25519 seed

const primitives = {
  hashes(i) {
    const m = bytes(len(300));
    return ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256'].map((a) => short(crypto.createHash(a).update(m).digest())).join('');
  },
  hmac() { return short(crypto.createHmac('sha256', bytes(len(80))).update(bytes(len(300))).digest()); },
  pbkdf2() { return short(crypto.pbkdf2Sync(bytes(len(40)), bytes(16), 1 + nextByte() % 4, 32, 'sha256')); },
  hkdf() { return short(Buffer.from(crypto.hkdfSync('sha256', bytes(1 + len(40)), bytes(len(32)), bytes(len(32)), 42))); },
  aesGcm() {
    const c = crypto.createCipheriv('aes-256-gcm', bytes(32), bytes(12));
    c.setAAD(bytes(len(40)));
    return short(Buffer.concat([c.update(bytes(len(300))), c.final(), c.getAuthTag()]));
  },
  aesCbc() {
    const c = crypto.createCipheriv('aes-128-cbc', bytes(16), bytes(16));
    return short(Buffer.concat([c.update(bytes(len(300))), c.final()]));
  },
  chacha() {
    const c = crypto.createCipheriv('chacha20-poly1305', bytes(32), bytes(12), { authTagLength: 16 });
    c.setAAD(bytes(len(40)), { plaintextLength: 0 });
    return short(Buffer.concat([c.update(bytes(len(300))), c.final(), c.getAuthTag()]));
  },
  ed25519() {
    const key = crypto.createPrivateKey({ key: Buffer.concat([ED_PREFIX, bytes(32)]), format: 'der', type: 'pkcs8' });
    return short(crypto.sign(null, bytes(len(300)), key));
  },
};

const out = {};
for (const [name, fn] of Object.entries(primitives)) {
  out[name] = [];
  for (let i = 0; i < N; i++) out[name].push(fn(i));
}
if (require.main === module) process.stdout.write(`${JSON.stringify(out)}\n`);
module.exports = out;
