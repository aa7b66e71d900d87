'use strict';

// The file-to-file fast path: a fs.ReadStream whose only consumer is a pipe() into a plain
// fs.WriteStream (lib/internal/fs/streams.js decides that) has the kernel copy the bytes with
// copy_file_range(2), a stretch per pool job, instead of reading 64 KB Buffers and writing them
// back: two copies through user memory and two pool round trips per chunk. Invisible to the
// program: the same bytes land at the same place, bytesRead/bytesWritten and both positions
// advance the same, the source still ends with 'end' and 'close', and pipe() still ends the
// destination. Whenever something else happens (the pipe is undone, either stream is destroyed,
// the kernel refuses, an I/O error) it goes back to ordinary reads, which meet the same situation
// and report it as usual.

const { copyRange } = internalBinding('fs_copy');

// A stretch per job: big enough that the round trip is nothing, small enough that destroy() or
// unpipe() mid-copy is noticed soon.
const kStep = 32 * 1024 * 1024;

// Called by ReadStream#_read instead of its first read, with hooks from streams.js: the symbol
// both streams use to say a pool job has their fd, the ordinary read, and the check that chose
// this path (redone before each stretch).
function copyPipe(src, dest, n, { kIsPerformingIO, ordinaryRead, fileDestination }) {
  src[kIsPerformingIO] = true;
  let first = true;

  const back = () => {
    src[kIsPerformingIO] = false;
    if (src.destroyed) src.emit(kIsPerformingIO);
    else ordinaryRead(src, n);
  };

  const step = () => {
    if (src.destroyed || fileDestination(src) !== dest) return back();
    let max = kStep;
    const left = src.pos !== undefined ? src.end - src.pos + 1 : src.end - src.bytesRead + 1;
    if (left < max) max = left;
    if (!(max > 0)) {
      src[kIsPerformingIO] = false;
      src.push(null);
      return;
    }
    dest[kIsPerformingIO] = true;
    copyRange(src.fd, src.pos ?? -1, dest.fd, dest.pos ?? -1, max, (err, r) => {
      dest[kIsPerformingIO] = false;
      if (dest.destroyed) dest.emit(kIsPerformingIO);
      const copied = err ? 0 : r >= 0 ? r : -r - 1;
      src.bytesRead += copied;
      if (src.pos !== undefined) src.pos += copied;
      dest.bytesWritten += copied;
      if (dest.pos !== undefined) dest.pos += copied;
      // Nothing at all on the first stretch proves nothing (procfs files copy as empty): read it.
      if (err || r < 0 || (first && copied === 0)) return back();
      first = false;
      if (copied < max) {
        src[kIsPerformingIO] = false;
        if (src.destroyed) src.emit(kIsPerformingIO);
        else src.push(null);
        return;
      }
      step();
    });
  };

  if (typeof dest.fd === 'number') return step();
  // The destination is still opening: wait for its fd, or give up if it fails.
  const onOpen = () => {
    dest.off('close', onClose);
    step();
  };
  const onClose = () => {
    dest.off('open', onOpen);
    back();
  };
  dest.once('open', onOpen);
  dest.once('close', onClose);
}

module.exports = { copyPipe };
