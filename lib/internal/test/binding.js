'use strict';
// require('internal/test/binding') (with --expose-internals), used by Node's own tests to reach
// internal bindings. nodec's bindings have their own names and shapes; tests that depend on node's
// exact binding internals will not match, and that is expected.
process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');
module.exports = { internalBinding, primordials: undefined };
