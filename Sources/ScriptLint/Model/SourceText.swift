import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encoding a browser would use for a file, as far as it matters to scriptlint.
public enum TextEncoding: Sendable, Equatable {
    case utf8
    /// UTF-16 with a byte order mark; scanned through a UTF-8 copy.
    case utf16(bigEndian: Bool)
    /// An ASCII-compatible legacy encoding with one byte per character (windows-1251, KOI8-R, …).
    case singleByte(String)
    /// An ASCII-compatible legacy encoding with several bytes per character (Shift_JIS, GBK, …).
    case multiByte(String)

    public var name: String {
        switch self {
        case .utf8: return "utf-8"
        case .utf16(let be): return be ? "utf-16be" : "utf-16le"
        case .singleByte(let n), .multiByte(let n): return n
        }
    }
}

/// A file's bytes as scanned, with the mapping back to the bytes on disk and to lines and columns.
///
/// Offsets in the model are offsets into `bytes`. For every encoding but UTF-16 these are the file's
/// own offsets; for UTF-16 `fileOffset(_:)` maps them back.
public final class SourceText: Sendable {
    /// The bytes the scanner reads: the file itself, or a UTF-8 copy of a UTF-16 file.
    public let bytes: [UInt8]
    public let encoding: TextEncoding
    /// Length of a byte order mark at the start of `bytes`, if any.
    public let bomLength: Int
    /// For UTF-16 files: the file offset of each byte of `bytes` (plus one entry for the end).
    private let fileOffsets: [Int]?

    /// Line starts found so far and where the search stopped: found on demand, only as far as
    /// asked (most findings are in <head>), under a lock, since one SourceText may be read from
    /// several threads (the language server lints off its message loop; reporters run beside the
    /// driver).
    private let lineStartsStorage = Mutex<(starts: [Int], scanned: Int)>(([0], 0))
    private let hashStorage = Mutex<UInt64?>(nil)

    /// A hash of `bytes`, made once, by which the run's caches tell whether these are the bytes
    /// they read (`RunIndex.perFile`, the include index's scans).
    var bytesHash: UInt64 {
        if let known = hashStorage.withLock({ $0 }) { return known }
        let h = runHash(bytes)
        hashStorage.withLock { $0 = h }
        return h
    }

    /// Gives the hash of `bytes` when it is known already (the run read these very bytes).
    func knowHash(_ hash: UInt64) { hashStorage.withLock { $0 = hash } }

    public init(bytes: [UInt8], encoding: TextEncoding, bomLength: Int, fileOffsets: [Int]? = nil) {
        self.bytes = bytes
        self.encoding = encoding
        self.bomLength = bomLength
        self.fileOffsets = fileOffsets
    }

    /// Decides the encoding and prepares the bytes to scan. A `charset` from the transport (an HTTP
    /// `Content-Type`) wins over `<meta charset>`, as in browsers; a byte order mark wins over both.
    public convenience init(fileBytes: [UInt8], charset: String? = nil) {
        var encoding = EncodingSniffer.sniff(fileBytes)
        if let charset, !fileBytes.starts(with: [0xEF, 0xBB, 0xBF]), !fileBytes.starts(with: [0xFE, 0xFF]), !fileBytes.starts(with: [0xFF, 0xFE]),
           let named = EncodingSniffer.encoding(forLabel: charset) {
            encoding = named
        }
        switch encoding {
        case .utf16(let be):
            let (utf8, offsets) = EncodingSniffer.transcodeUTF16(fileBytes, bigEndian: be)
            self.init(bytes: utf8, encoding: encoding, bomLength: 0, fileOffsets: offsets)
        case .utf8:
            let bom = fileBytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            self.init(bytes: fileBytes, encoding: encoding, bomLength: bom)
        default:
            self.init(bytes: fileBytes, encoding: encoding, bomLength: 0)
        }
    }

    public func fileOffset(_ offset: Int) -> Int {
        guard let map = fileOffsets else { return offset }
        return map[min(max(offset, 0), map.count - 1)]
    }

    /// The scanned offset of a file offset (the inverse of `fileOffset`).
    public func scanOffset(_ fileOffset: Int) -> Int {
        guard let map = fileOffsets else { return fileOffset }
        return min(map.firstIndex(atOrAfter: fileOffset), map.count - 1)
    }

    /// Offsets where lines start. A line breaks at LF, CRLF or a lone CR.
    public var lineStarts: [Int] { lineStarts(through: bytes.count) }

    /// Every line start at or before `offset` (and perhaps more).
    private func lineStarts(through offset: Int) -> [Int] {
        lineStartsStorage.withLock { state in
            let limit = min(offset + 1, bytes.count)
            guard state.scanned < limit else { return state.starts }
            bytes.withUnsafeBufferPointer { p in
                let base = p.baseAddress!, n = p.count
                var i = state.scanned
                if memchr(base + i, 0x0D, limit - i) == nil {
                    // No CR (the common case): only LF breaks lines, found with memchr.
                    while i < limit, let hit = memchr(base + i, 0x0A, limit - i) {
                        i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                        state.starts.append(i)
                    }
                    i = limit
                } else {
                    while i < limit {
                        let b = p[i]
                        if b == 0x0A {
                            state.starts.append(i + 1)
                        } else if b == 0x0D {
                            if i + 1 < n && p[i + 1] == 0x0A { i += 1 }
                            state.starts.append(i + 1)
                        }
                        i += 1
                    }
                }
                state.scanned = i
            }
            return state.starts
        }
    }

    /// The byte offset of a 1-based line and column (columns count Unicode scalars of UTF-8 text).
    public func offset(line: Int, column: Int) -> Int {
        let starts = lineStarts
        guard line >= 1 && line <= starts.count else { return bytes.count }
        var i = line == 1 ? bomLength : starts[line - 1]
        var left = column - 1
        bytes.withUnsafeBufferPointer { p in
            while left > 0 && i < p.count && p[i] != 0x0A && p[i] != 0x0D {
                i = Self.nextScalar(p, i, p.count)
                left -= 1
            }
        }
        return i
    }

    /// Where the character that starts at `i` ends, as the WHATWG UTF-8 decoder reads it: a valid
    /// sequence is one character, and so is each error (a stray continuation byte, an invalid lead
    /// byte, or the valid start of a sequence cut short), which a browser shows as one U+FFFD.
    @inline(__always)
    static func nextScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return i + 1 }
        var need: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; upper = 0x9F
        case 0xF0: need = 3; lower = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; upper = 0x8F
        default: return i + 1
        }
        var j = i + 1
        while need > 0 {
            guard j < end, p[j] >= lower, p[j] <= upper else { return j }
            lower = 0x80
            upper = 0xBF
            j += 1
            need -= 1
        }
        return j
    }

    /// The 1-based line of a byte offset (no column: cheap, and leaves the column cursor alone).
    public func line(of offset: Int) -> Int { Self.line(of: offset, in: lineStarts(through: offset)) }

    /// The last line starting at or before the offset (the first always starts at 0).
    private static func line(of offset: Int, in starts: [Int]) -> Int {
        max(1, partitionPoint(starts.count) { starts[$0] <= offset })
    }

    /// The position of `offset` counted on from a known earlier position on the same line, or from
    /// scratch; the column cursor is left alone (for the end of a range just positioned).
    public func position(of offset: Int, after known: SourcePosition, at knownOffset: Int) -> SourcePosition {
        let line = line(of: offset)
        guard line == known.line, knownOffset <= offset else { return position(of: offset) }
        return SourcePosition(line: line, column: known.column + characterCount(from: knownOffset, to: offset))
    }

    /// The last position computed: positions are asked for in increasing order, often many on one
    /// long line (minified pages), so counting goes on from there instead of from the line start.
    private let lastPosition = Mutex<(offset: Int, line: Int, column: Int)?>(nil)

    /// The 1-based line and column of a byte offset.
    public func position(of offset: Int) -> SourcePosition {
        let starts = lineStarts(through: offset)
        let line = Self.line(of: offset, in: starts)
        let start = starts[line - 1]
        let lineStart = start == 0 ? bomLength : start
        var from = lineStart
        var column = 1
        if let last = lastPosition.withLock({ $0 }), last.line == line, last.offset <= offset, last.offset >= lineStart {
            from = last.offset
            column = last.column
        }
        column += characterCount(from: from, to: max(offset, from))
        lastPosition.withLock { $0 = (offset, line, column) }
        return SourcePosition(line: line, column: column)
    }

    /// Unicode scalars between two offsets in the file's own encoding.
    func characterCount(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        switch encoding {
        case .utf8, .utf16:
            return bytes.withUnsafeBufferPointer { p in
                let stop = min(end, p.count)
                var count = 0, i = start
                while i < stop {
                    i = p[i] < 0x80 ? i + 1 : Self.nextScalar(p, i, p.count)
                    count += 1
                }
                return count
            }
        case .singleByte:
            return end - start
        case .multiByte(let label):
            let slice = bytes[start..<min(end, bytes.count)]
            return LibXML2.decode(slice, label: label)?.unicodeScalars.count ?? slice.count
        }
    }

    /// The text of a byte range, decoded from the file's encoding.
    public func text(_ range: ByteRange) -> String {
        let r = max(0, range.start)..<min(bytes.count, range.end)
        guard !r.isEmpty else { return "" }
        let slice = bytes[r]
        switch encoding {
        case .utf8, .utf16:
            return String(decoding: slice, as: UTF8.self)
        case .singleByte(let label), .multiByte(let label):
            if !slice.contains(where: { $0 >= 0x80 }) { return String(decoding: slice, as: UTF8.self) }
            return LibXML2.decode(slice, label: label) ?? String(decoding: slice, as: UTF8.self)
        }
    }
}
