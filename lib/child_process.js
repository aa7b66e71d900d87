'use strict';
// node:child_process. The synchronous family (spawnSync, execSync, execFileSync) runs on
// internalBinding('spawn_sync'); the asynchronous one needs stream handles and comes with them.

const { validateString, validateObject } = require('internal/validators');

function lazyErrors() { return require('internal/errors'); }

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  let cwd = options.cwd;
  if (cwd != null) cwd = typeof cwd === 'string' ? cwd : require('url').fileURLToPath(cwd);
  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return { ...options, args, cwd, envPairs, file, windowsHide: !!options.windowsHide };
}

function stdioSpec(stdio, input) {
  if (stdio === undefined || stdio === 'pipe' || stdio === 'overlapped') stdio = ['pipe', 'pipe', 'pipe'];
  else if (stdio === 'inherit') stdio = [0, 1, 2];
  else if (stdio === 'ignore') stdio = ['ignore', 'ignore', 'ignore'];
  else if (!Array.isArray(stdio)) {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  return stdio.map((s, i) => {
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') {
      const e = { type: 'pipe' };
      if (i === 0 && input !== undefined) e.input = input;
      return e;
    }
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'inherit') return { type: 'inherit', fd: i };
    if (typeof s === 'number') return { type: 'fd', fd: s };
    if (s && typeof s.fd === 'number') return { type: 'fd', fd: s.fd };
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('stdio', s);
  });
}

function spawnSync(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  let input = options.input;
  if (input !== undefined) {
    if (typeof input === 'string') input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
    else if (!ArrayBuffer.isView(input)) {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  const signals = internalBinding('constants').os.signals;
  let killSignal = options.killSignal;
  if (typeof killSignal === 'string') killSignal = signals[killSignal];
  const r = internalBinding('spawn_sync').spawn({
    file: options.file, args: options.args, cwd: options.cwd, envPairs: options.envPairs,
    stdio: stdioSpec(options.stdio, input), timeout: options.timeout, maxBuffer: options.maxBuffer ?? 1024 * 1024,
    killSignal, detached: options.detached, uid: options.uid, gid: options.gid,
  });
  const result = {
    status: r.status ?? null,
    signal: null,
    output: r.output ? r.output.map((b) => (b === null ? null : Buffer.from(b.buffer, b.byteOffset, b.length))) : null,
    pid: r.pid ?? 0,
  };
  if (r.signal) {
    for (const name of Object.keys(signals)) if (signals[name] === r.signal) { result.signal = name; break; }
  }
  const enc = options.encoding;
  if (result.output && enc && enc !== 'buffer') {
    result.output = result.output.map((b) => (b === null ? null : b.toString(enc)));
  }
  result.stdout = result.output ? result.output[1] : null;
  result.stderr = result.output ? result.output[2] : null;
  if (r.error !== undefined) {
    const { uvException } = lazyErrors();
    const syscall = r.output ? 'spawnSync ' + options.file : 'spawnSync ' + options.file;
    result.error = uvException({ errno: r.error, syscall, path: options.file });
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args !== undefined && typeof args === 'object') { options = args; args = []; }
  options = { ...options };
  const inheritStderr = !options.stdio;
  if (inheritStderr) options.stdio = ['pipe', 'pipe', 'inherit'];
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args || [])]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options = { ...options, shell: options?.shell ?? true };
  const inheritStderr = !options.stdio;
  if (inheritStderr) options.stdio = ['pipe', 'pipe', 'inherit'];
  const ret = spawnSync(command, [], options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function notYet(name) {
  return function () {
    const { ERR_METHOD_NOT_IMPLEMENTED } = lazyErrors().codes;
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

module.exports = {
  spawnSync, execSync, execFileSync,
  spawn: notYet('child_process.spawn'),
  exec: notYet('child_process.exec'),
  execFile: notYet('child_process.execFile'),
  fork: notYet('child_process.fork'),
  _forkChild: notYet('child_process._forkChild'),
};
