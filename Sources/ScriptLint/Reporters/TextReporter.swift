/// `path:line:column: severity: message [rule-id]`, grouped by file, then a summary line.
final class TextReporter: StreamingReporter {
    let options: ReporterOptions
    private var shownFiles = 0

    init(options: ReporterOptions) { self.options = options }

    private func paint(_ s: String, _ code: String) -> String {
        options.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    func begin() -> String { "" }

    func file(_ file: FileResult) -> String {
        var out = ""
        let path = TextReporter.escape(PathCodec.display(file.path))
        if let error = file.error {
            return "\(paint(path, "1")): \(paint("error", "31;1")): \(error)\n"
        }
        let shown = file.diagnostics.filter { !options.quiet || $0.severity == .error }
        if shown.isEmpty { return "" }
        if shownFiles > 0 { out += "\n" }
        shownFiles += 1
        for d in shown {
            let sev = d.severity == .error ? paint("error", "31;1") : paint("warning", "33;1")
            let fixable = d.fix != nil ? paint(" (fixable)", "2") : ""
            out += "\(paint("\(path):\(d.start.line):\(d.start.column)", "1")): \(sev): \(d.message) "
                + paint("[\(d.ruleID)]", "2") + fixable + "\n"
        }
        return out
    }

    func end(_ totals: Totals) -> String { summary(totals) }

    private func summary(_ report: Totals) -> String {
        let errors = report.errors, warnings = report.warnings
        let checked = report.files - report.unreadable
        let files = "\(checked) file\(checked == 1 ? "" : "s")"
        var line = ""
        if report.fixesApplied > 0 {
            let fixedFiles = report.fixedFiles
            line += (options.fixDryRun ? "Would fix " : "Fixed ") + "\(report.fixesApplied) problem\(report.fixesApplied == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s"). "
        }
        if errors + warnings == 0 {
            line += paint("No problems", "32;1") + " in \(files)."
        } else {
            let problems = errors + warnings
            line += paint("\(problems) problem\(problems == 1 ? "" : "s")", errors > 0 ? "31;1" : "33;1")
                + " (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")) in \(files)."
            if report.fixable > 0 {
                line += " \(report.fixable) fixable with `--fix`."
            }
        }
        if report.unreadable > 0 {
            line += " \(report.unreadable) file\(report.unreadable == 1 ? "" : "s") could not be read."
        }
        return line + "\n"
    }

    /// Control characters in a path would break the one-line-per-finding format: show them escaped.
    static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
