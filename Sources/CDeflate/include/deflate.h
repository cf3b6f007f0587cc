#ifndef SCRIPTLINT_DEFLATE_H
#define SCRIPTLINT_DEFLATE_H
#include <stddef.h>

/// zlib's compress2 at its best level, in the zlib format (RFC 1950) that browsers' DecompressionStream("deflate")
/// reads. Returns the compressed length, or 0 when `out_capacity` (at least
/// scriptlint_deflate_bound(len)) is too small or zlib fails.
size_t scriptlint_deflate(const unsigned char *in, size_t len, unsigned char *out, size_t out_capacity);
size_t scriptlint_deflate_bound(size_t len);

#endif
