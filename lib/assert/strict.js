'use strict';

// node:assert/strict is assert's strict mode object.
module.exports = require('assert').strict;
