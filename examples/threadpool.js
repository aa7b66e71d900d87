'use strict';
// The classic thread-pool demo: five pbkdf2 calls started together. With the default pool of 4
// threads, four finish together and the fifth about one task-time later; try UV_THREADPOOL_SIZE=5 or 2.
const crypto = require('crypto');

const start = Date.now();
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('a', 'b', 100000, 512, 'sha512', () => {
    console.log(`${i}: ${Date.now() - start} ms`);
  });
}
