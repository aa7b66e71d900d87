'use strict';
// Legacy id of internal/tls/common (node keeps it for old code).
module.exports = require('internal/tls/common');
