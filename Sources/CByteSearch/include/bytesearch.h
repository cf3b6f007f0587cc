#ifndef SCRIPTLINT_BYTESEARCH_H
#define SCRIPTLINT_BYTESEARCH_H
#include <stddef.h>
#include <stdint.h>

/// libc's memmem (a GNU and BSD extension that Swift's Glibc module does not expose): the first
/// occurrence of needle in haystack, or NULL.
const void *scriptlint_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Whether scriptlint_find_any may use AVX2 where the processor has it (1, the default); the tests
/// turn it off to check the SSE2 path on the same machine.
extern int scriptlint_allow_avx2;

/// The first offset at or after `from` where any of `count` needles (none empty)
/// occurs, with the index of the first needle found there in `which`; -1 when none occurs. One pass
/// over the haystack, however many needles.
long scriptlint_find_any(const void *haystack, size_t haystack_length, size_t from, const unsigned char *const *needles,
                         const size_t *lengths, size_t count, size_t *which);

/// The first offset at or after `from` whose byte is `a`, `b` or `c`; -1 when there is none.
long scriptlint_find3(const void *haystack, size_t haystack_length, size_t from, unsigned char a, unsigned char b, unsigned char c);

/// `filler` in `out` wherever `source` (as long) holds anything but a line feed or carriage return;
/// `out` keeps its own bytes where `source` has line breaks.
void scriptlint_blank(unsigned char *out, const unsigned char *source, size_t length, unsigned char filler);

/// The first offset at or after `from` whose byte is neither `a` nor `b`; `haystack_length` when
/// there is none.
size_t scriptlint_skip2(const void *haystack, size_t haystack_length, size_t from, unsigned char a, unsigned char b);

/// The first offset at or after `from` of a byte that PHP's brace scan stops at (a quote, `#`,
/// `/`, `;`, a brace, `f` or `F`); `haystack_length` when there is none.
size_t scriptlint_find_php_code(const void *haystack, size_t haystack_length, size_t from);

/// 1 when the bytes are well-formed UTF-8 (no overlong forms, surrogates or scalars past
/// U+10FFFF), else 0; ASCII is crossed sixteen bytes at a time.
int scriptlint_valid_utf8(const void *data, size_t length);

/// A 64-bit hash of `length` bytes, for telling within one run whether bytes are those seen
/// before (not stable across versions: fingerprints use FNV-1a).
uint64_t scriptlint_hash64(const void *data, size_t length);

#endif
