'use strict';
// process.argv: [execPath, absolute script path, ...args verbatim (including '--' and dashes)].
const path = require('path');
console.log(JSON.stringify(process.argv.slice(2)));
console.log('length ' + process.argv.length);
console.log('argv[0] is execPath: ' + (process.argv[0] === process.execPath));
console.log('argv[1] absolute: ' + path.isAbsolute(process.argv[1]));
console.log('argv[1] relative to cwd: ' + path.relative(process.cwd(), process.argv[1]));
console.log('argv[1] is __filename: ' + (process.argv[1] === __filename));
console.log('execArgv: ' + JSON.stringify(process.execArgv));
console.log('argv0 is a string: ' + (typeof process.argv0 === 'string' && process.argv0.length > 0));
console.log('execPath absolute: ' + path.isAbsolute(process.execPath));
