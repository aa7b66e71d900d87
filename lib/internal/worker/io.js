'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel for one thread: messages are
// structured-cloned and delivered as macrotasks (one immediate per message, so promise jobs run
// between deliveries as they do in node).

const { Event, EventTarget, NodeEventTarget, kCreateEvent, defineEventHandler } =
  require('internal/event_target');
const { structuredClone } = require('internal/structured_clone');
const { codes } = require('internal/errors');

const kPort = Symbol('kPortState');
const kIsMessagePort = Symbol('kIsMessagePort');

// One long interval keeps the loop alive while some port or channel is listening and ref'd.
let activeCount = 0;
let keepAlive;
function updateKeepAlive(delta) {
  activeCount += delta;
  if (activeCount > 0) {
    if (keepAlive === undefined) keepAlive = setInterval(() => {}, 0x7fffffff);
    else keepAlive.ref();
  } else if (keepAlive !== undefined) {
    keepAlive.unref();
  }
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#data = options?.data ?? null;
    this.#origin = `${options?.origin ?? ''}`;
    this.#lastEventId = `${options?.lastEventId ?? ''}`;
    this.#source = options?.source ?? null;
    const ports = options?.ports ?? [];
    this.#ports = Object.freeze([...ports]);
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

class MessagePortCloseEvent extends Event {}

function dataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

// Moves a port's channel end to a fresh MessagePort object; the old one becomes detached.
function transferPort(old) {
  const s = old[kPort];
  const port = createPort();
  const ns = port[kPort];
  ns.peer = s.peer;
  if (s.peer !== null) s.peer[kPort].peer = port;
  ns.queue = s.queue;
  s.queue = [];
  s.peer = null;
  s.closed = true;
  s.detached = true;
  updateActive(old);
  return port;
}

const kMark = '__nodecTransferredMessagePort__';

// Clones a message; MessagePorts in the transfer list arrive as new port objects bound to the same channel.
function cloneMessage(value, transfer) {
  const ports = [];
  const others = [];
  const signals = []; // AbortSignals marked transferable (util.transferableAbortSignal)
  const jsTransferables = []; // web streams and other JS objects with a [kTransfer]()
  const abortController = require('internal/abort_controller');
  const jsTransferable = require('internal/worker/js_transferable');
  for (const item of transfer) {
    if (abortController.isTransferableAbortSignal(item)) {
      if (!signals.includes(item)) signals.push(item);
      continue;
    }
    if (jsTransferable.isJSTransferable(item)) {
      if (jsTransferables.includes(item)) throw dataCloneError('Transfer list contains duplicate object');
      jsTransferables.push(item);
      continue;
    }
    if (item instanceof ArrayBuffer) {
      if (item.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      if (others.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    }
    if (item?.[kIsMessagePort] === true) {
      if (ports.includes(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      if (item[kPort].closed) throw dataCloneError('MessagePort in transfer list is already detached');
      ports.push(item);
    } else {
      others.push(item);
    }
  }
  if (ports.length === 0 && signals.length === 0 && jsTransferables.length === 0) {
    return structuredClone(value, { transfer: others });
  }
  const isPlain = (v) => v !== null && typeof v === 'object' &&
    (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
  const hide = (v) => {
    const i = ports.indexOf(v);
    if (i !== -1) return { [kMark]: i };
    const j = signals.indexOf(v);
    if (j !== -1) return { [kMark]: ports.length + j };
    const k = jsTransferables.indexOf(v);
    if (k !== -1) return { [kMark]: ports.length + signals.length + k };
    if (!isPlain(v)) return v;
    if (Array.isArray(v)) return v.map(hide);
    const out = {};
    for (const k of Object.keys(v)) out[k] = hide(v[k]);
    return out;
  };
  const cloned = structuredClone(hide(value), { transfer: others });
  const moved = ports.map(transferPort);
  // A transferred signal arrives as a new signal that follows the original (the original stays usable).
  for (const signal of signals) moved.push(abortController.cloneAbortSignal(signal));
  for (const item of jsTransferables) moved.push(jsTransferable.transferJSTransferable(item));
  const reveal = (v) => {
    if (!isPlain(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = reveal(v[i]);
      return v;
    }
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === kMark) return moved[v[kMark]];
    for (const k of keys) v[k] = reveal(v[k]);
    return v;
  };
  return reveal(cloned);
}

function typeError(message) {
  const e = new TypeError(message);
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function readTransfer(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object') throw typeError('Optional transferList argument must be an iterable');
  if (typeof options[Symbol.iterator] === 'function') return [...options];
  const t = options.transfer;
  if (t === undefined) return [];
  const bad = () => typeError('Optional options.transfer argument must be an iterable');
  if (t === null || typeof t !== 'object' || typeof t[Symbol.iterator] !== 'function') throw bad();
  try {
    return [...t];
  } catch {
    throw bad();
  }
}

let constructing = false;

class MessagePort extends NodeEventTarget {
  constructor() {
    if (!constructing) {
      const e = new TypeError('Constructor cannot be called');
      e.code = 'ERR_CONSTRUCT_CALL_INVALID';
      throw e;
    }
    super();
    this[kIsMessagePort] = true;
    Object.defineProperty(this, kPort, {
      value: {
        peer: null, queue: [], started: false, closed: false, refed: true, listening: 0,
        active: false, scheduled: 0,
      },
    });
  }

  postMessage(message, transferList = undefined) {
    if (this?.[kIsMessagePort] !== true) throw new codes.ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    const transfer = readTransfer(transferList);
    if (transfer.includes(this)) throw dataCloneError('Transfer list contains source port');
    const s = this[kPort];
    const cloned = cloneMessage(message, transfer);
    if (s.closed || s.peer === null) return;
    const peer = s.peer[kPort];
    if (peer.closed) return;
    peer.queue.push(cloned);
    if (peer.started) scheduleDelivery(s.peer);
  }

  start() {
    if (this?.[kIsMessagePort] !== true) throw new codes.ERR_INVALID_THIS('MessagePort');
    const s = this[kPort];
    if (s.started || s.closed) return;
    s.started = true;
    for (let i = s.scheduled; i < s.queue.length; i++) scheduleDelivery(this);
  }

  close(callback) {
    if (this?.[kIsMessagePort] !== true) throw new codes.ERR_INVALID_THIS('MessagePort');
    const s = this[kPort];
    if (typeof callback === 'function') this.once('close', () => callback());
    if (s.closed) return;
    const peer = s.peer;
    closePort(this);
    if (peer !== null) closePort(peer);
  }

  ref() {
    const s = this[kPort];
    if (!s.refed) {
      s.refed = true;
      updateActive(this);
    }
  }

  unref() {
    const s = this[kPort];
    if (s.refed) {
      s.refed = false;
      updateActive(this);
    }
  }

  hasRef() {
    const s = this[kPort];
    return !s.closed && s.refed && s.listening > 0;
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (`${type}` === 'message' && listener != null) {
      this[kPort].listening = this.listenerCount('message');
      updateActive(this);
      this.start();
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (`${type}` === 'message') {
      this[kPort].listening = this.listenerCount('message');
      updateActive(this);
    }
  }

  [kCreateEvent](value, type) {
    if (type === 'message' || type === 'messageerror') return new MessageEvent(type, { data: value });
    return new MessagePortCloseEvent(type);
  }

  // As node's: shown as a MessagePort-shaped copy carrying the port's state and own properties,
  // which inspect then formats itself (so depth, the [EventTarget] tag, etc. apply as usual).
  [Symbol.for('nodejs.util.inspect.custom')]() {
    const s = this[kPort];
    if (s === undefined) return this; // the prototype itself, or the copy below
    const state = s.closed ? { active: false } : { active: true, refed: this.hasRef() };
    return Object.assign({ __proto__: MessagePort.prototype }, state, this);
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

function updateActive(port) {
  const s = port[kPort];
  const active = !s.closed && s.refed && s.listening > 0;
  if (active !== s.active) {
    s.active = active;
    updateKeepAlive(active ? 1 : -1);
  }
}

function scheduleDelivery(port) {
  const s = port[kPort];
  s.scheduled++;
  setImmediate(() => {
    s.scheduled--;
    if (s.queue.length === 0 || !s.started) return;
    const message = s.queue.shift();
    port[Symbol.for('nodejs.internal.kHybridDispatch')](message, 'message');
  });
}

function closePort(port) {
  const s = port[kPort];
  if (s.closed) return;
  s.closed = true;
  updateActive(port);
  // Messages already queued are still delivered before 'close'.
  setImmediate(() => {
    while (s.queue.length > 0 && s.started) {
      port[Symbol.for('nodejs.internal.kHybridDispatch')](s.queue.shift(), 'message');
    }
    s.queue = [];
    port.emit('close', new MessagePortCloseEvent('close'));
  });
}

function createPort() {
  constructing = true;
  try {
    return new MessagePort();
  } finally {
    constructing = false;
  }
}

class MessageChannel {
  constructor() {
    const port1 = createPort();
    const port2 = createPort();
    port1[kPort].peer = port2;
    port2[kPort].peer = port1;
    Object.defineProperty(this, 'port1', { value: port1, enumerable: true, configurable: false });
    Object.defineProperty(this, 'port2', { value: port2, enumerable: true, configurable: false });
  }
}

// worker_threads.receiveMessageOnPort: takes the next queued message synchronously.
function receiveMessageOnPort(port) {
  if (port?.[kIsMessagePort] !== true) {
    throw typeError('The "port" argument must be a MessagePort instance');
  }
  const s = port[kPort];
  if (s.queue.length === 0) return undefined;
  return { message: s.queue.shift() };
}

// ---- BroadcastChannel ----

const channels = new Map();
const kChannel = Symbol('kChannel');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string'); // V8's wording
    super();
    const state = { name: `${name}`, closed: false, refed: true, active: false };
    Object.defineProperty(this, kChannel, { value: state });
    let set = channels.get(state.name);
    if (set === undefined) channels.set(state.name, set = new Set());
    set.add(this);
    state.active = true;
    updateKeepAlive(1);
  }

  get name() {
    if (this?.[kChannel] === undefined) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    return this[kChannel].name;
  }

  close() {
    if (this?.[kChannel] === undefined) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    const s = this[kChannel];
    if (s.closed) return;
    s.closed = true;
    channels.get(s.name)?.delete(this);
    if (s.active) {
      s.active = false;
      updateKeepAlive(-1);
    }
  }

  postMessage(message) {
    if (this?.[kChannel] === undefined) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    const s = this[kChannel];
    if (s.closed) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const receivers = [...(channels.get(s.name) ?? [])].filter((c) => c !== this);
    for (const target of receivers) {
      const data = structuredClone(message);
      setImmediate(() => {
        if (target[kChannel].closed) return;
        target.dispatchEvent(new MessageEvent('message', { data }));
      });
    }
  }

  ref() {
    const s = this[kChannel];
    s.refed = true;
    if (!s.closed && !s.active) {
      s.active = true;
      updateKeepAlive(1);
    }
    return this;
  }

  unref() {
    const s = this[kChannel];
    s.refed = false;
    if (s.active) {
      s.active = false;
      updateKeepAlive(-1);
    }
    return this;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (this?.[kChannel] === undefined) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    const s = this[kChannel];
    return `BroadcastChannel ${inspect({ name: s.name, active: !s.closed }, { ...options, depth: options?.depth == null ? null : options.depth - 1 })}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, { value: 'BroadcastChannel', configurable: true });

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort };
