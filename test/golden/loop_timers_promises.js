'use strict';
// timers/promises: setTimeout/setImmediate resolve with the given value; AbortSignal cancels.
const tp = require('timers/promises');
const log = (s) => console.log(s);
(async () => {
  log('immediate value: ' + await tp.setImmediate('imm'));
  log('timeout value: ' + await tp.setTimeout(5, 'tmo'));
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    log('aborted: ' + e.name + ' ' + e.code);
  }
  let n = 0;
  for await (const v of tp.setInterval(2, 'iv')) {
    log('interval ' + v + ' ' + ++n);
    if (n === 3) break;
  }
  log('same as require("timers").promises: ' + (require('timers').promises === tp));
})();
