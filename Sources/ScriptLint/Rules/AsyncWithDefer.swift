/// `async` and `defer` together: browsers that know `async` ignore `defer`.
public struct AsyncWithDefer: Rule {
    public static let info = RuleInfo(
        id: "async-with-defer", defaultSeverity: .warning,
        summary: "`async` and `defer` on the same external script: `async` wins and `defer` only misleads.",
        brief: "`async` and `defer` together: `defer` is ignored",
        fixable: true)

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.isExternalClassic, s.definitely("async"), s.definitely("defer") else { return nil }
            return Finding(
                range: s.tag.range,
                message: "Script \(s.label) has both `async` and `defer`: browsers run it as `async`, as soon as it "
                    + "downloads, and ignore `defer`. Remove `defer` (or remove `async` if it needs the parsed page "
                    + "and the order of other scripts).",
                fix: s.canRemove(["defer"]) ? Fix("Remove `defer`", s.removal(of: ["defer"])) : nil,
                suggestions: [Fix("Remove `async` instead (runs after parsing, in order)", s.removal(of: ["async"]))].compactMap { $0 })
        }
    }
}
