'use strict';
// new URL() on generated inputs around the common shapes that lib/internal/url.js parses without the
// state machine (simpleParse): every component must be what node 24 gives (recorded). Half the inputs
// are built from parts (userinfo, hosts that are IPv4 or xn--, ports with leading zeros or out of
// range, dot segments, drive letters), half are mutations of valid URLs with characters that need
// encoding, trimming or a different state.
const parts = {
  schemes: ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'HTTP', 'foo'],
  users: ['', 'u@', 'u:p@', ':p@', 'u:@', '@', 'a.b-c~!$&\'()*+,:x@', 'u;x@', 'u=x@', 'a:b:c@'],
  hosts: ['example.com', 'EXAMPLE.com', 'a-b.c', '1.2.3.4', '0x7f.1', '123', 'foo.123', 'xn--abc.com', 'a..b',
          '.a', 'a.', '-a.com', 'localhost', 'x', 'ab-.com', 'foo.0x', 'foo.09', ''],
  ports: ['', ':80', ':443', ':21', ':8080', ':0', ':65535', ':65536', ':080', ':'],
  paths: ['', '/', '/a/b', '/a/./b', '/a/../b', '/.', '/..', '//', '/a//b', '/%2e/', '/a;b=c', '/@:', "/a'b",
          '/a!$&()*+,;=', '/a/b/', '/C:/x', '/c|/x', '/.a', '/..a', '/a.'],
  queries: ['', '?', '?a=1&b', "?'x", '??', '?a/b?c'],
  frags: ['', '#', '#x', "#a'b?c/d", '#a#b'],
};
const bases = ['http://example.com/', 'https://u:p@a.b:8080/p/a/t/h?q=s&x=1#frag', 'file:///home/user/file.txt',
               'ws://x.y/z?w', 'ftp://ftp.example.org:21/pub/', 'http://h/?#'];
const chars = ['%', '%2e', '.', '..', '/', '\\', ' ', '\t', 'A', '\u00e9', '\u4e00', ':', '@', '?', '#', "'", '"',
               '<', '`', '{', '|', '^', '[', '~', ';', '=', '0', 'x', '-', '\u0000', '\ud800', 'xn--', '0x', '/../'];

let seed = 42;
const pick = (a) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return Array.isArray(a) ? a[seed % a.length] : seed % a;
};
function describe(input) {
  try {
    const u = new URL(input);
    return [u.href, u.username, u.password, u.host, u.port, u.pathname, u.search, u.hash].join(' | ');
  } catch (e) {
    return e.code;
  }
}
for (let i = 0; i < 600; i++) {
  const s = pick(parts.schemes);
  const url = s === 'file' ?
    `file://${pick(['', '', 'localhost'])}${pick(parts.paths)}${pick(parts.queries)}${pick(parts.frags)}` :
    `${s}://${pick(parts.users)}${pick(parts.hosts)}${pick(parts.ports)}${pick(parts.paths)}` +
    `${pick(parts.queries)}${pick(parts.frags)}`;
  console.log(JSON.stringify(url), describe(url));
}
for (let i = 0; i < 600; i++) {
  let u = pick(bases);
  for (let k = 1 + pick(3); k > 0; k--) {
    const at = pick(u.length + 1);
    u = pick(4) === 0 ? u.slice(0, at) + u.slice(at + 1) : u.slice(0, at) + pick(chars) + u.slice(at);
  }
  console.log(JSON.stringify(u), describe(u));
}
