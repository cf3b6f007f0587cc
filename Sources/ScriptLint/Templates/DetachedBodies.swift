import CByteSearch

/// Bodies a template defines for later — a jinja/Twig macro, a PHP function whose body is HTML
/// (`function footer() { ?> <script …> <?php }`) — are output where they are called, not where they
/// are written. The page around the definition must not see them (a function defined after
/// `</html>` does not put its scripts after `</html>`), and their scripts are still linted, on their
/// own, with unknown placement.
enum DetachedBodies {
    /// PHP functions (and closures, and methods) whose body spans HTML between `?>` and `<?php`:
    /// the HTML from the end of the code block that opens the body to the start of the one that
    /// closes it.
    static func phpFunctions(_ bytes: [UInt8], constructs: [TemplateScan.Construct]) -> [(body: ByteRange, what: String)] {
        // A body is detached when its braces are in different code blocks: a file of one block
        // (most PHP files: no `?>`) has none.
        guard constructs.lazy.filter({ $0.kind != .comment }).prefix(2).count == 2 else { return [] }
        var result: [(ByteRange, String)] = []
        // Open braces across code blocks: whether each opens a function body, its name, and the
        // code block it opened in.
        var stack: [(function: String?, construct: Int)] = []
        var pendingFunction: String?
        for (k, c) in constructs.enumerated() where c.kind != .comment {
            var i = c.range.start + 2
            let end = c.range.end
            // Strings and comments (long in WordPress: translations, doc blocks) are crossed sixteen
            // bytes at a time to the next byte that may end them.
            func next(_ from: Int, _ x: UInt8, _ y: UInt8, _ z: UInt8) -> Int { firstOf(x, y, z, in: bytes, from: from, end: end) }
            func toLineEnd() {
                while true {
                    i = next(i, 0x0A, 0x3F, 0x0A)
                    if i >= end || bytes[i] == 0x0A || (i + 1 < end && bytes[i + 1] == 0x3E) { break }
                    i += 1
                }
            }
            while i < end {
                let ch = bytes[i]
                switch ch {
                case 0x27, 0x22:   // '…' "…"
                    i += 1
                    while true {
                        i = next(i, ch, 0x5C, ch)
                        if i >= end || bytes[i] == ch { break }
                        i += 2
                    }
                case 0x23:         // # comment, to the end of the line or of the block
                    toLineEnd()
                    continue
                case 0x2F where i + 1 < end && bytes[i + 1] == 0x2F:
                    toLineEnd()
                    continue
                case 0x2F where i + 1 < end && bytes[i + 1] == 0x2A:
                    i += 2
                    while true {
                        i = next(i, 0x2A, 0x2A, 0x2A)
                        if i + 1 >= end || bytes[i + 1] == 0x2F { break }
                        i += 1
                    }
                    i += 1
                case 0x3B:         // `function f();` in an interface: no body
                    pendingFunction = nil
                case 0x7B:
                    stack.append((pendingFunction, k))
                    pendingFunction = nil
                case 0x7D:
                    if let open = stack.popLast(), let name = open.function, open.construct != k {
                        let body = ByteRange(constructs[open.construct].range.end, c.range.start)
                        if !result.contains(where: { $0.0.start <= body.start && body.end <= $0.0.end }) {
                            result.removeAll { body.start <= $0.0.start && $0.0.end <= body.end }
                            result.append((body, name.isEmpty ? "a PHP closure" : "the PHP function `\(name)`"))
                        }
                    }
                default:
                    if (ch | 0x20) == 0x66, i + 8 <= end, i == 0 || !isWordByte(bytes[i - 1]),
                       isFunctionKeyword(bytes, at: i), i + 8 == end || !isWordByte(bytes[i + 8]) {
                        var w = i + 8
                        while w < end && (isHTMLSpace(bytes[w]) || bytes[w] == 0x26) { w += 1 }
                        var we = w
                        while we < end && isWordByte(bytes[we]) { we += 1 }
                        pendingFunction = String(decoding: bytes[w..<we], as: UTF8.self)
                        i = we
                        continue
                    }
                }
                // Every other byte is passed over, sixteen at a time.
                i = bytes.withUnsafeBufferPointer { scriptlint_find_php_code($0.baseAddress!, end, i + 1) }
            }
        }
        return result.sorted { $0.0.start < $1.0.start }
    }

    /// `function` in any case at `i` (eight bytes there), compared as one 64-bit word.
    private static func isFunctionKeyword(_ bytes: [UInt8], at i: Int) -> Bool {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
        // "function" little-endian; OR 0x20 folds ASCII upper case to lower (and no other byte
        // folds onto a lowercase letter of the word).
        return UInt64(littleEndian: word) | 0x2020_2020_2020_2020 == 0x6E6F_6974_636E_7566
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        isASCIIWordByte(b) || b >= 0x80
    }

    /// What one body holds, at the file's offsets.
    struct Part {
        var scripts: [ScriptElement]
        var comments: [Comment]
        var constructs: [ByteRange]
        var problems: [(range: ByteRange, message: String)]
    }

    /// Each outermost body read on its own, as a partial — its bytes alone, what it holds then
    /// moved to where the body stands in the file: its scripts, comments, constructs and problems.
    /// (Reading each body behind a blank copy of the file before it cost the bytes before every
    /// body: a file of many such functions was read over and over.)
    static func read(_ bodies: [(body: ByteRange, what: String)], of source: SourceText,
                     dialect: TemplateDialect, maskers: [TemplateHelperMasker], options: TemplateOptions) -> [(part: Part, what: String)] {
        var result: [(Part, String)] = []
        for (k, d) in bodies.enumerated() {
            if bodies.enumerated().contains(where: { $0.offset != k && $0.element.body.start <= d.body.start && d.body.end <= $0.element.body.end
                                                     && ($0.element.body != d.body || $0.offset < k) }) { continue }
            let sub = SourceText(bytes: Array(source.bytes[d.body.start..<d.body.end]), encoding: source.encoding, bomLength: 0)
            let document = TemplateAnnotator.parse(sub, dialect: dialect, maskers: maskers, options: options)
            result.append((moved(document, by: d.body.start), d.what))
        }
        return result
    }

    private static func moved(_ document: ScriptDocument, by delta: Int) -> Part {
        func move(_ r: ByteRange) -> ByteRange { ByteRange(r.start + delta, r.end + delta) }
        return Part(scripts: document.scripts.map { s in
                        var s = s
                        s.tag = s.tag.shifted(by: delta)
                        s.swallowedRange = s.swallowedRange.map(move)
                        s.textRange = s.textRange.map(move)
                        return s
                    },
                    comments: document.comments.map { Comment(text: $0.text, range: move($0.range)) },
                    constructs: document.templateConstructs.map(move),
                    problems: document.templateProblems.map { (move($0.range), $0.message) })
    }
}
