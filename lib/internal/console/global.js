'use strict';
// The global `console`: a Console over process.stdout / process.stderr, made on first use.
const { Console } = require('internal/console/constructor');

const globalConsole = Object.create({});
let inner;
function instance() {
  return (inner ??= new Console({ stdout: process.stdout, stderr: process.stderr }));
}
for (const key of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'dirxml', 'table', 'time', 'timeEnd', 'timeLog',
  'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd', 'profile', 'profileEnd',
  'timeStamp', 'context']) {
  globalConsole[key] = { [key](...args) { return instance()[key](...args); } }[key];
}
globalConsole.Console = Console;
Object.defineProperty(globalConsole, Symbol.toStringTag, { value: 'console', configurable: true, writable: false, enumerable: false });
module.exports = globalConsole;
