'use strict';

// The static-file fast path: a fs.ReadStream whose only consumer is a pipe() into an http
// response or a plain (non-TLS) net socket sends its bytes with sendfile(2) instead of reading
// them into Buffers and writing those. Invisible to the program: the same bytes reach the peer
// (one HTTP chunk instead of many), the source still ends with 'end' and 'close', the response
// still finishes through pipe's dest.end(). Anything else — a 'data' or 'readable' listener, an
// encoding, a custom `fs`, a FileHandle, a non-regular file, TLS, corked or strict responses —
// takes the ordinary read path.

const fs = require('fs');
const { kSendFile } = require('internal/net');

let net, ServerResponse;
function lazyClasses() {
  if (net === undefined) {
    net = require('net');
    ServerResponse = require('_http_server').ServerResponse;
  }
}

function plainSocket(sock) {
  return sock instanceof net.Socket && !sock.encrypted && !sock.connecting && !sock.destroyed &&
    sock.writable && sock._handle && typeof sock._handle.sendFile === 'function' &&
    typeof sock._handle.getWriteQueueSize === 'function';
}

// The destination this stream could sendfile into, or null.
function target(src, customFs) {
  const state = src._readableState;
  if (customFs || state.objectMode || state.decoder || state.pipes.length !== 1) return null;
  if (src.listenerCount('data') !== 1 || src.listenerCount('readable') !== 0) return null;
  if (src.pos === undefined && src.path === undefined) return null; // fd at an unknown position
  lazyClasses();
  const dest = state.pipes[0];
  if (dest instanceof ServerResponse) {
    if (dest.finished || dest.destroyed || dest.strictContentLength || dest.writableCorked ||
        dest.outputData.length !== 0 || dest.socket?._httpMessage !== dest || !plainSocket(dest.socket)) {
      return null;
    }
    return dest;
  }
  if (plainSocket(dest) && !dest.writableCorked && Object.getPrototypeOf(dest) === net.Socket.prototype) return dest;
  return null;
}

// Called by ReadStream#_read before its first read. Returns true when it took the stream over;
// `done(err)` then follows, after which the caller pushes null (all bytes sent) or errors.
function trySendfile(src, customFs, fallback, done) {
  if (!target(src, customFs)) return false;
  fs.fstat(src.fd, (er, st) => {
    const dest = er || src.destroyed ? null : target(src, customFs);
    const start = src.pos ?? 0;
    const length = dest && st.isFile() ? Math.min(src.end + 1, st.size) - start : 0;
    if (!dest || !(length > 0)) return fallback();
    let sock = dest;
    let chunked = false;
    if (dest instanceof ServerResponse) {
      if (!dest._header) dest._implicitHeader();
      if (!dest._hasBody) return fallback();
      chunked = dest.chunkedEncoding === true;
      // The head (if still unsent) and the chunk size line; the file's bytes follow.
      dest._send(chunked ? length.toString(16) + '\r\n' : '', 'latin1', null);
      sock = dest.socket;
    }
    sock[kSendFile](src.fd, start, length, (err) => {
      if (!err) {
        src.bytesRead += length;
        if (src.pos !== undefined) src.pos += length;
        if (chunked && !dest.finished && !dest.destroyed) dest._send('\r\n', 'latin1', null);
      }
      done(err);
    });
  });
  return true;
}

module.exports = { trySendfile };
