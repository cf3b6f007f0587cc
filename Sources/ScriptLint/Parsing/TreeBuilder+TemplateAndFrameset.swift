/// The insertion modes in template, after body, in frameset, after frameset, after after body and
/// after after frameset (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intemplate and on).
extension TreeBuilder {
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
}
