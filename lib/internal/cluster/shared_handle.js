'use strict';
// SCHED_NONE: the primary binds once and hands the same listening handle to every worker; the
// kernel spreads connections among the processes that accept on it.

const net = require('net');

function SharedHandle(key, address, { port, addressType, fd, flags }) {
  this.key = key;
  this.workers = new Map();
  this.handle = null;
  this.errno = 0;
  let rval;
  if (addressType === 'udp4' || addressType === 'udp6') {
    rval = require('dgram')._createSocketHandle(address, port, addressType, fd, flags);
  } else {
    rval = net._createServerHandle(address, port, addressType, fd, flags);
  }
  if (typeof rval === 'number') this.errno = rval;
  else this.handle = rval;
}

SharedHandle.prototype.add = function add(worker, send) {
  this.workers.set(worker.id, worker);
  send(this.errno, null, this.handle);
};

SharedHandle.prototype.remove = function remove(worker) {
  if (!this.workers.delete(worker.id)) return false;
  if (this.workers.size !== 0) return false;
  if (this.handle) this.handle.close();
  this.handle = null;
  return true;
};

module.exports = SharedHandle;
