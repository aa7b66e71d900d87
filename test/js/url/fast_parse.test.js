// Flags: --expose-internals
'use strict';
// new URL() first tries a one-pass scanner for common shapes (simpleParse) and falls back to the
// spec's state machine (basicParse). Wherever the scanner answers, every component and the href
// must equal the state machine's. The corpus is generated from pieces chosen to hit the scanner's
// edges: case, userinfo, ports, IDNA hosts, IPv4-looking hosts, dot segments, characters that
// need percent-encoding, drive letters, whitespace and backslashes.
const assert = require('assert');
const { simpleParse, basicParse, serializeURL } = require('internal/url');

const schemes = ['http://', 'https://', 'ws://', 'wss://', 'ftp://', 'file://', 'file:///', 'HTTP://',
  'htt://', 'httpx://', 'http:/', 'http:', 'https:\\\\', 'blob:', 'wsss://', 'fil://'];
const userinfos = ['', 'user@', 'user:pass@', ':pass@', 'user:@', '@', 'u%20s@', 'a:b:c@', 'a@b@',
  'us er@', 'ü@', "!$&'()*+,;=@", 'u[@'];
const hosts = ['example.com', 'EXAMPLE.com', 'sub.example.com', 'a', 'a.', '.a', 'a..b', '1.2.3.4',
  '0x7f.1', '999', 'a.0x', 'ex_ample.com', 'xn--nxasmq6b.com', 'xn--a', '例え.テスト', 'MÜNCHEN.de',
  'münchen.de', 'ß.de', 'a%41.com', '[::1]', '[::1', 'a b', 'a<b', '', 'a\u00ad.com', '\ud800.com',
  'ｅｘａｍｐｌｅ.com', 'a.b-c.d9', 'localhost', '-.a'];
const ports = ['', ':', ':80', ':443', ':8080', ':080', ':65535', ':65536', ':123456', ':8a', ':0', ':21'];
const paths = ['', '/', '/a', '/a/b/c', '/a/./b', '/a/../b', '/.', '/..', '/a/.', '/a/..', '/%2e/',
  '/%2E%2e/x', '/.a/..b', '/a b', '/a"b', '/a<>', '/a^b', '/a`{}', '/パス', '/a/パ/ス', '/\ud800',
  '/a\\b', '/a\tb', '/C:/x', '/c|', '/C:', '/ab:', '//', '/a//b', '/%41', '/~user', '/x.txt',
  '/a?', '/a#'];
const queries = ['', '?', '?a=1', '?a=1&b=2', "?a'b", '?a"b', '?a b', '?値', '?a#', '?a?b/c',
  '?a`b', '?\ud83d\ude00', '?a\\b', '?%zz'];
const fragments = ['', '#', '#x', '#a b', '#a`b', '#値', '#a#b', '#<>', '#\u0000', '#a?b'];

function pick(list, r) { return list[r % list.length]; }

let state = 12345;
function rand() {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state >>> 8;
}

function fields(url) {
  return {
    href: url.href === null ? serializeURL(url, false) : url.href,
    serialized: serializeURL(url, false),
    scheme: url.scheme, username: url.username, password: url.password, host: url.host,
    port: url.port, path: JSON.stringify(url.path), query: url.query, fragment: url.fragment,
    special: url.special,
  };
}

let answered = 0;
let checked = 0;
const seen = new Set();
function check(input) {
  if (seen.has(input)) return;
  seen.add(input);
  checked++;
  const fast = simpleParse(input);
  if (fast === null) return;
  answered++;
  const full = basicParse(input, null);
  assert.notStrictEqual(full, null, `scanner accepted what the parser rejects: ${JSON.stringify(input)}`);
  const f = fields(fast);
  const g = fields(full);
  assert.strictEqual(f.href, f.serialized, `cached href differs from serialization for ${JSON.stringify(input)}`);
  assert.deepStrictEqual(f, g, `components differ for ${JSON.stringify(input)}`);
}

// Every scheme x host x port with a simple path, then random combinations of everything.
for (const s of schemes) for (const h of hosts) for (const p of ports) check(s + h + p + '/x');
for (let n = 0; n < 40000; n++) {
  check(pick(schemes, rand()) + pick(userinfos, rand() % 3 === 0 ? rand() : 0) + pick(hosts, rand()) +
    pick(ports, rand() % 3 === 0 ? rand() : 0) + pick(paths, rand()) + pick(paths, rand() % 2 ? rand() : 0) +
    pick(queries, rand()) + pick(fragments, rand()));
}

// The scanner must be answering for the common shapes, or the test proves nothing.
for (const input of ['http://example.com/', 'https://user:pass@sub.example.com:8080/p/a/t/h?query=string&x=1#hash',
  'file:///home/user/file.txt', 'https://例え.テスト/パス?q=値', 'wss://a.b:9/?x#y', 'ftp://EXAMPLE.com']) {
  assert.notStrictEqual(simpleParse(input), null, input);
}
assert.ok(answered > 2000, `scanner answered ${answered} of ${checked}`);

// What the public API shows, spot-checked against node 24.
assert.strictEqual(new URL('https://例え.テスト/パス?q=値').href,
  'https://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9?q=%E5%80%A4');
assert.strictEqual(new URL('HTTP://EXAMPLE.COM:80/a').href, 'http://example.com/a');
assert.strictEqual(new URL('http://user:@a.com:080').href, 'http://user@a.com/');
assert.strictEqual(new URL('file:///C:/x').href, 'file:///C:/x');
assert.strictEqual(new URL('http://a.com/a/../b/./c').pathname, '/b/c');
assert.throws(() => new URL('http://a.com:65536/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://a b/'), { code: 'ERR_INVALID_URL' });
console.log(`ok: ${answered} of ${checked} inputs answered by the scanner, all equal to the parser`);
