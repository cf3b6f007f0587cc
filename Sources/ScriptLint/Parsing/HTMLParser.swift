/// Turns a file into a `ScriptDocument`: the WHATWG tokenizer (`Tokenizer`) feeding the WHATWG tree
/// builder (`TreeBuilder`), with no tree kept — only what the script model needs (`ScriptRecorder`).
/// It streams, and every offset is exact.
///
/// The one pipeline every file goes through (`Linter.parse`): decode (`SourceText`) → for a
/// template, mask its constructs (`TemplateMasker`, a dialect's `TemplateSyntax`, the platforms'
/// helper maskers) → tokenizer and tree builder (`tree`) → script model → for a template, its facts
/// (`TemplateAnnotator`) → script loaders (`ScriptLoader.annotate`) → platform APIs
/// (`Platform.annotate`). Files that are not HTML (Drupal libraries, Python media) go to their
/// platform (`Platform.document`) and enter at the script model.
public enum HTMLParser {
    public static func parse(_ source: SourceText) -> ScriptDocument {
        var document = tree(source).document
        ScriptLoader.annotate(&document)
        return document
    }

    /// The tokenizer and tree builder over `source`: the script model, and (when asked, for a
    /// template's blocks) where each piece of renderable content starts, in order.
    static func tree(_ source: SourceText, recordRenderables: Bool = false) -> (document: ScriptDocument, renderables: [Int]) {
        source.bytes.withUnsafeBufferPointer { p in
            var builder = TreeBuilder(p: p, source: source, sink: NoTree())
            builder.recorder.recordRenderables = recordRenderables
            builder.run()
            return (builder.finish(), recordRenderables ? builder.recorder.renderables.sorted() : [])
        }
    }

    public static func parse(bytes: [UInt8]) -> ScriptDocument {
        parse(SourceText(fileBytes: bytes))
    }

    public static func parse(_ html: String) -> ScriptDocument {
        parse(bytes: Array(html.utf8))
    }
}

extension ScriptElement {
    /// The facts about a script element, from its start tag ("prepare the script element").
    /// A script's facts from its start tag and where a parser put it (for trees built elsewhere: XHTML).
    public static func model(_ tag: StartTag, isSVG: Bool, inert: InertReason?, placement: Placement, index: Int) -> ScriptElement {
        make(tag, isSVG: isSVG, inert: inert, placement: placement, index: index)
    }

    static func make(_ tag: StartTag, isSVG: Bool, inert: InertReason?, placement: Placement, index: Int) -> ScriptElement {
        let typeAttr = tag.attribute("type")?.value
        let languageAttr = tag.attribute("language")?.value
        var typeValue: String?
        if let t = typeAttr {
            typeValue = t.trimmingASCIIWhitespace()
        } else if let l = languageAttr, !l.isEmpty {
            typeValue = "text/" + l.trimmingASCIIWhitespace()
        }
        let srcAttr = isSVG ? (tag.attribute("href") ?? tag.attribute("xlink:href")) : tag.attribute("src")
        let src = srcAttr.map { $0.value ?? "" }
        let isExternal = src.map { !$0.trimmingASCIIWhitespace().isEmpty } ?? false
        let blocking = (tag.attribute("blocking")?.value ?? "").lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }).map(String.init)
        return ScriptElement(
            tag: tag,
            kind: ScriptKind.classify(typeValue),
            typeValue: typeValue,
            isExternal: isExternal,
            isInline: srcAttr == nil,
            src: src,
            isAsync: tag.has("async"),
            isDefer: tag.has("defer"),
            isNoModule: tag.has("nomodule"),
            blocking: blocking,
            placement: placement,
            inert: inert,
            isSVG: isSVG,
            atEndOfBody: false,
            swallowedRange: nil,
            isUnterminated: false,
            textRange: nil,
            index: index
        )
    }
}

/// Quirks mode from the DOCTYPE ("the initial insertion mode"); in quirks mode `<table>` does not
/// close an open `<p>`.
enum Quirks {
    private static let publicPrefixes = [
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html 2.0 level 1//",
        "-//ietf//dtd html 2.0 level 2//", "-//ietf//dtd html 2.0 strict level 1//", "-//ietf//dtd html 2.0 strict level 2//",
        "-//ietf//dtd html 2.0 strict//", "-//ietf//dtd html 2.0//", "-//ietf//dtd html 2.1e//", "-//ietf//dtd html 3.0//",
        "-//ietf//dtd html 3.2 final//", "-//ietf//dtd html 3.2//", "-//ietf//dtd html 3//", "-//ietf//dtd html level 0//",
        "-//ietf//dtd html level 1//", "-//ietf//dtd html level 2//", "-//ietf//dtd html level 3//",
        "-//ietf//dtd html strict level 0//", "-//ietf//dtd html strict level 1//", "-//ietf//dtd html strict level 2//",
        "-//ietf//dtd html strict level 3//", "-//ietf//dtd html strict//", "-//ietf//dtd html//",
        "-//metrius//dtd metrius presentational//", "-//microsoft//dtd internet explorer 2.0 html strict//",
        "-//microsoft//dtd internet explorer 2.0 html//", "-//microsoft//dtd internet explorer 2.0 tables//",
        "-//microsoft//dtd internet explorer 3.0 html strict//", "-//microsoft//dtd internet explorer 3.0 html//",
        "-//microsoft//dtd internet explorer 3.0 tables//", "-//netscape comm. corp.//dtd html//",
        "-//netscape comm. corp.//dtd strict html//", "-//o'reilly and associates//dtd html 2.0//",
        "-//o'reilly and associates//dtd html extended 1.0//", "-//o'reilly and associates//dtd html extended relaxed 1.0//",
        "-//sq//dtd html 2.0 hotmetal + extensions//", "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
        "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//", "-//spyglass//dtd html 2.0 extended//",
        "-//sun microsystems corp.//dtd hotjava html//", "-//sun microsystems corp.//dtd hotjava strict html//",
        "-//w3c//dtd html 3 1995-03-24//", "-//w3c//dtd html 3.2 draft//", "-//w3c//dtd html 3.2 final//",
        "-//w3c//dtd html 3.2//", "-//w3c//dtd html 3.2s draft//", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental 19960712//",
        "-//w3c//dtd html experimental 970421//", "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html 2.0//", "-//webtechs//dtd mozilla html//",
    ]

    static func isQuirks(name: String?, publicID: String?, systemID: String?, forceQuirks: Bool) -> Bool {
        if forceQuirks || name != "html" { return true }
        let pub = publicID?.lowercased()
        let sys = systemID?.lowercased()
        if let pub {
            if pub == "-//w3o//dtd w3 html strict 3.0//en//" || pub == "-/w3c/dtd html 4.0 transitional/en" || pub == "html" { return true }
            if publicPrefixes.contains(where: { pub.hasPrefix($0) }) { return true }
            if systemID == nil && (pub.hasPrefix("-//w3c//dtd html 4.01 frameset//") || pub.hasPrefix("-//w3c//dtd html 4.01 transitional//")) {
                return true
            }
        }
        if sys == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd" { return true }
        return false
    }
}

/// The case fix-ups for SVG and MathML names that the HTML parser applies ("adjust SVG attributes").
enum ForeignNames {
    static let svgElements: [String: String] = Dictionary(uniqueKeysWithValues: [
        "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient",
        "radialGradient", "textPath",
    ].map { ($0.lowercased(), $0) })

    static let svgAttributes: [String: String] = Dictionary(uniqueKeysWithValues: [
        "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits", "diffuseConstant",
        "edgeMode", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits", "kernelMatrix", "kernelUnitLength",
        "keyPoints", "keySplines", "keyTimes", "lengthAdjust", "limitingConeAngle", "markerHeight", "markerUnits",
        "markerWidth", "maskContentUnits", "maskUnits", "numOctaves", "pathLength", "patternContentUnits",
        "patternTransform", "patternUnits", "pointsAtX", "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio",
        "primitiveUnits", "refX", "refY", "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures",
        "specularConstant", "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles",
        "surfaceScale", "systemLanguage", "tableValues", "targetX", "targetY", "textLength", "viewBox", "viewTarget",
        "xChannelSelector", "yChannelSelector", "zoomAndPan",
    ].map { ($0.lowercased(), $0) })

    static let mathAttributes: [String: String] = ["definitionurl": "definitionURL"]

    /// Namespaced attributes, written the way html5lib-tests print them ("xlink href").
    static let foreignAttributes: [String: String] = [
        "xlink:actuate": "xlink actuate", "xlink:arcrole": "xlink arcrole", "xlink:href": "xlink href",
        "xlink:role": "xlink role", "xlink:show": "xlink show", "xlink:title": "xlink title", "xlink:type": "xlink type",
        "xml:lang": "xml lang", "xml:space": "xml space", "xmlns": "xmlns", "xmlns:xlink": "xmlns xlink",
    ]
}

/// Records the `href` of every `<a>` and `<area>` the tree builder creates (for crawling).
struct LinkSink: TreeSink {
    static var buildsTree: Bool { true }
    var hrefs: [String] = []
    mutating func createElement(_ id: Int32, name: String, ns: Namespace, attributes: [(String, String)]) {
        guard ns == .html, name == "a" || name == "area", let href = attributes.first(where: { $0.0 == "href" })?.1 else { return }
        hrefs.append(href)
    }
    mutating func insert(_ id: Int32, at: InsertionPoint) {}
    mutating func insertText(_ text: String, at: InsertionPoint) {}
    mutating func insertComment(_ text: String, at: InsertionPoint) {}
    mutating func doctype(name: String, publicID: String?, systemID: String?) {}
    mutating func addMissingAttributes(_ id: Int32, _ attributes: [(String, String)]) {}
    mutating func remove(_ id: Int32) {}
    mutating func moveChildren(of: Int32, to: Int32) {}
    func parent(of id: Int32) -> Int32? { nil }
}

extension HTMLParser {
    /// The links of a page as a browser parses it: every `<a href>` and `<area href>`, and the
    /// first `<base href>`.
    public static func links(_ source: SourceText) -> (base: String?, hrefs: [String]) {
        source.bytes.withUnsafeBufferPointer { p in
            var builder = TreeBuilder(p: p, source: source, sink: LinkSink())
            builder.run()
            let document = builder.finish()
            return (document.baseHref, builder.sink.hrefs)
        }
    }
}
