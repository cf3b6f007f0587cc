import CByteSearch

/// The block structure a template's constructs build, as the scanner takes each one: conditionals
/// and their branches, blocks, `extends` and layouts, raw bodies, and the problems of an unbalanced
/// structure. The scanner that finds the constructs is `Masker` (TemplateMasker.swift).
extension Masker {
    mutating func take(_ r: ByteRange, kind: TemplateScan.ConstructKind, name: String, inner: ByteRange) {
        var ctx = context
        if case .afterEquals = html { html = .unquoted; ctx = .value }
        scan.constructs.append(TemplateScan.Construct(range: r, kind: kind, context: ctx, inner: inner, name: name))
        blank(r.start, r.end, with: ctx == .value ? 0x78 : 0x20)
        i = r.end
        switch kind {
        case .comment:
            let text = String(decoding: b[inner.start..<inner.end], as: UTF8.self)
            scan.comments.append(Comment(text: text.trimming(" \t\r\n-"), range: r))
        case .output:
            if ctx == .tag { scan.attributeOutputs.append(r.start) }
            if ctx == .text { scan.textOutputs.append(r.start) }
            if syntax.hasLayouts && ctx == .text && isContentPlaceholder(inner) { scan.contentPlaceholder = r }
        case .control:
            structure(name: name, range: r, inner: inner, ctx: ctx)
        }
    }

    mutating func blank(_ s: Int, _ e: Int, with filler: UInt8) {
        let end = min(e, n)
        guard s < end, let source = b.baseAddress else { return }
        // A PHP file is mostly one construct: sixteen bytes at a time.
        scan.masked.withUnsafeMutableBufferPointer { masked in
            scriptlint_blank(masked.baseAddress! + s, source + s, end - s, filler)
        }
    }

    mutating func problem(_ r: ByteRange, _ message: String) {
        scan.problems.append((r, message))
    }

    mutating func mark() {
        scan.branchPoints.append((i, path, segment))
    }

    /// Control structure: conditionals (branches), blocks, extends.
    mutating func structure(name: String, range r: ByteRange, inner: ByteRange, ctx: TemplateScan.Context) {
        let inTag = ctx == .tag || ctx == .value
        if syntax.branchModel == .segments {
            segment += 1
            mark()
            if inTag {
                if tagControlStart < 0 { tagControlStart = r.end; tagControlDepth = 1 }
            }
            return
        }
        let (role, kind) = syntax.classify(name)
        switch role {
        case .open where syntax.closesItself(kind, self, inner: inner):
            if kind == "block" || kind == "define" {
                scan.blocks.append(TemplateScan.Block(name: argument(inner) ?? "", open: r, close: ByteRange(r.end, r.end), isDefinition: kind == "define",
                                                      betweenTags: ctx == .text))
            }
        case .open:
            var open = TemplateBranch(conditional: nextConditional, branch: 0)
            var entry = Masker.Open(kind: kind, range: r, conditional: nil, block: nil)
            if kind == "block" || kind == "define" {
                let blockName = argument(inner) ?? ""
                entry.block = scan.blocks.count
                scan.blocks.append(TemplateScan.Block(name: blockName, open: r, close: nil, isDefinition: kind == "define",
                                                      betweenTags: ctx == .text))
            } else {
                entry.conditional = nextConditional
                nextConditional += 1
                open.conditional = entry.conditional!
                path.append(open)
                mark()
            }
            controls.append(entry)
            if inTag {
                if tagControlDepth == 0 { tagControlStart = r.end }
                tagControlDepth += 1
            }
        case .separator:
            guard let top = controls.last, top.conditional != nil, !path.isEmpty else {
                problem(r, "`\(name)` outside any conditional.")
                return
            }
            path[path.count - 1].branch += 1
            mark()
        case .close:
            guard let top = controls.last else {
                problem(r, "`\(name)` closes nothing: no open `\(kind.isEmpty ? "block" : kind)` before it.")
                return
            }
            if syntax.closesNameTheirKind && top.kind != kind {
                problem(r, "`\(name)` closes `\(top.kind)`, opened at offset \(top.range.start): expected `end\(top.kind)`.")
            }
            controls.removeLast()
            if let block = top.block { scan.blocks[block].close = r }
            if top.conditional != nil, !path.isEmpty { path.removeLast(); mark() }
            if inTag && tagControlDepth > 0 {
                tagControlDepth -= 1
                if tagControlDepth == 0 {
                    scan.conditionalSpans.append(ByteRange(tagControlStart, r.start))
                    tagControlStart = -1
                }
            }
        case .extends:
            scan.extends = (argument(inner, literalOnly: true), r)
        case .other:
            break
        }
    }

    /// A statement's argument: a quoted string, or a bare word. For a name that is looked up as a
    /// file (`literalOnly`: extends), only a string literal that is the whole argument counts:
    /// `{% extends layout %}` names a variable and `{% extends "a/" ~ theme %}` an expression,
    /// neither of which can be resolved.
    func argument(_ inner: ByteRange, literalOnly: Bool = false) -> String? {
        var k = inner.start
        while k < inner.end && isHTMLSpace(b[k]) { k += 1 }
        while k < inner.end && !isHTMLSpace(b[k]) && b[k] != 0x22 && b[k] != 0x27 { k += 1 }   // the statement name
        while k < inner.end && isHTMLSpace(b[k]) { k += 1 }
        guard k < inner.end else { return nil }
        if b[k] == 0x22 || b[k] == 0x27 || b[k] == 0x60 {
            let q = b[k]
            var e = k + 1
            while e < inner.end && b[e] != q { e += 1 }
            if literalOnly {
                var rest = e + 1
                while rest < inner.end && (isHTMLSpace(b[rest]) || b[rest] == 0x2D || b[rest] == 0x7E) { rest += 1 }
                guard e < inner.end, rest >= inner.end else { return nil }
            }
            return String(decoding: b[(k + 1)..<e], as: UTF8.self)
        }
        if literalOnly { return nil }
        var e = k
        while e < inner.end && !isHTMLSpace(b[e]) && b[e] != 0x7D && b[e] != 0x25 { e += 1 }
        while e > k && b[e - 1] == 0x2D { e -= 1 }   // a trim marker, not part of the name
        return e > k ? String(decoding: b[k..<e], as: UTF8.self) : nil
    }
}
