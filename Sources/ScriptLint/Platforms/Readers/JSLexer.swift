/// JavaScript's and TypeScript's lexical rules, with JSX, as far as finding imports, calls with
/// literal arguments and JSX elements needs them: strings, template literals (their `${…}` lexed
/// as code), regular expressions told from division by the token before them, comments, and JSX
/// read where an expression may start (`return (<Head>…`, `=> <script />`). A `<` that does not
/// open well-formed JSX (`<T,>() => …` in TSX, a comparison) is read as an operator. Proved against
/// tree-sitter's TypeScript and TSX grammars on real apps (Tests/frameworks/js_differential.py).
struct JSToken: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case identifier, punctuator, string, template, number, regex, privateName
        /// A whole JSX element or fragment: `ref` is its index in `JSSyntax.elements`.
        case jsx
    }

    var kind: Kind
    var start: Int32
    var end: Int32
    /// For `template` and `jsx`: the index of the first token after the code inside it (its
    /// `${…}` or `{…}` tokens follow it in the stream). Otherwise the next index.
    var next: Int32
    var ref: Int32 = -1

    var range: ByteRange { ByteRange(Int(start), Int(end)) }
}

/// A JSX element (or fragment, whose `name` is empty) as written.
struct JSXElement: Sendable {
    var name: String
    /// `<` to the `>` of the opening tag.
    var openRange: ByteRange
    var nameEnd: Int
    var attributes: [JSXAttribute]
    var selfClosing: Bool
    /// The enclosing element, if this one is among its children.
    var parent: Int?
    /// For the top element of JSX written inside a child expression (`<body>{ok && <script />}`):
    /// the element whose `{…}` holds it.
    var enclosing: Int?
    var children: [JSXChild]
    /// Just past the closing tag (or the opening tag when self-closing).
    var end: Int
}

enum JSXChild: Sendable, Equatable {
    case element(Int)
    /// `{…}`: what it renders is not known (an empty or comment-only one is left out).
    case expression(ByteRange)
    /// Text other than whitespace.
    case text(ByteRange)
}

struct JSXAttribute: Sendable {
    enum Value: Sendable {
        /// Written without `=`: `true` in JSX.
        case none
        case string(String, ByteRange)
        /// `{…}`: the tokens between the braces.
        case expression(ByteRange, tokens: Range<Int>)
        case element(Int)
    }
    /// Empty for a spread (`{...props}`).
    var name: String
    var range: ByteRange
    var value: Value
    var isSpread: Bool { name.isEmpty }
}

enum JSLexer {
    /// Nesting deeper than this (of braces in templates and JSX) ends the reading: a real file
    /// never comes near it, and the reader's recursion stays bounded.
    static let maxDepth = 256

    /// Lexes `bytes[range]` (the whole file by default). `jsx`: whether `<` may open JSX
    /// (`.jsx`, `.tsx`, `.js`; not `.ts`, where `<T>x` is a type assertion).
    static func lex(_ bytes: [UInt8], range: Range<Int>? = nil, jsx: Bool) -> (tokens: [JSToken], elements: [JSXElement]) {
        bytes.withUnsafeBufferPointer { p in
            var scanner = Scanner(p: p, end: range?.upperBound ?? p.count, jsx: jsx)
            scanner.i = range?.lowerBound ?? 0
            if scanner.i == 0, p.count >= 2, p[0] == 0x23, p[1] == 0x21 { scanner.skipLine() }   // #!
            scanner.code(until: nil, depth: 0)
            return (scanner.tokens, scanner.elements)
        }
    }

    /// The end (just past its `}`) of the expression whose `{` is at `open`, as JSX and the
    /// component languages write them (`{items.map(i => <li>{i}</li>)}`); `nil` when it never closes.
    static func expressionEnd(_ bytes: [UInt8], open: Int) -> Int? {
        bytes.withUnsafeBufferPointer { p in
            var scanner = Scanner(p: p, end: p.count, jsx: true)
            scanner.i = open + 1
            return scanner.code(until: 0x7D, depth: 0) ? scanner.i : nil
        }
    }

    /// After `instanceof` (and the words in `Scanner.word`) an expression may start.
    fileprivate static let instanceof: [UInt8] = Array("instanceof".utf8)

    struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        let end: Int
        let jsx: Bool
        var i = 0
        var tokens: [JSToken] = []
        var elements: [JSXElement] = []
        /// Whether an expression may start here (a `/` is a regex, a `<` may open JSX).
        var expressionStart = true
        var tooDeep = false
        /// The element whose child expression is being read, if any.
        var enclosing: Int?
        /// An element ran to the end of the range without closing: every later `<` would too, so
        /// none is tried again (text that is not JSX, such as HTML, stays linear to read).
        var jsxRanOut = false

        init(p: UnsafeBufferPointer<UInt8>, end: Int, jsx: Bool) {
            self.p = p
            self.end = min(end, p.count)
            self.jsx = jsx
            tokens.reserveCapacity(self.end / 5)
        }

        @inline(__always) func at(_ k: Int) -> UInt8 { k < end ? p[k] : 0 }

        static func isIdentStart(_ c: UInt8) -> Bool {
            (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x24 || c == 0x5F || c >= 0x80 || c == 0x5C
        }
        static func isIdentChar(_ c: UInt8) -> Bool { isIdentStart(c) || (c >= 0x30 && c <= 0x39) }

        mutating func skipLine() {
            while i < end && p[i] != 0x0A && p[i] != 0x0D { i += 1 }
        }

        /// Whitespace and comments; `false` when the end was reached.
        mutating func trivia() {
            while i < end {
                let c = p[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { i += 1; continue }
                if c == 0x2F {
                    let d = at(i + 1)
                    if d == 0x2F { skipLine(); continue }
                    if d == 0x2A {
                        i += 2
                        while i < end && !(p[i] == 0x2A && at(i + 1) == 0x2F) { i += 1 }
                        i = min(end, i + 2)
                        continue
                    }
                }
                // U+00A0, U+FEFF and the Unicode line and space separators are whitespace too.
                if c == 0xC2 && at(i + 1) == 0xA0 { i += 2; continue }
                if c == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF { i += 3; continue }
                if c == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9 || (at(i + 2) >= 0x80 && at(i + 2) <= 0x8A) || at(i + 2) == 0xAF) { i += 3; continue }
                return
            }
        }

        mutating func emit(_ kind: JSToken.Kind, _ s: Int, _ e: Int) {
            tokens.append(JSToken(kind: kind, start: Int32(s), end: Int32(e), next: Int32(tokens.count + 1)))
        }

        /// Whether an identifier is one of the words after which an expression starts: compared
        /// packed into a machine word, with no array traffic on the lexer's hottest path.
        func word(_ s: Int, _ e: Int) -> Bool {
            let n = e - s
            if n == 10 { return JSLexer.instanceof.indices.allSatisfy { JSLexer.instanceof[$0] == p[s + $0] } }
            guard n >= 2 && n <= 8 else { return false }
            var packed: UInt64 = 0
            for k in s..<e { packed = packed << 8 | UInt64(p[k]) }
            switch packed {
            case 0x72657475726E /* return */,
                 0x747970656F66 /* typeof */,
                 0x696E /* in */,
                 0x6F66 /* of */,
                 0x6E6577 /* new */,
                 0x64656C657465 /* delete */,
                 0x766F6964 /* void */,
                 0x7468726F77 /* throw */,
                 0x63617365 /* case */,
                 0x646F /* do */,
                 0x656C7365 /* else */,
                 0x7969656C64 /* yield */,
                 0x6177616974 /* await */,
                 0x657874656E6473 /* extends */,
                 0x64656661756C74 /* default */:
                return true
            default:
                return false
            }
        }

        /// Code until the `}` that closes a `${` or a JSX `{` (consumed), or the end of the range.
        /// `close`: `nil` at the top level.
        @discardableResult
        mutating func code(until close: UInt8?, depth: Int) -> Bool {
            var braces = 0
            while true {
                trivia()
                guard i < end else { return false }
                let c = p[i], s = i
                if Self.isIdentStart(c) {
                    i += 1
                    while i < end && (Self.isIdentChar(p[i])) { i += 1 }
                    emit(.identifier, s, i)
                    expressionStart = word(s, i)
                    continue
                }
                if c >= 0x30 && c <= 0x39 || (c == 0x2E && at(i + 1) >= 0x30 && at(i + 1) <= 0x39) {
                    number()
                    emit(.number, s, i)
                    expressionStart = false
                    continue
                }
                switch c {
                case 0x22, 0x27:
                    string(quote: c)
                    emit(.string, s, i)
                    expressionStart = false
                case 0x60:
                    template(depth: depth)
                    if tooDeep { return false }
                    expressionStart = false
                case 0x23:
                    i += 1
                    while i < end && Self.isIdentChar(p[i]) { i += 1 }
                    emit(.privateName, s, i)
                    expressionStart = false
                case 0x2F where expressionStart:
                    if regex() {
                        emit(.regex, s, i)
                        expressionStart = false
                    } else {
                        i = s + 1
                        emit(.punctuator, s, i)
                        expressionStart = true
                    }
                case 0x3C where expressionStart && jsx && !jsxRanOut && (Self.isIdentStart(at(i + 1)) || at(i + 1) == 0x3E):
                    let mark = (tokens.count, elements.count)
                    if let element = element(parent: nil, depth: depth + 1) {
                        elements[element].enclosing = enclosing
                        let index = mark.0
                        tokens.insert(JSToken(kind: .jsx, start: Int32(s), end: Int32(elements[element].end),
                                              next: Int32(tokens.count + 1), ref: Int32(element)), at: index)
                        // Tokens inside it were appended after `mark`; their indices (in `next` and in
                        // the elements' attribute values) shift by one.
                        for k in (index + 1)..<tokens.count { tokens[k].next += 1 }
                        for e in mark.1..<elements.count {
                            for a in elements[e].attributes.indices {
                                if case .expression(let r, let t) = elements[e].attributes[a].value {
                                    elements[e].attributes[a].value = .expression(r, tokens: (t.lowerBound + 1)..<(t.upperBound + 1))
                                }
                            }
                        }
                        expressionStart = false
                    } else {
                        tokens.removeSubrange(mark.0...)
                        elements.removeSubrange(mark.1...)
                        if tooDeep { return false }
                        if i >= end { jsxRanOut = true }
                        i = s + 1
                        emit(.punctuator, s, i)
                        expressionStart = true
                    }
                case 0x7B:
                    braces += 1
                    i += 1
                    emit(.punctuator, s, i)
                    expressionStart = true
                case 0x7D:
                    if braces == 0, close != nil {
                        i += 1
                        return true
                    }
                    braces = max(0, braces - 1)
                    i += 1
                    emit(.punctuator, s, i)
                    expressionStart = false
                default:
                    punctuator()
                    emit(.punctuator, s, i)
                    // After `)`, `]` an operand ended; after `++`/`--` it usually did too.
                    expressionStart = !(c == 0x29 || c == 0x5D || ((c == 0x2B || c == 0x2D) && i - s == 2 && p[s + 1] == c))
                }
            }
        }

        mutating func number() {
            let s = i
            i += 1
            while i < end {
                let c = p[i]
                if Self.isIdentChar(c) || c == 0x2E { i += 1; continue }
                // An exponent's sign, in a decimal literal.
                if (c == 0x2B || c == 0x2D), (p[i - 1] | 0x20) == 0x65, !(p[s] == 0x30 && (at(s + 1) | 0x20) == 0x78) { i += 1; continue }
                break
            }
        }

        /// A string; an unescaped line break ends an unterminated one (as an engine reports it).
        mutating func string(quote: UInt8) {
            i += 1
            while i < end {
                let c = p[i]
                if c == quote { i += 1; return }
                if c == 0x5C { i += 2; continue }
                if c == 0x0A || c == 0x0D { return }
                i += 1
            }
            i = min(i, end)
        }

        /// A template literal: its token first, the tokens of its `${…}` after it.
        mutating func template(depth: Int) {
            let s = i, index = tokens.count
            emit(.template, s, s)
            i += 1
            while i < end {
                let c = p[i]
                if c == 0x60 { i += 1; break }
                if c == 0x5C { i += 2; continue }
                if c == 0x24 && at(i + 1) == 0x7B {
                    i += 2
                    guard depth < JSLexer.maxDepth else { tooDeep = true; i = end; return }
                    let saved = expressionStart
                    expressionStart = true
                    code(until: 0x7D, depth: depth + 1)
                    expressionStart = saved
                    if tooDeep { return }
                    continue
                }
                i += 1
            }
            i = min(i, end)
            tokens[index].end = Int32(i)
            tokens[index].next = Int32(tokens.count)
        }

        /// A regular expression literal from the `/` at `i`; `false` when none ends on this line.
        mutating func regex() -> Bool {
            var k = i + 1, inClass = false
            while k < end {
                let c = p[k]
                if c == 0x0A || c == 0x0D { return false }
                if c == 0x5C { k += 2; continue }
                if c == 0x5B { inClass = true } else if c == 0x5D { inClass = false } else if c == 0x2F && !inClass { break }
                k += 1
            }
            guard k < end, k > i + 1 || p[k] != 0x2F else { return false }
            k += 1
            while k < end && Self.isIdentChar(p[k]) { k += 1 }
            i = k
            return true
        }

        mutating func punctuator() {
            let c = p[i]
            i += 1
            switch c {
            case 0x3D, 0x21:   // = == === => ! != !==
                if at(i) == 0x3E && c == 0x3D { i += 1; return }
                if at(i) == 0x3D { i += 1; if at(i) == 0x3D { i += 1 } }
            case 0x2E:   // . ...
                if at(i) == 0x2E && at(i + 1) == 0x2E { i += 2 }
            case 0x3F:   // ? ?. ?? ??=
                if at(i) == 0x2E && !(at(i + 1) >= 0x30 && at(i + 1) <= 0x39) { i += 1 }
                else if at(i) == 0x3F { i += 1; if at(i) == 0x3D { i += 1 } }
            case 0x26, 0x7C:   // & && &&= &=
                if at(i) == c { i += 1 }
                if at(i) == 0x3D { i += 1 }
            case 0x2B, 0x2D:
                if at(i) == c || at(i) == 0x3D { i += 1 }
            case 0x2A:   // * ** *= **=
                if at(i) == 0x2A { i += 1 }
                if at(i) == 0x3D { i += 1 }
            case 0x2F, 0x25, 0x5E:
                if at(i) == 0x3D { i += 1 }
            case 0x3C:   // < << <= <<=
                if at(i) == 0x3C { i += 1 }
                if at(i) == 0x3D { i += 1 }
            case 0x3E:   // > >> >>> >= (kept apart: `Array<Array<T>>` closes two type lists)
                if at(i) == 0x3D { i += 1 }
            default:
                // A byte of a character that is no token: taken alone so that reading goes on.
                break
            }
        }

        // MARK: JSX

        mutating func jsxSpace() {
            while i < end {
                let c = p[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
                if c == 0x2F && at(i + 1) == 0x2A {   // comments are allowed between attributes
                    i += 2
                    while i < end && !(p[i] == 0x2A && at(i + 1) == 0x2F) { i += 1 }
                    i = min(end, i + 2)
                    continue
                }
                if c == 0x2F && at(i + 1) == 0x2F { skipLine(); continue }
                return
            }
        }

        static func isJSXNameChar(_ c: UInt8) -> Bool { isIdentChar(c) || c == 0x2D || c == 0x3A || c == 0x2E }

        mutating func jsxName() -> String? {
            let s = i
            guard i < end, Self.isIdentStart(p[i]) else { return nil }
            while i < end && Self.isJSXNameChar(p[i]) { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)
        }

        /// `{…}` in JSX, from its `{`: the range inside the braces and its tokens.
        mutating func jsxExpression(depth: Int, enclosing element: Int?) -> (ByteRange, Range<Int>)? {
            guard depth < JSLexer.maxDepth else { tooDeep = true; return nil }
            let open = i, first = tokens.count
            i += 1
            let saved = (expressionStart, enclosing)
            expressionStart = true
            enclosing = element
            let closed = code(until: 0x7D, depth: depth + 1)
            (expressionStart, enclosing) = saved
            guard closed, !tooDeep else { return nil }
            return (ByteRange(open + 1, i - 1), first..<tokens.count)
        }

        /// An element from its `<`, or `nil` (and `i` anywhere) when it is not well-formed JSX.
        mutating func element(parent: Int?, depth: Int) -> Int? {
            guard depth < JSLexer.maxDepth else { tooDeep = true; return nil }
            let s = i
            i += 1
            jsxSpace()
            let name: String
            var nameEnd = i
            if at(i) == 0x3E {
                name = ""
            } else {
                guard let n = jsxName() else { return nil }
                name = n
                nameEnd = i
            }
            let index = elements.count
            elements.append(JSXElement(name: name, openRange: ByteRange(s, s), nameEnd: nameEnd, attributes: [], selfClosing: false,
                                       parent: parent, children: [], end: s))
            var attributes: [JSXAttribute] = []
            while true {
                jsxSpace()
                guard i < end else { return nil }
                let c = p[i]
                if c == 0x2F && at(i + 1) == 0x3E {
                    i += 2
                    elements[index].attributes = attributes
                    elements[index].openRange = ByteRange(s, i)
                    elements[index].selfClosing = true
                    elements[index].end = i
                    return index
                }
                if c == 0x3E { i += 1; break }
                if c == 0x7B {
                    let a = i
                    guard let (_, tokens) = jsxExpression(depth: depth, enclosing: nil) else { return nil }
                    attributes.append(JSXAttribute(name: "", range: ByteRange(a, i), value: .expression(ByteRange(a + 1, i - 1), tokens: tokens)))
                    continue
                }
                let a = i
                guard let attributeName = jsxName() else { return nil }
                let afterName = i
                jsxSpace()
                guard at(i) == 0x3D else {
                    i = afterName
                    attributes.append(JSXAttribute(name: attributeName, range: ByteRange(a, afterName), value: .none))
                    continue
                }
                i += 1
                jsxSpace()
                let v = at(i)
                if v == 0x22 || v == 0x27 {
                    let q = i
                    i += 1
                    while i < end && p[i] != v { i += 1 }
                    guard i < end else { return nil }
                    i += 1
                    let text = String(decoding: UnsafeBufferPointer(rebasing: p[(q + 1)..<(i - 1)]), as: UTF8.self)
                    attributes.append(JSXAttribute(name: attributeName, range: ByteRange(a, i), value: .string(text, ByteRange(q + 1, i - 1))))
                } else if v == 0x7B {
                    guard let (inner, tokens) = jsxExpression(depth: depth, enclosing: nil) else { return nil }
                    attributes.append(JSXAttribute(name: attributeName, range: ByteRange(a, i), value: .expression(inner, tokens: tokens)))
                } else if v == 0x3C {
                    guard let child = element(parent: index, depth: depth + 1) else { return nil }
                    attributes.append(JSXAttribute(name: attributeName, range: ByteRange(a, i), value: .element(child)))
                } else {
                    return nil
                }
            }
            elements[index].attributes = attributes
            elements[index].openRange = ByteRange(s, i)
            // Children, up to the closing tag.
            var children: [JSXChild] = []
            while true {
                let textStart = i
                while i < end && p[i] != 0x3C && p[i] != 0x7B { i += 1 }
                if (textStart..<i).contains(where: { !isHTMLSpace(p[$0]) }) { children.append(.text(ByteRange(textStart, i))) }
                guard i < end else { return nil }
                if p[i] == 0x7B {
                    guard let (inner, tokens) = jsxExpression(depth: depth, enclosing: index) else { return nil }
                    if !tokens.isEmpty { children.append(.expression(inner)) }
                    continue
                }
                // `<`: a closing tag or a child.
                var k = i + 1
                while k < end && isHTMLSpace(p[k]) { k += 1 }
                if at(k) == 0x2F {
                    i = k + 1
                    jsxSpace()
                    // The closing tag names its element (`</>` a fragment), or this is no JSX:
                    // TSX's `<T extends U>(x: T) => …` opens no element.
                    guard (jsxName() ?? "") == name else { return nil }
                    jsxSpace()
                    guard at(i) == 0x3E else { return nil }
                    i += 1
                    elements[index].children = children
                    elements[index].end = i
                    return index
                }
                guard let child = element(parent: index, depth: depth + 1) else { return nil }
                children.append(.element(child))
            }
        }
    }
}
