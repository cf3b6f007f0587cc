/// The JSON report; its schema is `Schemas/report.schema.json`.
public final class JSONReporter: StreamingReporter {
    public static let schemaVersion = 1
    private var filesWritten = 0
    /// `--format jsonl`: one compact object per file on its own line, nothing else (a mapper's output).
    private let lines: Bool

    public init(lines: Bool = false) { self.lines = lines }

    public func begin() -> String {
        if lines { return "" }
        var w = JSONWriter()
        w.beginObject()
        w.field("schemaVersion", JSONReporter.schemaVersion)
        w.beginObject("tool")
        w.field("name", "scriptlint")
        w.field("version", ScriptLintVersion.current)
        w.endObject()
        w.beginArray("files")
        return w.output
    }

    public func file(_ file: FileResult) -> String {
        var w = lines ? JSONWriter(pretty: false) : JSONWriter(depth: 2, hasItems: filesWritten > 0)
        filesWritten += 1
        w.beginObject()
        w.field("path", PathCodec.display(file.path))
        if let fetch = file.fetch {
            w.field("url", fetch.url)
            w.field("finalUrl", fetch.finalURL)
            w.raw("redirects", .array(fetch.redirects.map { .object(["status": .number(Double($0.status)), "location": .string($0.location)]) }))
            w.field("status", fetch.status)
            w.field("contentType", fetch.contentType)
        }
        w.field("error", file.error)
        w.field("errorCount", file.errorCount)
        w.field("warningCount", file.warningCount)
        w.beginArray("diagnostics")
        for d in file.diagnostics {
            w.beginObject()
            w.field("ruleId", d.ruleID)
            w.field("severity", d.severity.rawValue)
            w.field("message", d.message)
            w.field("line", d.start.line)
            w.field("column", d.start.column)
            w.field("endLine", d.end.line)
            w.field("endColumn", d.end.column)
            w.field("startOffset", d.byteRange.start)
            w.field("endOffset", d.byteRange.end)
            if let fix = d.fix {
                w.beginObject("fix")
                JSONReporter.write(fix, &w)
                w.endObject()
            } else {
                w.field("fix", nil as String?)
            }
            w.beginArray("suggestions")
            for s in d.suggestions {
                w.beginObject()
                JSONReporter.write(s, &w)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return lines ? w.output + "\n" : w.output
    }

    public func end(_ totals: Totals) -> String {
        if lines { return "" }
        var w = JSONWriter(depth: 1, hasItems: true)
        w.beginObject("totals")
        w.field("files", totals.files)
        w.field("errors", totals.errors)
        w.field("warnings", totals.warnings)
        w.field("fixable", totals.fixable)
        w.field("unreadable", totals.unreadable)
        w.endObject()
        return (filesWritten > 0 ? "\n  ]" : "]") + w.output + "\n}\n"
    }

    private static func write(_ fix: Fix, _ w: inout JSONWriter) {
        w.field("description", fix.description)
        w.beginArray("edits")
        for e in fix.edits {
            w.beginObject()
            w.field("startOffset", e.range.start)
            w.field("endOffset", e.range.end)
            w.field("text", e.replacement)
            w.endObject()
        }
        w.endArray()
    }
}

public enum ScriptLintVersion {
    public static let current = "0.1.0"
}
