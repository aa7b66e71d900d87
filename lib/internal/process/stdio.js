'use strict';
// process.stdout / stderr / stdin. Writes to fds 1 and 2 are synchronous and complete (as node does
// for files and pipes), so output is never lost at exit.

const stdio = internalBinding('stdio');
const builtins = internalBinding('builtins');
const EventEmitter = require('events');

function chunkToWritable(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      return Buffer.from(chunk, encoding);
    }
    return chunk;
  }
  return chunk;
}

function makeWriteStream(fd) {
  const type = stdio.guessHandleType(fd);
  const isTTY = type === 'TTY';
  let stream;
  if (builtins.has('stream')) {
    const { Writable } = require('stream');
    stream = new Writable({
      decodeStrings: false,
      write(chunk, encoding, cb) {
        try {
          stdio.writeSync(fd, chunkToWritable(chunk, encoding));
        } catch (err) {
          cb(err);
          return;
        }
        cb();
      },
    });
    // Synchronous writes: a 'finish'/'close' should not close the fd.
    stream.destroySoon = stream.destroy;
    stream._destroy = function (err, cb) { cb(err); };
  } else {
    stream = new EventEmitter();
    stream.writable = true;
    stream.write = function write(chunk, encoding, cb) {
      if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
      stdio.writeSync(fd, chunkToWritable(chunk, encoding));
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    };
    stream.end = function end(chunk, encoding, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
      if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
      if (typeof cb === 'function') process.nextTick(cb);
      return stream;
    };
    stream.cork = stream.uncork = () => {};
    stream.writableLength = 0;
    stream.writableHighWaterMark = 16384;
  }
  stream.fd = fd;
  stream._type = isTTY ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  if (isTTY) {
    stream.isTTY = true;
    const size = stdio.getWindowSize(fd);
    stream.columns = size ? size[0] : 80;
    stream.rows = size ? size[1] : 24;
    stream.getWindowSize = () => { const s = stdio.getWindowSize(fd); return s ? [s[0], s[1]] : [80, 24]; };
    stream.hasColors = (count = 16, env = process.env) => require('internal/tty').hasColors(count, env);
    stream.getColorDepth = (env = process.env) => require('internal/tty').getColorDepth(env);
    stream.cursorTo = (x, y, cb) => require('readline').cursorTo(stream, x, y, cb);
    stream.moveCursor = (dx, dy, cb) => require('readline').moveCursor(stream, dx, dy, cb);
    stream.clearLine = (dir, cb) => require('readline').clearLine(stream, dir, cb);
    stream.clearScreenDown = (cb) => require('readline').clearScreenDown(stream, cb);
  }
  return stream;
}

function makeStdin() {
  const type = stdio.guessHandleType(0);
  const fsb = internalBinding('fs');
  let stream;
  const onData = (chunk) => {
    if (chunk === null) { stream.push(null); return; }
    if (typeof chunk === 'number') {
      stream.destroy(require('internal/errors').uvException({ errno: chunk, syscall: 'read' }));
      return;
    }
    Object.setPrototypeOf(chunk, Buffer.prototype);
    if (!stream.push(chunk)) stdio.stdinReadStop();
  };
  const readFile = () => {
    const buf = Buffer.allocUnsafe(65536);
    fsb.read(0, buf, 0, buf.length, -1, (err, n) => {
      if (err) { stream.destroy(err); return; }
      if (n === 0) { stream.push(null); return; }
      stream.push(buf.subarray(0, n));
    });
  };
  if (builtins.has('stream')) {
    const { Readable } = require('stream');
    stream = new Readable({
      highWaterMark: 65536,
      read() {
        if (type === 'FILE') readFile();
        else stdio.stdinReadStart(onData);
      },
      destroy(err, cb) {
        if (type !== 'FILE') stdio.stdinClose();
        cb(err);
      },
    });
    // Like node: stdin does not keep the process alive until someone reads it.
    const origPause = stream.pause;
    stream.pause = function () {
      if (type !== 'FILE') stdio.stdinReadStop();
      return origPause.call(this);
    };
  } else {
    stream = new EventEmitter();
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      stdio.stdinReadStart((chunk) => {
        if (chunk === null) { stream.emit('end'); stream.emit('close'); return; }
        if (typeof chunk === 'number') return;
        const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        stream.emit('data', stream._encoding ? b.toString(stream._encoding) : b);
      });
    };
    stream.on('newListener', (ev) => { if (ev === 'data' || ev === 'readable' || ev === 'end') process.nextTick(start); });
    stream.setEncoding = (enc) => { stream._encoding = enc; return stream; };
    stream.resume = () => { start(); return stream; };
    stream.pause = () => { stdio.stdinReadStop(); started = false; return stream; };
  }
  stream.fd = 0;
  if (type === 'TTY') {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = (flag) => {
      stdio.stdinSetRawMode(!!flag);
      stream.isRaw = !!flag;
      return stream;
    };
  }
  return stream;
}

module.exports = {
  stdout: () => makeWriteStream(1),
  stderr: () => makeWriteStream(2),
  stdin: makeStdin,
};
