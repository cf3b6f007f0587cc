/// The insertion modes before and around <body> — initial, before html, before head, in head, after
/// head — and text, each headed by its section of the standard (in body and the table modes have
/// files of their own).
extension TreeBuilder {
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
                let e = insertElement()
                pop()
                metadata(e)
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
        case .meta:
            // What made the page (`<meta name=generator>`): the first one counts, for page summaries.
            if !inert, recorder.generator == nil, let name = tokenizer.attribute("name"),
               tokenizer.value(name, decode: decodeValue)?.lowercased() == "generator",
               let content = tokenizer.attribute("content") {
                recorder.generator(tokenizer.value(content, decode: decodeValue) ?? "")
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
}
