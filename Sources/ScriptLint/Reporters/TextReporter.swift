/// `path:line:column: severity: message [rule-id]`, grouped by file, then a summary line.
struct TextReporter {
    let options: ReporterOptions

    private func paint(_ s: String, _ code: String) -> String {
        options.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    func render(_ report: Report) -> String {
        var out = ""
        var shownFiles = 0
        for file in report.files {
            let path = TextReporter.escape(file.path)
            if let error = file.error {
                out += "\(paint(path, "1")): \(paint("error", "31;1")): \(error)\n"
                continue
            }
            let shown = file.diagnostics.filter { !options.quiet || $0.severity == .error }
            if shown.isEmpty { continue }
            if shownFiles > 0 { out += "\n" }
            shownFiles += 1
            for d in shown {
                let sev = d.severity == .error ? paint("error", "31;1") : paint("warning", "33;1")
                let fixable = d.fix != nil ? paint(" (fixable)", "2") : ""
                out += "\(paint("\(path):\(d.start.line):\(d.start.column)", "1")): \(sev): \(d.message) "
                    + paint("[\(d.ruleID)]", "2") + fixable + "\n"
            }
        }
        out += summary(report)
        return out
    }

    private func summary(_ report: Report) -> String {
        let errors = report.errorCount, warnings = report.warningCount
        let checked = report.files.count - report.unreadableCount
        let files = "\(checked) file\(checked == 1 ? "" : "s")"
        var line = ""
        if report.fixesApplied > 0 {
            let fixedFiles = report.files.filter { $0.fixesApplied > 0 }.count
            line += (options.fixDryRun ? "Would fix " : "Fixed ") + "\(report.fixesApplied) problem\(report.fixesApplied == 1 ? "" : "s") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s"). "
        }
        if errors + warnings == 0 {
            line += paint("No problems", "32;1") + " in \(files)."
        } else {
            let problems = errors + warnings
            line += paint("\(problems) problem\(problems == 1 ? "" : "s")", errors > 0 ? "31;1" : "33;1")
                + " (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")) in \(files)."
            if report.fixableCount > 0 {
                line += " \(report.fixableCount) fixable with `--fix`."
            }
        }
        if report.unreadableCount > 0 {
            line += " \(report.unreadableCount) file\(report.unreadableCount == 1 ? "" : "s") could not be read."
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
