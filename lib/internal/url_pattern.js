'use strict';
// URLPattern (WHATWG URL Pattern Standard): pattern strings are tokenized, parsed into part lists,
// compiled per component into a RegExp (flags 'v', plus 'i' with ignoreCase); fixed text is
// canonicalized through the URL parser, as the standard's encoding callbacks do.

const kState = Symbol('kURLPattern');
const components = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
const specialSchemes = { __proto__: null, 'ftp': '21', 'file': '', 'http': '80', 'https': '443', 'ws': '80', 'wss': '443' };

function patternError() {
  const err = new TypeError('Failed to construct URLPattern');
  err.code = 'ERR_INVALID_URL_PATTERN';
  return err;
}
function illegalInvocation() { return new TypeError('Illegal invocation'); }

// ---- tokenizer

const idStart = /[\p{ID_Start}$_]/u;
const idContinue = /[\p{ID_Continue}$\u200c\u200d]/u;

function tokenize(input, lenient) {
  const tokens = [];
  let i = 0;
  const invalid = (start, end) => {
    if (!lenient) throw patternError();
    tokens.push({ type: 'invalid-char', index: start, value: input.slice(start, end) });
  };
  while (i < input.length) {
    const cp = input.codePointAt(i);
    const ch = String.fromCodePoint(cp);
    const len = ch.length;
    if (ch === '*') { tokens.push({ type: 'asterisk', index: i, value: ch }); i += len; continue; }
    if (ch === '+' || ch === '?') { tokens.push({ type: 'other-modifier', index: i, value: ch }); i += len; continue; }
    if (ch === '\\') {
      if (i + 1 >= input.length) { invalid(i, i + 1); i += 1; continue; }
      const next = String.fromCodePoint(input.codePointAt(i + 1));
      tokens.push({ type: 'escaped-char', index: i, value: next });
      i += 1 + next.length;
      continue;
    }
    if (ch === '{') { tokens.push({ type: 'open', index: i, value: ch }); i += len; continue; }
    if (ch === '}') { tokens.push({ type: 'close', index: i, value: ch }); i += len; continue; }
    if (ch === ':') {
      let j = i + 1;
      while (j < input.length) {
        const c = String.fromCodePoint(input.codePointAt(j));
        if (!(j === i + 1 ? idStart : idContinue).test(c)) break;
        j += c.length;
      }
      if (j === i + 1) { invalid(i, j); i = j; continue; }
      tokens.push({ type: 'name', index: i, value: input.slice(i + 1, j) });
      i = j;
      continue;
    }
    if (ch === '(') {
      let depth = 1;
      let j = i + 1;
      let error = false;
      while (j < input.length) {
        const c = String.fromCodePoint(input.codePointAt(j));
        if (c.codePointAt(0) > 0x7f) { error = true; break; }
        if (j === i + 1 && c === '?') { error = true; break; }
        if (c === '\\') {
          if (j === input.length - 1) { error = true; break; }
          const n = input.codePointAt(j + 1);
          if (n > 0x7f) { error = true; break; }
          j += 2;
          continue;
        }
        if (c === ')') {
          depth--;
          if (depth === 0) { j++; break; }
        } else if (c === '(') {
          depth++;
          if (j === input.length - 1 || input[j + 1] !== '?') { error = true; break; }
        }
        j++;
      }
      if (error || depth !== 0) { invalid(i, i + 1); i += 1; continue; }
      const value = input.slice(i + 1, j - 1);
      if (value === '') { invalid(i, i + 1); i += 1; continue; }
      tokens.push({ type: 'regexp', index: i, value });
      i = j;
      continue;
    }
    tokens.push({ type: 'char', index: i, value: ch });
    i += len;
  }
  tokens.push({ type: 'end', index: input.length, value: '' });
  return tokens;
}

// ---- pattern parser

function escapeRegexpString(s) { return s.replace(/[.+*?^${}()[\]|/\\]/g, '\\$&'); }
function escapePatternString(s) { return s.replace(/[+*?:{}()\\]/g, '\\$&'); }
function segmentWildcardRegexp(options) { return `[^${escapeRegexpString(options.delimiter)}]+?`; }

function parsePattern(input, options, encode) {
  const tokens = tokenize(input, false);
  const parts = [];
  const segmentWildcard = segmentWildcardRegexp(options);
  let pendingFixed = '';
  let index = 0;
  let nextNumericName = 0;
  const tryConsume = (type) => {
    const t = tokens[index];
    if (t.type !== type) return null;
    index++;
    return t;
  };
  const tryConsumeModifier = () => tryConsume('other-modifier') ?? tryConsume('asterisk');
  const tryConsumeRegexpOrWildcard = (nameToken) => {
    const t = tryConsume('regexp');
    if (nameToken === null && t === null) return tryConsume('asterisk');
    return t;
  };
  const consumeRequired = (type) => {
    const t = tryConsume(type);
    if (t === null) throw patternError();
    return t;
  };
  const consumeText = () => {
    let out = '';
    for (;;) {
      const t = tryConsume('char') ?? tryConsume('escaped-char');
      if (t === null) return out;
      out += t.value;
    }
  };
  const flushPending = () => {
    if (pendingFixed === '') return;
    const value = encode(pendingFixed);
    pendingFixed = '';
    parts.push({ type: 'fixed-text', value, modifier: 'none', name: '', prefix: '', suffix: '' });
  };
  const modifierOf = (t) => (t === null ? 'none' : t.value === '?' ? 'optional' : t.value === '*' ? 'zero-or-more' : 'one-or-more');
  const addPart = (prefix, nameToken, regexpOrWildcard, suffix, modifierToken) => {
    const modifier = modifierOf(modifierToken);
    if (nameToken === null && regexpOrWildcard === null && modifier === 'none') {
      pendingFixed += prefix;
      return;
    }
    flushPending();
    if (nameToken === null && regexpOrWildcard === null) {
      if (prefix === '') return;
      parts.push({ type: 'fixed-text', value: encode(prefix), modifier, name: '', prefix: '', suffix: '' });
      return;
    }
    let regexpValue;
    if (regexpOrWildcard === null) regexpValue = segmentWildcard;
    else if (regexpOrWildcard.type === 'asterisk') regexpValue = '.*';
    else regexpValue = regexpOrWildcard.value;
    let type = 'regexp';
    if (regexpValue === segmentWildcard) { type = 'segment-wildcard'; regexpValue = ''; }
    else if (regexpValue === '.*') { type = 'full-wildcard'; regexpValue = ''; }
    let name = '';
    if (nameToken !== null) name = nameToken.value;
    else if (regexpOrWildcard !== null) name = `${nextNumericName++}`;
    for (const p of parts) if (p.name !== '' && p.name === name) throw patternError();
    parts.push({ type, value: regexpValue, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
  };
  while (index < tokens.length) {
    const charToken = tryConsume('char');
    let nameToken = tryConsume('name');
    let regexpOrWildcard = tryConsumeRegexpOrWildcard(nameToken);
    if (nameToken !== null || regexpOrWildcard !== null) {
      let prefix = charToken === null ? '' : charToken.value;
      if (prefix !== '' && prefix !== options.prefix) {
        pendingFixed += prefix;
        prefix = '';
      }
      flushPending();
      const modifierToken = tryConsumeModifier();
      addPart(prefix, nameToken, regexpOrWildcard, '', modifierToken);
      continue;
    }
    const fixedToken = charToken ?? tryConsume('escaped-char');
    if (fixedToken !== null) {
      pendingFixed += fixedToken.value;
      continue;
    }
    if (tryConsume('open') !== null) {
      const prefix = consumeText();
      nameToken = tryConsume('name');
      regexpOrWildcard = tryConsumeRegexpOrWildcard(nameToken);
      const suffix = consumeText();
      consumeRequired('close');
      const modifierToken = tryConsumeModifier();
      addPart(prefix, nameToken, regexpOrWildcard, suffix, modifierToken);
      continue;
    }
    flushPending();
    consumeRequired('end');
  }
  return parts;
}

function modifierString(m) {
  return m === 'optional' ? '?' : m === 'zero-or-more' ? '*' : m === 'one-or-more' ? '+' : '';
}

function generateRegexp(parts, options) {
  let result = '^';
  const names = [];
  for (const part of parts) {
    const mod = modifierString(part.modifier);
    if (part.type === 'fixed-text') {
      if (part.modifier === 'none') result += escapeRegexpString(part.value);
      else result += `(?:${escapeRegexpString(part.value)})${mod}`;
      continue;
    }
    names.push(part.name);
    let value = part.value;
    if (part.type === 'segment-wildcard') value = segmentWildcardRegexp(options);
    else if (part.type === 'full-wildcard') value = '.*';
    const prefix = escapeRegexpString(part.prefix);
    const suffix = escapeRegexpString(part.suffix);
    if (part.prefix === '' && part.suffix === '') {
      if (part.modifier === 'none' || part.modifier === 'optional') result += `(${value})${mod}`;
      else result += `((?:${value})${mod})`;
      continue;
    }
    if (part.modifier === 'none' || part.modifier === 'optional') {
      result += `(?:${prefix}(${value})${suffix})${mod}`;
      continue;
    }
    result += `(?:${prefix}((?:${value})(?:${suffix}${prefix}(?:${value}))*)${suffix})`;
    if (part.modifier === 'zero-or-more') result += '?';
  }
  return { source: `${result}$`, names };
}

function isNameCodePoint(ch, first) {
  return ch !== undefined && ch !== '' && (first ? idStart : idContinue).test(ch);
}

function generatePatternString(parts, options) {
  let result = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const prev = i > 0 ? parts[i - 1] : null;
    const next = i + 1 < parts.length ? parts[i + 1] : null;
    const mod = modifierString(part.modifier);
    if (part.type === 'fixed-text') {
      if (part.modifier === 'none') result += escapePatternString(part.value);
      else result += `{${escapePatternString(part.value)}}${mod}`;
      continue;
    }
    const customName = !/^[0-9]/.test(part.name);
    let needsGrouping = part.suffix !== '' || (part.prefix !== '' && part.prefix !== options.prefix);
    if (!needsGrouping && customName && part.type === 'segment-wildcard' && part.modifier === 'none' &&
        next !== null && next.prefix === '' && next.suffix === '') {
      if (next.type === 'fixed-text') {
        needsGrouping = isNameCodePoint(next.value === '' ? '' : String.fromCodePoint(next.value.codePointAt(0)), false);
      } else {
        needsGrouping = /^[0-9]/.test(next.name);
      }
    }
    if (!needsGrouping && part.prefix === '' && prev !== null && prev.type === 'fixed-text' &&
        prev.value !== '' && prev.value[prev.value.length - 1] === options.prefix) {
      needsGrouping = true;
    }
    if (needsGrouping) result += '{';
    result += escapePatternString(part.prefix);
    if (customName) result += `:${part.name}`;
    if (part.type === 'regexp') {
      result += `(${part.value})`;
    } else if (part.type === 'segment-wildcard' && !customName) {
      result += `(${segmentWildcardRegexp(options)})`;
    } else if (part.type === 'full-wildcard') {
      if (!customName && (prev === null || prev.type === 'fixed-text' || prev.modifier !== 'none' ||
          needsGrouping || part.prefix !== '')) {
        result += '*';
      } else {
        result += '(.*)';
      }
    }
    if (part.type === 'segment-wildcard' && customName && part.suffix !== '' &&
        isNameCodePoint(String.fromCodePoint(part.suffix.codePointAt(0)), false)) {
      result += '\\';
    }
    result += escapePatternString(part.suffix);
    if (needsGrouping) result += '}';
    result += mod;
  }
  return result;
}

const defaultOptions = { delimiter: '', prefix: '' };
const hostnameOptions = { delimiter: '.', prefix: '' };
const pathnameOptions = { delimiter: '/', prefix: '/' };

function compileComponent(input, encode, options, ignoreCase) {
  const parts = parsePattern(input, options, encode);
  const { source, names } = generateRegexp(parts, options);
  let regexp;
  try {
    regexp = new RegExp(source, ignoreCase ? 'vi' : 'v');
  } catch {
    throw patternError();
  }
  return {
    patternString: generatePatternString(parts, options),
    regexp,
    names,
    hasRegExpGroups: parts.some((p) => p.type === 'regexp'),
  };
}

// ---- canonicalization (the standard's encoding callbacks), through the URL parser

let URLCtor;
function lazyURL() {
  URLCtor ??= require('internal/url').URL;
  return URLCtor;
}
function parseURL(input, base) {
  const URL = lazyURL();
  return base === undefined ? URL.parse(input) : URL.parse(input, base);
}

function canonicalizeProtocol(value) {
  if (value === '') return value;
  const url = parseURL(`${value}://dummy.test`);
  if (url === null) throw patternError();
  return url.protocol.slice(0, -1);
}
function canonicalizeUsername(value) {
  if (value === '') return value;
  const url = parseURL('fake://dummy.test');
  url.username = value;
  return url.username;
}
function canonicalizePassword(value) {
  if (value === '') return value;
  const url = parseURL('fake://dummy.test');
  url.password = value;
  return url.password;
}
// The hostname setter's semantics on a special URL: IDNA, and the host ends at / ? # \\ (or :).
function canonicalizeHostname(value) {
  if (value === '') return value;
  const url = parseURL('https://x.invalid');
  url.hostname = value;
  const host = url.hostname;
  if (host === 'x.invalid' && !value.replace(/[\t\n\r]/g, '').toLowerCase().startsWith('x.invalid')) {
    throw patternError();
  }
  return host;
}
function canonicalizeIPv6Hostname(value) {
  let out = '';
  for (const c of value) {
    if (!/[0-9a-fA-F[\]:]/.test(c)) throw patternError();
    out += c.toLowerCase();
  }
  return out;
}
// The port setter's semantics: leading digits (tabs and newlines dropped); the default port is ''.
function canonicalizePort(value, protocol) {
  if (value === '') return value;
  const digits = /^[0-9]*/.exec(value.replace(/[\t\n\r]/g, ''))[0];
  if (digits === '') throw patternError();
  const port = Number(digits);
  if (port > 65535) throw patternError();
  const text = `${port}`;
  if (protocol !== undefined && specialSchemes[protocol] === text) return '';
  return text;
}
function canonicalizePathname(value) {
  if (value === '') return value;
  const leadingSlash = value[0] === '/';
  const modified = leadingSlash ? value : `/-${value}`;
  const url = parseURL('fake://fake-url');
  url.pathname = modified;
  const result = url.pathname;
  return leadingSlash ? result : result.slice(2);
}
function canonicalizeOpaquePathname(value) {
  if (value === '') return value;
  const url = parseURL(`fake:${value}`);
  if (url === null) throw patternError();
  return url.pathname;
}
function canonicalizeSearch(value) {
  if (value === '') return value;
  const url = parseURL('fake://dummy.test');
  url.search = value;
  return url.search.slice(1);
}
function canonicalizeHash(value) {
  if (value === '') return value;
  const url = parseURL('fake://dummy.test');
  url.hash = value;
  return url.hash.slice(1);
}

function isIPv6Pattern(input) {
  return input.length >= 2 && (input[0] === '[' || input.startsWith('{[') || input.startsWith('\\['));
}

// ---- URLPatternInit processing

function isAbsolutePathname(input, type) {
  if (input === '') return false;
  if (input[0] === '/') return true;
  if (type === 'url') return false;
  if (input.length < 2) return false;
  return (input[0] === '\\' || input[0] === '{') && input[1] === '/';
}

function processInit(init, type) {
  const result = {};
  if (type === 'url') for (const c of components) result[c] = '';
  const processBase = (s) => (type === 'pattern' ? escapePatternString(s) : s);
  const canon = (fn, value) => (type === 'pattern' ? value : fn(value));
  let baseURL = null;
  if (init.baseURL !== undefined) {
    baseURL = parseURL(init.baseURL);
    if (baseURL === null) throw patternError();
    const has = (...names) => names.some((n) => init[n] !== undefined);
    if (!has('protocol')) result.protocol = processBase(baseURL.protocol.slice(0, -1));
    if (type !== 'pattern' && !has('protocol', 'hostname', 'port', 'username')) result.username = processBase(baseURL.username);
    if (type !== 'pattern' && !has('protocol', 'hostname', 'port', 'username', 'password')) {
      result.password = processBase(baseURL.password);
    }
    if (!has('protocol', 'hostname')) result.hostname = processBase(baseURL.hostname);
    if (!has('protocol', 'hostname', 'port')) result.port = processBase(baseURL.port);
    if (!has('protocol', 'hostname', 'port', 'pathname')) result.pathname = processBase(baseURL.pathname);
    if (!has('protocol', 'hostname', 'port', 'pathname', 'search')) result.search = processBase(baseURL.search.slice(1));
    if (!has('protocol', 'hostname', 'port', 'pathname', 'search', 'hash')) result.hash = processBase(baseURL.hash.slice(1));
  }
  if (init.protocol !== undefined) {
    const stripped = init.protocol.endsWith(':') ? init.protocol.slice(0, -1) : init.protocol;
    result.protocol = canon(canonicalizeProtocol, stripped);
  }
  if (init.username !== undefined) result.username = canon(canonicalizeUsername, init.username);
  if (init.password !== undefined) result.password = canon(canonicalizePassword, init.password);
  if (init.hostname !== undefined) {
    result.hostname = type === 'pattern' ? init.hostname
      : isIPv6Pattern(init.hostname) ? canonicalizeIPv6Hostname(init.hostname) : canonicalizeHostname(init.hostname);
  }
  if (init.port !== undefined) {
    result.port = type === 'pattern' ? init.port : canonicalizePort(init.port, result.protocol);
  }
  if (init.pathname !== undefined) {
    result.pathname = init.pathname;
    const opaque = baseURL !== null && !baseURL.href.startsWith(`${baseURL.protocol}/`) && baseURL.pathname[0] !== '/';
    if (baseURL !== null && !opaque && !isAbsolutePathname(result.pathname, type)) {
      const basePath = processBase(baseURL.pathname);
      const slash = basePath.lastIndexOf('/');
      if (slash !== -1) result.pathname = basePath.slice(0, slash + 1) + result.pathname;
    }
    if (type !== 'pattern') {
      const protocol = result.protocol ?? '';
      result.pathname = protocol === '' || specialSchemes[protocol] !== undefined
        ? canonicalizePathname(result.pathname) : canonicalizeOpaquePathname(result.pathname);
    }
  }
  if (init.search !== undefined) {
    const s = init.search[0] === '?' ? init.search.slice(1) : init.search;
    result.search = canon(canonicalizeSearch, s);
  }
  if (init.hash !== undefined) {
    const h = init.hash[0] === '#' ? init.hash.slice(1) : init.hash;
    result.hash = canon(canonicalizeHash, h);
  }
  return result;
}

// WebIDL URLPatternInit: members read in lexicographic order, each converted to a USVString.
function toInit(value) {
  const out = {};
  for (const key of ['baseURL', 'hash', 'hostname', 'password', 'pathname', 'port', 'protocol', 'search', 'username']) {
    const v = value[key];
    if (v !== undefined) out[key] = `${v}`.toWellFormed();
  }
  return out;
}

// ---- constructor string parser

function parseConstructorString(input) {
  const tokens = tokenize(input, true);
  const result = {};
  let componentStart = 0;
  let tokenIndex = 0;
  let tokenIncrement = 1;
  let groupDepth = 0;
  let ipv6Depth = 0;
  let protocolMatchesSpecial = false;
  let state = 'init';

  const safeToken = (i) => (i < tokens.length ? tokens[i] : tokens[tokens.length - 1]);
  const isNonSpecial = (i, value) => {
    const t = safeToken(i);
    if (t.value !== value) return false;
    return t.type === 'char' || t.type === 'escaped-char' || t.type === 'invalid-char';
  };
  const isSearchPrefix = () => {
    if (isNonSpecial(tokenIndex, '?')) return true;
    if (tokens[tokenIndex].value !== '?') return false;
    if (tokenIndex - 1 < 0) return true;
    const prev = safeToken(tokenIndex - 1);
    return !(prev.type === 'name' || prev.type === 'regexp' || prev.type === 'close' || prev.type === 'asterisk');
  };
  const isHashPrefix = () => isNonSpecial(tokenIndex, '#');
  const isPathnameStart = () => isNonSpecial(tokenIndex, '/');
  const makeComponentString = () => {
    const token = tokens[tokenIndex];
    const start = safeToken(componentStart).index;
    return input.slice(start, token.index);
  };
  const rewind = () => { tokenIndex = componentStart; tokenIncrement = 0; };
  const rewindAndSetState = (s) => { rewind(); state = s; };
  const changeState = (newState, skip) => {
    if (state !== 'init' && state !== 'authority' && state !== 'done') result[state] = makeComponentString();
    if (state !== 'init' && newState !== 'done') {
      const early = ['protocol', 'authority', 'username', 'password'];
      if (early.includes(state) && ['port', 'pathname', 'search', 'hash'].includes(newState) &&
          result.hostname === undefined) {
        result.hostname = '';
      }
      if ([...early, 'hostname', 'port'].includes(state) && (newState === 'search' || newState === 'hash') &&
          result.pathname === undefined) {
        result.pathname = protocolMatchesSpecial ? '/' : '';
      }
      if ([...early, 'hostname', 'port', 'pathname'].includes(state) && newState === 'hash' &&
          result.search === undefined) {
        result.search = '';
      }
    }
    state = newState;
    tokenIndex += skip;
    componentStart = tokenIndex;
    tokenIncrement = 0;
  };

  while (tokenIndex < tokens.length) {
    tokenIncrement = 1;
    const token = tokens[tokenIndex];
    if (token.type === 'end') {
      if (state === 'init') {
        rewind();
        if (isHashPrefix()) changeState('hash', 1);
        else if (isSearchPrefix()) changeState('search', 1);
        else changeState('pathname', 0);
        tokenIndex += tokenIncrement;
        continue;
      }
      if (state === 'authority') {
        rewindAndSetState('hostname');
        tokenIndex += tokenIncrement;
        continue;
      }
      changeState('done', 0);
      break;
    }
    if (token.type === 'open') {
      groupDepth++;
      tokenIndex += tokenIncrement;
      continue;
    }
    if (groupDepth > 0) {
      if (token.type === 'close') {
        groupDepth--;
      } else {
        tokenIndex += tokenIncrement;
        continue;
      }
    }
    switch (state) {
      case 'init':
        if (isNonSpecial(tokenIndex, ':')) rewindAndSetState('protocol');
        break;
      case 'protocol':
        if (isNonSpecial(tokenIndex, ':')) {
          const compiled = compileComponent(makeComponentString(), canonicalizeProtocol, defaultOptions, false);
          protocolMatchesSpecial = Object.keys(specialSchemes).some((s) => compiled.regexp.test(s));
          let next = 'pathname';
          let skip = 1;
          if (isNonSpecial(tokenIndex + 1, '/') && isNonSpecial(tokenIndex + 2, '/')) {
            next = 'authority';
            skip = 3;
          } else if (protocolMatchesSpecial) {
            next = 'authority';
          }
          changeState(next, skip);
        }
        break;
      case 'authority':
        if (isNonSpecial(tokenIndex, '@')) rewindAndSetState('username');
        else if (isPathnameStart() || isSearchPrefix() || isHashPrefix()) rewindAndSetState('hostname');
        break;
      case 'username':
        if (isNonSpecial(tokenIndex, ':')) changeState('password', 1);
        else if (isNonSpecial(tokenIndex, '@')) changeState('hostname', 1);
        break;
      case 'password':
        if (isNonSpecial(tokenIndex, '@')) changeState('hostname', 1);
        break;
      case 'hostname':
        if (isNonSpecial(tokenIndex, '[')) ipv6Depth++;
        else if (isNonSpecial(tokenIndex, ']')) ipv6Depth--;
        else if (isNonSpecial(tokenIndex, ':') && ipv6Depth === 0) changeState('port', 1);
        else if (isPathnameStart()) changeState('pathname', 0);
        else if (isSearchPrefix()) changeState('search', 1);
        else if (isHashPrefix()) changeState('hash', 1);
        break;
      case 'port':
        if (isPathnameStart()) changeState('pathname', 0);
        else if (isSearchPrefix()) changeState('search', 1);
        else if (isHashPrefix()) changeState('hash', 1);
        break;
      case 'pathname':
        if (isSearchPrefix()) changeState('search', 1);
        else if (isHashPrefix()) changeState('hash', 1);
        break;
      case 'search':
        if (isHashPrefix()) changeState('hash', 1);
        break;
      default:
        break;
    }
    tokenIndex += tokenIncrement;
  }
  if (result.hostname !== undefined && result.port === undefined) result.port = '';
  return result;
}

// ---- URLPattern

class URLPattern {
  constructor(input = undefined, baseURL = undefined, options = undefined) {
    // Overloads: (input, baseURL: string, options?) and (input, options?).
    if (baseURL !== undefined && baseURL !== null && typeof baseURL === 'object' && options === undefined) {
      options = baseURL;
      baseURL = undefined;
    }
    let ignoreCase = false;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') throw patternError();
      ignoreCase = !!options.ignoreCase;
    }
    let init;
    if (input === undefined || input === null) input = {};
    if (typeof input === 'object' || typeof input === 'function') {
      if (baseURL !== undefined) throw patternError();
      init = toInit(input);
    } else {
      init = parseConstructorString(`${input}`.toWellFormed());
      if (baseURL === undefined && init.protocol === undefined) throw patternError();
      if (baseURL !== undefined) init.baseURL = `${baseURL}`.toWellFormed();
    }
    const processed = processInit(init, 'pattern');
    for (const c of components) if (processed[c] === undefined) processed[c] = '*';
    if (specialSchemes[processed.protocol] !== undefined && specialSchemes[processed.protocol] === processed.port) {
      processed.port = '';
    }
    const state = {};
    state.protocol = compileComponent(processed.protocol, canonicalizeProtocol, defaultOptions, ignoreCase);
    state.username = compileComponent(processed.username, canonicalizeUsername, defaultOptions, ignoreCase);
    state.password = compileComponent(processed.password, canonicalizePassword, defaultOptions, ignoreCase);
    state.hostname = compileComponent(processed.hostname,
      isIPv6Pattern(processed.hostname) ? canonicalizeIPv6Hostname : canonicalizeHostname, hostnameOptions, ignoreCase);
    state.port = compileComponent(processed.port, (v) => canonicalizePort(v, undefined), defaultOptions, ignoreCase);
    const special = Object.keys(specialSchemes).some((s) => state.protocol.regexp.test(s));
    state.pathname = special
      ? compileComponent(processed.pathname, canonicalizePathname, pathnameOptions, ignoreCase)
      : compileComponent(processed.pathname, canonicalizeOpaquePathname, defaultOptions, ignoreCase);
    state.search = compileComponent(processed.search, canonicalizeSearch, defaultOptions, ignoreCase);
    state.hash = compileComponent(processed.hash, canonicalizeHash, defaultOptions, ignoreCase);
    this[kState] = state;
  }

  test(input = undefined, baseURL = undefined) {
    return match(stateOf(this), input, baseURL) !== null;
  }

  exec(input = undefined, baseURL = undefined) {
    return match(stateOf(this), input, baseURL);
  }

  get protocol() { return stateOf(this).protocol.patternString; }
  get username() { return stateOf(this).username.patternString; }
  get password() { return stateOf(this).password.patternString; }
  get hostname() { return stateOf(this).hostname.patternString; }
  get port() { return stateOf(this).port.patternString; }
  get pathname() { return stateOf(this).pathname.patternString; }
  get search() { return stateOf(this).search.patternString; }
  get hash() { return stateOf(this).hash.patternString; }
  get hasRegExpGroups() {
    const s = stateOf(this);
    return components.some((c) => s[c].hasRegExpGroups);
  }
}
Object.defineProperty(URLPattern.prototype, Symbol.toStringTag, { value: 'URLPattern', configurable: true });

function stateOf(self) {
  if (self === null || (typeof self !== 'object' && typeof self !== 'function') || !(kState in self)) {
    throw illegalInvocation();
  }
  return self[kState];
}

function match(state, input, baseURL) {
  if (input === undefined || input === null) input = {};
  const values = {};
  let inputs;
  if (typeof input === 'object' || typeof input === 'function') {
    if (baseURL !== undefined) throw new TypeError('Failed to execute \'exec\' on \'URLPattern\': baseURL must not be provided');
    const init = toInit(input);
    inputs = [{
      protocol: init.protocol, username: init.username, password: init.password, hostname: init.hostname,
      port: init.port, pathname: init.pathname, search: init.search, hash: init.hash, baseURL: init.baseURL,
    }];
    let processed;
    try {
      processed = processInit(init, 'url');
    } catch {
      return null;
    }
    for (const c of components) values[c] = processed[c] ?? '';
  } else {
    input = `${input}`.toWellFormed();
    inputs = [input];
    let url;
    if (baseURL !== undefined) {
      baseURL = `${baseURL}`.toWellFormed();
      url = parseURL(input, baseURL);
      inputs.push(baseURL);
    } else {
      url = parseURL(input);
    }
    if (url === null) return null;
    values.protocol = url.protocol.slice(0, -1);
    values.username = url.username;
    values.password = url.password;
    values.hostname = url.hostname;
    values.port = url.port;
    values.pathname = url.pathname;
    values.search = url.search.slice(1);
    values.hash = url.hash.slice(1);
  }
  const results = {};
  for (const c of components) {
    const m = state[c].regexp.exec(values[c]);
    if (m === null) return null;
    results[c] = m;
  }
  const out = { __proto__: null };
  const componentResult = (c) => {
    const groups = {};
    const names = state[c].names;
    for (let i = 0; i < names.length; i++) groups[names[i]] = results[c][i + 1];
    return { groups, input: values[c] };
  };
  // Keys in node's order.
  out.hash = componentResult('hash');
  out.hostname = componentResult('hostname');
  out.inputs = inputs;
  out.password = componentResult('password');
  out.pathname = componentResult('pathname');
  out.port = componentResult('port');
  out.protocol = componentResult('protocol');
  out.search = componentResult('search');
  out.username = componentResult('username');
  return out;
}

module.exports = { URLPattern };
