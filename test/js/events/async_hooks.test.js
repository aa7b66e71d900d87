'use strict';
// node:async_hooks over nodec's queues: AsyncLocalStorage propagation through nextTick, timers,
// immediates, queueMicrotask and promise reactions; AsyncResource; hooks firing for queued callbacks.
const assert = require('assert');
const {
  AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId,
} = require('async_hooks');
const { EventEmitterAsyncResource } = require('events');

const als = new AsyncLocalStorage();
const seen = [];
const done = () => {
  seen.sort();
  assert.deepStrictEqual(seen, ['imm:2', 'interval:1', 'qm:1', 'then:1', 'tick:1', 'timeout:1']);
};

assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(triggerAsyncId(), 0);
als.run(1, () => {
  assert.strictEqual(als.getStore(), 1);
  process.nextTick(() => {
    seen.push(`tick:${als.getStore()}`);
    assert.ok(executionAsyncId() > 1);
    assert.strictEqual(triggerAsyncId(), 1);
  });
  setTimeout(() => {
    seen.push(`timeout:${als.getStore()}`);
    als.run(2, () => setImmediate(() => {
      seen.push(`imm:${als.getStore()}`);
      setTimeout(done, 5);
    }));
  }, 1);
  const iv = setInterval(() => { seen.push(`interval:${als.getStore()}`); clearInterval(iv); }, 1);
  Promise.resolve().then(() => seen.push(`then:${als.getStore()}`));
  queueMicrotask(() => seen.push(`qm:${als.getStore()}`));
});
assert.strictEqual(als.getStore(), undefined);

// exit / enterWith / snapshot / bind / defaultValue / name
const named = new AsyncLocalStorage({ name: 'n', defaultValue: 7 });
assert.strictEqual(named.name, 'n');
assert.strictEqual(named.getStore(), 7);
als.run('a', () => {
  als.exit(() => assert.strictEqual(als.getStore(), undefined));
  const snap = AsyncLocalStorage.snapshot();
  const bound = AsyncLocalStorage.bind(() => als.getStore());
  als.run('b', () => {
    assert.strictEqual(snap(() => als.getStore()), 'a');
    assert.strictEqual(bound(), 'a');
  });
});
als.enterWith('e');
assert.strictEqual(als.getStore(), 'e');
als.disable();
assert.strictEqual(als.getStore(), undefined);

// AsyncResource: ids, scope, hooks.
const events = [];
const hook = createHook({
  init(id, type, trigger, resource) { if (type === 'X') events.push(['init', id, trigger, resource instanceof AsyncResource]); },
  before(id) { if (events.some((e) => e[1] === id)) events.push(['before', id]); },
  after(id) { if (events.some((e) => e[1] === id)) events.push(['after', id]); },
  destroy(id) { if (events.some((e) => e[1] === id)) events.push(['destroy', id]); },
}).enable();
const r = new AsyncResource('X');
const id = r.asyncId();
assert.strictEqual(r.triggerAsyncId(), executionAsyncId());
assert.strictEqual(r.runInAsyncScope(function (a) { return [executionAsyncId(), this, a]; }, 'self', 3)[0], id);
r.emitDestroy();
// 'destroy' comes asynchronously.
assert.deepStrictEqual(events, [['init', id, executionAsyncId(), true], ['before', id], ['after', id]]);
setImmediate(() => {
  hook.disable();
  assert.deepStrictEqual(events.at(-1), ['destroy', id]);
});

assert.throws(() => createHook({ init: 1 }), { code: 'ERR_ASYNC_CALLBACK' });
assert.throws(() => new AsyncResource('X', { triggerAsyncId: -2 }), { code: 'ERR_INVALID_ASYNC_ID' });
assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE' });

// EventEmitterAsyncResource emits inside its resource's scope.
const ee = new EventEmitterAsyncResource({ name: 'Y' });
ee.on('x', () => assert.strictEqual(executionAsyncId(), ee.asyncId));
ee.emit('x');
assert.strictEqual(ee.asyncResource.eventEmitter, ee);
