'use strict';
// node:cluster. A process started by a cluster primary is a worker (decided at bootstrap, see
// internal/cluster/role); every other process is a primary.
module.exports = require('internal/cluster/role').isWorker ? require('internal/cluster/child') : require('internal/cluster/primary');
