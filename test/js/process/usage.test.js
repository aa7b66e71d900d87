'use strict';
// memoryUsage / cpuUsage / resourceUsage / uptime shapes.
const assert = require('assert');

const m = process.memoryUsage();
assert.deepStrictEqual(Object.keys(m).sort(), ['arrayBuffers', 'external', 'heapTotal', 'heapUsed', 'rss']);
for (const k of Object.keys(m)) assert.ok(Number.isFinite(m[k]) && m[k] >= 0, `memoryUsage().${k}`);
assert.ok(m.rss > 1024 * 1024, 'rss should be over 1MB');
assert.strictEqual(typeof process.memoryUsage.rss, 'function');
const rss = process.memoryUsage.rss();
assert.ok(Number.isInteger(rss) && rss > 1024 * 1024);

const c = process.cpuUsage();
assert.deepStrictEqual(Object.keys(c).sort(), ['system', 'user']);
assert.ok(Number.isInteger(c.user) && c.user >= 0);
assert.ok(Number.isInteger(c.system) && c.system >= 0);
// spin until 10ms of CPU time are used (wall time varies with machine load)
const giveUp = Date.now() + 10000;
let d;
let x = 0;
do {
  for (let i = 0; i < 1e5; i++) x += i;
  d = process.cpuUsage(c);
} while (d.user + d.system < 10000 && Date.now() < giveUp);
assert.deepStrictEqual(Object.keys(d).sort(), ['system', 'user']);
assert.ok(d.user + d.system >= 10000, 'cpuUsage(prev) must grow while spinning: ' + JSON.stringify(d));
assert.ok(x > 0);
assert.throws(() => process.cpuUsage({ user: 'x', system: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.cpuUsage({ user: -1, system: 1 }), { code: 'ERR_INVALID_ARG_VALUE' });

const r = process.resourceUsage();
for (const k of ['userCPUTime', 'systemCPUTime', 'maxRSS', 'voluntaryContextSwitches']) {
  assert.strictEqual(typeof r[k], 'number', `resourceUsage().${k}`);
}

const u1 = process.uptime();
assert.strictEqual(typeof u1, 'number');
assert.ok(u1 > 0 && u1 < 60);
const u2 = process.uptime();
assert.ok(u2 >= u1);
