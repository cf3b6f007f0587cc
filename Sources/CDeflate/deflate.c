#include "deflate.h"
#include <zlib.h>

size_t scriptlint_deflate_bound(size_t len) { return (size_t)compressBound((uLong)len); }

size_t scriptlint_deflate(const unsigned char *in, size_t len, unsigned char *out, size_t out_capacity) {
    uLongf out_len = (uLongf)out_capacity;
    if (compress2(out, &out_len, in, (uLong)len, Z_BEST_COMPRESSION) != Z_OK) return 0;
    return (size_t)out_len;
}
