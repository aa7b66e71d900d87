'use strict';
// Whether this process is a cluster worker: set once at bootstrap, before NODE_UNIQUE_ID is
// removed from the environment (node removes it too).
module.exports = { isWorker: false };
