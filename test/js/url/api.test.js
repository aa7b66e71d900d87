'use strict';
// node:url WHATWG API surface: URL, URLSearchParams, statics, errors,
// file-URL helpers, urlToHttpOptions, url.format(URL), inspect output.
const url = require('url');
const util = require('util');
const { URL, URLSearchParams } = url;

function check(cond, what) {
  if (!cond) throw new Error(`failed: ${what}`);
}
function eq(got, want, what) {
  check(JSON.stringify(got) === JSON.stringify(want), `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
function throwsCode(fn, code, what) {
  try {
    fn();
  } catch (e) {
    eq(e.code, code, what);
    return e;
  }
  throw new Error(`failed: ${what} did not throw`);
}

check(URL === globalThis.URL && URLSearchParams === globalThis.URLSearchParams, 'globals');
check(require('node:url') === url, 'node: prefix');

// Components and setters.
const u = new URL('https://user:pw@EXAMPLE.com:8080/a/./b/../c?x=1&y=2#h');
eq([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash],
  ['https://user:pw@example.com:8080/a/c?x=1&y=2#h', 'https://example.com:8080', 'https:', 'user', 'pw',
    'example.com:8080', 'example.com', '8080', '/a/c', '?x=1&y=2', '#h'], 'components');
u.port = '443';
eq(u.host, 'example.com', 'default port dropped');
u.protocol = 'http';
eq(u.href, 'http://user:pw@example.com/a/c?x=1&y=2#h', 'protocol setter');
u.port = '443';
u.hostname = 'b.org';
u.pathname = '/a b';
u.hash = '';
u.username = '';
u.password = '';
eq(u.href, 'http://b.org:443/a%20b?x=1&y=2', 'setters');
eq(JSON.stringify({ u }), '{"u":"http://b.org:443/a%20b?x=1&y=2"}', 'toJSON');
eq(String(u), u.href, 'toString');

// searchParams is live in both directions.
const sp = u.searchParams;
check(sp === u.searchParams, 'searchParams identity');
sp.append('z', 'a b');
eq(u.search, '?x=1&y=2&z=a+b', 'params -> url');
u.search = '?q=%41';
eq([...sp], [['q', 'A']], 'url -> params');
sp.delete('q');
eq([u.search, u.href], ['', 'http://b.org:443/a%20b'], 'empty params clear the query');
u.href = 'http://x/?k=v';
eq(sp.get('k'), 'v', 'href setter refreshes params');

// URLSearchParams.
const p = new URLSearchParams('?b=2&a=1&b=3&c');
eq([p.size, p.get('b'), p.getAll('b'), p.has('c'), p.has('b', '3'), p.get('nope')], [4, '2', ['2', '3'], true, true, null], 'getters');
p.sort();
eq(p.toString(), 'a=1&b=2&b=3&c=', 'sort is stable');
p.set('b', 'x');
eq(p.toString(), 'a=1&b=x&c=', 'set');
p.delete('a', 'nope');
eq(p.size, 3, 'delete with value');
eq([...p.keys()], ['a', 'b', 'c'], 'keys');
eq([...p.values()], ['1', 'x', ''], 'values');
const seen = [];
p.forEach(function (v, k, o) { seen.push([k, v, o === p, this.t]); }, { t: 1 });
eq(seen[0], ['a', '1', true, 1], 'forEach');
eq(new URLSearchParams({ a: '1', 'é': '☃' }).toString(), 'a=1&%C3%A9=%E2%98%83', 'record init');
eq(new URLSearchParams([['a', 'b'], new Set(['c', 'd'])]).toString(), 'a=b&c=d', 'sequence init');
eq(new URLSearchParams(new URLSearchParams('a=1')).toString(), 'a=1', 'copy init');
eq(new URLSearchParams(null).toString(), 'null=', 'null init');
eq(new URLSearchParams("a=b~!*()'&c=d e").toString(), 'a=b%7E%21*%28%29%27&c=d+e', 'form encoding');
eq(Object.prototype.toString.call(p.entries()), '[object URLSearchParams Iterator]', 'iterator tag');
eq(Object.prototype.toString.call(p), '[object URLSearchParams]', 'params tag');
throwsCode(() => new URLSearchParams([['a']]), 'ERR_INVALID_TUPLE', 'bad tuple');
throwsCode(() => new URLSearchParams([1]), 'ERR_INVALID_TUPLE', 'non-object tuple');
throwsCode(() => new URLSearchParams({ [Symbol.iterator]: 5 }), 'ERR_ARG_NOT_ITERABLE', 'bad iterator');
throwsCode(() => p.append('a'), 'ERR_MISSING_ARGS', 'append arity');
throwsCode(() => p.get(), 'ERR_MISSING_ARGS', 'get arity');
throwsCode(() => p.forEach(), 'ERR_INVALID_ARG_TYPE', 'forEach callback');
throwsCode(() => URLSearchParams.prototype.get.call({}, 'a'), 'ERR_INVALID_THIS', 'brand check');

// Errors and statics.
const e1 = throwsCode(() => new URL('nope'), 'ERR_INVALID_URL', 'invalid url');
check(e1 instanceof TypeError && e1.message === 'Invalid URL' && e1.input === 'nope' && !('base' in e1), 'invalid url shape');
const e2 = throwsCode(() => new URL('x', 'y'), 'ERR_INVALID_URL', 'invalid base');
eq([e2.input, e2.base], ['x', 'y'], 'invalid base props');
throwsCode(() => new URL(), 'ERR_MISSING_ARGS', 'no args');
eq([URL.canParse('x:'), URL.canParse('x'), URL.canParse('/a', 'http://h')], [true, false, true], 'canParse');
eq(URL.parse('nope'), null, 'parse failure');
const parsed = URL.parse('/a?b', 'http://h');
check(parsed instanceof URL && parsed.href === 'http://h/a?b', 'URL.parse');
eq(Object.keys(new URL('http://a')), [], 'no own keys');

// Hosts.
eq(new URL('http://0x7f.1/').host, '127.0.0.1', 'ipv4 forms');
eq(new URL('http://[0:0:0:0:0:ffff:1.2.3.4]/').host, '[::ffff:102:304]', 'ipv6');
eq(new URL('http://ÑANDÚ.com/').host, 'xn--and-6ma2c.com', 'idna');
eq([url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com')],
  ['xn--espaol-zwa.com', '', 'español.com'], 'domainTo*');

// File URLs.
eq(url.fileURLToPath('file:///a%20b/c'), '/a b/c', 'fileURLToPath');
eq(url.fileURLToPath(new URL('file:///C:/a/b'), { windows: true }), 'C:\\a\\b', 'fileURLToPath windows');
eq(url.fileURLToPath('file://srv/share/x', { windows: true }), '\\\\srv\\share\\x', 'UNC');
throwsCode(() => url.fileURLToPath('file://host/x'), 'ERR_INVALID_FILE_URL_HOST', 'posix host');
throwsCode(() => url.fileURLToPath('file:///a%2fb'), 'ERR_INVALID_FILE_URL_PATH', 'encoded slash');
throwsCode(() => url.fileURLToPath('http://x/'), 'ERR_INVALID_URL_SCHEME', 'scheme');
throwsCode(() => url.fileURLToPath(5), 'ERR_INVALID_ARG_TYPE', 'type');
eq(url.pathToFileURL('/a b/c#?%\\~').href, 'file:///a%20b/c%23%3F%25%5C%7E', 'pathToFileURL');
eq(url.pathToFileURL('/tmp/dir/').href, 'file:///tmp/dir/', 'trailing slash kept');
eq(url.pathToFileURL('C:\\a b\\c', { windows: true }).href, 'file:///C:/a%20b/c', 'pathToFileURL windows');
eq(url.pathToFileURL('\\\\srv\\share\\x', { windows: true }).href, 'file://srv/share/x', 'pathToFileURL UNC');

// urlToHttpOptions and format.
const opts = url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:81/p?q#h'));
eq(Object.getPrototypeOf(opts), null, 'null prototype');
eq({ ...opts }, { protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p', path: '/p?q',
  href: 'https://a:b%20c@[::1]:81/p?q#h', port: 81, auth: 'a:b c' }, 'urlToHttpOptions');
const fu = new URL('http://u:p@xn--ls8h.com:81/a?b#c');
eq(url.format(fu), 'http://u:p@xn--ls8h.com:81/a?b#c', 'format URL');
eq(url.format(fu, { unicode: true, auth: false, search: false, fragment: false }), 'http://💩.com:81/a', 'format options');

// inspect.
eq(util.inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }", 'inspect params');
eq(util.inspect(new URLSearchParams()), 'URLSearchParams {}', 'inspect empty params');
eq(util.inspect(new URLSearchParams('a=1&b=2').keys()), "URLSearchParams Iterator { 'a', 'b' }", 'inspect iterator');
eq(util.inspect(new URL('http://a/')), `URL {
  href: 'http://a/',
  origin: 'http://a',
  protocol: 'http:',
  username: '',
  password: '',
  host: 'a',
  hostname: 'a',
  port: '',
  pathname: '/',
  search: '',
  searchParams: URLSearchParams {},
  hash: ''
}`, 'inspect URL');
eq(util.inspect({ a: { b: new URL('http://a/') } }, { depth: 0 }), '{ a: [Object] }', 'inspect depth');
