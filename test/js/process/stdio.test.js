'use strict';
// stdout/stderr are writable streams whose write callbacks fire; stdin exists lazily.
const assert = require('assert');
const { Writable, Readable } = require('stream');
assert.ok(process.stdout instanceof Writable || typeof process.stdout.write === 'function');
assert.strictEqual(typeof process.stderr.write, 'function');
let n = 0;
process.stdout.write('', () => n++);
process.stderr.write('', () => n++);
process.stdout.write(new Uint8Array(0), () => n++);
assert.throws(() => process.stdout.write(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(process.stdin instanceof Readable);
assert.strictEqual(process.stdin.fd, 0);
process.on('exit', () => assert.strictEqual(n, 3));
