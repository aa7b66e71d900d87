'use strict';
// process.exit accepts integer-valued numbers and numeric strings; bad values throw.
for (const bad of [1.5, 'abc', {}, true]) {
  try {
    process.exit(bad);
  } catch (e) {
    console.log(JSON.stringify(bad) + ' -> ' + e.name + ' ' + e.code);
  }
}
for (const bad of [2.5, 'x']) {
  try {
    process.exitCode = bad;
  } catch (e) {
    console.log('exitCode = ' + JSON.stringify(bad) + ' -> ' + e.code);
  }
}
process.exitCode = '4';
console.log('exitCode after string assign: ' + JSON.stringify(process.exitCode));
process.exitCode = undefined;
process.exit('7');
