'use strict';
// node:fs/promises — see internal/fs/promises.

module.exports = require('internal/fs/promises').exports;
