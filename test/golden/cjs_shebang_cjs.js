'use strict';
// A shebang first line is accepted in required modules; .cjs files load as CommonJS.
console.log(require('../fixtures/cjs/shebang'));
console.log(JSON.stringify(require('../fixtures/cjs/cjs_ext/mod.cjs')));
console.log(require('../fixtures/cjs/cjs_ext/user'));
try {
  require('../fixtures/cjs/cjs_ext/mod'); // .cjs is not tried as an extension
} catch (e) {
  console.log('extensionless .cjs: ' + e.code);
}
