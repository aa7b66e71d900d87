'use strict';
// process.stdout.write returns a boolean and calls its callback asynchronously, in order.
const r = process.stdout.write('first line\n', () => console.log('callback 1'));
console.log('write returned boolean: ' + (typeof r === 'boolean'));
process.stdout.write(Buffer.from('buffer line\n'), () => console.log('callback 2'));
process.stdout.write('utf8 é ✓\n', 'utf8', () => console.log('callback 3 (with encoding)'));
process.stdout.write('68657820776f726b730a', 'hex');
process.nextTick(() => console.log('tick'));
console.log('sync end');
console.log('fd ' + process.stdout.fd + ' ' + process.stderr.fd + ' ' + process.stdin.fd);
console.log('writable: ' + process.stdout.writable);
