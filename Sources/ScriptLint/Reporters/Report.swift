/// Everything one run found, in the order the files were given.
public struct Report: Sendable {
    public var files: [FileResult]

    public init(files: [FileResult]) { self.files = files }

    public var errorCount: Int { files.reduce(0) { $0 + $1.errorCount } }
    public var warningCount: Int { files.reduce(0) { $0 + $1.warningCount } }
    public var fixableCount: Int { files.reduce(0) { $0 + $1.diagnostics.filter { $0.fix != nil }.count } }
    public var unreadableCount: Int { files.filter { $0.error != nil }.count }
    public var fixesApplied: Int { files.reduce(0) { $0 + $1.fixesApplied } }
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif, checkstyle, junit, github
}

public struct ReporterOptions: Sendable {
    public var color: Bool
    public var quiet: Bool
    /// The fixes were only shown as a diff, not written.
    public var fixDryRun: Bool

    public init(color: Bool = false, quiet: Bool = false, fixDryRun: Bool = false) {
        self.color = color
        self.quiet = quiet
        self.fixDryRun = fixDryRun
    }
}

public enum Reporter {
    public static func render(_ report: Report, format: OutputFormat, options: ReporterOptions) -> String {
        switch format {
        case .text: return TextReporter(options: options).render(report)
        case .json: return JSONReporter.render(report)
        case .sarif: return SARIFReporter.render(report)
        case .checkstyle: return CheckstyleReporter.render(report)
        case .junit: return JUnitReporter.render(report)
        case .github: return GitHubReporter.render(report)
        }
    }
}
