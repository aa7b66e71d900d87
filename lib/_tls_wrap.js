'use strict';
// Legacy id of internal/tls/wrap (node keeps it for old code).
module.exports = require('internal/tls/wrap');
