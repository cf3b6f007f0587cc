/// The table insertion modes — in table, in table text, in caption, in column group, in table body,
/// in row, in cell (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intable) — with
/// foster parenting, which moves what does not belong in a table (scripts included) before it.
extension TreeBuilder {
    // MARK: In table and its parts

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#clear-the-stack-back-to-a-table-context
    mutating func clearStackBackTo(_ tags: [Tag]) {
        while let e = stack.last, !(e.ns == .html && (tags.contains(e.tag) || e.tag == .html || e.tag == .template)) { pop() }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intable
    mutating func inTable(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            if let c = stack.last, c.ns == .html, [.table, .tbody, .template, .tfoot, .thead, .tr].contains(c.tag) {
                pendingTableText = []
                pendingTableTextHasContent = false
                originalMode = mode
                mode = .inTableText
                inTableText(.characters(s, e, k))
                return
            }
        case let .comment(whole, text):
            insertComment(text, whole: whole)
            return
        case .doctype:
            return
        case .startTag:
            switch tag.tag {
            case .caption:
                clearStackBackTo([.table])
                formatting.append(.marker)
                insertElement()
                mode = .inCaption
                return
            case .colgroup:
                clearStackBackTo([.table])
                insertElement()
                mode = .inColumnGroup
                return
            case .col:
                clearStackBackTo([.table])
                insertImplied(.colgroup, "colgroup")
                mode = .inColumnGroup
                inColumnGroup(token)
                return
            case .tbody, .tfoot, .thead:
                clearStackBackTo([.table])
                insertElement()
                mode = .inTableBody
                return
            case .td, .th, .tr:
                clearStackBackTo([.table])
                insertImplied(.tbody, "tbody")
                mode = .inTableBody
                inTableBody(token)
                return
            case .table:
                guard inScope(.table, .table) else { return }
                popUntil(.table)
                resetInsertionMode()
                process(token)
                return
            case .style, .script, .template:
                inHead(token)
                return
            case .input:
                let hidden = tokenizer.attribute("type").flatMap { tokenizer.value($0, decode: decodeValue) }?.lowercased() == "hidden"
                if hidden {
                    insertElement()
                    pop()
                    return
                }
            case .form:
                if stack.contains(where: { $0.isHTML(.template) }) || formID >= 0 { return }
                formID = insertElement().id
                pop()
                return
            default:
                break
            }
        case .endTag:
            switch tag.tag {
            case .table:
                guard inScope(.table, .table) else { return }
                popUntil(.table)
                resetInsertionMode()
                return
            case .body, .caption, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr:
                return
            case .template:
                inHead(token)
                return
            default:
                break
            }
        case .eof:
            inBody(token)
            return
        }
        fosterParenting = true
        inBody(token)
        fosterParenting = false
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intabletext
    mutating func inTableText(_ token: HTMLToken) {
        if case let .characters(s, e, k) = token {
            pendingTableText.append((s, e, k))
            if firstNonSpace(s, e, k) != nil { pendingTableTextHasContent = true }
            return
        }
        let pending = pendingTableText
        pendingTableText = []
        if pendingTableTextHasContent {
            for (s, e, k) in pending {
                fosterParenting = true
                reconstructFormatting()
                insertCharacters(s, e, k)
                fosterParenting = false
            }
            framesetOK = false
        } else {
            for (s, e, k) in pending where s < e { insertCharacters(s, e, k) }
        }
        pendingTableTextHasContent = false
        mode = originalMode
        process(token)
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incaption
    mutating func inCaption(_ token: HTMLToken) {
        switch token {
        case .startTag where [.caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.tag),
             .endTag where tag.tag == .table:
            guard inScope(.caption, .table) else { return }
            generateImpliedEndTags()
            popUntil(.caption)
            clearFormattingToLastMarker()
            mode = .inTable
            inTable(token)
        case .endTag where tag.tag == .caption:
            guard inScope(.caption, .table) else { return }
            generateImpliedEndTags()
            popUntil(.caption)
            clearFormattingToLastMarker()
            mode = .inTable
        case .endTag where [.body, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.tag):
            return
        default:
            inBody(token)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incolgroup
    mutating func inColumnGroup(_ token: HTMLToken) {
        switch token {
        case let .characters(s, e, k):
            let w = whitespacePrefixEnd(s, e, k)
            if w > s { insertCharacters(s, w, k) }
            if w == e { return }
            guard current.isHTML(.colgroup) else { return }
            pop()
            mode = .inTable
            inTable(.characters(w, e, k))
            return
        case let .comment(whole, text):
            insertComment(text, whole: whole)
            return
        case .doctype:
            return
        case .startTag:
            switch tag.tag {
            case .html: inBody(token); return
            case .col:
                insertElement()
                pop()
                return
            case .template: inHead(token); return
            default: break
            }
        case .endTag:
            switch tag.tag {
            case .colgroup:
                guard current.isHTML(.colgroup) else { return }
                pop()
                mode = .inTable
                return
            case .col: return
            case .template: inHead(token); return
            default: break
            }
        case .eof:
            inBody(token)
            return
        }
        guard current.isHTML(.colgroup) else { return }
        pop()
        mode = .inTable
        inTable(token)
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intbody
    mutating func inTableBody(_ token: HTMLToken) {
        switch token {
        case .startTag where tag.tag == .tr:
            clearStackBackTo([.tbody, .tfoot, .thead])
            insertElement()
            mode = .inRow
        case .startTag where tag.tag == .th || tag.tag == .td:
            clearStackBackTo([.tbody, .tfoot, .thead])
            insertImplied(.tr, "tr")
            mode = .inRow
            inRow(token)
        case .endTag where [.tbody, .tfoot, .thead].contains(tag.tag):
            guard inScope(tag.tag, .table) else { return }
            clearStackBackTo([.tbody, .tfoot, .thead])
            pop()
            mode = .inTable
        case .startTag where [.caption, .col, .colgroup, .tbody, .tfoot, .thead].contains(tag.tag),
             .endTag where tag.tag == .table:
            guard inScope(anyOf: [.tbody, .thead, .tfoot], .table) else { return }
            clearStackBackTo([.tbody, .tfoot, .thead])
            pop()
            mode = .inTable
            inTable(token)
        case .endTag where [.body, .caption, .col, .colgroup, .html, .td, .th, .tr].contains(tag.tag):
            return
        default:
            inTable(token)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intr
    mutating func inRow(_ token: HTMLToken) {
        switch token {
        case .startTag where tag.tag == .th || tag.tag == .td:
            clearStackBackTo([.tr])
            insertElement()
            mode = .inCell
            formatting.append(.marker)
        case .endTag where tag.tag == .tr:
            guard inScope(.tr, .table) else { return }
            clearStackBackTo([.tr])
            pop()
            mode = .inTableBody
        case .startTag where [.caption, .col, .colgroup, .tbody, .tfoot, .thead, .tr].contains(tag.tag),
             .endTag where tag.tag == .table:
            guard inScope(.tr, .table) else { return }
            clearStackBackTo([.tr])
            pop()
            mode = .inTableBody
            inTableBody(token)
        case .endTag where [.tbody, .tfoot, .thead].contains(tag.tag):
            guard inScope(tag.tag, .table) else { return }
            guard inScope(.tr, .table) else { return }
            clearStackBackTo([.tr])
            pop()
            mode = .inTableBody
            inTableBody(token)
        case .endTag where [.body, .caption, .col, .colgroup, .html, .td, .th].contains(tag.tag):
            return
        default:
            inTable(token)
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#close-the-cell
    mutating func closeCell() {
        generateImpliedEndTags()
        popUntil(.td, .th)
        clearFormattingToLastMarker()
        mode = .inRow
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intd
    mutating func inCell(_ token: HTMLToken) {
        switch token {
        case .endTag where tag.tag == .td || tag.tag == .th:
            guard inScope(tag.tag, .table) else { return }
            generateImpliedEndTags()
            popUntil(tag.tag)
            clearFormattingToLastMarker()
            mode = .inRow
        case .startTag where [.caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.tag):
            guard inScope(anyOf: [.td, .th], .table) else { return }
            closeCell()
            inRow(token)
        case .endTag where [.body, .caption, .col, .colgroup, .html].contains(tag.tag):
            return
        case .endTag where [.table, .tbody, .tfoot, .thead, .tr].contains(tag.tag):
            guard inScope(tag.tag, .table) else { return }
            closeCell()
            inRow(token)
        default:
            inBody(token)
        }
    }

}
