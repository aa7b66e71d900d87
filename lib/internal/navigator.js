'use strict';
// The navigator global node provides.
class Navigator {
  get hardwareConcurrency() { return internalBinding('os').availableParallelism(); }
  get language() { return 'en-US'; }
  get languages() { return ['en-US']; }
  get platform() { return `${process.platform === 'linux' ? 'Linux' : process.platform} ${process.arch === 'x64' ? 'x86_64' : process.arch}`; }
  get userAgent() { return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`; }
  get [Symbol.toStringTag]() { return 'Navigator'; }
}
module.exports = { navigator: new Navigator(), Navigator };
