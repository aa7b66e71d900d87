'use strict';

// Public `util/types`: the enumerable predicates of internal/util/types
// (its internal helpers are non-enumerable and stay private).
const types = require('internal/util/types');

module.exports = { ...types };
