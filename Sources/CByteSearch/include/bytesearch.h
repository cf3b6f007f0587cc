#ifndef SCRIPTLINT_BYTESEARCH_H
#define SCRIPTLINT_BYTESEARCH_H
#include <stddef.h>

/// libc's memmem (a GNU and BSD extension that Swift's Glibc module does not expose): the first
/// occurrence of needle in haystack, or NULL.
const void *scriptlint_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
