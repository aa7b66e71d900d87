'use strict';
// Shape of node:path and its cwd-dependent and glob behaviour.
const path = require('path');

function check(cond, what) {
  if (!cond) throw new Error(`failed: ${what}`);
}
function eq(got, want, what) {
  check(JSON.stringify(got) === JSON.stringify(want), `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

// Module identity and cross references.
check(path === path.posix, 'path is path.posix on POSIX');
check(require('node:path') === path, 'node: prefix');
check(require('path/posix') === path.posix, 'path/posix');
check(require('path/win32') === path.win32, 'path/win32');
check(path.win32.posix === path.posix && path.win32.win32 === path.win32, 'cross refs');
eq([path.sep, path.delimiter, path.win32.sep, path.win32.delimiter], ['/', ':', '\\', ';'], 'sep/delimiter');
check(path._makeLong === path.toNamespacedPath, '_makeLong');
eq(Object.keys(path), ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep', 'delimiter', 'win32',
  'posix', '_makeLong'], 'keys');

// cwd-dependent results.
const cwd = process.cwd();
eq(path.resolve(), cwd, 'resolve()');
eq(path.resolve('a', 'b'), `${cwd === '/' ? '' : cwd}/a/b`, 'resolve relative');
eq(path.resolve('/x', 'y', '..', 'z/'), '/x/z', 'resolve absolute');
eq(path.relative('a', 'b'), '../b', 'relative between relatives');
eq(path.win32.resolve('a'), `${cwd.replaceAll('/', '\\')}\\a`.replace(/^\\\\a$/, '\\a'), 'win32 resolve uses cwd');

// Errors carry node's code and message.
try {
  path.join('a', 42);
  check(false, 'join should throw');
} catch (e) {
  check(e instanceof TypeError, 'TypeError');
  eq(e.code, 'ERR_INVALID_ARG_TYPE', 'code');
  eq(e.message, 'The "path" argument must be of type string. Received type number (42)', 'message');
}
try {
  path.resolve('a', {});
  check(false, 'resolve should throw');
} catch (e) {
  eq(e.message, 'The "paths[1]" argument must be of type string. Received an instance of Object', 'resolve message');
}

// matchesGlob
const globs = [
  ['a/b/c.js', 'a/**/*.js', true], ['a/.b', 'a/*', false], ['a/.b', 'a/.*', true], ['x/y.ts', '**/*.{js,ts}', true],
  ['ab', 'a[bc]', true], ['ab', 'a[!b]', false], ['a/b', 'a?b', false], ['a2', 'a{1..3}', true],
  ['a/b/', 'a/*', true], ['a/../b', 'b', true], ['/a/b', '**/b', true], ['ab', '+(a|b)', true], ['A', 'a', false],
];
for (const [p, g, want] of globs) eq(path.matchesGlob(p, g), want, `matchesGlob(${p}, ${g})`);
eq(path.win32.matchesGlob('a\\b\\c', 'a/*/c'), true, 'win32 glob separators');
eq(path.posix.matchesGlob('a\\b', 'a\\b'), false, 'posix: pattern backslash is a separator');
