import Synchronization

/// Reads a template into the script model: the masker hides the template constructs from the HTML
/// parser, the parser builds the model as for any page, and this layer adds what the template
/// says — dynamic and conditional attributes, branches, the placement a block takes in its parent
/// (through `TemplateResolver`), partials with unknown placement, template comments as directives.
public enum TemplateAnnotator {
    /// `maskers` run in front of the tokenizer after the template's own constructs are masked:
    /// the engine passes the platforms' script helpers (`javascript_include_tag`), a platform its
    /// probes (where a Django template prints form media).
    static func parse(_ source: SourceText, dialect: TemplateDialect, path: String? = nil,
                      resolver: TemplateResolver? = nil, maskers: [TemplateHelperMasker] = []) -> ScriptDocument {
        var scan = TemplateMasker.scan(source.bytes, dialect: dialect, start: source.bomLength)
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
        if !detached.isEmpty { merge(DetachedBodies.read(detached, of: source, dialect: dialect, maskers: maskers), into: &document) }
        // Consent managers and loaders written in a template rewrite its scripts as on a plain page.
        ScriptLoader.annotate(&document)
        return document
    }

    /// Adds what the detached bodies hold: their scripts with unknown placement, never paired with
    /// a script outside their body; their comments (directives), constructs and problems.
    private static func merge(_ bodies: [(document: ScriptDocument, what: String)], into document: inout ScriptDocument) {
        for (k, body) in bodies.enumerated() {
            for var s in body.document.scripts {
                s.placement = .unknown
                s.atEndOfBody = false
                var facts = s.template ?? TemplateFacts(dialect: document.dialect ?? .jinja)
                facts.placementReason = "inside \(body.what): output where it is called, which is not known"
                facts.detached = k + 1
                s.template = facts
                document.scripts.append(s)
            }
            let known = Set(document.comments.map(\.range))
            document.comments += body.document.comments.filter { !known.contains($0.range) }
            let constructs = Set(document.templateConstructs)
            document.templateConstructs += body.document.templateConstructs.filter { !constructs.contains($0) }
            let problems = Set(document.templateProblems.map(\.range))
            document.templateProblems += body.document.templateProblems.filter { !problems.contains($0.range) }
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

/// Finds and reads parent templates once per run, however many children share them.
public final class TemplateResolver: Sendable {
    public struct Where: Sendable, Equatable {
        public var placement: Placement
        /// The block closes with nothing renderable after it in the page.
        public var endOfBody: Bool
        /// Whether `endOfBody` is known (not for an include inside a child's block).
        public var endOfBodyKnown = true
        /// Blocks of the page that open after this one closes: when a template down the chain fills
        /// one with something rendered, this block no longer ends the body.
        public var laterBlocks: [String] = []
    }

    public struct ParentInfo: Sendable {
        public var path: String
        public var blocks: [String: Where]
        /// Jekyll: where `{{ content }}` stands in the layout.
        public var content: Where?
        var wholeFileIsContent = false
        /// For a partial: the templates that include it.
        var includedBy: [String] = []
    }

    public struct Failure: Error, Sendable { public var reason: String }

    /// Configured roots (absolute), searched first.
    let roots: [String]
    private let cache = Mutex<[String: Result<ParentInfo, Failure>]>([:])
    /// The run's files (absolute) and how to read each, for finding who includes a partial.
    let run = Mutex<(files: [String], dialect: (@Sendable (String, [UInt8]) -> TemplateDialect?)?)>(([], nil))
    /// Partial path → where the run's templates include it (built on first use).
    let includeIndex = Mutex<[String: [IncludeSite]]?>(nil)
    let includeCache = Mutex<[String: Result<Where, Failure>]>([:])

    public init(roots: [String] = []) { self.roots = roots }

    /// Roots for a file: configured ones, then every `templates`, `_layouts` or `layouts` folder from
    /// the file's folder up (and such folders inside each of them), the file's folder, and its
    /// ancestors.
    func searchRoots(for file: String) -> [String] {
        var result = roots
        var dir = parentFolder(file)
        let ownFolder = dir
        var ancestors: [String] = []
        for _ in 0..<16 {
            let base = dir.split(separator: "/").last.map(String.init) ?? ""
            if ["templates", "_layouts", "layouts"].contains(base) { result.append(dir) }
            for child in ["templates", "_layouts", "layouts", "layouts/_default"] where isDirectory(dir + "/" + child) {
                result.append(dir + "/" + child)
            }
            ancestors.append(dir)
            if dir == "/" || dir.isEmpty || isDirectory(dir + "/.git") { break }
            dir = parentFolder(dir)
        }
        result.append(ownFolder)
        result += ancestors.dropFirst()
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    func parentInfo(named rawName: String, from child: String, dialect: TemplateDialect, depth: Int = 0) -> Result<ParentInfo, Failure> {
        var name = rawName
        if name.hasPrefix("!") { name.removeFirst() }   // Sphinx: the theme's own layout
        guard depth < 12 else { return .failure(Failure(reason: "template inheritance deeper than 12 levels (a loop?)")) }
        let candidates = name.hasPrefix("/") ? [name] : searchRoots(for: child).map { $0 + "/" + name }
        guard let path = candidates.first(where: { isRegularFile($0) && $0 != child }) else {
            return .failure(Failure(reason: "parent template \"\(rawName)\" not found under \(searchRoots(for: child).prefix(4).joined(separator: ", "))"))
        }
        if let cached = cache.withLock({ $0[path] }) { return cached }
        let result = analyze(path, dialect: dialect, depth: depth)
        cache.withLock { $0[path] = result }
        return result
    }

    private func analyze(_ path: String, dialect: TemplateDialect, depth: Int) -> Result<ParentInfo, Failure> {
        guard let bytes = try? FileSystem.read(path) else { return .failure(Failure(reason: "parent template \(path) cannot be read")) }
        let source = SourceText(fileBytes: bytes)
        let scan = TemplateMasker.scan(source.bytes, dialect: dialect, start: source.bomLength)
        // A parent that extends another: each block takes the grandparent's placement of that
        // block, or of the block around it.
        let grandName: String? = scan.extends.flatMap { $0.name } ?? scan.layout.map { "\($0).html" }
        if let grandName {
            switch parentInfo(named: grandName, from: path, dialect: dialect, depth: depth + 1) {
            case .failure(let f): return .failure(Failure(reason: "\(path): \(f.reason)"))
            case .success(let grand):
                // Blocks the parent does not override are the grandparent's, as they stand.
                var blocks: [String: Where] = grand.blocks
                for b in scan.blocks {
                    let enclosing = scan.blocks.last { $0.open.end <= b.open.start && ($0.close?.start ?? Int.max) >= (b.close?.end ?? Int.max) && $0.name != b.name }
                    let wholeFile = scan.extends == nil && scan.layout != nil
                    if let w = grand.blocks[b.name] ?? enclosing.flatMap({ grand.blocks[$0.name] }) ?? (wholeFile ? grand.content : nil) {
                        blocks[b.name] = w
                    }
                }
                // Blocks this parent opens inside a later block are later blocks too (wagtail's
                // `content`, inside the `furniture` its base fills).
                for b in scan.blocks {
                    let enclosing = scan.blocks.filter { $0.open.end <= b.open.start && ($0.close?.start ?? Int.max) >= (b.close?.end ?? Int.max) && $0.name != b.name }
                    for e in enclosing {
                        for (name, w) in blocks where w.laterBlocks.contains(e.name) && !w.laterBlocks.contains(b.name) {
                            blocks[name]?.laterBlocks.append(b.name)
                        }
                    }
                }
                // A block this parent fills with something rendered makes the blocks before it stop
                // ending the body (wagtail: `extra_js` before the `furniture` its base fills).
                let filled = Set(scan.blocks.filter { b in
                    guard let close = b.close, b.betweenTags else { return false }
                    return Self.rendersSomething(scan.masked, from: b.open.end, to: close.start)
                }.map(\.name))
                for (name, w) in blocks where w.endOfBody && w.laterBlocks.contains(where: filled.contains) {
                    blocks[name]?.endOfBody = false
                }
                var content: Where?
                if scan.contentPlaceholder != nil { content = scan.extends == nil ? grand.content : nil }
                return .success(ParentInfo(path: path, blocks: blocks, content: content))
            }
        }
        // Markers where each block opens and closes, parsed as the page they belong to.
        var inserts: [(Int, String)] = []
        for (k, b) in scan.blocks.enumerated() where b.betweenTags {
            inserts.append((b.open.end, "open:\(k)"))
            if let c = b.close { inserts.append((c.start, "close:\(k)")) }
        }
        if let c = scan.contentPlaceholder {
            inserts.append((c.start, "open:content"))
            inserts.append((c.start, "close:content"))
        }
        let (opens, closes) = Self.markerPlacements(scan.masked, inserts, source: source)
        var blocks: [String: Where] = [:]
        for (k, b) in scan.blocks.enumerated() {
            guard let placement = opens["\(k)"] else { continue }
            var w = Where(placement: placement, endOfBody: placement != .head && closes["\(k)"] == true)
            if w.endOfBody, let close = b.close {
                w.laterBlocks = scan.blocks.filter { $0.betweenTags && $0.open.start >= close.end }.map(\.name)
            }
            blocks[b.name] = w
        }
        var content: Where?
        if let p = opens["content"] { content = Where(placement: p, endOfBody: p != .head && closes["content"] == true) }
        return .success(ParentInfo(path: path, blocks: blocks, content: content))
    }

    /// Whether masked template text renders something in <body>: what would keep a script just
    /// before it from being the end of the body (constructs are blank in `masked`).
    static func rendersSomething(_ masked: [UInt8], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let page = Array("<body><script src=\"scriptlint:start\"></script>".utf8) + masked[from..<min(to, masked.count)]
        let document = HTMLParser.parse(SourceText(bytes: page, encoding: .utf8, bomLength: 0))
        guard let marker = document.scripts.first, marker.src == "scriptlint:start" else { return true }
        return !marker.atEndOfBody
    }

    /// Parses `masked` as a page with a marker script at each `(offset, "open:ID" | "close:ID")`: the
    /// placement at each open marker, and whether each close marker ends the body.
    static func markerPlacements(_ masked: [UInt8], _ markers: [(Int, String)], source: SourceText) -> (opens: [String: Placement], closes: [String: Bool]) {
        var synthetic: [UInt8] = []
        synthetic.reserveCapacity(masked.count + 48 * markers.count)
        var pos = 0
        for (at, text) in markers.sorted(by: { $0.0 < $1.0 }) {
            synthetic += masked[pos..<at]
            synthetic += Array("<script src=\"scriptlint:\(text)\"></script>".utf8)
            pos = at
        }
        synthetic += masked[pos...]
        let document = HTMLParser.parse(SourceText(bytes: synthetic, encoding: source.encoding, bomLength: source.bomLength))
        var opens: [String: Placement] = [:], closes: [String: Bool] = [:]
        for s in document.scripts {
            guard let src = s.src, src.hasPrefix("scriptlint:") else { continue }
            let parts = src.split(separator: ":")
            guard parts.count == 3 else { continue }
            if parts[1] == "open" { opens[String(parts[2])] = s.placement } else { closes[String(parts[2])] = s.atEndOfBody }
        }
        return (opens, closes)
    }

    func parentFolder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    func isDirectory(_ path: String) -> Bool {
        if case .directory = FileSystem.kind(path) { return true }
        return false
    }

    func isRegularFile(_ path: String) -> Bool {
        if case .file = FileSystem.kind(path) { return true }
        return false
    }
}
