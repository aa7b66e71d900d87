/* Whole-buffer deflate and inflate over libdeflate, for the one-shot calls (deflateSync, gzip(buf, cb),
 * gunzipSync, ...). Debian's zlib 1.2.13 deflates 64 MB of text in 2.6 s and inflates it in 160 ms
 * in a bare C loop; node bundles Chromium's faster zlib fork (2.0 s, 90 ms). libdeflate, from
 * Debian too, does 0.95 s and 80 ms, but only over whole buffers, so streams stay on zlib.
 *
 * It is a fast path, never a second behaviour: it takes only calls whose result cannot differ from
 * zlib's beyond the compressed bytes themselves (node's already differ from Debian zlib's), and
 * declines everything else (dictionaries, odd window sizes or strategies, flush modes, trailing
 * data, any error), leaving the codec untouched so that the zlib path runs as if it had not been
 * tried. Pure C, no JS: runs on pool threads. */
#ifndef NODEC_ZLIB_ONESHOT_H
#define NODEC_ZLIB_ONESHOT_H

#include "codec.h"

/* Inputs below this go to zlib: libdeflate's compressor tables cost more to set up than zlib's. */
enum { ZONESHOT_MIN_DEFLATE = 16 * 1024 };

/* Tries the whole job: c's mode and options, the input c->next_in/avail_in, flush `flush`, output
 * capped at max_out bytes. On success returns true with *out (malloc'd, *cap bytes) holding *used
 * bytes and the input consumed; false means declined, nothing changed. */
bool zoneshot_run(zcodec *c, int flush, size_t max_out, uint8_t **out, size_t *used, size_t *cap);

/* CRC-32 as zlib's crc32(), faster (libdeflate folds with PCLMUL where the CPU has it). */
uint32_t zoneshot_crc32(uint32_t crc, const uint8_t *p, size_t n);

#endif
