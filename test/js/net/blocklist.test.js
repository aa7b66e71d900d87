'use strict';
// net.BlockList / net.SocketAddress, and a blockList on connect refusing the address with ERR_IP_BLOCKED.
const net = require('net');
const assert = require('assert');

const bl = new net.BlockList();
bl.addAddress('10.0.0.1');
bl.addRange('192.168.1.10', '192.168.1.20');
bl.addSubnet('172.16.0.0', 12);
bl.addAddress('::1', 'ipv6');
bl.addSubnet('2001:db8::', 32, 'ipv6');
assert.ok(net.BlockList.isBlockList(bl));
assert.ok(!net.BlockList.isBlockList({}));
assert.ok(bl.check('10.0.0.1'));
assert.ok(!bl.check('10.0.0.2'));
assert.ok(bl.check('192.168.1.15'));
assert.ok(!bl.check('192.168.1.21'));
assert.ok(bl.check('172.31.255.255'));
assert.ok(!bl.check('172.32.0.0'));
assert.ok(bl.check('::1', 'ipv6'));
assert.ok(bl.check('2001:db8:ffff::5', 'ipv6'));
assert.ok(bl.check('::ffff:10.0.0.1', 'ipv6')); // an IPv4 rule matches the mapped form
assert.ok(!bl.check('not an ip'));
assert.deepStrictEqual(bl.rules.slice().sort(), [
  'Address: IPv4 10.0.0.1', 'Address: IPv6 ::1', 'Range: IPv4 192.168.1.10-192.168.1.20',
  'Subnet: IPv4 172.16.0.0/12', 'Subnet: IPv6 2001:db8::/32',
]);
assert.throws(() => bl.addAddress('x'), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => bl.addSubnet('10.0.0.0', 33), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => bl.addAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });

const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80 });
assert.deepStrictEqual(sa.toJSON(), { address: '::1', port: 80, family: 'ipv6', flowlabel: 0 });
assert.ok(net.SocketAddress.isSocketAddress(sa));
assert.ok(bl.check(sa));
assert.strictEqual(net.SocketAddress.parse('127.0.0.1:8080').port, 8080);
assert.throws(() => new net.SocketAddress({ address: 'nope' }), { code: 'ERR_INVALID_ADDRESS' });

const local = new net.BlockList();
local.addAddress('127.0.0.1');
const sock = net.connect({ port: 9, host: '127.0.0.1', blockList: local });
sock.on('error', (err) => {
  assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
  console.log('ok');
});
