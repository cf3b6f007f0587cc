#define _GNU_SOURCE
#include <string.h>
#include "bytesearch.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#define SCRIPTLINT_AVX2 1
#endif

int scriptlint_allow_avx2 = 1;

const void *scriptlint_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length);
}

static int matches_at(const unsigned char *h, size_t n, size_t at, const unsigned char *const *needles,
                      const size_t *lengths, size_t count, size_t *which) {
    for (size_t k = 0; k < count; k++) {
        size_t length = lengths[k];
        // The first, second and last bytes before a call to compare the rest: most candidates
        // fail there.
        if (length <= n - at && h[at] == needles[k][0] && h[at + length - 1] == needles[k][length - 1]
            && (length < 2 || h[at + 1] == needles[k][1]) && memcmp(h + at, needles[k], length) == 0) {
            *which = k;
            return 1;
        }
    }
    return 0;
}

#if SCRIPTLINT_AVX2
// The candidates of one block of 32 positions (bit k of `mask`: position i + k), in order, each
// compared in full: the first where a needle stands; -1 for none. Out of line, so that the search
// loop keeps its tables in registers.
__attribute__((noinline))
static long teddy_candidates(const unsigned char *h, size_t n, size_t i, unsigned mask,
                             const unsigned char *const *needles, const size_t *lengths, size_t count, size_t *which) {
    for (; mask; mask &= mask - 1) {
        size_t at = i + (size_t)__builtin_ctz(mask);
        if (matches_at(h, n, at, needles, lengths, count, which)) return (long)at;
    }
    return -1;
}

// The buckets a block's bytes at offset j of a needle may belong to.
#define TEDDY_BUCKETS(x, low, high) _mm256_and_si256(_mm256_shuffle_epi8((low), _mm256_and_si256((x), nibble)), \
    _mm256_shuffle_epi8((high), _mm256_and_si256(_mm256_srli_epi16((x), 4), nibble)))

// Teddy (Hyperscan's multi-needle filter, as in Rust's aho-corasick): thirty-two positions at a time
// where the processor has AVX2 (asked once). Each needle gets a bucket bit (needle k: bit k % 8); for
// each of the first (up to) three bytes of a needle, a table indexed by a byte's low nibble and one by
// its high nibble say which buckets may hold that byte there. A position whose three bytes leave a
// bucket bit set is a candidate, compared in full (`matches_at`). The cost per
// byte does not grow with the number of needles (the first/last-byte filter below costs a compare
// per needle per position, which made one search of seven words about 3 instructions a byte).
// Advances *from past what it has searched; returns a match or -1.
__attribute__((target("avx2")))
static long find_any_avx2(const unsigned char *h, size_t n, size_t *from, const unsigned char *const *needles,
                          const size_t *lengths, size_t count, size_t *which) {
    size_t span = 3, i = *from;
    for (size_t k = 0; k < count; k++) {
        if (lengths[k] < span) span = lengths[k];
    }
    unsigned char lo[3][16] = {{0}}, hi[3][16] = {{0}};
    for (size_t k = 0; k < count; k++) {
        for (size_t j = 0; j < span; j++) {
            lo[j][needles[k][j] & 0x0F] |= (unsigned char)(1u << (k % 8));
            hi[j][needles[k][j] >> 4] |= (unsigned char)(1u << (k % 8));
        }
    }
    // Tables past the span accept every byte.
    for (size_t j = span; j < 3; j++) {
        memset(lo[j], 0xFF, 16);
        memset(hi[j], 0xFF, 16);
    }
    const __m256i low0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo[0])),
                  low1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo[1])),
                  low2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo[2])),
                  high0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi[0])),
                  high1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi[1])),
                  high2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi[2]));
    const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    // Three loads a block whatever the span (a shorter needle's missing bytes match anything), so
    // the last block ends two bytes before the haystack does.
    for (; i + 34 <= n; i += 32) {
        __m256i x0 = _mm256_loadu_si256((const __m256i *)(h + i)), x1 = _mm256_loadu_si256((const __m256i *)(h + i + 1)),
                x2 = _mm256_loadu_si256((const __m256i *)(h + i + 2));
        __m256i buckets = _mm256_and_si256(TEDDY_BUCKETS(x0, low0, high0),
                                           _mm256_and_si256(TEDDY_BUCKETS(x1, low1, high1), TEDDY_BUCKETS(x2, low2, high2)));
        unsigned mask = ~(unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(buckets, zero));
        if (__builtin_expect(mask != 0, 0)) {
            long found = teddy_candidates(h, n, i, mask, needles, lengths, count, which);
            if (found >= 0) { *from = i; return found; }
        }
    }
    *from = i;
    return -1;
}
#undef TEDDY_BUCKETS

static int has_avx2(void) {
    return scriptlint_allow_avx2 && __builtin_cpu_supports("avx2");
}
#endif

long scriptlint_find_any(const void *haystack, size_t n, size_t from, const unsigned char *const *needles,
                         const size_t *lengths, size_t count, size_t *which) {
    const unsigned char *h = haystack;
    size_t i = from;
#if SCRIPTLINT_AVX2
    if (count <= 16 && has_avx2()) {
        long found = find_any_avx2(h, n, &i, needles, lengths, count, which);
        if (found >= 0) return found;
    }
#endif
#if defined(__SSE2__)
    // Sixteen positions at a time: a position is a candidate when its byte is some needle's first
    // and the byte that needle's length further on is its last (rare together, where the first two
    // bytes of words such as `include` are not); only candidates are compared in full.
    if (count <= 16) {
        __m128i first[16], last[16];
        size_t longest = 0;
        for (size_t k = 0; k < count; k++) {
            first[k] = _mm_set1_epi8((char)needles[k][0]);
            last[k] = _mm_set1_epi8((char)needles[k][lengths[k] - 1]);
            if (lengths[k] > longest) longest = lengths[k];
        }
        for (; i + longest + 15 <= n; i += 16) {
            __m128i a = _mm_loadu_si128((const __m128i *)(h + i));
            __m128i any = _mm_setzero_si128();
            for (size_t k = 0; k < count; k++) {
                __m128i b = _mm_loadu_si128((const __m128i *)(h + i + lengths[k] - 1));
                any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(a, first[k]), _mm_cmpeq_epi8(b, last[k])));
            }
            unsigned mask = (unsigned)_mm_movemask_epi8(any);
            while (mask) {
                size_t at = i + (size_t)__builtin_ctz(mask);
                if (matches_at(h, n, at, needles, lengths, count, which)) return (long)at;
                mask &= mask - 1;
            }
        }
    }
#endif
    for (; i < n; i++) {
        if (matches_at(h, n, i, needles, lengths, count, which)) return (long)i;
    }
    return -1;
}

long scriptlint_find3(const void *haystack, size_t n, size_t from, unsigned char a, unsigned char b, unsigned char c) {
    const unsigned char *h = haystack;
    size_t i = from;
#if defined(__SSE2__)
    __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b), vc = _mm_set1_epi8((char)c);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(h + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)), _mm_cmpeq_epi8(x, vc));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (mask) return (long)(i + (size_t)__builtin_ctz(mask));
    }
#endif
    for (; i < n; i++) {
        if (h[i] == a || h[i] == b || h[i] == c) return (long)i;
    }
    return -1;
}

void scriptlint_blank(unsigned char *out, const unsigned char *source, size_t n, unsigned char filler) {
    size_t i = 0;
#if defined(__SSE2__)
    __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), fill = _mm_set1_epi8((char)filler);
    for (; i + 16 <= n; i += 16) {
        __m128i s = _mm_loadu_si128((const __m128i *)(source + i));
        __m128i keep = _mm_or_si128(_mm_cmpeq_epi8(s, lf), _mm_cmpeq_epi8(s, cr));
        __m128i o = _mm_loadu_si128((const __m128i *)(out + i));
        _mm_storeu_si128((__m128i *)(out + i), _mm_or_si128(_mm_and_si128(keep, o), _mm_andnot_si128(keep, fill)));
    }
#endif
    for (; i < n; i++) {
        if (source[i] != '\n' && source[i] != '\r') out[i] = filler;
    }
}

size_t scriptlint_skip2(const void *haystack, size_t n, size_t from, unsigned char a, unsigned char b) {
    const unsigned char *h = haystack;
    size_t i = from;
#if defined(__SSE2__)
    __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(h + i));
        unsigned same = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)));
        if (same != 0xFFFF) return i + (size_t)__builtin_ctz(~same);
    }
#endif
    for (; i < n; i++) {
        if (h[i] != a && h[i] != b) return i;
    }
    return n;
}

static inline uint64_t sl_mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

uint64_t scriptlint_hash64(const void *data, size_t n) {
    const unsigned char *p = data;
    uint64_t a = 0x9E3779B97F4A7C15ull, b = 0xC2B2AE3D27D4EB4Full;
    size_t i = 0;
    // Two independent lanes, so that the multiplications overlap.
    for (; i + 16 <= n; i += 16) {
        uint64_t x, y;
        memcpy(&x, p + i, 8);
        memcpy(&y, p + i + 8, 8);
        a = (a ^ x) * 0x87C37B91114253D5ull;
        a ^= a >> 31;
        b = (b ^ y) * 0x4CF5AD432745937Full;
        b ^= b >> 29;
    }
    // The last 0 to 15 bytes, zero-padded (the length is mixed in at the end).
    uint64_t t0 = 0, t1 = 0;
    for (size_t k = 0; i < n; i++, k++) {
        if (k < 8) t0 |= (uint64_t)p[i] << (8 * k); else t1 |= (uint64_t)p[i] << (8 * (k - 8));
    }
    a = (a ^ t0) * 0x87C37B91114253D5ull;
    b = (b ^ t1) * 0x4CF5AD432745937Full;
    return sl_mix(a ^ sl_mix(b ^ sl_mix((uint64_t)n + 0x165667B19E3779F9ull)));
}

size_t scriptlint_find_php_code(const void *haystack, size_t n, size_t from) {
    const unsigned char *h = haystack;
    size_t i = from;
#if defined(__SSE2__)
    const __m128i q1 = _mm_set1_epi8('\''), q2 = _mm_set1_epi8('"'), hash = _mm_set1_epi8('#'), slash = _mm_set1_epi8('/'),
                  semi = _mm_set1_epi8(';'), open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'), f = _mm_set1_epi8('f'),
                  lower = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(h + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q1), _mm_cmpeq_epi8(x, q2)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, hash), _mm_cmpeq_epi8(x, slash)));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, semi), _mm_cmpeq_epi8(x, open)));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, close), _mm_cmpeq_epi8(_mm_or_si128(x, lower), f)));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask) return i + (size_t)__builtin_ctz(mask);
    }
#endif
    for (; i < n; i++) {
        unsigned char c = h[i];
        if (c == '\'' || c == '"' || c == '#' || c == '/' || c == ';' || c == '{' || c == '}' || (c | 0x20) == 'f') return i;
    }
    return n;
}

int scriptlint_valid_utf8(const void *data, size_t n) {
    const unsigned char *p = data;
    size_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        while (i + 16 <= n && _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(p + i))) == 0) i += 16;
#endif
        if (i >= n) break;
        unsigned char c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) { need = 2; lo = 0xA0; }
        else if (c == 0xED) { need = 2; hi = 0x9F; }
        else if (c >= 0xE1 && c <= 0xEF) need = 2;
        else if (c == 0xF0) { need = 3; lo = 0x90; }
        else if (c == 0xF4) { need = 3; hi = 0x8F; }
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else return 0;
        if (n - i <= need) return 0;
        if (p[i + 1] < lo || p[i + 1] > hi) return 0;
        for (size_t k = 2; k <= need; k++) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return 0;
        }
        i += need + 1;
    }
    return 1;
}
