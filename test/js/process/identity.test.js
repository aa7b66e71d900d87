'use strict';
// Static facts about the process: versions, release, platform, ids, title.
const assert = require('assert');
const os = require('os');

assert.match(process.version, /^v\d+\.\d+\.\d+$/);
assert.strictEqual(process.versions.node, process.version.slice(1));
for (const k of ['node', 'uv', 'modules', 'napi']) {
  assert.strictEqual(typeof process.versions[k], 'string', `versions.${k}`);
}
assert.match(process.versions.uv, /^\d+\.\d+\.\d+/);
assert.match(process.versions.modules, /^\d+$/);
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(process.platform, os.platform());
assert.strictEqual(process.arch, os.arch());
assert.ok(['linux', 'darwin', 'win32', 'freebsd', 'openbsd', 'aix', 'sunos'].includes(process.platform));
assert.ok(['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64'].includes(process.arch));

assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid) && process.ppid > 0);
assert.notStrictEqual(process.pid, process.ppid);
assert.strictEqual(typeof process.title, 'string');
assert.ok(process.title.length > 0);
assert.strictEqual(typeof process.execPath, 'string');
if (process.platform !== 'win32') {
  assert.ok(Number.isInteger(process.getuid()));
  assert.ok(Number.isInteger(process.geteuid()));
  assert.ok(Number.isInteger(process.getgid()));
  assert.ok(Number.isInteger(process.getegid()));
  assert.ok(Array.isArray(process.getgroups()));
}

// process is an EventEmitter with the expected tag
const EventEmitter = require('events');
assert.ok(process instanceof EventEmitter);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
assert.strictEqual(globalThis.process, process);
assert.strictEqual(typeof process.config, 'object');
assert.strictEqual(typeof process.features, 'object');
assert.strictEqual(typeof process.emitWarning, 'function');
assert.strictEqual(typeof process.nextTick, 'function');
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
