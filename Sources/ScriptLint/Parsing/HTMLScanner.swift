#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file into a `ScriptDocument` by following the WHATWG HTML tokenizer and the parts of
/// tree construction that decide where a script lands: the insertion modes from "initial" to
/// "after after body", raw-text elements, script data with its escape states, templates, SVG and
/// MathML content, and the scope rules that make a browser ignore some `</body>` tags.
///
/// It streams: no tree is built, only a stack of open elements, and every offset is exact.
public enum HTMLParser {
    public static func parse(_ source: SourceText) -> ScriptDocument {
        source.bytes.withUnsafeBufferPointer { p in
            var scanner = HTMLScanner(p: p, source: source)
            scanner.run()
            return scanner.finish()
        }
    }

    public static func parse(bytes: [UInt8]) -> ScriptDocument {
        parse(SourceText(fileBytes: bytes))
    }

    public static func parse(_ html: String) -> ScriptDocument {
        parse(bytes: Array(html.utf8))
    }
}

private enum Mode {
    case initial, beforeHead, inHead, afterHead, inBody, afterBody, afterAfterBody, inFrameset
}

private enum Namespace: UInt8 { case html, svg, math }

private struct Node {
    var key: NameKey
    var tag: Tag
    var ns: Namespace
    /// An SVG/MathML element whose content is parsed as HTML again (foreignObject, desc, title, mi, …).
    var integrationPoint: Bool = false
    /// A `<template>` that is not a declarative shadow root: what it holds never runs.
    var inertTemplate: Bool = false
}

struct HTMLScanner {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let source: SourceText

    private var i = 0
    private var mode: Mode = .initial
    private var stack: [Node] = []
    private var templateDepth = 0
    private var inertTemplateDepth = 0
    /// Set once the browser acts on a `</body>` or `</html>`: whatever follows in the source is "outside".
    private var afterBodyEnd = false
    private var lastRenderable = -1

    private var scripts: [ScriptElement] = []
    private var links: [LinkElement] = []
    private var comments: [Comment] = []
    private var baseHref: String?

    init(p: UnsafeBufferPointer<UInt8>, source: SourceText) {
        self.p = p
        self.n = p.count
        self.source = source
        self.i = source.bomLength
    }

    // MARK: - Tokenizer: data state

    mutating func run() {
        while i < n {
            let lt = nextByte(0x3C, from: i, to: n)
            if lt > i { text(i, lt) }
            if lt >= n { break }
            i = lt
            markup()
        }
    }

    func finish() -> ScriptDocument {
        var scripts = self.scripts
        for k in scripts.indices where scripts[k].placement != .head && scripts[k].inert == nil {
            scripts[k].atEndOfBody = lastRenderable < scripts[k].tag.range.start
        }
        return ScriptDocument(source: source, scripts: scripts, links: links, comments: comments, baseHref: baseHref)
    }

    private func nextByte(_ byte: UInt8, from: Int, to: Int) -> Int {
        guard from < to, let base = p.baseAddress else { return to }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private mutating func markup() {
        let next = i + 1 < n ? p[i + 1] : 0
        if i + 1 >= n {
            text(i, n)
            i = n
        } else if next == 0x21 { // <!
            markupDeclaration()
        } else if next == 0x2F { // </
            if i + 2 < n && isASCIIAlpha(p[i + 2]) {
                endTagToken()
            } else if i + 2 < n && p[i + 2] == 0x3E {
                i += 3
            } else if i + 2 >= n {
                text(i, n)
                i = n
            } else {
                bogusComment(from: i + 2)
            }
        } else if isASCIIAlpha(next) {
            startTagToken()
        } else if next == 0x3F { // <?
            bogusComment(from: i + 1)
        } else {
            text(i, i + 1)
            i += 1
        }
    }

    private mutating func markupDeclaration() {
        if i + 3 < n && p[i + 2] == 0x2D && p[i + 3] == 0x2D {
            comment(bodyStart: i + 4)
        } else if matchesASCIICaseInsensitive(i + 2, "doctype") {
            let gt = nextByte(0x3E, from: i, to: n)
            i = min(n, gt + 1)
        } else if matches(i + 2, "[CDATA["), let node = stack.last, node.ns != .html {
            var j = i + 9
            while j + 2 < n && !(p[j] == 0x5D && p[j + 1] == 0x5D && p[j + 2] == 0x3E) { j += 1 }
            if j > i + 9 { renderable(at: i + 9) }
            i = min(n, j + 3)
        } else {
            bogusComment(from: i + 2)
        }
    }

    /// `<!--` … `-->` (also `--!>`); `<!-->` and `<!--->` end at once, as in browsers.
    private mutating func comment(bodyStart: Int) {
        let start = i
        var j = bodyStart
        var textEnd = n
        var end = n
        if j < n && p[j] == 0x3E {
            textEnd = j; end = j + 1
        } else if j + 1 < n && p[j] == 0x2D && p[j + 1] == 0x3E {
            textEnd = j; end = j + 2
        } else {
            while j < n {
                j = nextByte(0x2D, from: j, to: n)
                guard j + 2 < n else { break }
                if p[j + 1] == 0x2D {
                    if p[j + 2] == 0x3E { textEnd = j; end = j + 3; break }
                    if p[j + 2] == 0x21 && j + 3 < n && p[j + 3] == 0x3E { textEnd = j; end = j + 4; break }
                }
                j += 1
            }
        }
        comments.append(Comment(text: source.text(ByteRange(bodyStart, max(bodyStart, textEnd))), range: ByteRange(start, end)))
        i = end
    }

    private mutating func bogusComment(from: Int) {
        let gt = nextByte(0x3E, from: from, to: n)
        i = min(n, gt + 1)
    }

    /// Non-markup text between `start` and `end`: only its first non-whitespace character matters.
    private mutating func text(_ start: Int, _ end: Int) {
        var k = start
        while k < end && isHTMLSpace(p[k]) { k += 1 }
        guard k < end else { return }
        if templateDepth > 0 {
            if inertTemplateDepth == 0 { renderable(at: k) }
            return
        }
        switch mode {
        case .initial, .beforeHead, .inHead, .afterHead:
            impliedBody()
        case .afterBody, .afterAfterBody:
            mode = .inBody
        case .inBody:
            break
        case .inFrameset:
            return
        }
        renderable(at: k)
    }

    private mutating func renderable(at offset: Int) {
        if inertTemplateDepth == 0 { lastRenderable = max(lastRenderable, offset) }
    }

    // MARK: - Tags

    /// Reads past a tag's attributes (quotes respected) to its `>`; `nil` if the file ends first.
    private func skipTag(from start: Int) -> (end: Int, selfClosing: Bool)? {
        var j = start
        var selfClosing = false
        while j < n {
            let c = p[j]
            if isHTMLSpace(c) { j += 1; continue }
            if c == 0x3E { return (j + 1, selfClosing) }
            if c == 0x2F { selfClosing = j + 1 < n && p[j + 1] == 0x3E; j += 1; continue }
            selfClosing = false
            j += 1
            while j < n && !isHTMLSpace(p[j]) && p[j] != 0x2F && p[j] != 0x3E && p[j] != 0x3D { j += 1 }
            var k = j
            while k < n && isHTMLSpace(p[k]) { k += 1 }
            guard k < n, p[k] == 0x3D else { continue }
            k += 1
            while k < n && isHTMLSpace(p[k]) { k += 1 }
            guard k < n else { return nil }
            let q = p[k]
            if q == 0x22 || q == 0x27 {
                let close = nextByte(q, from: k + 1, to: n)
                guard close < n else { return nil }
                j = close + 1
            } else if q == 0x3E {
                j = k
            } else {
                while k < n && !isHTMLSpace(p[k]) && p[k] != 0x3E { k += 1 }
                j = k
            }
        }
        return nil
    }

    private func readTag(at start: Int) -> StartTag? {
        let src = source
        let p = self.p
        return StartTagReader.read(p, at: start) { r in
            switch src.encoding {
            case .utf8, .utf16: return String(decoding: p[r.start..<r.end], as: UTF8.self)
            default: return src.text(r)
            }
        }
    }

    private mutating func startTagToken() {
        let tagStart = i
        var j = i + 1
        while j < n && !isHTMLSpace(p[j]) && p[j] != 0x2F && p[j] != 0x3E { j += 1 }
        let key = NameKey(p, i + 1, j)
        let tag = Tag.lookup(key)
        var full: StartTag?
        let end: Int
        let selfClosing: Bool
        switch tag {
        case .script, .link, .base, .input, .audio, .font, .template, .annotationXML:
            guard let t = readTag(at: tagStart) else { i = n; return }
            full = t
            end = t.range.end
            selfClosing = t.selfClosing
        default:
            guard let r = skipTag(from: j) else { i = n; return }
            end = r.end
            selfClosing = r.selfClosing
        }
        i = end
        startTag(Token(key: key, tag: tag, start: tagStart, end: end, selfClosing: selfClosing, full: full))
    }

    private mutating func endTagToken() {
        let start = i
        var j = i + 2
        while j < n && !isHTMLSpace(p[j]) && p[j] != 0x2F && p[j] != 0x3E { j += 1 }
        let key = NameKey(p, i + 2, j)
        guard let r = skipTag(from: j) else { i = n; return }
        i = r.end
        endTag(key: key, tag: Tag.lookup(key), range: ByteRange(start, r.end))
    }

    private struct Token {
        var key: NameKey
        var tag: Tag
        var start: Int
        var end: Int
        var selfClosing: Bool
        var full: StartTag?

        func attribute(_ name: String) -> String? { full?.attribute(name)?.value }
    }

    // MARK: - Tree construction (placement only)

    private var inForeignContent: Bool {
        guard let node = stack.last else { return false }
        return node.ns != .html && !node.integrationPoint
    }

    private var placement: Placement {
        if afterBodyEnd { return .outside }
        switch mode {
        case .initial, .beforeHead, .inHead, .afterHead: return .head
        default: return .body
        }
    }

    private mutating func push(_ t: Token, ns: Namespace = .html) {
        var node = Node(key: t.key, tag: t.tag, ns: ns)
        if t.tag == .template && ns == .html {
            let mode = t.attribute("shadowrootmode")?.lowercased()
            node.inertTemplate = !(mode == "open" || mode == "closed")
            templateDepth += 1
            if node.inertTemplate { inertTemplateDepth += 1 }
        }
        if ns == .svg { node.integrationPoint = t.tag == .foreignobject || t.tag == .desc || t.tag == .title }
        if ns == .math {
            switch t.tag {
            case .mi, .mo, .mn, .ms, .mtext: node.integrationPoint = true
            case .annotationXML:
                let enc = t.attribute("encoding")?.lowercased()
                node.integrationPoint = enc == "text/html" || enc == "application/xhtml+xml"
            default: break
            }
        }
        stack.append(node)
    }

    private mutating func pushImplied(_ tag: Tag, _ name: String) {
        stack.append(Node(key: NameKey(name), tag: tag, ns: .html))
    }

    private mutating func pop(to index: Int) {
        while stack.count > index {
            let node = stack.removeLast()
            if node.tag == .template && node.ns == .html {
                templateDepth -= 1
                if node.inertTemplate { inertTemplateDepth -= 1 }
            }
        }
    }

    private mutating func impliedBody() {
        if mode == .initial { pushImplied(.html, "html"); mode = .beforeHead }
        if mode == .beforeHead { pushImplied(.head, "head"); mode = .inHead }
        if mode == .inHead { popHead(); mode = .afterHead }
        if mode == .afterHead { pushImplied(.body, "body"); mode = .inBody }
    }

    private mutating func popHead() {
        if let k = stack.lastIndex(where: { $0.tag == .head && $0.ns == .html }) { pop(to: k) }
    }

    private mutating func startTag(_ t: Token) {
        if inForeignContent {
            let breaksOut = t.tag.breaksOutOfForeignContent
                || (t.tag == .font && (t.full?.has("color") == true || t.full?.has("face") == true || t.full?.has("size") == true))
            if !breaksOut {
                foreignStartTag(t)
                return
            }
            while let last = stack.last, last.ns != .html, !last.integrationPoint { pop(to: stack.count - 1) }
        }
        if templateDepth > 0 {
            bodyStartTag(t)
            return
        }
        while true {
            switch mode {
            case .initial:
                if t.tag == .html { push(t); mode = .beforeHead; return }
                pushImplied(.html, "html"); mode = .beforeHead
            case .beforeHead:
                if t.tag == .html { return }
                if t.tag == .head { push(t); mode = .inHead; return }
                pushImplied(.head, "head"); mode = .inHead
            case .inHead:
                if t.tag == .html || t.tag == .head { return }
                if headContent(t) { return }
                popHead(); mode = .afterHead
            case .afterHead:
                switch t.tag {
                case .html, .head: return
                case .body: push(t); mode = .inBody; return
                case .frameset: mode = .inFrameset; return
                case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                    _ = headContent(t)
                    return
                default:
                    // Includes <noscript>: after </head> it starts the body.
                    pushImplied(.body, "body"); mode = .inBody
                }
            case .inBody:
                bodyStartTag(t)
                return
            case .afterBody, .afterAfterBody:
                if t.tag == .html { return }
                mode = .inBody
            case .inFrameset:
                if t.tag == .noframes { rawText(t) }
                return
            }
        }
    }

    /// Elements that "in head" takes; `false` for anything that closes the head.
    private mutating func headContent(_ t: Token) -> Bool {
        switch t.tag {
        case .base, .basefont, .bgsound, .link, .meta:
            voidMetadata(t)
        case .title, .noframes, .style:
            rawText(t)
        case .noscript:
            noscript(t)
        case .script:
            htmlScript(t)
        case .template:
            push(t)
        default:
            return false
        }
        return true
    }

    private mutating func bodyStartTag(_ t: Token) {
        switch t.tag {
        case .script:
            htmlScript(t)
        case .style, .xmp, .noembed, .noframes, .title:
            rawText(t)
        case .iframe, .textarea:
            renderable(at: t.start)
            rawText(t)
        case .noscript:
            noscript(t)
        case .plaintext:
            text(t.end, n)
            i = n
        case .base, .basefont, .bgsound, .link, .meta:
            voidMetadata(t)
        case .html, .head, .body, .frameset, .frame:
            return
        case .svg:
            renderable(at: t.start)
            if !t.selfClosing { push(t, ns: .svg) }
        case .math:
            if !t.selfClosing { push(t, ns: .math) }
        case .td, .th, .tr, .tbody, .thead, .tfoot, .caption, .colgroup, .col:
            tableStructure(t)
        case .input:
            if t.attribute("type")?.lowercased() != "hidden" { renderable(at: t.start) }
        case .audio:
            if t.full?.has("controls") == true { renderable(at: t.start) }
            push(t)
        case .img, .image, .video, .canvas, .object, .embed, .select, .button, .br, .hr:
            renderable(at: t.start)
            if !t.tag.isVoid { push(t) }
        default:
            if !t.tag.isVoid { push(t) }
        }
    }

    /// Table parts close the open cell or row they end; outside a table a browser ignores them.
    private mutating func tableStructure(_ t: Token) {
        guard let table = stack.lastIndex(where: { $0.tag == .table || $0.tag == .template }),
              stack[table].tag == .table else { return }
        let closes: Set<Tag>
        switch t.tag {
        case .td, .th: closes = [.td, .th]
        case .tr: closes = [.td, .th, .tr]
        default: closes = [.td, .th, .tr, .tbody, .thead, .tfoot, .caption, .colgroup]
        }
        if let k = stack[(table + 1)...].firstIndex(where: { closes.contains($0.tag) }) { pop(to: k) }
        if t.tag != .col { push(t) }
    }

    private mutating func foreignStartTag(_ t: Token) {
        let ns: Namespace = t.tag == .svg ? .svg : t.tag == .math ? .math : (stack.last?.ns ?? .svg)
        if t.tag == .script {
            let tag = t.full ?? StartTag(name: "script", attributes: [], range: ByteRange(t.start, t.end), selfClosing: t.selfClosing)
            if ns == .svg {
                record(tag, isSVG: true, inert: inertTemplateDepth > 0 ? .template : nil, textRange: nil)
            } else {
                record(tag, isSVG: false, inert: .mathml, textRange: nil)
            }
        }
        if !t.selfClosing { push(t, ns: ns) }
    }

    private mutating func voidMetadata(_ t: Token) {
        guard let tag = t.full else { return }
        switch t.tag {
        case .base:
            if baseHref == nil, inertTemplateDepth == 0, let href = tag.attribute("href")?.value { baseHref = href }
        case .link:
            let rel = Set(tokens(tag.attribute("rel")?.value))
            if rel.contains("stylesheet") {
                let blocks = !rel.contains("alternate") && !tag.has("disabled") && mediaApplies(tag.attribute("media")?.value)
                links.append(LinkElement(tag: tag, role: .stylesheet, blocksScripts: blocks, placement: placement, inert: inertTemplateDepth > 0))
            } else if rel.contains("modulepreload") {
                links.append(LinkElement(tag: tag, role: .modulepreload, blocksScripts: false, placement: placement, inert: inertTemplateDepth > 0))
            }
        default:
            break
        }
    }

    /// Whether a `media` attribute applies to a screen; only an explicit list of non-screen media types does not.
    private func mediaApplies(_ media: String?) -> Bool {
        guard let media = media?.trimmingASCIIWhitespace().lowercased(), !media.isEmpty else { return true }
        let nonScreen: Set<String> = ["print", "speech", "aural", "braille", "embossed", "handheld", "projection", "tty", "tv"]
        for query in media.split(separator: ",") {
            let words = query.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard let first = words.first else { continue }
            if first == "not" || first == "only" {
                if first == "not", words.count > 1, nonScreen.contains(String(words[1])) { return true }
                if first == "only", words.count > 1, !nonScreen.contains(String(words[1])) { return true }
                continue
            }
            if !nonScreen.contains(String(first)) { return true }
        }
        return false
    }

    // MARK: - Raw text, script data

    /// RAWTEXT/RCDATA content: nothing inside is markup; skip to the matching end tag.
    private mutating func rawText(_ t: Token) {
        let (_, end) = findEndTag(from: t.end, name: t.key)
        i = end
    }

    /// With scripting on, `<noscript>` is raw text; scripts written in it are recorded as inert.
    private mutating func noscript(_ t: Token) {
        let (contentEnd, end) = findEndTag(from: t.end, name: t.key)
        scanInert(t.end, contentEnd, reason: .noscript)
        i = end
    }

    /// Finds `</name` followed by whitespace, `/` or `>`; returns where the content ends and where the
    /// end tag ends (both the end of the file if there is none).
    private func findEndTag(from start: Int, name: NameKey) -> (Int, Int) {
        var j = start
        while j < n {
            j = nextByte(0x3C, from: j, to: n)
            guard j + 1 < n else { break }
            if p[j + 1] == 0x2F {
                var k = j + 2
                while k < n && isASCIIAlpha(p[k]) { k += 1 }
                if k > j + 2, k < n, isHTMLSpace(p[k]) || p[k] == 0x2F || p[k] == 0x3E, NameKey(p, j + 2, k) == name {
                    let end = skipTag(from: k)?.end ?? n
                    return (j, end)
                }
            }
            j += 1
        }
        return (n, n)
    }

    private mutating func scanInert(_ start: Int, _ end: Int, reason: InertReason) {
        var j = start
        while j < end {
            j = nextByte(0x3C, from: j, to: end)
            guard j + 1 < end else { return }
            if j + 3 < end && p[j + 1] == 0x21 && p[j + 2] == 0x2D && p[j + 3] == 0x2D {
                var k = j + 4
                while k + 2 < end && !(p[k] == 0x2D && p[k + 1] == 0x2D && p[k + 2] == 0x3E) { k += 1 }
                j = k + 3
                continue
            }
            if isASCIIAlpha(p[j + 1]) {
                var k = j + 1
                while k < end && !isHTMLSpace(p[k]) && p[k] != 0x2F && p[k] != 0x3E { k += 1 }
                if Tag.lookup(NameKey(p, j + 1, k)) == .script, let tag = readTag(at: j), tag.range.end <= end {
                    let script = findScriptEnd(from: tag.range.end, limit: end)
                    record(tag, isSVG: false, inert: reason, textRange: ByteRange(tag.range.end, script.contentEnd))
                    j = script.end
                    continue
                }
            }
            j += 1
        }
    }

    private mutating func htmlScript(_ t: Token) {
        guard let tag = t.full else { return }
        let script = findScriptEnd(from: tag.range.end, limit: n)
        let inert: InertReason? = inertTemplateDepth > 0 ? .template : nil
        record(tag, isSVG: false, inert: inert, textRange: ByteRange(tag.range.end, script.contentEnd),
               swallowed: tag.selfClosing ? ByteRange(tag.range.end, script.end) : nil,
               unterminated: !script.terminated)
        i = script.end
    }

    /// Script data, with the escaped and double-escaped states (`<!--` … `<script>` … `-->`) that
    /// decide which `</script>` really ends the element.
    private func findScriptEnd(from start: Int, limit: Int) -> (contentEnd: Int, end: Int, terminated: Bool) {
        enum S { case data, escaped, escapedDash, escapedDashDash, double, doubleDash, doubleDashDash }
        var s = S.data
        var j = start
        func isScriptTag(_ at: Int) -> Int? {
            // "script" followed by whitespace, '/' or '>' at `at`; returns the offset after the name.
            guard at + 6 < limit else { return nil }
            let word: [UInt8] = [0x73, 0x63, 0x72, 0x69, 0x70, 0x74]
            for k in 0..<6 where asciiLower(p[at + k]) != word[k] { return nil }
            let c = p[at + 6]
            return isHTMLSpace(c) || c == 0x2F || c == 0x3E ? at + 6 : nil
        }
        while j < limit {
            let c = p[j]
            switch s {
            case .data:
                if c != 0x3C {
                    j = nextByte(0x3C, from: j, to: limit)
                    continue
                }
                if j + 1 < limit && p[j + 1] == 0x2F, let after = isScriptTag(j + 2) {
                    return (j, skipTag(from: after)?.end ?? limit, true)
                }
                if j + 3 < limit && p[j + 1] == 0x21 && p[j + 2] == 0x2D && p[j + 3] == 0x2D {
                    s = .escapedDashDash
                    j += 4
                    continue
                }
            case .escaped, .escapedDash, .escapedDashDash:
                if c == 0x2D {
                    s = s == .escaped ? .escapedDash : .escapedDashDash
                } else if c == 0x3C {
                    if j + 1 < limit && p[j + 1] == 0x2F, let after = isScriptTag(j + 2) {
                        return (j, skipTag(from: after)?.end ?? limit, true)
                    }
                    if isScriptTag(j + 1) != nil { s = .double; j += 7; continue }
                    s = .escaped
                } else if c == 0x3E && s == .escapedDashDash {
                    s = .data
                } else {
                    s = .escaped
                }
            case .double, .doubleDash, .doubleDashDash:
                if c == 0x2D {
                    s = s == .double ? .doubleDash : .doubleDashDash
                } else if c == 0x3C {
                    if j + 1 < limit && p[j + 1] == 0x2F, isScriptTag(j + 2) != nil { s = .escaped; j += 8; continue }
                    s = .double
                } else if c == 0x3E && s == .doubleDashDash {
                    s = .data
                } else {
                    s = .double
                }
            }
            j += 1
        }
        return (limit, limit, false)
    }

    // MARK: - End tags

    private mutating func endTag(key: NameKey, tag: Tag, range: ByteRange) {
        if inForeignContent && tag != .br && tag != .p {
            var k = stack.count - 1
            while k >= 0 && stack[k].ns != .html {
                if stack[k].key == key { pop(to: k); return }
                k -= 1
            }
        }
        if templateDepth > 0 {
            if tag == .template, let k = stack.lastIndex(where: { $0.tag == .template && $0.ns == .html }) {
                pop(to: k)
            } else if tag != .body && tag != .html {
                genericEndTag(key)
            }
            return
        }
        while true {
            switch mode {
            case .initial:
                guard tag == .head || tag == .body || tag == .html || tag == .br else { return }
                pushImplied(.html, "html"); mode = .beforeHead
            case .beforeHead:
                guard tag == .head || tag == .body || tag == .html || tag == .br else { return }
                pushImplied(.head, "head"); mode = .inHead
            case .inHead:
                if tag == .head { popHead(); mode = .afterHead; return }
                guard tag == .body || tag == .html || tag == .br else { return }
                popHead(); mode = .afterHead
            case .afterHead:
                guard tag == .body || tag == .html || tag == .br else { return }
                pushImplied(.body, "body"); mode = .inBody
            case .inBody:
                switch tag {
                case .body, .html:
                    guard bodyInScope else { return }
                    afterBodyEnd = true
                    mode = tag == .html ? .afterAfterBody : .afterBody
                case .br:
                    renderable(at: range.start)
                default:
                    genericEndTag(key)
                }
                return
            case .afterBody:
                if tag == .html { mode = .afterAfterBody; return }
                mode = .inBody
            case .afterAfterBody:
                mode = .inBody
            case .inFrameset:
                return
            }
        }
    }

    private var bodyInScope: Bool {
        var k = stack.count - 1
        while k >= 0 {
            let node = stack[k]
            if node.ns == .html {
                if node.tag == .body { return true }
                if node.tag.isScopeBoundary { return false }
            } else if node.integrationPoint {
                return false
            }
            k -= 1
        }
        return false
    }

    /// "Any other end tag": closes the nearest open element of that name, unless a table, cell,
    /// template or the body itself stands in between.
    private mutating func genericEndTag(_ key: NameKey) {
        var k = stack.count - 1
        while k >= 0 {
            let node = stack[k]
            if node.key == key && node.ns == .html { pop(to: k); return }
            if node.ns == .html && (node.tag.isScopeBoundary || node.tag == .body || node.tag == .head || node.tag == .select || node.tag == .tr) {
                return
            }
            k -= 1
        }
    }

    // MARK: - Scripts

    private mutating func record(_ tag: StartTag, isSVG: Bool, inert: InertReason?, textRange: ByteRange?,
                                 swallowed: ByteRange? = nil, unterminated: Bool = false) {
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
        let blocking = tokens(tag.attribute("blocking")?.value)
        let script = ScriptElement(
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
            swallowedRange: swallowed,
            isUnterminated: unterminated,
            textRange: textRange,
            index: scripts.count
        )
        scripts.append(script)
    }

    // MARK: - Byte helpers

    /// An attribute's space-separated tokens, lowercased.
    private func tokens(_ value: String?) -> [String] {
        (value ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }).map(String.init)
    }

    private func matches(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        let base = s.utf8Start
        for k in 0..<len where p[at + k] != base[k] { return false }
        return true
    }

    private func matchesASCIICaseInsensitive(_ at: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard at + len <= n else { return false }
        let base = s.utf8Start
        for k in 0..<len where asciiLower(p[at + k]) != base[k] { return false }
        return true
    }
}

extension ScriptKind {
    /// JavaScript MIME type essences (WHATWG MIME Sniffing): with any parameter, a type is not one of them.
    static let javaScriptMIMETypes: Set<String> = [
        "application/ecmascript", "application/javascript", "application/x-ecmascript",
        "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
        "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
        "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
    ]

    /// "Prepare the script element", step "the script's type".
    static func classify(_ type: String?) -> ScriptKind {
        guard let type, !type.isEmpty else { return .classic }
        let lower = type.lowercased()
        if javaScriptMIMETypes.contains(lower) { return .classic }
        switch lower {
        case "module": return .module
        case "importmap": return .importmap
        case "speculationrules": return .speculationrules
        default: return .data
        }
    }
}
