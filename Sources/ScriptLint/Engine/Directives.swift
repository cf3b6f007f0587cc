/// Inline suppression comments:
///
///     <!-- scriptlint-disable-next-line [rule-id ...] -->
///     <!-- scriptlint-disable [rule-id ...] -->  …  <!-- scriptlint-enable [rule-id ...] -->
///     <!-- scriptlint-disable-file [rule-id ...] -->
///
/// Without ids a directive covers every rule. Ids may be separated by spaces or commas; text after
/// ` -- ` is a free-form reason. Only real comments count: the same text inside a script, an
/// attribute or `<noscript>` is not a directive.
struct Directives {
    static let pseudoRule = "scriptlint-directive"

    enum Kind: String {
        case disableNextLine = "scriptlint-disable-next-line"
        case disable = "scriptlint-disable"
        case enable = "scriptlint-enable"
        case disableFile = "scriptlint-disable-file"
    }

    struct Directive {
        var kind: Kind
        /// Written without ids: covers every rule.
        var allRules: Bool
        /// The known rule ids it names (unknown ones are reported, and cover nothing).
        var ids: [String]
        var range: ByteRange
        /// Line of the comment's end.
        var line: Int
        var used: Set<String> = []
        var usedAll = false
    }

    private(set) var directives: [Directive] = []
    private(set) var problems: [Diagnostic] = []

    init(_ document: ScriptDocument) {
        let source = document.source
        for comment in document.comments {
            let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard let first = words.first, first.hasPrefix("scriptlint-") else { continue }
            guard let kind = Kind(rawValue: String(first)) else {
                problems.append(Self.problem(source, comment.range, "Unknown directive `\(first)`: use scriptlint-disable-next-line, scriptlint-disable, scriptlint-enable or scriptlint-disable-file."))
                continue
            }
            var ids: [String] = []
            for word in words.dropFirst() {
                if word == "--" { break }
                for id in word.split(separator: ",") where !id.isEmpty { ids.append(String(id)) }
            }
            for id in ids where RuleRegistry.rule(id) == nil {
                problems.append(Self.problem(source, comment.range, "Unknown rule `\(id)` in \(kind.rawValue): it suppresses nothing. Run `scriptlint --list-rules` for the ids."))
            }
            let line = source.line(of: max(comment.range.start, comment.range.end - 1))
            directives.append(Directive(kind: kind, allRules: ids.isEmpty, ids: ids.filter { RuleRegistry.rule($0) != nil },
                                        range: comment.range, line: line))
        }
    }

    private static func problem(_ source: SourceText, _ range: ByteRange, _ message: String, severity: Severity = .error) -> Diagnostic {
        Diagnostic.problem(pseudoRule, source, range, message, severity: severity)
    }

    /// Whether a diagnostic is suppressed; marks the directives that did it as used.
    mutating func suppresses(_ d: Diagnostic, scanOffset: Int) -> Bool {
        var suppressedBy: [Int] = []
        // Ranges: replay disable/enable up to the finding.
        var all = false
        var disabled: Set<String> = []
        var enabledWhileAll: Set<String> = []
        var rangeSource: [String: Int] = [:]
        var allSource: Int?
        for (k, dir) in directives.enumerated() where dir.range.start < scanOffset {
            switch dir.kind {
            case .disable:
                if dir.allRules {
                    all = true; allSource = k; enabledWhileAll = []
                } else {
                    for id in dir.ids { disabled.insert(id); rangeSource[id] = k; enabledWhileAll.remove(id) }
                }
            case .enable:
                if dir.allRules {
                    all = false; disabled = []; enabledWhileAll = []
                } else {
                    for id in dir.ids { disabled.remove(id); if all { enabledWhileAll.insert(id) } }
                }
            default:
                break
            }
        }
        if disabled.contains(d.ruleID), let k = rangeSource[d.ruleID] { suppressedBy.append(k) }
        else if all && !enabledWhileAll.contains(d.ruleID), let k = allSource { suppressedBy.append(k) }
        for (k, dir) in directives.enumerated() {
            let covers = dir.allRules || dir.ids.contains(d.ruleID)
            if dir.kind == .disableFile && covers { suppressedBy.append(k) }
            if dir.kind == .disableNextLine && covers && d.start.line == dir.line + 1 { suppressedBy.append(k) }
        }
        for k in suppressedBy {
            if directives[k].allRules { directives[k].usedAll = true } else { directives[k].used.insert(d.ruleID) }
        }
        return !suppressedBy.isEmpty
    }

    /// Disable directives (or ids in them) that suppressed nothing.
    func unused(_ source: SourceText) -> [Diagnostic] {
        directives.compactMap { dir in
            guard dir.kind != .enable else { return nil }
            if dir.allRules {
                return dir.usedAll ? nil : Self.problem(source, dir.range, "Unused \(dir.kind.rawValue) directive: no problems were reported here. Remove it.", severity: .warning)
            }
            let idle = dir.ids.filter { !dir.used.contains($0) }
            guard !idle.isEmpty, !dir.ids.isEmpty else { return nil }
            return Self.problem(source, dir.range, "Unused \(dir.kind.rawValue) directive: no \(idle.map { "`\($0)`" }.joined(separator: ", ")) problems were reported here. Remove \(idle.count == dir.ids.count ? "it" : "those ids").", severity: .warning)
        }
    }
}
