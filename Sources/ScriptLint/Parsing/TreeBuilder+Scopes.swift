/// Element scopes, implied end tags, and resetting the insertion mode appropriately
/// (https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-scope,
/// https://html.spec.whatwg.org/multipage/parsing.html#reset-the-insertion-mode-appropriately).
extension TreeBuilder {
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
}
