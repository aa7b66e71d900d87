/* See jsstring8.h. C++ entry points libjavascriptcoregtk exports, called with the Itanium C++ ABI:
 * those returning a smart pointer (non-trivial destructor) do it through a hidden first argument, and
 * WTF::String / Ref<StringImpl> / RefPtr<OpaqueJSString> are each one pointer. The ones added for
 * the copy-free path are weak: without them the C API's functions do the job. */
#include "jsstring8.h"
#include <string.h>

struct wtf_span8 {
  uint8_t *data;
  size_t size;
};

/* static Ref<StringImpl> WTF::StringImpl::createUninitialized(size_t, std::span<LChar>&) */
void _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE(void **ret, size_t n,
                                                                                 struct wtf_span8 *out);
struct wtf_span16 {
  uint16_t *data;
  size_t size;
};
/* static Ref<StringImpl> WTF::StringImpl::createUninitialized(size_t, std::span<char16_t>&) */
__attribute__((weak)) void _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE(void **ret, size_t n,
                                                                                   struct wtf_span16 *out);
/* JSString *JSC::jsStringWithCacheSlowCase(VM &, StringImpl &): a JS string over the StringImpl, which
 * it references (no copy). JSValueMakeString would copy the characters once more: the C API hands
 * out isolated copies of an OpaqueJSString's text. */
__attribute__((weak)) void *_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE(void *vm, void *impl);
/* static void WTF::StringImpl::destroy(StringImpl *) */
__attribute__((weak)) void _ZN3WTF10StringImpl7destroyEPS0_(void *impl);
/* static RefPtr<OpaqueJSString> OpaqueJSString::tryCreate(WTF::String&&): moves the string in. */
void _ZN14OpaqueJSString9tryCreateEON3WTF6StringE(void **ret, void **string);

uint8_t *nodec_str8_begin(nodec_str8 *s, size_t n) {
  s->impl = NULL;
  if (n == 0 || n > NODEC_STR8_MAX) return NULL;
  struct wtf_span8 span = {NULL, 0};
  _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE(&s->impl, n, &span);
  return span.data;
}

uint16_t *nodec_str16_begin(nodec_str8 *s, size_t n) {
  s->impl = NULL;
  if (n == 0 || n > NODEC_STR8_MAX / 2 || !_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE)
    return NULL;
  struct wtf_span16 span = {NULL, 0};
  _ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE(&s->impl, n, &span);
  return span.data;
}

bool nodec_wtf_string_deref_available(void) { return _ZN3WTF10StringImpl7destroyEPS0_ != NULL; }

void nodec_wtf_string_deref(void *impl) {
  /* WTF::StringImpl::deref(): the count at offset 0 steps by 2 (bit 0 marks static strings). */
  unsigned *refs = impl;
  if (*refs == 2) _ZN3WTF10StringImpl7destroyEPS0_(impl);
  else *refs -= 2;
}

JSStringRef nodec_str8_ref(nodec_str8 *s) {
  if (!s->impl) return JSStringCreateWithCharacters(NULL, 0);
  void *ref = NULL;
  _ZN14OpaqueJSString9tryCreateEON3WTF6StringE(&ref, &s->impl);
  s->impl = NULL; /* moved (a non-null String always makes an OpaqueJSString) */
  return (JSStringRef)ref;
}

/* The JS string of a JSStringRef, which it releases (the C API's way: one more copy). */
static JSValueRef value_of_ref(JSContextRef ctx, JSStringRef r) {
  JSValueRef v = JSValueMakeString(ctx, r);
  JSStringRelease(r);
  return v;
}

JSValueRef nodec_str8_value(JSContextRef ctx, nodec_str8 *s) {
  if (!s->impl || !_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE || !_ZN3WTF10StringImpl7destroyEPS0_)
    return value_of_ref(ctx, nodec_str8_ref(s)); /* the empty string, or no copy-free entry points */
  /* The caller holds the API lock, as every caller here does (natives and loop callbacks). */
  JSValueRef v = _ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE((void *)JSContextGetGroup(ctx), s->impl);
  nodec_wtf_string_deref(s->impl);
  s->impl = NULL;
  return v;
}

JSValueRef nodec_utf16_value(JSContextRef ctx, const uint16_t *c, size_t n) {
  nodec_str8 s;
  uint16_t *d = nodec_str16_begin(&s, n);
  if (!d && n) return value_of_ref(ctx, JSStringCreateWithCharacters(c, n)); /* no 16-bit entry point */
  if (d) memcpy(d, c, n * sizeof *c);
  return nodec_str8_value(ctx, &s);
}

static void str8_copy(nodec_str8 *s, const uint8_t *p, size_t n) {
  uint8_t *d = nodec_str8_begin(s, n);
  if (d) memcpy(d, p, n);
}

JSStringRef nodec_latin1_ref(const uint8_t *p, size_t n) {
  nodec_str8 s;
  str8_copy(&s, p, n);
  return nodec_str8_ref(&s);
}

JSValueRef nodec_latin1_value(JSContextRef ctx, const uint8_t *p, size_t n) {
  nodec_str8 s;
  str8_copy(&s, p, n);
  return nodec_str8_value(ctx, &s);
}
