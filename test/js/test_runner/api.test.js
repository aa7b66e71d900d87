'use strict';
// node:test's API used from inside a passing file: hooks order, contexts, mocks, mock timers.
const assert = require('assert');
const timers = require('timers');
const { test, describe, it, before, after, beforeEach, afterEach, mock } = require('node:test');

const log = [];
before(() => log.push('root before'));
beforeEach((t) => log.push(`root beforeEach ${t.name}`));
afterEach((t) => log.push(`root afterEach ${t.name}`));

test('context', async (t) => {
  assert.strictEqual(t.name, 'context');
  assert.ok(t.signal instanceof AbortSignal);
  await t.test('child', (c) => assert.strictEqual(c.fullName, 'context > child'));
  t.plan(2);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
});

describe('suite', () => {
  before(() => log.push('suite before'));
  after(() => log.push('suite after'));
  it('one', () => log.push('one'));
  it('two', (t, done) => { log.push('two'); setTimeout(done, 1); });
});

test('hook order', () => {
  assert.deepStrictEqual(log, [
    'root before',
    'root beforeEach context', 'root beforeEach child', 'root afterEach child', 'root afterEach context',
    'suite before', 'root beforeEach one', 'one', 'root afterEach one',
    'root beforeEach two', 'two', 'root afterEach two', 'suite after',
    'root beforeEach hook order',
  ]);
});

test('test() returns a promise', async () => {
  const p = test('inner');
  assert.ok(p instanceof Promise);
  assert.strictEqual(await p, undefined);
});

test('mock.fn and mock.method', (t) => {
  const add = t.mock.fn((a, b) => a + b);
  assert.strictEqual(add(2, 3), 5);
  assert.deepStrictEqual(add.mock.calls[0].arguments, [2, 3]);
  assert.strictEqual(add.mock.calls[0].result, 5);
  add.mock.mockImplementationOnce(() => 0);
  assert.strictEqual(add(1, 1), 0);
  assert.strictEqual(add(1, 1), 2);
  assert.strictEqual(add.mock.callCount(), 3);
  const limited = t.mock.fn(() => 'orig', () => 'fake', { times: 1 });
  assert.deepStrictEqual([limited(), limited()], ['fake', 'orig']);

  const obj = { n: 3, twice() { return this.n * 2; }, get g() { return 'real'; } };
  t.mock.method(obj, 'twice', function() { return this.n; });
  assert.strictEqual(obj.twice(), 3);
  assert.strictEqual(obj.twice.mock.calls[0].this, obj);
  t.mock.getter(obj, 'g', () => 'fake');
  assert.strictEqual(obj.g, 'fake');
  t.mock.restoreAll();
  assert.strictEqual(obj.twice(), 6);
  assert.strictEqual(obj.g, 'real');

  mock.method(Math, 'random', () => 0.5);
  assert.strictEqual(Math.random(), 0.5);
  mock.reset();
  assert.strictEqual(Math.random.mock, undefined);
});

test('mock.timers', (t) => {
  const realSetTimeout = globalThis.setTimeout;
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate', 'Date'], now: 1000 });
  assert.notStrictEqual(globalThis.setTimeout, realSetTimeout);
  assert.strictEqual(timers.setTimeout, globalThis.setTimeout);
  const seen = [];
  setTimeout(() => seen.push('t50'), 50);
  const iv = setInterval(() => seen.push('iv'), 20);
  setImmediate(() => seen.push('imm'));
  t.mock.timers.tick(45);
  assert.deepStrictEqual(seen, ['imm', 'iv', 'iv']);
  assert.strictEqual(Date.now(), 1045);
  clearInterval(iv);
  t.mock.timers.runAll();
  assert.deepStrictEqual(seen, ['imm', 'iv', 'iv', 't50']);
  assert.strictEqual(Date.now(), 1050);
  assert.strictEqual(new Date().getTime(), 1050);
  assert.throws(() => t.mock.timers.enable(), { code: 'ERR_INVALID_STATE' });
  t.mock.timers.reset();
  assert.strictEqual(globalThis.setTimeout, realSetTimeout);
  assert.strictEqual(timers.setTimeout, realSetTimeout);
  assert.ok(Date.now() > 1e12);
});

test.skip('skipped is not run', () => { throw new Error('ran'); });
test.todo('todo without body');
describe.skip('skipped suite', () => { it('never', () => { throw new Error('ran'); }); });
