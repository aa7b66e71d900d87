'use strict';

// The static-file fast path: a fs.ReadStream whose only consumer is a pipe() into an http
// response or a plain (non-TLS) net socket sends its bytes with sendfile(2) instead of reading
// them into Buffers and writing those. Invisible to the program: the same bytes reach the peer
// (one HTTP chunk instead of many), the source still ends with 'end' and 'close', the response
// still finishes through pipe's dest.end(). Anything else — a 'data' or 'readable' listener, an
// encoding, a custom `fs`, a FileHandle, a non-regular file, TLS, corked or strict responses —
// takes the ordinary read path.

const fs = require('fs');
const { Buffer } = require('buffer');
const { kSendFile } = require('internal/net');

const { TCP } = internalBinding('tcp_wrap');

let net, ServerResponse;
function lazyClasses() {
  if (net === undefined) {
    net = require('net');
    ServerResponse = require('_http_server').ServerResponse;
  }
}

// TCP only: sendfile(2) into other kinds of fd (pipes, some unix sockets) is refused by some
// kernels, and by then the HTTP head may already be gone.
function plainSocket(sock) {
  return sock instanceof net.Socket && !sock.encrypted && !sock.connecting && !sock.destroyed &&
    sock.writable && sock._handle instanceof TCP && typeof sock._handle.sendFile === 'function';
}

// The destination this stream could sendfile into, or null. `dest` is the stream's sole reader
// (soleDestination in streams.js), or null.
function target(src, dest) {
  if (!dest) return null;
  if (src.pos === undefined && src.path === undefined) return null; // fd at an unknown position
  lazyClasses();
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
function trySendfile(src, soleDest, fallback, done) {
  const dest = target(src, soleDest);
  if (!dest) return false;
  // fstat of an open fd is a quick syscall, not disk work: done here rather than as a pool
  // round trip (a third of this path's cost per request, measured).
  let st;
  try {
    st = fs.fstatSync(src.fd);
  } catch {
    process.nextTick(fallback);
    return true;
  }
  const start = src.pos ?? 0;
  const length = st.isFile() ? Math.min(src.end + 1, st.size) - start : 0;
  const isResponse = dest instanceof ServerResponse;
  if (isResponse && !dest._header) dest._implicitHeader();
  if (!(length > 0) || (isResponse && !dest._hasBody)) {
    process.nextTick(fallback);
    return true;
  }
  let sock = dest;
  let chunked = false;
  let head;
  if (isResponse) {
    chunked = dest.chunkedEncoding === true;
    // The HTTP head (if still unsent) and the chunk-size line go with the file, in its first packet.
    let text = chunked ? length.toString(16) + '\r\n' : '';
    if (!dest._headerSent) {
      text = dest._header + text;
      dest._headerSent = true;
    }
    head = Buffer.from(text, 'latin1');
    sock = dest.socket;
  }
  sock[kSendFile](src.fd, start, length, head, (err) => {
    if (!err) {
      src.bytesRead += length;
      if (src.pos !== undefined) src.pos += length;
      if (chunked && !dest.finished && !dest.destroyed) {
        // The chunk's CRLF waits, corked, for the last chunk that pipe's dest.end() writes on
        // 'end': one write for both.
        sock.cork();
        let corked = true;
        const uncork = () => {
          if (corked) sock.uncork();
          corked = false;
        };
        src.once('end', uncork);
        src.once('close', uncork);
        dest._send('\r\n', 'latin1', null);
      }
    }
    done(err);
  });
  return true;
}

// Whether, as things stand, the first read would go out with sendfile.
function wouldSendfile(src, soleDest) { return target(src, soleDest) !== null; }

module.exports = { trySendfile, wouldSendfile };
