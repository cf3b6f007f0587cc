/// `--list-rules` and the fallback for `--explain`.
public enum RuleCatalog {
    public static func list() -> String {
        let width = RuleRegistry.all.map { $0.info.id.count }.max() ?? 0
        var out = "RULE" + String(repeating: " ", count: width - 4) + "  DEFAULT  FIX  SUMMARY\n"
        for rule in RuleRegistry.all {
            let info = rule.info
            out += info.id + String(repeating: " ", count: width - info.id.count) + "  "
            out += info.defaultSeverity.rawValue + String(repeating: " ", count: 7 - info.defaultSeverity.rawValue.count) + "  "
            out += (info.fixable ? "yes" : "no ") + "  " + info.summary + "\n"
        }
        return out
    }

    /// Everything scriptlint declares about its rules and its platforms' settings, as JSON
    /// (`--list-rules --format json`): what the README's rule table and the configuration schema
    /// are generated from (`scripts/generate-rule-metadata.py`), and what tools may read.
    public static func listJSON() -> String {
        var w = JSONWriter()
        w.beginObject()
        w.beginArray("rules")
        for rule in RuleRegistry.all {
            let info = rule.info
            w.beginObject()
            w.field("id", info.id)
            w.field("defaultSeverity", info.defaultSeverity.rawValue)
            w.field("fixable", info.fixable)
            w.field("summary", info.summary)
            w.field("brief", info.brief)
            w.field("documentation", documentationBase + info.id + ".md")
            w.field("source", "Sources/ScriptLint/Rules/\(String(describing: rule)).swift")
            w.beginObject("options")
            for (name, option) in info.options.sorted(by: { $0.key < $1.key }) {
                w.beginObject(name)
                w.field("type", option.kind.rawValue)
                w.field("summary", option.summary)
                w.endObject()
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.beginArray("platforms")
        for platform in Platforms.all {
            w.beginObject()
            w.field("id", platform.id.rawValue)
            w.field("name", platform.id.displayName)
            w.beginArray("fileKinds")
            for kind in platform.fileKinds { w.value(kind.suffix) }
            w.endArray()
            // Below one of these, a folder walk reads JavaScript and TypeScript for it.
            w.beginArray("projectMarkers")
            for marker in platform.projectMarkers { w.value(marker) }
            w.endArray()
            w.beginArray("projectPackages")
            for package in platform.projectPackages { w.value(package) }
            w.endArray()
            w.beginArray("settings")
            for setting in platform.settings {
                w.beginObject()
                w.field("name", setting.name)
                w.field("type", setting.kind == .boolean ? "boolean" : "release")
                w.raw("default", setting.defaultValue)
                w.field("summary", setting.summary)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    public static func summary(_ id: String) -> String {
        guard let info = RuleRegistry.rule(id)?.info else { return "" }
        return "\(info.id) (default: \(info.defaultSeverity.rawValue))\n\n\(info.summary)\n"
    }
}

/// One JSON line per script: the model a rule sees (for debugging and for comparing with other parsers).
public enum ModelReporter {
    /// The line before an archived page's script lines: the page, its record and its summary.
    public static func renderPage(url: String, status: Int, record: ArchiveRecord, summary: PageSummary) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("page", url)
        w.field("status", status)
        JSONReporter.write(record, &w)
        JSONReporter.write(summary, diagnostics: [], &w)
        w.endObject()
        return w.output + "\n"
    }

    public static func render(_ document: ScriptDocument, path: String) -> String {
        var out = ""
        for s in document.scripts {
            var w = JSONWriter(pretty: false)
            let pos = document.source.position(of: s.tag.range.start)
            w.beginObject()
            w.field("path", path)
            w.field("index", s.index)
            w.field("line", pos.line)
            w.field("column", pos.column)
            w.field("startOffset", document.source.fileOffset(s.tag.range.start))
            w.field("kind", s.kind.rawValue)
            w.field("type", s.typeValue)
            w.field("src", s.src)
            w.field("id", s.tag.attribute("id")?.value)
            w.field("external", s.isExternal)
            w.field("async", s.isAsync)
            w.field("defer", s.isDefer)
            w.field("nomodule", s.isNoModule)
            w.field("blockingRender", s.isBlockingRender)
            w.field("placement", s.placement.rawValue)
            w.field("inert", s.inert?.rawValue)
            w.field("svg", s.isSVG)
            w.field("atEndOfBody", s.atEndOfBody)
            w.field("selfClosing", s.tag.selfClosing)
            w.field("unterminated", s.isUnterminated)
            w.field("deferredBy", s.deferredBy)
            if let t = s.template {
                w.field("dialect", t.dialect.rawValue)
                w.beginArray("dynamic"); for a in t.dynamic.sorted() { w.value(a) }; w.endArray()
                w.beginArray("conditional"); for a in t.conditional.sorted() { w.value(a) }; w.endArray()
                w.field("unknownAttributes", t.unknownAttributes)
                w.field("endOfBodyUnknown", t.endOfBodyUnknown)
                w.field("placementReason", t.placementReason)
            }
            if let a = s.api {
                w.field("platform", a.platform.rawValue)
                w.field("call", a.call)
                w.field("handle", a.handle)
                w.beginArray("dependencies"); for d in a.dependencies { w.value(d) }; w.endArray()
                w.field("why", a.why)
                w.field("unknownLoading", a.unknownLoading)
                w.field("insertedAfterLoad", a.insertedAfterLoad)
                w.field("setByBuildTool", a.setByBuildTool)
                w.field("endOfBodyUnknown", a.endOfBodyUnknown)
                if !a.variants.isEmpty {
                    w.beginArray("variants")
                    for v in a.variants {
                        w.beginObject()
                        w.field("context", v.context)
                        w.field("placement", v.placement.rawValue)
                        w.field("async", v.isAsync)
                        w.field("defer", v.isDefer)
                        if let end = v.atEndOfBody { w.field("atEndOfBody", end) } else { w.field("atEndOfBody", nil as String?) }
                        w.endObject()
                    }
                    w.endArray()
                }
            }
            w.endObject()
            out += w.output + "\n"
        }
        return out
    }
}

extension RuleCatalog {
    /// Where each rule's page lives online (SARIF `helpUri`, JUnit and checkstyle links).
    public static let documentationBase = "https://github.com/scriptlint/scriptlint/blob/main/Rules/"

    public static func helpURI(_ id: String) -> String { documentationBase + id + ".md" }

    /// The first paragraph of the rule page's "What it does", unwrapped.
    public static func fullDescription(_ id: String) -> String {
        guard let page = RuleDocs.pages[id], let start = page.range(of: "## What it does\n\n") else {
            return RuleRegistry.rule(id)?.info.summary ?? ""
        }
        let rest = page[start.upperBound...]
        let paragraph = rest.components(separatedBy: "\n\n").first ?? ""
        return paragraph.split(separator: "\n").joined(separator: " ")
    }
}

extension StringProtocol {
    /// Foundation-free substring search.
    fileprivate func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }

    fileprivate func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let r = rest.range(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
