/// Escapes text for XML 1.0 attributes and content; characters XML 1.0 cannot carry at all
/// (most C0 controls, lone surrogates cannot occur in Swift strings) become U+FFFD.
func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        case "\t": out += "&#9;"
        default:
            if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out
}

/// Checkstyle XML, as Jenkins (warnings-ng), GitLab and many CI tools read it.
final class CheckstyleReporter: StreamingReporter {
    func begin() -> String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n" }

    func end(_ totals: Totals) -> String { "</checkstyle>\n" }

    func file(_ file: FileResult) -> String {
        var out = ""
        do {
            out += "  <file name=\"\(xmlEscape(PathCodec.display(file.path)))\">\n"
            if let error = file.error {
                out += "    <error line=\"1\" column=\"1\" severity=\"error\" message=\"\(xmlEscape(error))\" source=\"scriptlint.io\"/>\n"
            }
            for d in file.diagnostics {
                out += "    <error line=\"\(d.start.line)\" column=\"\(d.start.column)\" severity=\"\(d.severity.rawValue)\" "
                    + "message=\"\(xmlEscape(d.message))\" source=\"scriptlint.\(d.ruleID)\"/>\n"
            }
            out += "  </file>\n"
        }
        return out
    }
}

/// JUnit XML: one test case per file, failing with one line per finding; an unreadable file is an
/// `<error>`. GitLab, Jenkins and Azure show these as test reports.
final class JUnitReporter: StreamingReporter {
    /// The suite's counts come first in the XML, so the test cases wait here until the end.
    private var body = ""
    private var failures = 0

    func begin() -> String { "" }

    func end(_ totals: Totals) -> String {
        let counts = "tests=\"\(totals.files)\" failures=\"\(failures)\" errors=\"\(totals.unreadable)\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"scriptlint\" \(counts)>\n"
        out += "  <testsuite name=\"scriptlint\" \(counts) skipped=\"0\">\n"
        return out + body + "  </testsuite>\n</testsuites>\n"
    }

    func file(_ file: FileResult) -> String {
        if file.error == nil && !file.diagnostics.isEmpty { failures += 1 }
        var out = ""
        do {
            let name = xmlEscape(PathCodec.display(file.path))
            out += "    <testcase classname=\"scriptlint\" name=\"\(name)\" file=\"\(name)\""
            if let error = file.error {
                out += ">\n      <error message=\"\(xmlEscape(error))\" type=\"io\"/>\n    </testcase>\n"
            } else if file.diagnostics.isEmpty {
                out += "/>\n"
            } else {
                let e = file.errorCount, w = file.warningCount
                out += ">\n      <failure message=\"\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")\" type=\"scriptlint\">"
                out += file.diagnostics.map {
                    xmlEscape("\(PathCodec.display(file.path)):\($0.start.line):\($0.start.column): \($0.severity.rawValue): \($0.message) [\($0.ruleID)]")
                }.joined(separator: "&#10;")
                out += "</failure>\n    </testcase>\n"
            }
        }
        body += out
        return ""
    }
}

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
final class GitHubReporter: StreamingReporter {
    func begin() -> String { "" }
    func end(_ totals: Totals) -> String { "" }

    /// GitHub resolves `file=` against the workspace; a folder walk's `./` prefix is dropped as in SARIF.
    static func location(_ path: String) -> String {
        var relative = PathCodec.display(path)
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return property(relative)
    }

    func file(_ file: FileResult) -> String {
        var out = ""
        do {
            if let error = file.error {
                out += "::error file=\(GitHubReporter.location(file.path)),title=scriptlint::\(GitHubReporter.data(error))\n"
            }
            for d in file.diagnostics {
                out += "::\(d.severity == .error ? "error" : "warning") file=\(GitHubReporter.location(file.path)),line=\(d.start.line),"
                    + "col=\(d.start.column),endLine=\(d.end.line),endColumn=\(d.end.column),"
                    + "title=\(GitHubReporter.property(d.ruleID))::\(GitHubReporter.data(d.message))\n"
            }
        }
        return out
    }

    /// Message text: %, CR and LF are escaped (as GitHub's toolkit does).
    static func data(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Property values also escape ':' and ','.
    static func property(_ s: String) -> String {
        var out = ""
        for c in data(s).unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
