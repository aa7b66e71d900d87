'use strict';
// Flags: --expose-internals
// Natives made as JSC host functions (src/runtime/fastcall.c): arguments, `this`, return values,
// exceptions, re-entry and class methods behave as they did through the C API's callback objects.
// The same file runs with NODEC_FASTCALL=0 (the fallback) as a child, and must pass both ways.
const assert = require('assert');
const { spawnSync } = require('child_process');
const { internalBinding } = require('internal/test/binding');

const buffer = internalBinding('buffer');
const util = internalBinding('util');

// Arguments: fewer than declared, more than declared, numbers as int32 and as doubles.
const bytes = Buffer.from('hello, world');
assert.strictEqual(buffer.decode(bytes, 0, 5, 0), 'hello');
assert.strictEqual(buffer.decode(bytes, 7.0, 12.5, 0), 'world');
assert.strictEqual(buffer.decode(bytes, 0, 2 ** 40, 0), 'hello, world');
assert.strictEqual(buffer.decode(bytes, -3, 2, 0), 'he');
assert.strictEqual(buffer.decode(bytes, 0, 5, 0, 'extra', {}, []), 'hello');
assert.strictEqual(buffer.byteLengthUtf8('h\u00e9\u20ac\ud83d\ude00'), 10);
assert.strictEqual(buffer.byteLengthUtf8(), 9); // ToString(undefined)

// Exceptions from a native come out as JS exceptions, with the native's frame gone.
assert.throws(() => buffer.byteLengthUtf8(Symbol('s')), TypeError);
assert.throws(() => buffer.byteLengthUtf8({ toString() { throw new RangeError('from toString'); } }),
              { name: 'RangeError', message: 'from toString' });
for (let i = 0; i < 1000; i++) {
  try {
    buffer.byteLengthUtf8(Symbol('s'));
    assert.fail('no throw');
  } catch (e) {
    assert.ok(e instanceof TypeError);
  }
}

// Natives are functions with names; they are not constructors.
assert.strictEqual(typeof buffer.decode, 'function');
assert.strictEqual(buffer.decode.name, 'decode');
assert.strictEqual(Function.prototype.toString.call(buffer.decode).includes('[native code]'), true);
assert.throws(() => new buffer.decode(), TypeError);
assert.strictEqual(buffer.decode.call(null, bytes, 0, 1, 0), 'h');
assert.strictEqual(buffer.decode.apply('a string this', [bytes, 0, 1, 0]), 'h');
assert.strictEqual(Reflect.apply(buffer.decode, 42, [bytes, 1, 2, 0]), 'e');
assert.strictEqual(buffer.decode.bind(undefined, bytes)(0, 3, 0), 'hel');

// util.cellType: objects get a byte, everything else -1.
for (const v of [undefined, null, 1, 1.5, 'str', Symbol('x'), 10n, true]) assert.strictEqual(util.cellType(v), -1);
assert.ok(util.cellType({}) >= 0);
assert.notStrictEqual(util.cellType(new Map()), util.cellType({}));

// Re-entry: a native that calls back into JS, which calls natives again, which throw.
const { types } = require('util');
const deep = (n) => (n === 0 ? buffer.decode(bytes, 0, 1, 0) : deep(n - 1));
assert.strictEqual(deep(1000), 'h');
assert.strictEqual(types.isMap(new Map()), true);
assert.strictEqual(types.isMap(new (class extends Map {})()), true);
assert.strictEqual(types.isMap(new Proxy(new Map(), {})), false);
assert.strictEqual(types.isDate(Object.create(Date.prototype)), false);
assert.strictEqual(types.isRegExp(RegExp.prototype), false);
assert.strictEqual(types.isBoxedPrimitive(Object(1n)), true);
assert.strictEqual(types.isSharedArrayBuffer(new SharedArrayBuffer(1)), true);
assert.strictEqual(types.isArrayBuffer(new SharedArrayBuffer(1)), false);

// Class methods (handle prototypes): own, non-enumerable, callable, `this`-checked.
const { TCP, constants } = internalBinding('tcp_wrap');
assert.deepStrictEqual(Object.keys(TCP.prototype), []);
assert.strictEqual(TCP.prototype.constructor, TCP);
const handle = new TCP(constants.SOCKET);
assert.strictEqual(typeof handle.readStart, 'function');
assert.strictEqual(handle.readStart, TCP.prototype.readStart);
assert.throws(() => TCP.prototype.setNoDelay.call({}, true), TypeError);
assert.throws(() => TCP.prototype.setNoDelay.call('str', true), TypeError);
handle.close();

// Strings made in C: 8-bit, 16-bit, empty, one character; all equal to the JS-made ones.
assert.strictEqual(Buffer.from('x'.repeat(100)).toString(), 'x'.repeat(100));
assert.strictEqual(Buffer.from('\u00e9'.repeat(100)).toString(), '\u00e9'.repeat(100));
assert.strictEqual(Buffer.from('\u20ac'.repeat(100)).toString('utf16le').length, 150);
assert.strictEqual(Buffer.alloc(300, 0xab).toString('hex'), 'ab'.repeat(300));
assert.strictEqual(Buffer.alloc(0).toString('hex'), '');
assert.strictEqual(buffer.decode(Buffer.from('z'), 0, 1, 2), 'z');

if (!process.env.NODEC_FASTCALL) {
  const r = spawnSync(process.execPath, ['--expose-internals', __filename],
                      { env: { ...process.env, NODEC_FASTCALL: '0' }, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
}
