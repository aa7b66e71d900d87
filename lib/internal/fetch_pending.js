'use strict';
// The global fetch exists in node 18+, and code probes for it. nodec's fetch arrives with the HTTP
// client (issue 6); until then calling it rejects with a clear error instead of a ReferenceError.
async function fetch() {
  const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
  throw new ERR_METHOD_NOT_IMPLEMENTED('fetch');
}
module.exports = { fetch };
