'use strict';
// The rest of node:util: parseArgs, MIMEType, parseEnv, styleText, promisify & co.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, util.inspect(fn(), { depth: 4 }));
  } catch (err) {
    console.log(label, 'threw', err.name, err.code, err.message);
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v', multiple: true },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', multiple: true },
  force: { type: 'boolean', short: 'f' },
};
attempt('args1', () => util.parseArgs({ args: ['-vv', '--name', 'bob', '--tag=a', '--tag', 'b', 'pos'], options, allowPositionals: true }));
attempt('args2', () => util.parseArgs({ args: ['-fnjane'], options }));
attempt('args3', () => util.parseArgs({ args: ['--nope'], options }));
attempt('args4', () => util.parseArgs({ args: ['--name'], options }));
attempt('args5', () => util.parseArgs({ args: ['--force=yes'], options }));
attempt('args6', () => util.parseArgs({ args: ['extra'], options }));
attempt('args7', () => util.parseArgs({ args: ['--name', '-x'], options }));
attempt('args8', () => util.parseArgs({ args: ['--what', '-z', 'p', '--', '--force'], options, strict: false, tokens: true }));
attempt('args9', () => util.parseArgs({ args: ['--no-force'], options, allowNegative: true }));
attempt('args10', () => util.parseArgs({ args: [], options: { bad: { type: 'number' } } }));
attempt('args11', () => util.parseArgs({ args: [], options: { bad: { type: 'string', short: 'xy' } } }));

const mime = new util.MIMEType('Text/HTML; Charset="utf-8"; q="a\\"b"; empty=; dup=1; dup=2');
console.log(String(mime), mime.type, mime.subtype, mime.essence, JSON.stringify(mime));
console.log([...mime.params.keys()], mime.params.get('charset'), mime.params.get('missing'), mime.params.has('dup'));
mime.params.set('space', 'a b');
mime.params.set('blank', '');
mime.params.delete('dup');
mime.subtype = 'PLAIN';
console.log(mime.toString(), util.inspect(mime));
attempt('mime bad type', () => new util.MIMEType('te xt/html'));
attempt('mime bad subtype', () => new util.MIMEType('text/'));
attempt('mime bad param', () => new util.MIMEType('a/b').params.set('a b', 'c'));

console.log(util.parseEnv('A=1\n# comment\nB="x\\ny" # trailing\nexport C = spaced value \nD=\'single\'\nE=`back`\nF\nG=a#b\nH="multi\nline"\nA=override'));

console.log(JSON.stringify(util.styleText('red', 'text', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'both', { validateStream: false })));
console.log(JSON.stringify(util.styleText('green', `a${util.styleText('blue', 'b', { validateStream: false })}c`, { validateStream: false })));
attempt('style bad', () => util.styleText('not-a-color', 'x', { validateStream: false }).slice(0, 0));
attempt('style bad stream', () => util.styleText('red', 'x', { stream: {} }));

function Parent() {}
Parent.prototype.hello = function () { return 'hi'; };
function Child() {}
util.inherits(Child, Parent);
console.log(new Child().hello(), Child.super_ === Parent);
attempt('inherits bad', () => util.inherits(Child, null));

function legacy(a, b, cb) { cb(null, a + b); }
const promised = util.promisify(legacy);
console.log(promised.name, promised.length, util.promisify(promised) === promised);
const custom = () => {};
custom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
attempt('promisify bad', () => util.promisify('nope'));
const callbackified = util.callbackify(async function work(x) { return x * 2; });
console.log(callbackified.name, callbackified.length);
const failing = util.callbackify(() => Promise.reject(null));

promised(2, 3).then((v) => {
  console.log('promised', v);
  callbackified(21, (err, v2) => {
    console.log('callbackified', err, v2);
    failing((err2) => {
      console.log('falsy rejection', err2.code, err2.reason);
    });
  });
});

const dep = util.deprecate(function oldThing(a) { return a; }, 'oldThing is old', 'DEP_TEST');
console.log(dep(5), dep.length);
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']));
console.log(util.toUSVString('ok\ud800'), util.getSystemErrorName(-2));
attempt('errname bad', () => util.getSystemErrorName(1));
console.log(typeof util.TextEncoder, typeof util.TextDecoder, util.types === require('util/types') || typeof util.types.isDate);
console.log(Object.keys(util).sort().join(' '));
const log = util.debuglog('golden-test-section');
console.log(log.enabled);
log('not printed');
