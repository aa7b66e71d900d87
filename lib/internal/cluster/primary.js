'use strict';
// cluster in the primary: forks workers (this runtime again, with NODE_UNIQUE_ID), owns the
// listening sockets they ask for (queryServer) and tracks their life cycle.

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { sendHelper, internal } = require('internal/cluster/utils');
const RoundRobinHandle = require('internal/cluster/round_robin_handle');
const SharedHandle = require('internal/cluster/shared_handle');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const handles = new Map();
let ids = 0;
let initialized = false;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
const policy = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policy === 'none' ? SCHED_NONE : SCHED_RR;
let schedulingPolicy = cluster.schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy; // fixed from here on
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw new Error(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const { fork } = require('child_process');
  const s = cluster.settings;
  return fork(s.exec, s.args, {
    cwd: s.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: s.serialization,
    silent: s.silent,
    windowsHide: s.windowsHide,
    execArgv: s.execArgv,
    stdio: s.stdio,
    gid: s.gid,
    uid: s.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });
  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', (exitCode, signalCode) => {
    // Keep the worker listed while its channel is open: the program may still talk to it.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    if (worker.isDead()) removeWorker(worker);
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(cb) {
  const ids = Object.keys(cluster.workers);
  if (ids.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const id of ids) {
      const worker = cluster.workers[id];
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

function onmessage(message, handle) {
  const worker = this;
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer':
      queryServer(worker, message);
      break;
    case 'listening': {
      const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
      worker.state = 'listening';
      worker.emit('listening', info);
      cluster.emit('listening', worker, info);
      break;
    }
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      send(worker, { ack: message.seq });
      break;
    case 'close': {
      const h = handles.get(message.key);
      if (h && h.remove(worker)) handles.delete(message.key);
      break;
    }
    default:
      void handle;
  }
}

function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return; // it is going away: don't hand it anything
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // Unix socket paths are limited to ~100 bytes: use the shorter of relative and absolute.
    if (message.port < 0 && typeof address === 'string') {
      address = path.relative(process.cwd(), address);
      if (message.address.length < address.length) address = message.address;
    }
    if (schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6') {
      handle = new SharedHandle(key, address, message);
    } else {
      handle = new RoundRobinHandle(key, address, message);
    }
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, h) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key); // lets another worker retry the bind
    send(worker, { errno, key, ack: message.seq, data, ...reply }, h);
  });
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  if (this.isDead()) return;
  signo = signo || 'SIGTERM';
  this.exitedAfterDisconnect = true;
  removeHandlesForWorker(this);
  removeWorker(this);
  if (this.isConnected()) {
    this.once('disconnect', () => this.process.kill(signo));
    this.process.disconnect();
    return;
  }
  this.process.kill(signo);
};

module.exports = cluster;
