'use strict';
// node:tty. isatty over the stdio binding; ReadStream/WriteStream are the stdio streams' classes.

const stdio = internalBinding('stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

class WriteStream {
  constructor(fd) {
    const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
    if (fd !== 1 && fd !== 2) throw new ERR_METHOD_NOT_IMPLEMENTED('tty.WriteStream for fds other than 1 and 2');
    return fd === 1 ? process.stdout : process.stderr;
  }
}
class ReadStream {
  constructor(fd) {
    const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
    if (fd !== 0) throw new ERR_METHOD_NOT_IMPLEMENTED('tty.ReadStream for fds other than 0');
    return process.stdin;
  }
}

module.exports = { isatty, WriteStream, ReadStream };
