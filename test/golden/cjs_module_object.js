'use strict';
// The module wrapper and the module object seen from the main module.
const path = require('path');
const Module = require('module');
console.log('__filename: ' + path.relative(process.cwd(), __filename));
console.log('__dirname: ' + path.relative(process.cwd(), __dirname));
console.log('wrapper arguments: ' + arguments.length + ' ' + (arguments[0] === exports) + ' ' + (arguments[1] === require) +
  ' ' + (arguments[2] === module) + ' ' + (arguments[3] === __filename) + ' ' + (arguments[4] === __dirname));
console.log('this is exports: ' + (this === module.exports));
console.log('module.id: ' + module.id);
console.log('require.main is module: ' + (require.main === module));
console.log('module.filename is __filename: ' + (module.filename === __filename));
console.log('module.loaded while running: ' + module.loaded);
console.log('module is a Module: ' + (module instanceof Module) + ' ' + (module.constructor === Module));
console.log('module.paths[0]: ' + path.relative(process.cwd(), module.paths[0]));
console.log('module.paths[1]: ' + path.relative(process.cwd(), module.paths[1]));
console.log('module.paths all node_modules: ' + module.paths.every((p) => path.basename(p) === 'node_modules'));
console.log('module.paths last: ' + module.paths[module.paths.length - 1]);
console.log('require.extensions: ' + Object.keys(require.extensions).join(','));
console.log('builtinModules has fs/path/events: ' + ['fs', 'path', 'events', 'timers', 'module'].every((m) => Module.builtinModules.includes(m)));
console.log('builtinModules has no node: prefix for fs: ' + !Module.builtinModules.includes('node:fs'));
console.log('isBuiltin: ' + [Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('fs/promises'), Module.isBuiltin('nope'), Module.isBuiltin('node:nope')].join(','));
console.log("require('node:fs') === require('fs'): " + (require('node:fs') === require('fs')));
console.log("require('fs/promises') === fs.promises: " + (require('fs/promises') === require('fs').promises));
console.log("require('module') === Module.Module: " + (Module.Module === Module));
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log('node:not-a-builtin: ' + e.code);
}
try {
  require('not-a-builtin-or-package');
} catch (e) {
  console.log('bare missing: ' + e.code);
}
console.log('wrap has exports,require,module: ' + /exports, require, module, __filename, __dirname/.test(Module.wrapper ? Module.wrapper[0] : Module.wrap('')));
setImmediate(() => console.log('module.loaded after the main module ran: ' + module.loaded));
var topLevelVar = 1;
console.log('top-level var is module scoped: ' + (typeof globalThis.topLevelVar) + ' ' + topLevelVar);
