import CWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScriptLint

/// Reads a web archive (WARC 1.0 or 1.1; `.warc`, or `.warc.gz` with a gzip member per record, as
/// Common Crawl writes them, or compressed as a whole) record by record, streamed: memory holds
/// one record at a time. Each record is traced to the gzip member that holds it, so that it can be
/// named by the compressed offset and length Common Crawl's index uses.
public final class WARCReader {
    public struct Record: Sendable {
        public var type: String
        public var targetURI: String
        public var recordID: String?
        public var date: String?
        /// Where the record starts in the uncompressed stream.
        public var offset: Int
        /// The compressed offset and length of its gzip member(s); see `ArchiveRecord`.
        public var memberOffset: Int?
        public var memberLength: Int?
        public var block: [UInt8]
        public var contentType: String?
    }

    /// What the reader found at one place of the archive.
    public enum Entry: Sendable {
        case record(Record)
        /// A record that was read past but not kept (larger than `maxRecord`); the archive goes on.
        case skipped(Record, reason: String)
        /// The archive cannot be read further (corrupt or truncated data, not a WARC record).
        case failed(Failure)
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Where in the compressed file the problem is, when known (a member's start).
        public var compressedOffset: Int?
        public var offset: Int
        public var reason: String
        public var description: String {
            if let compressedOffset { return "at compressed byte \(compressedOffset) (byte \(offset) uncompressed): \(reason)" }
            return "at byte \(offset): \(reason)"
        }
    }

    public struct CannotOpen: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    private let stream: UnsafeMutableRawPointer
    private var buffer: [UInt8] = []
    /// Read into, then appended: allocated once.
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    private var start = 0
    /// Uncompressed offset of `buffer[0]`.
    private var consumed = 0
    private var atEnd = false
    private var failed = false
    /// The gzip members whose bytes are in or after the current record: where each begins
    /// uncompressed and compressed, and (once read to its end) where it ends.
    private var members: [(start: Int, compressedStart: Int, end: Int?, compressedEnd: Int?)] = []
    /// Records larger than this are skipped (their bytes are still read past).
    public var maxRecord = 64 << 20

    /// `path`: a file, or `-` for standard input.
    public init(path: String) throws {
        guard let s = sl_ms_open(path) else {
            throw CannotOpen(description: "cannot open \(path == "-" ? "standard input" : path): \(String(cString: strerror(errno)))")
        }
        stream = s
    }

    deinit { sl_ms_close(stream) }

    private var position: Int { consumed + start }

    /// Reads more bytes (across member ends); false at the end of the input.
    private func fill() throws -> Bool {
        guard !atEnd else { return false }
        if start > (1 << 20) { buffer.removeFirst(start); consumed += start; start = 0 }
        while true {
            var memberStart: Int64 = 0, memberEnd: Int64 = -1
            let n = chunk.withUnsafeMutableBufferPointer { sl_ms_read(stream, $0.baseAddress, $0.count, &memberStart, &memberEnd) }
            if n < 0 {
                atEnd = true
                throw Failure(compressedOffset: members.last.map(\.compressedStart), offset: consumed + buffer.count,
                              reason: String(cString: sl_ms_error(stream)))
            }
            let here = consumed + buffer.count
            if sl_ms_is_gzip(stream) != 0 {
                if members.last.map({ $0.end != nil || $0.compressedStart != Int(memberStart) }) ?? true {
                    if n > 0 || memberEnd >= 0 { members.append((here, Int(memberStart), nil, nil)) }
                }
                if memberEnd >= 0, !members.isEmpty {
                    members[members.count - 1].end = here + n
                    members[members.count - 1].compressedEnd = Int(memberEnd)
                }
            }
            if n > 0 {
                buffer += chunk[0..<n]
                return true
            }
            if memberEnd < 0 { atEnd = true; return false }
        }
    }

    private func line() throws -> String? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let text = String(decoding: buffer[start..<end], as: UTF8.self)
                start = nl + 1
                return text
            }
            guard try fill() else {
                if start < buffer.count { let rest = String(decoding: buffer[start...], as: UTF8.self); start = buffer.count; return rest }
                return nil
            }
        }
    }

    /// Skips the blank lines that end a record (and any before the next); false at the end.
    private func skipBlankLines() throws -> Bool {
        while true {
            if start == buffer.count { guard try fill() else { return false } }
            if buffer[start] == 0x0A { start += 1; continue }
            if buffer[start] == 0x0D {
                if start + 1 == buffer.count { guard try fill() else { start += 1; return false } }
                if buffer[start + 1] == 0x0A { start += 2; continue }
            }
            return true
        }
    }

    /// The compressed offset and length of the member(s) holding `begin..<end`, when they hold
    /// nothing else.
    private func memberSpan(_ begin: Int, _ end: Int) throws -> (Int?, Int?) {
        guard sl_ms_is_gzip(stream) != 0 else { return (begin, end - begin) }
        guard let first = members.firstIndex(where: { $0.start <= begin && ($0.end.map { begin < $0 } ?? true) }),
              members[first].start == begin else { return (nil, nil) }
        // The member that holds the record's last byte: read on until its end is known, as long as
        // that needs no bytes past the record (a whole-file gzip never ends here).
        while let open = members.last, open.end == nil, open.start < end, buffer.count == start {
            guard try fill() else { break }
        }
        guard let last = members.firstIndex(where: { $0.start < end && ($0.end.map { end <= $0 } ?? true) }),
              members[last].end == end, let compressedEnd = members[last].compressedEnd else { return (members[first].compressedStart, nil) }
        return (members[first].compressedStart, compressedEnd - members[first].compressedStart)
    }

    /// The next record, `nil` at the end; after a `.failed` entry, `nil`.
    public func next() -> Entry? {
        guard !failed else { return nil }
        do {
            guard try skipBlankLines() else { return nil }
            let offset = position
            // Members wholly before this record are no longer needed.
            members.removeAll { $0.end.map { $0 <= offset } ?? false }
            guard let version = try line() else { return nil }
            guard version == "WARC/1.0" || version == "WARC/1.1" else {
                failed = true
                return .failed(Failure(compressedOffset: members.first?.compressedStart, offset: offset,
                                       reason: "not a WARC record (\(String(version.prefix(40))))"))
            }
            var headers: [String: String] = [:]
            while let l = try line(), !l.isEmpty {
                if let colon = l.firstIndex(of: ":") {
                    headers[l[..<colon].lowercased()] = String(l[l.index(after: colon)...]).trimming(" \t")
                }
            }
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
                failed = true
                return .failed(Failure(compressedOffset: members.first?.compressedStart, offset: offset,
                                       reason: "a record without a valid Content-Length"))
            }
            var record = Record(type: headers["warc-type"] ?? "", targetURI: (headers["warc-target-uri"] ?? "").trimming("<>"),
                                recordID: headers["warc-record-id"], date: headers["warc-date"], offset: offset,
                                block: [], contentType: headers["content-type"])
            let keep = length <= maxRecord
            var left = length
            while left > 0 {
                if keep && buffer.count - start >= left { break }
                let have = buffer.count - start
                if !keep {
                    let skip = min(have, left)
                    start += skip
                    left -= skip
                    if left == 0 { break }
                }
                guard try fill() else {
                    failed = true
                    return .failed(Failure(compressedOffset: members.first?.compressedStart, offset: offset,
                                           reason: "truncated record: \(length) bytes announced, \(length - left + (keep ? buffer.count - start : 0)) present"))
                }
            }
            if keep {
                record.block = Array(buffer[start..<(start + length)])
                start += length
            }
            _ = try skipBlankLines()
            (record.memberOffset, record.memberLength) = try memberSpan(offset, position)
            if !keep { return .skipped(record, reason: "a record of \(length) bytes, more than --max-size (\(maxRecord))") }
            return .record(record)
        } catch let f as Failure {
            failed = true
            return .failed(f)
        } catch {
            failed = true
            return .failed(Failure(offset: position, reason: "\(error)"))
        }
    }

    /// An HTTP response as recorded: status, headers, and the body with its transfer and content
    /// encodings undone.
    public struct HTTPResponse: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        public func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
    }

    public static func httpResponse(_ block: [UInt8], maxBody: Int) -> Result<HTTPResponse, Failure> {
        guard let end = find([0x0D, 0x0A, 0x0D, 0x0A], in: block) ?? find([0x0A, 0x0A], in: block) else {
            return .failure(Failure(offset: 0, reason: "no end of the HTTP headers"))
        }
        let head = String(decoding: block[..<end], as: UTF8.self)
        let bodyStart = block[end] == 0x0D ? end + 4 : end + 2
        let lines = head.split(whereSeparator: \.isNewline).map(String.init)
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/"), let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            return .failure(Failure(offset: 0, reason: "not an HTTP response"))
        }
        var headers: [(String, String)] = []
        for l in lines.dropFirst() {
            if let colon = l.firstIndex(of: ":") { headers.append((l[..<colon].lowercased(), String(l[l.index(after: colon)...]).trimming(" \t"))) }
        }
        var body = Array(block[min(bodyStart, block.count)...])
        let response = HTTPResponse(status: status, headers: headers, body: [])
        if response.header("transfer-encoding")?.lowercased().contains("chunked") == true {
            guard let unchunked = dechunk(body) else { return .failure(Failure(offset: 0, reason: "a broken chunked body")) }
            body = unchunked
        }
        switch response.header("content-encoding")?.lowercased() {
        case nil, "", "identity": break
        case "gzip", "x-gzip", "deflate":
            var out: UnsafeMutablePointer<UInt8>?
            let n = body.withUnsafeBufferPointer { sl_inflate($0.baseAddress, $0.count, &out, maxBody) }
            if n == -2 { return .failure(Failure(offset: 0, reason: "the body inflates past \(maxBody) bytes")) }
            guard n >= 0, let out else { return .failure(Failure(offset: 0, reason: "a corrupt compressed body")) }
            body = Array(UnsafeBufferPointer(start: out, count: n))
            free(out)
        case let other?:
            return .failure(Failure(offset: 0, reason: "a body in the \(other) content encoding, which scriptlint cannot read from an archive"))
        }
        var r = response
        r.body = body
        return .success(r)
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            guard let nl = b[i...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: b[i..<nl], as: UTF8.self).split(separator: ";").first.map { String($0).trimming(" \t").trimming("\r") } ?? ""
            guard let size = Int(sizeText, radix: 16) else { return nil }
            i = nl + 1
            if size == 0 { return out }
            guard i + size <= b.count else { return nil }
            out += b[i..<(i + size)]
            i += size
            if i < b.count && b[i] == 0x0D { i += 1 }
            if i < b.count && b[i] == 0x0A { i += 1 }
        }
        return out
    }
}
