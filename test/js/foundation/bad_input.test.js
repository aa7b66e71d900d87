'use strict';
// Wrong argument types to the foundation's functions give node's error class and code, never a crash.
const assert = require('assert');

function code(fn) {
  try {
    fn();
  } catch (e) {
    return `${e.name}:${e.code}`;
  }
  return 'no error';
}

const cases = [
  ['setTimeout("x")', () => setTimeout('x'), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['setInterval(null)', () => setInterval(null), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['setImmediate(1)', () => setImmediate(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['process.nextTick({})', () => process.nextTick({}), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['queueMicrotask("f")', () => queueMicrotask('f'), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['process.chdir(1)', () => process.chdir(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['process.chdir(missing)', () => process.chdir('/definitely/not/here'), 'Error:ENOENT'],
  ['process.kill("x")', () => process.kill('x'), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['process.kill(pid, "SIGNOPE")', () => process.kill(process.pid, 'SIGNOPE'), 'TypeError:ERR_UNKNOWN_SIGNAL'],
  ['process.exitCode = "abc"', () => { process.exitCode = 'abc'; }, 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['process.exitCode = 1.5', () => { process.exitCode = 1.5; }, 'RangeError:ERR_OUT_OF_RANGE'],
  ['process.umask("8")', () => process.umask('8'), 'TypeError:ERR_INVALID_ARG_VALUE'],
  ['process.hrtime(1)', () => process.hrtime(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['process.hrtime([1])', () => process.hrtime([1]), 'RangeError:ERR_OUT_OF_RANGE'],
  ['process.emitWarning(1)', () => process.emitWarning(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['require(1)', () => require(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['require("")', () => require(''), 'TypeError:ERR_INVALID_ARG_VALUE'],
  ['require("./nope")', () => require('./nope'), 'Error:MODULE_NOT_FOUND'],
  ['require("node:nope")', () => require('node:nope'), 'Error:ERR_UNKNOWN_BUILTIN_MODULE'],
  ['require.resolve(1)', () => require.resolve(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['createRequire("rel")', () => require('module').createRequire('rel'), 'TypeError:ERR_INVALID_ARG_VALUE'],
  ['assert.strictEqual(1, 2)', () => assert.strictEqual(1, 2), 'AssertionError:ERR_ASSERTION'],
  ['util.inspect bad options', () => require('util').inspect({}, { depth: 'x' }), 'no error'],
  ['util.format(Symbol())', () => require('util').format(Symbol('s')), 'no error'],
  ['util.promisify(1)', () => require('util').promisify(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['new EventEmitter().on(1)', () => new (require('events'))().on('x', 1), 'TypeError:ERR_INVALID_ARG_TYPE'],
  ['path.join(1)', () => require('path').join(1), 'TypeError:ERR_INVALID_ARG_TYPE'],
];

for (const [name, fn, want] of cases) {
  assert.strictEqual(code(fn), want, name);
}
process.exitCode = 0;

// Timer ids work with clearTimeout as primitives; garbage to clear* is ignored.
const t = setTimeout(() => assert.fail('cleared timer ran'), 1);
clearTimeout(+t);
clearTimeout('nope');
clearTimeout({});
clearInterval(null);
clearImmediate(undefined);

// A throwing getter in an inspected object does not crash console.log.
const tricky = { get boom() { throw new Error('getter'); } };
require('util').inspect(tricky, { getters: true });

// Errors from the OS carry errno/code/syscall/path.
try {
  require('fs').readFileSync('/definitely/not/here');
  assert.fail('no error');
} catch (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'open');
  assert.strictEqual(e.path, '/definitely/not/here');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.message, "ENOENT: no such file or directory, open '/definitely/not/here'");
}
