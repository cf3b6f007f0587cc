/// A literal PHP value, as far as it is known without running the code.
indirect enum PHPValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case null
    case number(String)
    /// `array(…)` or `[…]`: entries in order, each with its key when written (`'k' => v`).
    case array([PHPArrayEntry])
    /// Anything else (a variable, a call, a concatenation): not known.
    case unknown

    /// PHP's truthiness, when the value is known.
    var truthy: Bool? {
        switch self {
        case .string(let s): return !(s.isEmpty || s == "0")
        case .bool(let b): return b
        case .null: return false
        case .number(let n): return Double(n).map { $0 != 0 }
        case .array(let a): return !a.isEmpty
        case .unknown: return nil
        }
    }

    var string: String? { if case .string(let s) = self { return s }; return nil }

    /// The value at a string key of an array literal: `.some(nil)` when the array is known and has
    /// no such key, `nil` when the array itself is not known.
    func entry(_ key: String) -> PHPArrayEntry?? {
        guard case .array(let entries) = self else { return nil }
        if entries.contains(where: { $0.key == nil && $0.value == .unknown }) { return nil }
        return .some(entries.last { $0.key == .string(key) })
    }

    /// The strings of a list literal, or `nil` when any element is not a literal string.
    var strings: [String]? {
        guard case .array(let entries) = self else { return nil }
        var out: [String] = []
        for e in entries {
            guard let s = e.value.string else { return nil }
            out.append(s)
        }
        return out
    }
}

struct PHPArrayEntry: Sendable, Equatable {
    var key: PHPValue?
    var value: PHPValue
    /// The whole entry, key included.
    var range: ByteRange
    var valueRange: ByteRange
}

/// One argument of a call: positional or named (PHP 8 `name: value`).
struct PHPArgument: Sendable {
    var name: String?
    var value: PHPValue
    /// The expression (without the `name:` label).
    var range: ByteRange
    /// From the label (or the expression) to the expression's end.
    var fullRange: ByteRange
}

/// A call found in PHP code: `name(…)`, `$receiver->name(…)`, `Class::name(…)`.
struct PHPCall: Sendable {
    /// The function or method name as written (its last namespace segment for functions).
    var name: String
    /// The text before `->`/`::` (`$wp_scripts`, `wp_scripts()`, `\Bitrix\Main\Page\Asset::getInstance()`), if a method.
    var receiver: String?
    var arguments: [PHPArgument]
    /// From the first byte of the name (or receiver) to the closing parenthesis.
    var range: ByteRange
    /// The range of the name.
    var nameRange: ByteRange
    /// Where the opening and closing parentheses are.
    var open: Int
    var close: Int
    /// The index of the token after the call's `)`.
    var endToken: Int

    /// An argument by PHP 8 name, else by position (0-based) before any named argument.
    func argument(_ name: String, position: Int) -> PHPArgument? {
        if let named = arguments.first(where: { $0.name == name }) { return named }
        guard position < arguments.count, arguments[position].name == nil else { return nil }
        // Positions count only the arguments before the first named one.
        if arguments[..<position].contains(where: { $0.name != nil }) { return nil }
        return arguments[position]
    }

    /// Whether the call has a spread argument (`...$args`): then positions are unknown.
    var hasSpread = false
}

/// Finds calls to given names in a token stream and reads their arguments.
struct PHPCallReader {
    let bytes: [UInt8]
    let tokens: [PHPToken]

    init(_ bytes: [UInt8], tokens: [PHPToken]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    func text(_ r: ByteRange) -> String { String(decoding: bytes[r.start..<r.end], as: UTF8.self) }
    func text(_ t: PHPToken) -> String { text(t.range) }

    /// A string token's value (`nil` for any other token).
    func string(_ t: PHPToken) -> String? { PHPLexer.value(of: t, in: bytes) }

    /// Whether a name token is `word` (ASCII, any case), without making a string.
    func isName(_ t: PHPToken, _ word: String) -> Bool {
        guard t.kind == .name, t.range.end - t.range.start == word.utf8.count else { return false }
        return zip(bytes[t.range.start..<t.range.end], word.utf8).allSatisfy { asciiLower($0) == $1 }
    }

    /// The body (between the braces) of the `{ … }` block that opens at or after token `k`, before
    /// any `;` (a declaration without a body has none).
    func braceBody(from k: Int) -> (body: ByteRange, end: Int)? {
        var open = k
        while open < tokens.count && tokens[open].kind != .punct("{") {
            if tokens[open].kind == .punct(";") { return nil }
            open += 1
        }
        var depth = 0
        for j in open..<tokens.count {
            if tokens[j].kind == .punct("{") { depth += 1 } else if tokens[j].kind == .punct("}") {
                depth -= 1
                if depth == 0 { return (ByteRange(tokens[open].range.end, tokens[j].range.start), j) }
            }
        }
        return nil
    }

    /// Every `function NAME … { … }` of the file (functions and methods), by lowercased name: the
    /// first of each name.
    func functionBodies() -> [String: ByteRange] {
        var out: [String: ByteRange] = [:]
        for k in tokens.indices.dropLast() where isName(tokens[k], "function") && tokens[k + 1].kind == .name {
            let name = text(tokens[k + 1]).lowercased()
            if out[name] == nil, let b = braceBody(from: k + 2) { out[name] = b.body }
        }
        return out
    }

    /// Every call whose (lowercased, unqualified) name is in `names`.
    func calls(named names: Set<String>) -> [PHPCall] {
        var out: [PHPCall] = []
        // Most names a file calls are none of `names`: their length and first byte say so before
        // a string is made.
        var lengths: UInt64 = 0, firsts = [Bool](repeating: false, count: 256)
        for n in names where !n.isEmpty {
            lengths |= n.utf8.count < 64 ? 1 << UInt64(n.utf8.count) : 1 << 63
            firsts[Int(n.utf8.first!)] = true
        }
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .name, tokens[k + 1].kind == .punct("(") else { continue }
            let r = tokens[k].range
            var unqualified = r.start
            for j in r.start..<r.end where bytes[j] == 0x5C { unqualified = j + 1 }
            let length = r.end - unqualified
            guard length > 0, lengths & (length < 64 ? 1 << UInt64(length) : 1 << 63) != 0,
                  firsts[Int(asciiLower(bytes[unqualified]))] else { continue }
            let name = text(ByteRange(unqualified, r.end)).lowercased()
            guard names.contains(name) else { continue }
            // Not a declaration (`function wp_enqueue_script(`).
            if k > 0, isName(tokens[k - 1], "function") { continue }
            var start = tokens[k].range.start
            var receiver: String?
            if k > 0, tokens[k - 1].kind == .punct("->") || tokens[k - 1].kind == .punct("?->") || tokens[k - 1].kind == .punct("::") {
                let r = receiverStart(before: k - 1)
                receiver = text(ByteRange(tokens[r].range.start, tokens[k - 1].range.start)).filter { !$0.isWhitespace }
                start = tokens[r].range.start
            }
            guard let call = readArguments(openAt: k + 1) else { continue }
            out.append(PHPCall(name: name, receiver: receiver, arguments: call.arguments, range: ByteRange(start, tokens[call.close].range.end),
                               nameRange: tokens[k].range, open: tokens[k + 1].range.start, close: tokens[call.close].range.start,
                               endToken: call.close + 1, hasSpread: call.spread))
        }
        return out
    }

    /// The first token of the receiver ending just before `arrow`: a variable, a name, or a call
    /// (`wp_scripts()`, `Asset::getInstance()`), possibly chained or indexed (`$GLOBALS['APPLICATION']`).
    private func receiverStart(before arrow: Int) -> Int {
        var k = arrow - 1
        while k >= 0 {
            if tokens[k].kind == .punct("]") {
                // Back over a balanced index to the variable it indexes.
                var depth = 0, j = k
                while j >= 0 {
                    if tokens[j].kind == .punct("]") { depth += 1 } else if tokens[j].kind == .punct("[") { depth -= 1; if depth == 0 { break } }
                    j -= 1
                }
                k = j - 1
                guard k >= 0, tokens[k].kind == .variable || tokens[k].kind == .name || tokens[k].kind == .punct("]") else { return max(0, j) }
                if tokens[k].kind == .punct("]") { continue }
            }
            if tokens[k].kind == .punct(")") {
                // Back over a balanced argument list to the callee's name.
                var depth = 0, j = k
                while j >= 0 {
                    if tokens[j].kind == .punct(")") { depth += 1 } else if tokens[j].kind == .punct("(") { depth -= 1; if depth == 0 { break } }
                    j -= 1
                }
                k = j - 1
                guard k >= 0, tokens[k].kind == .name else { return max(0, j) }
            } else if tokens[k].kind != .name && tokens[k].kind != .variable {
                return k + 1
            }
            if k > 0, [.punct("->"), .punct("?->"), .punct("::")].contains(tokens[k - 1].kind) {
                k -= 2
                continue
            }
            return k
        }
        return 0
    }

    /// The arguments of the call whose `(` is at token `open`; `nil` when it is not closed.
    func readArguments(openAt open: Int) -> (arguments: [PHPArgument], close: Int, spread: Bool)? {
        var args: [PHPArgument] = []
        var k = open + 1
        var spread = false
        while k < tokens.count {
            if tokens[k].kind == .punct(")") { return (args, k, spread) }
            var name: String?
            let labelStart = tokens[k].range.start
            if tokens[k].kind == .name, k + 1 < tokens.count, tokens[k + 1].kind == .punct(":") {
                name = text(tokens[k])
                k += 2
            }
            if k < tokens.count, tokens[k].kind == .punct("...") { spread = true }
            guard let (value, end) = expression(from: k, until: [")", ","]) else { return nil }
            guard end > k else { return nil }
            args.append(PHPArgument(name: name, value: value, range: ByteRange(tokens[k].range.start, tokens[end - 1].range.end),
                                    fullRange: ByteRange(labelStart, tokens[end - 1].range.end)))
            k = end
            if k < tokens.count, tokens[k].kind == .punct(",") { k += 1 }
        }
        return nil
    }

    /// The expression from token `from` to the first top-level token in `stops` (its index is
    /// returned): its value when it is one literal.
    func expression(from: Int, until stops: Set<PHPPunct>) -> (PHPValue, Int)? {
        var depth = 0, k = from
        while k < tokens.count {
            let t = tokens[k]
            // A closure's body may leave PHP (`function () { ?> <script> <?php }`); a statement may not.
            if (t.kind == .closeTag || t.kind == .inlineHTML || t.kind == .punct(";")) && depth == 0 { return nil }
            if case .punct(let p) = t.kind {
                if depth == 0 && stops.contains(p) { break }
                if p == "(" || p == "[" || p == "{" { depth += 1 }
                if p == ")" || p == "]" || p == "}" { depth -= 1; if depth < 0 { return nil } }
            }
            k += 1
        }
        guard k < tokens.count else { return nil }
        return (literal(from, k), k)
    }

    /// The literal value of tokens `from..<to`, or `.unknown`.
    func literal(_ from: Int, _ to: Int) -> PHPValue {
        guard from < to else { return .unknown }
        let t = tokens[from]
        if to - from == 1 {
            switch t.kind {
            case .string: return string(t).map { .string($0) } ?? .unknown
            case .number: return .number(text(t))
            case .name:
                switch text(t).lowercased() {
                case "true", "\\true": return .bool(true)
                case "false", "\\false": return .bool(false)
                case "null", "\\null": return .null
                default: return .unknown
                }
            default: return .unknown
            }
        }
        // `array( … )` or `[ … ]` covering the whole expression.
        var open = from
        if t.kind == .name, text(t).lowercased() == "array", from + 1 < to, tokens[from + 1].kind == .punct("(") { open = from + 1 }
        guard tokens[open].kind == .punct("(") && open > from || tokens[open].kind == .punct("["),
              tokens[to - 1].kind == .punct(open > from ? ")" : "]") else { return .unknown }
        let closer: PHPPunct = open > from ? ")" : "]"
        var entries: [PHPArrayEntry] = []
        var k = open + 1
        while k < to - 1 {
            guard let (_, end) = expression(from: k, until: [",", closer]) else { return .unknown }
            if end == k { k += 1; continue }
            // `key => value`
            var arrow: Int?
            var depth = 0
            for j in k..<end {
                if case .punct(let p) = tokens[j].kind {
                    if p == "(" || p == "[" { depth += 1 } else if p == ")" || p == "]" { depth -= 1 } else if p == "=>" && depth == 0 { arrow = j; break }
                }
            }
            let range = ByteRange(tokens[k].range.start, tokens[end - 1].range.end)
            if let arrow {
                entries.append(PHPArrayEntry(key: literal(k, arrow), value: literal(arrow + 1, end), range: range,
                                             valueRange: ByteRange(tokens[min(arrow + 1, end - 1)].range.start, tokens[end - 1].range.end)))
            } else {
                entries.append(PHPArrayEntry(key: nil, value: literal(k, end), range: range, valueRange: range))
            }
            k = end + 1
        }
        return .array(entries)
    }
}
