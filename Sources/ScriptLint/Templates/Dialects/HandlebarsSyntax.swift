/// Handlebars and Mustache: `{{ … }}`, `{{{ … }}}`, `{{! … }}`, `{{!-- … --}}`, sections
/// `{{#…}}…{{/…}}` (and inverted `{{^…}}`) with `{{else}}`, partials `{{> name}}`.
enum HandlebarsSyntax: TemplateSyntax {
    static let fileExtensions = ["hbs", "handlebars", "mustache"]
    static let htmlTemplateSuffixes = [".hbs", ".handlebars", ".mustache"]
    static let opener: UInt8 = 0x7B
    static let secondBytes: [UInt8] = [0x7B]   // {{
    static let branchModel = TemplateBranchModel.conditionals

    static func classify(_ name: String) -> (TemplateStatementRole, String) {
        if name.hasPrefix("#") { return (.open, String(name.dropFirst())) }
        if name.hasPrefix("^") { return name == "^" ? (.separator, "") : (.open, String(name.dropFirst())) }
        if name.hasPrefix("/") { return (.close, String(name.dropFirst())) }
        if name == "else" { return (.separator, "") }
        return (.other, "")
    }

    static func closer(for kind: String) -> String { "{{/\(kind)}}" }

    static func construct(_ m: inout Masker, at: Int) -> Masker.Found? {
        let b = m.b, n = m.n
        if at + 2 < n && b[at + 2] == 0x7B { return m.delimited(at, open: 3, close: [0x7D, 0x7D, 0x7D], quotes: true, kind: .output, what: "{{{") }
        if m.matches(at + 2, "!--") { return m.delimited(at, open: 5, close: Array("--}}".utf8), quotes: false, kind: .comment, what: "{{!--") }
        if at + 2 < n && b[at + 2] == 0x21 { return m.delimited(at, open: 3, close: [0x7D, 0x7D], quotes: false, kind: .comment, what: "{{!") }
        guard let (end, _, _, inner) = m.delimited(at, open: 2, close: [0x7D, 0x7D], quotes: true, kind: .output, what: "{{") else { return nil }
        var k = inner.start
        while k < inner.end && (isHTMLSpace(b[k]) || b[k] == 0x7E) { k += 1 }
        var e = k
        if e < inner.end && (b[e] == 0x23 || b[e] == 0x2F || b[e] == 0x5E) { e += 1 }
        while e < inner.end && !isHTMLSpace(b[e]) && b[e] != 0x7E && b[e] != 0x7D { e += 1 }
        let word = String(decoding: b[k..<e], as: UTF8.self)
        let control = word.hasPrefix("#") || word.hasPrefix("/") || word.hasPrefix("^") || word == "else"
        return (end, control ? .control : .output, word, inner)
    }

    static func includedNames(_ bytes: [UInt8], _ c: TemplateScan.Construct) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let inner = text.dropFirst(2).drop { $0 == "~" || $0 == " " }
        guard inner.hasPrefix(">") else { return [] }
        let name = inner.dropFirst().drop { $0 == " " }.prefix { !$0.isWhitespace && $0 != "}" }
        let bare = name.filter { $0 != "\"" && $0 != "'" }
        return bare.isEmpty ? [] : [bare]
    }

    static func includeCandidates(_ name: String) -> [String] { [name + ".hbs", name + ".handlebars", name + ".html", name] }
}
