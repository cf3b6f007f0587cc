/// A script written after `</body>` or `</html>`.
public struct MisplacedScript: Rule {
    public static let info = RuleInfo(
        id: "misplaced-script", defaultSeverity: .warning,
        summary: "A script after `</body>` or `</html>` in the source: browsers move it into <body>.",
        brief: "a script after `</body>` or `</html>`")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.inert == nil, s.kind != .data, s.placement == .outside else { return nil }
            return Finding(
                range: s.tag.range,
                message: "\(s.isExternal ? "Script \(s.label)" : "Inline script") comes after `</body>`/`</html>`: "
                    + "browsers move it to the end of <body>, so the markup says something the page does not do. "
                    + "Move it before `</body>`.")
        }
    }
}
