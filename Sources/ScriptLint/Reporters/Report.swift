/// Everything one run found, in the order the files were given.
public struct Report: Sendable {
    public var files: [FileResult]

    public init(files: [FileResult]) { self.files = files }

    public var totals: Totals {
        var t = Totals()
        for file in files { t.add(file) }
        return t
    }
}

/// Counts over the files reported so far; reporters stream files one by one and print these last.
public struct Totals: Sendable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var fixable = 0
    public var unreadable = 0
    public var fixesApplied = 0
    public var fixedFiles = 0

    public init() {}

    public mutating func add(_ file: FileResult) {
        files += 1
        errors += file.errorCount
        warnings += file.warningCount
        fixable += file.diagnostics.filter { $0.fix != nil }.count
        if file.error != nil { unreadable += 1 }
        fixesApplied += file.fixesApplied
        if file.fixesApplied > 0 { fixedFiles += 1 }
    }
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, jsonl, sarif, checkstyle, junit, github, html
}

public struct ReporterOptions: Sendable {
    public var color: Bool
    public var quiet: Bool
    /// The fixes were only shown as a diff, not written.
    public var fixDryRun: Bool
    /// Where the rules' pages are (`<base><rule-id>.md`), for SARIF's `helpUri` and the HTML report's links.
    public var documentationBase: String

    public init(color: Bool = false, quiet: Bool = false, fixDryRun: Bool = false,
                documentationBase: String = RuleCatalog.documentationBase) {
        self.color = color
        self.quiet = quiet
        self.fixDryRun = fixDryRun
        self.documentationBase = documentationBase
    }
}

/// A report written as the files come in, so memory does not grow with the number of files.
public protocol StreamingReporter: AnyObject {
    func begin() -> String
    func file(_ result: FileResult) -> String
    func end(_ totals: Totals) -> String
}

public enum Reporter {
    public static func make(_ format: OutputFormat, options: ReporterOptions) -> StreamingReporter {
        switch format {
        case .text: return TextReporter(options: options)
        case .json: return JSONReporter()
        case .jsonl: return JSONReporter(lines: true)
        case .sarif: return SARIFReporter(documentationBase: options.documentationBase)
        case .checkstyle: return CheckstyleReporter()
        case .junit: return JUnitReporter()
        case .github: return GitHubReporter()
        case .html: return HTMLReporter(documentationBase: options.documentationBase)
        }
    }

    /// The whole report at once.
    public static func render(_ report: Report, format: OutputFormat, options: ReporterOptions) -> String {
        let reporter = make(format, options: options)
        var out = reporter.begin()
        for file in report.files { out += reporter.file(file) }
        return out + reporter.end(report.totals)
    }
}
