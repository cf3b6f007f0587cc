/// A JavaScript, TypeScript or JSX file as the framework platforms read it: its tokens, its JSX
/// elements, what it imports, and literal values (objects, arrays, strings, numbers, booleans)
/// where calls and exports pass them. Lexed once per file (`ParsedFile.javaScript`) and shared by
/// every platform that reads it.
final class JSSyntax: @unchecked Sendable {
    let bytes: [UInt8]
    let tokens: [JSToken]
    let elements: [JSXElement]
    /// Local name → (module, imported name: `default`, `*` or the export's name).
    private(set) var imports: [String: (module: String, name: String)] = [:]
    /// Where each function the platforms ask for (`JSSyntax.callNames`) is called: the index of
    /// its name token, found in the same pass over the tokens as the imports.
    private(set) var callSites: [String: [Int]] = [:]

    /// The functions whose calls platforms read (`calls(_:)` answers only for these).
    static let callNames: Set<String> = ["useHead", "useServerHead", "useHeadSafe", "useScript", "defineNuxtConfig"]
    private static let callFirstBytes: Set<UInt8> = Set(callNames.map { $0.utf8.first! })
    private static let callNameList = callNames.sorted()

    init(_ bytes: [UInt8], ranges: [Range<Int>]? = nil, jsx: Bool) {
        self.bytes = bytes
        if let ranges {
            var tokens: [JSToken] = [], elements: [JSXElement] = []
            for r in ranges {
                let (t, e) = JSLexer.lex(bytes, range: r, jsx: jsx)
                let base = Int32(tokens.count), elementBase = elements.count
                tokens += t.map { var t = $0; t.next += base; if t.kind == .jsx { t.ref += Int32(elementBase) }; return t }
                elements += e.map { var e = $0; e.parent = e.parent.map { $0 + elementBase }; e.enclosing = e.enclosing.map { $0 + elementBase }; e.children = e.children.map {
                    if case .element(let k) = $0 { return .element(k + elementBase) } else { return $0 } }
                    e.attributes = e.attributes.map { a in
                        var a = a
                        switch a.value {
                        case .element(let k): a.value = .element(k + elementBase)
                        case .expression(let r, let t): a.value = .expression(r, tokens: (t.lowerBound + Int(base))..<(t.upperBound + Int(base)))
                        default: break
                        }
                        return a
                    }
                    return e }
            }
            self.tokens = tokens
            self.elements = elements
        } else {
            (tokens, elements) = JSLexer.lex(bytes, jsx: jsx)
        }
        indexImportsAndCalls()
    }

    /// Whether `name` is a local bound to `module`'s export `export` (`default` for a default import).
    func binds(_ name: String, to module: String, _ export: String = "default") -> Bool {
        guard let i = imports[name] else { return false }
        return i.module == module && i.name == export
    }

    func text(_ t: JSToken) -> String { String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self) }

    func isIdentifier(_ k: Int, _ word: String) -> Bool {
        guard k < tokens.count, tokens[k].kind == .identifier else { return false }
        let t = tokens[k]
        guard Int(t.end - t.start) == word.utf8.count else { return false }
        return word.utf8.elementsEqual(bytes[Int(t.start)..<Int(t.end)])
    }

    func isPunct(_ k: Int, _ punct: UInt8) -> Bool {
        k < tokens.count && tokens[k].kind == .punctuator && tokens[k].end - tokens[k].start == 1 && bytes[Int(tokens[k].start)] == punct
    }

    func isPunct(_ k: Int, _ punct: String) -> Bool {
        guard k < tokens.count, tokens[k].kind == .punctuator else { return false }
        let t = tokens[k]
        return Int(t.end - t.start) == punct.utf8.count && punct.utf8.elementsEqual(bytes[Int(t.start)..<Int(t.end)])
    }

    /// A string literal's (or a template literal's without `${}`) value, or `nil`.
    func stringValue(_ k: Int) -> String? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        let s = Int(t.start), e = Int(t.end)
        switch t.kind {
        case .string:
            guard e - s >= 2, bytes[e - 1] == bytes[s] else { return nil }
            return Self.unescape(bytes[(s + 1)..<(e - 1)])
        case .template:
            guard Int(t.next) == k + 1, e - s >= 2, bytes[e - 1] == 0x60 else { return nil }
            return Self.unescape(bytes[(s + 1)..<(e - 1)])
        default:
            return nil
        }
    }

    /// A string literal's value: the common escapes resolved; `\u{…}`/`\x` kept as written.
    static func unescape(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(0x5C) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        var k = raw.startIndex
        while k < raw.endIndex {
            let c = raw[k]
            if c == 0x5C, k + 1 < raw.endIndex {
                let d = raw[k + 1]
                switch d {
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                case 0x0A: break
                default: out.append(d)
                }
                k += 2
                continue
            }
            out.append(c)
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Imports

    /// `import X from 'm'`, `import X, { a as b } from 'm'`, `import * as ns from 'm'`,
    /// `const X = require('m')`; and the call sites of `callNames`.
    private func indexImportsAndCalls() {
        // The first bytes that may start an import or a call read here, as a table (hashing a
        // byte per identifier shows in profiles).
        var starts = [Bool](repeating: false, count: 256)
        for b in Self.callFirstBytes { starts[Int(b)] = true }
        let callStart = starts
        starts[0x69] = true   // import
        starts[0x72] = true   // require
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .identifier else { continue }
            let first = bytes[Int(tokens[k].start)]
            guard starts[Int(first)] else { continue }
            if callStart[Int(first)], isPunct(k + 1, 0x28),
               let name = Self.callNameList.first(where: { isIdentifier(k, $0) }), !(k > 0 && isIdentifier(k - 1, "function")) {
                callSites[name, default: []].append(k)
            }
            // Only `import` and `require` start what is read below.
            guard first == 0x69 || first == 0x72 else { continue }
            if isIdentifier(k, "require"), isPunct(k + 1, 0x28), let module = stringValue(k + 2), isPunct(k + 3, 0x29),
               k >= 2, isPunct(k - 1, 0x3D), tokens[k - 2].kind == .identifier {
                imports[text(tokens[k - 2])] = (module, "default")
                continue
            }
            guard isIdentifier(k, "import"), k + 1 < tokens.count, !isPunct(k + 1, 0x28), !isPunct(k + 1, 0x2E) else { continue }
            var j = k + 1
            if isIdentifier(j, "type") && !isIdentifier(j + 1, "from") { j += 1 }
            var bound: [(local: String, name: String)] = []
            while j < tokens.count && !isIdentifier(j, "from") {
                if tokens[j].kind == .string { break }   // `import 'side-effect'`
                if isPunct(j, 0x2A), isIdentifier(j + 1, "as"), j + 2 < tokens.count {
                    bound.append((text(tokens[j + 2]), "*"))
                    j += 3
                    continue
                }
                if isPunct(j, 0x7B) {
                    j += 1
                    while j < tokens.count && !isPunct(j, 0x7D) {
                        if isIdentifier(j, "type"), j + 1 < tokens.count, tokens[j + 1].kind == .identifier { j += 1 }
                        if tokens[j].kind == .identifier || tokens[j].kind == .string {
                            let name = stringValue(j) ?? text(tokens[j])
                            if isIdentifier(j + 1, "as"), j + 2 < tokens.count {
                                bound.append((text(tokens[j + 2]), name))
                                j += 3
                            } else {
                                bound.append((name, name))
                                j += 1
                            }
                            continue
                        }
                        j += 1
                    }
                    j += 1
                    continue
                }
                if tokens[j].kind == .identifier { bound.append((text(tokens[j]), "default")) }
                j += 1
                if j - k > 200 { break }
            }
            guard isIdentifier(j, "from"), let module = stringValue(j + 1) else { continue }
            for b in bound { imports[b.local] = (module, b.name) }
            k = j + 1
        }
    }

    // MARK: Values

    /// A value as written, as far as it is literal.
    indirect enum Value: Sendable {
        case object([Entry], ByteRange)
        case array([Value], ByteRange)
        case string(String, ByteRange)
        case number(String, ByteRange)
        case bool(Bool, ByteRange)
        case null(ByteRange)
        /// A JSX element (its index).
        case element(Int, ByteRange)
        /// Anything else: a variable, a call, an expression.
        case unknown(ByteRange)

        var range: ByteRange {
            switch self {
            case .object(_, let r), .array(_, let r), .string(_, let r), .number(_, let r), .bool(_, let r), .null(let r),
                 .element(_, let r), .unknown(let r): return r
            }
        }

        subscript(key: String) -> Value? {
            guard case .object(let entries, _) = self else { return nil }
            return entries.last { $0.key == key }?.value
        }

        /// Whether the object has entries the reader could not name (a spread, a computed key).
        var hasUnknownEntries: Bool {
            guard case .object(let entries, _) = self else { return true }
            return entries.contains { $0.key == nil }
        }

        var string: String? { if case .string(let s, _) = self { return s } else { return nil } }
        var bool: Bool? { if case .bool(let b, _) = self { return b } else { return nil } }
        var isUnknown: Bool { if case .unknown = self { return true } else { return false } }
        var items: [Value]? { if case .array(let items, _) = self { return items } else { return nil } }
    }

    struct Entry: Sendable {
        /// `nil` for a spread or a computed key.
        var key: String?
        var keyRange: ByteRange
        var value: Value
    }

    /// A single token's literal value (a string, a template without `${}`, a number, `true`,
    /// `false`, `null`, `undefined`), or `nil`.
    func literal(at k: Int) -> Value? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        switch t.kind {
        case .string, .template: return stringValue(k).map { .string($0, t.range) }
        case .number: return .number(text(t), t.range)
        case .identifier:
            if isIdentifier(k, "true") { return .bool(true, t.range) }
            if isIdentifier(k, "false") { return .bool(false, t.range) }
            if isIdentifier(k, "null") || isIdentifier(k, "undefined") { return .null(t.range) }
            return nil
        default: return nil
        }
    }

    /// The value starting at token `k`, and the index of the token after it. An expression that
    /// goes on past a literal (`'a' + b`, `x ? y : z`) is unknown as a whole.
    func value(at k: Int) -> (Value, next: Int) {
        guard k < tokens.count else {
            let e = bytes.count
            return (.unknown(ByteRange(e, e)), k)
        }
        let t = tokens[k]
        var parsed: Value?
        var next = Int(t.next)
        switch t.kind {
        case .string, .template:
            if let s = stringValue(k) { parsed = .string(s, t.range) }
        case .number:
            parsed = .number(text(t), t.range)
        case .identifier:
            if isIdentifier(k, "true") { parsed = .bool(true, t.range) }
            else if isIdentifier(k, "false") { parsed = .bool(false, t.range) }
            else if isIdentifier(k, "null") || isIdentifier(k, "undefined") { parsed = .null(t.range) }
        case .jsx:
            parsed = .element(Int(t.ref), t.range)
        case .punctuator:
            if isPunct(k, 0x7B) { (parsed, next) = object(at: k) }
            else if isPunct(k, 0x5B) { (parsed, next) = array(at: k) }
            else if isPunct(k, 0x28) {
                // `( value )`
                let (inner, after) = value(at: k + 1)
                if isPunct(after, 0x29), !inner.isUnknown { parsed = inner; next = after + 1 }
            }
        default:
            break
        }
        // `as const`, `satisfies T` and `!` change no value.
        if parsed != nil, isIdentifier(next, "as") || isIdentifier(next, "satisfies") {
            next = skipExpression(from: next + 1)
        }
        if let parsed, endsExpression(next) { return (parsed, next) }
        let end = skipExpression(from: k)
        // A template or JSX token spans the tokens inside it: the furthest end is the expression's.
        let last = end > k ? (k..<end).reduce(Int(t.end)) { max($0, Int(tokens[$1].end)) } : Int(t.end)
        return (.unknown(ByteRange(Int(t.start), last)), end)
    }

    /// Whether token `k` ends an expression in a list: `,`, `)`, `]`, `}`, `;` or the end.
    private func endsExpression(_ k: Int) -> Bool {
        k >= tokens.count || isPunct(k, 0x2C) || isPunct(k, 0x29) || isPunct(k, 0x5D) || isPunct(k, 0x7D) || isPunct(k, 0x3B)
    }

    /// The index of the first token after the expression starting at `k`: up to a `,`, `;` or a
    /// closing bracket at its own depth.
    func skipExpression(from k: Int) -> Int {
        var depth = 0, j = k
        while j < tokens.count {
            if tokens[j].kind == .punctuator, tokens[j].end - tokens[j].start == 1 {
                switch bytes[Int(tokens[j].start)] {
                case 0x28, 0x5B, 0x7B: depth += 1
                case 0x29, 0x5D, 0x7D:
                    if depth == 0 { return j }
                    depth -= 1
                case 0x2C, 0x3B:
                    if depth == 0 { return j }
                default: break
                }
            }
            j = Int(tokens[j].next)
        }
        return j
    }

    /// The index after the bracket that closes the one at `k`.
    func skipBracket(from k: Int) -> Int {
        let end = skipExpression(from: k + 1)
        var j = end
        while j < tokens.count && !(isPunct(j, 0x29) || isPunct(j, 0x5D) || isPunct(j, 0x7D)) { j = skipExpression(from: j + 1) }
        return min(tokens.count, j + 1)
    }

    private func object(at k: Int) -> (Value, next: Int) {
        var entries: [Entry] = []
        var j = k + 1
        while j < tokens.count && !isPunct(j, 0x7D) {
            let t = tokens[j]
            var key: String?
            if isPunct(j, "...") {
                let end = skipExpression(from: j + 1)
                entries.append(Entry(key: nil, keyRange: t.range, value: .unknown(ByteRange(Int(t.start), Int(tokens[max(j, end - 1)].end)))))
                j = end
            } else {
                if t.kind == .identifier || t.kind == .number { key = text(t) }
                else if t.kind == .string { key = stringValue(j) }
                if isPunct(j, 0x5B) { j = skipBracket(from: j) - 1 }   // a computed key
                if isPunct(j + 1, 0x3A) {
                    let (v, after) = value(at: j + 2)
                    entries.append(Entry(key: key, keyRange: t.range, value: v))
                    j = after
                } else if key != nil, isPunct(j + 1, 0x2C) || isPunct(j + 1, 0x7D) {
                    // Shorthand `{ src }`: a variable.
                    entries.append(Entry(key: key, keyRange: t.range, value: .unknown(t.range)))
                    j += 1
                } else {
                    // A method, a getter, or something this reader does not know.
                    let end = skipExpression(from: j)
                    entries.append(Entry(key: nil, keyRange: t.range, value: .unknown(t.range)))
                    j = end
                }
            }
            guard j < tokens.count, isPunct(j, 0x2C) else { break }
            j += 1
        }
        let close = min(j, tokens.count - 1)
        return (.object(entries, ByteRange(Int(tokens[k].start), Int(tokens[close].end))), min(tokens.count, j + 1))
    }

    private func array(at k: Int) -> (Value, next: Int) {
        var items: [Value] = []
        var j = k + 1
        while j < tokens.count && !isPunct(j, 0x5D) {
            if isPunct(j, 0x2C) { j += 1; continue }   // a hole
            if isPunct(j, "...") {
                let end = skipExpression(from: j + 1)
                items.append(.unknown(ByteRange(Int(tokens[j].start), Int(tokens[max(j, end - 1)].end))))
                j = end
            } else {
                let (v, after) = value(at: j)
                items.append(v)
                j = after
            }
            guard j < tokens.count, isPunct(j, 0x2C) else { break }
            j += 1
        }
        let close = min(j, tokens.count - 1)
        return (.array(items, ByteRange(Int(tokens[k].start), Int(tokens[close].end))), min(tokens.count, j + 1))
    }

    // MARK: Calls

    /// Calls of a function named `name` (`useHead(…)`, `defineNuxtConfig(…)`), also as a member
    /// (`head.useHead`) or with `new`: the index of the name and its arguments' values.
    func calls(_ name: String) -> [(name: Int, arguments: [Value])] {
        precondition(Self.callNames.contains(name), "JSSyntax.callNames must list \(name)")
        return (callSites[name] ?? []).map { k in (k, arguments(from: k + 2)) }
    }

    /// What an arrow function without parameters returns, when it is a literal: `() => ({…})` or
    /// `() => { return {…} }`, the arrow starting at token `start`.
    func arrowResult(from start: Int) -> Value? {
        guard isPunct(start, 0x28), isPunct(start + 1, 0x29), isPunct(start + 2, "=>") else { return nil }
        if isPunct(start + 3, 0x28) {
            let (v, after) = value(at: start + 4)
            return isPunct(after, 0x29) && !v.isUnknown ? v : nil
        }
        if isPunct(start + 3, 0x7B), isIdentifier(start + 4, "return") {
            let (v, _) = value(at: start + 5)
            return v.isUnknown ? nil : v
        }
        return nil
    }

    /// The local names a module's default export is bound to (`import X from 'm'`, `const X = require('m')`).
    func localNames(of module: String) -> [String] {
        imports.filter { $0.value.module == module && $0.value.name == "default" }.map(\.key).sorted()
    }

    /// `new Name(…)`: the index of the name and its arguments' values.
    func constructions(_ name: String) -> [(name: Int, arguments: [Value])] {
        var out: [(Int, [Value])] = []
        var k = 1
        while k + 1 < tokens.count {
            if isIdentifier(k, name), isIdentifier(k - 1, "new"), isPunct(k + 1, 0x28) { out.append((k, arguments(from: k + 2))) }
            k += 1
        }
        return out
    }

    /// The values of a call's arguments, from the token after its `(`.
    private func arguments(from start: Int) -> [Value] {
        var arguments: [Value] = []
        var j = start
        while j < tokens.count && !isPunct(j, 0x29) {
            let (v, after) = value(at: j)
            arguments.append(v)
            j = after
            guard isPunct(j, 0x2C) else { break }
            j += 1
        }
        return arguments
    }

    /// The object a module exports by default: `export default {…}`, `export default f({…})`,
    /// `module.exports = {…}` (or a function's first argument there).
    func defaultExport() -> (value: Value, at: Int)? {
        var k = 0
        while k < tokens.count {
            var start: Int?
            if isIdentifier(k, "export"), isIdentifier(k + 1, "default") { start = k + 2 }
            if isIdentifier(k, "module"), isPunct(k + 1, 0x2E), isIdentifier(k + 2, "exports"), isPunct(k + 3, 0x3D) { start = k + 4 }
            if let s = start {
                if tokens.indices.contains(s), tokens[s].kind == .identifier, isPunct(s + 1, 0x28) {
                    return (value(at: s + 2).0, s)
                }
                return (value(at: s).0, s)
            }
            k += 1
        }
        return nil
    }

    /// Whether any of `needles` occurs in the bytes (a cheap test before lexing).
    static func mentions(_ bytes: [UInt8], _ needles: [[UInt8]]) -> Bool {
        needles.contains { firstIndex(of: $0, in: bytes) != nil }
    }
}
