/// Ruby call arguments, as far as helper calls write them: string literals (without `#{}`),
/// symbols, `true`/`false`/`nil`, and options as `key: v`, `"key": v`, `:key => v`, `"key" => v`.
struct RubyArguments {
    let b: [UInt8]
    var i: Int
    let end: Int

    struct Argument {
        var key: String?
        var value: RailsHelpers.RubyValue
        var valueRange: ByteRange
        var range: ByteRange
    }

    private mutating func skipSpace() { while i < end && isHTMLSpace(b[i]) { i += 1 } }

    mutating func read(closing parens: Bool) -> [Argument]? {
        var out: [Argument] = []
        while true {
            skipSpace()
            if i >= end { return parens ? nil : out }
            if parens && b[i] == 0x29 { i += 1; return out }
            let start = i
            var key: String?
            // `key:` / `"key":` / `:key =>` / `"key" =>`
            let save = i
            if let (k, _) = symbolOrString() {
                if b[save] != 0x3A, i < end, b[i] == 0x3A, i + 1 >= end || b[i + 1] != 0x3A {
                    key = k
                    i += 1
                } else if peekArrow() {
                    key = k
                } else {
                    i = save
                }
            } else {
                i = save
            }
            skipSpace()
            let valueStart = i
            let value = self.value()
            let valueRange = ByteRange(valueStart, i)
            out.append(Argument(key: key, value: value, valueRange: valueRange, range: ByteRange(start, i)))
            skipSpace()
            if i < end && b[i] == 0x2C { i += 1; continue }
            if parens && i < end && b[i] == 0x29 { i += 1; return out }
            if i >= end { return parens ? nil : out }
            return nil
        }
    }

    /// After a key: `=>`, consumed.
    private mutating func peekArrow() -> Bool {
        skipSpace()
        guard i + 1 < end, b[i] == 0x3D, b[i + 1] == 0x3E else { return false }
        i += 2
        return true
    }

    /// `:sym`, `'s'`, `"s"` or a bare word (for `key:`); with whether it was quoted.
    private mutating func symbolOrString() -> (String, Bool)? {
        guard i < end else { return nil }
        if b[i] == 0x3A {
            i += 1
            if i < end && (b[i] == 0x22 || b[i] == 0x27) { return quoted().map { ($0, true) } }
            return word().map { ($0, false) }
        }
        if b[i] == 0x22 || b[i] == 0x27 { return quoted().map { ($0, true) } }
        return word().map { ($0, false) }
    }

    private mutating func word() -> String? {
        let s = i
        while i < end && (isASCIIWordByte(b[i]) || b[i] == 0x2D && i > s) { i += 1 }
        return i > s ? String(decoding: b[s..<i], as: UTF8.self) : nil
    }

    /// A quoted string; `nil` when it interpolates (`"#{x}"`) or is not closed.
    private mutating func quoted() -> String? {
        let q = b[i]
        i += 1
        var out: [UInt8] = []
        var interpolates = false
        while i < end && b[i] != q {
            if b[i] == 0x5C && i + 1 < end { out.append(b[i + 1]); i += 2; continue }
            if q == 0x22 && b[i] == 0x23 && i + 1 < end && b[i + 1] == 0x7B { interpolates = true }
            out.append(b[i])
            i += 1
        }
        guard i < end else { return nil }
        i += 1
        return interpolates ? nil : String(decoding: out, as: UTF8.self)
    }

    /// A value up to the next top-level `,` or the closing `)`.
    private mutating func value() -> RailsHelpers.RubyValue {
        let s = i
        if i < end && (b[i] == 0x22 || b[i] == 0x27), let v = quoted() {
            if atValueEnd() { return .string(v) }
        }
        i = s
        if i < end && b[i] == 0x3A, i + 1 < end, b[i + 1] != 0x3A {
            i += 1
            if let w = word(), atValueEnd() { return .symbol(w) }
        }
        i = s
        if let w = word(), atValueEnd() {
            switch w {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "nil": return .null
            default: break
            }
        }
        // Anything else: skip to the end of the expression.
        i = s
        var depth = 0
        while i < end {
            let c = b[i]
            if c == 0x22 || c == 0x27 { _ = quoted(); continue }
            if c == 0x28 || c == 0x5B || c == 0x7B { depth += 1 } else if c == 0x29 || c == 0x5D || c == 0x7D {
                if depth == 0 { break }
                depth -= 1
            } else if c == 0x2C && depth == 0 { break }
            i += 1
        }
        while i > s && isHTMLSpace(b[i - 1]) { i -= 1 }
        return .other
    }

    private mutating func atValueEnd() -> Bool {
        var k = i
        while k < end && isHTMLSpace(b[k]) { k += 1 }
        return k >= end || b[k] == 0x2C || b[k] == 0x29
    }
}
