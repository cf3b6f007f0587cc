/// What every rule declares about itself, in one place: `--list-rules`, `--explain`, SARIF, the
/// language server, and (through `scripts/generate-rule-metadata.py`) the README's rule table and
/// the configuration schema read it.
public struct RuleInfo: Sendable {
    public var id: String
    public var defaultSeverity: Severity
    /// One line: what the rule reports.
    public var summary: String
    /// A few words for the README's rule table.
    public var brief: String
    /// Whether `--fix` can repair its findings.
    public var fixable: Bool
    /// Option names, each with its type and meaning.
    public var options: [String: RuleOption]

    public init(id: String, defaultSeverity: Severity, summary: String, brief: String, fixable: Bool = false, options: [String: RuleOption] = [:]) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.brief = brief
        self.fixable = fixable
        self.options = options
    }
}

/// One option of a rule.
public struct RuleOption: Sendable {
    public enum Kind: String, Sendable {
        /// An array of strings.
        case strings
    }
    public var kind: Kind
    public var summary: String

    public init(_ kind: Kind, _ summary: String) {
        self.kind = kind
        self.summary = summary
    }
}

/// A rule is a pure function of the script model: it never sees raw HTML or libxml2.
public protocol Rule: Sendable {
    static var info: RuleInfo { get }
    /// Validates and takes the rule's options; throws `RuleOptionError` naming what is wrong.
    init(options: [String: JSONValue]) throws
    func check(_ document: ScriptDocument) -> [Finding]
}

public struct RuleOptionError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Rule {
    static func rejectUnknownOptions(_ options: [String: JSONValue]) throws {
        for key in options.keys where info.options[key] == nil {
            let allowed = info.options.keys.sorted()
            throw RuleOptionError("unknown option '\(key)' for rule '\(info.id)'" +
                (allowed.isEmpty ? " (it takes no options)" : " (allowed: \(allowed.joined(separator: ", ")))"))
        }
    }
}

public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        RenderBlockingScript.self,
        AsyncWithDefer.self,
        AsyncDeferAtBodyEnd.self,
        IneffectiveScriptAttribute.self,
        ScriptNeverRuns.self,
        SelfClosingScript.self,
        ParserBlockingScriptInBody.self,
        ScriptAfterStylesheet.self,
        ImportmapAfterModule.self,
        DuplicateScript.self,
        AnalyticsNotAsync.self,
        MisplacedScript.self,
        RedundantScriptType.self,
    ]

    public static func rule(_ id: String) -> (any Rule.Type)? {
        all.first { $0.info.id == id }
    }
}

extension ScriptElement {
    /// Runs at all in a browser: not inert, not cut off by the end of the file, not an empty `src`.
    var mayRun: Bool { inert == nil && !isUnterminated && (isInline || isExternal) }

    /// Put on the page by the HTML parser: a script that a framework's runtime inserts later
    /// (`APIFacts.insertedAfterLoad`) blocks nothing and loads like an `async` one.
    var isParserInserted: Bool { api?.insertedAfterLoad != true }

    /// An HTML classic script that loads a file, as the parser meets it.
    var isExternalClassic: Bool { mayRun && !isSVG && kind == .classic && isExternal && isParserInserted }

    /// Short human label: the `src` or "inline script"; for a script added through an API, its
    /// handle and why it lands where it does.
    var label: String {
        if let api {
            // A WordPress handle names one script; a Drupal library may hold several files.
            let name = (api.platform == .drupal ? src : api.handle ?? src).map { "`\($0)`" } ?? "script"
            return "\(name) (\(api.why))"
        }
        if let src, isExternal { return "`\(src.count > 80 ? String(src.prefix(77)) + "..." : src)`" }
        return "inline script"
    }

    /// Whether every named attribute can be removed without bringing a duplicate into force.
    func canRemove(_ names: [String]) -> Bool {
        api == nil && names.allSatisfy { tag.attribute($0)?.hasLaterDuplicate != true }
    }

    /// Removes these attributes and the whitespace before each; `nil` for a script an API call
    /// adds (its attributes are not bytes of the file).
    func removal(of names: [String]) -> [Edit]? {
        guard api == nil else { return nil }
        return names.compactMap { tag.attribute($0) }.map {
            Edit(range: ByteRange($0.isFollowedBySeparator ? $0.leadingSpaceStart : $0.range.start, $0.range.end), replacement: "")
        }
    }

    /// Adds an attribute right after `<script`, or changes the API call so that the platform
    /// prints it (`nil` when the call's arguments do not allow it).
    func insertion(of attribute: String) -> [Edit]? {
        if let api { return api.additions[attribute] }
        return [Edit(range: ByteRange(tag.range.start + 7, tag.range.start + 7), replacement: " " + attribute)]
    }
}

extension Fix {
    /// A fix when there are edits to make.
    init?(_ description: String, _ edits: [Edit]?) {
        guard let edits, !edits.isEmpty else { return nil }
        self.init(description, edits)
    }
}
