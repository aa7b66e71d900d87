'use strict';
// cluster in a worker: servers ask the primary for their listening socket (queryServer). With
// SCHED_RR the answer is a stand-in handle and connections arrive as 'newconn' messages; with
// SCHED_NONE the primary's listening handle itself comes back and this process accepts on it.

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { sendHelper, internal } = require('internal/cluster/utils');

const cluster = new EventEmitter();
const handles = new Map();
const indexes = new Map();
const noop = () => {};

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

cluster._setupWorker = function setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) process.exit(0); // the primary went away
  });
  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') worker._disconnect(true);
  }));
  send({ act: 'online' });
};

cluster._getServer = function getServer(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && address[0] !== '\0') address = path.resolve(address);
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);
  const message = { act: 'queryServer', index, data: null, ...options, address };
  if (typeof obj._getServerData === 'function') message.data = obj._getServerData();
  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, cb);
    else rr(reply, { indexesKey, index }, cb);
  });
  obj.once('listening', () => {
    cluster.worker.state = 'listening';
    const addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// SCHED_NONE: the primary's own listening handle; closing it tells the primary.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function () {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, arguments);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in handle; net.Server sees a handle that listens at once and whose
// onconnection the 'newconn' messages drive.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) {
    cb(message.errno, null);
    return;
  }
  let key = message.key;
  let keepAlive = null; // a listening worker stays alive like one with a real listening socket
  const handle = {
    listen() { return 0; },
    close() {
      // net treats close() as synchronous: connections the primary sent meanwhile are refused
      // in onconnection (the handle is gone from `handles`).
      if (key === undefined) return;
      handle.unref();
      send({ act: 'close', key });
      handles.delete(key);
      removeIndexesKey(indexesKey, index);
      key = undefined;
    },
    ref() { if (!keepAlive) keepAlive = setInterval(noop, 2 ** 31 - 1); },
    unref() { if (keepAlive) { clearInterval(keepAlive); keepAlive = null; } },
    hasRef() { return keepAlive !== null; },
  };
  if (message.sockname) {
    handle.getsockname = (out) => {
      if (key) Object.assign(out, message.sockname);
      return 0;
    };
  }
  handle.ref();
  handles.set(key, handle);
  cb(0, handle);
}

function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  const accepted = server !== undefined;
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else if (handle) handle.close();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    this._disconnect();
  }
  return this;
};

Worker.prototype._disconnect = function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waitingCount = 1;
  const checkWaitingCount = () => {
    waitingCount--;
    if (waitingCount === 0) {
      // The primary asked: drop the channel. Otherwise tell it first so it knows this was wanted.
      if (primaryInitiated) process.disconnect();
      else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    }
  };
  for (const handle of handles.values()) {
    waitingCount++;
    if (handle[Symbol.for('nodec.owner_symbol')]) handle[Symbol.for('nodec.owner_symbol')].close(checkWaitingCount);
    else {
      handle.close();
      checkWaitingCount();
    }
  }
  handles.clear();
  checkWaitingCount();
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
