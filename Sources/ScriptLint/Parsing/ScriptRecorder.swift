/// What the linter keeps of a page while the tree builder builds it: scripts, the style sheets and
/// module preloads that matter to them, comments (for directives), the first `<base href>`, and
/// where renderable content stands. The tree builder is the specification's algorithm and calls
/// these hooks at the points where the specification inserts such nodes; nothing here changes
/// what it builds.
struct ScriptRecorder {
    private(set) var scripts: [ScriptElement] = []
    private(set) var links: [LinkElement] = []
    private(set) var comments: [Comment] = []
    private(set) var baseHref: String?
    private(set) var generator: String?
    /// Templates ask where each renderable piece of content is (to judge the end of a block).
    var recordRenderables = false
    private(set) var renderables: [Int] = []
    private var lastRenderable = -1
    /// The HTML script element whose text the tokenizer is reading.
    private var openScript: Int?

    /// Renderable content (text that is not whitespace, an element that renders) starts here.
    @inline(__always)
    mutating func renderable(at offset: Int) {
        lastRenderable = max(lastRenderable, offset)
        if recordRenderables { renderables.append(offset) }
    }

    /// A script element was inserted (or, for SVG and MathML, created in foreign content).
    mutating func script(_ tag: StartTag, isSVG: Bool, inert: InertReason?, placement: Placement) {
        scripts.append(ScriptElement.make(tag, isSVG: isSVG, inert: inert, placement: placement, index: scripts.count))
        openScript = isSVG || inert == .mathml ? nil : scripts.count - 1
    }

    /// A script that `<noscript>` holds as text (scripting on): recorded, inert.
    mutating func inertScript(_ script: ScriptElement) {
        var s = script
        s.index = scripts.count
        scripts.append(s)
    }

    /// The open HTML script's end tag (`endTagStart..<endTagEnd`), or the end of the file
    /// (`endTagStart == nil`: never closed, so it never runs).
    mutating func closeScript(endTagStart: Int?, endTagEnd: Int, fileEnd: Int) {
        guard let k = openScript else { return }
        let textStart = scripts[k].tag.range.end
        if let endTagStart {
            scripts[k].textRange = ByteRange(textStart, endTagStart)
            if scripts[k].tag.selfClosing { scripts[k].swallowedRange = ByteRange(textStart, endTagEnd) }
        } else {
            scripts[k].isUnterminated = true
            scripts[k].textRange = ByteRange(textStart, fileEnd)
            if scripts[k].tag.selfClosing { scripts[k].swallowedRange = ByteRange(textStart, fileEnd) }
        }
        openScript = nil
    }

    mutating func link(_ link: LinkElement) { links.append(link) }

    mutating func comment(_ comment: Comment) { comments.append(comment) }

    /// A `<base>` element: the first `href` counts.
    mutating func base(href: String?) {
        if baseHref == nil { baseHref = href }
    }

    mutating func generator(_ content: String) {
        if generator == nil { generator = content }
    }

    /// The model: each script in the body ends it when no renderable content follows it.
    func document(_ source: SourceText) -> ScriptDocument {
        var scripts = self.scripts
        for k in scripts.indices where scripts[k].placement != .head && scripts[k].inert == nil {
            scripts[k].atEndOfBody = lastRenderable < scripts[k].tag.range.start
        }
        var document = ScriptDocument(source: source, scripts: scripts, links: links, comments: comments, baseHref: baseHref)
        document.generator = generator
        return document
    }
}
