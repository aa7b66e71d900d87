'use strict';
// setInterval repeats until cleared (from inside its own callback); ticks and promises drain
// after each run.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval((tag) => {
  n++;
  log('interval ' + n + ' ' + tag);
  process.nextTick(() => log('  tick after interval ' + n));
  Promise.resolve().then(() => log('  promise after interval ' + n));
  if (n === 4) {
    clearInterval(iv);
    setTimeout(() => log('timeout after clear, n=' + n), 5);
    let m = 0;
    const iv2 = setInterval(() => {
      m++;
      log('other interval ' + m);
      if (m === 2) clearTimeout(iv2); // clearTimeout works on intervals too
    }, 60);
  }
}, 2, 'arg');
clearInterval(null);
log('sync');
