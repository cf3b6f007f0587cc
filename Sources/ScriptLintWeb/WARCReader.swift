import CWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScriptLint

/// Reads a web archive (WARC 1.0 or 1.1; `.warc`, or `.warc.gz` with a gzip member per record)
/// record by record, streamed: memory holds one record at a time.
public final class WARCReader {
    public struct Record: Sendable {
        public var type: String
        public var targetURI: String
        /// Where the record starts in the uncompressed stream.
        public var offset: Int
        public var block: [UInt8]
        public var contentType: String?
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "at byte \(offset) of the uncompressed archive: \(reason)" }
    }

    private let file: UnsafeMutableRawPointer
    private var buffer: [UInt8] = []
    /// Read into, then appended: allocated once.
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    private var start = 0
    private var consumed = 0
    private var atEnd = false
    private var failed = false
    /// Records larger than this are skipped as errors (their bytes are still read past).
    public var maxRecord = 64 << 20

    public init(path: String) throws {
        guard let f = sl_gz_open(path) else { throw Failure(offset: 0, reason: "cannot open \(path)") }
        file = f
    }

    deinit { sl_gz_close(file) }

    private func fill() throws -> Bool {
        guard !atEnd else { return false }
        if start > (1 << 20) { buffer.removeFirst(start); consumed += start; start = 0 }
        let n = chunk.withUnsafeMutableBufferPointer { sl_gz_read(file, $0.baseAddress, $0.count) }
        if n < 0 {
            atEnd = true
            throw Failure(offset: consumed + buffer.count - start + start, reason: "corrupt or truncated compressed data (\(String(cString: sl_gz_error(file))))")
        }
        if n == 0 { atEnd = true; return false }
        buffer += chunk[0..<n]
        return true
    }

    private var position: Int { consumed + start }

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

    /// The next record, `nil` at the end; a failure ends the archive.
    public func next() -> Result<Record, Failure>? {
        guard !failed else { return nil }
        do {
            var version: String?
            while version == nil {
                guard let l = try line() else { return nil }
                if l.isEmpty { continue }
                version = l
            }
            let offset = position
            guard version == "WARC/1.0" || version == "WARC/1.1" else {
                failed = true
                return .failure(Failure(offset: offset, reason: "not a WARC record (\(String(version!.prefix(40))))"))
            }
            var headers: [String: String] = [:]
            while let l = try line(), !l.isEmpty {
                if let colon = l.firstIndex(of: ":") {
                    headers[l[..<colon].lowercased()] = String(l[l.index(after: colon)...]).trimming(" \t")
                }
            }
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
                failed = true
                return .failure(Failure(offset: offset, reason: "a record without a valid Content-Length"))
            }
            while buffer.count - start < min(length, maxRecord + 1) {
                guard try fill() else {
                    failed = true
                    return .failure(Failure(offset: offset, reason: "truncated record: \(length) bytes announced, \(buffer.count - start) present"))
                }
            }
            let uri = (headers["warc-target-uri"] ?? "").trimming("<>")
            if length > maxRecord {
                var left = length
                while left > 0 {
                    let have = buffer.count - start
                    if have >= left { start += left; left = 0 } else { left -= have; start = buffer.count; guard try fill() else { break } }
                }
                return .failure(Failure(offset: offset, reason: "\(uri): a record of \(length) bytes (more than \(maxRecord))"))
            }
            let block = Array(buffer[start..<(start + length)])
            start += length
            return .success(Record(type: headers["warc-type"] ?? "", targetURI: uri, offset: offset, block: block,
                                   contentType: headers["content-type"]))
        } catch let f as Failure {
            failed = true
            return .failure(f)
        } catch {
            failed = true
            return .failure(Failure(offset: position, reason: "\(error)"))
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
