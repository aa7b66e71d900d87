'use strict';
// URLPattern: pattern strings, exec groups, canonicalization, errors (expected values recorded with node 24).
const assert = require('assert');
const { URLPattern } = require('url');
assert.strictEqual(globalThis.URLPattern, URLPattern);

const cases = [
  [{ pathname: '/books/:id(\\d+)' }, 'https://x.com/books/12?q#h'],
  ['https://example.com/*?q=:v#:h', 'https://example.com/a/b?q=1#z'],
  ['https://example.com/foo/*?bar#baz', 'https://example.com/foo/x?bar#baz'],
  [{ hostname: '{*.}?example.com' }, 'https://a.b.example.com/'],
  ['/a/:b', 'https://e.com/a/zz', 'https://e.com'],
  ['https://e.com:443/a', 'https://e.com/a'],
  [{ pathname: '/x/:y+' }, 'http://h/x/1/2/3'],
  [{ pathname: '/x/:y*' }, 'http://h/x'],
  [{ pathname: '/x{/:y}?' }, 'http://h/x'],
  ['http{s}?://*.example.com/:p', 'http://foo.example.com/z'],
  ['data\\:foo*', 'data:foobar'],
  [{ pathname: '/FOO' }, 'http://h/foo', undefined, { ignoreCase: true }],
  [{ search: 'a=:b&c=*' }, 'http://h/?a=1&c=2'],
  ['https://user:pass@example.com/x', 'https://user:pass@example.com/x'],
];
const expected = [
  [["*","*","*","*","*","/books/:id(\\d+)","*","*",true],{"hash":{"0":"h"},"hostname":{"0":"x.com"},"password":{"0":""},"pathname":{"id":"12"},"port":{"0":""},"protocol":{"0":"https"},"search":{"0":"q"},"username":{"0":""}}],
  [["https","*","*","example.com","","/*?q=:v","",":h",false],null],
  [["https","*","*","example.com","","/foo/*?bar","","baz",false],null],
  [["*","*","*","{*.}?example.com","*","*","*","*",false],{"hash":{"0":""},"hostname":{"0":"a.b"},"password":{"0":""},"pathname":{"0":"/"},"port":{"0":""},"protocol":{"0":"https"},"search":{"0":""},"username":{"0":""}}],
  [["https","*","*","e.com","","/a/:b","*","*",false],{"hash":{"0":""},"hostname":{},"password":{"0":""},"pathname":{"b":"zz"},"port":{},"protocol":{},"search":{"0":""},"username":{"0":""}}],
  [["https","*","*","e.com","","/a","*","*",false],{"hash":{"0":""},"hostname":{},"password":{"0":""},"pathname":{},"port":{},"protocol":{},"search":{"0":""},"username":{"0":""}}],
  [["*","*","*","*","*","/x/:y+","*","*",false],{"hash":{"0":""},"hostname":{"0":"h"},"password":{"0":""},"pathname":{"y":"1/2/3"},"port":{"0":""},"protocol":{"0":"http"},"search":{"0":""},"username":{"0":""}}],
  [["*","*","*","*","*","/x/:y*","*","*",false],{"hash":{"0":""},"hostname":{"0":"h"},"password":{"0":""},"pathname":{},"port":{"0":""},"protocol":{"0":"http"},"search":{"0":""},"username":{"0":""}}],
  [["*","*","*","*","*","/x/:y?","*","*",false],{"hash":{"0":""},"hostname":{"0":"h"},"password":{"0":""},"pathname":{},"port":{"0":""},"protocol":{"0":"http"},"search":{"0":""},"username":{"0":""}}],
  [["http{s}?","*","*","*.example.com","","/:p","*","*",false],{"hash":{"0":""},"hostname":{"0":"foo"},"password":{"0":""},"pathname":{"p":"z"},"port":{},"protocol":{},"search":{"0":""},"username":{"0":""}}],
  [["data","*","*","","","foo*","*","*",false],{"hash":{"0":""},"hostname":{},"password":{"0":""},"pathname":{"0":"bar"},"port":{},"protocol":{},"search":{"0":""},"username":{"0":""}}],
  [["*","*","*","*","*","/FOO","*","*",false],{"hash":{"0":""},"hostname":{"0":"h"},"password":{"0":""},"pathname":{},"port":{"0":""},"protocol":{"0":"http"},"search":{"0":""},"username":{"0":""}}],
  [["*","*","*","*","*","*","a=:b&c=*","*",false],{"hash":{"0":""},"hostname":{"0":"h"},"password":{"0":""},"pathname":{"0":"/"},"port":{"0":""},"protocol":{"0":"http"},"search":{"0":"2","b":"1"},"username":{"0":""}}],
  [["https","user:pass","*","example.com","","/x","*","*",false],null],
];
cases.forEach(([pat, url, base, opts], i) => {
  const p = base !== undefined ? new URLPattern(pat, base, opts) : opts ? new URLPattern(pat, opts) : new URLPattern(pat);
  const r = p.exec(url);
  const got = [[p.protocol, p.username, p.password, p.hostname, p.port, p.pathname, p.search, p.hash, p.hasRegExpGroups],
    r && Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'inputs').map(([k, v]) => [k, v.groups]))];
  assert.deepStrictEqual(JSON.parse(JSON.stringify(got)), expected[i], `case ${i}`);
  assert.strictEqual(p.test(url, base), r !== null);
});

// Canonicalization through the URL parser's setters.
assert.strictEqual(new URLPattern({ hostname: 'café.com' }).hostname, 'xn--caf-dma.com');
assert.strictEqual(new URLPattern({ hostname: 'bad#hostname' }).hostname, 'bad');
assert.strictEqual(new URLPattern({ protocol: 'http', port: '80' }).port, '');
assert.ok(new URLPattern({ port: '80' }).test({ port: '80x' }));
assert.strictEqual(new URLPattern({ pathname: '/a' }).exec({ pathname: '/b' }), null);

// Errors: TypeError with node's code; a throwing getter propagates.
for (const bad of ['(', '/:a/:a', '/(?b)']) {
  assert.throws(() => new URLPattern(bad, 'https://e.com'), { name: 'TypeError', code: 'ERR_INVALID_URL_PATTERN' });
}
assert.throws(() => new URLPattern('/relative'), { code: 'ERR_INVALID_URL_PATTERN' });
assert.throws(() => new URLPattern({ get protocol() { throw new Error('boom'); } }), { message: 'boom' });
assert.throws(() => Object.getOwnPropertyDescriptor(URLPattern.prototype, 'hash').get.call({}), { message: 'Illegal invocation' });
assert.throws(() => URLPattern.prototype.exec.call({}, 'x'), { message: 'Illegal invocation' });
