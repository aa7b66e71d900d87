'use strict';
// SCHED_RR: the primary listens and accepts; each accepted connection goes to the next free
// worker with a 'newconn' message carrying the socket handle.

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');

function RoundRobinHandle(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
  this.key = key;
  this.all = new Map();
  this.free = new Map();
  this.handles = [];
  this.handle = null;
  this.server = net.createServer(() => { throw new Error('round-robin server must not accept itself'); });
  if (fd >= 0) this.server.listen({ fd, backlog });
  else if (port >= 0) this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
  else this.server.listen({ path: address, backlog, readableAll, writableAll });
  this.server.once('listening', () => {
    this.handle = this.server._handle;
    this.handle.onconnection = (err, handle) => this.distribute(err, handle);
    this.server._handle = null;
    this.server = null;
  });
}

RoundRobinHandle.prototype.add = function add(worker, send) {
  this.all.set(worker.id, worker);
  const done = () => {
    if (this.handle.getsockname) {
      const out = {};
      this.handle.getsockname(out);
      send(null, { sockname: out }, null);
    } else {
      send(null, null, null); // a pipe has no sockname
    }
    this.handoff(worker); // connections may be waiting
  };
  if (this.server === null) {
    done();
    return;
  }
  this.server.once('listening', done);
  this.server.once('error', (err) => send(err.errno, null));
};

RoundRobinHandle.prototype.remove = function remove(worker) {
  if (!this.all.delete(worker.id)) return false;
  this.free.delete(worker.id);
  if (this.all.size !== 0) return false;
  for (const handle of this.handles) handle.close();
  this.handles = [];
  if (this.handle) {
    this.handle.close();
    this.handle = null;
  } else if (this.server) {
    this.server.close();
    this.server = null;
  }
  return true;
};

RoundRobinHandle.prototype.distribute = function distribute(err, handle) {
  if (err) return;
  this.handles.push(handle);
  const next = this.free.entries().next();
  if (!next.done) {
    const [id, worker] = next.value;
    this.free.delete(id);
    this.handoff(worker);
  }
};

RoundRobinHandle.prototype.handoff = function handoff(worker) {
  if (!this.all.has(worker.id)) return; // the worker is closing this server
  const handle = this.handles.shift();
  if (handle === undefined) {
    this.free.set(worker.id, worker);
    return;
  }
  sendHelper(worker.process, { act: 'newconn', key: this.key }, handle, (reply) => {
    if (reply.accepted) handle.close(); // the worker has its own copy now
    else this.distribute(0, handle); // the worker is shutting down: someone else takes it
    this.handoff(worker);
  });
};

module.exports = RoundRobinHandle;
