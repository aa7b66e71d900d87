'use strict';
// A file with failing tests exits 1 and reports node 24's structure (spec by default, TAP on request).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(os.tmpdir(), `nodec-test-runner-${process.pid}.js`);
fs.writeFileSync(fixture, `
const { test, describe, it } = require('node:test');
test('passes', () => {});
test('fails', () => { throw new Error('boom'); });
test('skipped', { skip: 'why' }, () => {});
test('todo', { todo: true }, () => { throw new Error('not yet'); });
test('callback', (t, done) => setTimeout(done, 1));
test('timeout', { timeout: 10 }, () => new Promise((r) => setTimeout(r, 500)));
test('parent', async (t) => {
  t.diagnostic('note');
  await t.test('child ok', () => {});
  await t.test('child bad', () => { t.assert.strictEqual(1, 2); });
});
describe('suite', () => { it('inner', () => {}); it.todo('later'); });
test('uncaught', (t, done) => { setTimeout(() => { throw new Error('late'); }, 1); setTimeout(done, 30); });
`);

try {
  const spec = spawnSync(process.execPath, [fixture], { encoding: 'utf8' });
  assert.strictEqual(spec.status, 1, spec.stderr);
  const out = spec.stdout.replace(/\(\d+(\.\d+)?ms\)/g, '(X)');
  for (const line of ['✔ passes (X)', '✖ fails (X)', '﹣ skipped (X) # why', '⚠ todo (X) # TODO', '✔ callback (X)',
    '✖ timeout (X)', '▶ parent', '  ✔ child ok (X)', '  ✖ child bad (X)', '✖ parent (X)', 'ℹ note', '▶ suite',
    '  ✔ inner (X)', '  ✔ later (X) # TODO', '✔ suite (X)', '✖ uncaught (X)',
    'ℹ tests 12', 'ℹ suites 1', 'ℹ pass 4', 'ℹ fail 4', 'ℹ cancelled 1', 'ℹ skipped 1', 'ℹ todo 2', '✖ failing tests:']) {
    assert.ok(out.split('\n').includes(line), `missing ${JSON.stringify(line)} in\n${out}`);
  }

  // node takes --test-reporter; nodec's CLI does not (yet), so it reads NODE_TEST_REPORTER instead.
  let tap = spawnSync(process.execPath, ['--test-reporter=tap', fixture], { encoding: 'utf8' });
  if (/bad option/.test(tap.stderr)) {
    tap = spawnSync(process.execPath, [fixture], { encoding: 'utf8', env: { ...process.env, NODE_TEST_REPORTER: 'tap' } });
  }
  assert.strictEqual(tap.status, 1);
  const lines = tap.stdout.split('\n');
  assert.strictEqual(lines[0], 'TAP version 13');
  for (const line of ['# Subtest: passes', 'ok 1 - passes', 'not ok 2 - fails', 'ok 3 - skipped # SKIP why',
    'not ok 4 - todo # TODO', "  failureType: 'testTimeoutFailure'", '    # Subtest: child ok', '    ok 1 - child ok',
    '    not ok 2 - child bad', '    1..2', "  failureType: 'subtestsFailed'", "  error: '1 subtest failed'", '# note',
    "  failureType: 'uncaughtException'", '1..9', '# tests 12', '# pass 4', '# fail 4', '# todo 2']) {
    assert.ok(lines.includes(line), `missing ${JSON.stringify(line)} in\n${tap.stdout}`);
  }
  assert.ok(/^ {2}duration_ms: [\d.]+$/m.test(tap.stdout));

  // All passing: exit 0.
  fs.writeFileSync(fixture, "require('node:test')('ok', () => {});");
  assert.strictEqual(spawnSync(process.execPath, [fixture]).status, 0);
} finally {
  fs.unlinkSync(fixture);
}
