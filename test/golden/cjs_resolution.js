'use strict';
// File, directory and package resolution for relative paths and bare names.
const F = '../fixtures/cjs/';
const show = (id) => {
  try {
    const v = require(id);
    console.log(id.replace(F, '') + ' -> ' + (typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(id.replace(F, '') + ' -> ' + e.code);
  }
};
show(F + 'dir_index');
show(F + 'dir_index/');
show(F + 'dir_index/index');
show(F + 'pkg_main');
show(F + 'pkg_main_noext');
show(F + 'pkg_main_dir');
show(F + 'pkg_no_main');
show(F + 'pkg_bad_main');
show(F + 'pkg_exports_sugar'); // "exports" only applies to bare package names: a relative directory ignores it
show(F + 'ext_priority/thing');
show(F + 'ext_priority/thing.json');
show(F + 'ext_priority/only');
show(F + 'ext_priority/both');
show(F + 'ext_priority/both/');
show(F + 'ext_priority/noext');
show(F + 'nested/a/b/c/deep');
show(F + 'nested/a/node_modules/shadow-pkg');
show(F + 'node_modules/plain-pkg');
show(F + 'node_modules/@scope/pkg');
show(F + 'node_modules/@scope/pkg/dist/extra');
show(F + 'node_modules/main-pkg');
show(F + 'node_modules/main-pkg/other');
show(F + 'nope');
show(F + 'dir_index/nope');
show('plain-pkg'); // not reachable from test/golden: no node_modules on the way up
// a module inside the fixture tree resolves bare names through the node_modules above it
const { createRequire } = require('module');
const fromFixtures = createRequire(require.resolve(F + 'counter.js'));
for (const id of ['plain-pkg', 'plain-pkg/lib/helper', 'plain-pkg/package.json', '@scope/pkg', '@scope/pkg/dist/extra.js', 'main-pkg', 'main-pkg/other.js', 'shadow-pkg']) {
  const v = fromFixtures(id);
  console.log('bare ' + id + ' -> ' + (typeof v === 'string' ? v : JSON.stringify(v)));
}
