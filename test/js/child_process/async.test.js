'use strict';
// child_process.spawn/exec/execFile: event order, stdio pipes, exit codes and signals, errors,
// maxBuffer, timeout, encoding, shell, the promisified exec. Bounded by a watchdog.
const cp = require('child_process');
const util = require('util');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 15000);

function run(child) {
  return new Promise((resolve) => {
    const ev = [];
    let out = '';
    let err = '';
    child.on('spawn', () => ev.push('spawn'));
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    if (child.stderr) child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => ev.push('error:' + e.code));
    child.on('exit', (code, sig) => ev.push(`exit:${code}:${sig}`));
    child.on('close', (code, sig) => { ev.push(`close:${code}:${sig}`); resolve({ ev, out, err }); });
  });
}

(async () => {
  // Pipes both ways, exit code, order of events.
  const c1 = cp.spawn('sh', ['-c', 'read x; echo "got $x"; echo oops >&2; exit 3']);
  assert.ok(c1.pid > 0);
  c1.stdin.end('hello\n');
  const r1 = await run(c1);
  assert.deepStrictEqual(r1.ev, ['spawn', 'exit:3:null', 'close:3:null']);
  assert.strictEqual(r1.out, 'got hello\n');
  assert.strictEqual(r1.err, 'oops\n');
  assert.strictEqual(c1.exitCode, 3);
  assert.strictEqual(c1.stdio.length, 3);
  assert.strictEqual(c1.stdio[1], c1.stdout);

  // A missing program: 'error' then 'close', no 'spawn'.
  const c2 = cp.spawn('definitely-not-a-program-xyz');
  const r2 = await run(c2);
  assert.deepStrictEqual(r2.ev, ['error:ENOENT', 'close:-2:null']);

  // Signals.
  const c3 = cp.spawn('sleep', ['10']);
  setTimeout(() => assert.strictEqual(c3.kill('SIGKILL'), true), 20);
  const r3 = await run(c3);
  assert.deepStrictEqual(r3.ev, ['spawn', 'exit:null:SIGKILL', 'close:null:SIGKILL']);
  assert.strictEqual(c3.killed, true);
  assert.strictEqual(c3.signalCode, 'SIGKILL');
  assert.throws(() => c3.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });

  // stdio: ignore / inherit mixes.
  const c4 = cp.spawn('sh', ['-c', 'echo a; echo b >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  assert.strictEqual(c4.stdin, null);
  assert.strictEqual(c4.stderr, null);
  const r4 = await run(c4);
  assert.strictEqual(r4.out, 'a\n');

  // exec: shell, callback args, failures.
  const e1 = await new Promise((resolve) => cp.exec('echo hi; echo bad >&2; exit 2', (...a) => resolve(a)));
  assert.strictEqual(e1[0].code, 2);
  assert.strictEqual(e1[0].killed, false);
  assert.strictEqual(e1[0].signal, null);
  assert.strictEqual(e1[0].cmd, 'echo hi; echo bad >&2; exit 2');
  assert.strictEqual(e1[0].message, 'Command failed: echo hi; echo bad >&2; exit 2\nbad\n');
  assert.deepStrictEqual([e1[1], e1[2]], ['hi\n', 'bad\n']);

  // execFile: args, buffer encoding, env, cwd.
  const f1 = await new Promise((resolve) => cp.execFile('sh', ['-c', 'printf "%s:%s" "$FOO" "$PWD"'],
    { encoding: 'buffer', env: { FOO: 'bar' }, cwd: '/' }, (...a) => resolve(a)));
  assert.strictEqual(f1[0], null);
  assert.ok(Buffer.isBuffer(f1[1]));
  assert.strictEqual(f1[1].toString(), 'bar:/');

  // maxBuffer and timeout.
  const m = await new Promise((resolve) => cp.exec('yes | head -c 100000', { maxBuffer: 100 }, (...a) => resolve(a)));
  assert.strictEqual(m[0].code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(m[1].length, 100);
  const t = await new Promise((resolve) => cp.exec('sleep 5', { timeout: 50 }, (e) => resolve(e)));
  assert.deepStrictEqual([t.killed, t.signal, t.code], [true, 'SIGTERM', null]);

  // Promisified exec resolves {stdout, stderr} and carries the child.
  const p = util.promisify(cp.exec)('echo promised');
  assert.ok(p.child instanceof cp.ChildProcess);
  assert.deepStrictEqual(await p, { stdout: 'promised\n', stderr: '' });
  await assert.rejects(util.promisify(cp.execFile)('sh', ['-c', 'exit 4']), (e) => e.code === 4 && e.stdout === '');

  // Argument errors.
  assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => cp.spawn('ls', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => cp.exec('ls', { timeout: -1 }, () => {}), { code: 'ERR_OUT_OF_RANGE' });

  clearTimeout(watchdog);
})().catch((e) => { console.error(e); process.exit(1); });
