/// What a browser makes of a `<script>` element's `type` (WHATWG "prepare the script element").
public enum ScriptKind: String, Sendable, Codable {
    case classic, module, importmap, speculationrules
    /// Any other type: a data block, never executed.
    case data
}

/// Where the element sits in the tree a browser builds, and where the author wrote it.
public enum Placement: String, Sendable, Codable {
    /// In `<head>`, or before `<html>`/`<head>`, or between `</head>` and `<body>`.
    case head
    case body
    /// After a `</body>` or `</html>` the browser acted on; the browser moves it to the end of body.
    case outside
    /// In a template, where the page around it is not known (a partial, a block no parent
    /// defines, an unresolvable parent): no placement-dependent finding.
    case unknown
}

/// What a template adds to a script's facts (SPEC §8); `nil` for plain HTML.
public struct TemplateFacts: Sendable, Hashable {
    public var dialect: TemplateDialect
    /// Attributes whose value holds a template construct.
    public var dynamic: Set<String> = []
    /// Attributes written under a template condition (`{% if x %}defer{% endif %}`).
    public var conditional: Set<String> = []
    /// The tag holds an output construct where attributes stand: any attribute may be present.
    public var unknownAttributes = false
    /// An output construct follows the script with nothing renderable before it: it may render
    /// content, so whether the script ends the body is unknown.
    public var endOfBodyUnknown = false
    /// Why the placement is unknown, or where it came from (`block "extrahead" of base.html`).
    public var placementReason: String?
    /// The branch of each enclosing conditional (jinja, handlebars, go).
    public var branch: [TemplateBranch] = []
    /// How many control constructs precede the script (erb, php).
    public var segment = 0
    /// Which detached body (a macro, a PHP function) holds the script; 0 for the page itself.
    public var detached = 0

    public init(dialect: TemplateDialect) { self.dialect = dialect }
}

/// Why a script never runs although it is an element (or looks like one) in the source.
public enum InertReason: String, Sendable, Codable {
    /// Inside `<template>` (not a declarative shadow root).
    case template
    /// Inside `<noscript>`: with scripting on, browsers read its content as plain text.
    case noscript
    /// A MathML `<script>`: MathML has no script element.
    case mathml
}

/// One attribute as written in the start tag.
public struct Attribute: Sendable, Hashable {
    /// ASCII-lowercased name.
    public var name: String
    /// Decoded value (character references resolved); `nil` when written without `=`.
    public var value: String?
    /// The whole attribute, from the first byte of its name to the end of its value (closing quote included).
    public var range: ByteRange
    /// The bytes of the value, without quotes; `nil` when written without `=`.
    public var valueRange: ByteRange?
    /// Where the whitespace before the attribute starts (what a fix removes along with it).
    public var leadingSpaceStart: Int
    /// Whether whitespace, `/` or `>` follows the attribute. When something else does
    /// (`type="a"src=x`), removing the attribute with the whitespace before it would join what
    /// precedes it to what follows, so a fix keeps that whitespace.
    public var isFollowedBySeparator: Bool
    /// The tag repeats this attribute later. Browsers use the first one and ignore the rest, so
    /// removing this one would bring the next into force: no fix removes it.
    public var hasLaterDuplicate: Bool

    public init(name: String, value: String?, range: ByteRange, valueRange: ByteRange?, leadingSpaceStart: Int,
                isFollowedBySeparator: Bool = true, hasLaterDuplicate: Bool = false) {
        self.hasLaterDuplicate = hasLaterDuplicate
        self.name = name
        self.value = value
        self.range = range
        self.valueRange = valueRange
        self.leadingSpaceStart = leadingSpaceStart
        self.isFollowedBySeparator = isFollowedBySeparator
    }
}

/// A start tag as written: its name, attributes (first occurrence of each name wins, as in browsers)
/// and exact range from `<` to `>`.
public struct StartTag: Sendable, Hashable {
    public var name: String
    public var attributes: [Attribute]
    public var range: ByteRange
    public var selfClosing: Bool

    public init(name: String, attributes: [Attribute], range: ByteRange, selfClosing: Bool) {
        self.name = name
        self.attributes = attributes
        self.range = range
        self.selfClosing = selfClosing
    }

    public func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }

    public func has(_ name: String) -> Bool { attribute(name) != nil }

    /// The same tag `delta` bytes further on.
    public func shifted(by delta: Int) -> StartTag {
        var t = self
        t.range = ByteRange(range.start + delta, range.end + delta)
        t.attributes = attributes.map { a in
            var a = a
            a.range = ByteRange(a.range.start + delta, a.range.end + delta)
            a.valueRange = a.valueRange.map { ByteRange($0.start + delta, $0.end + delta) }
            a.leadingSpaceStart += delta
            return a
        }
        return t
    }
}

/// The facts about one `<script>` element that every rule works on (SPEC §2).
public struct ScriptElement: Sendable, Hashable {
    public var tag: StartTag
    public var kind: ScriptKind
    /// The `type` (or `text/` + `language`) as written, trimmed; `nil` when neither is present.
    public var typeValue: String?
    /// `src` present and not empty (only whitespace counts as empty).
    public var isExternal: Bool
    /// No `src` attribute at all.
    public var isInline: Bool
    /// The `src` (or SVG `href`) value as written, decoded.
    public var src: String?
    public var isAsync: Bool
    public var isDefer: Bool
    public var isNoModule: Bool
    /// The `blocking` attribute's tokens, lowercased.
    public var blocking: [String]
    public var placement: Placement
    public var inert: InertReason?
    /// An SVG `<script>`: runs and blocks like a classic script, ignores `async`/`defer`.
    public var isSVG: Bool
    /// No renderable content follows it before the end of the document.
    public var atEndOfBody: Bool
    /// For `<script … />` in HTML: the bytes the browser swallows as script text, up to the end of the next `</script>`.
    public var swallowedRange: ByteRange?
    /// The file ends before its `</script>`: browsers never run such a script.
    public var isUnterminated: Bool
    /// The inline text's range (between the start tag and the end tag).
    public var textRange: ByteRange?
    /// 0-based index among all scripts of the document.
    public var index: Int
    /// The script loader on the page that turns this data block into a script later (`ScriptLoader`).
    public var deferredBy: String?
    /// Template facts, when the file is a template.
    public var template: TemplateFacts?
    /// For a script added through a CMS's or framework's API (`wp_enqueue_script`,
    /// `javascript_include_tag`, …) rather than written as a tag: the call that adds it.
    public var api: APIFacts?

    /// The attribute is present for sure: written, and under no template condition.
    public func definitely(_ name: String) -> Bool {
        guard tag.has(name) else { return false }
        guard let t = template else { return true }
        return !t.conditional.contains(name) && !t.unknownAttributes
    }

    /// The attribute may be present (written, possibly under a condition, or unknown attributes).
    public func possibly(_ name: String) -> Bool {
        tag.has(name) || template?.unknownAttributes == true || api?.unknownLoading == true
    }

    /// Whether the model knows the script's end-of-body status.
    public var endOfBodyKnown: Bool { template?.endOfBodyUnknown != true && api?.endOfBodyUnknown != true && placement != .unknown }

    /// Whether the script's kind is known (not decided by a template construct).
    public var kindKnown: Bool {
        guard let t = template else { return true }
        return !t.dynamic.contains("type") && !t.dynamic.contains("language") && !t.unknownAttributes
    }

    /// Two scripts may be compared (`duplicate-script`, `importmap-after-module`) only when the
    /// page can hold both in the order of the file: not from different branches of one template
    /// conditional, for erb/php not across any control construct, and not added by an API call.
    public func canPair(with other: ScriptElement) -> Bool {
        // A script an API call adds stands where the platform prints it, not where the call is,
        // unless the platform prints it in place.
        if api.map({ !$0.printedInPlace }) ?? false || other.api.map({ !$0.printedInPlace }) ?? false { return false }
        guard let a = template, let b = other.template else { return true }
        if a.detached != b.detached { return false }
        if a.dialect.syntax.branchModel == .segments { return a.segment == b.segment }
        for x in a.branch { for y in b.branch where x.conditional == y.conditional && x.branch != y.branch { return false } }
        return true
    }

    public var isBlockingRender: Bool { blocking.contains("render") }
}

/// A `<link>` in the document that matters to script loading.
public struct LinkElement: Sendable, Hashable {
    public enum Role: String, Sendable { case stylesheet, modulepreload }
    public var tag: StartTag
    public var role: Role
    /// A style sheet that blocks scripts: not alternate, not disabled, media that applies to screens.
    public var blocksScripts: Bool
    public var placement: Placement
    public var inert: Bool
}

/// A comment, kept for inline directives.
public struct Comment: Sendable, Hashable {
    public var text: String
    public var range: ByteRange
}

/// Everything scriptlint knows about one HTML file.
public struct ScriptDocument: Sendable {
    public var source: SourceText
    public var scripts: [ScriptElement]
    public var links: [LinkElement]
    public var comments: [Comment]
    /// The first `<base href>` value, if any.
    public var baseHref: String?
    /// The first `<meta name=generator>`'s content (what made the page: WordPress, Drupal, …).
    public var generator: String?
    /// The template dialect the file was read in, if it is a template.
    public var dialect: TemplateDialect?
    /// Broken template syntax (unclosed constructs, unbalanced blocks): where and what.
    public var templateProblems: [(range: ByteRange, message: String)] = []
    /// Every template construct (no fix edits inside one).
    public var templateConstructs: [ByteRange] = []

    public init(source: SourceText, scripts: [ScriptElement], links: [LinkElement], comments: [Comment], baseHref: String?) {
        self.source = source
        self.scripts = scripts
        self.links = links
        self.comments = comments
        self.baseHref = baseHref
    }
}
