/// PHP: `<?php … ?>` (an unclosed one runs to the end of the file), `<?= … ?>`, and with
/// `short_open_tag` (PHP's default, `TemplateOptions`) `<? … ?>`. Code with control
/// flow separates what can pair; a function whose body prints markup is rendered where it is
/// called; `include`/`require`, WordPress's `get_header()`/`get_footer()`/`get_template_part()`
/// name partials; the WordPress, 1C-Bitrix and Laravel Blade layers read the code's APIs.
enum PHPSyntax: TemplateSyntax {
    static let fileExtensions = ["php", "phtml"]
    static let htmlTemplateSuffixes: [String] = []
    static let opener: UInt8 = 0x3C
    static let secondBytes: [UInt8] = [0x3F]   // <?
    static let branchModel = TemplateBranchModel.segments

    static func classify(_ name: String) -> (TemplateStatementRole, String) { (.other, "") }
    static func closer(for kind: String) -> String { "end" }

    static func construct(_ m: inout Masker, at: Int) -> Masker.Found? {
        let b = m.b, n = m.n
        let output = at + 2 < n && b[at + 2] == 0x3D
        let long = m.matchesCaseInsensitive(at + 2, "php")
        guard output || long || m.options.phpShortOpenTag else { return nil }
        let close = m.find([0x3F, 0x3E], from: at + 2, quotes: true)
        let end = close.map { $0 + 2 } ?? n
        let inner = ByteRange(min(at + (output ? 3 : long ? 5 : 2), close ?? n), close ?? n)
        // Code with control flow (`if`, loops, braces) is a control boundary, and inside a tag
        // makes what follows conditional; other code (`echo`, a call) only prints. Code between
        // tags may print markup.
        let flow = !output && m.phpHasControlFlow(inner)
        if flow, m.context == .text {
            m.scan.textOutputs.append(at)
        }
        return (end, flow ? .control : .output, output ? "" : "php", inner)
    }

    static func detachedBodies(_ b: [UInt8], _ constructs: [TemplateScan.Construct]) -> [(body: ByteRange, what: String)] {
        DetachedBodies.phpFunctions(b, constructs: constructs)
    }

    static func includedNames(_ b: [UInt8], _ c: TemplateScan.Construct) -> [String] {
        // Every include word, found in one pass (a PHP file is often one construct of many
        // kilobytes); none of them can overlap another or itself.
        var found: [[Int]] = Array(repeating: [], count: includeWords.count)
        var from = 0
        while let hit = includeWords.first(in: b, from: from) {
            found[hit.needle].append(hit.offset)
            from = hit.offset + 1
        }
        var names: [String] = []
        // `include_once`/`require_once` first, then every `include`/`require` (after one that is
        // followed by `_once` no name is quoted).
        for (k, once) in [(0, true), (1, true), (0, false), (1, false)] {
            for at in found[k] where !once || b[(at + 7)...].starts(with: "_once".utf8) {
                if let name = quotedName(b, at: at, keywordLength: once ? 12 : 7) { names.append(name) }
            }
        }
        for (k, part) in [(2, "header"), (3, "footer"), (4, "sidebar")] where !found[k].isEmpty {
            let named = found[k].lazy.compactMap { quotedName(b, at: $0, keywordLength: part.utf8.count + 5) }.first
            names.append(named.map { "\(part)-\($0).php" } ?? "\(part).php")
        }
        // get_template_part('a', 'b'): a-b.php, else a.php.
        for at in found[5] {
            let args = literals(b, from: at + 18, upTo: 2)
            guard let slug = args.first else { continue }
            if args.count == 2, !args[1].isEmpty { names.append("\(slug)-\(args[1]).php") }
            names.append("\(slug).php")
        }
        return names
    }

    private static let includeWords = ByteNeedles(["include", "require", "get_header(", "get_footer(", "get_sidebar(", "get_template_part("])

    /// Up to `count` leading string-literal arguments of a call whose `(` ends before `from`.
    private static func literals(_ b: [UInt8], from: Int, upTo count: Int) -> [String] {
        var out: [String] = []
        var i = from
        while out.count < count {
            while i < b.count && isHTMLSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == 0x22 || b[i] == 0x27, let end = b[(i + 1)...].firstIndex(of: b[i]) else { break }
            out.append(String(decoding: b[(i + 1)..<end], as: UTF8.self))
            i = end + 1
            while i < b.count && isHTMLSpace(b[i]) { i += 1 }
            guard i < b.count, b[i] == 0x2C else { break }
            i += 1
        }
        return out
    }

    static func includeCandidates(_ name: String) -> [String] { [name, name + ".php"] }
    static let includeKeywords: [String]? = ["include", "require", "get_header(", "get_footer(", "get_sidebar(", "get_template_part("]
}

extension Masker {
    static let phpFlowWords = ["if", "else", "elseif", "endif", "for", "foreach", "endfor", "endforeach",
                               "while", "endwhile", "do", "switch", "endswitch", "case", "default", "break",
                               "continue", "return", "exit", "die", "function", "try", "catch", "finally", "goto"]
    /// `phpFlowWords` as bytes, by length: a word of the code is compared with those of its length
    /// only, without making a string of it.
    private static let phpFlowWordsByLength: [[[UInt8]]] = (0...10).map { n in phpFlowWords.map { Array($0.utf8) }.filter { $0.count == n } }

    private func isPHPFlowWord(_ from: Int, _ to: Int) -> Bool {
        guard to - from <= 10 else { return false }
        return Masker.phpFlowWordsByLength[to - from].contains { word in
            var k = 0
            while k < word.count && b[from + k] | 0x20 == word[k] { k += 1 }
            return k == word.count
        }
    }

    /// Whether PHP code holds a brace or a control-flow keyword (outside strings and comments).
    func phpHasControlFlow(_ r: ByteRange) -> Bool {
        // Strings and comments are crossed sixteen bytes at a time to the next byte that may end them.
        func next(_ from: Int, _ x: UInt8, _ y: UInt8, _ z: UInt8) -> Int { firstOf(x, y, z, in: b, from: from, end: r.end) }
        var k = r.start
        while k < r.end {
            let c = b[k]
            if c == 0x27 || c == 0x22 {
                k += 1
                while true {
                    k = next(k, c, 0x5C, c)
                    if k >= r.end || b[k] == c { break }
                    k += 2
                }
                k += 1
                continue
            }
            if c == 0x7B || c == 0x7D { return true }
            if c == 0x23 || (c == 0x2F && k + 1 < r.end && b[k + 1] == 0x2F) {
                k = next(k, 0x0A, 0x0A, 0x0A)
                continue
            }
            if c == 0x2F && k + 1 < r.end && b[k + 1] == 0x2A {
                k += 2
                while true {
                    k = next(k, 0x2A, 0x2A, 0x2A)
                    if k + 1 >= r.end || b[k + 1] == 0x2F { break }
                    k += 1
                }
                k += 2
                continue
            }
            if isASCIIAlpha(c) || c == 0x5F {
                var e = k
                while e < r.end && isASCIIWordByte(b[e]) { e += 1 }
                let before = k > r.start ? b[k - 1] : 0x20
                if before != 0x24, before != 0x3E, before != 0x3A, isPHPFlowWord(k, e) { return true }
                k = e
                continue
            }
            k += 1
        }
        return false
    }
}
