/// `type="text/javascript"` says what the browser assumes anyway.
public struct RedundantScriptType: Rule {
    public static let info = RuleInfo(
        id: "redundant-script-type", defaultSeverity: .off,
        summary: "A JavaScript MIME type in `type` on a classic script: it is the default and can go.",
        brief: "`type=\"text/javascript\"` and friends",
        fixable: true)

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.inert == nil, !s.isSVG, s.kind == .classic, s.kindKnown, let type = s.tag.attribute("type"),
                  let value = type.value?.trimmingASCIIWhitespace(), !value.isEmpty else { return nil }
            // Without `type`, a `language` attribute decides (`text/` + language): then `type` is
            // what makes the script run unless the language names JavaScript too.
            if let language = s.tag.attribute("language")?.value, !language.isEmpty,
               ScriptKind.classify("text/" + language.trimmingASCIIWhitespace()) != .classic {
                return nil
            }
            return Finding(
                range: s.tag.range,
                message: "`type=\"\(value)\"` is redundant: browsers treat a script without `type` as JavaScript. Remove it.",
                fix: s.canRemove(["type"]) ? Fix("Remove `type`", s.removal(of: ["type"])) : nil)
        }
    }
}
