'use strict';
// The static-file server of bench/static.sh: streams argv[2] (no Content-Length, so chunked) on
// port argv[3]; prints its port once listening.
const http = require('http');
const fs = require('fs');
const f = process.argv[2];
const server = http.createServer((req,res)=>fs.createReadStream(f).pipe(res));
server.listen(+process.argv[3] || 0, '127.0.0.1', () => console.log(server.address().port));
