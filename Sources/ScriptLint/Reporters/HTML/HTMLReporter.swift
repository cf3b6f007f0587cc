import CDeflate

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
        var rules: [String]
        var error: String?
    }

    private let documentationBase: String
    private var rows: [PageRow] = []
    /// Each page's body (counts, timeline, findings, source), one after another, and where each
    /// starts: written inline in a small report, compressed and drawn on demand in a large one.
    private var bodies: [UInt8] = []
    private var offsets: [Int] = [0]
    private var ruleCounts: [String: (severity: Severity, count: Int)] = [:]
    /// Page bodies beyond this many bytes are compressed (zlib) into the report and each drawn when
    /// its page is opened: thousands of pages stay a few megabytes and open at once.
    public var inlineLimit = 2_000_000

    public init(documentationBase: String = RuleCatalog.documentationBase) {
        self.documentationBase = documentationBase
    }

    public func begin() -> String { "" }

    public func file(_ result: FileResult) -> String {
        let id = rows.count + 1
        let name = result.url ?? PathCodec.display(result.path)
        rows.append(PageRow(id: id, name: name, errors: result.errorCount, warnings: result.warningCount,
                            fixable: result.diagnostics.filter { $0.fix != nil }.count, failed: result.error != nil,
                            rules: Array(Set(result.diagnostics.map(\.ruleID))).sorted(), error: result.error))
        for d in result.diagnostics {
            let old = ruleCounts[d.ruleID]
            ruleCounts[d.ruleID] = (max(old?.severity ?? .warning, d.severity), (old?.count ?? 0) + 1)
        }
        bodies += body(result, id: id).utf8
        offsets.append(bodies.count)
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
        let compressed = bodies.count > inlineLimit ? Self.deflate(bodies) : nil
        if compressed != nil {
            h.raw("<p class=\"muted\" id=\"lazy-note\">")
            h.text("\(rows.count) pages: each page's timeline, findings and source are drawn when you unfold it (this needs JavaScript and a browser with DecompressionStream).")
            h.raw("</p>\n")
        }
        for (k, row) in rows.enumerated() {
            shell(&h, row, lazy: compressed != nil, k: k)
            if compressed == nil {
                h.raw(String(decoding: bodies[offsets[k]..<offsets[k + 1]], as: UTF8.self))
                h.raw("</div>\n</section>\n")
            }
        }
        if let compressed {
            // A data block, never run (so outside the policy's script-src); base64 has no `<`.
            h.raw("<script type=\"application/octet-stream\" id=\"page-data\" data-offsets=\"\(offsets.map(String.init).joined(separator: " "))\">")
            h.raw(SHA256.base64(compressed))
            h.raw("</script>\n")
        }
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
        groups(&h)
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

    /// Findings by site (a URL's host) or top folder: where the problems are, at a glance.
    private func groups(_ h: inout HTMLText) {
        var byGroup: [String: (pages: Int, withProblems: Int, errors: Int, warnings: Int)] = [:]
        for r in rows {
            let group = Self.group(of: r.name)
            var g = byGroup[group] ?? (0, 0, 0, 0)
            g.pages += 1
            if r.errors + r.warnings > 0 || r.failed { g.withProblems += 1 }
            g.errors += r.errors
            g.warnings += r.warnings
            byGroup[group] = g
        }
        guard byGroup.count > 1 else { return }
        let limit = 50
        h.raw("<h3>By site or folder</h3>\n<div class=\"scroll\"><table class=\"groups\"><thead><tr><th scope=\"col\">Site or folder</th><th scope=\"col\">Pages</th><th scope=\"col\">With problems</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th></tr></thead><tbody>\n")
        let sorted = byGroup.sorted { ($1.value.errors, $1.value.warnings, $0.key) < ($0.value.errors, $0.value.warnings, $1.key) }
        for (name, g) in sorted.prefix(limit) {
            h.raw("<tr><td>")
            h.text(name)
            h.raw("</td><td class=\"num\">\(g.pages)</td><td class=\"num\">\(g.withProblems)</td><td class=\"num\">\(g.errors)</td><td class=\"num\">\(g.warnings)</td></tr>\n")
        }
        h.raw("</tbody></table></div>\n")
        if sorted.count > limit { h.raw("<p class=\"muted\">\(sorted.count - limit) more, with fewer problems.</p>\n") }
    }

    /// A URL's scheme and host, or a path's first folder (`.` for a file at the top).
    static func group(of name: String) -> String {
        if let scheme = name.firstRange(of: "://") {
            let rest = name[scheme.upperBound...]
            return String(name[..<scheme.upperBound]) + String(rest.prefix { $0 != "/" })
        }
        var path = Substring(name)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if path.hasPrefix("/") { return parts.count > 1 ? "/" + parts.prefix(max(1, parts.count - 1)).prefix(3).joined(separator: "/") : "/" }
        return parts.count > 1 ? String(parts[0]) + "/" : "."
    }

    // MARK: - One page

    /// A page's heading and the opening of its body: the body follows inline, or (lazy) is left
    /// empty for the script to fill from the compressed data.
    private func shell(_ h: inout HTMLText, _ r: PageRow, lazy: Bool, k: Int) {
        let problems = r.errors + r.warnings
        h.raw("<section class=\"page\(lazy ? " lazy" : "")\" id=\"p\(r.id)\" aria-labelledby=\"p\(r.id)-h\" data-k=\"\(k)\" data-problems=\"\(problems)\" data-rules=\"")
        h.attribute(r.rules.joined(separator: " "))
        h.raw("\" data-path=\"")
        h.attribute(r.name)
        h.raw("\">\n<h3 id=\"p\(r.id)-h\">")
        h.text(r.name)
        h.raw("</h3>\n")
        guard lazy else { h.raw("<div class=\"page-body\">\n"); return }
        h.raw("<p class=\"counts\">")
        if let error = r.error {
            h.raw("<span class=\"error\">✖ Not read: ")
            h.text(error)
            h.raw("</span>")
        } else {
            h.text(problems == 0 ? "No problems." : "\(r.errors) error\(r.errors == 1 ? "" : "s"), \(r.warnings) warning\(r.warnings == 1 ? "" : "s").")
        }
        h.raw("</p>\n<div class=\"page-body\"></div>\n</section>\n")
    }

    /// What a page's body holds: its counts, its timeline, its findings and the source of each.
    private func body(_ r: FileResult, id: Int) -> String {
        var h = HTMLText()
        let problems = r.errorCount + r.warningCount
        h.raw("<p class=\"counts\">")
        if let error = r.error {
            h.raw("<span class=\"error\">✖ Not read: ")
            h.text(error)
            h.raw("</span></p>\n")
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
        return h.output
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: scriptlint_deflate_bound(bytes.count))
        let n = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { scriptlint_deflate(input.baseAddress, input.count, $0.baseAddress, $0.count) }
        }
        guard n > 0 else { return nil }
        return Array(out[..<n])
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
