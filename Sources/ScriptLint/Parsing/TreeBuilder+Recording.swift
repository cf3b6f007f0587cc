/// What the linter records while the tree is built (through `ScriptRecorder`): each script with where
/// it landed, its start tag as written, `<noscript>` content, style sheets that block scripts.
extension TreeBuilder {
    // MARK: - Scripts

    func fullStartTag() -> StartTag { startTag(of: tokenizer) }

    /// The model's start tag for a tokenizer's current tag: names lowercased, values decoded.
    func startTag(of t: Tokenizer) -> StartTag {
        let attributes = t.attributes.map { a in
            Attribute(name: Tokenizer.lowercasedName(p, a.nameStart, a.nameEnd),
                      value: t.value(a, decode: decodeValue),
                      range: ByteRange(a.nameStart, a.end),
                      valueRange: a.valueStart >= 0 ? ByteRange(a.valueStart, a.valueEnd) : nil,
                      leadingSpaceStart: a.leadingSpaceStart,
                      isFollowedBySeparator: a.end >= n || isHTMLSpace(p[a.end]) || p[a.end] == 0x2F || p[a.end] == 0x3E,
                      hasLaterDuplicate: a.hasLaterDuplicate)
        }
        return StartTag(name: Tokenizer.lowercasedName(p, t.tag.nameStart, t.tag.nameEnd), attributes: attributes,
                        range: ByteRange(t.tag.start, t.tag.end), selfClosing: t.tag.selfClosing)
    }

    mutating func record(_ tag: StartTag, isSVG: Bool, inert: InertReason?, context: Context) {
        recorder.script(tag, isSVG: isSVG, inert: inert, placement: placement(context))
    }

    /// With scripting on, `<noscript>` holds text; scripts written in it are recorded as inert.
    mutating func noscriptContent(_ e: Element) {
        let start = tag.end
        let end = tokenizer.rawTextEnd(from: start)
        let slice = UnsafeBufferPointer(rebasing: p[0..<end])
        var inner = Tokenizer(p: slice, start: start)
        while true {
            let token = inner.next()
            switch token {
            case .eof: return
            case .startTag where inner.tag.tag == .script:
                let t = inner.tag
                let st = startTag(of: inner)
                var s = ScriptElement.make(st, isSVG: false, inert: .noscript, placement: placement(e.context), index: 0)
                inner.state = .scriptData
                if case let .characters(cs, ce, _) = inner.next() {
                    s.textRange = ByteRange(cs, ce)
                    _ = inner.next()
                } else {
                    s.textRange = ByteRange(t.end, t.end)
                }
                recorder.inertScript(s)
            default:
                break
            }
        }
    }

    func tokens(_ value: String?) -> [String] {
        (value ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }).map(String.init)
    }

    /// Whether a `media` attribute may apply to a screen (Media Queries 4): a query matches when its
    /// media type is `all` or `screen` (or absent, before a feature list); other types — `print`,
    /// the deprecated ones, and unknown words such as the loadCSS pattern's `only x` — never match.
    /// Feature conditions are assumed to match: the viewport is not known.
    func mediaApplies(_ media: String?) -> Bool {
        guard let media = media?.trimmingASCIIWhitespace().lowercased(), !media.isEmpty else { return true }
        for query in media.split(separator: ",", omittingEmptySubsequences: false) {
            let words = query.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            guard let first = words.first else { continue }   // an empty query matches nothing
            if first.hasPrefix("(") { return true }
            let negated = first == "not"
            let typeIndex = negated || first == "only" ? 1 : 0
            guard typeIndex < words.count else { continue }
            let type = words[typeIndex]
            if type.hasPrefix("(") { return true }
            let screen = type == "all" || type == "screen"
            let conditions = words.count > typeIndex + 1
            if negated ? (!screen || conditions) : screen { return true }
        }
        return false
    }
}
