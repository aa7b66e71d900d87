'use strict';
// The hello-world server of bench/http.sh: prints its port once listening.
const http = require('http');
const server = http.createServer((req, res) => res.end('hello'));
server.listen(+process.argv[2] || 0, '127.0.0.1', () => console.log(server.address().port));
