/// The JSON report; its schema is `Schemas/report.schema.json`.
public enum JSONReporter {
    public static let schemaVersion = 1

    static func render(_ report: Report) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schemaVersion", schemaVersion)
        w.beginObject("tool")
        w.field("name", "scriptlint")
        w.field("version", ScriptLintVersion.current)
        w.endObject()
        w.beginArray("files")
        for file in report.files {
            w.beginObject()
            w.field("path", file.path)
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
                    write(fix, &w)
                    w.endObject()
                } else {
                    w.field("fix", nil as String?)
                }
                w.beginArray("suggestions")
                for s in d.suggestions {
                    w.beginObject()
                    write(s, &w)
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginObject("totals")
        w.field("files", report.files.count)
        w.field("errors", report.errorCount)
        w.field("warnings", report.warningCount)
        w.field("fixable", report.fixableCount)
        w.field("unreadable", report.unreadableCount)
        w.endObject()
        w.endObject()
        return w.output + "\n"
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
