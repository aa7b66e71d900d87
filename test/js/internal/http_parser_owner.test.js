'use strict';
// Flags: --expose-internals
// internalBinding('http_parser'): setCallbacks rejects what is not a function (and keeps the
// callbacks it had: a server still answers afterwards); the http modules' parser is a plain JS
// object owning the C parser, so the state they keep on it is ordinary properties.
const assert = require('assert');
const http = require('http');
const { internalBinding } = require('internal/test/binding');

const binding = internalBinding('http_parser');
for (const bad of [undefined, null, 1, 'f', {}, [() => {}]]) {
  assert.throws(() => binding.setCallbacks(bad, () => {}, () => {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => binding.setCallbacks(() => {}, () => {}, bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => binding.setCallbacks(), { code: 'ERR_INVALID_ARG_TYPE' });

const server = http.createServer((req, res) => {
  const parser = req.socket.parser;
  assert.strictEqual(Object.getPrototypeOf(parser).constructor.name, 'Parser');
  assert.strictEqual(parser.socket, req.socket);
  assert.strictEqual(parser.incoming, req);
  res.end(`${req.method} ${req.url}`);
});
server.listen(0, '127.0.0.1', () => {
  let left = 3;
  for (let i = 0; i < 3; i++) {
    http.get({ port: server.address().port, host: '127.0.0.1', path: `/p${i}` }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        assert.strictEqual(body, `GET /p${i}`);
        if (--left === 0) server.close();
      });
    });
  }
});
