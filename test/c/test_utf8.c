/* Unit tests for src/util/utf8.c: WHATWG decoding (replacement of ill-formed input), encoding of
 * lone surrogates, lengths, the ASCII fast path. */
#include <stdio.h>
#include <string.h>
#include "util/utf8.h"

static int failures;
#define CHECK(cond, ...)                                       \
  do {                                                         \
    if (!(cond)) {                                             \
      failures++;                                              \
      printf("FAIL %s:%d: ", __FILE__, __LINE__);              \
      printf(__VA_ARGS__);                                     \
      printf("\n");                                            \
    }                                                          \
  } while (0)

static void decode_case(const char *name, const char *in, size_t len, const uint16_t *want, size_t want_len) {
  uint16_t out[64];
  size_t n = nodec_utf8_to_utf16((const uint8_t *)in, len, out);
  CHECK(n == want_len && memcmp(out, want, n * 2) == 0, "decode %s: got %zu units", name, n);
}

int main(void) {
  decode_case("ascii", "hello", 5, (const uint16_t[]){'h', 'e', 'l', 'l', 'o'}, 5);
  decode_case("2-byte", "\xc3\xa9", 2, (const uint16_t[]){0xe9}, 1);
  decode_case("3-byte", "\xe2\x82\xac", 3, (const uint16_t[]){0x20ac}, 1);
  decode_case("4-byte", "\xf0\x9f\x98\x80", 4, (const uint16_t[]){0xd83d, 0xde00}, 2);
  decode_case("lone continuation", "\x80", 1, (const uint16_t[]){0xfffd}, 1);
  decode_case("truncated 3-byte", "\xe2\x82", 2, (const uint16_t[]){0xfffd}, 1);
  decode_case("truncated then ascii", "\xe2\x82" "a", 3, (const uint16_t[]){0xfffd, 'a'}, 2);
  decode_case("overlong", "\xc0\xaf", 2, (const uint16_t[]){0xfffd, 0xfffd}, 2);
  decode_case("surrogate in utf8", "\xed\xa0\x80", 3, (const uint16_t[]){0xfffd, 0xfffd, 0xfffd}, 3);
  decode_case("above U+10FFFF", "\xf4\x90\x80\x80", 4, (const uint16_t[]){0xfffd, 0xfffd, 0xfffd, 0xfffd}, 4);
  decode_case("long ascii run", "abcdefghijklmnopq", 17,
              (const uint16_t[]){'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q'}, 17);

  uint8_t buf[16];
  const uint16_t pair[] = {0xd83d, 0xde00};
  CHECK(nodec_utf16_to_utf8(pair, 2, buf) == 4 && memcmp(buf, "\xf0\x9f\x98\x80", 4) == 0, "encode pair");
  const uint16_t lone[] = {0xd800, 'x'};
  CHECK(nodec_utf16_to_utf8(lone, 2, buf) == 4 && memcmp(buf, "\xef\xbf\xbdx", 4) == 0, "lone surrogate -> U+FFFD");
  CHECK(nodec_utf16_utf8_length(pair, 2) == 4, "length of pair");
  CHECK(nodec_utf16_utf8_length(lone, 2) == 4, "length of lone surrogate");
  const uint16_t mixed[] = {'a', 0xe9, 0x20ac};
  CHECK(nodec_utf16_utf8_length(mixed, 3) == 6, "mixed length");

  CHECK(nodec_is_ascii((const uint8_t *)"plain ascii text", 16), "ascii");
  CHECK(!nodec_is_ascii((const uint8_t *)"plain ascii t\xc3\xa9xt", 17), "not ascii in tail");
  CHECK(!nodec_is_ascii((const uint8_t *)"\xff", 1), "not ascii");

  if (failures) printf("%d failures\n", failures);
  else printf("utf8: all passed\n");
  return failures ? 1 : 0;
}
