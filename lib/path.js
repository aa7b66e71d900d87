'use strict';
// node:path — on POSIX hosts `require('path')` is path.posix itself (path.win32 hangs off it).
module.exports = require('path/posix');
