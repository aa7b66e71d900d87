'use strict';
// node:process — the global process object.
module.exports = process;
