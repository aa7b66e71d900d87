'use strict';

// util.inspect / util.format. The output format (spacing, line breaking,
// array grouping, error rewriting) follows node's observable behaviour
// byte for byte, since every console.log goes through here.

const {
  getProxyTarget, getTypedArrayName,
  isAnyArrayBuffer, isArrayBuffer, isArgumentsObject, isAsyncFunction, isBigIntObject,
  isBooleanObject, isDataView, isDate, isGeneratorFunction, isMap, isMapIterator,
  isModuleNamespaceObject, isNativeError, isNumberObject, isPromise, isRegExp, isSet,
  isSetIterator, isStringObject, isWeakMap, isWeakSet, isBoxedPrimitive,
  cellInfo, cellTypes, proxyCellType, isDenseArrayInfo, isPlainArrayInfo,
} = require('internal/util/types');
const { viewExtraKeys } = require('internal/util/view_keys');
const { joinConcat } = require('internal/util/strings');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const utilBinding = (() => {
  try {
    return typeof internalBinding === 'function' ? internalBinding('util') : undefined;
  } catch {
    return undefined;
  }
})();

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// How an entry of an object's output is rendered by formatProperty.
const kObjectType = 0; // `key: value`
const kArrayType = 1; // `value` (array element)
const kArrayExtrasType = 2; // `key: value` inside an array-like (groupable)

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

// ---------------------------------------------------------------------------
// Colors

const colors = { __proto__: null };
const colorCodes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};
for (const name of Object.keys(colorCodes)) colors[name] = colorCodes[name];

// Alternative spellings: non-enumerable accessors onto the canonical entry.
const colorAliases = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray',
  faint: 'dim', crossedout: 'strikethrough', strikeThrough: 'strikethrough',
  crossedOut: 'strikethrough', conceal: 'hidden', swapColors: 'inverse',
  swapcolors: 'inverse', doubleUnderline: 'doubleunderline',
};
for (const alias of Object.keys(colorAliases)) {
  const target = colorAliases[alias];
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// ---------------------------------------------------------------------------
// Strings

const escapeTest = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeTestNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Supersets of the two tests above without lookarounds, which JSC's regexp JIT runs several times
// faster: most strings need no escaping and are settled by these alone.
const maybeEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const maybeEscapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

const namedEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  const named = namedEscapes[code];
  if (named !== undefined) return named;
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${code.toString(16)}`;
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}

// Quotes a string the way node does: single quotes unless the string contains
// them, then double quotes, then backticks, escaping as a last resort.
function strEscape(str) {
  let quote = "'";
  let test = escapeTest;
  let all = escapeAll;
  if (!maybeEscape.test(str)) return `'${str}'`;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      test = escapeTestNoQuote;
      all = escapeAllNoQuote;
    }
  }
  // With single quotes, maybeEscape already matched above.
  if ((quote !== "'" && !maybeEscapeNoQuote.test(str)) || !test.test(str)) {
    return `${quote}${str}${quote}`;
  }
  return `${quote}${str.replace(all, escapeChar)}${quote}`;
}

// Escapes control characters without adding quotes (symbol keys, hidden keys).
function escapeWithoutQuotes(str) {
  return str.replace(escapeAllNoQuote, escapeChar).replace(/'/g, "\\'");
}

// ---------------------------------------------------------------------------
// Numbers

function addNumericSeparator(intStr) {
  const start = intStr.startsWith('-') ? 1 : 0;
  let result = '';
  let i = intStr.length;
  for (; i >= start + 4; i -= 3) result = `_${intStr.slice(i - 3, i)}${result}`;
  return i === intStr.length ? intStr : `${intStr.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fracStr) {
  let result = '';
  let i = 0;
  for (; i < fracStr.length - 3; i += 3) result += `${fracStr.slice(i, i + 3)}_`;
  return i === 0 ? fracStr : `${result}${fracStr.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (Object.is(number, -0)) return fn('-0', 'number');
  const str = `${number}`;
  if (!numericSeparator || !Number.isFinite(number) || str.includes('e')) return fn(str, 'number');
  const dot = str.indexOf('.');
  if (dot === -1) return fn(addNumericSeparator(str), 'number');
  return fn(`${addNumericSeparator(str.slice(0, dot))}.${addNumericSeparatorEnd(str.slice(dot + 1))}`,
    'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = `${bigint}`;
  return fn(`${numericSeparator ? addNumericSeparator(str) : str}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long strings are split after each newline, one quoted piece per line.
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/)
          .map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default: // symbol
      return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Terminal width of a string (full-width CJK counts 2, combining marks 0).

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) || (code >= 0xe0100 && code <= 0xe01ef);
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  // Pure ASCII: one column per printable character.
  if (/^[\x20-\x7e]*$/.test(str)) return str.length;
  let width = 0;
  for (const ch of str.normalize('NFC')) {
    const code = ch.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// ANSI/VT escape sequences: CSI sequences and OSC strings.
const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  validateStringArg(str, 'str');
  return str.replace(ansiRegExp, '');
}

// ---------------------------------------------------------------------------
// Lazy links to other modules (they may load after this one).

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function validateStringArg(value, name) {
  if (typeof value !== 'string') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
  }
}

let v8StackFn;
function getV8StackFn() {
  if (v8StackFn === undefined) {
    v8StackFn = null;
    try {
      const mod = require('internal/error_stack');
      if (mod && typeof mod.v8Stack === 'function') v8StackFn = mod.v8Stack;
    } catch {
      // module not present: err.stack is used as is
    }
  }
  return v8StackFn;
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are passed through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  noteObjectConstructor();
  return formatValue(ctx, value, 0);
}

// Object.prototype.constructor, read through its descriptor once per inspect() call rather than
// once per plain object (a descriptor costs JSC an allocation): the function when it is a data
// property holding a named function, else undefined (getConstructorName then reads it each time).
let objectConstructor;
let objectConstructorName = '';
function noteObjectConstructor() {
  const desc = Object.getOwnPropertyDescriptor(Object.prototype, 'constructor');
  objectConstructor = undefined;
  if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
    objectConstructor = desc.value;
    objectConstructorName = String(desc.value.name);
  }
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  // One call tells the kind of object; only proxies need a second one for their target.
  let info = cellInfo(value);
  if (info < 0 || proxyCellType === undefined || (info & 0xff) === proxyCellType) {
    const proxyTarget = getProxyTarget(value);
    if (proxyTarget !== undefined) {
      if (proxyTarget === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) return formatProxy(ctx, value, proxyTarget, recurseTimes);
      // Inspect the target so that no trap of the proxy runs.
      value = proxyTarget;
      info = cellInfo(value);
    }
  }

  if (ctx.customInspect) {
    let maybeCustom;
    try {
      maybeCustom = value[customInspectSymbol];
    } catch {
      maybeCustom = undefined;
    }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray, info);
}

function formatProxy(ctx, proxy, target, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  let handler = {};
  if (utilBinding && typeof utilBinding.getProxyHandler === 'function') {
    handler = utilBinding.getProxyHandler(proxy);
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Built-in constructors: their prototype properties are never listed.
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis)
  .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

function safeInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// The engine's idea of the class of an object whose prototype chain names none.
function internalClassName(obj) {
  const tag = Object.prototype.toString.call(obj).slice(8, -1);
  return tag === '' ? 'Object' : tag;
}

function getConstructorName(obj, ctx, recurseTimes) {
  let firstProto;
  const original = obj;
  while (obj !== null && obj !== undefined) {
    if (obj === Object.prototype && objectConstructor !== undefined) {
      if (safeInstanceof(original, objectConstructor)) return objectConstructorName;
    } else {
      const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
          safeInstanceof(original, desc.value)) {
        return String(desc.value.name);
      }
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = internalClassName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && !constructorNamesTag(constructor, tag)) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// A class name already shows its tag when the tag appears in it as a whole
// camel-case word: 'MyMap' and 'MapFoo' for 'Map', but not 'Mapper'.
function constructorNamesTag(constructor, tag) {
  let pos = constructor.indexOf(tag);
  while (pos !== -1) {
    const next = constructor.charCodeAt(pos + tag.length);
    if (Number.isNaN(next) || (next >= 65 && next <= 90)) return true;
    pos = constructor.indexOf(tag, pos + 1);
  }
  return false;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // Module namespace with bindings still in their TDZ.
      keys = Object.getOwnPropertyNames(value);
    }
    if (symbols.length !== 0) keys.push(...symbols.filter((s) => isEnumerable(value, s)));
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || !/^(?:0|[1-9]\d*)$/.test(key)) return false;
  return Number(key) < 4294967295;
}

// Own keys that are not array indices (extra properties of arrays; typed arrays: view_keys.js).
function getNonIndexKeys(value, showHidden) {
  if (showHidden) return Reflect.ownKeys(value).filter((key) => !isArrayIndexKey(key));
  // Object.keys lists index keys first, in order: the others are the tail after the last index,
  // found without testing every index (an array of n elements has n of them).
  const keys = Object.keys(value);
  let i = keys.length;
  while (i > 0 && !isArrayIndexKey(keys[i - 1])) i--;
  const out = i === 0 ? keys : keys.slice(i);
  const symbols = Object.getOwnPropertySymbols(value);
  for (let k = 0; k < symbols.length; k++) {
    if (isEnumerable(value, symbols[k])) out.push(symbols[k]);
  }
  return out;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

const typedArrayLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array).prototype, 'length').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;

// value is of the kind `type` (a calibrated cell type) when known, else as `check` says.
function isKind(info, type, check, value) {
  return info >= 0 && type !== undefined ? (info & 0xff) === type : check(value);
}

function formatRaw(ctx, value, recurseTimes, typedArray, info) {
  let keys;
  const constructor = getConstructorName(value, ctx, recurseTimes);
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    tag = '';
  }
  // Only show the tag when it is not printed as a property anyway.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let keyDescriptors; // keys shown from the prototype (ArrayBuffer, DataView)

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = !ctx.showHidden && isPlainArrayInfo(info) ? [] : getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = isDenseArrayInfo(info) ? formatDenseArray : formatArray;
    } else if (isKind(info, cellTypes.Set, isSet, value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isKind(info, cellTypes.Map, isMap, value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (getTypedArrayName(value) !== undefined) {
      keys = viewExtraKeys(value, ctx.showHidden);
      const fallback = constructor === null ? getTypedArrayName(value) : '';
      const size = typedArrayLength.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatIterator.bind(null, braces);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatIterator.bind(null, braces);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (value !== RegExp.prototype && isKind(info, cellTypes.RegExp, isRegExp, value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isKind(info, cellTypes.Date, isDate, value)) {
      base = Number.isNaN(Date.prototype.getTime.call(value)) ?
        Date.prototype.toString.call(value) :
        Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
      keyDescriptors = { byteLength: true };
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
      keyDescriptors = { byteLength: true, byteOffset: true, buffer: true };
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = formatNamespaceObject.bind(null, keys);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0) return `${getPrefix(constructor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = keyDescriptors !== undefined && keyDescriptors[key] === true ?
        { value: value[key], enumerable: false } : undefined;
      output.push(formatProperty(ctx, value, recurseTimes, key, extrasType, desc));
    }
    if (ctx.showHidden && keys.length > 0) addPrototypeProperties(ctx, value, recurseTimes, extrasType, keys, output);
  } catch (err) {
    if (err instanceof RangeError && /call stack/i.test(String(err.message))) {
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
      return ctx.stylize(
        `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
        'special');
    }
    throw err;
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Guard against exponential output: stop descending once a level got huge.
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function formatNothing() {
  return [];
}

function getFunctionBase(ctx, value, constructor, tag) {
  let source = '';
  try {
    source = Function.prototype.toString.call(value);
  } catch {
    // not inspectable source: treat as a plain function
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 &&
        (!body.slice(0, brace).includes('(') ||
         /^\s*(?:[^(]*?extends\s)/.test(body.slice(0, brace)))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = value.name;
  if (name === '' || name === undefined) {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof name === 'string' ? name : formatValue(ctx, name, 0)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys just repeat the characters.
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors

// Stacks from JavaScriptCore are bare frame lists ("fn@file:1:2"); those are
// converted to V8's shape first so the rules below apply unchanged.
function looksLikeEngineStack(stack) {
  if (stack === '') return false;
  return stack.split('\n').every((line) =>
    line === '' || line.includes('@') || /:\d+:\d+$/.test(line) || line === '[native code]');
}

// As node's: an Error instance that is not a native error (no [[ErrorData]]) still formats as one.
function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function getStackString(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (typeof stack === 'string' && looksLikeEngineStack(stack)) {
    const convert = getV8StackFn();
    if (convert !== null) {
      try {
        stack = convert(err);
      } catch {
        // keep the engine's stack
      }
    }
  }
  if (stack) return String(stack);
  return errorToString(err);
}

function errorToString(err) {
  try {
    return Error.prototype.toString.call(err);
  } catch {
    return 'Error';
  }
}

// Drop name/message/stack keys whose text the stack already shows.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Make the first line name the actual class (e.g. a subclass keeping name 'Error').
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// First run of >3 equal lines shared by two frame lists.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    cause = undefined;
  }
  if (cause != null && isNativeError(cause)) {
    const causeStack = getStackString(cause);
    const causeStart = causeStack.indexOf('\n    at');
    if (causeStart !== -1) {
      const causeFrames = causeStack.slice(causeStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Frames of node's own modules are greyed out entirely; in user frames the
// working directory is greyed and node_modules package names underlined.
const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function markNodeModules(ctx, line) {
  return line.replace(/([/\\]node_modules[/\\])(@[^/\\]+[/\\][^/\\]+|[^/\\]+)(?=[/\\])/g,
    (m, dir, name) => `${dir}${ctx.stylize(name, 'module')}`);
}

function markCwd(ctx, line, cwd) {
  let pos = line.indexOf(cwd);
  if (pos === -1) return line;
  let len = cwd.length;
  if (line.slice(pos - 7, pos) === 'file://') {
    pos -= 7;
    len += 7;
  }
  const start = line[pos - 1] === '(' ? pos - 1 : pos;
  const closeParen = start !== pos && line.endsWith(')');
  const cwdEnd = pos + len + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  out += line.slice(cwdEnd, closeParen ? -1 : line.length);
  if (closeParen) out += ctx.stylize(')', 'undefined');
  return out;
}

function colorStackFrame(ctx, line) {
  if (coreFrameRegExp.test(line)) return ctx.stylize(line, 'undefined');
  line = markNodeModules(ctx, line);
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    return line;
  }
  let marked = markCwd(ctx, line, cwd);
  if (marked === line) marked = markCwd(ctx, line, `file://${encodeURI(cwd)}`);
  return marked;
}

function formatError(err, constructor, tag, ctx, keys) {
  let name;
  let message;
  try {
    name = err.name != null ? String(err.name) : 'Error';
    message = err.message;
  } catch {
    name = 'Error';
  }
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // The frames start after the message (which may itself contain "\n    at").
  let pos = (message && typeof message === 'string' && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      stack = head;
      for (const line of lines) stack += `\n${colorStackFrame(ctx, line)}`;
    } else {
      stack = `${head}\n${lines.join('\n')}`;
    }
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entry formatters: each returns the list of output entries.

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// An array whose elements are plain data (isDenseArrayInfo): elements are read directly, not
// through a property descriptor each (JSC makes an atom string for every index key). A hole hands
// over to formatArray from there.
function formatDenseArray(ctx, value, recurseTimes) {
  const length = value.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let index = 0; index < maxLength; index++) {
    const v = value[index];
    if (v === undefined) {
      if (!hasOwn(value, index)) return formatArray(ctx, value, recurseTimes, output, index);
      output.push(ctx.stylize('undefined', 'undefined'));
      continue;
    }
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, v, recurseTimes));
    ctx.indentationLvl -= 2;
  }
  if (length > maxLength) output.push(remainingText(length - maxLength));
  return output;
}

function formatArray(ctx, value, recurseTimes, output = [], index = 0) {
  const length = value.length;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  // index: the next array index to show
  // Present keys in order; holes between them print as "<n empty items>".
  let keys;
  for (; index < maxLength; index++) {
    if (!hasOwn(value, index)) {
      keys = Object.keys(value);
      break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, index, kArrayType));
  }
  if (keys === undefined) {
    if (length > index) output.push(remainingText(length - index));
    return output;
  }
  for (let i = index; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!/^\d+$/.test(key)) break;
      const empty = num - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`,
        'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = typedArrayLength.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = new Array(maxLength);
  const isBig = typeof value[0] === 'bigint' ||
    getTypedArrayName(value).startsWith('Big');
  for (let i = 0; i < maxLength; i++) {
    output[i] = isBig ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator) :
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (length > maxLength) output.push(remainingText(length - maxLength));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    str += (i === 0 ? '' : ' ') + bytes[i].toString(16).padStart(2, '0');
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const size = setSize.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of Set.prototype.values.call(value)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (size > maxLength) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = mapSize.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size > maxLength) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  let state;
  if (utilBinding && typeof utilBinding.getPromiseState === 'function') {
    state = utilBinding.getPromiseState(value);
  }
  if (state === undefined || state[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, state[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Iterators can only be previewed without being consumed if the engine glue
// offers it (internalBinding('util').previewEntries(iter) -> [entries, isKeyValue]).
function formatIterator(braces, ctx, value, recurseTimes) {
  if (!utilBinding || typeof utilBinding.previewEntries !== 'function') {
    return [ctx.stylize('<items unknown>', 'special')];
  }
  const [entries, isKeyValue] = utilBinding.previewEntries(value, true);
  const output = [];
  ctx.indentationLvl += 2;
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    const pairs = entries.length / 2;
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), pairs);
    for (let i = 0; i < maxLength; i++) {
      const pair = [formatValue(ctx, entries[2 * i], recurseTimes),
        formatValue(ctx, entries[2 * i + 1], recurseTimes)];
      output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType,
        recurseTimes));
    }
    if (pairs > maxLength) output.push(remainingText(pairs - maxLength));
  } else {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), entries.length);
    for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
    if (entries.length > maxLength) output.push(remainingText(entries.length - maxLength));
  }
  ctx.indentationLvl -= 2;
  return output;
}

// showHidden also lists the accessors/fields of user-defined prototypes (those up to
// the first built-in constructor), bracketed like other hidden keys. Methods are skipped.
function addPrototypeProperties(ctx, value, recurseTimes, type, ownKeys, output) {
  const seen = new Set(ownKeys);
  for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const ctorDesc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const ctor = ctorDesc !== undefined ? ctorDesc.value : undefined;
    if (typeof ctor !== 'function' || ctor.prototype !== proto ||
        (builtInObjects.has(ctor.name) && globalThis[ctor.name] === ctor)) return;
    for (const key of Reflect.ownKeys(proto)) {
      if (key === 'constructor' || seen.has(key)) continue;
      seen.add(key);
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (typeof desc.value === 'function') continue;
      output.push(formatProperty(ctx, proto, recurseTimes, key, type, { ...desc, enumerable: false }, value));
    }
  }
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding still in its temporal dead zone.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; formatRaw must not print them again.
  keys.length = 0;
  return output;
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const tmp = desc.get.call(original);
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = s(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeWithoutQuotes(Symbol.prototype.toString.call(key)), 'symbol');
    if (desc.enumerable === false) name = `[${name}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeWithoutQuotes(String(key))}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if three columns fit and entries are of comparable length.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    // Aim for a roughly square block; characters are ~2.5 times taller than wide.
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers are right-aligned, everything else left-aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    output = grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Up to `compact` inner levels may share one line if it stays short.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinConcat(output, ', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      joinConcat(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// format()

// True when String(value) would just give the default "[object X]"-style
// text, so %s should inspect instead.
function hasBuiltInToString(value) {
  const target = getProxyTarget(value);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value[Symbol.toPrimitive] === 'function' &&
      !isDefinedByBuiltin(value, Symbol.toPrimitive)) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  return isDefinedByBuiltin(value, 'toString');
}

// Whether the object in `value`'s chain that owns `key` is a built-in prototype.
function isDefinedByBuiltin(value, key) {
  let pointer = value;
  while (pointer !== null && !hasOwn(pointer, key)) pointer = Object.getPrototypeOf(pointer);
  if (pointer === null || pointer === value) return false;
  const desc = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtInObjects.has(desc.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    // V8 says 'circular structure', JavaScriptCore 'cyclic structures'.
    if (err instanceof TypeError && /circular|cyclic/i.test(String(err.message))) return '[Circular]';
    throw err;
  }
}

// %s/%d/%i honour numericSeparator from the options, else from the defaults.
function numericSeparatorOf(inspectOptions) {
  if (inspectOptions != null && inspectOptions.numericSeparator !== undefined) return inspectOptions.numericSeparator;
  return inspectDefaultOptions.numericSeparator;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumber(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(arg), numericSeparatorOf(inspectOptions));
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions, showHidden: true, showProxy: true, depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), numericSeparatorOf(inspectOptions));
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            tempStr = typeof arg === 'symbol' ? 'NaN' :
              formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: // 'c': CSS is ignored
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  customInspectSymbol,
};
