'use strict';
// The own keys of a TypedArray other than its indices, for util.inspect, Buffer's inspect and deep
// equality. JSC lists a typed array's own string keys only after making an atom string for every
// index (~0.8 us each: 0.8 s for a 1 MB Buffer; node's V8 skips them natively). So views longer than
// kListIndicesUpTo are taken to have no extra string keys (their symbol keys, which JSC lists
// without the indices, are still seen); shorter ones are listed exactly.
const kListIndicesUpTo = 8192;

// What `showHidden ? Reflect.ownKeys(view) : Object.keys(view)` gives, without the index keys.
function viewOwnKeys(view, showHidden) {
  const n = view.length; // undefined for a DataView, which has no index keys
  if (n > kListIndicesUpTo) return showHidden ? Object.getOwnPropertySymbols(view) : [];
  const keys = showHidden ? Reflect.ownKeys(view) : Object.keys(view);
  // A typed array's index keys are 0 .. length-1, all present, listed first.
  return n > 0 ? keys.slice(n) : keys;
}

// The keys shown after a view's elements (util.inspect, Buffer's inspect): the enumerable ones,
// symbols too, or all of them with showHidden.
function viewExtraKeys(view, showHidden) {
  const keys = viewOwnKeys(view, showHidden);
  if (showHidden) return keys;
  const symbols = Object.getOwnPropertySymbols(view);
  for (let i = 0; i < symbols.length; i++) {
    if (Object.prototype.propertyIsEnumerable.call(view, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

module.exports = { viewOwnKeys, viewExtraKeys };
