#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The masking layer in front of the HTML tokenizer: finds every template construct, keeps its
/// bytes where they are (offsets, lines and columns do not move), and hands the tokenizer a copy in
/// which each construct is invisible — blanks between tags and where attributes stand, a neutral
/// filler inside an attribute value (so the value stays non-empty and its quotes stay the
/// construct's). Alongside it records what the template layer needs: the constructs, template
/// comments (for directives), branches of conditionals, conditional attribute spans, output
/// constructs between tags, blocks and `extends`, and syntax problems.
/// A position in nested template conditionals: which branch of which conditional.
public struct TemplateBranch: Hashable, Sendable {
    public var conditional: Int
    public var branch: Int
}

struct TemplateScan {
    enum ConstructKind { case control, output, comment }
    enum Context { case text, tag, value, rawText, comment }

    struct Construct {
        var range: ByteRange
        var kind: ConstructKind
        var context: Context
        /// The statement's first word (`if`, `endblock`, `include`, …), lowercased; empty for output.
        var name: String
    }


    struct Block {
        var name: String
        var open: ByteRange
        var close: ByteRange?
        /// Go's `define` (rendered where the parent's `block` stands, not in place).
        var isDefinition: Bool
        /// Between tags: only such a block can hold elements of its own.
        var betweenTags = true
    }

    var dialect: TemplateDialect
    var masked: [UInt8]
    var constructs: [Construct] = []
    var comments: [Comment] = []
    var problems: [(ByteRange, String)] = []
    /// Where the branch path or the control segment changes: (offset, path, segment).
    var branchPoints: [(Int, [TemplateBranch], Int)] = [(0, [], 0)]
    /// Attribute areas of a tag that only render under a condition.
    var conditionalSpans: [ByteRange] = []
    /// Output constructs where attributes stand (`<script {{ attrs }}>`): the tag's attributes are unknown.
    var attributeOutputs: [Int] = []
    /// Output constructs between tags: they may render markup.
    var textOutputs: [Int] = []
    var blocks: [Block] = []
    var extends: (name: String?, range: ByteRange)?
    /// Jekyll's `{{ content }}` in a layout.
    var contentPlaceholder: ByteRange?
    var frontMatter: ByteRange?
    var layout: String?
    /// Where a doctype or an `<html>`, `<head>` or `<body>` start tag stands: a whole page, not a partial.
    var pageStructure: [Int] = []
    var hasPageStructure: Bool { !pageStructure.isEmpty }
    /// Bodies rendered where they are called, not where they are written (a macro's body): read
    /// on their own, with unknown placement.
    var detached: [(body: ByteRange, what: String)] = []

    func branch(at offset: Int) -> (path: [TemplateBranch], segment: Int) {
        // The last branch point at or before the offset (the first is at the start of the file).
        let k = max(0, partitionPoint(branchPoints.count) { branchPoints[$0].0 <= offset } - 1)
        return (branchPoints[k].1, branchPoints[k].2)
    }
}

enum TemplateMasker {
    static func scan(_ bytes: [UInt8], dialect: TemplateDialect, start: Int = 0) -> TemplateScan {
        bytes.withUnsafeBufferPointer { p in
            var m = Masker(b: p, masked: bytes, dialect: dialect)
            m.i = start
            m.frontMatter()
            m.run()
            return m.scan
        }
    }
}

private struct Masker {
    /// The file's bytes (valid for the scan only), read without bounds checks in the hot loops.
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    let dialect: TemplateDialect
    var scan: TemplateScan
    var i = 0

    // HTML context.
    enum HTML { case text, tagName, tag, afterEquals, quoted(UInt8), unquoted, rawText, comment }
    var html = HTML.text
    var tagStart = -1
    var tagNameStart = 0
    var isEndTag = false
    var rawTextName: [UInt8] = []
    /// Control constructs open inside the current tag, and where the first opened.
    var tagControlDepth = 0
    var tagControlStart = -1
    /// Where the next '<' at or after the current position is (valid while >= i).
    var nextLT = -1

    // Template structure.
    struct Open { var kind: String; var range: ByteRange; var conditional: Int?; var block: Int? }
    var controls: [Open] = []
    var path: [TemplateBranch] = []
    var nextConditional = 0
    var segment = 0

    let opener: UInt8
    let secondBytes: SecondBytes

    init(b: UnsafeBufferPointer<UInt8>, masked: [UInt8], dialect: TemplateDialect) {
        self.opener = Masker.opener(dialect)
        self.secondBytes = Masker.secondBytes(dialect)
        self.b = b
        self.n = b.count
        self.dialect = dialect
        self.scan = TemplateScan(dialect: dialect, masked: masked)
    }

    // MARK: - Driver

    mutating func frontMatter() {
        // YAML `---` or TOML `+++` on the first line, up to the same fence on a line of its own.
        for fence in [Array("---".utf8), Array("+++".utf8)] {
            guard i + 3 <= n, Array(b[i..<(i + 3)]) == fence else { continue }
            var k = i + 3
            while k < n && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
            guard k < n, b[k] == 0x0A || b[k] == 0x0D else { continue }
            var lineStart = k + 1
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && b[lineEnd] != 0x0A { lineEnd += 1 }
                let line = Array(b[lineStart..<lineEnd]).filter { $0 != 0x0D }
                if line.starts(with: fence) && line.dropFirst(3).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    let end = min(n, lineEnd + 1)
                    scan.frontMatter = ByteRange(i, end)
                    readLayout(ByteRange(i, end))
                    blank(i, end, with: 0x20)
                    i = end
                    return
                }
                lineStart = lineEnd + 1
            }
            return
        }
    }

    private mutating func readLayout(_ r: ByteRange) {
        let text = String(decoding: b[r.start..<r.end], as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let t = line.trimming(" \t")
            for key in ["layout:", "layout ="] where t.hasPrefix(key) {
                var value = String(t.dropFirst(key.count)).trimming(" \t")
                if let hash = value.firstIndex(of: "#"), !value.hasPrefix("\"") { value = String(value[..<hash]).trimming(" \t") }
                value = value.trimming("\"'")
                if !value.isEmpty && value != "null" && value != "none" { scan.layout = value }
            }
        }
    }

    /// The byte that opens every construct of the dialect, and the bytes that may follow it.
    private static func opener(_ dialect: TemplateDialect) -> UInt8 { dialect == .erb || dialect == .php ? 0x3C : 0x7B }
    private static func secondBytes(_ dialect: TemplateDialect) -> SecondBytes {
        switch dialect {
        case .jinja: return SecondBytes([0x25, 0x7B, 0x23])   // {% {{ {#
        case .handlebars, .go: return SecondBytes([0x7B])     // {{
        case .erb: return SecondBytes([0x25])                 // <%
        case .php: return SecondBytes([0x3F])                 // <?
        }
    }

    struct SecondBytes {
        let mask: (UInt64, UInt64)
        init(_ bytes: [UInt8]) {
            var a: UInt64 = 0, b: UInt64 = 0
            for x in bytes { if x < 64 { a |= 1 << UInt64(x) } else if x < 128 { b |= 1 << UInt64(x - 64) } }
            mask = (a, b)
        }
        @inline(__always) func contains(_ x: UInt8) -> Bool {
            x < 64 ? mask.0 & (1 << UInt64(x)) != 0 : x < 128 ? mask.1 & (1 << UInt64(x - 64)) != 0 : false
        }
    }

    mutating func run() {
        while i < n {
            if let close = pendingRawClose {
                if i < rawBodyEnd { step(); continue }
                pendingRawClose = nil
                take(close, kind: .control, name: "endraw", inner: ByteRange(close.start + 2, close.end - 2))
                continue
            }
            let c = b[i]
            if c == opener, i + 1 < n, secondBytes.contains(b[i + 1]), let (end, kind, name, inner) = construct(at: i) {
                take(ByteRange(i, end), kind: kind, name: name, inner: inner)
                continue
            }
            step()
            skipPlainBytes()
        }
        for open in controls.reversed() {
            problem(open.range, "`\(open.kind)` is never closed (`\(closer(for: open.kind))` is missing): the rest of the file is linted as if it were.")
        }
        if tagStart >= 0 && tagControlDepth > 0 && tagControlStart >= 0 {
            scan.conditionalSpans.append(ByteRange(tagControlStart, n))
        }
    }

    private func closer(for kind: String) -> String {
        switch dialect {
        case .jinja: return "{% end\(kind) %}"
        case .handlebars: return "{{/\(kind)}}"
        case .go: return "{{ end }}"
        default: return "end"
        }
    }

    /// Runs over bytes that can neither start a construct nor change the HTML context.
    private mutating func skipPlainBytes() {
        switch html {
        case .text, .rawText:
            // The next '<' is remembered: script text stops at every '{', and searching for '<'
            // again from each one would read the same bytes over and over.
            if nextLT < i { nextLT = next(0x3C, from: i, to: n) }
            i = opener == 0x3C ? nextLT : next(opener, from: i, to: nextLT)
        case .quoted(let q):
            while i < n && b[i] != q && b[i] != opener { i += 1 }
        case .comment:
            while i < n && b[i] != 0x2D && b[i] != opener { i += 1 }
        case .tag:
            while i < n && b[i] != 0x3E && b[i] != 0x3D && b[i] != opener { i += 1 }
        case .tagName:
            while i < n && !isHTMLSpace(b[i]) && b[i] != 0x2F && b[i] != 0x3E && b[i] != opener { i += 1 }
        case .unquoted:
            while i < n && !isHTMLSpace(b[i]) && b[i] != 0x3E && b[i] != opener { i += 1 }
        case .afterEquals:
            break
        }
    }

    @inline(__always) private func next(_ byte: UInt8, from: Int, to: Int) -> Int {
        guard from < to, let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private static let html_ = Array("html".utf8), head_ = Array("head".utf8), body_ = Array("body".utf8)
    private static let rawTextElements: [[UInt8]] = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes"].map { Array($0.utf8) }

    private func nameIs(_ s: Int, _ e: Int, _ word: [UInt8]) -> Bool {
        guard e - s == word.count else { return false }
        for k in 0..<word.count where asciiLower(b[s + k]) != word[k] { return false }
        return true
    }

    /// One byte of HTML: updates the context the next construct will be in.
    private mutating func step() {
        let c = b[i]
        switch html {
        case .text:
            if c == 0x3C, i + 1 < n {
                let d = b[i + 1]
                if isASCIIAlpha(d) {
                    html = .tagName; tagStart = i; tagNameStart = i + 1; isEndTag = false
                    tagControlDepth = 0; tagControlStart = -1
                } else if d == 0x2F, i + 2 < n, isASCIIAlpha(b[i + 2]) {
                    html = .tagName; tagStart = i; tagNameStart = i + 2; isEndTag = true
                    tagControlDepth = 0; tagControlStart = -1
                    i += 1
                } else if d == 0x21, i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                    html = .comment
                    i += 3
                } else if d == 0x21, matchesCaseInsensitive(i + 2, "doctype") {
                    scan.pageStructure.append(i)
                }
            }
        case .tagName:
            if isHTMLSpace(c) || c == 0x2F || c == 0x3E {
                let length = i - tagNameStart
                if !isEndTag && length == 4 && (nameIs(tagNameStart, i, Masker.html_)
                                                || nameIs(tagNameStart, i, Masker.head_) || nameIs(tagNameStart, i, Masker.body_)) {
                    scan.pageStructure.append(tagStart)
                }
                if !rawTextName.isEmpty { rawTextName = [] }
                // Only names of 3 to 8 letters can be raw text elements (xmp … noframes).
                if !isEndTag && length >= 3 && length <= 8, let raw = Masker.rawTextElements.first(where: { nameIs(tagNameStart, i, $0) }) {
                    rawTextName = raw
                }
                html = .tag
                if c == 0x3E { endTag() }
            }
        case .tag:
            if c == 0x3E { endTag() } else if c == 0x3D { html = .afterEquals }
        case .afterEquals:
            if c == 0x22 || c == 0x27 { html = .quoted(c) } else if c == 0x3E { endTag() } else if !isHTMLSpace(c) { html = .unquoted }
        case .quoted(let q):
            if c == q { html = .tag }
        case .unquoted:
            if isHTMLSpace(c) { html = .tag } else if c == 0x3E { endTag() }
        case .rawText:
            if c == 0x3C, i + 1 < n, b[i + 1] == 0x2F, matchesCaseInsensitive(i + 2, rawTextName) {
                html = .tagName; tagStart = i; tagNameStart = i + 2; isEndTag = true
                i += 1
            }
        case .comment:
            if c == 0x2D, i + 2 < n, b[i + 1] == 0x2D, b[i + 2] == 0x3E { html = .text; i += 2 }
        }
        i += 1
    }

    private mutating func endTag() {
        if tagControlDepth > 0 && tagControlStart >= 0 { scan.conditionalSpans.append(ByteRange(tagControlStart, i)) }
        tagStart = -1
        html = !isEndTag && !rawTextName.isEmpty ? .rawText : .text
    }

    private var context: TemplateScan.Context {
        switch html {
        case .text: return .text
        case .tagName, .tag: return .tag
        case .afterEquals, .quoted, .unquoted: return .value
        case .rawText: return .rawText
        case .comment: return .comment
        }
    }

    // MARK: - Taking a construct

    private mutating func take(_ r: ByteRange, kind: TemplateScan.ConstructKind, name: String, inner: ByteRange) {
        var ctx = context
        if case .afterEquals = html { html = .unquoted; ctx = .value }
        scan.constructs.append(TemplateScan.Construct(range: r, kind: kind, context: ctx, name: name))
        blank(r.start, r.end, with: ctx == .value ? 0x78 : 0x20)
        i = r.end
        switch kind {
        case .comment:
            let text = String(decoding: b[inner.start..<inner.end], as: UTF8.self)
            scan.comments.append(Comment(text: text.trimming(" \t\r\n-"), range: r))
        case .output:
            if ctx == .tag { scan.attributeOutputs.append(r.start) }
            if ctx == .text { scan.textOutputs.append(r.start) }
            if dialect == .jinja && ctx == .text && isContentPlaceholder(inner) { scan.contentPlaceholder = r }
        case .control:
            structure(name: name, range: r, inner: inner, ctx: ctx)
        }
    }

    private static let phpFlowWords: Set<String> = ["if", "else", "elseif", "endif", "for", "foreach", "endfor", "endforeach",
                                                    "while", "endwhile", "do", "switch", "endswitch", "case", "default", "break",
                                                    "continue", "return", "exit", "die", "function", "try", "catch", "finally", "goto"]

    /// Whether PHP code holds a brace or a control-flow keyword (outside strings and comments).
    private func phpHasControlFlow(_ r: ByteRange) -> Bool {
        var k = r.start
        while k < r.end {
            let c = b[k]
            if c == 0x27 || c == 0x22 {
                k += 1
                while k < r.end && b[k] != c { k += b[k] == 0x5C ? 2 : 1 }
                k += 1
                continue
            }
            if c == 0x7B || c == 0x7D { return true }
            if c == 0x23 || (c == 0x2F && k + 1 < r.end && b[k + 1] == 0x2F) {
                while k < r.end && b[k] != 0x0A { k += 1 }
                continue
            }
            if c == 0x2F && k + 1 < r.end && b[k + 1] == 0x2A {
                k += 2
                while k + 1 < r.end && !(b[k] == 0x2A && b[k + 1] == 0x2F) { k += 1 }
                k += 2
                continue
            }
            if isASCIIAlpha(c) || c == 0x5F {
                var e = k
                while e < r.end && (isASCIIAlpha(b[e]) || b[e] == 0x5F || (b[e] >= 0x30 && b[e] <= 0x39)) { e += 1 }
                let before = k > r.start ? b[k - 1] : 0x20
                if e - k <= 10, before != 0x24, before != 0x3E, before != 0x3A,
                   Masker.phpFlowWords.contains(String(decoding: b[k..<e], as: UTF8.self).lowercased()) { return true }
                k = e
                continue
            }
            k += 1
        }
        return false
    }

    /// Jekyll's `{{ content }}` (any trims, spaces).
    private func isContentPlaceholder(_ inner: ByteRange) -> Bool {
        var s = inner.start, e = inner.end
        while s < e && (isHTMLSpace(b[s]) || b[s] == 0x2D || b[s] == 0x7E || b[s] == 0x2B) { s += 1 }
        while e > s && (isHTMLSpace(b[e - 1]) || b[e - 1] == 0x2D || b[e - 1] == 0x7E || b[e - 1] == 0x2B) { e -= 1 }
        return e - s == 7 && matches(s, "content")
    }

    private mutating func blank(_ s: Int, _ e: Int, with filler: UInt8) {
        for k in s..<min(e, n) where b[k] != 0x0A && b[k] != 0x0D { scan.masked[k] = filler }
    }

    private mutating func problem(_ r: ByteRange, _ message: String) {
        scan.problems.append((r, message))
    }

    private mutating func mark() {
        scan.branchPoints.append((i, path, segment))
    }

    /// Control structure: conditionals (branches), blocks, extends.
    private mutating func structure(name: String, range r: ByteRange, inner: ByteRange, ctx: TemplateScan.Context) {
        let inTag = ctx == .tag || ctx == .value
        if dialect == .erb || dialect == .php {
            segment += 1
            mark()
            if inTag {
                if tagControlStart < 0 { tagControlStart = r.end; tagControlDepth = 1 }
            }
            return
        }
        let (role, kind) = classify(name)
        switch role {
        case .open:
            var open = TemplateBranch(conditional: nextConditional, branch: 0)
            var entry = Masker.Open(kind: kind, range: r, conditional: nil, block: nil)
            if kind == "block" || kind == "define" {
                let blockName = argument(inner) ?? ""
                entry.block = scan.blocks.count
                scan.blocks.append(TemplateScan.Block(name: blockName, open: r, close: nil, isDefinition: kind == "define",
                                                      betweenTags: ctx == .text))
            } else {
                entry.conditional = nextConditional
                nextConditional += 1
                open.conditional = entry.conditional!
                path.append(open)
                mark()
            }
            controls.append(entry)
            if inTag {
                if tagControlDepth == 0 { tagControlStart = r.end }
                tagControlDepth += 1
            }
        case .separator:
            guard let top = controls.last, top.conditional != nil, !path.isEmpty else {
                problem(r, "`\(name)` outside any conditional.")
                return
            }
            path[path.count - 1].branch += 1
            mark()
        case .close:
            guard let top = controls.last else {
                problem(r, "`\(name)` closes nothing: no open `\(kind.isEmpty ? "block" : kind)` before it.")
                return
            }
            if dialect == .jinja && top.kind != kind {
                problem(r, "`\(name)` closes `\(top.kind)`, opened at offset \(top.range.start): expected `end\(top.kind)`.")
            }
            controls.removeLast()
            if let block = top.block { scan.blocks[block].close = r }
            if top.conditional != nil, !path.isEmpty { path.removeLast(); mark() }
            if inTag && tagControlDepth > 0 {
                tagControlDepth -= 1
                if tagControlDepth == 0 {
                    scan.conditionalSpans.append(ByteRange(tagControlStart, r.start))
                    tagControlStart = -1
                }
            }
        case .extends:
            scan.extends = (argument(inner, literalOnly: true), r)
        case .other:
            break
        }
    }

    private enum Role { case open, separator, close, extends, other }

    private func classify(_ name: String) -> (Role, String) {
        switch dialect {
        case .jinja:
            switch name {
            case "if", "for", "unless", "case", "ifequal", "ifnotequal", "ifchanged", "block": return (.open, name)
            case "elif", "elsif", "else", "empty", "when": return (.separator, "")
            case "extends", "layout": return (.extends, "")
            default:
                if name.hasPrefix("end") {
                    let opened = String(name.dropFirst(3))
                    if ["if", "for", "unless", "case", "ifequal", "ifnotequal", "ifchanged", "block"].contains(opened) { return (.close, opened) }
                }
                return (.other, "")
            }
        case .handlebars:
            if name.hasPrefix("#") { return (.open, String(name.dropFirst())) }
            if name.hasPrefix("^") { return name == "^" ? (.separator, "") : (.open, String(name.dropFirst())) }
            if name.hasPrefix("/") { return (.close, String(name.dropFirst())) }
            if name == "else" { return (.separator, "") }
            return (.other, "")
        case .go:
            switch name {
            case "if", "range", "with", "block", "define": return (.open, name)
            case "else": return (.separator, "")
            case "end": return (.close, "")
            default: return (.other, "")
            }
        case .erb, .php:
            return (.other, "")
        }
    }

    /// A statement's argument: a quoted string, or a bare word. For a name that is looked up as a
    /// file (`literalOnly`: extends), only a string literal that is the whole argument counts:
    /// `{% extends layout %}` names a variable and `{% extends "a/" ~ theme %}` an expression,
    /// neither of which can be resolved.
    private func argument(_ inner: ByteRange, literalOnly: Bool = false) -> String? {
        var k = inner.start
        while k < inner.end && isHTMLSpace(b[k]) { k += 1 }
        while k < inner.end && !isHTMLSpace(b[k]) && b[k] != 0x22 && b[k] != 0x27 { k += 1 }   // the statement name
        while k < inner.end && isHTMLSpace(b[k]) { k += 1 }
        guard k < inner.end else { return nil }
        if b[k] == 0x22 || b[k] == 0x27 || b[k] == 0x60 {
            let q = b[k]
            var e = k + 1
            while e < inner.end && b[e] != q { e += 1 }
            if literalOnly {
                var rest = e + 1
                while rest < inner.end && (isHTMLSpace(b[rest]) || b[rest] == 0x2D || b[rest] == 0x7E) { rest += 1 }
                guard e < inner.end, rest >= inner.end else { return nil }
            }
            return String(decoding: b[(k + 1)..<e], as: UTF8.self)
        }
        if literalOnly { return nil }
        var e = k
        while e < inner.end && !isHTMLSpace(b[e]) && b[e] != 0x7D && b[e] != 0x25 { e += 1 }
        while e > k && b[e - 1] == 0x2D { e -= 1 }   // a trim marker, not part of the name
        return e > k ? String(decoding: b[k..<e], as: UTF8.self) : nil
    }

    // MARK: - Constructs per dialect

    /// The construct starting at `at`: its end, kind, statement name and inner range.
    private mutating func construct(at: Int) -> (Int, TemplateScan.ConstructKind, String, ByteRange)? {
        let c = b[at]
        guard c == 0x7B || c == 0x3C else { return nil }
        guard at + 1 < n else { return nil }
        let d = b[at + 1]
        switch dialect {
        case .jinja:
            guard c == 0x7B else { return nil }
            if d == 0x25 { return jinjaStatement(at) }
            if d == 0x7B { return delimited(at, open: 2, close: [0x7D, 0x7D], quotes: true, kind: .output, what: "{{") }
            if d == 0x23 { return delimited(at, open: 2, close: [0x23, 0x7D], quotes: false, kind: .comment, what: "{#") }
        case .handlebars:
            guard c == 0x7B, d == 0x7B else { return nil }
            if at + 2 < n && b[at + 2] == 0x7B { return delimited(at, open: 3, close: [0x7D, 0x7D, 0x7D], quotes: true, kind: .output, what: "{{{") }
            if matches(at + 2, "!--") { return delimited(at, open: 5, close: Array("--}}".utf8), quotes: false, kind: .comment, what: "{{!--") }
            if at + 2 < n && b[at + 2] == 0x21 { return delimited(at, open: 3, close: [0x7D, 0x7D], quotes: false, kind: .comment, what: "{{!") }
            guard let (end, _, _, inner) = delimited(at, open: 2, close: [0x7D, 0x7D], quotes: true, kind: .output, what: "{{") else { return nil }
            var k = inner.start
            while k < inner.end && (isHTMLSpace(b[k]) || b[k] == 0x7E) { k += 1 }
            var e = k
            if e < inner.end && (b[e] == 0x23 || b[e] == 0x2F || b[e] == 0x5E) { e += 1 }
            while e < inner.end && !isHTMLSpace(b[e]) && b[e] != 0x7E && b[e] != 0x7D { e += 1 }
            let word = String(decoding: b[k..<e], as: UTF8.self)
            let control = word.hasPrefix("#") || word.hasPrefix("/") || word.hasPrefix("^") || word == "else"
            return (end, control ? .control : .output, word, inner)
        case .go:
            guard c == 0x7B, d == 0x7B else { return nil }
            var k = at + 2
            if k < n && b[k] == 0x2D { k += 1 }
            while k < n && isHTMLSpace(b[k]) { k += 1 }
            if matches(k, "/*") {
                guard let close = find(Array("*/".utf8), from: k + 2, quotes: false) else {
                    return unclosed(at, "{{/*")
                }
                var e = close + 2
                while e < n && isHTMLSpace(b[e]) { e += 1 }
                if e < n && b[e] == 0x2D { e += 1 }
                guard matches(e, "}}") else { return unclosed(at, "{{/*") }
                return (e + 2, .comment, "", ByteRange(k + 2, close))
            }
            guard let (end, _, _, inner) = delimited(at, open: 2, close: [0x7D, 0x7D], quotes: true, kind: .output, what: "{{") else { return nil }
            var s = inner.start
            while s < inner.end && (isHTMLSpace(b[s]) || b[s] == 0x2D) { s += 1 }
            var e = s
            while e < inner.end && isASCIIAlpha(b[e]) { e += 1 }
            let word = String(decoding: b[s..<e], as: UTF8.self)
            let control = ["if", "else", "end", "range", "with", "define", "block", "break", "continue"].contains(word)
            return (end, control ? .control : .output, word, ByteRange(s, inner.end))
        case .erb:
            guard c == 0x3C, d == 0x25 else { return nil }
            if at + 2 < n && b[at + 2] == 0x25 { return nil }   // <%% is a literal <%
            guard let close = find([0x25, 0x3E], from: at + 2, quotes: false) else { return unclosed(at, "<%") }
            let mark = at + 2 < n ? b[at + 2] : 0
            let kind: TemplateScan.ConstructKind = mark == 0x23 ? .comment : (mark == 0x3D || mark == 0x2D) ? .output : .control
            return (close + 2, kind, kind == .control ? "code" : "", ByteRange(at + 3, close))
        case .php:
            guard c == 0x3C, d == 0x3F else { return nil }
            let output = at + 2 < n && b[at + 2] == 0x3D
            guard output || matchesCaseInsensitive(at + 2, "php") else { return nil }
            let close = find([0x3F, 0x3E], from: at + 2, quotes: true)
            let end = close.map { $0 + 2 } ?? n
            let inner = ByteRange(at + (output ? 3 : 5), close ?? n)
            // Code with control flow (`if`, loops, braces) is a control boundary, and inside a tag
            // makes what follows conditional; other code (`echo`, a call) only prints. Code between
            // tags may print markup.
            let flow = !output && phpHasControlFlow(inner)
            if flow, context == .text {
                scan.textOutputs.append(at)
            }
            return (end, flow ? .control : .output, output ? "" : "php", inner)
        }
        return nil
    }

    private mutating func jinjaStatement(_ at: Int) -> (Int, TemplateScan.ConstructKind, String, ByteRange)? {
        guard let (end, _, _, inner) = delimited(at, open: 2, close: [0x25, 0x7D], quotes: true, kind: .control, what: "{%") else { return nil }
        var s = inner.start
        while s < inner.end && (isHTMLSpace(b[s]) || b[s] == 0x2D || b[s] == 0x2B || b[s] == 0x7E) { s += 1 }
        var e = s
        while e < inner.end && (isASCIIAlpha(b[e]) || b[e] == 0x5F || (b[e] >= 0x30 && b[e] <= 0x39)) { e += 1 }
        let name = String(decoding: b[s..<e], as: UTF8.self).lowercased()
        // Bodies that are not template code: raw/verbatim bodies are output as they are (HTML);
        // comment bodies are not output at all.
        // A macro's body is rendered where the macro is called, not where it is defined.
        if name == "macro", let close = endStatement("endmacro", from: end) {
            var w = e
            while w < inner.end && isHTMLSpace(b[w]) { w += 1 }
            var we = w
            while we < inner.end && (isASCIIAlpha(b[we]) || b[we] == 0x5F || (b[we] >= 0x30 && b[we] <= 0x39)) { we += 1 }
            scan.detached.append((ByteRange(end, close.start), "the macro `\(String(decoding: b[w..<we], as: UTF8.self))`"))
            return (close.end, .control, "macro", ByteRange(end, close.start))
        }
        if name == "raw" || name == "verbatim" || name == "comment" {
            let endName = "end" + name
            var k = end
            while k < n {
                guard let open = find([0x7B, 0x25], from: k, quotes: false) else { break }
                var w = open + 2
                while w < n && (isHTMLSpace(b[w]) || b[w] == 0x2D || b[w] == 0x2B || b[w] == 0x7E) { w += 1 }
                if matches(w, endName), let close = find([0x25, 0x7D], from: w, quotes: false) {
                    if name == "comment" {
                        return (close + 2, .comment, "comment", ByteRange(end, open))
                    }
                    // Mask the opening and closing tags only; the body stays HTML.
                    rawBodyEnd = open
                    pendingRawClose = ByteRange(open, close + 2)
                    return (end, .control, name, inner)
                }
                k = open + 2
            }
            problem(ByteRange(at, end), "`{% \(name) %}` is never closed (`{% \(endName) %}` is missing).")
            return (end, .control, name, inner)
        }
        return (end, .control, name, ByteRange(s, inner.end))
    }

    /// The next `{% NAME %}` statement (any trims) after `from`.
    private func endStatement(_ name: String, from: Int) -> ByteRange? {
        var k = from
        while let open = find([0x7B, 0x25], from: k, quotes: false) {
            var w = open + 2
            while w < n && (isHTMLSpace(b[w]) || b[w] == 0x2D || b[w] == 0x2B || b[w] == 0x7E) { w += 1 }
            if matches(w, name), let close = find([0x25, 0x7D], from: w, quotes: false) { return ByteRange(open, close + 2) }
            k = open + 2
        }
        return nil
    }

    /// Inside `{% raw %}`/`{% verbatim %}`: no constructs until here, then the closing tag.
    var rawBodyEnd = -1
    var pendingRawClose: ByteRange?

    /// A construct from `open` delimiter bytes to `close`; strings in quotes are skipped when the
    /// language has them inside constructs. An unclosed construct is a problem, and only its
    /// opening delimiter is masked, so the rest of the file is still linted.
    private mutating func delimited(_ at: Int, open: Int, close: [UInt8], quotes: Bool, kind: TemplateScan.ConstructKind,
                                    what: String) -> (Int, TemplateScan.ConstructKind, String, ByteRange)? {
        guard let e = find(close, from: at + open, quotes: quotes) else { return unclosed(at, what) }
        return (e + close.count, kind, "", ByteRange(at + open, e))
    }

    private mutating func unclosed(_ at: Int, _ what: String) -> (Int, TemplateScan.ConstructKind, String, ByteRange)? {
        let end = min(n, at + what.utf8.count)
        problem(ByteRange(at, end), "`\(what)` is never closed: the template engine rejects this file. The rest is linted as HTML.")
        return (end, .output, "", ByteRange(end, end))
    }

    private func find(_ needle: [UInt8], from: Int, quotes: Bool) -> Int? {
        var k = from
        while k + needle.count <= n {
            let c = b[k]
            if quotes && (c == 0x22 || c == 0x27) {
                var e = k + 1
                while e < n && b[e] != c && b[e] != 0x0A {
                    if b[e] == 0x5C { e += 1 }
                    e += 1
                }
                // An unterminated string on its line is not a string (a lone apostrophe in text).
                if e < n && b[e] == c { k = e + 1; continue }
            }
            if c == needle[0] {
                var ok = true
                for t in 1..<needle.count where b[k + t] != needle[t] { ok = false; break }
                if ok { return k }
            }
            k += 1
        }
        return nil
    }

    private func matches(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        for k in 0..<len where b[at + k] != s.utf8Start[k] { return false }
        return true
    }

    private func matches(_ at: Int, _ s: String) -> Bool {
        var k = at
        for c in s.utf8 {
            guard k < n, b[k] == c else { return false }
            k += 1
        }
        return true
    }

    private func matchesCaseInsensitive(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        for k in 0..<len where asciiLower(b[at + k]) != s.utf8Start[k] { return false }
        return true
    }

    private func matchesCaseInsensitive(_ at: Int, _ u: [UInt8]) -> Bool {
        guard !u.isEmpty, at + u.count <= n else { return false }
        for k in 0..<u.count where asciiLower(b[at + k]) != u[k] { return false }
        return true
    }
}

