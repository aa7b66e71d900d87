// Flags: --expose-internals
'use strict';

// internal/errors: classes, codes, messages (node 24's texts) and the uv/errno helpers.

const assert = require('assert');
const errors = require('internal/errors');
const { codes } = errors;

// --- shape of a code error -------------------------------------------------
{
  const err = new codes.ERR_INVALID_ARG_TYPE('name', 'string', 1);
  assert.ok(err instanceof TypeError);
  assert.ok(err instanceof Error);
  assert.ok(err instanceof codes.ERR_INVALID_ARG_TYPE);
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message, 'The "name" argument must be of type string. Received type number (1)');
  assert.strictEqual(String(err),
                     'TypeError [ERR_INVALID_ARG_TYPE]: The "name" argument must be of type string. Received type number (1)');
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.strictEqual(Object.getOwnPropertyDescriptor(err, 'message').enumerable, false);
  assert.strictEqual(typeof err.stack, 'string');
  assert.ok(!/NodeError/.test(err.stack), 'constructor frames are hidden');
  assert.strictEqual(err[errors.kIsNodeError], true);
  assert.strictEqual(new Error('x')[errors.kIsNodeError], undefined);
}

{
  const cases = [
    [codes.ERR_OUT_OF_RANGE, RangeError, ['a', 'b', 'c']], [codes.ERR_INVALID_URI, URIError, []],
    [codes.ERR_ASSERTION, Error, ['a']], [codes.ERR_INVALID_TYPESCRIPT_SYNTAX, SyntaxError, ['a']],
    [codes.ERR_UNKNOWN_ENCODING, TypeError, ['a']],
  ];
  for (const [Code, Base, args] of cases) {
    const err = new Code(...args);
    assert.ok(err instanceof Base);
    assert.strictEqual(err.name, Base.name);
  }
}

// Every code node's core modules raise is present.
for (const code of [
  'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_OUT_OF_RANGE', 'ERR_MISSING_ARGS', 'ERR_UNKNOWN_ENCODING',
  'ERR_BUFFER_OUT_OF_BOUNDS', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_WRITE_AFTER_END', 'ERR_STREAM_DESTROYED',
  'ERR_STREAM_PUSH_AFTER_EOF', 'ERR_MULTIPLE_CALLBACK', 'ERR_METHOD_NOT_IMPLEMENTED', 'ERR_UNHANDLED_ERROR',
  'ERR_INVALID_THIS', 'ERR_INVALID_URL', 'ERR_INVALID_FILE_URL_PATH', 'ERR_INVALID_FILE_URL_HOST', 'ERR_INVALID_URL_SCHEME',
  'ERR_ASSERTION', 'ERR_UNKNOWN_SIGNAL', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'ERR_SOCKET_BAD_PORT', 'ERR_SERVER_NOT_RUNNING',
  'ERR_HTTP_HEADERS_SENT', 'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_INVALID_HTTP_TOKEN', 'ERR_CRYPTO_HASH_FINALIZED',
  'ERR_BROTLI_INVALID_PARAM', 'ERR_ZSTD_INVALID_PARAM', 'ERR_WORKER_PATH', 'ERR_REQUIRE_ESM', 'ERR_UNKNOWN_BUILTIN_MODULE',
  'ERR_INVALID_PACKAGE_CONFIG', 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_INVALID_MODULE_SPECIFIER', 'ERR_MODULE_NOT_FOUND',
  'ERR_SYSTEM_ERROR', 'ERR_FS_FILE_TOO_LARGE', 'ERR_DIR_CLOSED', 'ERR_INVALID_FD', 'ERR_IPC_CHANNEL_CLOSED',
]) {
  assert.strictEqual(typeof codes[code], 'function', code);
}

// --- ERR_INVALID_ARG_TYPE ---------------------------------------------------
function msg(Code, ...args) {
  return new Code(...args).message;
}
const IAT = (name, expected, actual) => msg(codes.ERR_INVALID_ARG_TYPE, name, expected, actual);
const recv = (actual) => IAT('x', 'string', actual).replace('The "x" argument must be of type string. Received ', '');

class Foo {}
assert.strictEqual(recv(undefined), 'undefined');
assert.strictEqual(recv(null), 'null');
assert.strictEqual(recv(-0), 'type number (-0)');
assert.strictEqual(recv(NaN), 'type number (NaN)');
assert.strictEqual(recv(12n), 'type bigint (12n)');
assert.strictEqual(recv(true), 'type boolean (true)');
assert.strictEqual(recv(Symbol('s')), 'type symbol (Symbol(s))');
assert.strictEqual(recv('str'), "type string ('str')");
assert.strictEqual(recv("it's"), 'type string ("it\'s")');
assert.strictEqual(recv('a'.repeat(28)), `type string ('${'a'.repeat(28)}')`);
assert.strictEqual(recv('a'.repeat(40)), `type string ('${'a'.repeat(25)}...')`);
assert.strictEqual(recv({}), 'an instance of Object');
assert.strictEqual(recv([]), 'an instance of Array');
assert.strictEqual(recv(new Foo()), 'an instance of Foo');
assert.strictEqual(recv(new Map()), 'an instance of Map');
assert.strictEqual(recv(function f() {}), 'function f');
assert.strictEqual(recv(Object.create(null)), '[Object: null prototype] {}');

assert.strictEqual(IAT('x', ['string', 'number'], 1),
                   'The "x" argument must be one of type string or number. Received type number (1)');
assert.strictEqual(IAT('x', 'Buffer', 1), 'The "x" argument must be an instance of Buffer. Received type number (1)');
assert.strictEqual(IAT('x', ['string', 'Buffer', 'URL'], 1),
                   'The "x" argument must be of type string or an instance of Buffer or URL. Received type number (1)');
assert.strictEqual(IAT('x', ['string', 'Buffer', 'TypedArray', 'DataView'], 1),
                   'The "x" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
                   'Received type number (1)');
assert.strictEqual(IAT('x', 'Function', 1), 'The "x" argument must be of type function. Received type number (1)');
assert.strictEqual(IAT('x', 'Object', 1), 'The "x" argument must be of type object. Received type number (1)');
assert.strictEqual(IAT('x', ['Object', 'Array'], 1),
                   'The "x" argument must be an instance of Array or Object. Received type number (1)');
assert.strictEqual(IAT('x', ['string', 'null'], 1), 'The "x" argument must be of type string or null. Received type number (1)');
assert.strictEqual(IAT('x', ['foo', 'Bar', 'baz'], 1),
                   'The "x" argument must be an instance of Bar or one of foo or baz. Received type number (1)');
assert.strictEqual(IAT('x', 'undefined', 1), 'The "x" argument must be undefined. Received type number (1)');
assert.strictEqual(IAT('options.foo', 'string', 1),
                   'The "options.foo" property must be of type string. Received type number (1)');
assert.strictEqual(IAT('first argument', 'string', 1), 'The first argument must be of type string. Received type number (1)');

// --- ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE / ERR_MISSING_ARGS ------------
assert.strictEqual(msg(codes.ERR_INVALID_ARG_VALUE, 'x', { a: 1 }), "The argument 'x' is invalid. Received { a: 1 }");
assert.strictEqual(msg(codes.ERR_INVALID_ARG_VALUE, 'x.y', 'v', 'must be good'),
                   "The property 'x.y' must be good. Received 'v'");
assert.strictEqual(msg(codes.ERR_INVALID_ARG_VALUE, 'x', 'a'.repeat(200)),
                   `The argument 'x' is invalid. Received '${'a'.repeat(127)}...`);

const OOR = (v) => msg(codes.ERR_OUT_OF_RANGE, 'x', '>= 0', v);
assert.strictEqual(OOR(-1), 'The value of "x" is out of range. It must be >= 0. Received -1');
assert.strictEqual(OOR(2 ** 32), 'The value of "x" is out of range. It must be >= 0. Received 4294967296');
assert.strictEqual(OOR(2 ** 32 + 1), 'The value of "x" is out of range. It must be >= 0. Received 4_294_967_297');
assert.strictEqual(OOR(-(2 ** 40)), 'The value of "x" is out of range. It must be >= 0. Received -1_099_511_627_776');
assert.strictEqual(OOR(2n ** 40n), 'The value of "x" is out of range. It must be >= 0. Received 1_099_511_627_776n');
assert.strictEqual(OOR(12n), 'The value of "x" is out of range. It must be >= 0. Received 12n');
assert.strictEqual(OOR(1.5), 'The value of "x" is out of range. It must be >= 0. Received 1.5');
assert.strictEqual(OOR('s'), "The value of \"x\" is out of range. It must be >= 0. Received 's'");
assert.strictEqual(msg(codes.ERR_OUT_OF_RANGE, 'Custom.', 'y', 1, true), 'Custom. It must be y. Received 1');

assert.strictEqual(msg(codes.ERR_MISSING_ARGS, 'a'), 'The "a" argument must be specified');
assert.strictEqual(msg(codes.ERR_MISSING_ARGS, 'a', 'b'), 'The "a" and "b" arguments must be specified');
assert.strictEqual(msg(codes.ERR_MISSING_ARGS, 'a', 'b', 'c'), 'The "a", "b", and "c" arguments must be specified');
assert.strictEqual(msg(codes.ERR_MISSING_ARGS, ['a', 'b']), 'The "a" or "b" argument must be specified');

// --- other argument-dependent messages -------------------------------------
assert.strictEqual(msg(codes.ERR_UNHANDLED_ERROR), 'Unhandled error.');
assert.strictEqual(msg(codes.ERR_UNHANDLED_ERROR, 'boom'), 'Unhandled error. (boom)');
assert.strictEqual(msg(codes.ERR_BUFFER_OUT_OF_BOUNDS), 'Attempt to access memory outside buffer bounds');
assert.strictEqual(msg(codes.ERR_BUFFER_OUT_OF_BOUNDS, 'offset'), '"offset" is outside of buffer bounds');
assert.strictEqual(msg(codes.ERR_SOCKET_BAD_PORT, 'port', -1, false),
                   'port should be > 0 and < 65536. Received type number (-1).');
assert.strictEqual(msg(codes.ERR_PACKAGE_PATH_NOT_EXPORTED, '/p/', './x', '/b.js'),
                   'Package subpath \'./x\' is not defined by "exports" in /p/package.json imported from /b.js');
assert.strictEqual(msg(codes.ERR_PACKAGE_PATH_NOT_EXPORTED, '/p/', '.'), 'No "exports" main defined in /p/package.json');
assert.strictEqual(msg(codes.ERR_REQUIRE_ESM, '/a.mjs', false, '/b.js'),
                   'require() of ES Module /a.mjs from /b.js not supported.\n' +
                   'Instead change the require of /a.mjs to a dynamic import() which is available in all CommonJS modules.');
assert.strictEqual(msg(codes.ERR_INVALID_MODULE_SPECIFIER, 'x', 'is bad', 'base'), 'Invalid module "x" is bad imported from base');
assert.strictEqual(msg(codes.ERR_INVALID_PACKAGE_CONFIG, '/p/package.json', undefined, 'msg'),
                   'Invalid package config /p/package.json. msg');
{
  const err = new codes.ERR_INVALID_URL('abc', 'http://b');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  assert.strictEqual(err.input, 'abc');
}

// --- fixed templates -------------------------------------------------------
assert.strictEqual(msg(codes.ERR_UNKNOWN_ENCODING, 'foo'), 'Unknown encoding: foo');
assert.strictEqual(msg(codes.ERR_UNKNOWN_BUILTIN_MODULE, 'nope'), 'No such built-in module: nope');
assert.strictEqual(msg(codes.ERR_STREAM_PREMATURE_CLOSE), 'Premature close');
assert.strictEqual(msg(codes.ERR_STREAM_DESTROYED, 'write'), 'Cannot call write after a stream was destroyed');
assert.strictEqual(msg(codes.ERR_METHOD_NOT_IMPLEMENTED, '_read()'), 'The _read() method is not implemented');
assert.strictEqual(msg(codes.ERR_INVALID_THIS, 'URL'), 'Value of "this" must be of type URL');
assert.strictEqual(msg(codes.ERR_FS_FILE_TOO_LARGE, 3e9), 'File size (3000000000) is greater than 2 GiB');
assert.strictEqual(msg(codes.ERR_ASSERTION, [1, 2]), '[ 1, 2 ]'); // %s inspects objects
assert.strictEqual(msg(codes.ERR_PERFORMANCE_INVALID_TIMESTAMP, 'x'), 'NaN is not a valid timestamp'); // %d
assert.strictEqual(msg(codes.ERR_TLS_PROTOCOL_VERSION_CONFLICT, 'TLSv1', 'x'),
                   'TLS protocol version "TLSv1" conflicts with secureProtocol "x"'); // %j

// --- SystemError -----------------------------------------------------------
{
  const ctx = { errno: -2, code: 'ENOENT', message: 'no such file', syscall: 'open', path: '/a', dest: '/b' };
  const err = new codes.ERR_SYSTEM_ERROR(ctx);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message, 'A system error occurred: open returned ENOENT (no such file) /a => /b');
  assert.strictEqual(String(err), `SystemError [ERR_SYSTEM_ERROR]: ${err.message}`);
  assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall', 'path', 'dest']);
  assert.strictEqual(err.info, ctx);
  assert.strictEqual(err.errno, -2);
  err.errno = 5;
  assert.strictEqual(ctx.errno, 5);
}

// --- uv / errno helpers ----------------------------------------------------
{
  assert.deepStrictEqual(errors.uvErrmapGet(-2), ['ENOENT', 'no such file or directory']);
  assert.strictEqual(errors.uvErrmapGet(-99999), undefined);

  const err = errors.uvException({ errno: -2, syscall: 'rename', path: '/x', dest: '/y' });
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, "ENOENT: no such file or directory, rename '/x' -> '/y'");
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(String(err), `Error: ${err.message}`);

  assert.strictEqual(errors.uvException({ errno: -2, syscall: 'open', message: 'custom' }).message, 'ENOENT: custom, open');
  assert.strictEqual(errors.uvException({ errno: -99999, syscall: 'open' }).message, 'UNKNOWN: unknown error, open');
  assert.strictEqual(errors.uvException({ errno: -2, syscall: 'open', path: Buffer.from('/b') }).path, '/b');

  const e2 = errors.errnoException(-2, 'read', 'extra');
  assert.strictEqual(e2.message, 'read ENOENT extra');
  assert.deepStrictEqual(Object.keys(e2), ['errno', 'code', 'syscall']);

  const e3 = errors.exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
  assert.strictEqual(e3.message, 'connect ECONNREFUSED 127.0.0.1:80');
  assert.deepStrictEqual(Object.keys(e3), ['errno', 'code', 'syscall', 'address', 'port']);
  assert.strictEqual(errors.exceptionWithHostPort(-111, 'connect', '::1', 0, 'x').message,
                     'connect ECONNREFUSED ::1 - Local (x)');

  const e4 = errors.uvExceptionWithHostPort(-111, 'connect', '::1', 8080);
  assert.strictEqual(e4.message, 'connect ECONNREFUSED: connection refused ::1:8080');

  const e5 = errors.dnsException(-3008, 'getaddrinfo', 'nope.invalid');
  assert.strictEqual(e5.message, 'getaddrinfo ENOTFOUND nope.invalid');
  assert.strictEqual(e5.errno, -3008);
  assert.strictEqual(e5.code, 'ENOTFOUND');
  assert.strictEqual(e5.hostname, 'nope.invalid');
  assert.strictEqual(errors.dnsException('ESERVFAIL', 'queryA', 'x').message, 'queryA ESERVFAIL x');

  const e6 = errors.connResetException('socket hang up');
  assert.strictEqual(e6.code, 'ECONNRESET');
}

// --- misc helpers ----------------------------------------------------------
{
  const ab = new errors.AbortError();
  assert.strictEqual(ab.name, 'AbortError');
  assert.strictEqual(ab.code, 'ABORT_ERR');
  assert.strictEqual(ab.message, 'The operation was aborted');
  assert.strictEqual(new errors.AbortError('m', { cause: 5 }).cause, 5);
  assert.throws(() => new errors.AbortError('m', 5), { code: 'ERR_INVALID_ARG_TYPE' });

  const inner = new Error('in');
  const outer = Object.assign(new Error('out'), { code: 'X' });
  const agg = errors.aggregateTwoErrors(inner, outer);
  assert.ok(agg instanceof AggregateError);
  assert.strictEqual(agg.message, 'out');
  assert.strictEqual(agg.code, 'X');
  assert.deepStrictEqual(agg.errors, [outer, inner]);
  assert.strictEqual(errors.aggregateTwoErrors(null, outer), outer);
  assert.strictEqual(errors.aggregateTwoErrors(inner, null), inner);

  const g = errors.genericNodeError('msg', { code: 'C', a: 1 });
  assert.strictEqual(Object.getPrototypeOf(g), Error.prototype);
  assert.deepStrictEqual(Object.keys(g), ['code', 'a']);

  assert.strictEqual(errors.addNumericalSeparator('1234567'), '1_234_567');
  assert.strictEqual(errors.addNumericalSeparator('-1234567'), '-1_234_567');
  assert.strictEqual(errors.addNumericalSeparator('123'), '123');
  assert.strictEqual(errors.determineSpecificType(5), 'type number (5)');
  assert.strictEqual(errors.formatList(['a', 'b', 'c'], 'or'), 'a, b, or c');

  const fn = (x) => x + 1;
  const hidden = errors.hideStackFrames(fn);
  assert.strictEqual(hidden(1), 2);
  assert.strictEqual(hidden.withoutStackTrace, fn);
  assert.strictEqual(errors.isErrorStackTraceLimitWritable(), true);

  const overflow = () => 1 + overflow(); // not a tail call (JSC has proper tail calls)
  let stackErr;
  try {
    overflow();
  } catch (e) {
    stackErr = e;
  }
  assert.strictEqual(errors.isStackOverflowError(stackErr), true);
  assert.strictEqual(errors.isStackOverflowError(new RangeError('x')), false);
}

// Subclassing a code keeps the subclass's identity.
{
  class MyErr extends codes.ERR_STREAM_PREMATURE_CLOSE {}
  const err = new MyErr();
  assert.ok(err instanceof MyErr);
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(err.message, 'Premature close');
}

// Frames of constructors, factories and hideStackFrames functions are not in the stack:
// the first frame is the code that called them.
{
  const firstFrame = (err) => err.stack.split('\n').find((l) => /^\s+at |@/.test(l));
  const check = hideStackFrames_((value) => {
    if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('value', 'string', value);
  });
  function callsHidden() {
    try {
      check(1);
    } catch (err) {
      return err;
    }
  }
  assert.match(firstFrame(callsHidden()), /callsHidden/);
  function makesCodeError() { return new codes.ERR_STREAM_PREMATURE_CLOSE(); }
  assert.match(firstFrame(makesCodeError()), /makesCodeError/);
  function makesAbortError() { return new errors.AbortError(); }
  assert.match(firstFrame(makesAbortError()), /makesAbortError/);
  if (typeof errors.uvException === 'function') {
    function makesUvError() {
      const err = errors.uvException({ errno: -2, syscall: 'open' });
      return err; // `return f()` would be a tail call, dropping this frame in JSC
    }
    assert.match(firstFrame(makesUvError()), /makesUvError/);
  }
}
function hideStackFrames_(fn) { return errors.hideStackFrames(fn); }
