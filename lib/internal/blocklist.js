'use strict';
// net.BlockList and net.SocketAddress. Addresses are held as 128-bit BigInts, IPv4 ones mapped into
// ::ffff:0:0/96, so one comparison serves both families and an IPv4 rule also matches the mapped
// IPv6 form of its addresses (as node's does).

const { isIPv4, isIPv6 } = require('internal/net');
const { inspect } = require('internal/util/inspect');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS,
} = require('internal/errors').codes;
const { validateString, validateObject, validateInt32, validateUint32, validatePort } = require('internal/validators');

const kHandle = Symbol('kHandle');
const V4_MAPPED = 0xffffn << 32n;
const ALL_ONES = (1n << 128n) - 1n;

function parseV4(s) {
  let v = 0n;
  for (const part of s.split('.')) v = (v << 8n) | BigInt(Number(part));
  return v;
}

function parseV6(s) {
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  let tail = 0n;
  let tailGroups = 0;
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) !== -1) {
    // Embedded IPv4 in the last 32 bits.
    tail = parseV4(s.slice(lastColon + 1));
    tailGroups = 2;
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }
  const halves = s.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const groups = 8 - tailGroups;
  const words = new Array(groups).fill(0);
  for (let i = 0; i < head.length && i < groups; i++) words[i] = parseInt(head[i], 16) || 0;
  for (let i = 0; i < rest.length; i++) words[groups - rest.length + i] = parseInt(rest[i], 16) || 0;
  let v = 0n;
  for (const w of words) v = (v << 16n) | BigInt(w);
  return (v << BigInt(tailGroups * 16)) | tail;
}

function normalizeFamily(family, name = 'family') {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

// [bigint, family] of an address string or SocketAddress.
function toKey(address, family, name = 'address') {
  if (SocketAddress.isSocketAddress(address)) {
    family = address.family;
    address = address.address;
  } else {
    validateString(address, name);
    family = normalizeFamily(family);
  }
  if (family === 'ipv4') {
    if (!isIPv4(address)) throw new ERR_INVALID_ADDRESS();
    return [V4_MAPPED | parseV4(address), family, address];
  }
  if (!isIPv6(address)) throw new ERR_INVALID_ADDRESS();
  return [parseV6(address), family, address];
}

class BlockList {
  constructor() {
    this[kHandle] = []; // { kind, lo, hi, text }
  }

  static isBlockList(value) {
    return value != null && typeof value === 'object' && kHandle in value && value instanceof BlockList;
  }

  addAddress(address, family = 'ipv4') {
    const [v, fam, text] = toKey(address, family);
    this[kHandle].unshift({ lo: v, hi: v, text: `Address: ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} ${text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const [lo, fam, t1] = toKey(start, family, 'start');
    const [hi, , t2] = toKey(end, family, 'end');
    if (lo > hi) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this[kHandle].unshift({ lo, hi, text: `Range: ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} ${t1}-${t2}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    let fam;
    if (SocketAddress.isSocketAddress(network)) fam = network.family;
    else {
      validateString(network, 'network');
      fam = normalizeFamily(family);
    }
    const max = fam === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, max);
    const [v, , text] = toKey(network, fam, 'network');
    const bits = BigInt((fam === 'ipv4' ? 96 : 0) + prefix);
    const hostMask = bits === 128n ? 0n : ALL_ONES >> bits;
    const lo = v & (ALL_ONES ^ hostMask);
    this[kHandle].unshift({ lo, hi: lo | hostMask, text: `Subnet: ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} ${text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let v;
    try {
      v = toKey(address, family)[0];
    } catch (err) {
      if (err && err.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    for (const r of this[kHandle]) if (v >= r.lo && v <= r.hi) return true;
    return false;
  }

  get rules() { return this[kHandle].map((r) => r.text); }

  toJSON() { return this.rules; }

  fromJSON(data) {
    if (typeof data === 'string') data = JSON.parse(data);
    if (!Array.isArray(data)) throw new ERR_INVALID_ARG_TYPE('data', 'Array', data);
    for (const rule of data.slice().reverse()) {
      const m = /^(Address|Range|Subnet): IPv([46]) (.*)$/.exec(String(rule));
      if (!m) continue;
      const fam = `ipv${m[2]}`;
      if (m[1] === 'Address') this.addAddress(m[3], fam);
      else if (m[1] === 'Range') {
        const i = m[3].indexOf('-');
        this.addRange(m[3].slice(0, i), m[3].slice(i + 1), fam);
      } else {
        const i = m[3].lastIndexOf('/');
        this.addSubnet(m[3].slice(0, i), Number(m[3].slice(i + 1)), fam);
      }
    }
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }
}

const kDetail = Symbol('kDetail');

class SocketAddress {
  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && kDetail in value;
  }

  static parse(input) {
    validateString(input, 'input');
    try {
      const url = new URL(`http://${input}`);
      let address = url.hostname;
      if (address.startsWith('[')) address = address.slice(1, -1);
      return new SocketAddress({ address, port: url.port === '' ? 0 : Number(url.port) });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    family = normalizeFamily(family, 'options.family');
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw new ERR_INVALID_ADDRESS();
    this[kDetail] = { address, port: port | 0, family, flowlabel };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

module.exports = { BlockList, SocketAddress };
