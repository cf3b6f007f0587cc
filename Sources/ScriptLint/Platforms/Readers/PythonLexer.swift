/// Python's lexical rules as far as media definitions need them: names, string literals (with
/// prefixes, triple quotes and escapes; f-strings are not literals), comments, punctuation, and
/// each line's indentation.
enum PythonLexer {
    struct Token: Sendable {
        enum Kind: Equatable, Sendable {
            case name, number
            case string(String)
            /// An f-string or one with escapes this reader does not decode.
            case expression
            case punct(String)
        }
        var kind: Kind
        var range: ByteRange
        /// The first token of its line, and that line's indentation.
        var lineStart: Bool
        var indent: Int
    }

    static func tokens(_ b: [UInt8]) -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = b.count
        var atLineStart = true
        var indent = 0
        var depth = 0
        while i < n {
            let c = b[i]
            if c == 0x0A { i += 1; if depth == 0 { atLineStart = true; indent = 0 }; continue }
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C {
                if atLineStart { indent += c == 0x09 ? 8 : 1 }
                i += 1
                continue
            }
            if c == 0x5C && i + 1 < n && (b[i + 1] == 0x0A || b[i + 1] == 0x0D) { i += 2; continue }
            if c == 0x23 { while i < n && b[i] != 0x0A { i += 1 }; continue }
            let start = i
            let first = atLineStart
            atLineStart = false
            // String prefixes: r, b, u, f and pairs.
            var p = i
            while p < n && p - i < 2 && "rRbBuUfF".utf8.contains(b[p]) { p += 1 }
            if p < n && (b[p] == 0x27 || b[p] == 0x22) {
                let prefix = String(decoding: b[i..<p], as: UTF8.self).lowercased()
                let q = b[p]
                let triple = p + 2 < n && b[p + 1] == q && b[p + 2] == q
                var k = p + (triple ? 3 : 1)
                var value: [UInt8] = []
                var closed = false
                while k < n {
                    if b[k] == 0x5C && !prefix.contains("r") && k + 1 < n { value.append(b[k + 1]); k += 2; continue }
                    if b[k] == q && (!triple || (k + 2 < n && b[k + 1] == q && b[k + 2] == q)) { k += triple ? 3 : 1; closed = true; break }
                    if b[k] == 0x0A && !triple { break }
                    value.append(b[k])
                    k += 1
                }
                i = k
                let literal = closed && !prefix.contains("f") && !prefix.contains("b")
                out.append(Token(kind: literal ? .string(String(decoding: value, as: UTF8.self)) : .expression, range: ByteRange(start, i), lineStart: first, indent: indent))
                continue
            }
            if isASCIIAlpha(c) || c == 0x5F || c >= 0x80 {
                while i < n && (isASCIIWordByte(b[i]) || b[i] >= 0x80) { i += 1 }
                out.append(Token(kind: .name, range: ByteRange(start, i), lineStart: first, indent: indent))
                continue
            }
            if c >= 0x30 && c <= 0x39 {
                while i < n && (isASCIIAlpha(b[i]) || b[i] == 0x5F || b[i] == 0x2E || (b[i] >= 0x30 && b[i] <= 0x39)) { i += 1 }
                out.append(Token(kind: .number, range: ByteRange(start, i), lineStart: first, indent: indent))
                continue
            }
            if c == 0x28 || c == 0x5B || c == 0x7B { depth += 1 }
            if (c == 0x29 || c == 0x5D || c == 0x7D) && depth > 0 { depth -= 1 }
            i += 1
            out.append(Token(kind: .punct(String(decoding: [c], as: UTF8.self)), range: ByteRange(start, i), lineStart: first, indent: indent))
        }
        return out
    }
}
