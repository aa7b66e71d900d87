'use strict';
// node:test/reporters — each reporter turns an async iterable of test events into text chunks.

const { TapFormatter, SpecFormatter, DotFormatter } = require('internal/test_runner/reporters');

function reporterFrom(makeFormatter) {
  return async function* reporter(source) {
    const formatter = makeFormatter();
    for await (const event of source) {
      const text = formatter.event(event);
      if (text) yield text;
    }
  };
}

const tap = reporterFrom(() => new TapFormatter());
const spec = reporterFrom(() => new SpecFormatter());
const dot = reporterFrom(() => new DotFormatter());

function notImplemented(name) {
  return function () {
    const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_METHOD_NOT_IMPLEMENTED(`reporters.${name}`);
  };
}

module.exports = { dot, junit: notImplemented('junit'), spec, tap, lcov: notImplemented('lcov') };
