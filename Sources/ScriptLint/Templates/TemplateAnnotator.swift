/// Reads a template into the script model: the masker hides the template constructs from the HTML
/// parser, the parser builds the model as for any page, and this layer adds what the template
/// says — dynamic and conditional attributes, branches, the placement a block takes in its parent
/// (through `TemplateResolver`), partials with unknown placement, template comments as directives.
public enum TemplateAnnotator {
    /// `maskers` run in front of the tokenizer after the template's own constructs are masked:
    /// the engine passes the platforms' script helpers (`javascript_include_tag`), a platform its
    /// probes (where a Django template prints form media).
    /// `options`: the configuration's (its resolver's when not given).
    static func parse(_ source: SourceText, dialect: TemplateDialect, path: String? = nil,
                      resolver: TemplateResolver? = nil, maskers: [TemplateHelperMasker] = [], options given: TemplateOptions? = nil) -> ScriptDocument {
        let options = given ?? resolver?.options ?? .standard
        // The include index may have scanned these very bytes already.
        let indexed = path.flatMap { resolver?.takeScan(of: $0, source: source, dialect: dialect, options: options) }
        var scan = indexed ?? TemplateMasker.scan(source.bytes, dialect: dialect, start: source.bomLength, options: options)
        let syntax = dialect.syntax
        var detached = scan.detached
        let functions = syntax.detachedBodies(source.bytes, scan.constructs)
        for f in functions {
            for i in f.body.start..<f.body.end where scan.masked[i] != 0x0A && scan.masked[i] != 0x0D { scan.masked[i] = 0x20 }
        }
        detached += functions
        // Script helpers of frameworks print elements where they stand: written in for the parser.
        let helperAnnotations = maskers.map { $0(&scan, source.bytes, path) }
        // Page structure inside a detached body belongs to wherever the body is called.
        let hasPageStructure = scan.pageStructure.contains { p in !detached.contains { $0.body.start <= p && p < $0.body.end } }
        let masked = SourceText(bytes: scan.masked, encoding: source.encoding, bomLength: source.bomLength)
        let parent = resolveParent(scan, hasPageStructure: hasPageStructure, path: path, resolver: resolver)
        var needsRenderables = false
        if case .resolved = parent { needsRenderables = true }
        // Only a child template asks what is rendered inside each of its blocks.
        let built = HTMLParser.tree(masked, recordRenderables: needsRenderables)
        var document = built.document
        let renderables = built.renderables
        for annotate in helperAnnotations { annotate(&document) }
        document.source = source
        document.dialect = dialect
        // A macro is one construct with its body; the body's own constructs come from reading it.
        document.templateConstructs = scan.constructs.flatMap { c -> [ByteRange] in
            guard let d = scan.detached.first(where: { c.range.start <= $0.body.start && $0.body.end <= c.range.end }) else { return [c.range] }
            return [ByteRange(c.range.start, d.body.start), ByteRange(d.body.end, c.range.end)]
        }
        document.templateProblems = scan.problems.map { (range: $0.0, message: $0.1) }
        document.comments = (document.comments + scan.comments).sorted { $0.range.start < $1.range.start }
        let valueConstructs = scan.constructs.filter { $0.context == .value }.map(\.range)
        let valueStarts = valueConstructs.map(\.end)
        let spanEnds = scan.conditionalSpans.sorted { $0.end < $1.end }
        let spanEndOffsets = spanEnds.map(\.end)
        let attributeOutputs = scan.attributeOutputs.sorted()
        let textOutputs = scan.textOutputs.sorted()

        // A link's attribute values as written, constructs and all (the masked copy holds filler).
        for k in document.links.indices {
            let tag = document.links[k].tag
            for a in tag.attributes.indices {
                guard let v = tag.attributes[a].valueRange else { continue }
                let k0 = valueStarts.firstIndex(atOrAfter: v.start + 1)
                if k0 < valueConstructs.count, valueConstructs[k0].start < max(v.end, v.start + 1) {
                    document.links[k].tag.attributes[a].value = source.text(v)
                }
            }
        }
        // `</body` and `</html` offsets, found once (only if a script stands after one).
        var endTags: [Int]?
        func lastEndTag(before offset: Int) -> Int? {
            if endTags == nil { endTags = bodyAndHTMLEndTags(scan.masked) }
            let k = endTags!.firstIndex(atOrAfter: offset)
            return k > 0 ? endTags![k - 1] : nil
        }
        for k in document.scripts.indices {
            var s = document.scripts[k]
            var facts = TemplateFacts(dialect: dialect)
            let tagRange = s.tag.range
            // Attribute values with constructs: dynamic, and quoted as written.
            for a in s.tag.attributes.indices {
                let attribute = s.tag.attributes[a]
                guard let v = attribute.valueRange else { continue }
                let k0 = valueStarts.firstIndex(atOrAfter: v.start + 1)
                guard k0 < valueConstructs.count, valueConstructs[k0].start < max(v.end, v.start + 1) else { continue }
                facts.dynamic.insert(attribute.name)
                s.tag.attributes[a].value = source.text(v)
            }
            for a in s.tag.attributes {
                let k0 = spanEndOffsets.firstIndex(atOrAfter: a.range.start + 1)
                if spanEnds[k0...].prefix(8).contains(where: { $0.start <= a.range.start && a.range.start < $0.end }) {
                    facts.conditional.insert(a.name)
                }
            }
            let ao = attributeOutputs.firstIndex(atOrAfter: tagRange.start + 1)
            facts.unknownAttributes = ao < attributeOutputs.count && attributeOutputs[ao] < tagRange.end
            let (branch, segment) = scan.branch(at: tagRange.start)
            facts.branch = branch
            facts.segment = segment
            if facts.dynamic.contains("src") || (s.isSVG && (facts.dynamic.contains("href") || facts.dynamic.contains("xlink:href"))) {
                s.src = (s.isSVG ? s.tag.attribute("href") ?? s.tag.attribute("xlink:href") : s.tag.attribute("src"))?.value
                s.isExternal = true
            }
            if facts.dynamic.contains("type") || facts.dynamic.contains("language") || facts.unknownAttributes {
                s.typeValue = s.tag.attribute("type")?.value
            }

            let outputAfter = { (from: Int, to: Int) -> Bool in
                let k0 = textOutputs.firstIndex(atOrAfter: from)
                return k0 < textOutputs.count && textOutputs[k0] < to
            }
            let renderableIn = { (from: Int, to: Int) -> Bool in
                let lo = renderables.firstIndex(atOrAfter: from)
                return lo < renderables.count && renderables[lo] < to
            }
            switch parent {
            case .none:
                if !hasPageStructure && s.placement != .unknown {
                    s.placement = .unknown
                    facts.placementReason = "a partial (no doctype, <html>, <head> or <body>, and no parent template): where it is included is not known"
                } else if s.placement == .outside, let close = lastEndTag(before: tagRange.start),
                          !sameBranch(scan, close, tagRange.start) {
                    // `{% if error %}…</html>{% endif %}<script>`: that `</html>` may not render with it.
                    s.placement = .unknown
                    facts.placementReason = "after a </body> or </html> under another template condition: whether it is rendered with this script is not known"
                } else if s.atEndOfBody && outputAfter(tagRange.end, Int.max) {
                    facts.endOfBodyUnknown = true
                }
            case .failed(let reason):
                s.placement = .unknown
                facts.placementReason = reason
            case .resolved(let info):
                let block: TemplateScan.Block?
                if info.wholeFileIsContent {
                    block = TemplateScan.Block(name: "content", open: ByteRange(0, 0), close: ByteRange(source.bytes.count, source.bytes.count), isDefinition: false)
                } else {
                    block = scan.blocks.last { b in
                        b.open.end <= tagRange.start && (b.close?.start ?? Int.max) > tagRange.start && (!syntax.childBlocksAreDefinitions || b.isDefinition)
                    }
                }
                guard let block else {
                    s.placement = .unknown
                    facts.placementReason = "outside every block of a template that extends \(info.path): not rendered"
                    break
                }
                guard let where_ = info.blocks[block.name] else {
                    s.placement = .unknown
                    facts.placementReason = "block \"\(block.name)\" is not in \(info.path) or its parents"
                    break
                }
                s.placement = where_.placement
                facts.placementReason = info.includedBy.isEmpty ? "block \"\(block.name)\" of \(info.path)"
                    : "where \(info.includedBy.prefix(3).joined(separator: ", "))\(info.includedBy.count > 3 ? " and others" : "") include\(info.includedBy.count == 1 ? "s" : "") it"
                if !where_.endOfBodyKnown && s.placement != .head { facts.endOfBodyUnknown = true }
                let blockEnd = block.close?.start ?? source.bytes.count
                if s.placement == .head {
                    s.atEndOfBody = false
                } else if !where_.endOfBody || renderableIn(tagRange.end, blockEnd) {
                    s.atEndOfBody = false
                } else {
                    s.atEndOfBody = true
                    if outputAfter(tagRange.end, blockEnd) { facts.endOfBodyUnknown = true }
                    // A later block of the page that this template fills renders after the script.
                    for later in scan.blocks where later.betweenTags && where_.laterBlocks.contains(later.name) {
                        let end = later.close?.start ?? source.bytes.count
                        if renderableIn(later.open.end, end) {
                            s.atEndOfBody = false
                            facts.endOfBodyUnknown = false
                            break
                        }
                        if outputAfter(later.open.end, end) { facts.endOfBodyUnknown = true }
                    }
                }
            }
            s.template = facts
            document.scripts[k] = s
        }
        if !detached.isEmpty { merge(DetachedBodies.read(detached, of: source, dialect: dialect, maskers: maskers, options: options), into: &document) }
        // Consent managers and loaders written in a template rewrite its scripts as on a plain page.
        ScriptLoader.annotate(&document)
        return document
    }

    /// Adds what the detached bodies hold: their scripts with unknown placement, never paired with
    /// a script outside their body; their comments (directives), constructs and problems.
    private static func merge(_ bodies: [(part: DetachedBodies.Part, what: String)], into document: inout ScriptDocument) {
        for (k, body) in bodies.enumerated() {
            for var s in body.part.scripts {
                s.placement = .unknown
                s.atEndOfBody = false
                var facts = s.template ?? TemplateFacts(dialect: document.dialect ?? .jinja)
                facts.placementReason = "inside \(body.what): output where it is called, which is not known"
                facts.detached = k + 1
                s.template = facts
                document.scripts.append(s)
            }
            let known = Set(document.comments.map(\.range))
            document.comments += body.part.comments.filter { !known.contains($0.range) }
            let constructs = Set(document.templateConstructs)
            document.templateConstructs += body.part.constructs.filter { !constructs.contains($0) }
            let problems = Set(document.templateProblems.map(\.range))
            document.templateProblems += body.part.problems.filter { !problems.contains($0.range) }
        }
        document.scripts.sort { $0.tag.range.start < $1.tag.range.start }
        for k in document.scripts.indices { document.scripts[k].index = k }
        document.comments.sort { $0.range.start < $1.range.start }
        document.templateConstructs.sort { $0.start < $1.start }
        document.templateProblems.sort { $0.range.start < $1.range.start }
    }

    /// Whether two offsets render together: the same branch of every conditional (jinja, handlebars,
    /// go), the same control segment (erb, php).
    private static func sameBranch(_ scan: TemplateScan, _ a: Int, _ b: Int) -> Bool {
        let x = scan.branch(at: a), y = scan.branch(at: b)
        return scan.dialect.syntax.branchModel == .segments ? x.segment == y.segment : x.path == y.path
    }

    /// The offsets of every `</body` and `</html` (constructs are blank in `masked`), in order.
    private static func bodyAndHTMLEndTags(_ masked: [UInt8]) -> [Int] {
        var out: [Int] = []
        var k = 0
        while k + 6 <= masked.count {
            if masked[k] == 0x3C, masked[k + 1] == 0x2F {
                let name = masked[(k + 2)..<(k + 6)].map { $0 | 0x20 }
                if name.elementsEqual("body".utf8) || name.elementsEqual("html".utf8) { out.append(k) }
            }
            k += 1
        }
        return out
    }

    enum Parent {
        case none
        case failed(String)
        case resolved(TemplateResolver.ParentInfo)
    }

    private static func resolveParent(_ scan: TemplateScan, hasPageStructure: Bool, path: String?, resolver: TemplateResolver?) -> Parent {
        let name: String?
        var wholeFile = false
        if let (n, _) = scan.extends {
            guard let n else { return .failed("`extends` names no template (a variable?): the parent is not known") }
            name = n
        } else if let layout = scan.layout, scan.dialect.syntax.hasLayouts {
            name = "\(layout).html"
            wholeFile = true
        } else if scan.dialect.syntax.childBlocksAreDefinitions, scan.blocks.contains(where: \.isDefinition), !hasPageStructure {
            name = "baseof.html"
        } else {
            guard !hasPageStructure, let path, let resolver, let included = resolver.includeWhere(for: path) else { return .none }
            switch included {
            case .failure(let f): return .failed(f.reason)
            case .success(let w):
                var info = TemplateResolver.ParentInfo(path: "", blocks: ["content": w], content: w)
                info.wholeFileIsContent = true
                info.includedBy = resolver.includers(of: path)
                return .resolved(info)
            }
        }
        guard let name, let path, let resolver else { return .failed("the parent template \(name ?? "") cannot be looked up (no file path)") }
        switch resolver.parentInfo(named: name, from: path, dialect: scan.dialect) {
        case .success(var info):
            info.wholeFileIsContent = wholeFile
            if wholeFile {
                guard let content = info.content else { return .failed("\(info.path) has no {{ content }}: where this page goes is not known") }
                info.blocks = ["content": content]
            }
            return .resolved(info)
        case .failure(let error):
            return .failed(error.reason)
        }
    }
}
