'use strict';
// Shared http internals (node's internal/http): the symbols the http modules key their state by.

const { kOutHeaders } = require('_http_outgoing');

module.exports = { kOutHeaders };
