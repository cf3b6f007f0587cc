/// The part of YAML that asset definitions use (Drupal's `*.libraries.yml`, Symfony's
/// `webpack_encore.yaml`): block mappings and sequences by indentation, flow mappings and sequences
/// (`{ defer: true }`, `[a, b]`), plain and quoted scalars, comments, and block scalars (`|`, `>`)
/// skipped as text. Every node keeps its byte range, so a finding points at its key and a fix
/// edits the bytes of one value.
indirect enum YAMLNode: Sendable {
    case scalar(String, ByteRange)
    case mapping([YAMLEntry], ByteRange, flow: Bool)
    case sequence([YAMLNode], ByteRange)

    var range: ByteRange {
        switch self {
        case .scalar(_, let r), .mapping(_, let r, _), .sequence(_, let r): return r
        }
    }

    var scalar: String? { if case .scalar(let s, _) = self { return s }; return nil }

    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries, _, _) = self else { return nil }
        return entries.last { $0.key == key }?.value
    }

    var entries: [YAMLEntry] { if case .mapping(let e, _, _) = self { return e }; return [] }

    /// `true`/`false` as YAML 1.2's core schema (and Symfony's parser) read them.
    var bool: Bool? {
        switch scalar?.lowercased() {
        case "true"?: return true
        case "false"?: return false
        default: return nil
        }
    }
}

struct YAMLEntry: Sendable {
    var key: String
    var keyRange: ByteRange
    var value: YAMLNode
}

struct YAMLReader {
    let b: [UInt8]
    var i = 0

    init(_ bytes: [UInt8]) { b = bytes }

    /// The document's top node (a mapping, for the files read here), or `nil` when it is not one.
    static func parse(_ bytes: [UInt8]) -> YAMLNode? {
        var r = YAMLReader(bytes)
        r.skipBlankLines()
        guard r.i < bytes.count else { return .mapping([], ByteRange(0, 0), flow: false) }
        return r.block(indent: r.column())
    }

    private func column() -> Int {
        var k = i
        while k > 0 && b[k - 1] != 0x0A { k -= 1 }
        return i - k
    }

    /// Moves to the first content byte of the next line that has some (comments and blank lines skipped).
    private mutating func skipBlankLines() {
        while i < b.count {
            var k = i
            while k < b.count && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
            if k < b.count && (b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x23) || k >= b.count {
                guard let nl = b[k...].firstIndex(of: 0x0A) else { i = b.count; return }
                i = nl + 1
                continue
            }
            // `---` starts the document.
            if b[k...].starts(with: [0x2D, 0x2D, 0x2D]) && (k + 3 >= b.count || isHTMLSpace(b[k + 3])) {
                i = (b[k...].firstIndex(of: 0x0A) ?? b.count - 1) + 1
                continue
            }
            i = k
            return
        }
    }

    private func lineEnd(_ k: Int) -> Int { b[k...].firstIndex(of: 0x0A) ?? b.count }

    /// A block node whose lines start at `indent`: a sequence (`- `) or a mapping.
    private mutating func block(indent: Int) -> YAMLNode? {
        let start = i
        if b[i] == 0x2D && (i + 1 >= b.count || isHTMLSpace(b[i + 1])) {
            var items: [YAMLNode] = []
            while i < b.count && column() == indent && b[i] == 0x2D && (i + 1 >= b.count || isHTMLSpace(b[i + 1])) {
                i += 1
                while i < b.count && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
                if i < b.count && b[i] != 0x0A && b[i] != 0x0D && b[i] != 0x23 {
                    guard let v = inlineValue(parentIndent: indent) else { return nil }
                    items.append(v)
                } else {
                    skipBlankLines()
                    if i < b.count && column() > indent, let v = block(indent: column()) { items.append(v) }
                    continue
                }
                skipBlankLines()
            }
            return .sequence(items, ByteRange(start, i))
        }
        var entries: [YAMLEntry] = []
        while i < b.count && column() == indent {
            guard let (key, keyRange) = scalarToken(stopAtColon: true), i < b.count, b[i] == 0x3A else { return nil }
            i += 1
            while i < b.count && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
            let value: YAMLNode
            if i >= b.count || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x23 {
                let here = i
                skipBlankLines()
                if i < b.count && (column() > indent || (column() == indent && b[i] == 0x2D)) {
                    guard let v = block(indent: column()) else { return nil }
                    value = v
                } else {
                    value = .scalar("", ByteRange(here, here))
                }
            } else {
                guard let v = inlineValue(parentIndent: indent) else { return nil }
                value = v
                skipBlankLines()
            }
            entries.append(YAMLEntry(key: key, keyRange: keyRange, value: value))
        }
        return .mapping(entries, ByteRange(start, i), flow: false)
    }

    /// A value on the rest of a line: flow collection, block scalar, or scalar (or a nested
    /// `key: value` after `- `).
    private mutating func inlineValue(parentIndent: Int) -> YAMLNode? {
        if b[i] == 0x7B || b[i] == 0x5B { return flow() }
        if b[i] == 0x7C || b[i] == 0x3E {
            // A block scalar: its lines are text, kept as one unread value.
            let start = i
            i = min(b.count, lineEnd(i) + 1)
            while i < b.count {
                var k = i
                while k < b.count && b[k] == 0x20 { k += 1 }
                if k < b.count && b[k] != 0x0A && k - i <= parentIndent { break }
                i = min(b.count, lineEnd(i) + 1)
            }
            return .scalar("", ByteRange(start, i))
        }
        let col = column()
        let save = i
        if let (_, _) = scalarToken(stopAtColon: true), i < b.count, b[i] == 0x3A, i + 1 >= b.count || isHTMLSpace(b[i + 1]) {
            // `- key: value` starts a mapping at this column.
            i = save
            return block(indent: col)
        }
        i = save
        guard let (s, r) = scalarToken(stopAtColon: false) else { return nil }
        return .scalar(s, r)
    }

    /// A quoted or plain scalar. A plain one ends at `: `/`:` + line end (when a key), ` #`, or the
    /// line end; inside flow collections also at `,`, `]`, `}`.
    private mutating func scalarToken(stopAtColon: Bool, inFlow: Bool = false) -> (String, ByteRange)? {
        guard i < b.count else { return nil }
        let start = i
        if b[i] == 0x27 || b[i] == 0x22 {
            let q = b[i]
            var out: [UInt8] = []
            i += 1
            while i < b.count {
                if b[i] == q {
                    if q == 0x27 && i + 1 < b.count && b[i + 1] == 0x27 { out.append(0x27); i += 2; continue }
                    break
                }
                if q == 0x22 && b[i] == 0x5C && i + 1 < b.count { out.append(b[i + 1]); i += 2; continue }
                out.append(b[i])
                i += 1
            }
            guard i < b.count else { return nil }
            i += 1
            let end = i
            while i < b.count && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
            if !(stopAtColon && i < b.count && b[i] == 0x3A) { i = end }
            return (String(decoding: out, as: UTF8.self), ByteRange(start, end))
        }
        var end = i
        while i < b.count && b[i] != 0x0A && b[i] != 0x0D {
            let c = b[i]
            if c == 0x3A && (stopAtColon || inFlow)
                && (i + 1 >= b.count || isHTMLSpace(b[i + 1]) || (inFlow && (b[i + 1] == 0x2C || b[i + 1] == 0x7D))) { break }
            if c == 0x23 && i > start && (b[i - 1] == 0x20 || b[i - 1] == 0x09) { break }
            if inFlow && (c == 0x2C || c == 0x5D || c == 0x7D) { break }
            i += 1
            if c != 0x20 && c != 0x09 { end = i }
        }
        // A key leaves `i` at its `:`; a value, after its last byte (blanks and a comment stay).
        if !(i < b.count && b[i] == 0x3A) { i = end }
        return (String(decoding: b[start..<end], as: UTF8.self), ByteRange(start, end))
    }

    private mutating func skipFlowSpace() {
        while i < b.count {
            if isHTMLSpace(b[i]) { i += 1; continue }
            if b[i] == 0x23 { i = lineEnd(i); continue }
            break
        }
    }

    /// `{ key: value, … }` or `[ value, … ]`.
    private mutating func flow() -> YAMLNode? {
        let start = i
        let isMap = b[i] == 0x7B
        i += 1
        var entries: [YAMLEntry] = []
        var items: [YAMLNode] = []
        while true {
            skipFlowSpace()
            guard i < b.count else { return nil }
            if b[i] == (isMap ? 0x7D : 0x5D) { i += 1; break }
            if b[i] == 0x2C { i += 1; continue }
            // The other collection's closer (`{a]`) is malformed: no token can start there.
            if b[i] == 0x7D || b[i] == 0x5D { return nil }
            let entryStart = i
            if isMap {
                guard let (key, keyRange) = scalarToken(stopAtColon: true, inFlow: true) else { return nil }
                skipFlowSpace()
                var value = YAMLNode.scalar("", ByteRange(i, i))
                if i < b.count && b[i] == 0x3A {
                    i += 1
                    skipFlowSpace()
                    guard i < b.count else { return nil }
                    if b[i] == 0x7B || b[i] == 0x5B {
                        guard let v = flow() else { return nil }
                        value = v
                    } else if b[i] != 0x2C && b[i] != 0x7D {
                        guard let (s, r) = scalarToken(stopAtColon: false, inFlow: true) else { return nil }
                        value = .scalar(s, r)
                    }
                }
                entries.append(YAMLEntry(key: key, keyRange: keyRange, value: value))
            } else {
                if b[i] == 0x7B || b[i] == 0x5B {
                    guard let v = flow() else { return nil }
                    items.append(v)
                } else {
                    guard let (s, r) = scalarToken(stopAtColon: false, inFlow: true) else { return nil }
                    items.append(.scalar(s, r))
                }
            }
            // Every entry consumes input, or the text is not YAML this reader follows.
            if i == entryStart { return nil }
        }
        let r = ByteRange(start, i)
        return isMap ? .mapping(entries, r, flow: true) : .sequence(items, r)
    }
}
