/// Jinja2, Django, Nunjucks, Twig and Liquid: `{% … %}` (with `-`/`+`/`~` trims), `{{ … }}`,
/// `{# … #}`; `{% raw %}`/`{% verbatim %}` bodies are HTML, `{% comment %}` bodies are not output,
/// a `{% macro %}` body is rendered where it is called; `{% block %}`/`{% extends %}` inheritance
/// and Jekyll layouts (`layout:` in front matter, `{{ content }}`).
enum JinjaSyntax: TemplateSyntax {
    static let fileExtensions = ["jinja", "jinja2", "j2", "twig", "njk", "liquid", "djhtml", "nunjucks"]
    static let htmlTemplateSuffixes = [".html.twig", ".html.j2", ".html.jinja", ".jinja", ".jinja2", ".j2", ".njk", ".twig", ".liquid", ".djhtml"]
    static let opener: UInt8 = 0x7B
    static let secondBytes: [UInt8] = [0x25, 0x7B, 0x23]   // {% {{ {#
    static let branchModel = TemplateBranchModel.conditionals
    static let closesNameTheirKind = true
    static let hasLayouts = true

    private static let blockKinds: Set<String> = ["if", "for", "unless", "case", "ifequal", "ifnotequal", "ifchanged", "block"]

    static func classify(_ name: String) -> (TemplateStatementRole, String) {
        if blockKinds.contains(name) { return (.open, name) }
        switch name {
        case "elif", "elsif", "else", "empty", "when": return (.separator, "")
        case "extends", "layout": return (.extends, "")
        default:
            if name.hasPrefix("end"), blockKinds.contains(String(name.dropFirst(3))) { return (.close, String(name.dropFirst(3))) }
            return (.other, "")
        }
    }

    static func closer(for kind: String) -> String { "{% end\(kind) %}" }

    /// Twig's shorthand block, `{% block title 'Text' %}` or `{% block body_id page.id %}`: anything
    /// after the name but Jinja's `scoped` and `required` (and a trim marker) makes the block its
    /// own content, with no `{% endblock %}`.
    static func closesItself(_ kind: String, _ m: Masker, inner: ByteRange) -> Bool {
        guard kind == "block" else { return false }
        let b = m.b
        var k = inner.start, words = 0
        var rest: [String] = []
        while k < inner.end {
            while k < inner.end && (isHTMLSpace(b[k]) || ((b[k] == 0x2D || b[k] == 0x7E || b[k] == 0x2B) && (k == inner.start || k + 1 == inner.end || isHTMLSpace(b[k + 1]) || isHTMLSpace(b[k - 1])))) { k += 1 }
            guard k < inner.end else { break }
            let start = k
            if b[k] == 0x22 || b[k] == 0x27 { return words >= 2 }
            while k < inner.end && !isHTMLSpace(b[k]) { k += 1 }
            words += 1
            if words > 2 { rest.append(String(decoding: b[start..<k], as: UTF8.self)) }
        }
        return !rest.isEmpty && !rest.allSatisfy { $0 == "scoped" || $0 == "required" }
    }

    static func construct(_ m: inout Masker, at: Int) -> Masker.Found? {
        switch m.b[at + 1] {
        case 0x25: return m.jinjaStatement(at)
        case 0x7B: return m.delimited(at, open: 2, close: [0x7D, 0x7D], quotes: true, kind: .output, what: "{{")
        default: return m.delimited(at, open: 2, close: [0x23, 0x7D], quotes: false, kind: .comment, what: "{#")
        }
    }

    static func includedNames(_ text: [UInt8], _ c: TemplateScan.Construct) -> [String] {
        if c.name == "include" { return quotedNames(text, after: "include", bare: true) }
        return c.kind == .output ? quotedNames(text, after: "include(") : []
    }

    static func includeCandidates(_ name: String) -> [String] { [name] }
    static let includeKeywords: [String]? = ["include"]
}

extension Masker {
    mutating func jinjaStatement(_ at: Int) -> Found? {
        guard let (end, _, _, inner) = delimited(at, open: 2, close: [0x25, 0x7D], quotes: true, kind: .control, what: "{%") else { return nil }
        var s = inner.start
        while s < inner.end && (isHTMLSpace(b[s]) || b[s] == 0x2D || b[s] == 0x2B || b[s] == 0x7E) { s += 1 }
        var e = s
        while e < inner.end && isASCIIWordByte(b[e]) { e += 1 }
        let name = String(decoding: b[s..<e], as: UTF8.self).lowercased()
        // Bodies that are not template code: raw/verbatim bodies are output as they are (HTML);
        // comment bodies are not output at all.
        // A macro's body is rendered where the macro is called, not where it is defined.
        if name == "macro", let close = endStatement("endmacro", from: end) {
            var w = e
            while w < inner.end && isHTMLSpace(b[w]) { w += 1 }
            var we = w
            while we < inner.end && isASCIIWordByte(b[we]) { we += 1 }
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
    func endStatement(_ name: String, from: Int) -> ByteRange? {
        var k = from
        while let open = find([0x7B, 0x25], from: k, quotes: false) {
            var w = open + 2
            while w < n && (isHTMLSpace(b[w]) || b[w] == 0x2D || b[w] == 0x2B || b[w] == 0x7E) { w += 1 }
            if matches(w, name), let close = find([0x25, 0x7D], from: w, quotes: false) { return ByteRange(open, close + 2) }
            k = open + 2
        }
        return nil
    }

    /// Jekyll's `{{ content }}` (any trims, spaces).
    func isContentPlaceholder(_ inner: ByteRange) -> Bool {
        var s = inner.start, e = inner.end
        while s < e && (isHTMLSpace(b[s]) || b[s] == 0x2D || b[s] == 0x7E || b[s] == 0x2B) { s += 1 }
        while e > s && (isHTMLSpace(b[e - 1]) || b[e - 1] == 0x2D || b[e - 1] == 0x7E || b[e - 1] == 0x2B) { e -= 1 }
        return e - s == 7 && matches(s, "content")
    }
}
