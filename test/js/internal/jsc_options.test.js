'use strict';
// nodec's JSC option defaults (src/runtime/runtime.c): no proper tail calls, SharedArrayBuffer on,
// heap growth at most 2x per collection cycle, one GC marker thread on machines of at most two cores.
// JSC reads them from the environment at start-up: a
// value the user set wins, and none of them leaks into the program's or its children's env.
const assert = require('assert');
const { spawnSync } = require('child_process');

function options(env) {
  const r = spawnSync(process.execPath, ['-e', 'console.log(JSON.stringify(Object.keys(process.env).filter((k) => k.startsWith("JSC_"))))'],
                      { env: { ...process.env, ...env, JSC_dumpOptions: '2' }, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const get = (name) => (r.stderr.match(new RegExp(`\\b${name}=(\\S+)`)) || [])[1];
  return { growth: get('heapGrowthMaxIncrease'), tail: get('useTailCalls'), sab: get('useSharedArrayBuffer'),
           markers: get('numberOfGCMarkers'), seen: JSON.parse(r.stdout) };
}

const def = options({});
assert.deepStrictEqual([def.growth, def.tail, def.sab], ['1', 'false', 'true']);
assert.deepStrictEqual(def.seen, ['JSC_dumpOptions']); // only what the user set
if (require('os').availableParallelism() <= 2) assert.strictEqual(def.markers, '1');
assert.strictEqual(options({ JSC_numberOfGCMarkers: '3' }).markers, '3');

const user = options({ JSC_heapGrowthMaxIncrease: '3', JSC_useTailCalls: 'true' });
assert.deepStrictEqual([user.growth, user.tail, user.sab], ['3', 'true', 'true']);
assert.deepStrictEqual(user.seen.sort(), ['JSC_dumpOptions', 'JSC_heapGrowthMaxIncrease', 'JSC_useTailCalls']);

// Tail calls really are off (this file is strict code): the caller's frame is still on the stack.
function inner() { return new Error().stack; }
function outer() { return inner(); }
assert.match(outer(), /outer/);
