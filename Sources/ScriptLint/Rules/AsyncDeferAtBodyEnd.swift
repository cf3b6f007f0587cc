/// `async`/`defer` on a script the parser reaches last buys almost nothing.
public struct AsyncDeferAtBodyEnd: Rule {
    public static let info = RuleInfo(
        id: "async-defer-at-body-end", defaultSeverity: .warning,
        summary: "`async` or `defer` on an external script at the very end of <body>, where it cannot start the download any earlier.",
        brief: "`async`/`defer` on a script at the very end of `<body>`, where it buys nothing")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.isExternalClassic, s.definitely("async") || s.definitely("defer"), s.placement == .body || s.placement == .outside,
                  s.atEndOfBody, s.endOfBodyKnown, s.api?.setByBuildTool != true else { return nil }
            let attrs = s.isAsync && s.isDefer ? "`async` and `defer`" : s.isAsync ? "`async`" : "`defer`"
            let keep = s.isAsync ? "`async`" : "`defer`"
            return Finding(
                range: s.tag.range,
                message: "\(attrs) on script \(s.label) at the end of <body> buys almost nothing: the parser has "
                    + "already read the page when it gets there. Move it into <head> with \(keep) so the download "
                    + "starts early, or drop the attribute.")
        }
    }
}
