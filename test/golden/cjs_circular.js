'use strict';
// Circular requires see the partially built exports of the module still loading.
const a = require('../fixtures/cjs/circular/a.js');
const b = require('../fixtures/cjs/circular/b.js');
console.log('a: ' + JSON.stringify(a));
console.log('b: ' + JSON.stringify(b));
console.log('b again is cached: ' + (require('../fixtures/cjs/circular/b') === b));
const ra = require('../fixtures/cjs/circular/replace_a.js');
const rb = require('../fixtures/cjs/circular/replace_b.js');
console.log('replace_a: ' + JSON.stringify(ra));
console.log('replace_b still holds the original exports object: ' + JSON.stringify(rb.later()));
