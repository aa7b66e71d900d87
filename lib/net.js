'use strict';
// node:net. The address helpers and connection defaults are here; Socket and Server over uv_tcp and
// uv_pipe arrive with the networking work (issue 6) and are not faked meanwhile.

const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { validateBoolean, validateInt32 } = require('internal/validators');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() { return autoSelectFamily; }
function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

module.exports = {
  isIP, isIPv4, isIPv6,
  getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
};
