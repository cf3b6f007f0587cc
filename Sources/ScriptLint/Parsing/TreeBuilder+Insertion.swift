import CByteSearch

/// Inserting what the tokenizer gives: characters (with the whitespace rules of each mode) and
/// elements and comments at the appropriate place (foster parenting included), and the stack of
/// open elements (https://html.spec.whatwg.org/multipage/parsing.html#creating-and-inserting-nodes).
extension TreeBuilder {
    // MARK: - Characters

    /// The first character of a run that is not ASCII whitespace (character references resolved;
    /// a NUL in the data state dropped outside foreign content), or `nil`.
    mutating func firstNonSpace(_ start: Int, _ end: Int, _ kind: TextKind, foreign: Bool = false) -> Int? {
        var k = start
        while k < end {
            // Spaces and line feeds sixteen at a time: a masked template (a PHP file's code) is
            // mostly that.
            k = scriptlint_skip2(p.baseAddress!, end, k, 0x20, 0x0A)
            guard k < end else { break }
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
}
