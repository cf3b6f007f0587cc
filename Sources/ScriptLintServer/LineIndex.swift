/// Converts between byte offsets in a document's UTF-8 text and LSP positions: a line (breaks at
/// LF, CRLF or a lone CR, as the protocol says) and a character counted in UTF-16 code units, or in
/// UTF-8 bytes when the client and the server agreed on `utf-8`.
struct LineIndex {
    enum Encoding: String { case utf16 = "utf-16", utf8 = "utf-8" }

    let bytes: [UInt8]
    let encoding: Encoding
    let starts: [Int]

    init(_ bytes: [UInt8], encoding: Encoding) {
        self.bytes = bytes
        self.encoding = encoding
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if bytes[i] == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.starts = starts
    }

    /// The end of a line's content (before its line break).
    private func contentEnd(_ line: Int) -> Int {
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        while end > starts[line] && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return end
    }

    func position(of offset: Int) -> (line: Int, character: Int) {
        let offset = min(max(0, offset), bytes.count)
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let from = starts[lo]
        let to = min(offset, contentEnd(lo))
        guard encoding == .utf16 else { return (lo, to - from) }
        var units = 0
        var i = from
        while i < to {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            units += length == 4 ? 2 : 1
            i += length
        }
        return (lo, units)
    }

    /// The byte offset of a position; a character past the end of its line means the line's end,
    /// a line past the end of the text means the end of the text (the protocol's own rule).
    func offset(line: Int, character: Int) -> Int {
        guard line >= 0 else { return 0 }
        guard line < starts.count else { return bytes.count }
        let end = contentEnd(line)
        var i = starts[line]
        var counted = 0
        while i < end && counted < character {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let units = encoding == .utf8 ? length : (length == 4 ? 2 : 1)
            // A position inside a character (between the halves of a surrogate pair) goes to its end.
            counted += units
            i = min(end, i + length)
        }
        return i
    }
}
