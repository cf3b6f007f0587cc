/// The template languages scriptlint reads (SPEC §8).
public enum TemplateDialect: String, Sendable, CaseIterable, Codable {
    /// Jinja2, Django, Nunjucks, Twig, Liquid: `{% … %}`, `{{ … }}`, `{# … #}`.
    case jinja
    /// ERB and EJS: `<% … %>`, `<%= … %>`, `<%# … %>`.
    case erb
    /// `<?php … ?>`, `<?= … ?>`.
    case php
    /// Handlebars and Mustache: `{{ … }}`, `{{{ … }}}`, `{{! … }}`, `{{#…}}…{{/…}}`.
    case handlebars
    /// Go html/template and Hugo: `{{ … }}`, `{{- … -}}`, `{{/* … */}}`.
    case go

    /// The dialect a file name says, from its last extension (or `.html.erb`-style pairs).
    public static func fromFileName(_ name: String) -> TemplateDialect? {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "jinja", "jinja2", "j2", "twig", "njk", "liquid", "djhtml", "nunjucks": return .jinja
        case "erb", "ejs", "rhtml": return .erb
        case "php", "phtml": return .php
        case "hbs", "handlebars", "mustache": return .handlebars
        case "tmpl", "gohtml", "gotmpl": return .go
        default: return nil
        }
    }

    /// File names that say "an HTML template" and are linted by a folder walk without configuration.
    public static func isHTMLTemplateName(_ name: String) -> Bool {
        let lower = name.lowercased()
        for suffix in [".html.erb", ".html.twig", ".html.j2", ".html.jinja", ".jinja", ".jinja2", ".j2", ".njk", ".twig",
                       ".liquid", ".hbs", ".handlebars", ".mustache", ".ejs", ".gohtml", ".djhtml"] where lower.hasSuffix(suffix) {
            return true
        }
        return false
    }

    /// Sniffs an `.html`/`.htm` file: the dialect whose constructs it holds, or `nil` for plain HTML.
    /// Only unambiguous signs count, so that a plain page with a stray `{{` stays plain.
    public static func sniff(_ bytes: [UInt8]) -> TemplateDialect? {
        let limit = min(bytes.count, 1 << 20)
        var jinja = 0, braces = 0, erb = 0, php = 0, handlebars = 0, go = 0
        var i = 0
        while i + 2 < limit {
            let c = bytes[i], d = bytes[i + 1]
            if c == 0x7B && d == 0x25 { jinja += 1 }                            // {%
            else if c == 0x7B && d == 0x23 && bytes[i + 2] != 0x7D && (i == 0 || bytes[i - 1] != 0x7B) { jinja += 1 } // {# (not {{#)
            else if c == 0x7B && d == 0x7B {
                braces += 1
                var k = i + 2
                while k < limit && bytes[k] == 0x20 { k += 1 }
                if k < limit {
                    switch bytes[k] {
                    case 0x23, 0x2F, 0x21, 0x3E, 0x5E: handlebars += 1           // {{# {{/ {{! {{> {{^
                    case 0x2E, 0x2D: go += 1                                      // {{ . {{- (Go's dot and trims)
                    case 0x7B: handlebars += 1                                    // {{{
                    default:
                        if startsWord(bytes, k, limit, ["end", "range ", "template ", "define ", "with ", "else"]) { go += 1 }
                        if startsWord(bytes, k, limit, ["/*"]) { go += 1 }
                    }
                }
            } else if c == 0x3C && d == 0x25 { erb += 1 }                       // <%
            else if c == 0x3C && d == 0x3F && (startsWord(bytes, i + 2, limit, ["php", "="])) { php += 1 }
            i += 1
        }
        if php > 0 { return .php }
        if erb > 0 && erb >= jinja { return .erb }
        if jinja > 0 { return .jinja }
        if handlebars > 0 && handlebars >= go { return .handlebars }
        if go > 0 { return .go }
        // `{{ x }}` alone is also Angular's and Vue's client-side syntax in plain pages: not a sign.
        _ = braces
        return nil
    }

    private static func startsWord(_ b: [UInt8], _ at: Int, _ limit: Int, _ words: [String]) -> Bool {
        words.contains { w in
            let u = Array(w.utf8)
            return at + u.count <= limit && Array(b[at..<(at + u.count)]) == u
        }
    }
}
