'use strict';
// process.emitWarning forms and the fields of the 'warning' event (the stderr text is not compared).
process.on('warning', (w) => {
  console.log([w instanceof Error, w.name, w.message, w.code, w.detail].map(String).join(' | '));
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'CODE001');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
const err = new Error('an error object');
err.name = 'ObjWarning';
process.emitWarning(err);
try {
  process.emitWarning(5);
} catch (e) {
  console.log('non-string: ' + e.name + ' ' + e.code);
}
console.log('sync: warnings are emitted on a later tick');
