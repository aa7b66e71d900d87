'use strict';
// process.nextTick passes extra arguments and runs after the current script, in FIFO order.
console.log('start');
process.nextTick((a, b, c) => console.log('tick args', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('tick this is undefined:', this === undefined); });
process.nextTick((...rest) => console.log('tick rest length', rest.length), 1, 2, 3, 4, 5, 6);
process.nextTick(() => console.log('tick no args'));
console.log('end');
