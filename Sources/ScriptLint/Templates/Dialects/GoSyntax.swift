/// Go's html/template and Hugo: `{{ … }}`, `{{- … -}}`, `{{/* … */}}`; `if`/`range`/`with`
/// … `end`; `block`/`define` (a child fills a parent's `block` with a `define`); Hugo's `partial`.
enum GoSyntax: TemplateSyntax {
    static let fileExtensions = ["tmpl", "gohtml", "gotmpl"]
    static let htmlTemplateSuffixes = [".gohtml"]
    static let opener: UInt8 = 0x7B
    static let secondBytes: [UInt8] = [0x7B]   // {{
    static let branchModel = TemplateBranchModel.conditionals
    static let childBlocksAreDefinitions = true

    private static let controlWords: Set<String> = ["if", "else", "end", "range", "with", "define", "block", "break", "continue"]

    static func classify(_ name: String) -> (TemplateStatementRole, String) {
        switch name {
        case "if", "range", "with", "block", "define": return (.open, name)
        case "else": return (.separator, "")
        case "end": return (.close, "")
        default: return (.other, "")
        }
    }

    static func closer(for kind: String) -> String { "{{ end }}" }

    static func construct(_ m: inout Masker, at: Int) -> Masker.Found? {
        let b = m.b, n = m.n
        var k = at + 2
        if k < n && b[k] == 0x2D { k += 1 }
        while k < n && isHTMLSpace(b[k]) { k += 1 }
        if m.matches(k, "/*") {
            guard let close = m.find(Array("*/".utf8), from: k + 2, quotes: false) else { return m.unclosed(at, "{{/*") }
            var e = close + 2
            while e < n && isHTMLSpace(b[e]) { e += 1 }
            if e < n && b[e] == 0x2D { e += 1 }
            guard m.matches(e, "}}") else { return m.unclosed(at, "{{/*") }
            return (e + 2, .comment, "", ByteRange(k + 2, close))
        }
        guard let (end, _, _, inner) = m.delimited(at, open: 2, close: [0x7D, 0x7D], quotes: true, kind: .output, what: "{{") else { return nil }
        var s = inner.start
        while s < inner.end && (isHTMLSpace(b[s]) || b[s] == 0x2D) { s += 1 }
        var e = s
        while e < inner.end && isASCIIAlpha(b[e]) { e += 1 }
        let word = String(decoding: b[s..<e], as: UTF8.self)
        return (end, controlWords.contains(word) ? .control : .output, word, ByteRange(s, inner.end))
    }

    static func includedNames(_ text: [UInt8], _ c: TemplateScan.Construct) -> [String] {
        quotedNames(text, after: "partial") + quotedNames(text, after: "partialCached")
    }

    static func includeCandidates(_ name: String) -> [String] { [name, name + ".html"] }
    static let includeKeywords: [String]? = ["partial"]
}
