'use strict';
// nextTick argument passing and ordering against promises, checked with assert.
const assert = require('assert');
const seen = [];
process.nextTick((a, b) => seen.push(['tick', a, b]), 1, 2);
Promise.resolve().then(() => seen.push(['promise']));
process.nextTick(() => {
  seen.push(['tick2']);
  process.nextTick(() => seen.push(['tick3']));
});
queueMicrotask(() => seen.push(['microtask']));
assert.deepStrictEqual(seen, []);
setImmediate(() => {
  assert.deepStrictEqual(seen, [['tick', 1, 2], ['tick2'], ['tick3'], ['promise'], ['microtask']]);
  seen.push('done');
});
process.on('exit', () => assert.strictEqual(seen[seen.length - 1], 'done'));
assert.throws(() => process.nextTick(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.nextTick({}), { code: 'ERR_INVALID_ARG_TYPE' });
