/* Reading a JS string's characters in place, without the C API's copies.
 *
 * JSValueToStringCopy copies a string's characters into an OpaqueJSString, and
 * JSStringGetCharactersPtr widens an 8-bit (Latin-1) string into a second, UTF-16 copy: two
 * allocations and copies per call, for strings JSC mostly stores in 8 bits. A JSString cell points
 * to its WTF::StringImpl (length, characters, an is-8-bit flag); a rope (a concatenation not yet
 * flattened) is flattened in place by JSC's own JSRopeString::resolveRope. The layout is checked at
 * start-up against strings made through the C API; if anything differs, or the library lacks the
 * entry point, nodec_string_view says no and callers use the C API. */
#ifndef NODEC_JSSTRING_VIEW_H
#define NODEC_JSSTRING_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "runtime.h"

typedef struct nodec_strview {
  const void *chars; /* uint8_t (Latin-1) or uint16_t (UTF-16) units; NULL when len is 0 */
  size_t len;
  bool is8;
} nodec_strview;

/* Calibrates (sets rt->strview_ok and the string cell type); dispose forgets the thread's runtime. */
void nodec_strview_init(nodec_runtime *rt);
void nodec_strview_dispose(nodec_runtime *rt);
/* The characters of `v` if it is a string: valid while v lives (strings are immutable, and an
 * argument or local of the caller keeps it alive). false: not a string, or in-place reading is off. */
bool nodec_string_view(nodec_runtime *rt, JSValueRef v, nodec_strview *out);
/* The same for code that has no runtime at hand: the calling thread's (one runtime per thread). */
bool nodec_string_view_here(JSValueRef v, nodec_strview *out);

#endif
