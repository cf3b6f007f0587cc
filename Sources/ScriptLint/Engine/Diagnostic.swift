public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case off, warning, error

    private var rank: Int { self == .off ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A byte-range replacement in the scanned text.
public struct Edit: Sendable, Hashable {
    public var range: ByteRange
    public var replacement: String

    public init(range: ByteRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Edits that belong together. A `Fix` is safe and applied by `--fix`; a suggestion is not.
public struct Fix: Sendable, Hashable {
    public var description: String
    public var edits: [Edit]

    public init(_ description: String, _ edits: [Edit]) {
        self.description = description
        self.edits = edits
    }
}

/// What a rule reports, before severity and positions are attached.
public struct Finding: Sendable {
    public var range: ByteRange
    public var message: String
    public var fix: Fix?
    public var suggestions: [Fix]

    public init(range: ByteRange, message: String, fix: Fix? = nil, suggestions: [Fix] = []) {
        self.range = range
        self.message = message
        self.fix = fix
        self.suggestions = suggestions
    }
}

/// A finding as reported: rule, severity, message and exact location.
public struct Diagnostic: Sendable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    /// Offsets into the file on disk.
    public var byteRange: ByteRange
    public var start: SourcePosition
    public var end: SourcePosition
    public var fix: Fix?
    public var suggestions: [Fix]
    /// Identifies the finding without its line: a hash of the rule and the script's own start tag
    /// (whitespace collapsed), then `:n` for the n-th such finding in the file. It survives edits
    /// that move lines, as baselines and SARIF's `primaryLocationLineHash` need.
    public var fingerprint: String = ""
}

extension Diagnostic {
    /// The same finding with its fix offered as the first suggestion instead: for pages `--fix`
    /// cannot edit (fetched, archived, XHTML).
    public var fixAsSuggestion: Diagnostic {
        guard let fix else { return self }
        var d = self
        d.suggestions.insert(fix, at: 0)
        d.fix = nil
        return d
    }

    /// A finding about the document as a whole (not well-formed XML) at a scan range, as an error.
    public static func documentProblem(_ ruleID: String, _ source: SourceText, _ range: ByteRange, _ message: String) -> Diagnostic {
        problem(ruleID, source, range, message)
    }

    /// A finding of the tool itself (a directive, broken template syntax): no fix, at a scan range.
    static func problem(_ ruleID: String, _ source: SourceText, _ range: ByteRange, _ message: String,
                        severity: Severity = .error) -> Diagnostic {
        Diagnostic(ruleID: ruleID, severity: severity, message: message,
                   byteRange: ByteRange(source.fileOffset(range.start), source.fileOffset(range.end)),
                   start: source.position(of: range.start), end: source.position(of: range.end),
                   fix: nil, suggestions: [])
    }
}
