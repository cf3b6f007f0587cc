/// A classic external script in `<head>` without `async`/`defer` holds back the first paint.
public struct RenderBlockingScript: Rule {
    public static let info = RuleInfo(
        id: "render-blocking-script", defaultSeverity: .error,
        summary: "A synchronous external classic script in <head> delays the first paint of the whole page.",
        brief: "a synchronous external classic script before `<body>`: it delays the first paint")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard s.isExternalClassic, s.placement == .head, !s.possibly("async"), !s.possibly("defer"), !s.possibly("nomodule"),
                  !s.isBlockingRender else { return nil }
            return Finding(
                range: s.tag.range,
                message: "Script \(s.label) in <head> blocks rendering: the browser downloads and runs it before it "
                    + "paints anything. Add `defer` (or `async` if it depends on nothing else on the page).",
                suggestions: [Fix("Add `defer`", s.insertion(of: "defer")),
                              Fix("Add `async`", s.insertion(of: "async"))].compactMap { $0 })
        }
    }
}
