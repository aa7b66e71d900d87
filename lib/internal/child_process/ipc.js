'use strict';
// The IPC channel between a parent and a child made by fork() (or stdio 'ipc'): a libuv IPC pipe
// carrying one JSON text per line, as node's 'json' serialization does. The same code runs on both
// ends: `target` is the ChildProcess in the parent and `process` in the child. Messages whose `cmd`
// starts with NODE_ are node's own and surface as 'internalMessage'. A net.Server, net.Socket or raw
// TCP/Pipe handle can travel with a message (uv_write2): the message goes as
// { cmd: 'NODE_HANDLE', type, msg } with the handle, the receiver rebuilds the object and answers
// NODE_HANDLE_ACK; until then later sends wait in a queue so messages keep their order.

const { StringDecoder } = require('string_decoder');

function lazyErrors() { return require('internal/errors'); }

// A pipe keeps the loop alive only while someone listens for messages or a write is in flight,
// unless the program called channel.ref()/unref() itself (node's rule).
class Control {
  constructor(pipe) {
    this.pipe = pipe;
    this.refs = 0;
    this.explicit = false;
  }
  refCounted() { if (++this.refs === 1 && !this.explicit) this.pipe.ref(); }
  unrefCounted() { if (--this.refs === 0 && !this.explicit) this.pipe.unref(); }
  ref() { this.explicit = true; this.pipe.ref(); }
  unref() { this.explicit = true; this.pipe.unref(); }
  get fd() { return this.pipe.getFd(); }
}

function setupChannel(target, pipe, serialization = 'json') {
  const control = new Control(pipe);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let closed = false;
  let writes = 0;
  let disconnectWhenDrained = false;
  const received = []; // handles that arrived with reads, claimed in order by NODE_HANDLE messages
  let handleQueue = null; // non-null while a sent handle awaits its ACK
  let inFlight = null;

  target.channel = control;
  target._channel = control;
  target.connected = true;
  target._serialization = serialization;
  pipe.unref();

  const listening = () => target.listenerCount('message') + target.listenerCount('disconnect') > 0;
  let listenedRef = false;
  const syncRef = () => {
    const want = target.connected && listening();
    if (want && !listenedRef) { listenedRef = true; control.refCounted(); }
    else if (!want && listenedRef) { listenedRef = false; control.unrefCounted(); }
  };
  target.on('newListener', () => process.nextTick(syncRef));
  target.on('removeListener', () => process.nextTick(syncRef));
  process.nextTick(syncRef);

  pipe.onread = function onread(nread, buf, handle) {
    if (handle !== undefined) received.push(handle);
    if (nread > 0) {
      pending += decoder.write(buf);
      let nl;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.length === 0) continue;
        let message;
        try {
          message = JSON.parse(line);
        } catch {
          continue; // a garbled line cannot be delivered; node would also drop it
        }
        const internal = message !== null && typeof message === 'object' &&
          typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
        if (internal && message.cmd === 'NODE_HANDLE') {
          receiveHandle(message, received.shift());
          continue;
        }
        if (internal && message.cmd === 'NODE_HANDLE_ACK') {
          handleAcked();
          continue;
        }
        process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', message, undefined));
      }
      return;
    }
    // EOF or an error: the other end is gone.
    finish();
  };
  pipe.readStart();

  function finish() {
    if (closed) return;
    closed = true;
    target.connected = false;
    if (listenedRef) { listenedRef = false; control.unrefCounted(); }
    pipe.readStop();
    pipe.close(() => target.emit('_channelClosed'));
    target.channel = null;
    target._channel = null;
    process.nextTick(() => target.emit('disconnect'));
  }

  function receiveHandle(message, raw) {
    writeMessage({ cmd: 'NODE_HANDLE_ACK' }, undefined, undefined);
    if (raw === undefined) return;
    const net = require('net');
    const msg = message.msg;
    const internal = msg !== null && typeof msg === 'object' && typeof msg.cmd === 'string' && msg.cmd.startsWith('NODE_');
    const deliver = (obj) => process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', msg, obj));
    switch (message.type) {
      case 'net.Server': {
        const server = new net.Server();
        server.listen(raw, () => deliver(server));
        break;
      }
      case 'net.Socket':
        deliver(new net.Socket({ handle: raw, readable: true, writable: true }));
        break;
      default:
        deliver(raw);
    }
  }

  function handleAcked() {
    const sent = inFlight;
    inFlight = null;
    if (sent && sent.type === 'net.Socket' && !sent.keepOpen) sent.object.destroy();
    const queue = handleQueue || [];
    handleQueue = null;
    for (const q of queue) target.send(q.message, q.handle, q.options, q.callback);
  }

  // The raw libuv handle of what the program passed, and node's name for its kind.
  function handleToSend(handle) {
    const net = require('net');
    if (handle instanceof net.Server) return { type: 'net.Server', raw: handle._handle, object: handle };
    if (handle instanceof net.Socket) return { type: 'net.Socket', raw: handle._handle, object: handle };
    if (handle !== null && typeof handle === 'object' && typeof handle.readStart === 'function') {
      return { type: 'net.Native', raw: handle, object: handle };
    }
    throw new (lazyErrors().codes.ERR_INVALID_HANDLE_TYPE)();
  }

  function writeMessage(message, raw, callback) {
    const text = `${JSON.stringify(message)}\n`;
    writes++;
    control.refCounted();
    const req = {
      oncomplete(status) {
        writes--;
        control.unrefCounted();
        const err = status < 0 ? lazyErrors().errnoException(status, 'write') : null;
        if (typeof callback === 'function') callback(err);
        else if (err) target.emit('error', err);
        if (disconnectWhenDrained && writes === 0) finish();
      },
    };
    const r = raw === undefined ? pipe.writeUtf8String(req, text) : pipe.writeUtf8String(req, text, raw);
    if (r === 1) return true; // queued: oncomplete follows
    process.nextTick(() => req.oncomplete(r < 0 ? r : 0));
    return r >= 0;
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    if (message === undefined) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (!target.connected) {
      const err = new (lazyErrors().codes.ERR_IPC_CHANNEL_CLOSED)();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    if (handleQueue !== null) {
      handleQueue.push({ message, handle, options, callback });
      return handleQueue.length === 1;
    }
    if (handle === undefined || handle === null) return writeMessage(message, undefined, callback);
    const h = handleToSend(handle);
    if (!h.raw) { // a closed server or socket: node sends the message alone
      return writeMessage(message, undefined, callback);
    }
    inFlight = { ...h, keepOpen: !!options?.keepOpen };
    handleQueue = [];
    return writeMessage({ cmd: 'NODE_HANDLE', type: h.type, msg: message }, h.raw, callback);
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new (lazyErrors().codes.ERR_IPC_DISCONNECTED)());
      return;
    }
    target.connected = false;
    if (writes > 0) disconnectWhenDrained = true;
    else process.nextTick(finish);
  };
  target._disconnect = target.disconnect;
  return control;
}

// In a child started with an IPC channel: NODE_CHANNEL_FD names the inherited pipe.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const pipe = new Pipe(constants.IPC);
  if (pipe.open(fd) < 0) {
    pipe.close();
    return;
  }
  // Blocking writes: a message sent just before process.exit() still reaches the parent.
  pipe.setBlocking(true);
  setupChannel(process, pipe, mode);
}

module.exports = { setupChannel, setupChildChannel };
