'use strict';

// The public `node:util` module.

const {
  inspect, format, formatWithOptions, stripVTControlCharacters,
} = require('internal/util/inspect');
const {
  promisify, callbackify, deprecate, getSystemErrorName, getSystemErrorMessage,
  getSystemErrorMap, toUSVString, kEmptyObject,
} = require('internal/util');
const types = require('util/types');

function errorCodes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

// ---------------------------------------------------------------------------
// inherits / _extend

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('superCtor.prototype', 'Object',
      superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---------------------------------------------------------------------------
// debuglog (NODE_DEBUG=name1,name2,prefix*)

let debugEnvTest;
function debugEnabledFor(section) {
  if (debugEnvTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (name) => re.test(name);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === 'true' || /^[123]$/.test(force);
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

const debugImpls = { __proto__: null };
function noop() {}

function debugImplFor(section, enabled) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${
          section.toLowerCase()}' can expose sensitive data (such as passwords, tokens and ` +
          'authentication headers) in the resulting log.');
      }
      const pid = process.pid;
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), msg));
      };
    } else {
      debugImpls[section] = noop;
    }
  }
  return debugImpls[section];
}

function debuglog(section, cb) {
  let enabled;
  function init() {
    section = String(section).toUpperCase();
    enabled = debugEnabledFor(section);
  }
  // The environment is consulted on first use, not at creation.
  let impl = (...args) => {
    init();
    impl = debugImplFor(section, enabled);
    if (typeof cb === 'function') cb(impl);
    impl(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => impl(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// styleText

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof stream.pipe === 'function' && typeof stream.on === 'function') return true;
  if (typeof stream.getReader === 'function' || typeof stream.getWriter === 'function') return true;
  return false;
}

// An inner style's reset (not at the very end) would end ours early: re-open
// ours there. Code 22 ends both bold and dim, so it is kept and followed by ours.
function reopenAfterInnerReset(text, codes) {
  const close = `\u001b[${codes[1]}m`;
  const open = `\u001b[${codes[0]}m`;
  const replacement = codes[1] === 22 ? close + open : open;
  let out = '';
  let from = 0;
  for (let at = text.indexOf(close); at !== -1; at = text.indexOf(close, from)) {
    const atEnd = at + close.length === text.length;
    out += text.slice(from, at) + (atEnd ? close : replacement);
    from = at + close.length;
  }
  return out + text.slice(from);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { validateString, validateBoolean, validateOneOf } = validators();
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new (errorCodes().ERR_INVALID_ARG_TYPE)('stream',
        ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const codes = inspect.colors[key];
    if (codes === undefined) validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    if (skipColorize) continue;
    text = reopenAfterInnerReset(text, codes);
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// ---------------------------------------------------------------------------
// parseArgs

function getMainArgs() {
  const argv = process.argv;
  const execArgv = process.execArgv || [];
  // `node -e/-p code args`: there is no script entry in argv.
  if (execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print' ||
      a.startsWith('--eval=') || a.startsWith('--print='))) {
    return argv.slice(1);
  }
  return argv.slice(2);
}

const getOwn = (obj, key) => (Object.hasOwn(obj, key) ? obj[key] : undefined);
const optionGetOwn = (options, name, key) =>
  (Object.hasOwn(options, name) ? getOwn(options[name], key) : undefined);

function findLongOptionForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (getOwn(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function startsShortGroupOrValue(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (startsShortGroupOrValue(arg)) {
      const firstName = findLongOptionForShort(arg[1], options);
      if (optionGetOwn(options, firstName, 'type') !== 'string') {
        // -abc: expand into -a -b -c (a string option takes the rest as value).
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const short = arg[i];
          const name = findLongOptionForShort(short, options);
          if (optionGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${short}`);
          } else {
            expanded.push(`-${short}${arg.slice(i + 1)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      // -fVALUE
      tokens.push({
        kind: 'option', name: firstName, rawName: `-${arg[1]}`, index,
        value: arg.slice(2), inlineValue: true,
      });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({
        kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1),
        inlineValue: true,
      });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  const { ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_INVALID_OPTION_VALUE } = errorCodes();
  let name = token.name;
  if (!Object.hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !Object.hasOwn(config.options, negated) ||
        optionGetOwn(config.options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  const short = optionGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `${token.rawName}=-XYZ` : `--${token.name}=-XYZ' or '${token.rawName}-XYZ`;
    throw new (errorCodes().ERR_PARSE_ARGS_INVALID_OPTION_VALUE)(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use '${example}'.`);
  }
}

function storeOption(name, value, options, values, allowNegative) {
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    const positive = name.slice(3);
    if (optionGetOwn(options, positive, 'type') !== 'string') {
      name = positive;
      value = false;
    }
  }
  const newValue = value ?? true;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [newValue];
    else values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function validateParseArgsOptions(options) {
  const {
    validateObject, validateString, validateBoolean, validateStringArray, validateBooleanArray,
    validateUnion,
  } = validators();
  for (const name of Object.keys(options)) {
    const config = options[name];
    validateObject(config, `options.${name}`);
    const type = getOwn(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (Object.hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new (errorCodes().ERR_INVALID_ARG_VALUE)(`options.${name}.short`, short,
          'must be a single character');
      }
    }
    const multiple = getOwn(config, 'multiple');
    if (Object.hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const def = getOwn(config, 'default');
    if (def !== undefined) {
      const label = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(def, label);
        else validateString(def, label);
      } else if (multiple) {
        validateBooleanArray(def, label);
      } else {
        validateBoolean(def, label);
      }
    }
  }
}

function parseArgs(config = kEmptyObject) {
  const { validateObject, validateArray, validateBoolean } = validators();
  validateObject(config, 'config');
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateParseArgsOptions(options);

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw new (errorCodes().ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL)(token.value);
      }
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const def = getOwn(options[name], 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = def;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// MIMEType / MIMEParams (WHATWG MIME Sniffing parsing and serialization)

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const notTokenChar = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const notQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const httpWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function mimeSyntaxError(production, str, invalidIndex) {
  return new (errorCodes().ERR_INVALID_MIME_SYNTAX)(production, str, invalidIndex);
}

function firstInvalid(re, str) {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
}

function serializeParamValue(value) {
  if (value.length !== 0 && tokenRe.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(notTokenChar, name);
    if (name.length === 0 || badName !== -1) throw mimeSyntaxError('parameter name', name, badName);
    const badValue = firstInvalid(notQuotedStringChar, value);
    if (badValue !== -1) throw mimeSyntaxError('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) out += `;${name}=${serializeParamValue(value)}`;
    return out;
  }

  toJSON() {
    return this.toString();
  }

  [Symbol.iterator]() {
    return this.#data.entries();
  }

  // Used while parsing: the first occurrence of a parameter wins.
  static parseInto(params, str, pos) {
    const len = str.length;
    while (pos < len) {
      pos++; // skip ';'
      while (pos < len && /[\t\n\r ]/.test(str[pos])) pos++;
      let nameEnd = pos;
      while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = str.slice(pos, nameEnd).toLowerCase();
      pos = nameEnd;
      if (pos < len && str[pos] === ';') continue;
      if (pos >= len) break;
      pos++; // skip '='
      let value;
      if (str[pos] === '"') {
        value = '';
        pos++;
        while (pos < len) {
          const ch = str[pos];
          if (ch === '"') {
            pos++;
            break;
          }
          if (ch === '\\' && pos + 1 < len) {
            value += str[pos + 1];
            pos += 2;
            continue;
          }
          if (ch === '\\') {
            value += '\\';
            pos++;
            continue;
          }
          value += ch;
          pos++;
        }
        while (pos < len && str[pos] !== ';') pos++;
      } else {
        let end = pos;
        while (end < len && str[end] !== ';') end++;
        value = str.slice(pos, end).replace(/[\t\n\r ]+$/, '');
        pos = end;
        if (value === '') continue;
      }
      if (name !== '' && tokenRe.test(name) && !notQuotedStringChar.test(value) &&
          !params.has(name)) {
        params.set(name, value);
      }
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const str = string.replace(httpWhitespace, '');
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    const badType = firstInvalid(notTokenChar, type);
    if (type.length === 0 || badType !== -1 || slash === -1) {
      throw mimeSyntaxError('type', string, badType);
    }
    let semi = str.indexOf(';', slash + 1);
    if (semi === -1) semi = str.length;
    const subtype = str.slice(slash + 1, semi).replace(/[\t\n\r ]+$/, '');
    const badSub = firstInvalid(notTokenChar, subtype);
    if (subtype.length === 0 || badSub !== -1) {
      throw mimeSyntaxError('subtype', string, badSub);
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    MIMEParams.parseInto(this.#params, str, semi);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const bad = firstInvalid(notTokenChar, v);
    if (v.length === 0 || bad !== -1) throw mimeSyntaxError('type', v, bad);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const bad = firstInvalid(notTokenChar, v);
    if (v.length === 0 || bad !== -1) throw mimeSyntaxError('subtype', v, bad);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    return `${this.essence}${this.#params.toString()}`;
  }

  toJSON() {
    return this.toString();
  }
}

// ---------------------------------------------------------------------------
// parseEnv: dotenv syntax, as node's --env-file reader.

function parseEnv(content) {
  validators().validateString(content, 'content');
  const store = {};
  let s = content.replace(/\r/g, '').trim();
  const skipLine = (from) => {
    const nl = s.indexOf('\n', from);
    s = nl === -1 ? '' : s.slice(nl + 1);
  };
  while (s.length > 0) {
    if (s[0] === '\n' || s[0] === '#') {
      skipLine(0);
      continue;
    }
    const eq = s.indexOf('=');
    if (eq === -1) break;
    const nlBeforeEq = s.indexOf('\n');
    if (nlBeforeEq !== -1 && nlBeforeEq < eq) {
      // A line without '=' is ignored.
      s = s.slice(nlBeforeEq + 1);
      continue;
    }
    let key = s.slice(0, eq).trim();
    s = s.slice(eq + 1);
    if (key === '') {
      skipLine(0);
      continue;
    }
    if (key.startsWith('export ')) key = key.slice(7).trim();
    if (s === '' || s[0] === '\n') {
      store[key] = '';
      continue;
    }
    s = s.replace(/^\s+/, '');
    const quote = s[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = s.indexOf(quote, 1);
      if (close !== -1) {
        let value = s.slice(1, close);
        if (quote === '"') value = value.replaceAll('\\n', '\n');
        store[key] = value;
        skipLine(close + 1);
        continue;
      }
      // Unterminated quote: the rest of the line, quote included.
      const nl = s.indexOf('\n');
      store[key] = nl === -1 ? s : s.slice(0, nl);
      s = nl === -1 ? '' : s.slice(nl);
      continue;
    }
    const nl = s.indexOf('\n');
    let value = nl === -1 ? s : s.slice(0, nl);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store[key] = value.trim();
    s = nl === -1 ? '' : s.slice(nl + 1);
  }
  return store;
}

// ---------------------------------------------------------------------------
// Misc

function isDeepStrictEqual(a, b, options) {
  // The third argument is `skipPrototype` (a boolean); an options object with that key works too.
  const skip = options === true || (options !== null && typeof options === 'object' && options.skipPrototype === true);
  return require('internal/util/comparisons').isDeepStrictEqual(a, b, skip);
}

// Resolves once `signal` aborts; `resource` only has to be an object.
function aborted(signal, resource) {
  const { validateAbortSignal, validateObject, kValidateObjectAllowObjects } = validators();
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function transferableAbortSignal(signal) {
  const { isAbortSignal, markTransferable } = require('internal/abort_controller');
  if (!isAbortSignal(signal)) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  return markTransferable(signal);
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

// Call sites from the current stack, in node's object shape. Frames are
// read from the (V8-shaped when available) stack text of a fresh error.
function getCallSites(frameCount = 10, options) {
  if (typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  validators().validateNumber(frameCount, 'frameCount', 1, 200);
  if (options !== undefined) validators().validateObject(options, 'options');
  // The raw frames above this call: a user's Error.prepareStackTrace is not involved.
  const mod = require('internal/error_stack');
  const stack = mod.callerFrames(getCallSites).map(mod.formatFrame).join('\n');
  const sites = [];
  for (const line of stack.split('\n')) {
    let m = /^\s+at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
    let fn;
    let file;
    if (m !== null) {
      [, fn, file] = m;
    } else {
      m = /^(?:(.*?)@)?(.*?):(\d+):(\d+)$/.exec(line);
      if (m === null) continue;
      [, fn, file] = m;
    }
    sites.push({
      functionName: fn || '',
      scriptId: '0',
      scriptName: file,
      lineNumber: Number(m[3]),
      columnNumber: Number(m[4]),
      column: Number(m[4]),
    });
  }
  return sites.slice(0, frameCount);
}

function isArray(value) {
  return Array.isArray(value);
}

let errnoHelpers;
function errorsModule() {
  if (errnoHelpers === undefined) errnoHelpers = require('internal/errors');
  return errnoHelpers;
}

function _errnoException(err, syscall, original) {
  return errorsModule().errnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return errorsModule().exceptionWithHostPort(err, syscall, address, port, additional);
}

function convertProcessSignalToExitCode(signalCode) {
  let signals = {};
  try {
    signals = (internalBinding('constants').os || {}).signals || {};
  } catch {
    signals = (require('os').constants || {}).signals || {};
  }
  validators().validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

function setTraceSigInt(enable) {
  validators().validateBoolean(enable, 'enable');
}

// Same keys, same order as node 24's util.
const lazyGlobal = (name) => ({
  get() { return globalThis[name]; },
  set(value) { Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true }); },
  enumerable: true,
  configurable: true,
});

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend,
    'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
};
// TextDecoder/TextEncoder come from the globals, which may be set up after util loads.
Object.defineProperty(module.exports, 'TextDecoder', lazyGlobal('TextDecoder'));
Object.defineProperty(module.exports, 'TextEncoder', lazyGlobal('TextEncoder'));
module.exports.MIMEType = MIMEType;
module.exports.MIMEParams = MIMEParams;
Object.defineProperty(module.exports, 'diff', {
  get() {
    try {
      return require('internal/util/diff').diff;
    } catch {
      return undefined;
    }
  },
  enumerable: true,
  configurable: true,
});
module.exports.setTraceSigInt = setTraceSigInt;
