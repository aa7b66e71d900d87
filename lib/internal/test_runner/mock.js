'use strict'; class MockTracker { reset() {} } module.exports = { MockTracker };
