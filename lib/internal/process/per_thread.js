'use strict';
// The properties and methods of `process` that come straight from the OS (via bindings).

const binding = internalBinding('process_methods');
const runtime = internalBinding('runtime');
const { runtimeOptions } = require('internal/bootstrap/realm');

function lazyErrors() { return require('internal/errors'); }
function lazyValidators() { return require('internal/validators'); }

const hrtimeBuf = new Uint32Array(3);
function hrtime(prev) {
  binding.hrtime(hrtimeBuf);
  const sec = hrtimeBuf[0] * 0x100000000 + hrtimeBuf[1];
  const nsec = hrtimeBuf[2];
  if (prev !== undefined) {
    if (!Array.isArray(prev)) lazyValidators().validateArray(prev, 'time');
    if (prev.length !== 2) {
      const { ERR_OUT_OF_RANGE } = lazyErrors().codes;
      throw new ERR_OUT_OF_RANGE('time', 2, prev.length);
    }
    let s = sec - prev[0];
    let n = nsec - prev[1];
    if (n < 0) { s -= 1; n += 1e9; }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  binding.hrtime(hrtimeBuf);
  return (BigInt(hrtimeBuf[0] * 0x100000000 + hrtimeBuf[1]) * 1000000000n) + BigInt(hrtimeBuf[2]);
};

// cpuUsage / threadCpuUsage: the binding fills [user µs, system µs]; `prev` makes it a difference.
const cpuBuf = new Float64Array(2);
function cpuTimes(fill, prev) {
  fill(cpuBuf);
  if (prev !== undefined) {
    lazyValidators().validateObject(prev, 'prevValue');
    for (const k of ['user', 'system']) {
      const v = prev[k];
      if (typeof v !== 'number') {
        const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
        throw new ERR_INVALID_ARG_TYPE(`prevValue.${k}`, 'number', v);
      }
      if (!(v >= 0 && v <= Number.MAX_SAFE_INTEGER)) {
        const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
        throw new ERR_INVALID_ARG_VALUE(`prevValue.${k}`, v);
      }
    }
    return { user: cpuBuf[0] - prev.user, system: cpuBuf[1] - prev.system };
  }
  return { user: cpuBuf[0], system: cpuBuf[1] };
}
function cpuUsage(prev) { return cpuTimes(binding.cpuUsage, prev); }
function threadCpuUsage(prev) { return cpuTimes(binding.threadCpuUsage, prev); }

const ruBuf = new Float64Array(16);
function resourceUsage() {
  binding.resourceUsage(ruBuf);
  return {
    userCPUTime: ruBuf[0], systemCPUTime: ruBuf[1], maxRSS: ruBuf[2], sharedMemorySize: ruBuf[3],
    unsharedDataSize: ruBuf[4], unsharedStackSize: ruBuf[5], minorPageFault: ruBuf[6], majorPageFault: ruBuf[7],
    swappedOut: ruBuf[8], fsRead: ruBuf[9], fsWrite: ruBuf[10], ipcSent: ruBuf[11], ipcReceived: ruBuf[12],
    signalsCount: ruBuf[13], voluntaryContextSwitches: ruBuf[14], involuntaryContextSwitches: ruBuf[15],
  };
}

function memoryUsage() {
  const heap = binding.heapStats();
  return {
    rss: binding.rss(),
    heapTotal: heap.heapCapacity,
    heapUsed: heap.heapSize,
    external: heap.extraMemorySize,
    arrayBuffers: heap.extraMemorySize,
  };
}
memoryUsage.rss = () => binding.rss();

function kill(pid, sig) {
  if (pid != (pid | 0)) {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  let signum;
  if (sig === undefined) signum = 15;
  else if (typeof sig === 'number') signum = sig;
  else {
    const signals = internalBinding('constants').os.signals;
    signum = signals[sig];
    if (signum === undefined) {
      const { ERR_UNKNOWN_SIGNAL } = lazyErrors().codes;
      throw new ERR_UNKNOWN_SIGNAL(sig);
    }
  }
  const err = binding.kill(pid, signum);
  if (err) throw lazyErrors().errnoException(err, 'kill');
  return true;
}

// process.env: a live view of the C environment; values are always strings.
function makeEnv() {
  return new Proxy(Object.create(null), {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      return binding.getenv(key);
    },
    set(_, key, value) {
      if (typeof key !== 'string') return false;
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      binding.setenv(key, String(value));
      return true;
    },
    has(_, key) {
      return typeof key === 'string' && binding.getenv(key) !== undefined;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string') binding.unsetenv(key);
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getenv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_, key, desc) {
      if (typeof key !== 'string') return false;
      if (!('value' in desc) || desc.get || desc.set) {
        const { ERR_INVALID_OBJECT_DEFINE_PROPERTY } = lazyErrors().codes;
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      binding.setenv(key, String(desc.value));
      return true;
    },
  });
}

function setupProcessObject(process) {
  const versions = runtimeOptions.versions ?? {};
  const def = (name, value, enumerable = true) =>
    Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
  def('version', versions.node ? `v${versions.node}` : 'v24.0.0');
  def('versions', Object.freeze({ ...versions }));
  def('arch', runtimeOptions.arch);
  def('platform', runtimeOptions.platform);
  def('release', Object.freeze({
    name: 'node',
    lts: 'Krypton',
    sourceUrl: `https://nodejs.org/download/release/${process.version}/node-${process.version}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${process.version}/node-${process.version}-headers.tar.gz`,
  }));
  def('execPath', binding.execPath());
  def('execArgv', runtimeOptions.execArgv);
  def('argv0', runtimeOptions.argv0);
  def('argv', [binding.execPath()]);
  def('pid', binding.pid);
  def('ppid', binding.ppid);
  def('env', makeEnv());
  def('features', Object.freeze({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true,
    openssl_is_boringssl: false, cached_builtins: true, require_module: true, quic: false, typescript: false,
  }));
  def('config', Object.freeze({
    target_defaults: { default_configuration: 'Release' },
    variables: {
      node_shared_openssl: true, node_shared_zlib: true, node_shared_brotli: true, node_shared_cares: true,
      node_shared_libuv: true, node_shared_nghttp2: true, napi_build_version: '10',
      node_module_version: +versions.modules || 137, asan: 0, v8_enable_i18n_support: 0,
    },
  }));
  def('moduleLoadList', []);
  def('cwd', function cwd() { return binding.cwd(); });
  def('chdir', function chdir(directory) {
    lazyValidators().validateString(directory, 'directory');
    binding.chdir(directory);
  });
  def('umask', function umask(mask) {
    if (mask === undefined) return binding.umask(undefined);
    mask = lazyValidators().parseFileMode(mask, 'mask');
    return binding.umask(mask);
  });
  def('hrtime', hrtime);
  def('uptime', function uptime() { return binding.uptime(); });
  def('memoryUsage', memoryUsage);
  def('cpuUsage', cpuUsage);
  def('threadCpuUsage', threadCpuUsage);
  def('availableMemory', function availableMemory() { return internalBinding('os').getFreeMem(); });
  def('constrainedMemory', function constrainedMemory() { return internalBinding('os').getConstrainedMem(); });
  def('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
    lazyValidators().validateBoolean(val, 'val');
  });
  def('resourceUsage', resourceUsage);
  def('kill', kill);
  def('abort', function abort() { binding.abort(); });
  def('reallyExit', function reallyExit(code) { runtime.reallyExit(code | 0); }, false);
  const title = runtimeOptions.execArgv.find((a) => a.startsWith('--title='));
  if (title !== undefined) binding.setTitle(title.slice(8));
  def('_rawDebug', function _rawDebug(...args) {
    internalBinding('stdio').writeSync(2, require('internal/util/inspect').format(...args) + '\n');
  }, false);
  def('emitWarning', function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  });
  def('binding', function binding(name) {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('name', name, 'is not supported by nodec');
  }, false);
  def('getActiveResourcesInfo', function getActiveResourcesInfo() { return []; });
  def('setUncaughtExceptionCaptureCallback', function (fn) {
    require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
  });
  def('hasUncaughtExceptionCaptureCallback', function () {
    return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
  });
  for (const name of ['getuid', 'geteuid', 'getgid', 'getegid', 'getgroups']) def(name, binding[name]);
  Object.defineProperty(process, 'title', {
    configurable: true, enumerable: true,
    get() { return binding.getTitle(); },
    set(v) { binding.setTitle(String(v)); },
  });
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    configurable: false, enumerable: true,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        lazyValidators().validateInteger(value, 'code');
      }
      // node keeps an integer string as the number it spells.
      exitCode = typeof code === 'string' && code !== '' && Number.isInteger(+code) ? +code : code;
      runtime.setExitCode(code == null ? 0 : +code);
    },
  });
  def('exit', function exit(code) {
    if (code !== undefined) process.exitCode = code;
    require('internal/process/execution').exitNow();
  });
  def('_exiting', false, false);
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
  const flag = runtimeOptions.hasFlag;
  if (flag('--no-deprecation')) def('noDeprecation', true, false);
  if (flag('--throw-deprecation')) def('throwDeprecation', true, false);
  if (flag('--trace-deprecation')) def('traceDeprecation', true, false);
  if (flag('--trace-warnings')) def('traceProcessWarnings', true, false);
  lazyStdio(process);
  require('internal/process/signals').setup(process);
  def('allowedNodeEnvironmentFlags', new Set(['--no-warnings', '--expose-gc', '--require', '-r', '--input-type',
    '--unhandled-rejections', '--max-old-space-size', '--title', '--trace-warnings', '--no-deprecation']));
}

function lazyStdio(process) {
  for (const name of ['stdout', 'stderr', 'stdin']) {
    Object.defineProperty(process, name, {
      configurable: true, enumerable: false,
      get() {
        const value = require('internal/process/stdio')[name]();
        Object.defineProperty(process, name, { value, configurable: true, writable: true, enumerable: false });
        return value;
      },
    });
  }
}

module.exports = { setupProcessObject, hrtime };
