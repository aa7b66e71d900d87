'use strict';
// How a process ends: exit codes and stderr for uncaught errors, rejections, process.exit, exitCode.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code, args = []) {
  const r = spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

let r = run('throw new Error("boom")');
assert.strictEqual(r.status, 1);
assert.match(r.err, /\[eval\]:1\nthrow new Error\("boom"\)\n *\^\n\nError: boom\n {4}at /);
assert.match(r.err, /Node\.js v24\./);

r = run('Promise.reject(new Error("late"))');
assert.strictEqual(r.status, 1);
assert.match(r.err, /Error: late/);

r = run('Promise.reject(42)');
assert.strictEqual(r.status, 1);
assert.match(r.err, /UnhandledPromiseRejection.*reason "42"/s);
assert.match(r.err, /code: 'ERR_UNHANDLED_REJECTION'/);

r = run('process.on("unhandledRejection", (e) => console.log("handled", e)); Promise.reject(7)');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.out, 'handled 7\n');

r = run('process.exit(3)');
assert.strictEqual(r.status, 3);
r = run('process.exitCode = 4');
assert.strictEqual(r.status, 4);
r = run('process.on("exit", (c) => console.log("exit", c)); process.exitCode = 5');
assert.strictEqual(r.status, 5);
assert.strictEqual(r.out, 'exit 5\n');

r = run('process.on("uncaughtException", (e, origin) => console.log("caught", e.message, origin)); ' +
        'setTimeout(() => { throw new Error("t") }, 1); setTimeout(() => console.log("after"), 5)');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.out, 'caught t uncaughtException\nafter\n');

r = run('process.nextTick(() => { throw new Error("tick") })');
assert.strictEqual(r.status, 1);
assert.match(r.err, /Error: tick/);

r = run('throw 1');
assert.strictEqual(r.status, 1);
// node also prints where a primitive was thrown; JSC does not report that location for non-errors.
assert.match(r.err, /^\n?(\[eval\]:1\nthrow 1\n\^\n)?1\n\(Use `[a-z0-9]+ --trace-uncaught \.\.\.` to show where the exception was thrown\)\n/);

r = run('let n = 0; process.on("beforeExit", () => { if (n++ < 2) setTimeout(() => console.log("more", n), 1) })');
assert.strictEqual(r.out, 'more 1\nmore 2\n');

// A syntax error in a required file names the file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-'));
try {
  fs.writeFileSync(path.join(dir, 'bad.js'), 'const x = ;\n');
  r = run(`require(${JSON.stringify(path.join(dir, 'bad.js'))})`);
  assert.strictEqual(r.status, 1);
  assert.match(r.err, /bad\.js:1/);
  assert.match(r.err, /SyntaxError/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
