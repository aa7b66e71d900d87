/* UTF-8 <-> UTF-16 conversion with WHATWG semantics (invalid input becomes U+FFFD, never rejected).
 * JSC strings are UTF-16; files, sockets and Buffers are bytes: every crossing goes through here. */
#ifndef NODEC_UTF8_H
#define NODEC_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Worst case: one UTF-16 unit per input byte. Returns units written. */
size_t nodec_utf8_to_utf16(const uint8_t *src, size_t len, uint16_t *dst);
/* Worst case: three bytes per UTF-16 unit. Lone surrogates become EF BF BD. Returns bytes written. */
size_t nodec_utf16_to_utf8(const uint16_t *src, size_t len, uint8_t *dst);
/* Worst case: two bytes per Latin-1 byte (JSC's 8-bit strings). Returns bytes written. */
size_t nodec_latin1_to_utf8(const uint8_t *src, size_t len, uint8_t *dst);
/* Exact UTF-8 length of a UTF-16 string (lone surrogates count 3). */
size_t nodec_utf16_utf8_length(const uint16_t *src, size_t len);
/* True if every byte is < 0x80. */
int nodec_is_ascii(const uint8_t *src, size_t len);
/* True if src is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF). */
int nodec_utf8_valid(const uint8_t *src, size_t len);

#endif
