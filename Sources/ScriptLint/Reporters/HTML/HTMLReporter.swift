/// `--format html`: one self-contained page — summary first, then for each page a loading timeline
/// drawn in SVG, its findings and the source around each. No request to any host: inline CSS and
/// JavaScript allowed by hash in a Content-Security-Policy, no fonts, no images. Everything read
/// from a linted file, a path or a URL is escaped where it lands; the script reads nothing but the
/// page's own attributes. Readable without JavaScript; the script only filters and folds.
public final class HTMLReporter: StreamingReporter {
    struct PageRow {
        var id: Int
        var name: String
        var errors: Int
        var warnings: Int
        var fixable: Int
        var failed: Bool
    }

    private let documentationBase: String
    private var rows: [PageRow] = []
    private var sections: [String] = []
    private var ruleCounts: [String: (severity: Severity, count: Int)] = [:]

    public init(documentationBase: String = RuleCatalog.documentationBase) {
        self.documentationBase = documentationBase
    }

    public func begin() -> String { "" }

    public func file(_ result: FileResult) -> String {
        let id = rows.count + 1
        let name = result.url ?? PathCodec.display(result.path)
        rows.append(PageRow(id: id, name: name, errors: result.errorCount, warnings: result.warningCount,
                            fixable: result.diagnostics.filter { $0.fix != nil }.count, failed: result.error != nil))
        for d in result.diagnostics {
            let old = ruleCounts[d.ruleID]
            ruleCounts[d.ruleID] = (max(old?.severity ?? .warning, d.severity), (old?.count ?? 0) + 1)
        }
        sections.append(section(result, id: id, name: name))
        return ""
    }

    public func end(_ totals: Totals) -> String {
        var h = HTMLText()
        let problems = totals.errors + totals.warnings
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src \(SHA256.cspSource(Self.css)); script-src \(SHA256.cspSource(Self.script)); base-uri 'none'; form-action 'none'\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
        h.raw("<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
        h.text("scriptlint: \(problems) problem\(problems == 1 ? "" : "s") in \(totals.files) file\(totals.files == 1 ? "" : "s")")
        h.raw("</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n")
        h.raw("<a class=\"skip\" href=\"#pages\">Skip to the pages</a>\n")
        h.raw(Self.patterns)
        h.raw("<header><h1>scriptlint report</h1><p class=\"muted\">")
        h.text("scriptlint \(ScriptLintVersion.current): how each page loads its scripts, and what to change.")
        h.raw("</p></header>\n<main>\n")
        summary(&h, totals)
        h.raw(Self.controls)
        h.raw("<section id=\"pages\" aria-labelledby=\"pages-h\">\n<h2 id=\"pages-h\">Pages</h2>\n")
        if rows.isEmpty { h.raw("<p>No files were linted.</p>\n") }
        for s in sections { h.raw(s) }
        h.raw("</section>\n</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n")
        return h.output
    }

    // MARK: - Summary

    private func summary(_ h: inout HTMLText, _ totals: Totals) {
        h.raw("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n")
        h.raw("<table class=\"totals\"><tbody>")
        for (label, value, cls) in [("Files", totals.files, ""), ("Errors", totals.errors, "error"), ("Warnings", totals.warnings, "warning"),
                                    ("Fixable with --fix", totals.fixable, ""), ("Could not be read", totals.unreadable, totals.unreadable > 0 ? "error" : "")] {
            h.raw("<tr><th scope=\"row\">")
            h.text(label)
            h.raw("</th><td class=\"num \(cls)\">\(value)</td></tr>")
        }
        h.raw("</tbody></table>\n")
        h.raw("<h3>Rules that fired</h3>\n")
        if ruleCounts.isEmpty {
            h.raw("<p>None: no problems found.</p>\n")
        } else {
            h.raw("<div class=\"scroll\"><table class=\"rules\"><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Findings</th><th scope=\"col\" class=\"desc\">What it means</th></tr></thead><tbody>\n")
            for (rule, entry) in ruleCounts.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
                h.raw("<tr><td>")
                ruleLink(&h, rule)
                h.raw("</td><td>")
                severity(&h, entry.severity)
                h.raw("</td><td class=\"num\">\(entry.count)</td><td class=\"desc\">")
                h.prose(RuleRegistry.rule(rule)?.info.summary ?? (rule == Linter.templateSyntaxRule ? "Broken template syntax." : ""))
                h.raw("</td></tr>\n")
            }
            h.raw("</tbody></table></div>\n")
        }
        h.raw("<h3>Pages, worst first</h3>\n")
        let worst = rows.filter { $0.errors + $0.warnings > 0 || $0.failed }
            .sorted { ($1.failed ? 1 : 0, $1.errors, $1.warnings, $0.id) < ($0.failed ? 1 : 0, $0.errors, $0.warnings, $1.id) }
        if worst.isEmpty {
            h.raw("<p>Every page is clean.</p>\n")
        } else {
            h.raw("<div class=\"scroll\"><table class=\"worst\"><thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Fixable</th></tr></thead><tbody>\n")
            for r in worst {
                h.raw("<tr><td><a href=\"#p\(r.id)\">")
                h.text(r.name)
                h.raw("</a>\(r.failed ? " <span class=\"error\">(not read)</span>" : "")</td><td class=\"num\">\(r.errors)</td><td class=\"num\">\(r.warnings)</td><td class=\"num\">\(r.fixable)</td></tr>\n")
            }
            h.raw("</tbody></table></div>\n")
        }
        let clean = rows.count - worst.count
        if clean > 0 { h.raw("<p>\(clean) page\(clean == 1 ? "" : "s") without findings.</p>\n") }
        h.raw("</section>\n")
    }

    // MARK: - One page

    private func section(_ r: FileResult, id: Int, name: String) -> String {
        var h = HTMLText()
        let problems = r.errorCount + r.warningCount
        h.raw("<section class=\"page\" id=\"p\(id)\" aria-labelledby=\"p\(id)-h\" data-problems=\"\(problems)\" data-path=\"")
        h.attribute(name)
        h.raw("\">\n<h3 id=\"p\(id)-h\">")
        h.text(name)
        h.raw("</h3>\n<div class=\"page-body\">\n<p class=\"counts\">")
        if let error = r.error {
            h.raw("<span class=\"error\">✖ Not read: ")
            h.text(error)
            h.raw("</span></p>\n</div>\n</section>\n")
            return h.output
        }
        h.text(problems == 0 ? "No problems." : "\(r.errorCount) error\(r.errorCount == 1 ? "" : "s"), \(r.warningCount) warning\(r.warningCount == 1 ? "" : "s").")
        if let page = r.page {
            h.text(" \(page.scripts.count) script\(page.scripts.count == 1 ? "" : "s")")
            if let dialect = page.dialect { h.text(", read as a \(dialect.rawValue) template") }
            h.text(".")
        }
        h.raw("</p>\n")
        if let page = r.page, !page.scripts.isEmpty {
            TimelineDrawing.draw(&h, page: page, diagnostics: r.diagnostics, pageID: id)
        }
        if !r.diagnostics.isEmpty {
            h.raw("<h4>Findings</h4>\n<div class=\"scroll\"><table class=\"findings\"><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\">Message</th></tr></thead><tbody>\n")
            for (k, d) in r.diagnostics.enumerated() {
                h.raw("<tr class=\"finding\" data-severity=\"\(d.severity.rawValue)\" data-rule=\"")
                h.attribute(d.ruleID)
                h.raw("\"><td><a href=\"#p\(id)-f\(k + 1)\">\(d.start.line):\(d.start.column)</a></td><td>")
                severity(&h, d.severity)
                h.raw("</td><td>")
                ruleLink(&h, d.ruleID)
                h.raw("</td><td>")
                h.prose(d.message)
                if d.fix != nil { h.raw(" <span class=\"fixable\">(fixable)</span>") }
                h.raw("</td></tr>\n")
            }
            h.raw("</tbody></table></div>\n<h4>Source</h4>\n")
            for (k, d) in r.diagnostics.enumerated() {
                h.raw("<div class=\"excerpt finding-source\" id=\"p\(id)-f\(k + 1)\" data-severity=\"\(d.severity.rawValue)\" data-rule=\"")
                h.attribute(d.ruleID)
                h.raw("\"><p>")
                severity(&h, d.severity)
                h.text(" line \(d.start.line), column \(d.start.column) — \(d.ruleID)")
                h.raw("</p>\n<pre><code>")
                for line in r.page?.excerpts[k] ?? [] {
                    h.raw("<span class=\"ln\" aria-hidden=\"true\">\(line.number)</span>")
                    h.source(line.before)
                    if !line.marked.isEmpty {
                        h.raw("<mark>")
                        h.source(line.marked)
                        h.raw("</mark>")
                    }
                    h.source(line.after)
                    h.raw("\n")
                }
                h.raw("</code></pre></div>\n")
            }
        }
        h.raw("</div>\n</section>\n")
        return h.output
    }

    private func ruleLink(_ h: inout HTMLText, _ rule: String) {
        if RuleDocs.pages[rule] != nil {
            h.raw("<a href=\"")
            h.attribute(documentationBase + rule + ".md")
            h.raw("\"><code>")
            h.text(rule)
            h.raw("</code></a>")
        } else {
            h.raw("<code>")
            h.text(rule)
            h.raw("</code>")
        }
    }

    private func severity(_ h: inout HTMLText, _ s: Severity) {
        switch s {
        case .error: h.raw("<span class=\"sev error\">✖ error</span>")
        case .warning: h.raw("<span class=\"sev warning\">▲ warning</span>")
        case .off: h.raw("<span class=\"sev\">off</span>")
        }
    }
}

/// HTML being written, with one escape per context.
struct HTMLText {
    var output = ""

    mutating func raw(_ s: String) { output += s }

    /// Whether a string needs no escaping at all (the common case, copied whole).
    private static func plain(_ s: String, source: Bool) -> Bool {
        s.utf8.allSatisfy { b in
            b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0x22 && b != 0x27 && b != 0x7F
                && (!source || (b != 0xE2 && b != 0xD8 && b != 0xEF && b != 0xC2))
        }
    }

    /// Text content (also SVG `<text>` and `<title>`).
    mutating func text(_ s: String) {
        if Self.plain(s, source: false) { output += s; return }
        for c in s.unicodeScalars { append(c, inAttribute: false) }
    }

    /// A message or summary: text, with each `quoted` part as code.
    mutating func prose(_ s: String) {
        let parts = s.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return text(s) }
        for (k, part) in parts.enumerated() {
            if k % 2 == 1 && k < parts.count - 1 {
                raw("<code>")
                source(String(part))
                raw("</code>")
            } else {
                text((k % 2 == 1 ? "`" : "") + String(part))
            }
        }
    }

    /// A double-quoted attribute value.
    mutating func attribute(_ s: String) {
        if Self.plain(s, source: false) { output += s; return }
        for c in s.unicodeScalars { append(c, inAttribute: true) }
    }

    /// Source text: escaped, and the characters that hide or reorder text (controls, bidi
    /// overrides) shown as what they are.
    mutating func source(_ s: String) {
        // Tabs are fine in source; C1 controls start with 0xC2, bidi marks with 0xE2 or 0xD8, a BOM with 0xEF.
        if Self.plain(s.utf8.contains(0x09) ? String(s.map { $0 == "\t" ? " " : $0 }) : s, source: true) { output += s; return }
        for c in s.unicodeScalars {
            let v = c.value
            if (v < 0x20 && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0xFEFF || v == 0x061C {
                output += "<span class=\"ctl\">⟨U+\(String(v, radix: 16, uppercase: true))⟩</span>"
            } else {
                append(c, inAttribute: false)
            }
        }
    }

    private mutating func append(_ c: Unicode.Scalar, inAttribute: Bool) {
        switch c {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        case "\"": output += "&quot;"
        case "'": output += "&#39;"
        case "\u{0}": output += "\u{FFFD}"
        default:
            if inAttribute && (c == "\n" || c == "\r" || c == "\t") { output += "&#\(c.value);" } else { output.unicodeScalars.append(c) }
        }
    }
}
