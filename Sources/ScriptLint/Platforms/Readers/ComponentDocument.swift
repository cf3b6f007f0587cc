/// A component file's markup (`ComponentMarkup`) parsed as HTML, shown with the file's own bytes.
enum ComponentDocument {
    static func parse(_ markup: ComponentMarkup, source: SourceText) -> ScriptDocument {
        let parsed = HTMLParser.parse(SourceText(bytes: markup.bytes, encoding: source.encoding, bomLength: source.bomLength))
        var document = ScriptDocument(source: source, scripts: parsed.scripts, links: parsed.links, comments: parsed.comments, baseHref: parsed.baseHref)
        document.templateConstructs = markup.masked
        // An attribute whose value was an expression (`src={url}`) has it as its value.
        for k in document.scripts.indices {
            var tag = document.scripts[k].tag
            var changed = false
            for a in tag.attributes.indices {
                guard let r = tag.attributes[a].valueRange, markup.masked.contains(where: { $0.start <= r.start - 1 && r.end + 1 <= $0.end }) else { continue }
                tag.attributes[a].value = String(decoding: source.bytes[(r.start - 1)..<(r.end + 1)], as: UTF8.self)
                changed = true
            }
            if changed {
                let s = document.scripts[k]
                var rebuilt = ScriptElement.make(tag, isSVG: s.isSVG, inert: s.inert, placement: s.placement, index: s.index)
                rebuilt.atEndOfBody = s.atEndOfBody
                rebuilt.textRange = s.textRange
                rebuilt.swallowedRange = s.swallowedRange
                rebuilt.isUnterminated = s.isUnterminated
                document.scripts[k] = rebuilt
            }
        }
        return document
    }

    /// A framework's facts for a script written in its markup: printed where it stands, and
    /// `defer`/`async` added to the tag as in HTML.
    static func facts(_ platform: APIFacts.Platform, call: String, why: String, _ s: ScriptElement) -> APIFacts {
        var api = APIFacts(platform: platform, call: call, handle: nil, why: why)
        api.printedInPlace = true
        let at = s.tag.range.start + 7
        api.additions = ["defer": [Edit(range: ByteRange(at, at), replacement: " defer")], "async": [Edit(range: ByteRange(at, at), replacement: " async")]]
        return api
    }
}
