'use strict';

// node:url — the WHATWG API (from internal/url) plus the legacy
// url.parse / url.format / url.resolve / url.resolveObject with node's
// historical behaviour.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURLInstance,
  formatURL,
} = require('internal/url');
const idna = require('internal/idna');

let querystring;
function lazyQuerystring() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

// Protocols that never have a host.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
// Protocols that always have a // after the scheme.
const slashedProtocol = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);
// Protocols whose rest is left unescaped.
const unsafeProtocol = new Set(['javascript', 'javascript:']);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

let warnedParse = false;
function warnParse() {
  if (warnedParse) return;
  warnedParse = true;
  const stack = new Error().stack || '';
  if (stack.includes('node_modules')) return;
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have security implications. ' +
      'Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning', 'DEP0169');
  }
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  warnParse();
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isLegacyWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d ||
    c === 0xa0 || c === 0xfeff;
}

function isJsWhitespace(c) {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Path-only input such as "/a/b?c" (no whitespace) skips the host logic.
function isSimplePath(rest) {
  const len = rest.length;
  if (len === 0 || rest.charCodeAt(0) !== 0x2f) return false;
  let i = rest.charCodeAt(1) === 0x2f ? 2 : 1;
  if (rest.charCodeAt(i) === 0x2f) return false;
  for (; i < len; i++) if (isJsWhitespace(rest.charCodeAt(i))) return false;
  return true;
}

const autoEscape = {
  __proto__: null,
  0x09: '%09', 0x0a: '%0A', 0x0d: '%0D', 0x20: '%20', 0x22: '%22', 0x27: '%27',
  0x3c: '%3C', 0x3e: '%3E', 0x5c: '%5C', 0x5e: '%5E', 0x60: '%60', 0x7b: '%7B', 0x7c: '%7C', 0x7d: '%7D',
};

function autoEscapeStr(rest) {
  let out = '';
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const rep = autoEscape[rest.charCodeAt(i)];
    if (rep !== undefined) {
      out += rest.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? rest : out + rest.slice(last);
}

// Characters the WHATWG host parser would reject; their presence after
// toASCII means the hostname could be spoofed.
function hasForbiddenHostChar(hostname, ipv6) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 0 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x23 || c === 0x25 ||
        c === 0x2f || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5c ||
        c === 0x5e || c === 0x7c) return true;
    if (!ipv6 && (c === 0x3a || c === 0x5b || c === 0x5d)) return true;
  }
  return false;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);

  // Trim, and turn backslashes before the query/fragment into slashes.
  let start = 0;
  let end = url.length;
  while (start < end && isLegacyWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isLegacyWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let inQueryOrHash = false;
  let hasWhitespace = false;
  let last = start;
  for (let i = start; i < end; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) hasWhitespace = true;
    if (inQueryOrHash) continue;
    if (c === 0x23 || c === 0x3f) {
      inQueryOrHash = true;
    } else if (c === 0x5c) {
      rest += url.slice(last, i) + '/';
      last = i + 1;
    }
  }
  rest = last === start && end === url.length && start === 0 ? url : rest + url.slice(last, end);

  if (!slashesDenoteHost && !hasWhitespace && isSimplePath(rest) && !rest.includes('#') && !/^\/\/[^@/]+@[^@/]+/.test(rest)) {
    this.path = rest;
    this.href = rest;
    const q = rest.indexOf('?');
    if (q === -1) {
      this.pathname = rest;
      if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
    } else {
      this.pathname = rest.slice(0, q);
      this.search = rest.slice(q);
      this.query = rest.slice(q + 1);
      if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
    }
    return this;
  }

  let lowerProto = '';
  let proto = '';
  // Scheme: [a-zA-Z0-9.+-]+ followed by ':'
  {
    let i = 0;
    for (; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
            c === 0x2e || c === 0x2b || c === 0x2d)) break;
    }
    if (i > 0 && rest.charCodeAt(i) === 0x3a) {
      proto = rest.slice(0, i + 1);
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.slice(i + 1);
    }
  }

  let slashes;
  if (slashesDenoteHost || lowerProto !== '' || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(lowerProto !== '' && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto !== '' && !slashedProtocol.has(proto)))) {
    // The authority ends at the first / ? or #; the last @ before it splits
    // off the auth; some characters end the host early.
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      if (c === 0x20 || c === 0x22 || c === 0x25 || c === 0x27 ||
          c === 0x3b || c === 0x3c || c === 0x3e || c === 0x5c || c === 0x5e || c === 0x60 || c === 0x7b ||
          c === 0x7c || c === 0x7d) {
        if (nonHost === -1) nonHost = i;
      } else if (c === 0x23 || c === 0x2f || c === 0x3f) {
        if (nonHost === -1) nonHost = i;
        break;
      } else if (c === 0x40) {
        atSign = i;
        nonHost = -1;
      }
    }
    let hostStart = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      hostStart = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(hostStart);
      rest = '';
    } else {
      this.host = rest.slice(hostStart, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    let hostname = this.hostname;
    const ipv6Hostname = hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;

    if (!ipv6Hostname) {
      for (let i = 0; i < hostname.length; i++) {
        const c = hostname.charCodeAt(i);
        if (c === 0x2f || c === 0x5c || c === 0x23 || c === 0x3f || c === 0x3a) {
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
      hostname = this.hostname;
    }

    if (hostname.length > 255) this.hostname = '';
    else this.hostname = hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (hasForbiddenHostChar(this.hostname, true)) throw new ERR_INVALID_URL(url);
      } else {
        // WHATWG domain-to-ASCII (without failing: fall back to the input).
        const ascii = legacyToASCII(this.hostname);
        if (ascii === null) throw new ERR_INVALID_URL(url);
        this.hostname = ascii;
        if (hasForbiddenHostChar(this.hostname, false)) throw new ERR_INVALID_URL(url);
      }
    }

    const p = this.port ? ':' + this.port : '';
    const h = this.hostname || '';
    this.host = h + p;

    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (c === 0x3f && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

function legacyToASCII(hostname) {
  // As WHATWG hosts: tabs and newlines vanish; xn-- labels are not re-validated.
  let ascii = true;
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c >= 0x80 || c === 0x09 || c === 0x0a || c === 0x0d) { ascii = false; break; }
  }
  if (ascii) return hostname;
  hostname = hostname.replace(/[\t\n\r]/g, '');
  return idna.toASCII(hostname, false, true);
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  // A trailing :digits is the port.
  let i = host.length - 1;
  while (i >= 0) {
    const c = host.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i--;
  }
  if (i >= 0 && host.charCodeAt(i) === 0x3a) {
    const port = host.slice(i + 1);
    if (port !== '') this.port = port;
    host = host.slice(0, i);
  }
  if (host) this.hostname = host;
};

// Characters left as-is when formatting the auth part.
function encodeAuth(auth) {
  let out = '';
  let last = 0;
  for (let i = 0; i < auth.length; i++) {
    const c = auth.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
        c === 0x21 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x2a || c === 0x2d ||
        c === 0x2e || c === 0x5f || c === 0x7e || c === 0x3a) continue;
    out += auth.slice(last, i);
    last = i + 1;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < auth.length) {
      const d = auth.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = String.fromCharCode(c, d);
        i++;
        last = i + 1;
        out += encodeURIComponent(cp);
        continue;
      }
    }
    try {
      out += encodeURIComponent(String.fromCharCode(cp));
    } catch {
      throw new (require('internal/errors').codes.ERR_INVALID_URI)();
    }
  }
  return last === 0 ? auth : out + auth.slice(last);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeAuth(auth) + '@';

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && !(hn[0] === '[' && hn[hn.length - 1] === ']') ? '[' + hn + ']' : hn);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = lazyQuerystring().stringify(this.query);
  }

  let search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replaceAll('#', '%23').replaceAll('?', '%3F');
  }

  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
      host = '//' + host;
    }
  }

  search = search.replaceAll('#', '%23');

  if (hash && hash.charCodeAt(0) !== 0x23) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 0x3f) search = '?' + search;

  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURLInstance(urlObject)) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// Pops "host" (and auth in "auth@host") off the front of a path array.
function takeHostFromPath(result, srcPath, isAbsolute) {
  const host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
  result.hostname = result.host = host;
  const at = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (at !== null) {
    result.auth = at.shift();
    result.host = result.hostname = at.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];

  // The fragment always comes from the relative URL.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different non-slashed protocol replaces everything.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // Without slashes the "host" is really the first path segment.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // A relative URL with its own scheme brings its own auth (none, if it has none).
      result.auth = relative.auth;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: drop the source's last segment and append.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only the query changes.
    if (noLeadingSlashes) takeHostFromPath(result, srcPath, false);
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // Resolve . and .. segments.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) || last === '';
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) takeHostFromPath(result, srcPath, isAbsolute);

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

module.exports = {
  // Legacy
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  // WHATWG
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
Object.defineProperty(module.exports, 'URLPattern', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('internal/url_pattern').URLPattern; },
});
