/// Tokens in foreign content (SVG and MathML), with integration points and the break-outs back to
/// HTML (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign).
extension TreeBuilder {
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
}
