/// The WHATWG HTML tree construction stage ("13.2.6 Tree construction"), insertion mode by
/// insertion mode, in the standard's order and names, so that each step can be checked against it.
/// Scripting is on. It keeps the stack of open elements, the list of active formatting elements
/// and the template insertion modes; the tree itself goes to a `TreeSink`. While it builds, it
/// records what the script model needs: each script with where it landed, style sheets, `<base>`,
/// comments, and the last renderable content.
///
/// Where Chromium and the standard's text differ, this follows Chromium, and says so:
/// - a NUL byte in the data state is dropped before tree construction (outside foreign content).
/// What an element's children inherit from where it stands.
struct ParseContext: OptionSet {
    let rawValue: UInt8
    static let head = ParseContext(rawValue: 1)
    static let inertTemplate = ParseContext(rawValue: 2)
    static let shadowRoot = ParseContext(rawValue: 4)
}

/// The insertion modes of tree construction.
enum InsertionMode {
    case initial, beforeHTML, beforeHead, inHead, afterHead, inBody, text, inTable, inTableText
    case inCaption, inColumnGroup, inTableBody, inRow, inCell, inTemplate, afterBody
    case inFrameset, afterFrameset, afterAfterBody, afterAfterFrameset
}

/// An element on the stack of open elements.
struct OpenElement {
    var id: Int32
    var key: NameKey
    var tag: Tag
    var ns: Namespace
    /// The context the element itself was inserted in.
    var context: ParseContext
    var htmlIntegrationPoint = false
    var hasShadowRoot = false
    /// For a `<template>`: what its contents are (inert, or a declarative shadow root).
    var templateContents: ParseContext = []
    var nameStart = -1
    var nameEnd = -1

    var childContext: ParseContext {
        var c = context.union(templateContents)
        if ns == .html && tag == .head { c.insert(.head) }
        return c
    }

    func isHTML(_ t: Tag) -> Bool { ns == .html && tag == t }
    var isMathMLTextIntegrationPoint: Bool {
        ns == .math && (tag == .mi || tag == .mo || tag == .mn || tag == .ms || tag == .mtext)
    }
}

/// An entry of the list of active formatting elements, with what it takes to create it again.
struct FormattingEntry {
    var element: OpenElement?
    /// Where the token that created it starts, and a fingerprint of its attributes (made only
    /// when the Noah's Ark clause needs it: three entries with its name).
    var tagStart = -1
    var signature: UInt64?
    var attributes: [(String, String)] = []
    var name: String = ""
    static var marker: FormattingEntry { FormattingEntry(element: nil) }
}

enum ElementScope { case normal, listItem, button, table }

struct TreeBuilder<Sink: TreeSink> {
    // Top-level types, so that no metadata is instantiated per generic argument at start-up.
    typealias Context = ParseContext
    typealias Mode = InsertionMode
    typealias Element = OpenElement
    typealias Formatting = FormattingEntry
    typealias Scope = ElementScope




    var sink: Sink
    var tokenizer: Tokenizer
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let source: SourceText

    var mode: Mode = .initial
    var originalMode: Mode = .initial
    var templateModes: [Mode] = []
    var stack: [Element] = []
    var formatting: [Formatting] = []
    var openIDs: [Bool] = []
    var nextID: Int32 = 0
    var headID: Int32 = -1
    var formID: Int32 = -1
    var framesetOK = true
    var fosterParenting = false
    var quirks = false
    var pendingTableText: [(Int, Int, TextKind)] = []
    var pendingTableTextHasContent = false
    /// Set once the browser acts on a `</body>` or `</html>`: what follows in the source is "outside".
    var afterBodyEnd = false
    /// Where a newline is dropped (right after `<pre>`, `<listing>`, `<textarea>`).
    var skipNewlineAt = -1
    /// The linter's hooks: what it keeps of the page (`ScriptRecorder`).
    var recorder = ScriptRecorder()

    init(p: UnsafeBufferPointer<UInt8>, source: SourceText, sink: Sink) {
        self.p = p
        self.n = p.count
        self.source = source
        self.sink = sink
        self.tokenizer = Tokenizer(p: p, start: source.bomLength)
        stack.reserveCapacity(64)
    }

    // MARK: - Driver

    mutating func run() {
        while true {
            if let node = stack.last { tokenizer.allowCDATA = node.ns != .html } else { tokenizer.allowCDATA = false }
            var token = tokenizer.next()
            if skipNewlineAt >= 0 {
                // A newline right after <pre>, <listing> or <textarea> is not content.
                if case let .characters(s, e, k) = token, s == skipNewlineAt {
                    var t = s
                    if p[t] == 0x0A { t += 1 } else if p[t] == 0x0D { t += (t + 1 < e && p[t + 1] == 0x0A) ? 2 : 1 }
                    token = t < e ? .characters(t, e, k) : .characters(e, e, k)
                }
                skipNewlineAt = -1
                if case let .characters(s, e, _) = token, s == e { continue }
            }
            dispatch(token)
            if case .eof = token { break }
        }
    }

    func finish() -> ScriptDocument { recorder.document(source) }

    /// "Tree construction dispatcher".
    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#tree-construction-dispatcher
    mutating func dispatch(_ token: HTMLToken) {
        guard let node = stack.last, node.ns != .html else { return process(token) }
        switch token {
        case .startTag:
            let t = tokenizer.tag.tag
            if node.isMathMLTextIntegrationPoint && t != .mglyph && t != .malignmark { return process(token) }
            if node.ns == .math && node.tag == .annotationXML && t == .svg { return process(token) }
            if node.htmlIntegrationPoint { return process(token) }
        case .characters:
            if node.isMathMLTextIntegrationPoint || node.htmlIntegrationPoint { return process(token) }
        case .eof:
            return process(token)
        default:
            break
        }
        foreignContent(token)
    }

    mutating func process(_ token: HTMLToken) {
        process(token, in: mode)
    }

    mutating func process(_ token: HTMLToken, in m: Mode) {
        switch m {
        case .initial: initial(token)
        case .beforeHTML: beforeHTML(token)
        case .beforeHead: beforeHead(token)
        case .inHead: inHead(token)
        case .afterHead: afterHead(token)
        case .inBody: inBody(token)
        case .text: text(token)
        case .inTable: inTable(token)
        case .inTableText: inTableText(token)
        case .inCaption: inCaption(token)
        case .inColumnGroup: inColumnGroup(token)
        case .inTableBody: inTableBody(token)
        case .inRow: inRow(token)
        case .inCell: inCell(token)
        case .inTemplate: inTemplate(token)
        case .afterBody: afterBody(token)
        case .inFrameset: inFrameset(token)
        case .afterFrameset: afterFrameset(token)
        case .afterAfterBody: afterAfterBody(token)
        case .afterAfterFrameset: afterAfterFrameset(token)
        }
    }

    var tag: TagToken { tokenizer.tag }

    // MARK: - Characters

    /// The first character of a run that is not ASCII whitespace (character references resolved;
    /// a NUL in the data state dropped outside foreign content), or `nil`.
    mutating func firstNonSpace(_ start: Int, _ end: Int, _ kind: TextKind, foreign: Bool = false) -> Int? {
        var k = start
        while k < end {
            let c = p[k]
            if isHTMLSpace(c) { k += 1; continue }
            if c == 0 && kind == .data && !foreign { k += 1; continue }
            // Only numeric references, `&Tab;` and `&NewLine;` can stand for whitespace: any other
            // `&` is text without decoding it.
            if c == 0x26 && (kind == .data || kind == .rcdata) && k + 1 < end && (p[k + 1] == 0x23 || p[k + 1] == 0x54 || p[k + 1] == 0x4E) {
                let window = (k..<min(end, k + 40)).map { Unicode.Scalar(p[$0]) }
                if let (text, length) = CharacterReferences.reference(window, at: 0, inAttribute: false),
                   text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" }) {
                    k += length
                    continue
                }
            }
            return k
        }
        return nil
    }

    /// Where the leading whitespace of a run ends (the run's end if it is all whitespace).
    mutating func whitespacePrefixEnd(_ start: Int, _ end: Int, _ kind: TextKind) -> Int {
        firstNonSpace(start, end, kind) ?? end
    }

    mutating func insertCharacters(_ start: Int, _ end: Int, _ kind: TextKind, foreign: Bool = false) {
        let place = appropriatePlace()
        if let first = firstNonSpace(start, end, kind, foreign: foreign) {
            renderable(at: first, context: place.1)
        }
        if Sink.buildsTree {
            let text = decodeText(start, end, kind, dropNUL: kind == .data && !foreign)
            if !text.isEmpty { sink.insertText(text, at: place.0) }
        }
    }

    /// The input stream's preprocessing of a byte range: CR LF and lone CR become LF, a NUL
    /// becomes U+FFFD (or is dropped).
    func normalizedBytes(_ start: Int, _ end: Int, dropNUL: Bool) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(end - start)
        var k = start
        while k < end {
            let c = p[k]
            if c == 0x0D {
                bytes.append(0x0A)
                if k + 1 < end && p[k + 1] == 0x0A { k += 1 }
            } else if c == 0 {
                if !dropNUL { bytes += [0xEF, 0xBF, 0xBD] }
            } else {
                bytes.append(c)
            }
            k += 1
        }
        return bytes
    }

    func decodeText(_ start: Int, _ end: Int, _ kind: TextKind, dropNUL: Bool) -> String {
        let text = String(decoding: normalizedBytes(start, end, dropNUL: dropNUL), as: UTF8.self)
        return kind == .data || kind == .rcdata ? CharacterReferences.decode(text, inAttribute: false) : text
    }

    mutating func renderable(at offset: Int, context: Context) {
        guard !context.contains(.inertTemplate) else { return }
        recorder.renderable(at: offset)
    }

    // MARK: - Creating and inserting

    /// "Appropriate place for inserting a node", with the context the node inherits.
    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#appropriate-place-for-inserting-a-node
    mutating func appropriatePlace(overrideTarget: Int? = nil) -> (InsertionPoint, Context) {
        let index = overrideTarget ?? (stack.count - 1)
        let target = stack[index]
        if fosterParenting && target.ns == .html
            && (target.tag == .table || target.tag == .tbody || target.tag == .tfoot || target.tag == .thead || target.tag == .tr) {
            let lastTemplate = stack.lastIndex { $0.isHTML(.template) }
            let lastTable = stack.lastIndex { $0.isHTML(.table) }
            if let lt = lastTemplate, lastTable == nil || lt > lastTable! {
                return (InsertionPoint(parent: stack[lt].id), stack[lt].childContext)
            }
            guard let tb = lastTable else { return (InsertionPoint(parent: stack[0].id), stack[0].childContext) }
            if Sink.buildsTree, let parent = sink.parent(of: stack[tb].id) {
                return (InsertionPoint(parent: parent, before: stack[tb].id), stack[tb].context)
            }
            if !Sink.buildsTree { return (InsertionPoint(parent: -1), stack[tb].context) }
            return (InsertionPoint(parent: stack[tb - 1].id), stack[tb - 1].childContext)
        }
        return (InsertionPoint(parent: target.id), target.childContext)
    }

    /// The token's attributes as name/value pairs (only for a sink that builds a tree).
    func tokenAttributes(ns: Namespace = .html) -> [(String, String)] {
        tokenizer.attributes.map { a in
            var name = Tokenizer.lowercasedName(p, a.nameStart, a.nameEnd)
            if ns == .svg { name = ForeignNames.svgAttributes[name] ?? name }
            if ns == .math { name = ForeignNames.mathAttributes[name] ?? name }
            if ns != .html, let adjusted = ForeignNames.foreignAttributes[name] { name = adjusted }
            return (name, tokenizer.value(a, decode: decodeValue) ?? "")
        }
    }

    func decodeValue(_ r: ByteRange) -> String {
        switch source.encoding {
        case .utf8, .utf16: return String(decoding: normalizedBytes(r.start, r.end, dropNUL: false), as: UTF8.self)
        default: return source.text(r)
        }
    }

    mutating func newElement(key: NameKey, tag: Tag, ns: Namespace, context: Context,
                                     name: String?, attributes: [(String, String)]?) -> Element {
        let id = nextID
        nextID += 1
        openIDs.append(false)
        if Sink.buildsTree { sink.createElement(id, name: name ?? "", ns: ns, attributes: attributes ?? []) }
        return Element(id: id, key: key, tag: tag, ns: ns, context: context)
    }

    func tokenName(ns: Namespace) -> String {
        let name = Tokenizer.lowercasedName(p, tag.nameStart, tag.nameEnd)
        return ns == .svg ? (ForeignNames.svgElements[name] ?? name) : name
    }

    /// "Insert an HTML element" (or a foreign one) for the current start tag, and push it.
    @discardableResult
    mutating func insertElement(ns: Namespace = .html, overrideTarget: Int? = nil) -> Element {
        let (place, context) = appropriatePlace(overrideTarget: overrideTarget)
        let t = tag
        let newName: String? = Sink.buildsTree ? tokenName(ns: ns) : nil
        let newAttributes: [(String, String)]? = Sink.buildsTree ? tokenAttributes(ns: ns) : nil
        var e = newElement(key: t.key, tag: t.tag, ns: ns, context: context, name: newName, attributes: newAttributes)
        e.nameStart = t.nameStart
        e.nameEnd = t.nameEnd
        if ns == .svg { e.htmlIntegrationPoint = t.tag == .foreignobject || t.tag == .desc || t.tag == .title }
        if ns == .math && t.tag == .annotationXML, let a = tokenizer.attribute("encoding"),
           let v = tokenizer.value(a, decode: decodeValue)?.lowercased() {
            e.htmlIntegrationPoint = v == "text/html" || v == "application/xhtml+xml"
        }
        if Sink.buildsTree { sink.insert(e.id, at: place) }
        push(e)
        return e
    }

    /// Inserts an element with no start tag in the source (`html`, `head`, `body`, `tbody`, …).
    @discardableResult
    mutating func insertImplied(_ t: Tag, _ name: StaticString) -> Element {
        let (place, context) = stack.isEmpty ? (InsertionPoint(parent: -1), Context()) : appropriatePlace()
        let text = String(describing: name)
        let newName: String? = Sink.buildsTree ? text : nil
        let newAttributes: [(String, String)]? = Sink.buildsTree ? [] : nil
        let e = newElement(key: NameKey(text), tag: t, ns: .html, context: context, name: newName, attributes: newAttributes)
        if Sink.buildsTree { sink.insert(e.id, at: place) }
        push(e)
        return e
    }

    mutating func push(_ e: Element) {
        stack.append(e)
        openIDs[Int(e.id)] = true
    }

    @discardableResult
    mutating func pop() -> Element {
        let e = stack.removeLast()
        openIDs[Int(e.id)] = false
        return e
    }

    mutating func pop(to index: Int) {
        while stack.count > index { pop() }
    }

    /// Pops elements until an HTML element with one of these tags has been popped.
    mutating func popUntil(_ tags: Tag...) {
        while let last = stack.last {
            pop()
            if last.ns == .html && tags.contains(last.tag) { return }
        }
    }

    mutating func insertComment(_ text: ByteRange, whole: ByteRange, at place: InsertionPoint? = nil) {
        // Only `<!--` comments can hold directives; bogus comments (`<?…>`, `</ …>`) are not decoded.
        if whole.end - whole.start >= 4 && p[whole.start + 1] == 0x21 && p[whole.start + 2] == 0x2D {
            recorder.comment(Comment(text: source.text(text), range: whole))
        }
        if Sink.buildsTree {
            let s = decodeText(text.start, text.end, .rawtext, dropNUL: false)
            sink.insertComment(s, at: place ?? appropriatePlace().0)
        }
    }

    var current: Element { stack[stack.count - 1] }

    // MARK: - Scopes and implied end tags

    func isSpecial(_ e: Element) -> Bool {
        switch e.ns {
        case .html: return specialHTML.contains(e.tag)
        case .math: return e.tag == .mi || e.tag == .mo || e.tag == .mn || e.tag == .ms || e.tag == .mtext || e.tag == .annotationXML
        case .svg: return e.tag == .foreignobject || e.tag == .desc || e.tag == .title
        }
    }



    func isScopeBoundary(_ e: Element, _ scope: Scope) -> Bool {
        switch e.ns {
        case .html:
            switch scope {
            case .table: return e.tag == .html || e.tag == .table || e.tag == .template
            case .normal, .listItem, .button:
                switch e.tag {
                case .applet, .caption, .html, .table, .td, .th, .marquee, .object, .template: return true
                case .ol, .ul: return scope == .listItem
                case .button: return scope == .button
                default: return false
                }
            }
        case .math:
            return scope != .table && (e.tag == .mi || e.tag == .mo || e.tag == .mn || e.tag == .ms || e.tag == .mtext || e.tag == .annotationXML)
        case .svg:
            return scope != .table && (e.tag == .foreignobject || e.tag == .desc || e.tag == .title)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-scope
    mutating func inScope(_ t: Tag, _ scope: Scope = .normal) -> Bool {
        var k = stack.count - 1
        while k >= 0 {
            let e = stack[k]
            if e.isHTML(t) { return true }
            if isScopeBoundary(e, scope) { return false }
            k -= 1
        }
        return false
    }

    mutating func inScope(key: NameKey, _ scope: Scope = .normal) -> Bool {
        var k = stack.count - 1
        while k >= 0 {
            let e = stack[k]
            if e.ns == .html && e.key == key { return true }
            if isScopeBoundary(e, scope) { return false }
            k -= 1
        }
        return false
    }

    mutating func inScope(anyOf tags: [Tag], _ scope: Scope = .normal) -> Bool {
        var k = stack.count - 1
        while k >= 0 {
            let e = stack[k]
            if e.ns == .html && tags.contains(e.tag) { return true }
            if isScopeBoundary(e, scope) { return false }
            k -= 1
        }
        return false
    }

    mutating func inScope(id: Int32) -> Bool {
        var k = stack.count - 1
        while k >= 0 {
            let e = stack[k]
            if e.id == id { return true }
            if isScopeBoundary(e, .normal) { return false }
            k -= 1
        }
        return false
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#generate-implied-end-tags
    mutating func generateImpliedEndTags(except: Tag? = nil, thoroughly: Bool = false) {
        while let e = stack.last, e.ns == .html, e.tag != except {
            switch e.tag {
            case .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc: pop()
            case .caption, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr:
                if !thoroughly { return }
                pop()
            default: return
            }
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#close-a-p-element
    mutating func closePElement() {
        generateImpliedEndTags(except: .p)
        popUntil(.p)
    }

    mutating func closePIfInButtonScope() {
        if inScope(.p, .button) { closePElement() }
    }

    // MARK: - Active formatting elements

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#push-onto-the-list-of-active-formatting-elements
    mutating func pushFormatting(_ e: Element) {
        // The Noah's Ark clause compares attributes only among three or more entries with the same
        // name after the last marker: count names first, fingerprint attributes only then.
        var sameName = 0
        var k = formatting.count - 1
        while k >= 0, let f = formatting[k].element {
            if f.key == e.key && f.ns == e.ns { sameName += 1 }
            k -= 1
        }
        var signature: UInt64?
        if sameName >= 3 {
            let own = tokenizer.attributeSignature()
            signature = own
            var same = 0
            var earliest: Int?
            k = formatting.count - 1
            while k >= 0, let f = formatting[k].element {
                if f.key == e.key && f.ns == e.ns {
                    if formatting[k].signature == nil { formatting[k].signature = attributeSignature(ofTagAt: formatting[k].tagStart) }
                    if formatting[k].signature == own {
                        same += 1
                        earliest = k
                    }
                }
                k -= 1
            }
            if same >= 3, let earliest { formatting.remove(at: earliest) }
        }
        var entry = Formatting(element: e, tagStart: tag.start, signature: signature)
        if Sink.buildsTree {
            entry.attributes = tokenAttributes()
            entry.name = tokenName(ns: .html)
        }
        formatting.append(entry)
    }

    /// The attribute fingerprint of the start tag at `offset`, read again from the source.
    func attributeSignature(ofTagAt offset: Int) -> UInt64 {
        var t = Tokenizer(p: p, start: offset)
        _ = t.next()
        return t.attributeSignature()
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#reconstruct-the-active-formatting-elements
    mutating func reconstructFormatting() {
        guard let last = formatting.last else { return }
        guard let lastElement = last.element, !openIDs[Int(lastElement.id)] else { return }
        var k = formatting.count - 1
        while k > 0 {
            let previous = formatting[k - 1]
            if let e = previous.element, !openIDs[Int(e.id)] { k -= 1 } else { break }
        }
        while k < formatting.count {
            let entry = formatting[k]
            let old = entry.element!
            let (place, context) = appropriatePlace()
            let newName: String? = Sink.buildsTree ? entry.name : nil
            let newAttributes: [(String, String)]? = Sink.buildsTree ? entry.attributes : nil
            let e = newElement(key: old.key, tag: old.tag, ns: .html, context: context, name: newName, attributes: newAttributes)
            if Sink.buildsTree { sink.insert(e.id, at: place) }
            push(e)
            formatting[k].element = e
            k += 1
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#clear-the-list-of-active-formatting-elements-up-to-the-last-marker
    mutating func clearFormattingToLastMarker() {
        while let last = formatting.popLast(), last.element != nil {}
    }

    /// "Adoption agency algorithm"; `false` means "act as described in the 'any other end tag' entry".
    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#adoption-agency-algorithm
    mutating func adoptionAgency(_ key: NameKey) -> Bool {
        if let c = stack.last, c.ns == .html, c.key == key, !formatting.contains(where: { $0.element?.id == c.id }) {
            pop()
            return true
        }
        for _ in 0..<8 {
            var fi: Int?
            var k = formatting.count - 1
            while k >= 0, let e = formatting[k].element {
                if e.key == key { fi = k; break }
                k -= 1
            }
            guard let formattingIndex = fi else { return false }
            let fe = formatting[formattingIndex].element!
            guard let stackIndex = stack.lastIndex(where: { $0.id == fe.id }) else {
                formatting.remove(at: formattingIndex)
                return true
            }
            guard inScope(id: fe.id) else { return true }
            guard let furthest = stack[(stackIndex + 1)...].firstIndex(where: { isSpecial($0) }) else {
                pop(to: stackIndex)
                formatting.remove(at: formattingIndex)
                return true
            }
            let commonAncestor = stack[stackIndex - 1]
            var bookmark = formattingIndex
            var furthestBlock = stack[furthest]
            var nodeIndex = furthest
            var lastNode = furthestBlock
            var inner = 0
            while true {
                inner += 1
                nodeIndex -= 1
                let node = stack[nodeIndex]
                if node.id == fe.id { break }
                var fIndex = formatting.firstIndex { $0.element?.id == node.id }
                if inner > 3, let fIndexValue = fIndex {
                    formatting.remove(at: fIndexValue)
                    if fIndexValue < bookmark { bookmark -= 1 }
                    fIndex = nil
                }
                guard let nodeFormatting = fIndex else {
                    openIDs[Int(node.id)] = false
                    stack.remove(at: nodeIndex)
                    continue
                }
                let entry = formatting[nodeFormatting]
                let clone = newElement(key: node.key, tag: node.tag, ns: .html, context: commonAncestor.childContext,
                                       name: entry.name, attributes: entry.attributes)
                formatting[nodeFormatting].element = clone
                openIDs[Int(node.id)] = false
                stack[nodeIndex] = clone
                openIDs[Int(clone.id)] = true
                if lastNode.id == furthestBlock.id { bookmark = nodeFormatting + 1 }
                if Sink.buildsTree { sink.insert(lastNode.id, at: InsertionPoint(parent: clone.id)) }
                lastNode = clone
            }
            let commonIndex = stack.lastIndex { $0.id == commonAncestor.id } ?? 0
            let (place, _) = appropriatePlace(overrideTarget: commonIndex)
            if Sink.buildsTree { sink.insert(lastNode.id, at: place) }
            let entry = formatting[formatting.firstIndex { $0.element?.id == fe.id }!]
            let replacement = newElement(key: fe.key, tag: fe.tag, ns: .html, context: furthestBlock.childContext,
                                         name: entry.name, attributes: entry.attributes)
            if Sink.buildsTree {
                sink.moveChildren(of: furthestBlock.id, to: replacement.id)
                sink.insert(replacement.id, at: InsertionPoint(parent: furthestBlock.id))
            }
            let oldFormatting = formatting.firstIndex { $0.element?.id == fe.id }!
            var newEntry = formatting[oldFormatting]
            newEntry.element = replacement
            formatting.remove(at: oldFormatting)
            if oldFormatting < bookmark { bookmark -= 1 }
            formatting.insert(newEntry, at: min(bookmark, formatting.count))
            let oldStack = stack.lastIndex { $0.id == fe.id }!
            openIDs[Int(fe.id)] = false
            stack.remove(at: oldStack)
            let fbIndex = stack.lastIndex { $0.id == furthestBlock.id }!
            furthestBlock = stack[fbIndex]
            stack.insert(replacement, at: fbIndex + 1)
            openIDs[Int(replacement.id)] = true
        }
        return true
    }

    // MARK: - Reset the insertion mode appropriately

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#reset-the-insertion-mode-appropriately
    mutating func resetInsertionMode() {
        var k = stack.count - 1
        while k >= 0 {
            let node = stack[k]
            let last = k == 0
            if node.ns == .html {
                switch node.tag {
                case .td, .th:
                    if !last { mode = .inCell; return }
                case .tr: mode = .inRow; return
                case .tbody, .thead, .tfoot: mode = .inTableBody; return
                case .caption: mode = .inCaption; return
                case .colgroup: mode = .inColumnGroup; return
                case .table: mode = .inTable; return
                case .template: mode = templateModes.last ?? .inBody; return
                case .head where !last: mode = .inHead; return
                case .body: mode = .inBody; return
                case .frameset: mode = .inFrameset; return
                case .html: mode = headID < 0 ? .beforeHead : .afterHead; return
                default: break
                }
            }
            if last { mode = .inBody; return }
            k -= 1
        }
        mode = .inBody
    }

    // MARK: - The insertion modes

    mutating func isWhitespaceOnly(_ start: Int, _ end: Int, _ kind: TextKind) -> Bool {
        firstNonSpace(start, end, kind) == nil
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#the-initial-insertion-mode
    mutating func initial(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            let w = whitespacePrefixEnd(s, e, k)
            if w == e { return }
            quirks = true
            mode = .beforeHTML
            beforeHTML(.characters(w, e, k))
        case let .comment(whole, text):
            insertComment(text, whole: whole, at: InsertionPoint(parent: -1))
        case .doctype:
            let d = tokenizer.doctype
            let name = d.name.map { Tokenizer.lowercasedName(p, $0.start, $0.end) }
            if Sink.buildsTree {
                sink.doctype(name: name ?? "", publicID: d.publicID.map { decodeValue($0) }, systemID: d.systemID.map { decodeValue($0) })
            }
            quirks = Quirks.isQuirks(name: name, publicID: d.publicID.map { decodeValue($0) },
                                     systemID: d.systemID.map { decodeValue($0) }, forceQuirks: d.forceQuirks)
            mode = .beforeHTML
        default:
            quirks = true
            mode = .beforeHTML
            beforeHTML(token)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#the-before-html-insertion-mode
    mutating func beforeHTML(_ token: HTMLToken) {
        switch token {
        case .doctype: return
        case let .comment(whole, text): insertComment(text, whole: whole, at: InsertionPoint(parent: -1)); return
        case let .characters(s, e, k):
            let w = whitespacePrefixEnd(s, e, k)
            if w == e { return }
            insertImplied(.html, "html")
            mode = .beforeHead
            beforeHead(.characters(w, e, k))
            return
        case .startTag where tag.tag == .html:
            let (place, context) = (InsertionPoint(parent: -1), Context())
            let newName: String? = Sink.buildsTree ? "html" : nil
            let newAttributes: [(String, String)]? = Sink.buildsTree ? tokenAttributes() : nil
            let e = newElement(key: tag.key, tag: .html, ns: .html, context: context, name: newName, attributes: newAttributes)
            if Sink.buildsTree { sink.insert(e.id, at: place) }
            push(e)
            mode = .beforeHead
            return
        case .endTag where ![.head, .body, .html, .br].contains(tag.tag):
            return
        default:
            break
        }
        insertImplied(.html, "html")
        mode = .beforeHead
        beforeHead(token)
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#the-before-head-insertion-mode
    mutating func beforeHead(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            let w = whitespacePrefixEnd(s, e, k)
            if w == e { return }
            headID = insertImplied(.head, "head").id
            mode = .inHead
            inHead(.characters(w, e, k))
            return
        case let .comment(whole, text): insertComment(text, whole: whole); return
        case .doctype: return
        case .startTag where tag.tag == .html: inBody(token); return
        case .startTag where tag.tag == .head:
            headID = insertElement().id
            mode = .inHead
            return
        case .endTag where ![.head, .body, .html, .br].contains(tag.tag):
            return
        default:
            break
        }
        headID = insertImplied(.head, "head").id
        mode = .inHead
        inHead(token)
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inhead
    mutating func inHead(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            let w = whitespacePrefixEnd(s, e, k)
            if w > s { insertCharacters(s, w, k) }
            if w == e { return }
            pop()
            mode = .afterHead
            afterHead(.characters(w, e, k))
            return
        case let .comment(whole, text): insertComment(text, whole: whole); return
        case .doctype: return
        case .startTag:
            switch tag.tag {
            case .html: inBody(token); return
            case .base, .basefont, .bgsound, .link:
                let e = insertElement()
                pop()
                metadata(e)
                return
            case .meta:
                insertElement()
                pop()
                return
            case .title:
                genericText(.rcdata)
                return
            case .noscript, .noframes, .style:
                genericText(.rawtext)
                return
            case .script:
                script()
                return
            case .template:
                template()
                return
            case .head:
                return
            default:
                break
            }
        case .endTag:
            switch tag.tag {
            case .head:
                pop()
                mode = .afterHead
                return
            case .body, .html, .br:
                break
            case .template:
                endTemplate()
                return
            default:
                return
            }
        default:
            break
        }
        pop()
        mode = .afterHead
        afterHead(token)
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#the-after-head-insertion-mode
    mutating func afterHead(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            let w = whitespacePrefixEnd(s, e, k)
            if w > s { insertCharacters(s, w, k) }
            if w == e { return }
            insertImplied(.body, "body")
            mode = .inBody
            inBody(.characters(w, e, k))
            return
        case let .comment(whole, text): insertComment(text, whole: whole); return
        case .doctype: return
        case .startTag:
            switch tag.tag {
            case .html: inBody(token); return
            case .body:
                insertElement()
                framesetOK = false
                mode = .inBody
                return
            case .frameset:
                insertElement()
                mode = .inFrameset
                return
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                // Parse error: the head is put back on the stack for this element only.
                guard reopenHead() else { break }
                inHead(token)
                if let k = stack.lastIndex(where: { $0.id == headID }) {
                    openIDs[Int(headID)] = false
                    stack.remove(at: k)
                }
                return
            case .head:
                return
            default:
                break
            }
        case .endTag:
            switch tag.tag {
            case .template: inHead(token); return
            case .body, .html, .br: break
            default: return
            }
        default:
            break
        }
        insertImplied(.body, "body")
        mode = .inBody
        inBody(token)
    }

    /// Pushes the head element back on the stack (after head, for metadata met there).
    mutating func reopenHead() -> Bool {
        guard headID >= 0 else { return false }
        stack.append(Element(id: headID, key: NameKey("head"), tag: .head, ns: .html, context: Context()))
        openIDs[Int(headID)] = true
        return true
    }

    /// "Generic raw text / RCDATA element parsing algorithm".
    mutating func genericText(_ state: ContentState) {
        let e = insertElement()
        if e.tag == .noscript { noscriptContent(e) }
        tokenizer.state = state
        originalMode = mode
        mode = .text
    }

    mutating func metadata(_ e: Element) {
        let inert = e.context.contains(.inertTemplate)
        switch e.tag {
        case .base:
            if !inert, recorder.baseHref == nil, let a = tokenizer.attribute("href") {
                let href = tokenizer.value(a, decode: decodeValue)
                recorder.base(href: href)
            }
        case .link:
            let full = fullStartTag()
            let rel = Set(tokens(full.attribute("rel")?.value))
            let placement = placement(e.context)
            if rel.contains("stylesheet") {
                let blocks = !rel.contains("alternate") && !full.has("disabled") && mediaApplies(full.attribute("media")?.value)
                recorder.link(LinkElement(tag: full, role: .stylesheet, blocksScripts: blocks, placement: placement, inert: inert))
            } else if rel.contains("modulepreload") {
                recorder.link(LinkElement(tag: full, role: .modulepreload, blocksScripts: false, placement: placement, inert: inert))
            }
        default:
            break
        }
    }

    func placement(_ context: Context) -> Placement {
        if context.contains(.head) { return .head }
        return afterBodyEnd ? .outside : .body
    }

    mutating func script() {
        let (place, context) = appropriatePlace()
        let newName: String? = Sink.buildsTree ? "script" : nil
        let newAttributes: [(String, String)]? = Sink.buildsTree ? tokenAttributes() : nil
        let e = newElement(key: tag.key, tag: .script, ns: .html, context: context, name: newName, attributes: newAttributes)
        if Sink.buildsTree { sink.insert(e.id, at: place) }
        push(e)
        record(fullStartTag(), isSVG: false, inert: context.contains(.inertTemplate) ? .template : nil, context: context)
        tokenizer.state = .scriptData
        originalMode = mode
        mode = .text
    }

    mutating func template() {
        var shadow = false
        if let a = tokenizer.attribute("shadowrootmode"), let v = tokenizer.value(a, decode: decodeValue)?.lowercased(),
           v == "open" || v == "closed", stack.count > 1 {
            let host = stack.count - 1
            if isValidShadowHost(stack[host]) && !stack[host].hasShadowRoot {
                shadow = true
                stack[host].hasShadowRoot = true
            }
        }
        insertElement()
        stack[stack.count - 1].templateContents = shadow ? .shadowRoot : .inertTemplate
        formatting.append(.marker)
        framesetOK = false
        mode = .inTemplate
        templateModes.append(.inTemplate)
    }

    func isValidShadowHost(_ e: Element) -> Bool {
        guard e.ns == .html else { return false }
        switch e.tag {
        case .article, .aside, .blockquote, .body, .div, .footer, .h1, .h2, .h3, .h4, .h5, .h6, .header, .main, .nav, .p, .section, .span:
            return true
        case .other:
            // A valid custom element name: a lowercase letter first, a hyphen somewhere.
            guard e.nameStart >= 0 else { return false }
            let name = Tokenizer.lowercasedName(p, e.nameStart, e.nameEnd)
            guard let first = name.utf8.first, first >= 0x61 && first <= 0x7A, name.contains("-") else { return false }
            return !["annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri", "font-face-format",
                     "font-face-name", "missing-glyph"].contains(name)
        default:
            return false
        }
    }

    mutating func endTemplate() {
        guard stack.contains(where: { $0.isHTML(.template) }) else { return }
        generateImpliedEndTags(thoroughly: true)
        popUntil(.template)
        clearFormattingToLastMarker()
        templateModes.removeLast()
        resetInsertionMode()
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incdata
    mutating func text(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            let node = current
            if node.isHTML(.xmp), let first = firstNonSpace(s, e, k) { renderable(at: first, context: node.context) }
            if Sink.buildsTree {
                let text = decodeText(s, e, k, dropNUL: false)
                if !text.isEmpty { sink.insertText(text, at: InsertionPoint(parent: node.id)) }
            }
        case .eof:
            if current.isHTML(.script) { recorder.closeScript(endTagStart: nil, endTagEnd: n, fileEnd: n) }
            pop()
            mode = originalMode
            process(token)
        case .endTag:
            if current.isHTML(.script) { recorder.closeScript(endTagStart: tag.start, endTagEnd: tag.end, fileEnd: n) }
            pop()
            mode = originalMode
        default:
            break
        }
    }

    // MARK: In template

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intemplate
    mutating func inTemplate(_ token: HTMLToken) {
        switch token {
        case .characters, .comment, .doctype:
            inBody(token)
        case .startTag:
            let next: Mode
            switch tag.tag {
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                inHead(token)
                return
            case .caption, .colgroup, .tbody, .tfoot, .thead: next = .inTable
            case .col: next = .inColumnGroup
            case .tr: next = .inTableBody
            case .td, .th: next = .inRow
            default: next = .inBody
            }
            templateModes.removeLast()
            templateModes.append(next)
            mode = next
            process(token)
        case .endTag:
            if tag.tag == .template { inHead(token) }
        case .eof:
            guard stack.contains(where: { $0.isHTML(.template) }) else { return }
            popUntil(.template)
            clearFormattingToLastMarker()
            templateModes.removeLast()
            resetInsertionMode()
            process(token)
        }
    }

    // MARK: After body, frameset

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-afterbody
    mutating func afterBody(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k) where isWhitespaceOnly(s, e, k):
            inBody(token)
        case let .comment(whole, text):
            insertComment(text, whole: whole, at: InsertionPoint(parent: stack[0].id))
        case .doctype:
            return
        case .startTag where tag.tag == .html:
            inBody(token)
        case .endTag where tag.tag == .html:
            mode = .afterAfterBody
        case .eof:
            return
        default:
            mode = .inBody
            inBody(token)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inframeset
    mutating func inFrameset(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            insertWhitespaceOnly(s, e, k)
        case let .comment(whole, text):
            insertComment(text, whole: whole)
        case .startTag:
            switch tag.tag {
            case .html: inBody(token)
            case .frameset: insertElement()
            case .frame:
                insertElement()
                pop()
            case .noframes: inHead(token)
            default: return
            }
        case .endTag where tag.tag == .frameset:
            guard stack.count > 1 else { return }
            pop()
            if !current.isHTML(.frameset) { mode = .afterFrameset }
        default:
            return
        }
    }

    /// In frameset modes only whitespace characters are inserted; the others are dropped.
    mutating func insertWhitespaceOnly(_ s: Int, _ e: Int, _ k: TextKind) {
        guard Sink.buildsTree else { return }
        let text = decodeText(s, e, k, dropNUL: true).filter { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" || $0 == "\r\n" }
        if !text.isEmpty { sink.insertText(text, at: appropriatePlace().0) }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-afterframeset
    mutating func afterFrameset(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            insertWhitespaceOnly(s, e, k)
        case let .comment(whole, text):
            insertComment(text, whole: whole)
        case .startTag where tag.tag == .html:
            inBody(token)
        case .startTag where tag.tag == .noframes:
            inHead(token)
        case .endTag where tag.tag == .html:
            mode = .afterAfterFrameset
        default:
            return
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-body-insertion-mode
    mutating func afterAfterBody(_ token: HTMLToken) {
        switch token {
        case let .comment(whole, text):
            insertComment(text, whole: whole, at: InsertionPoint(parent: -1))
        case .doctype:
            inBody(token)
        case let .characters(s, e, k) where isWhitespaceOnly(s, e, k):
            inBody(token)
        case .startTag where tag.tag == .html:
            inBody(token)
        case .eof:
            return
        default:
            mode = .inBody
            inBody(token)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-frameset-insertion-mode
    mutating func afterAfterFrameset(_ token: HTMLToken) {
        switch token {
        case let .comment(whole, text):
            insertComment(text, whole: whole, at: InsertionPoint(parent: -1))
        case .doctype:
            inBody(token)
        case let .characters(s, e, k):
            if Sink.buildsTree {
                let text = decodeText(s, e, k, dropNUL: true).filter { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" || $0 == "\r\n" }
                if !text.isEmpty { sink.insertText(text, at: InsertionPoint(parent: stack.last?.id ?? -1)) }
            }
        case .startTag where tag.tag == .html:
            inBody(token)
        case .startTag where tag.tag == .noframes:
            inHead(token)
        default:
            return
        }
    }

    // MARK: - Foreign content


    mutating func popToHTMLOrIntegrationPoint() {
        while let c = stack.last, !(c.ns == .html || c.isMathMLTextIntegrationPoint || c.htmlIntegrationPoint) { pop() }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign
    mutating func foreignContent(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            // A NUL becomes U+FFFD here but, unlike other characters, leaves frameset-ok alone.
            if firstNonSpace(s, e, k) != nil { framesetOK = false }
            insertCharacters(s, e, k, foreign: true)
        case let .comment(whole, text):
            insertComment(text, whole: whole)
        case .doctype:
            return
        case .startTag:
            let t = tag.tag
            if breakout.contains(t)
                || (t == .font && (tokenizer.hasAttribute("color") || tokenizer.hasAttribute("face") || tokenizer.hasAttribute("size"))) {
                popToHTMLOrIntegrationPoint()
                process(token)
                return
            }
            let ns = current.ns
            let e = insertElement(ns: ns)
            if ns == .svg && t == .script {
                record(fullStartTag(), isSVG: true, inert: e.context.contains(.inertTemplate) ? .template : nil, context: e.context)
            } else if ns == .math && t == .script {
                record(fullStartTag(), isSVG: false, inert: .mathml, context: e.context)
            }
            if tag.selfClosing { pop() }
        case .endTag:
            if tag.tag == .br || tag.tag == .p {
                popToHTMLOrIntegrationPoint()
                process(token)
                return
            }
            var k = stack.count - 1
            while k > 0 {
                let node = stack[k]
                if node.key == tag.key {
                    pop(to: k)
                    return
                }
                k -= 1
                if stack[k].ns == .html {
                    process(token)
                    return
                }
            }
        case .eof:
            process(token)
        }
    }

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

let specialHTML: Set<Tag> = [
    .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br, .button,
    .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed, .fieldset, .figcaption,
    .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header, .hgroup, .hr,
    .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main, .marquee, .menu, .meta, .nav, .noembed,
    .noframes, .noscript, .object, .ol, .p, .param, .plaintext, .pre, .script, .search, .section, .select,
    .source, .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr,
    .track, .ul, .wbr, .xmp,
]

let breakout: Set<Tag> = [
    .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3, .h4, .h5,
    .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s, .small, .span,
    .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var,
]
