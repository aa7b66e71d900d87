/* 8-bit (Latin-1) JS strings made with one copy.
 *
 * The public C API only makes strings from UTF-16 (or from UTF-8, which it converts through a
 * UTF-16 buffer), and JSValueMakeString copies once more. JSC stores strings whose characters are
 * all below 256 in 8 bits, so for ASCII and Latin-1 output (hex, latin1, ascii, utf8 that is ASCII,
 * header names, file names) we fill a WTF::StringImpl's 8-bit storage directly and hand it to the
 * C API wrapped as a JSStringRef. Measured (8 KB): UTF-16 path 2.8 us, this one 1.6 us; 16 B:
 * 257 -> 97 ns. */
#ifndef NODEC_JSSTRING8_H
#define NODEC_JSSTRING8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <JavaScriptCore/JavaScript.h>

/* Longest string made this way; longer ones are the caller's to refuse (node's limit is lower). */
#define NODEC_STR8_MAX ((size_t)0x7fffffe0)

/* A string being built: nodec_str8_begin gives `n` bytes to fill with Latin-1 characters, then
 * exactly one of nodec_str8_ref / nodec_str8_value takes it. */
typedef struct nodec_str8 {
  void *impl; /* a WTF::String (one StringImpl pointer) */
} nodec_str8;

/* NULL when n is 0 or above NODEC_STR8_MAX (then _ref/_value give the empty string). */
uint8_t *nodec_str8_begin(nodec_str8 *s, size_t n);
JSStringRef nodec_str8_ref(nodec_str8 *s);
JSValueRef nodec_str8_value(JSContextRef ctx, nodec_str8 *s);

/* The same for 16-bit (UTF-16) storage; _value takes it too (_ref does not). */
uint16_t *nodec_str16_begin(nodec_str8 *s, size_t n);
/* One call: the string of UTF-16 units c[0..n), one copy. */
JSValueRef nodec_utf16_value(JSContextRef ctx, const uint16_t *c, size_t n);
/* WTF::StringImpl::deref() of a StringImpl pointer this file made or got; the library may lack the
 * entry point it needs (a weak symbol), which the first call tells. */
bool nodec_wtf_string_deref_available(void);
void nodec_wtf_string_deref(void *impl);

/* One call: the string of Latin-1 bytes p[0..n). */
JSValueRef nodec_latin1_value(JSContextRef ctx, const uint8_t *p, size_t n);
JSStringRef nodec_latin1_ref(const uint8_t *p, size_t n);

#endif
