'use strict';
// util.isDeepStrictEqual / assert.deepEqual over node's documented comparison rules.
// Each entry: [strict result, loose result], recorded with node 24; both argument orders are checked.
const assert = require('assert');
const util = require('util');

function cases() {
  const circA = { x: 1 }; circA.self = circA;
  const circB = { x: 1 }; circB.self = circB;
  const circC = { x: 1 }; circC.self = { x: 1, self: circC };
  const sym = Symbol('s');
  const wm = new WeakMap(); const ws = new WeakSet();
  const wm3 = new WeakMap(); wm3.unequal = true;
  class Foo { constructor() { this.a = 1; } }
  const errC1 = new Error('a', { cause: 1 }); const errC2 = new Error('a', { cause: 2 });
  const errC3 = new Error('a', { cause: 1 });
  const re1 = /a/g; const re2 = /a/g; re2.lastIndex = 3;
  const d1 = new Date(0); const d2 = new Date(0); d2.foo = 1;
  const arrH = [1, , 3]; const arrU = [1, undefined, 3];
  const arrK = [1]; arrK.extra = 1;
  const nullProto = Object.create(null); nullProto.a = 1;
  const args = (function () { return arguments; })(1, 2);
  const f1 = () => {}; const f2 = () => {};
  const buf = new Uint8Array([1, 2]);
  const symKeyA = { [sym]: 1 }; const symKeyB = { [sym]: 2 };
  const nonEnumA = {}; Object.defineProperty(nonEnumA, 'x', { value: 1 });
  return [
    ['num', () => [1, 1]], ['num-str', () => [1, '1']], ['nan', () => [NaN, NaN]],
    ['zero', () => [0, -0]], ['null-undef', () => [null, undefined]],
    ['obj', () => [{ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }]],
    ['obj-order', () => [{ a: 1, b: 2 }, { b: 2, a: 1 }]],
    ['obj-diff', () => [{ a: 1 }, { a: '1' }]],
    ['obj-extra', () => [{ a: 1 }, { a: 1, b: undefined }]],
    ['circ', () => [circA, circB]], ['circ2', () => [circA, circC]],
    ['map', () => [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])]],
    ['map-objkey', () => [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])]],
    ['map-loosekey', () => [new Map([[1, 1]]), new Map([['1', 1]])]],
    ['map-diffval', () => [new Map([[1, 1]]), new Map([[1, 2]])]],
    ['set', () => [new Set([1, 2, 3]), new Set([3, 2, 1])]],
    ['set-obj', () => [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])]],
    ['set-loose', () => [new Set([1]), new Set(['1'])]],
    ['set-size', () => [new Set([1]), new Set([1, 2])]],
    ['set-dupobj', () => [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])]],
    ['weakmap', () => [wm, new WeakMap()]], ['weakset', () => [ws, new WeakSet()]],
    ['weakmap-prop', () => [wm, wm3]],
    ['proto', () => [new Foo(), { a: 1 }]],
    ['nullproto', () => [nullProto, { a: 1 }]],
    ['err', () => [new Error('a'), new Error('a')]],
    ['err-msg', () => [new Error('a'), new Error('b')]],
    ['err-type', () => [new Error('a'), new TypeError('a')]],
    ['err-cause', () => [errC1, errC2]], ['err-cause-same', () => [errC1, errC3]],
    ['err-nocause', () => [new Error('a'), errC3]],
    ['agg', () => [new AggregateError([1], 'x'), new AggregateError([2], 'x')]],
    ['re', () => [/a/g, /a/g]], ['re-flags', () => [/a/g, /a/i]], ['re-li', () => [re1, re2]],
    ['date', () => [new Date(0), new Date(0)]], ['date-diff', () => [new Date(0), new Date(1)]],
    ['date-prop', () => [new Date(0), d2]], ['date-obj', () => [new Date(0), {}]],
    ['holes', () => [arrH, arrU]], ['arr-extra', () => [arrK, [1]]],
    ['arr-len', () => [[1, 2], [1, 2, 3]]], ['arr-obj', () => [[1], { 0: 1 }]],
    ['arr-str', () => [[1, 2], ['1', '2']]],
    ['args-arr', () => [args, [1, 2]]],
    ['fn-same', () => [f1, f1]], ['fn-diff', () => [f1, f2]],
    ['u8', () => [new Uint8Array([1, 2]), new Uint8Array([1, 2])]],
    ['u8-diff', () => [new Uint8Array([1, 2]), new Uint8Array([1, 3])]],
    ['u8-i8', () => [new Uint8Array([1, 2]), new Int8Array([1, 2])]],
    ['f64-zero', () => [new Float64Array([0]), new Float64Array([-0])]],
    ['f64-nan', () => [new Float64Array([NaN]), new Float64Array([NaN])]],
    ['u8-prop', () => [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)]],
    ['ab', () => [new ArrayBuffer(2), new ArrayBuffer(2)]],
    ['ab-diff', () => [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer]],
    ['ab-u8', () => [new ArrayBuffer(1), new Uint8Array(1)]],
    ['dv', () => [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))]],
    ['dv-diff', () => [new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer)]],
    ['boxed-num', () => [new Number(1), new Number(1)]], ['boxed-num-diff', () => [new Number(1), new Number(2)]],
    ['boxed-vs-prim', () => [new Number(1), 1]],
    ['boxed-str', () => [new String('a'), new String('a')]],
    ['boxed-str-prop', () => [Object.assign(new String('a'), { x: 1 }), new String('a')]],
    ['boxed-sym', () => [Object(sym), Object(sym)]],
    ['boxed-num-str', () => [new Number(1), new String('1')]],
    ['boxed-zero', () => [new Number(0), new Number(-0)]],
    ['symkeys', () => [symKeyA, symKeyB]],
    ['symkey-missing', () => [symKeyA, {}]],
    ['nonenum', () => [nonEnumA, {}]],
    ['promise', () => [Promise.resolve(1), Promise.resolve(2)]],
    ['obj-undefined-vs-missing', () => [{ a: undefined }, {}]],
    ['nested-loose', () => [{ a: [1, '2'] }, { a: ['1', 2] }]],
    ...((() => { try { return typeof Buffer === 'function'; } catch { return false; } })() ? [['buf-vs-u8', () => [Buffer.from([1]), new Uint8Array([1])]]] : []),
    ['obj-num-keys', () => [{ 1: 1, 2: 2 }, { 2: 2, 1: 1 }]],
    ['big', () => [1n, 1n]], ['big-num', () => [1n, 1]],
    ['sym-prim', () => [sym, sym]], ['sym-diff', () => [Symbol('a'), Symbol('a')]],
    ['str-boxed-str', () => ['a', new String('a')]],
    ['obj-vs-null', () => [{}, null]], ['arr-vs-arr-nested', () => [[[1]], [[1]]]],
    ['map-vs-obj', () => [new Map(), {}]], ['set-vs-arr', () => [new Set(), []]],
    ['map-nested-set', () => [new Map([['k', new Set([1, { z: 1 }])]]), new Map([['k', new Set([{ z: 1 }, 1])]])]],
    ['url', () => [new URL('http://a/'), new URL('http://b/')]],
    ['url-same', () => [new URL('http://a/'), new URL('http://a/')]],
    ['obj-getter', () => [{ get a() { return 1; } }, { a: 1 }]],
    ['err-vs-obj', () => [new Error('a'), { message: 'a', name: 'Error' }]],
    ['set-nan', () => [new Set([NaN]), new Set([NaN])]],
    ['map-nan', () => [new Map([[NaN, 1]]), new Map([[NaN, 1]])]],
    ['set-loose-mixed', () => [new Set([1, {}]), new Set(['1', {}])]],
    ['set-null-undef', () => [new Set([null]), new Set([undefined])]],
    ['map-loose-val', () => [new Map([[1, 1]]), new Map([[1, '1']])]],
    ['loose-false-empty', () => [false, '']], ['loose-arr-string', () => [[1], '1']],
    ['loose-obj-date', () => [{}, new Date(0)]],
    ['err-extra-prop', () => [Object.assign(new Error('a'), { code: 1 }), new Error('a')]],
    ['typed-len', () => [new Uint8Array(2), new Uint8Array(3)]],
    ['sparse-big', () => [Object.assign([], { 5: 1 }), Object.assign([], { 5: 1 })]],
  ];
};

const expected = {"num":[true,true],"num-str":[false,true],"nan":[true,true],"zero":[false,true],"null-undef":[false,true],"obj":[true,true],"obj-order":[true,true],"obj-diff":[false,true],"obj-extra":[false,false],"circ":[true,true],"circ2":[false,false],"map":[true,true],"map-objkey":[true,true],"map-loosekey":[false,true],"map-diffval":[false,false],"set":[true,true],"set-obj":[true,true],"set-loose":[false,true],"set-size":[false,false],"set-dupobj":[false,false],"weakmap":[false,false],"weakset":[false,false],"weakmap-prop":[false,false],"proto":[false,true],"nullproto":[false,true],"err":[true,true],"err-msg":[false,false],"err-type":[false,false],"err-cause":[false,false],"err-cause-same":[true,true],"err-nocause":[false,false],"agg":[false,false],"re":[true,true],"re-flags":[false,false],"re-li":[false,false],"date":[true,true],"date-diff":[false,false],"date-prop":[false,false],"date-obj":[false,false],"holes":[false,false],"arr-extra":[false,false],"arr-len":[false,false],"arr-obj":[false,false],"arr-str":[false,true],"args-arr":[false,false],"fn-same":[true,true],"fn-diff":[false,false],"u8":[true,true],"u8-diff":[false,false],"u8-i8":[false,false],"f64-zero":[false,true],"f64-nan":[true,false],"u8-prop":[false,false],"ab":[true,true],"ab-diff":[false,false],"ab-u8":[false,false],"dv":[true,true],"dv-diff":[false,false],"boxed-num":[true,true],"boxed-num-diff":[false,false],"boxed-vs-prim":[false,false],"boxed-str":[true,true],"boxed-str-prop":[false,false],"boxed-sym":[true,true],"boxed-num-str":[false,false],"boxed-zero":[false,false],"symkeys":[false,true],"symkey-missing":[false,true],"nonenum":[true,true],"promise":[false,false],"obj-undefined-vs-missing":[false,false],"nested-loose":[false,true],"buf-vs-u8":[false,true],"obj-num-keys":[true,true],"big":[true,true],"big-num":[false,true],"sym-prim":[true,true],"sym-diff":[false,false],"str-boxed-str":[false,false],"obj-vs-null":[false,false],"arr-vs-arr-nested":[true,true],"map-vs-obj":[false,false],"set-vs-arr":[false,false],"map-nested-set":[true,true],"url":[false,false],"url-same":[true,true],"obj-getter":[true,true],"err-vs-obj":[false,false],"set-nan":[true,true],"map-nan":[true,true],"set-loose-mixed":[false,true],"set-null-undef":[false,true],"map-loose-val":[false,true],"loose-false-empty":[false,true],"loose-arr-string":[false,false],"loose-obj-date":[false,false],"err-extra-prop":[false,false],"typed-len":[false,false],"sparse-big":[true,true]};

const passes = (fn) => {
  try {
    fn();
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
};

let failures = 0;
for (const [label, make] of cases()) {
  const [a, b] = make();
  for (const [x, y] of [[a, b], [b, a]]) {
    const got = [passes(() => assert.deepStrictEqual(x, y)), passes(() => assert.deepEqual(x, y))];
    if (util.isDeepStrictEqual(x, y) !== got[0]) got.push('util.isDeepStrictEqual differs');
    if (passes(() => assert.notDeepStrictEqual(x, y)) === got[0]) got.push('notDeepStrictEqual agrees');
    if (passes(() => assert.notDeepEqual(x, y)) === got[1]) got.push('notDeepEqual agrees');
    if (JSON.stringify(got) !== JSON.stringify(expected[label])) {
      failures++;
      console.log('FAIL', label, JSON.stringify(got), 'want', JSON.stringify(expected[label]));
    }
  }
}
if (failures) process.exit(1);
