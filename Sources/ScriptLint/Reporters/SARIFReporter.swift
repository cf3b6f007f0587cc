#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SARIF 2.1.0 as GitHub code scanning reads it: every rule in `tool.driver.rules`, results with
/// `ruleIndex`, full regions in Unicode code points, and `partialFingerprints` that survive edits
/// above the finding.
final class SARIFReporter: StreamingReporter {
    private var resultsWritten = 0
    private var unreadable: [(String, String)] = []
    private let index: [String: Int]
    private let rules: [RuleInfo]
    private let documentationBase: String

    init(documentationBase: String = RuleCatalog.documentationBase) {
        self.documentationBase = documentationBase
        rules = RuleRegistry.all.map { $0.info } + [RuleInfo(
            id: Directives.pseudoRule, defaultSeverity: .error,
            summary: "A scriptlint directive comment that is malformed, names an unknown rule, or suppresses nothing.",
            brief: "a malformed or unused directive comment"),
            RuleInfo(id: Linter.templateSyntaxRule, defaultSeverity: .error,
                     summary: "Broken template syntax: an unclosed construct or an unbalanced block; the rest of the file is still linted.",
                     brief: "broken template syntax")]
        index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    }

    func begin() -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        w.field("version", "2.1.0")
        w.beginArray("runs")
        w.beginObject()

        w.beginObject("tool")
        w.beginObject("driver")
        w.field("name", "scriptlint")
        w.field("version", ScriptLintVersion.current)
        w.field("semanticVersion", ScriptLintVersion.current)
        w.field("informationUri", "https://github.com/scriptlint/scriptlint")
        w.beginArray("rules")
        for rule in rules {
            w.beginObject()
            w.field("id", rule.id)
            w.field("name", SARIFReporter.camelCase(rule.id))
            w.beginObject("shortDescription"); w.field("text", rule.summary); w.endObject()
            w.beginObject("fullDescription"); w.field("text", RuleDocs.pages[rule.id] == nil ? rule.summary : RuleCatalog.fullDescription(rule.id)); w.endObject()
            w.field("helpUri", RuleDocs.pages[rule.id] == nil ? "https://github.com/scriptlint/scriptlint#inline-directives" : documentationBase + rule.id + ".md")
            w.beginObject("help")
            w.field("text", "See \(documentationBase + rule.id + ".md")")
            w.field("markdown", RuleDocs.pages[rule.id] ?? rule.summary)
            w.endObject()
            w.beginObject("defaultConfiguration")
            w.field("level", SARIFReporter.level(rule.defaultSeverity))
            w.field("enabled", rule.defaultSeverity != .off)
            w.endObject()
            w.beginObject("properties")
            w.beginArray("tags"); w.value("html"); w.value("performance"); w.endArray()
            w.field("fixable", rule.fixable)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()

        w.field("columnKind", "unicodeCodePoints")
        w.beginObject("originalUriBaseIds")
        w.beginObject("%SRCROOT%")
        w.field("uri", "file://" + SARIFReporter.percentEncode(SARIFReporter.currentDirectory()) + "/")
        w.endObject()
        w.endObject()

        w.beginArray("results")
        return w.output
    }

    func file(_ file: FileResult) -> String {
        if let error = file.error { unreadable.append((file.path, error)) }
        var w = JSONWriter(depth: 4, hasItems: resultsWritten > 0)
        resultsWritten += file.diagnostics.count
        do {
            for d in file.diagnostics {
                w.beginObject()
                w.field("ruleId", d.ruleID)
                if let k = index[d.ruleID] { w.field("ruleIndex", k) }
                w.field("level", SARIFReporter.level(d.severity))
                w.beginObject("message"); w.field("text", d.message); w.endObject()
                w.beginArray("locations")
                w.beginObject()
                w.beginObject("physicalLocation")
                SARIFReporter.artifact(file.path, &w)
                w.beginObject("region")
                w.field("startLine", d.start.line)
                w.field("startColumn", d.start.column)
                w.field("endLine", d.end.line)
                w.field("endColumn", d.end.column)
                w.field("byteOffset", d.byteRange.start)
                w.field("byteLength", d.byteRange.count)
                w.endObject()
                w.endObject()
                w.endObject()
                w.endArray()
                w.beginObject("partialFingerprints")
                w.field("primaryLocationLineHash", d.fingerprint)
                w.endObject()
                if let fix = d.fix {
                    w.beginArray("fixes")
                    w.beginObject()
                    w.beginObject("description"); w.field("text", fix.description); w.endObject()
                    w.beginArray("artifactChanges")
                    w.beginObject()
                    SARIFReporter.artifact(file.path, &w)
                    w.beginArray("replacements")
                    for edit in fix.edits {
                        w.beginObject()
                        w.beginObject("deletedRegion")
                        w.field("byteOffset", edit.range.start)
                        w.field("byteLength", edit.range.count)
                        w.endObject()
                        w.beginObject("insertedContent"); w.field("text", edit.replacement); w.endObject()
                        w.endObject()
                    }
                    w.endArray()
                    w.endObject()
                    w.endArray()
                    w.endObject()
                    w.endArray()
                }
                w.endObject()
            }
        }
        return w.output
    }

    func end(_ totals: Totals) -> String {
        var w = JSONWriter(depth: 3, hasItems: true)
        w.beginArray("invocations")
        w.beginObject()
        w.field("executionSuccessful", unreadable.isEmpty)
        w.beginArray("toolExecutionNotifications")
        for (path, error) in unreadable {
            w.beginObject()
            w.field("level", "error")
            w.beginObject("message"); w.field("text", "\(PathCodec.display(path)): \(error)"); w.endObject()
            w.beginArray("locations")
            w.beginObject()
            w.beginObject("physicalLocation")
            SARIFReporter.artifact(path, &w)
            w.endObject()
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endArray()
        return (resultsWritten > 0 ? "\n        ]" : "]") + w.output + "\n    }\n  ]\n}\n"
    }

    static func artifact(_ path: String, _ w: inout JSONWriter) {
        w.beginObject("artifactLocation")
        if path.hasPrefix("/") {
            w.field("uri", "file://" + percentEncode(path))
        } else {
            var relative = path
            while relative.hasPrefix("./") { relative.removeFirst(2) }
            w.field("uri", percentEncode(relative))
            w.field("uriBaseId", "%SRCROOT%")
        }
        w.endObject()
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .off: return "none"
        }
    }

    static func camelCase(_ id: String) -> String {
        let parts = id.split(separator: "-")
        return parts.enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
    }

    /// RFC 3986: unreserved characters and '/' stay, everything else is %-encoded UTF-8.
    static func percentEncode(_ s: String) -> String {
        var out = ""
        for b in PathCodec.encode(s).dropLast().map({ UInt8(bitPattern: $0) }) {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return out
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return PathCodec.decode(cwd)
    }
}
