'use strict';
// node:tls and node:https over certificates made at test time with the openssl CLI: handshake,
// peer certificate shape, rejectUnauthorized errors, hostname checks, ALPN, SNI, session resumption,
// a TLSSocket over a plain Duplex pair, and an https GET/POST round trip.
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tls = require('tls');
const https = require('https');
const { duplexPair } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodec-tls-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
function ssl(...args) { execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' }); }
ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2',
    '-subj', '/CN=nodec test CA');
ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=localhost');
fs.writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
ssl('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem',
    '-days', '2', '-extfile', 'ext.cnf');
const read = (f) => fs.readFileSync(path.join(dir, f));
const ca = read('ca.pem'), key = read('srv.key'), cert = read('srv.pem');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function connect(opts, onSession) {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', ...opts }, () => resolve(s));
    s.once('error', reject);
    if (onSession) s.on('session', onSession);
  });
}

async function basics() {
  const server = tls.createServer({ key, cert, ALPNProtocols: ['h2', 'echo/1'] }, (s) => {
    s.on('data', (d) => s.write(d));
    s.on('end', () => s.end());
  });
  const port = await listen(server);

  // Trusted CA, IP SAN: authorized; ALPN picked; node's certificate shape.
  const c = await connect({ port, ca, ALPNProtocols: ['echo/1'] });
  assert.strictEqual(c.authorized, true);
  assert.strictEqual(c.alpnProtocol, 'echo/1');
  assert.match(c.getProtocol(), /^TLSv1\.[23]$/);
  const cipher = c.getCipher();
  assert.strictEqual(typeof cipher.name, 'string');
  const peer = c.getPeerCertificate(true);
  assert.strictEqual(peer.subject.CN, 'localhost');
  assert.strictEqual(peer.issuer.CN, 'nodec test CA');
  assert.strictEqual(peer.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
  assert.match(peer.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.ok(Buffer.isBuffer(peer.raw));
  assert.strictEqual(peer.bits, 2048);
  assert.strictEqual(peer.issuerCertificate.subject.CN, 'nodec test CA');
  assert.strictEqual(peer.issuerCertificate.issuerCertificate, peer.issuerCertificate);
  assert.strictEqual(c.exportKeyingMaterial(16, 'label').length, 16);
  const echoed = await new Promise((resolve) => {
    let got = '';
    c.on('data', (d) => { got += d; if (got.length >= 5) resolve(got); });
    c.write('hello');
  });
  assert.strictEqual(echoed, 'hello');
  c.end();

  // Unknown CA: the error code of node, and no connection.
  await assert.rejects(connect({ port }), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  // Wrong host name.
  await assert.rejects(connect({ port, ca, servername: 'example.com' }), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  // rejectUnauthorized: false connects and reports why it is not authorized.
  const u = await connect({ port, rejectUnauthorized: false });
  assert.strictEqual(u.authorized, false);
  assert.strictEqual(u.authorizationError, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  u.destroy();

  // No common ALPN protocol: the server refuses.
  await assert.rejects(connect({ port, ca, ALPNProtocols: ['nope'] }), /no application protocol/);
  server.close();
}

async function resumption() {
  for (const maxVersion of ['TLSv1.2', 'TLSv1.3']) {
    const server = tls.createServer({ key, cert, maxVersion }, (s) => s.end('x'));
    const port = await listen(server);
    let session;
    for (let i = 0; i < 2; i++) {
      const c = await connect({ port, ca, session }, (s) => { session ||= s; });
      assert.strictEqual(c.isSessionReused(), i === 1, maxVersion);
      await new Promise((resolve) => { c.resume(); c.on('end', resolve); });
      c.end();
      assert.ok(session, maxVersion);
    }
    server.close();
  }
}

async function sni() {
  const other = tls.createSecureContext({ key, cert });
  let seen;
  const server = tls.createServer({
    key, cert,
    SNICallback(name, cb) { seen = name; setImmediate(cb, null, other); },
  }, (s) => s.end());
  const port = await listen(server);
  const c = await connect({ port, ca, servername: 'localhost' });
  assert.strictEqual(seen, 'localhost');
  c.destroy();
  server.close();
}

async function overDuplex() {
  // A TLS client and server over an in-memory Duplex pair: no sockets at all.
  const [a, b] = duplexPair();
  const server = new tls.TLSSocket(a, { isServer: true, secureContext: tls.createSecureContext({ key, cert }) });
  server.on('data', (d) => server.end(String(d).toUpperCase()));
  const client = tls.connect({ socket: b, ca, servername: 'localhost' });
  const reply = await new Promise((resolve, reject) => {
    let got = '';
    client.on('secureConnect', () => client.write('duplex'));
    client.on('data', (d) => { got += d; });
    client.on('end', () => resolve(got));
    client.on('error', reject);
  });
  assert.strictEqual(reply, 'DUPLEX');
}

async function httpsRoundTrip() {
  const server = https.createServer({ key, cert }, (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`${req.method} ${req.url} ${body}`));
  });
  const port = await listen(server);
  const agent = new https.Agent({ ca, keepAlive: false });
  function request(method, body) {
    return new Promise((resolve, reject) => {
      const req = https.request({ host: '127.0.0.1', port, method, path: '/p', agent }, (res) => {
        let data = '';
        res.on('data', (d) => { data += d; });
        res.on('end', () => resolve([res.statusCode, data]));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  for (let i = 0; i < 3; i++) assert.deepStrictEqual(await request('GET'), [200, 'GET /p ']);
  assert.deepStrictEqual(await request('POST', 'payload'), [200, 'POST /p payload']);
  // The default agent rejects the unknown CA.
  await assert.rejects(new Promise((resolve, reject) => {
    https.get({ host: '127.0.0.1', port }, resolve).on('error', reject);
  }), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  agent.destroy();
  server.close();
}

function api() {
  assert.ok(tls.getCiphers().includes('aes128-gcm-sha256'));
  assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
  assert.ok(tls.rootCertificates.length > 0);
  assert.strictEqual(tls.rootCertificates, tls.rootCertificates);
  assert.throws(() => tls.createSecureContext({ key: true }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv9' }), { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION' });
  assert.throws(() => tls.createSecureContext({ cert: 'not a pem' }), /PEM|certificate/i);
  const err = tls.checkServerIdentity('a.example.com', { subject: { CN: 'b.example.com' } });
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(tls.checkServerIdentity('x.example.com', { subjectaltname: 'DNS:*.example.com' }), undefined);
}

(async () => {
  api();
  await basics();
  await resumption();
  await sni();
  await overDuplex();
  await httpsRoundTrip();
  console.log('ok');
})().catch((e) => {
  console.log(e);
  process.exitCode = 1;
});
