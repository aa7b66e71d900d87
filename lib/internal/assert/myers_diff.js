'use strict';

// Line diff for assertion messages: Myers' O(ND) shortest edit script between
// the inspected `actual` lines and `expected` lines, printed the way node does
// (`+` actual, `-` expected, long unchanged stretches folded).

// Unchanged lines printed before a stretch is folded.
const kContextLines = 5;
// Give up on an exact script past this many remembered frontier cells; the
// fallback still shows every differing line, just less minimally.
const kMaxTraceCells = 4e6;

// Object lines may differ only by a trailing comma (last entry vs. not).
function linesEqual(a, e, ignoreComma) {
  if (a === e) return true;
  if (!ignoreComma) return false;
  return (a.length === e.length + 1 && a.endsWith(',') && a.startsWith(e)) ||
    (e.length === a.length + 1 && e.endsWith(',') && e.startsWith(a));
}

// Returns [{ op: 'nop' | 'insert' | 'delete', line }] in order; 'insert' lines
// come from `actual`, 'delete' lines from `expected`.
function myersDiff(actual, expected, ignoreComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  // frontier[k + max] = furthest x reached on diagonal k (= x - y).
  let frontier = new Int32Array(2 * max + 2);
  const trace = [];
  let cells = 0;
  for (let d = 0; d <= max; d++) {
    // Keep only the diagonals -d..d that this round can read.
    const lo = max - d;
    trace.push(frontier.slice(Math.max(lo - 1, 0), max + d + 2));
    cells += 2 * d + 3;
    if (cells > kMaxTraceCells) return fallbackDiff(actual, expected, ignoreComma);
    for (let k = -d; k <= d; k += 2) {
      const i = k + max;
      let x;
      if (k === -d || (k !== d && frontier[i - 1] < frontier[i + 1])) {
        x = frontier[i + 1];
      } else {
        x = frontier[i - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], ignoreComma)) {
        x++;
        y++;
      }
      frontier[i] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, ignoreComma, max);
    }
  }
  return fallbackDiff(actual, expected, ignoreComma);
}

function backtrack(trace, actual, expected, ignoreComma, max) {
  const ops = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d];
    const base = Math.max(max - d - 1, 0);
    const at = (k) => row[k + max - base];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && at(k - 1) < at(k + 1))) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ op: 'nop', line: sameLine(actual[x - 1], expected[y - 1], ignoreComma) });
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        ops.push({ op: 'insert', line: actual[--x] });
      } else {
        ops.push({ op: 'delete', line: expected[--y] });
      }
    }
  }
  return ops.reverse();
}

// For lines equal up to a trailing comma, show the one with the comma.
function sameLine(a, e, ignoreComma) {
  return ignoreComma && !a.endsWith(',') ? e : a;
}

function fallbackDiff(actual, expected, ignoreComma) {
  const ops = [];
  let start = 0;
  while (start < actual.length && start < expected.length &&
         linesEqual(actual[start], expected[start], ignoreComma)) {
    ops.push({ op: 'nop', line: sameLine(actual[start], expected[start], ignoreComma) });
    start++;
  }
  let endA = actual.length;
  let endE = expected.length;
  while (endA > start && endE > start && linesEqual(actual[endA - 1], expected[endE - 1], ignoreComma)) {
    endA--;
    endE--;
  }
  for (let i = start; i < endA; i++) ops.push({ op: 'insert', line: actual[i] });
  for (let i = start; i < endE; i++) ops.push({ op: 'delete', line: expected[i] });
  for (let i = endA; i < actual.length; i++) {
    ops.push({ op: 'nop', line: sameLine(actual[i], expected[i - endA + endE], ignoreComma) });
  }
  return ops;
}

// Renders the ops: every changed line, the first kContextLines of each
// unchanged stretch and its last line before the next change ('...' marks
// what was left out). Unchanged lines after the last change stop at
// kContextLines without a marker.
function printMyersDiff(ops) {
  let out = '';
  let skipped = false;
  let run = 0; // length of the current unchanged stretch
  for (let i = 0; i < ops.length; i++) {
    const { op, line } = ops[i];
    if (op === 'nop') {
      if (run < kContextLines) out += `  ${line}\n`;
      run++;
      continue;
    }
    if (run > kContextLines) {
      const hidden = run - kContextLines;
      if (hidden === 1) {
        out += `  ${ops[i - 1].line}\n`;
      } else if (hidden === 2) {
        out += `  ${ops[i - 2].line}\n  ${ops[i - 1].line}\n`;
      } else {
        out += `...\n  ${ops[i - 1].line}\n`;
        skipped = true;
      }
    }
    run = 0;
    out += op === 'insert' ? `+ ${line}\n` : `- ${line}\n`;
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
