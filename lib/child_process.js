'use strict';
// node:child_process. The synchronous family (spawnSync, execSync, execFileSync) runs on
// internalBinding('spawn_sync'); the asynchronous one (spawn, exec, execFile) on a Process handle
// (internalBinding('process_wrap')) whose stdio pipes become net.Sockets. IPC channels (fork) are
// not there yet.

const { validateString, validateObject } = require('internal/validators');
const { kStopReadingForStdio } = require('internal/net');

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
  if (options.uid != null) require('internal/validators').validateInt32(options.uid, 'options.uid');
  if (options.gid != null) require('internal/validators').validateInt32(options.gid, 'options.gid');
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  const env = options.env || process.env;
  const envPairs = [];
  // for-in: node passes inherited enumerable variables too.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      rejectNullBytes(key, `options.env['${key}']`);
      rejectNullBytes(`${value}`, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  rejectNullBytes(file, 'file');
  for (let i = 0; i < args.length; i++) rejectNullBytes(`${args[i]}`, `args[${i}]`);
  if (typeof cwd === 'string') rejectNullBytes(cwd, 'options.cwd');
  return { ...options, args, cwd, envPairs, file, windowsHide: !!options.windowsHide };
}

function rejectNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
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


// ---- asynchronous family

const EventEmitter = require('events');
const kMaxBuffer = 1024 * 1024;

let signalsCache;
function signals() { return signalsCache || (signalsCache = internalBinding('constants').os.signals); }

function signalName(num) {
  const sig = signals();
  for (const name of Object.keys(sig)) if (sig[name] === num) return name;
  return null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    for (const name of Object.keys(signals())) if (signals()[name] === signal) return signal;
  } else if (typeof signal === 'string') {
    const n = signals()[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  const { ERR_UNKNOWN_SIGNAL } = lazyErrors().codes;
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    const { ERR_OUT_OF_RANGE } = lazyErrors().codes;
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    const { ERR_OUT_OF_RANGE } = lazyErrors().codes;
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// stdio option -> [{type, handle?, fd?}] for the Process handle.
function getAsyncStdio(stdio) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore': stdio = ['ignore', 'ignore', 'ignore']; break;
      case 'pipe': case 'overlapped': stdio = ['pipe', 'pipe', 'pipe']; break;
      case 'inherit': stdio = [0, 1, 2]; break;
      default: {
        const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
      }
    }
  } else if (stdio === undefined || stdio === null) {
    stdio = ['pipe', 'pipe', 'pipe'];
  } else if (!Array.isArray(stdio)) {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, handle: new Pipe(PipeConstants.SOCKET) });
    } else if (s === 'ipc') {
      if (out.ipc !== undefined) {
        for (const e of out) if (e.handle) e.handle.close();
        throw new (lazyErrors().codes.ERR_IPC_ONE_PIPE)();
      }
      out.ipc = i;
      out.push({ type: 'pipe', ipc: true, handle: new Pipe(PipeConstants.IPC) });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s?.fd === 'number') {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (s && s._handle && typeof s._handle.readStop === 'function') {
      out.push({ type: 'wrap', handle: s._handle, _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      for (const e of out) if (e.handle) e.handle.close();
      const { ERR_INVALID_SYNC_FORK_INPUT } = lazyErrors().codes;
      throw new ERR_INVALID_SYNC_FORK_INPUT(typeof s === 'string' ? s : 'Buffer');
    } else {
      for (const e of out) if (e.handle) e.handle.close();
      const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return out;
}

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function ChildProcess() {
  if (!(this instanceof ChildProcess)) return new ChildProcess();
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this.spawnargs = [];
  this.pid = undefined;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = null;
  const { Process } = internalBinding('process_wrap');
  this._handle = new Process();
  const self = this;
  this._handle.onexit = function onexit(exitCode, signalCode) {
    if (signalCode) self.signalCode = signalName(signalCode);
    else self.exitCode = exitCode;
    if (self.stdin) self.stdin.destroy();
    if (self._handle) {
      self._handle.close();
      self._handle = null;
    }
    if (exitCode < 0) {
      const syscall = self.spawnfile ? 'spawn ' + self.spawnfile : 'spawn';
      const err = lazyErrors().errnoException(exitCode, syscall);
      if (self.spawnfile) err.path = self.spawnfile;
      err.spawnargs = self.spawnargs.slice(1);
      self.emit('error', err);
    } else {
      self.emit('exit', self.exitCode, self.signalCode);
    }
    process.nextTick(flushStdio, self);
    maybeClose(self);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const stdio = getAsyncStdio(options.stdio);
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) this.spawnargs = [];
  else this.spawnargs = options.args;
  let envPairs = options.envPairs;
  if (stdio.ipc !== undefined) {
    // The child finds its end of the channel through these (internal/child_process/ipc).
    const serialization = options.serialization === 'advanced' ? 'advanced' : 'json';
    envPairs = [...(envPairs || []), `NODE_CHANNEL_FD=${stdio.ipc}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`];
  }
  const err = this._handle.spawn({
    file: options.file, args: options.args, cwd: options.cwd, envPairs,
    stdio, detached: !!options.detached, uid: options.uid, gid: options.gid,
  });
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
    process.nextTick(() => { if (this._handle) this._handle.onexit(err); });
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    this._handle.close();
    this._handle = null;
    for (const e of stdio) if (e.type === 'pipe') e.handle.close();
    throw lazyErrors().errnoException(err, 'spawn');
  } else {
    process.nextTick(() => this.emit('spawn'));
  }
  this.pid = this._handle.pid;
  const net = require('net');
  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.type === 'wrap') {
      const stopReading = entry._stdio[kStopReadingForStdio];
      if (typeof stopReading === 'function') stopReading.call(entry._stdio);
      else entry._stdio.pause?.();
      continue;
    }
    if (entry.type !== 'pipe') continue;
    if (entry.ipc) {
      if (err) entry.handle.close();
      else require('internal/child_process/ipc').setupChannel(this, entry.handle, options.serialization);
      continue;
    }
    if (err) {
      entry.handle.close();
      entry.socket = new net.Socket({ readable: i > 0 });
      continue;
    }
    entry.socket = new net.Socket({ handle: entry.handle, readable: i > 0, writable: i === 0 || i > 2 });
    if (i > 0) {
      this._closesNeeded++;
      entry.socket.on('close', () => maybeClose(this));
    }
  }
  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((e) => (e.socket === undefined ? null : e.socket));
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone; the exit event follows.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw lazyErrors().errnoException(err, 'kill');
    } else {
      this.emit('error', lazyErrors().errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function () {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() { if (this._handle) this._handle.ref(); };
ChildProcess.prototype.unref = function unref() { if (this._handle) this._handle.unref(); };

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) {
      child.emit('error', new (lazyErrors().AbortError)(undefined, { cause: reason }));
    }
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  if (options.signal != null) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(options.signal, 'options.signal');
  }
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(onAbortListener);
    } else {
      signal.addEventListener('abort', onAbortListener, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbortListener));
    }
  }
  function onAbortListener() { abortChildProcess(child, killSignal, signal.reason); }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null || typeof options === 'function') options = {};
  if (callback != null && typeof callback !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: kMaxBuffer, killSignal: 'SIGTERM', cwd: null, env: null,
    shell: false, ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal,
    uid: options.uid, windowsHide: !!options.windowsHide, argv0: options.argv0,
  });
  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const join = (chunks, stream) => (encoding || (stream && stream.readableEncoding)
      ? chunks.join('') : Buffer.concat(chunks));
    const stdout = join(stdoutChunks, child.stdout);
    const stderr = join(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      const { getSystemErrorName } = require('util');
      ex = lazyErrors().genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, which) {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding || 'utf8') : chunk.length;
      const total = (which === 'stdout' ? (stdoutLen += length) : (stderrLen += length));
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        chunks.push(chunk.slice(0, keep));
        const { ERR_CHILD_PROCESS_STDIO_MAXBUFFER } = lazyErrors().codes;
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  collect(child.stdout, stdoutChunks, 'stdout');
  collect(child.stderr, stderrChunks, 'stderr');
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return execFile(command, options, callback);
}

function promisifiedWith(fn) {
  // Named after fn, as node's: promisify(exec).name === 'exec'.
  return { [fn.name](...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    // Called outside the executor so that argument errors throw synchronously, as in node.
    const child = fn(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    promise.child = child;
    return promise;
  } }[fn.name];
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: promisifiedWith(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: promisifiedWith(execFile) });

// fork(): this runtime again on a module, with an IPC channel (stdio 'ipc').
function fork(modulePath, args, options) {
  if (modulePath !== null && typeof modulePath === 'object' && typeof modulePath.href === 'string') {
    modulePath = require('url').fileURLToPath(modulePath);
  }
  validateString(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('args', args);
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  const execArgv = options.execArgv || process.execArgv;
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) execArgv.splice(index - 1, 2); // '-e code' must not run again in the child
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioWithIpc(options.stdio);
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioWithIpc(options.silent ? 'pipe' : 'inherit');
  } else if (!options.stdio.includes('ipc')) {
    throw new (lazyErrors().codes.ERR_CHILD_PROCESS_IPC_REQUIRED)('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function stdioWithIpc(mode) {
  switch (mode) {
    case 'ignore': case 'overlapped': case 'pipe': return [mode, mode, mode, 'ipc'];
    case 'inherit': return [0, 1, 2, 'ipc'];
    default: throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('stdio', mode);
  }
}

module.exports = {
  ChildProcess,
  _forkChild: fork,
  exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
};
