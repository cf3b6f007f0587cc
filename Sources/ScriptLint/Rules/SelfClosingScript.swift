/// `<script … />`: the slash is ignored and the following markup becomes script text.
public struct SelfClosingScript: Rule {
    public static let info = RuleInfo(
        id: "self-closing-script", defaultSeverity: .error,
        summary: "`<script … />` is not self-closing in HTML: everything up to the next `</script>` becomes its text and never loads.",
        brief: "`<script … />`, which swallows the markup up to the next `</script>`")

    public init(options: [String: JSONValue]) throws { try Self.rejectUnknownOptions(options) }

    public func check(_ document: ScriptDocument) -> [Finding] {
        document.scripts.compactMap { s in
            guard !s.isSVG, s.tag.selfClosing, let swallowed = s.swallowedRange else { return nil }
            let until: String
            if s.isUnterminated {
                until = "the end of the file"
            } else {
                until = "the `</script>` on line \(document.source.line(of: max(swallowed.start, swallowed.end - 1)))"
            }
            return Finding(
                range: s.tag.range,
                message: "`<script … />` does not close the element in HTML: everything up to \(until) becomes this "
                    + "script's text, so the markup and scripts in between never load. Write `<script …></script>`.",
                suggestions: [Fix("Replace `/>` with `></script>`", closing(s))])
        }
    }

    private func closing(_ s: ScriptElement) -> [Edit] {
        [Edit(range: ByteRange(s.tag.range.end - 2, s.tag.range.end), replacement: "></script>")]
    }
}
