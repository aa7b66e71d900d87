'use strict';
// node:os, over internalBinding('os').

const binding = internalBinding('os');
const { os: constants } = internalBinding('constants');
Object.freeze(constants.signals); // immutable, as node's

// Calls that can fail pass a context object that the binding fills, as node's do.
function checked(fn) {
  return function (...args) {
    const ctx = {};
    const ret = fn(...args, ctx);
    if (ret === undefined && ctx.code !== undefined) {
      const { ERR_SYSTEM_ERROR } = require('internal/errors').codes;
      throw new ERR_SYSTEM_ERROR(ctx);
    }
    return ret;
  };
}
const getHostname = checked((ctx) => binding.getHostname(ctx));
const getUname = checked((ctx) => binding.getUname(ctx));
const getUptime = checked((ctx) => binding.getUptime(ctx));
const getHomeDirectory = checked((ctx) => binding.getHomeDirectory(ctx));
const getCPUs = checked((ctx) => binding.getCPUs(ctx));
const getInterfaceAddresses = checked((ctx) => binding.getInterfaceAddresses(ctx));
const getUserInfo = checked((ctx) => binding.getUserInfo(ctx));
const getPriorityChecked = checked((pid, ctx) => binding.getPriority(pid, ctx));
const setPriorityChecked = checked((pid, prio, ctx) => binding.setPriority(pid, prio, ctx) ?? 0);

function hostname() { return getHostname(); }
function loadavg() { return binding.getLoadAvg(); }
function uptime() { return getUptime(); }
function totalmem() { return binding.getTotalMem(); }
function freemem() { return binding.getFreeMem(); }
function availableParallelism() { return binding.availableParallelism(); }
function type() { return getUname()[0]; }
function release() { return getUname()[1]; }
function version() { return getUname()[2]; }
function machine() { return getUname()[3]; }
function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }
function homedir() { return getHomeDirectory(); }

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() {
  const flat = getCPUs();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i], speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function cidr(netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = +part;
      while (n & 0x80) { bits++; n = (n << 1) & 0xff; }
      if (n !== 0) return null;
    }
  } else {
    for (const part of netmask.split(':')) {
      if (part === '') continue;
      let n = parseInt(part, 16);
      while (n & 0x8000) { bits++; n = (n << 1) & 0xffff; }
      if (n !== 0) return null;
    }
  }
  return bits;
}

function networkInterfaces() {
  const flat = getInterfaceAddresses();
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const family = flat[i + 3] === 6 ? 'IPv6' : 'IPv4';
    const entry = {
      address: flat[i + 1], netmask: flat[i + 2], family, mac: flat[i + 4], internal: flat[i + 5],
      cidr: null,
    };
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    const bits = cidr(entry.netmask, family);
    entry.cidr = bits === null ? null : `${entry.address}/${bits}`;
    (out[flat[i]] ??= []).push(entry);
  }
  return out;
}

function userInfo(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  const [uid, gid, username, homedir, shell] = getUserInfo();
  if (options?.encoding === 'buffer') {
    return { uid, gid, username: Buffer.from(username), homedir: Buffer.from(homedir), shell: shell === null ? null : Buffer.from(shell) };
  }
  return { uid, gid, username, homedir, shell };
}

function getPriority(pid = 0) {
  require('internal/validators').validateInt32(pid, 'pid');
  return getPriorityChecked(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) { priority = pid; pid = 0; }
  const { validateInt32 } = require('internal/validators');
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  setPriorityChecked(pid, priority);
}

for (const fn of [hostname, loadavg, uptime, totalmem, freemem, type, release, version, machine, arch, platform,
  endianness, homedir, tmpdir, availableParallelism]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg, networkInterfaces,
  platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime, version, machine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
