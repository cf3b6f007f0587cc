/// The "in body" insertion mode (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody):
/// where most of a page's elements, and so most of its scripts, are placed.
extension TreeBuilder {
    // MARK: In body

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
    mutating func inBody(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            guard firstNonSpace(s, e, k) != nil else {
                // Whitespace (a NUL here is dropped, so a run of NULs inserts nothing).
                if !(k == .data && (s..<e).allSatisfy({ p[$0] == 0 })) {
                    reconstructFormatting()
                    insertCharacters(s, e, k)
                }
                return
            }
            reconstructFormatting()
            insertCharacters(s, e, k)
            framesetOK = false
        case let .comment(whole, text):
            insertComment(text, whole: whole)
        case .doctype:
            return
        case .startTag:
            inBodyStartTag(token)
        case .endTag:
            inBodyEndTag(token)
        case .eof:
            if !templateModes.isEmpty { inTemplate(token) }
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
    mutating func inBodyStartTag(_ token: HTMLToken) {
        let t = tag.tag
        switch t {
        case .html:
            if stack.contains(where: { $0.isHTML(.template) }) { return }
            if Sink.buildsTree { sink.addMissingAttributes(stack[0].id, tokenAttributes()) }
        case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
            inHead(token)
        case .body:
            guard stack.count > 1, stack[1].isHTML(.body), !stack.contains(where: { $0.isHTML(.template) }) else { return }
            framesetOK = false
            if Sink.buildsTree { sink.addMissingAttributes(stack[1].id, tokenAttributes()) }
        case .frameset:
            guard stack.count > 1, stack[1].isHTML(.body), framesetOK else { return }
            if Sink.buildsTree { sink.remove(stack[1].id) }
            pop(to: 1)
            insertElement()
            mode = .inFrameset
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .search, .section, .summary, .ul:
            closePIfInButtonScope()
            insertElement()
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closePIfInButtonScope()
            if let c = stack.last, c.ns == .html, [.h1, .h2, .h3, .h4, .h5, .h6].contains(c.tag) { pop() }
            insertElement()
        case .pre, .listing:
            closePIfInButtonScope()
            insertElement()
            skipLeadingNewline()
            framesetOK = false
        case .form:
            let templateOpen = stack.contains { $0.isHTML(.template) }
            if formID >= 0 && !templateOpen { return }
            closePIfInButtonScope()
            let e = insertElement()
            if !templateOpen { formID = e.id }
        case .li, .dd, .dt:
            framesetOK = false
            var k = stack.count - 1
            while k >= 0 {
                let node = stack[k]
                if t == .li ? node.isHTML(.li) : (node.isHTML(.dd) || node.isHTML(.dt)) {
                    generateImpliedEndTags(except: node.tag)
                    popUntil(node.tag)
                    break
                }
                if isSpecial(node) && !(node.ns == .html && (node.tag == .address || node.tag == .div || node.tag == .p)) { break }
                k -= 1
            }
            closePIfInButtonScope()
            insertElement()
        case .plaintext:
            closePIfInButtonScope()
            insertElement()
            tokenizer.state = .plaintext
        case .button:
            if inScope(.button) {
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructFormatting()
            renderable(at: tag.start, context: current.childContext)
            insertElement()
            framesetOK = false
        case .a:
            var k = formatting.count - 1
            while k >= 0, let e = formatting[k].element {
                if e.isHTML(.a) {
                    _ = adoptionAgency(e.key)
                    if let f = formatting.firstIndex(where: { $0.element?.id == e.id }) { formatting.remove(at: f) }
                    if let s = stack.lastIndex(where: { $0.id == e.id }) {
                        openIDs[Int(e.id)] = false
                        stack.remove(at: s)
                    }
                    break
                }
                k -= 1
            }
            reconstructFormatting()
            pushFormatting(insertElement())
        case .b, .big, .code, .em, .font, .i, .s, .small, .strike, .strong, .tt, .u:
            reconstructFormatting()
            pushFormatting(insertElement())
        case .nobr:
            reconstructFormatting()
            if inScope(.nobr) {
                _ = adoptionAgency(tag.key)
                reconstructFormatting()
            }
            pushFormatting(insertElement())
        case .applet, .marquee, .object:
            reconstructFormatting()
            if t == .object { renderable(at: tag.start, context: current.childContext) }
            insertElement()
            formatting.append(.marker)
            framesetOK = false
        case .table:
            if !quirks { closePIfInButtonScope() }
            insertElement()
            framesetOK = false
            mode = .inTable
        case .area, .br, .embed, .img, .keygen, .wbr, .image:
            reconstructFormatting()
            if t != .area && t != .wbr && t != .keygen { renderable(at: tag.start, context: current.childContext) }
            if t == .image {
                insertVoid(name: "img", tag: .img)
            } else {
                insertElement()
                pop()
            }
            framesetOK = false
        case .input:
            if inScope(.select) { popUntil(.select) }
            reconstructFormatting()
            insertElement()
            pop()
            let hidden = tokenizer.attribute("type").flatMap { tokenizer.value($0, decode: decodeValue) }?.lowercased() == "hidden"
            if !hidden {
                renderable(at: tag.start, context: current.childContext)
                framesetOK = false
            }
        case .param, .source, .track:
            insertElement()
            pop()
        case .hr:
            closePIfInButtonScope()
            if inScope(.select) { generateImpliedEndTags() }
            renderable(at: tag.start, context: current.childContext)
            insertElement()
            pop()
            framesetOK = false
        case .textarea:
            if inScope(.select) { popUntil(.select) }
            renderable(at: tag.start, context: current.childContext)
            insertElement()
            skipLeadingNewline()
            tokenizer.state = .rcdata
            originalMode = mode
            framesetOK = false
            mode = .text
        case .xmp:
            closePIfInButtonScope()
            reconstructFormatting()
            framesetOK = false
            genericText(.rawtext)
        case .iframe:
            framesetOK = false
            renderable(at: tag.start, context: current.childContext)
            genericText(.rawtext)
        case .noembed, .noscript:
            genericText(.rawtext)
        case .audio, .video, .canvas:
            // Shown even when empty (audio only with its controls).
            reconstructFormatting()
            if t != .audio || tokenizer.hasAttribute("controls") { renderable(at: tag.start, context: current.childContext) }
            insertElement()
        case .select:
            if inScope(.select) {
                popUntil(.select)
            } else {
                reconstructFormatting()
                renderable(at: tag.start, context: current.childContext)
                insertElement()
                framesetOK = false
            }
        case .option:
            if inScope(.select) {
                generateImpliedEndTags(except: .optgroup)
            } else if current.isHTML(.option) {
                pop()
            }
            reconstructFormatting()
            insertElement()
        case .optgroup:
            if inScope(.select) {
                generateImpliedEndTags()
            } else if current.isHTML(.option) {
                pop()
            }
            reconstructFormatting()
            insertElement()
        case .rb, .rtc:
            if inScope(.ruby) { generateImpliedEndTags() }
            insertElement()
        case .rp, .rt:
            if inScope(.ruby) { generateImpliedEndTags(except: .rtc) }
            insertElement()
        case .math:
            reconstructFormatting()
            insertElement(ns: .math)
            if tag.selfClosing { pop() }
        case .svg:
            reconstructFormatting()
            renderable(at: tag.start, context: current.childContext)
            insertElement(ns: .svg)
            if tag.selfClosing { pop() }
        case .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr:
            return
        default:
            reconstructFormatting()
            insertElement()
        }
    }

    mutating func insertVoid(name: StaticString, tag t: Tag) {
        let (place, context) = appropriatePlace()
        let text = String(describing: name)
        let newName: String? = Sink.buildsTree ? text : nil
        let newAttributes: [(String, String)]? = Sink.buildsTree ? tokenAttributes() : nil
        let e = newElement(key: NameKey(text), tag: t, ns: .html, context: context, name: newName, attributes: newAttributes)
        if Sink.buildsTree { sink.insert(e.id, at: place) }
    }

    /// A newline right after `<pre>`, `<listing>` or `<textarea>` is dropped.
    mutating func skipLeadingNewline() {
        skipNewlineAt = tag.end
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
    mutating func inBodyEndTag(_ token: HTMLToken) {
        let t = tag.tag
        switch t {
        case .template:
            inHead(token)
        case .body, .html:
            guard inScope(.body) else { return }
            afterBodyEnd = true
            mode = .afterBody
            if t == .html { afterBody(token) }
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dialog, .dir, .div, .dl,
             .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre,
             .search, .section, .select, .summary, .ul:
            guard inScope(t) else { return }
            generateImpliedEndTags()
            popUntil(t)
        case .form:
            if !stack.contains(where: { $0.isHTML(.template) }) {
                let node = formID
                formID = -1
                guard node >= 0, inScope(id: node) else { return }
                generateImpliedEndTags()
                if let k = stack.lastIndex(where: { $0.id == node }) {
                    openIDs[Int(node)] = false
                    stack.remove(at: k)
                }
            } else {
                guard inScope(.form) else { return }
                generateImpliedEndTags()
                popUntil(.form)
            }
        case .p:
            if !inScope(.p, .button) { insertImplied(.p, "p") }
            closePElement()
        case .li:
            guard inScope(.li, .listItem) else { return }
            generateImpliedEndTags(except: .li)
            popUntil(.li)
        case .dd, .dt:
            guard inScope(t) else { return }
            generateImpliedEndTags(except: t)
            popUntil(t)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            let headings: [Tag] = [.h1, .h2, .h3, .h4, .h5, .h6]
            guard inScope(anyOf: headings) else { return }
            generateImpliedEndTags()
            while let last = stack.last {
                pop()
                if last.ns == .html && headings.contains(last.tag) { break }
            }
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            if !adoptionAgency(tag.key) { anyOtherEndTag() }
        case .applet, .marquee, .object:
            guard inScope(t) else { return }
            generateImpliedEndTags()
            popUntil(t)
            clearFormattingToLastMarker()
        case .br:
            // Parse error: treated as <br>.
            reconstructFormatting()
            renderable(at: tag.start, context: current.childContext)
            insertVoid(name: "br", tag: .br)
            framesetOK = false
        default:
            anyOtherEndTag()
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
    mutating func anyOtherEndTag() {
        let key = tag.key
        var k = stack.count - 1
        while k >= 0 {
            let node = stack[k]
            if node.ns == .html && node.key == key {
                generateImpliedEndTagsExcept(key: key)
                pop(to: k)
                return
            }
            if isSpecial(node) { return }
            k -= 1
        }
    }

    mutating func generateImpliedEndTagsExcept(key: NameKey) {
        while let e = stack.last, e.ns == .html, e.key != key {
            switch e.tag {
            case .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc: pop()
            default: return
            }
        }
    }

}
