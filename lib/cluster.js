'use strict';
// node:cluster. A process started by a cluster primary has NODE_UNIQUE_ID in its environment.
const EventEmitter = require('events');

const cluster = new EventEmitter();
const isWorker = 'NODE_UNIQUE_ID' in process.env;
cluster.isWorker = isWorker;
cluster.isPrimary = !isWorker;
cluster.isMaster = !isWorker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = 2;
module.exports = cluster;
