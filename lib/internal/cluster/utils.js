'use strict';
// Request/response over the IPC channel for cluster's own messages ({ cmd: 'NODE_CLUSTER' }): a
// message sent with a callback carries a `seq`; the answer carries `ack` with that number.

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// Wraps an 'internalMessage' listener: answers go to their callbacks, the rest to `cb`.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    if (message.ack !== undefined && callbacks.has(message.ack)) {
      const fn = callbacks.get(message.ack);
      callbacks.delete(message.ack);
      fn.call(worker, message, handle);
      return;
    }
    cb.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
