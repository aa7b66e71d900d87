'use strict';
// util.types predicates.
const util = require('util');
const t = util.types;

function* gen() {}
async function af() {}
const checks = {
  isDate: [new Date(), Date.prototype, {}],
  isRegExp: [/x/, RegExp.prototype, { source: 'x' }],
  isMap: [new Map(), new WeakMap(), {}],
  isSet: [new Set(), new WeakSet(), []],
  isWeakMap: [new WeakMap(), new Map()],
  isWeakSet: [new WeakSet(), new Set()],
  isPromise: [Promise.resolve(), { then() {} }],
  isProxy: [new Proxy({}, {}), {}],
  isTypedArray: [new Uint8Array(1), new DataView(new ArrayBuffer(1)), []],
  isUint8Array: [new Uint8Array(1), new Int8Array(1)],
  isUint8ClampedArray: [new Uint8ClampedArray(1), new Uint8Array(1)],
  isInt32Array: [new Int32Array(1), new Uint32Array(1)],
  isFloat64Array: [new Float64Array(1), new Float32Array(1)],
  isBigInt64Array: [new BigInt64Array(1), new BigUint64Array(1)],
  isArrayBuffer: [new ArrayBuffer(1), new Uint8Array(1)],
  isAnyArrayBuffer: [new ArrayBuffer(1), {}],
  isArrayBufferView: [new Uint8Array(1), new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
  isDataView: [new DataView(new ArrayBuffer(1)), new Uint8Array(1)],
  isBoxedPrimitive: [new Number(1), Object(Symbol()), 1],
  isNumberObject: [new Number(1), 1],
  isStringObject: [new String(''), ''],
  isBooleanObject: [new Boolean(false), false],
  isBigIntObject: [Object(1n), 1n],
  isSymbolObject: [Object(Symbol()), Symbol()],
  isGeneratorFunction: [gen, af, function () {}],
  isGeneratorObject: [gen(), {}],
  isAsyncFunction: [af, async () => {}, gen],
  isMapIterator: [new Map().keys(), new Set().values()],
  isSetIterator: [new Set().entries(), new Map().values()],
  isNativeError: [new Error(), new TypeError(), { name: 'Error' }],
  isArgumentsObject: [(function () { return arguments; })(), []],
  isModuleNamespaceObject: [{}],
  isExternal: [{}],
  isKeyObject: [{}],
  isCryptoKey: [{}],
};
for (const [name, values] of Object.entries(checks)) {
  console.log(name, values.map((v) => t[name](v)).join(' '));
}
console.log(Object.keys(t).length, typeof require('util/types').isDate);
