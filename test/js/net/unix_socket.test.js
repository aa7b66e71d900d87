'use strict';
// net over unix domain sockets: listen(path), connect({path}), address(), data both ways, cleanup.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');

const watchdog = setTimeout(() => { console.error('timed out'); process.exit(1); }, 10000);
const sock = path.join(os.tmpdir(), `nodec-net-${process.pid}.sock`);
try { fs.unlinkSync(sock); } catch {}

const server = net.createServer((c) => {
  c.on('data', (d) => c.end('pong:' + d));
});
server.listen(sock, () => {
  assert.strictEqual(server.address(), sock);
  const c = net.connect({ path: sock }, () => c.write('ping'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    assert.strictEqual(got, 'pong:ping');
    server.close(() => {
      assert.strictEqual(fs.existsSync(sock), false);
      // A path nobody listens on.
      net.connect(sock).on('error', (e) => {
        assert.strictEqual(e.code, 'ENOENT');
        assert.strictEqual(e.syscall, 'connect');
        clearTimeout(watchdog);
      });
    });
  });
});
