'use strict';
// Errors from the loader: MODULE_NOT_FOUND with requireStack, and errors thrown by modules.
const path = require('path');
const root = path.join(__dirname, '..');
const clean = (s) => s.split(root).join('<test>');
try {
  require('../fixtures/cjs/errors/outer');
} catch (e) {
  console.log(e.name + ' ' + e.code);
  console.log(clean(e.message));
  console.log('requireStack: ' + JSON.stringify(e.requireStack.map((p) => path.relative(root, p))));
}
try {
  require('./does-not-exist');
} catch (e) {
  console.log(clean(e.message));
}
try {
  require('../fixtures/cjs/errors/throws');
} catch (e) {
  console.log('thrown while loading: ' + e.message + ' (' + e.constructor.name + ')');
}
try {
  require('../fixtures/cjs/errors/requires_syntax_error');
} catch (e) {
  console.log('syntax error: ' + e.name);
  console.log('syntax error not cached: ' + !(require.resolve('../fixtures/cjs/errors/syntax_error') in require.cache));
}
try {
  require();
} catch (e) {
  console.log('no id: ' + e.code);
}
try {
  require({});
} catch (e) {
  console.log('object id: ' + e.code);
}
