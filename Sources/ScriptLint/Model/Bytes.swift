import CByteSearch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small byte-level helpers the parser, the template layer and the engine share: ASCII classes,
/// binary search over sorted offsets, and FNV-1a hashing.

@inline(__always) func asciiLower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
@inline(__always) func isHTMLSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0C || c == 0x0D }
@inline(__always) func isSpaceOrSlash(_ c: UInt8) -> Bool { isHTMLSpace(c) || c == 0x2F }
@inline(__always) func isASCIIAlpha(_ c: UInt8) -> Bool { let l = c | 0x20; return l >= 0x61 && l <= 0x7A }
/// A letter, digit or `_`: a byte of an identifier in the languages templates embed.
@inline(__always) func isASCIIWordByte(_ c: UInt8) -> Bool { isASCIIAlpha(c) || (c >= 0x30 && c <= 0x39) || c == 0x5F }

extension StringProtocol {
    /// The text without the given characters at either end.
    public func trimming(_ characters: String) -> String {
        let set = Set(characters)
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let u = Array(utf8)
        var s = 0, e = u.count
        while s < e && isHTMLSpace(u[s]) { s += 1 }
        while e > s && isHTMLSpace(u[e - 1]) { e -= 1 }
        return s == 0 && e == u.count ? self : String(decoding: u[s..<e], as: UTF8.self)
    }

}

/// The first occurrence of `needle` in `haystack` at or after `from` (libc's `memmem`: the PHP and
/// platform readers ask this of whole files, several times each).
func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty, from >= 0, needle.count <= haystack.count - min(from, haystack.count) else { return nil }
    // ByteNeedles' one-pass search with one needle: its filter (the needle's first three bytes
    // with AVX2, its first and last with SSE2) crosses 16 or 32 positions at a time where libc's
    // memmem crosses a few.
    return haystack.withUnsafeBufferPointer { h -> Int? in
        needle.withUnsafeBufferPointer { n -> Int? in
            guard let base = h.baseAddress else { return nil }
            var start: UnsafePointer<UInt8>? = n.baseAddress
            var length = n.count, which = 0
            let at = scriptlint_find_any(base, h.count, from, &start, &length, 1, &which)
            return at < 0 ? nil : at
        }
    }
}

/// The first offset in `from..<end` whose byte is `x`, `y` or `z`, crossed sixteen bytes at a time
/// (the scanners' way past strings, comments and text to the next byte that may end them); `end`
/// when there is none.
@inline(__always)
func firstOf(_ x: UInt8, _ y: UInt8, _ z: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
    guard from < end, let base = b.baseAddress else { return end }
    let found = scriptlint_find3(base, end, from, x, y, z)
    return found < 0 ? end : found
}

func firstOf(_ x: UInt8, _ y: UInt8, _ z: UInt8, in b: [UInt8], from: Int, end: Int) -> Int {
    b.withUnsafeBufferPointer { firstOf(x, y, z, in: $0, from: from, end: end) }
}

/// Whether a string's UTF-8 holds `needle` (byte for byte, unlike `String.contains`, which
/// compares Characters and is slow on long strings).
func utf8Contains(_ s: String, _ needle: StaticString) -> Bool {
    var s = s
    return s.withUTF8 { h in
        h.isEmpty ? needle.utf8CodeUnitCount == 0
            : scriptlint_memmem(h.baseAddress!, h.count, needle.utf8Start, needle.utf8CodeUnitCount) != nil
    }
}

/// A fixed set of byte strings (none empty) searched for together: one pass over
/// the haystack, however many there are, where a `contains` per word makes one pass each.
final class ByteNeedles: @unchecked Sendable {
    // The needles' bytes, and a pointer to each, allocated once and never written after `init`.
    private let bytes: UnsafeMutablePointer<UInt8>
    private let starts: UnsafeMutablePointer<UnsafePointer<UInt8>?>
    private let lengths: UnsafeMutablePointer<Int>
    let count: Int

    init(_ words: [String]) {
        let needles = words.map { Array($0.utf8) }
        precondition(needles.allSatisfy { !$0.isEmpty }, "ByteNeedles: an empty needle")
        count = needles.count
        bytes = .allocate(capacity: max(1, needles.reduce(0) { $0 + $1.count }))
        starts = .allocate(capacity: max(1, count))
        lengths = .allocate(capacity: max(1, count))
        var at = 0
        for (k, n) in needles.enumerated() {
            (bytes + at).initialize(from: n, count: n.count)
            starts[k] = UnsafePointer(bytes + at)
            lengths[k] = n.count
            at += n.count
        }
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        lengths.deallocate()
    }

    /// The first occurrence of any needle at or after `from`: its offset, and which needle.
    func first(in haystack: [UInt8], from: Int = 0) -> (offset: Int, needle: Int)? {
        guard from >= 0, from < haystack.count, count > 0 else { return nil }
        var which = 0
        let at = haystack.withUnsafeBufferPointer { h in
            scriptlint_find_any(h.baseAddress!, h.count, from, starts, lengths, count, &which)
        }
        return at < 0 ? nil : (at, which)
    }

    /// Whether any needle occurs.
    func occur(in haystack: [UInt8]) -> Bool { first(in: haystack) != nil }
}

/// Whether `needle` occurs in `haystack`.
func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
    firstIndex(of: Array(needle.utf8), in: haystack) != nil
}

/// Whether `word` (lowercase ASCII) stands at `at` in any case.
@inline(__always)
func matchesCaseInsensitive<C: RandomAccessCollection>(_ b: C, _ at: Int, _ word: StaticString) -> Bool where C.Element == UInt8, C.Index == Int {
    let len = word.utf8CodeUnitCount
    guard at >= b.startIndex, at + len <= b.endIndex else { return false }
    for k in 0..<len where asciiLower(b[at + k]) != word.utf8Start[k] { return false }
    return true
}

/// The first index in `0..<count` for which `isBefore` is false, for a predicate that is true on a
/// prefix and false on the rest (a binary search over sorted data).
@inline(__always)
func partitionPoint(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
    var lo = 0, hi = count
    while lo < hi {
        let mid = (lo + hi) / 2
        if isBefore(mid) { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

extension Array where Element == Int {
    /// The index of the first element at or after `x` (`count` when there is none); the array is sorted.
    func firstIndex(atOrAfter x: Int) -> Int { partitionPoint(count) { self[$0] < x } }
}

/// A 64-bit hash of bytes (in C, sixteen bytes at a time) by which a run's caches tell whether
/// bytes are those they read; not stable across versions (fingerprints use `FNV1a`).
func runHash(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { scriptlint_hash64($0.baseAddress, $0.count) }
}

/// 64-bit FNV-1a: stable across runs and platforms (unlike `Hasher`).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100000001b3 }

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 { for b in bytes { add(b) } }

    /// As 16 lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
