#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScriptLint

/// JSON-RPC over a byte stream with LSP's `Content-Length` framing.
final class Transport: @unchecked Sendable {
    /// Messages larger than this are refused (and skipped), so one bad message cannot take all memory.
    static let maxMessage = 64 << 20

    enum Frame {
        case message([UInt8])
        /// A header without a usable `Content-Length`, or a body too large: skipped.
        case malformed(String)
        case end
    }

    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var writeLock = pthread_mutex_t()

    init(input: Int32 = 0, output: Int32 = 1) {
        self.input = input
        self.output = output
        pthread_mutex_init(&writeLock, nil)
    }

    private func fill() -> Bool {
        if start > 0 && start == buffer.count { buffer.removeAll(keepingCapacity: true); start = 0 }
        // Consumed bytes before a partly read message are dropped, so the buffer stays small.
        if start > (1 << 20) { buffer.removeFirst(start); start = 0 }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n > 0 { buffer += chunk[0..<n]; return true }
            if n < 0 && errno == EINTR { continue }
            return false
        }
    }

    /// The next frame (blocking).
    func next() -> Frame {
        // Headers end at the first CRLF CRLF.
        var headerEnd: Int?
        while headerEnd == nil {
            var i = start
            while i + 3 < buffer.count {
                if buffer[i] == 0x0D && buffer[i + 1] == 0x0A && buffer[i + 2] == 0x0D && buffer[i + 3] == 0x0A { headerEnd = i; break }
                i += 1
            }
            if headerEnd == nil {
                if buffer.count - start > 65536 { buffer.removeAll(); start = 0; return .malformed("a header longer than 64 KiB") }
                guard fill() else { return .end }
            }
        }
        let header = String(decoding: buffer[start..<headerEnd!], as: UTF8.self)
        start = headerEnd! + 4
        var length: Int?
        for line in header.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                length = Int(parts[1].trimming(" \t"))
            }
        }
        guard let length, length >= 0 else { return .malformed("a header without a Content-Length") }
        if length > Transport.maxMessage {
            // Skip the body without keeping it.
            var left = length
            while left > 0 {
                let have = buffer.count - start
                if have >= left { start += left; left = 0 } else { left -= have; start = buffer.count; guard fill() else { return .end } }
            }
            return .malformed("a message of \(length) bytes (more than \(Transport.maxMessage))")
        }
        while buffer.count - start < length { guard fill() else { return .end } }
        let body = Array(buffer[start..<(start + length)])
        start += length
        return .message(body)
    }

    func send(_ text: String) {
        let body = Array(text.utf8)
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        pthread_mutex_lock(&writeLock)
        defer { pthread_mutex_unlock(&writeLock) }
        var sent = 0
        while sent < frame.count {
            let n = frame[sent...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            sent += n
        }
    }
}
