/// Media lists Django code builds from literal parts, evaluated as Python would:
/// `('a.js',) + ('b.js',)`, `['admin/js/%s' % name for name in ('core.js', 'actions.js')]`,
/// `'admin/js/%s' % 'core.js'`. Anything else (a name not bound by a comprehension, a call, an
/// f-string) makes the whole expression unknown.
struct MediaExpression {
    indirect enum Value {
        case string(String, ByteRange)
        case sequence([Value])
    }

    let tokens: [PythonLexer.Token]
    let text: (PythonLexer.Token) -> String
    var k: Int
    /// Names a comprehension binds, while its element is evaluated.
    var bound: [String: Value] = [:]
    /// Nesting so far: media lists are shallow, and a hostile file must not exhaust the stack.
    var depth = 0
    /// Steps left for the whole expression: nested comprehensions multiply.
    final class Budget { var left = 20_000 }
    var budget = Budget()

    /// The strings of the expression starting at token `at`, each with the range of the literal
    /// that gave it (a formatted string: the format literal's), and the token after it; `nil` when
    /// it is not built from literals alone or is not a sequence.
    static func strings(_ tokens: [PythonLexer.Token], at: Int, text: @escaping (PythonLexer.Token) -> String) -> (strings: [(String, ByteRange)], end: Int)? {
        var e = MediaExpression(tokens: tokens, text: text, k: at)
        guard let value = e.expression(), case .sequence = value else { return nil }
        var out: [(String, ByteRange)] = []
        func flatten(_ v: Value) -> Bool {
            switch v {
            case .string(let s, let r): out.append((s, r)); return true
            case .sequence(let items): return items.allSatisfy(flatten)
            }
        }
        guard flatten(value) else { return nil }
        return (out, e.k)
    }

    private func isPunct(_ p: String) -> Bool { k < tokens.count && tokens[k].kind == .punct(p) }
    private func isName(_ n: String) -> Bool { k < tokens.count && tokens[k].kind == .name && text(tokens[k]) == n }

    /// expression := term ('+' term)*
    mutating func expression() -> Value? {
        depth += 1
        defer { depth -= 1 }
        budget.left -= 1
        guard depth < 32, budget.left > 0, var value = term() else { return nil }
        while isPunct("+") {
            k += 1
            guard let rhs = term() else { return nil }
            switch (value, rhs) {
            case (.sequence(let a), .sequence(let b)): value = .sequence(a + b)
            case (.string(let a, let r), .string(let b, _)): value = .string(a + b, r)
            default: return nil
            }
        }
        return value
    }

    /// term := atom ('%' atom)?  — `%` with one `%s` and a string argument.
    private mutating func term() -> Value? {
        guard let value = atom() else { return nil }
        guard isPunct("%") else { return value }
        k += 1
        guard case .string(let format, let r) = value, let argument = atom(), case .string(let a, _) = argument,
              let at = format.range(ofPercentS: ()) else { return nil }
        return .string(String(format[..<at.lowerBound]) + a + String(format[at.upperBound...]), r)
    }

    /// atom := STRING | NAME (bound) | '(' items ')' | '[' items ']' | '[' expression 'for' NAME 'in' expression ']'
    private mutating func atom() -> Value? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        switch t.kind {
        case .string(let s):
            k += 1
            // Adjacent literals concatenate.
            var value = s
            while k < tokens.count, case .string(let more) = tokens[k].kind { value += more; k += 1 }
            return .string(value, t.range)
        case .name:
            guard let v = bound[text(t)] else { return nil }
            k += 1
            return v
        case .punct("("), .punct("["):
            let close = t.kind == .punct("(") ? ")" : "]"
            k += 1
            var items: [Value] = []
            if isPunct(close) { k += 1; return .sequence([]) }
            let start = k
            guard let first = expression() else {
                // A comprehension's element may use a name not bound yet: try it as one.
                k = start
                return close == "]" || close == ")" ? comprehension(close: close) : nil
            }
            if isName("for") {
                k = start
                return comprehension(close: close)
            }
            items.append(first)
            var sawComma = false
            while isPunct(",") {
                k += 1
                sawComma = true
                if isPunct(close) { break }
                guard let next = expression() else { return nil }
                items.append(next)
            }
            guard isPunct(close) else { return nil }
            k += 1
            // `('a.js')` is a string in parentheses, not a tuple.
            if close == ")" && !sawComma { return first }
            return .sequence(items)
        default:
            return nil
        }
    }

    /// `[ELEMENT for NAME in ITERABLE]`, `k` at ELEMENT.
    private mutating func comprehension(close: String) -> Value? {
        let element = k
        // Skip the element to `for` at this depth.
        var depth = 0
        while k < tokens.count {
            if isPunct("(") || isPunct("[") || isPunct("{") { depth += 1 }
            if isPunct(")") || isPunct("]") || isPunct("}") { if depth == 0 { return nil }; depth -= 1 }
            if depth == 0 && isName("for") { break }
            k += 1
        }
        guard isName("for") else { return nil }
        k += 1
        guard k < tokens.count, tokens[k].kind == .name else { return nil }
        let name = text(tokens[k])
        k += 1
        guard isName("in") else { return nil }
        k += 1
        guard let iterable = expression(), case .sequence(let items) = iterable, isPunct(close) else { return nil }
        let end = k + 1
        var out: [Value] = []
        for item in items {
            var inner = MediaExpression(tokens: tokens, text: text, k: element, bound: bound, depth: depth, budget: budget)
            inner.bound[name] = item
            guard let v = inner.expression(), inner.isName("for") else { return nil }
            out.append(v)
        }
        k = end
        return .sequence(out)
    }
}

extension String {
    /// The first `%s` (Python's `%` formatting with one string argument); `nil` when the format has
    /// another conversion or none.
    fileprivate func range(ofPercentS: ()) -> Range<String.Index>? {
        var found: Range<String.Index>?
        var i = startIndex
        while i < endIndex {
            if self[i] == "%" {
                let j = index(after: i)
                guard j < endIndex else { return nil }
                if self[j] == "%" { return nil }   // `%%` would need unescaping: not read
                guard self[j] == "s", found == nil else { return nil }
                found = i..<index(after: j)
                i = index(after: j)
                continue
            }
            i = index(after: i)
        }
        return found
    }
}
