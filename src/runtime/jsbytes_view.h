/* Reading a typed array's bytes in place, without the C API's pinning.
 *
 * JSObjectGetTypedArrayBytesPtr does more than answer a pointer: it takes the API lock and
 * "materialises" the view, so a small typed array (whose bytes JSC keeps inside the GC heap) gets an
 * ArrayBuffer made for it, its bytes moved into new malloc'd memory, and that buffer pinned; then
 * the byte offset and length are two more locked calls. For crypto.createHash().update(buf) on a
 * fresh 64-byte buffer that was a third of the time. A JSArrayBufferView cell holds the data pointer
 * (already past the byte offset), the length in elements and a mode byte; the layout is checked at
 * start-up against views made there, and if anything differs nodec_bytes_now falls back to
 * nodec_bytes.
 *
 * The pointer is valid only until control returns to JS: JS touching `view.buffer` moves a small
 * view's bytes, and a transfer frees them. Work that keeps the pointer (the thread pool, a queued
 * socket write) must use nodec_bytes, which pins. */
#ifndef NODEC_JSBYTES_VIEW_H
#define NODEC_JSBYTES_VIEW_H

#include "jsutil.h"

/* Calibrates (sets rt->bytesview); dispose frees it. */
void nodec_bytesview_init(nodec_runtime *rt);
void nodec_bytesview_dispose(nodec_runtime *rt);
/* As nodec_bytes, for synchronous use only (see above). */
uint8_t *nodec_bytes_now(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc);

#endif
