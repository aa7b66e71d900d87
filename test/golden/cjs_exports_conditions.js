'use strict';
// package.json "exports": conditions (require/node/default), nesting, subpath patterns, null
// targets, and paths that are not exported.
const path = require('path');
const { createRequire } = require('module');
const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');
const req = createRequire(path.join(fixtures, 'entry.js'));
const clean = (s) => s.split(fixtures).join('<fixtures>');
for (const id of [
  'cond-pkg',
  'cond-pkg/node-only',
  'cond-pkg/default-only',
  'cond-pkg/nested-cond',
  'cond-pkg/features/a',
  'cond-pkg/features/a.js',
  'cond-pkg/features/b/c',
  'cond-pkg/package.json',
  'cond-pkg/features/private/secret',
  'cond-pkg/hidden.js',
  'cond-pkg/hidden',
  'cond-pkg/src/a.js',
  'cond-pkg/features/missing',
  'cond-pkg/esm.mjs',
]) {
  try {
    const v = req(id);
    console.log(id + ' -> ' + (typeof v === 'string' ? v : 'package.json version ' + v.version));
    console.log('  resolved ' + clean(req.resolve(id)));
  } catch (e) {
    console.log(id + ' -> ' + e.code);
    console.log('  ' + clean(e.message.split('\n')[0]));
  }
}
// a package can require itself by its name through its own "exports"
const selfRef = req('./self_ref/lib/main.js');
console.log('self reference: ' + selfRef.util);
// exports also applies to require.resolve
try {
  req.resolve('cond-pkg/hidden.js');
} catch (e) {
  console.log('resolve hidden: ' + e.code);
}
