/// An inline script after a style sheet waits for the style sheet, and so does the parser.
public struct ScriptAfterStylesheet: Rule {
    public static let info = RuleInfo(
        id: "script-after-stylesheet", defaultSeverity: .warning,
        summary: "An inline script in <head> after a script-blocking style sheet cannot run until the style sheet has downloaded.",
        brief: "an inline script in `<head>` after a style sheet it must wait for")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        let sheets = document.links.filter { $0.role == .stylesheet && $0.blocksScripts && !$0.inert }
        guard let first = sheets.first else { return [] }
        return document.scripts.compactMap { s in
            guard s.mayRun, s.isInline, !s.isSVG, s.kind == .classic, !s.isNoModule, s.placement == .head,
                  s.tag.range.start > first.tag.range.start,
                  let sheet = sheets.last(where: { $0.tag.range.start < s.tag.range.start }) else { return nil }
            let href = sheet.tag.attribute("href")?.value ?? ""
            let line = document.source.line(of: sheet.tag.range.start)
            return Finding(
                range: s.tag.range,
                message: "Inline script after the style sheet `\(href)` (line \(line)): it cannot run, and the parser "
                    + "cannot go on, until the style sheet has downloaded. Move the script above the <link>, or make "
                    + "it an external script with `defer`.")
        }
    }
}
