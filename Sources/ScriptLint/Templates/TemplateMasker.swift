import CByteSearch
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

struct TemplateScan: Sendable {
    enum ConstructKind: Sendable { case control, output, comment }
    enum Context: Sendable { case text, tag, value, rawText, comment }

    struct Construct: Sendable {
        var range: ByteRange
        var kind: ConstructKind
        var context: Context
        /// Between the delimiters (and an output or comment mark); empty for a construct that is
        /// never closed, whose range is only its opening delimiter.
        var inner: ByteRange
        /// The statement's first word (`if`, `endblock`, `include`, …), lowercased; empty for output.
        var name: String
    }


    struct Block: Sendable {
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
    static func scan(_ bytes: [UInt8], dialect: TemplateDialect, start: Int = 0, options: TemplateOptions = .standard) -> TemplateScan {
        bytes.withUnsafeBufferPointer { p in
            var m = Masker(b: p, masked: bytes, dialect: dialect, options: options)
            m.i = start
            m.frontMatter()
            m.run()
            return m.scan
        }
    }
}

struct Masker {
    let options: TemplateOptions
    typealias Found = (Int, TemplateScan.ConstructKind, String, ByteRange)

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

    let syntax: any TemplateSyntax.Type
    let opener: UInt8
    let secondBytes: SecondBytes

    init(b: UnsafeBufferPointer<UInt8>, masked: [UInt8], dialect: TemplateDialect, options: TemplateOptions) {
        self.options = options
        self.syntax = dialect.syntax
        self.opener = syntax.opener
        self.secondBytes = SecondBytes(syntax.secondBytes)
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
            problem(open.range, "`\(open.kind)` is never closed (`\(syntax.closer(for: open.kind))` is missing): the rest of the file is linted as if it were.")
        }
        if tagStart >= 0 && tagControlDepth > 0 && tagControlStart >= 0 {
            scan.conditionalSpans.append(ByteRange(tagControlStart, n))
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

    var context: TemplateScan.Context {
        switch html {
        case .text: return .text
        case .tagName, .tag: return .tag
        case .afterEquals, .quoted, .unquoted: return .value
        case .rawText: return .rawText
        case .comment: return .comment
        }
    }

    // MARK: - Constructs

    /// The construct starting at `at`: its end, kind, statement name and inner range.
    private mutating func construct(at: Int) -> Found? {
        guard at + 1 < n else { return nil }
        return syntax.construct(&self, at: at)
    }

    /// Inside `{% raw %}`/`{% verbatim %}`: no constructs until here, then the closing tag.
    var rawBodyEnd = -1
    var pendingRawClose: ByteRange?

    /// A construct from `open` delimiter bytes to `close`; strings in quotes are skipped when the
    /// language has them inside constructs. An unclosed construct is a problem, and only its
    /// opening delimiter is masked, so the rest of the file is still linted.
    mutating func delimited(_ at: Int, open: Int, close: [UInt8], quotes: Bool, kind: TemplateScan.ConstructKind,
                                    what: String) -> (Int, TemplateScan.ConstructKind, String, ByteRange)? {
        guard let e = find(close, from: at + open, quotes: quotes) else { return unclosed(at, what) }
        return (e + close.count, kind, "", ByteRange(at + open, e))
    }

    mutating func unclosed(_ at: Int, _ what: String) -> (Int, TemplateScan.ConstructKind, String, ByteRange)? {
        let end = min(n, at + what.utf8.count)
        problem(ByteRange(at, end), "`\(what)` is never closed: the template engine rejects this file. The rest is linted as HTML.")
        return (end, .output, "", ByteRange(end, end))
    }

    func find(_ needle: [UInt8], from: Int, quotes: Bool) -> Int? {
        guard let base = b.baseAddress, let first = needle.first else { return nil }
        // Only a quote or the needle's first byte decides anything: the bytes between are skipped
        // sixteen at a time (a PHP file is mostly one construct, searched for its `?>`).
        let quote1: UInt8 = quotes ? 0x22 : first, quote2: UInt8 = quotes ? 0x27 : first
        var k = from
        while true {
            let hit = scriptlint_find3(base, n, k, first, quote1, quote2)
            guard hit >= 0, hit + needle.count <= n else { return nil }
            k = hit
            let c = b[k]
            if quotes && (c == 0x22 || c == 0x27) {
                // To the closing quote, on the same line; a backslash escapes the next byte.
                var e = k + 1
                while true {
                    let stop = scriptlint_find3(base, n, e, c, 0x0A, 0x5C)
                    if stop < 0 { e = n; break }
                    if b[stop] == 0x5C { e = stop + 2; continue }
                    e = stop
                    break
                }
                // An unterminated string on its line is not a string (a lone apostrophe in text).
                if e < n && b[e] == c { k = e + 1; continue }
            }
            if c == first {
                var ok = true
                for t in 1..<needle.count where b[k + t] != needle[t] { ok = false; break }
                if ok { return k }
            }
            k += 1
        }
    }

    func matches(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        for k in 0..<len where b[at + k] != s.utf8Start[k] { return false }
        return true
    }

    func matches(_ at: Int, _ s: String) -> Bool {
        var k = at
        for c in s.utf8 {
            guard k < n, b[k] == c else { return false }
            k += 1
        }
        return true
    }

    func matchesCaseInsensitive(_ at: Int, _ s: StaticString) -> Bool { ScriptLint.matchesCaseInsensitive(b, at, s) }

    func matchesCaseInsensitive(_ at: Int, _ u: [UInt8]) -> Bool {
        guard !u.isEmpty, at + u.count <= n else { return false }
        for k in 0..<u.count where asciiLower(b[at + k]) != u[k] { return false }
        return true
    }
}

