/// The invariants the fuzzer (Fuzz/run.sh) and its regression tests check on any input.
public enum FuzzChecks {
    /// Lints `bytes` as a page and as a configuration file; traps if an invariant breaks.
    private static let linter = try! Linter(settings: RuleSettings(severities: ["redundant-script-type": .warning]), reportUnusedDirectives: true)

    public static func run(_ bytes: [UInt8]) {
        let source = SourceText(fileBytes: bytes)
        let document = HTMLParser.parse(source)
        for script in document.scripts {
            precondition(script.tag.range.start >= 0 && script.tag.range.end <= source.bytes.count, "script outside the file")
            precondition(script.tag.range.start < script.tag.range.end, "empty start tag")
            for a in script.tag.attributes {
                precondition(a.leadingSpaceStart <= a.range.start && a.range.start < a.range.end && a.range.end <= script.tag.range.end, "attribute outside its tag")
            }
        }
        let diagnostics = linter.lint(document)
        for d in diagnostics {
            precondition(d.start.line >= 1 && d.start.column >= 1 && d.start <= d.end, "bad position")
            precondition(d.byteRange.start <= d.byteRange.end && d.byteRange.end <= bytes.count, "bad byte range")
        }
        // Fixing converges and touches nothing a second time.
        let fixed = Fixer.fix(bytes, with: linter)
        let again = Fixer.fix(fixed.bytes, with: linter)
        precondition(again.applied == 0, "a second --fix changed the file")
        // Every report format renders.
        let report = Report(files: [FileResult(path: "fuzz.html", diagnostics: diagnostics)])
        for format in OutputFormat.allCases {
            // Only the per-file part: the fixed headers (SARIF's rule catalogue) do not depend on the input.
            _ = Reporter.make(format, options: ReporterOptions()).file(report.files[0])
        }
        // The same bytes as a configuration file and as a baseline.
        if let json = try? JSONParser.parse(bytes) {
            _ = try? Configuration.parse(json, path: "fuzz.json", directory: "/")
        }
    }
}
