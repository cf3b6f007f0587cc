/// A synchronous external script in the middle of `<body>` stops the parser.
public struct ParserBlockingScriptInBody: Rule {
    public static let info = RuleInfo(
        id: "parser-blocking-script-in-body", defaultSeverity: .warning,
        summary: "A synchronous external script inside <body>, not at its end: everything after it waits for the download.",
        brief: "a synchronous external script in the middle of `<body>`")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.mayRun, s.isExternal, s.kind == .classic, s.isParserInserted, s.placement == .body || s.placement == .outside,
                  !s.atEndOfBody, s.endOfBodyKnown, s.kindKnown,
                  s.isSVG || (!s.possibly("async") && !s.possibly("defer")), !s.possibly("nomodule"), !s.isBlockingRender else { return nil }
            let fix = s.isSVG ? "Load it from an HTML script with `defer`, or move the SVG to the end of <body>."
                              : "Add `defer` (or `async`), or move it to the end of <body>."
            return Finding(
                range: s.tag.range,
                message: "\(s.isSVG ? "SVG script" : "Script") \(s.label) blocks the parser in the middle of <body>: "
                    + "nothing after it is parsed or painted until it has downloaded and run. \(fix)",
                suggestions: s.isSVG ? [] : [Fix("Add `defer`", s.insertion(of: "defer"))].compactMap { $0 })
        }
    }
}
