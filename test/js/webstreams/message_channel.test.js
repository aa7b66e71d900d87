'use strict';
// MessageChannel / MessagePort / BroadcastChannel in one thread.
const assert = require('assert');
const wt = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(wt.MessageChannel, MessageChannel);
assert.ok(port1 instanceof MessagePort);
assert.ok(port1 instanceof EventTarget);
assert.throws(() => new MessagePort(), { name: 'TypeError' });

const order = [];
const portMessages = [];
const obj = { a: [1, 2], d: new Date(0), m: new Map([[1, 2]]) };
port1.on('message', (msg) => {
  portMessages.push(msg);
  if (portMessages.length === 1) {
    assert.deepStrictEqual(msg, obj);
    assert.notStrictEqual(msg, obj); // cloned
  }
  if (portMessages.length === 3) port1.close();
});
port1.on('close', () => {
  assert.deepStrictEqual(portMessages.slice(1), ['two', 'three']);
  order.push('closed');
});
port2.postMessage(obj);
port2.postMessage('two');
port2.postMessage('three');
Promise.resolve().then(() => assert.strictEqual(portMessages.length, 0)); // delivery is a macrotask

// addEventListener gets a MessageEvent; receiveMessageOnPort is synchronous
const ch = new MessageChannel();
ch.port2.postMessage({ x: 1 });
assert.deepStrictEqual(wt.receiveMessageOnPort(ch.port1), { message: { x: 1 } });
assert.strictEqual(wt.receiveMessageOnPort(ch.port1), undefined);
ch.port1.addEventListener('message', (e) => {
  assert.ok(e instanceof MessageEvent);
  assert.strictEqual(e.data, 'evt');
  ch.port1.close();
  order.push('event');
});
ch.port2.postMessage('evt');

// onmessage starts the port
const ch2 = new MessageChannel();
ch2.port1.onmessage = (e) => {
  order.push(`onmessage:${e.data}`);
  ch2.port1.close();
};
ch2.port2.postMessage(7);

// BroadcastChannel
const b1 = new BroadcastChannel('chan');
const b2 = new BroadcastChannel('chan');
b2.onmessage = (e) => {
  order.push(`bc:${e.data}`);
  b1.close();
  b2.close();
};
b1.postMessage('hi');

const ev = new MessageEvent('message', { data: 5 });
assert.strictEqual(ev.data, 5);
assert.strictEqual(ev.type, 'message');

process.on('exit', () => {
  assert.ok(order.includes('closed'), order);
  assert.ok(order.includes('event'), order);
  assert.ok(order.includes('onmessage:7'), order);
  assert.ok(order.includes('bc:hi'), order);
  console.log('ok');
});
