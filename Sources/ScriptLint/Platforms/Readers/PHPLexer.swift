/// PHP's lexical rules, as far as finding calls and literal arguments needs them: inline HTML
/// outside `<?php … ?>`, strings (single-quoted, double-quoted with interpolation, heredoc and
/// nowdoc), comments (`//` and `#` end at a line break or at `?>`, `/* */` does not), PHP 8
/// attributes (`#[`), names, variables, numbers and punctuation. Every token keeps its byte range.
struct PHPToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Text outside PHP tags, printed as it stands.
        case inlineHTML
        /// A name: a function, constant, keyword or class, with `\` namespace separators.
        case name
        /// `$name`.
        case variable
        /// A string whose value is known: single-quoted, nowdoc, or double-quoted/heredoc without
        /// interpolation. `PHPLexer.value(of:in:)` reads the value when a reader wants it: most
        /// strings of a file (translations, SQL, markup) are never asked for, and a token without a
        /// string in it is copied and freed without reference counting.
        case string
        /// A double-quoted string or heredoc that interpolates variables: its value is not known.
        case interpolated
        case number
        /// One punctuation token: `(`, `)`, `[`, `]`, `,`, `=>`, `->`, `?->`, `::`, `.`, `;`, …
        case punct(PHPPunct)
        /// `?>` (also a statement end).
        case closeTag
    }

    var kind: Kind
    var range: ByteRange
}

/// A punctuation token's one to three bytes, packed in an integer: the readers compare tokens with
/// punctuation all the time (`tokens[k].kind == .punct("(")`), which as strings cost a string
/// comparison each. Written as a string literal.
struct PHPPunct: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let packed: UInt32

    // A static string, read byte by byte where it is written: the literal folds to a constant.
    @inline(__always)
    init(stringLiteral text: StaticString) {
        let n = text.utf8CodeUnitCount, p = text.utf8Start
        packed = UInt32(p[0]) | (n > 1 ? UInt32(p[1]) << 8 : 0) | (n > 2 ? UInt32(p[2]) << 16 : 0)
    }

    /// One byte's punctuation.
    init(_ byte: UInt8) { packed = UInt32(byte) }

    var description: String {
        String(decoding: (0..<3).map { UInt8(truncatingIfNeeded: packed >> (8 * $0)) }.filter { $0 != 0 }, as: UTF8.self)
    }
}

enum PHPLexer {
    /// The tokens of a PHP file, comments and whitespace left out.
    /// `shortOpenTag`: PHP's `short_open_tag`, under which `<?` opens PHP code (its default).
    static func tokens(_ bytes: [UInt8], start: Int = 0, shortOpenTag: Bool = true) -> [PHPToken] {
        // Read through a buffer pointer: the lexer looks at every byte of the files that call an
        // API, and an array's bounds check on each look was a fair part of its time.
        bytes.withUnsafeBufferPointer { b in tokens(b, bytes: bytes, start: start, shortOpenTag: shortOpenTag) }
    }

    private static func tokens(_ b: UnsafeBufferPointer<UInt8>, bytes: [UInt8], start: Int, shortOpenTag: Bool) -> [PHPToken] {
        var out: [PHPToken] = []
        // Room for a token every six bytes up front: growing the array copies every token.
        out.reserveCapacity(b.count / 6)
        var i = start
        let n = b.count
        func at(_ k: Int) -> UInt8 { k < n ? b[k] : 0 }
        func isNameStart(_ c: UInt8) -> Bool { isASCIIAlpha(c) || c == 0x5F || c >= 0x80 }
        func isNameChar(_ c: UInt8) -> Bool { isNameStart(c) || (c >= 0x30 && c <= 0x39) }
        // The next of up to three bytes at or after `k` (`n` when none), sixteen bytes at a time:
        // inline HTML, comments (WordPress's doc blocks) and strings are long.
        func next(_ k: Int, _ x: UInt8, _ y: UInt8, _ z: UInt8) -> Int { firstOf(x, y, z, in: b, from: k, end: n) }

        // Inline HTML until `<?php` (followed by whitespace or the end), `<?=`, or with short open
        // tags any other `<?`.
        func html() {
            let from = i
            while i < n {
                i = next(i, 0x3C, 0x3C, 0x3C)
                guard i < n else { break }
                if at(i + 1) == 0x3F {
                    if at(i + 2) == 0x3D {
                        if i > from { out.append(PHPToken(kind: .inlineHTML, range: ByteRange(from, i))) }
                        // `<?=` is `echo`.
                        out.append(PHPToken(kind: .name, range: ByteRange(i, i + 3)))
                        i += 3
                        return
                    }
                    if matchesCaseInsensitive(b, i + 2, "php") && (i + 5 >= n || isHTMLSpace(b[i + 5])) {
                        if i > from { out.append(PHPToken(kind: .inlineHTML, range: ByteRange(from, i))) }
                        i += 5
                        return
                    }
                    if shortOpenTag {
                        if i > from { out.append(PHPToken(kind: .inlineHTML, range: ByteRange(from, i))) }
                        i += 2
                        return
                    }
                }
                i += 1
            }
            if i > from { out.append(PHPToken(kind: .inlineHTML, range: ByteRange(from, i))) }
        }

        html()
        while i < n {
            let c = b[i]
            if isHTMLSpace(c) || c == 0x0B {
                i += 1
                while i < n && (isHTMLSpace(b[i]) || b[i] == 0x0B) { i += 1 }
                continue
            }
            // `?>` leaves PHP; a line break right after it belongs to the tag.
            if c == 0x3F && at(i + 1) == 0x3E {
                out.append(PHPToken(kind: .closeTag, range: ByteRange(i, i + 2)))
                i += 2
                if at(i) == 0x0D { i += 1 }
                if at(i) == 0x0A { i += 1 }
                html()
                continue
            }
            if (c == 0x23 && at(i + 1) != 0x5B) || (c == 0x2F && at(i + 1) == 0x2F) {
                // To the line's end or a `?>`.
                while true {
                    i = next(i, 0x0A, 0x3F, 0x0A)
                    if i >= n || b[i] == 0x0A || at(i + 1) == 0x3E { break }
                    i += 1
                }
                continue
            }
            if c == 0x2F && at(i + 1) == 0x2A {
                i += 2
                while true {
                    i = next(i, 0x2A, 0x2A, 0x2A)
                    if i >= n || at(i + 1) == 0x2F { break }
                    i += 1
                }
                i = min(n, i + 2)
                continue
            }
            let from = i
            if c == 0x27 || c == 0x22 {
                let k = plainEnd(b, from: i + 1, quote: c)
                if k >= n || b[k] == c {
                    i = min(n, k + 1)
                    out.append(PHPToken(kind: .string, range: ByteRange(from, i)))
                    continue
                }
            }
            if c == 0x27 {
                i += 1
                _ = singleQuoted(b, &i, value: false)
                i = min(n, i + 1)
                out.append(PHPToken(kind: .string, range: ByteRange(from, i)))
                continue
            }
            if c == 0x22 {
                i += 1
                let known = doubleQuoted(b, &i, value: false) { $0 == 0x22 } != nil
                i = min(n, i + 1)
                out.append(PHPToken(kind: known ? .string : .interpolated, range: ByteRange(from, i)))
                continue
            }
            if c == 0x3C && at(i + 1) == 0x3C && at(i + 2) == 0x3C {
                if let (token, _) = heredoc(bytes, &i) { out.append(token); continue }
            }
            if c == 0x24 && isNameStart(at(i + 1)) {
                i += 1
                while i < n && isNameChar(b[i]) { i += 1 }
                out.append(PHPToken(kind: .variable, range: ByteRange(from, i)))
                continue
            }
            if isNameStart(c) || (c == 0x5C && isNameStart(at(i + 1))) {
                i += 1
                while i < n && (isNameChar(b[i]) || (b[i] == 0x5C && isNameStart(at(i + 1)))) { i += 1 }
                out.append(PHPToken(kind: .name, range: ByteRange(from, i)))
                continue
            }
            if c >= 0x30 && c <= 0x39 {
                while i < n && (isNameChar(b[i]) || b[i] == 0x2E) { i += 1 }
                out.append(PHPToken(kind: .number, range: ByteRange(from, i)))
                continue
            }
            let c1 = at(i + 1), c2 = at(i + 2)
            let punct: PHPPunct, length: Int
            if c == 0x3F && c1 == 0x2D && c2 == 0x3E { punct = "?->"; length = 3 }
            else if c == 0x2E && c1 == 0x2E && c2 == 0x2E { punct = "..."; length = 3 }
            else if c == 0x3D && c1 == 0x3E { punct = "=>"; length = 2 }
            else if c == 0x2D && c1 == 0x3E { punct = "->"; length = 2 }
            else if c == 0x3A && c1 == 0x3A { punct = "::"; length = 2 }
            else if c == 0x23 { punct = "#["; length = 2 }
            else { punct = PHPPunct(c); length = 1 }
            i += length
            out.append(PHPToken(kind: .punct(punct), range: ByteRange(from, i)))
        }
        return out
    }

    private static let escapes: [UInt8: UInt8] = [0x6E: 0x0A, 0x74: 0x09, 0x72: 0x0D, 0x76: 0x0B, 0x66: 0x0C, 0x30: 0x00,
                                                  0x5C: 0x5C, 0x24: 0x24, 0x22: 0x22, 0x65: 0x1B]

    /// The value of a `.string` token, read from its bytes as the lexer read them; `nil` for a
    /// token of another kind.
    static func value(of token: PHPToken, in bytes: [UInt8]) -> String? {
        guard token.kind == .string else { return nil }
        return bytes.withUnsafeBufferPointer { b -> String? in
            let n = b.count, from = token.range.start, c = b[from]
            var i = from + 1
            if c == 0x27 || c == 0x22 {
                let k = plainEnd(b, from: i, quote: c)
                if k >= n || b[k] == c { return String(decoding: UnsafeBufferPointer(rebasing: b[i..<k]), as: UTF8.self) }
            }
            if c == 0x27 { return singleQuoted(b, &i, value: true) }
            if c == 0x22 { return doubleQuoted(b, &i, value: true) { $0 == 0x22 } }
            i = from
            return heredoc(bytes, &i)?.value
        }
    }

    /// Most strings hold no escape (nor, in double quotes, `$` or `{`): their value is their bytes.
    /// Where the body from `from` reaches its closing `quote` or the first byte that needs reading
    /// (the end when neither); the lexer and `value(of:in:)` take the same quick path.
    private static func plainEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int, quote: UInt8) -> Int {
        if quote == 0x27 { return firstOf(quote, 0x5C, quote, in: b, from: from, end: b.count) }
        var k = from
        while k < b.count && b[k] != quote && b[k] != 0x5C && b[k] != 0x24 && b[k] != 0x7B { k += 1 }
        return k
    }

    /// A single-quoted body from `i` to its closing quote (left at it): its value when `value`
    /// is asked for (`\'` and `\\` are escapes), else "".
    private static func singleQuoted(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, value wanted: Bool) -> String {
        let n = b.count
        var value: [UInt8] = []
        while i < n && b[i] != 0x27 {
            if b[i] == 0x5C && i + 1 < n && (b[i + 1] == 0x27 || b[i + 1] == 0x5C) { i += 1 }
            if i < n && wanted { value.append(b[i]) }
            i += 1
        }
        return wanted ? String(decoding: value, as: UTF8.self) : ""
    }

    /// A double-quoted body from `i` to the closing byte (`isEnd`): its value (when `value` is
    /// asked for, else ""), or `nil` when it interpolates (`$name`, `{$…}`, `${…}`). `i` is left at
    /// the closing byte.
    private static func doubleQuoted(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, value wanted: Bool, isEnd: (UInt8) -> Bool) -> String? {
        let n = b.count
        var value: [UInt8] = []
        var interpolates = false
        while i < n && !isEnd(b[i]) {
            let c = b[i]
            if c == 0x5C && i + 1 < n {
                let e = b[i + 1]
                if wanted { if let r = escapes[e] { value.append(r) } else { value += [c, e] } }
                i += 2
                continue
            }
            if c == 0x24 && i + 1 < n && (isASCIIAlpha(b[i + 1]) || b[i + 1] == 0x5F || b[i + 1] == 0x7B) { interpolates = true }
            if c == 0x7B && i + 1 < n && b[i + 1] == 0x24 { interpolates = true }
            if wanted { value.append(c) }
            i += 1
        }
        return interpolates ? nil : wanted ? String(decoding: value, as: UTF8.self) : ""
    }

    /// `<<<ID`, `<<<"ID"` (heredoc) or `<<<'ID'` (nowdoc), up to the closing identifier, which
    /// (PHP 7.3+) may be indented and followed by any non-name byte.
    private static func heredoc(_ b: [UInt8], _ i: inout Int) -> (token: PHPToken, value: String?)? {
        let n = b.count, from = i
        var k = i + 3
        while k < n && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
        var quote: UInt8 = 0
        if k < n && (b[k] == 0x27 || b[k] == 0x22) { quote = b[k]; k += 1 }
        let idStart = k
        while k < n && (isASCIIAlpha(b[k]) || b[k] == 0x5F || (b[k] >= 0x30 && b[k] <= 0x39)) { k += 1 }
        guard k > idStart else { return nil }
        let id = Array(b[idStart..<k])
        if quote != 0 { guard k < n && b[k] == quote else { return nil }; k += 1 }
        guard k < n && (b[k] == 0x0A || b[k] == 0x0D) else { return nil }
        if b[k] == 0x0D { k += 1 }
        if k < n && b[k] == 0x0A { k += 1 }
        let bodyStart = k
        // Find a line whose first non-blank bytes are the identifier, not followed by a name byte.
        var line = bodyStart
        while line <= n {
            var s = line
            while s < n && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
            if s + id.count <= n && Array(b[s..<s + id.count]) == id {
                let after = s + id.count
                if after >= n || !(isASCIIAlpha(b[after]) || b[after] == 0x5F || (b[after] >= 0x30 && b[after] <= 0x39) || b[after] >= 0x80) {
                    var bodyEnd = line
                    if bodyEnd > bodyStart && b[bodyEnd - 1] == 0x0A { bodyEnd -= 1 }
                    if bodyEnd > bodyStart && b[bodyEnd - 1] == 0x0D { bodyEnd -= 1 }
                    let indent = s - line
                    var body = Array(b[bodyStart..<max(bodyStart, bodyEnd)])
                    if indent > 0 {
                        // The closing marker's indentation is removed from every line.
                        var lines = body.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0.dropFirst(min(indent, $0.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count))) }
                        if lines.isEmpty { lines = [] }
                        body = Array(lines.joined(separator: [0x0A]))
                    }
                    i = after
                    if quote == 0x27 { return (PHPToken(kind: .string, range: ByteRange(from, after)), String(decoding: body, as: UTF8.self)) }
                    var j = 0
                    let value = body.withUnsafeBufferPointer { doubleQuoted($0, &j, value: true) { _ in false } }
                    return (PHPToken(kind: value == nil ? .interpolated : .string, range: ByteRange(from, after)), value)
                }
            }
            guard let next = b[line...].firstIndex(of: 0x0A) else { break }
            line = next + 1
        }
        // Unterminated: the rest of the file is the string.
        i = n
        return (PHPToken(kind: .interpolated, range: ByteRange(from, n)), nil)
    }
}
