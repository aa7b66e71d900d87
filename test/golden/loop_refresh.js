'use strict';
// timer.refresh() restarts the countdown from now, keeping the callback; it returns the timer.
const log = (s) => console.log(s);

// refresh on an unref'd timer keeps it unref'd
const u = setTimeout(() => log('never'), 100000);
u.unref();
u.refresh();
log('unref kept after refresh: ' + !u.hasRef());

// refresh from inside the callback of a timer that already ran re-arms it once
let again = 0;
const once = setTimeout(() => {
  again++;
  log('once run ' + again);
  if (again === 1) once.refresh();
  else phaseTwo();
}, 5);

function phaseTwo() {
  let refreshedAt = 0;
  let fired = 0;
  const t = setTimeout(() => {
    fired++;
    log('refreshed timer fired, about 120ms after the refresh: ' + (Date.now() - refreshedAt >= 100));
  }, 120);
  setTimeout(() => {
    refreshedAt = Date.now();
    log('refresh at ~80ms returns self: ' + (t.refresh() === t));
  }, 80);
  setTimeout(() => log('160ms marker (the refreshed timer must not have fired yet): fired=' + fired), 160);
}
