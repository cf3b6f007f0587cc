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
        if lines {
            // Every line stands alone (a mapper's output is split and shuffled): it names its schema.
            w.field("schemaVersion", JSONReporter.schemaVersion)
            w.field("toolVersion", ScriptLintVersion.current)
        }
        w.field("path", PathCodec.display(file.path))
        if let fetch = file.fetch {
            w.field("url", fetch.url)
            w.field("finalUrl", fetch.finalURL)
            w.raw("redirects", .array(fetch.redirects.map { .object(["status": .number(Double($0.status)), "location": .string($0.location)]) }))
            w.field("status", fetch.status)
            w.field("contentType", fetch.contentType)
        }
        if let record = file.record { JSONReporter.write(record, &w) }
        if let summary = file.summary { JSONReporter.write(summary, diagnostics: file.diagnostics, &w) }
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

    static func write(_ record: ArchiveRecord, _ w: inout JSONWriter) {
        w.beginObject("record")
        w.field("archive", PathCodec.display(record.archive))
        w.field("recordId", record.recordID)
        w.field("date", record.date)
        w.field("offset", record.offset)
        w.field("length", record.length)
        w.endObject()
    }

    /// `rules` counts `diagnostics` (none for a model, which has no findings).
    static func write(_ s: PageSummary, diagnostics: [Diagnostic], _ w: inout JSONWriter) {
        w.beginObject("summary")
        w.field("scripts", s.scripts)
        w.field("external", s.external)
        w.field("inline", s.inline)
        w.field("async", s.async)
        w.field("defer", s.defer)
        w.field("asyncAndDefer", s.asyncAndDefer)
        w.field("module", s.module)
        w.field("nomodule", s.nomodule)
        w.field("importmap", s.importmap)
        w.field("data", s.data)
        w.field("inHead", s.inHead)
        w.field("inBody", s.inBody)
        w.field("renderBlocking", s.renderBlocking)
        w.field("renderBlockingInline", s.renderBlockingInline)
        w.field("renderBlockingInlineBytes", s.renderBlockingInlineBytes)
        w.field("generator", s.generator)
        var rules: [String: Int] = [:]
        for d in diagnostics { rules[d.ruleID, default: 0] += 1 }
        w.beginObject("rules")
        for (id, count) in rules.sorted(by: { $0.key < $1.key }) { w.field(id, count) }
        w.endObject()
        w.endObject()
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
