'use strict';
// Accessor properties with and without the `getters` option.
const util = require('util');

const obj = {
  get onlyGet() { return 1; },
  get both() { return 'two'; },
  set both(v) {},
  set onlySet(v) {},
  get objectValue() { return { nested: true }; },
  get nullValue() { return null; },
  get arrayValue() { return [1, 2]; },
  plain: 'value',
};
console.log(util.inspect(obj));
console.log(util.inspect(obj, { getters: true }));
console.log(util.inspect(obj, { getters: 'get' }));
console.log(util.inspect(obj, { getters: 'set' }));

class Point {
  constructor() {
    this.x = 1;
  }
  get len() { return 5; }
}
console.log(util.inspect(new Point(), { getters: true }));
const defined = {};
Object.defineProperty(defined, 'acc', { get() { return 7; }, enumerable: true });
Object.defineProperty(defined, 'hiddenAcc', { get() { return 8; }, enumerable: false });
console.log(util.inspect(defined));
console.log(util.inspect(defined, { getters: true, showHidden: true }));
console.log(util.inspect({ deep: { deeper: obj } }, { getters: true }));
