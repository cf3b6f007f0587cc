/// Attributes that a browser ignores where they stand.
public struct IneffectiveScriptAttribute: Rule {
    public static let info = RuleInfo(
        id: "ineffective-script-attribute", defaultSeverity: .error,
        summary: "An attribute that does nothing where it stands: async/defer on inline classic scripts, defer/nomodule on modules, async/defer on data blocks and import maps.",
        brief: "`async`/`defer` on inline scripts, `defer`/`nomodule` on modules, `async`/`defer` on data blocks and import maps",
        fixable: true)

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.inert == nil, !s.isSVG, s.isInline || s.isExternal, s.kindKnown else { return nil }
            var names: [String] = []
            let why: String
            switch s.kind {
            case .classic:
                guard s.isInline else { return nil }
                names = ["async", "defer"].filter { s.definitely($0) }
                why = "an inline classic script always runs at once; `async` and `defer` only work with `src`"
            case .module:
                names = ["defer", "nomodule"].filter { s.definitely($0) }
                why = "module scripts are deferred already, and `nomodule` is ignored on them"
            case .data, .importmap, .speculationrules:
                // A data block with `src`, or one a loader runs later, keeps its attributes for
                // whoever turns it into a script (a loader, a consent manager).
                if s.kind == .data && (s.isExternal || s.deferredBy != nil) { return nil }
                names = ["async", "defer"].filter { s.definitely($0) }
                why = s.kind == .data ? "a data block is never run" : "\(s.kind.rawValue) scripts are not fetched or run like scripts"
            }
            guard !names.isEmpty else { return nil }
            let list = names.map { "`\($0)`" }.joined(separator: " and ")
            return Finding(
                range: s.tag.range,
                message: "\(list) on \(s.kind == .classic ? "an inline script" : "a `type=\(s.typeValue ?? "")` script") does nothing: \(why). Remove \(names.count > 1 ? "them" : "it").",
                fix: s.canRemove(names) ? Fix("Remove \(list)", s.removal(of: names)) : nil)
        }
    }
}
