/// The markup of a component file (Astro, Svelte) made readable by the HTML parser, byte for byte
/// in place: its code fence (`---` … `---`) and every `{…}` expression or block outside raw text
/// become blanks (line breaks kept, so positions and lines stay), or a quoted placeholder where an
/// attribute's value stands (`src={url}` → `src="xxxxx"`) so that the attribute keeps its value's
/// place. Expressions are delimited by the JavaScript reader, so strings, template literals and
/// nested JSX in them never end one early.
struct ComponentMarkup {
    /// The bytes to parse.
    var bytes: [UInt8]
    /// What was blanked: the fence and each expression.
    var masked: [ByteRange]

    init(_ source: [UInt8], start: Int, frontmatter: Bool) {
        var b = source
        var i = start
        let n = b.count
        var masked: [ByteRange] = []
        func blank(_ r: Range<Int>, quoted: Bool) {
            for k in r where b[k] != 0x0A && b[k] != 0x0D { b[k] = quoted ? 0x78 : 0x20 }
            if quoted, r.count >= 2 { b[r.lowerBound] = 0x22; b[r.upperBound - 1] = 0x22 }
            masked.append(ByteRange(r.lowerBound, r.upperBound))
        }
        if frontmatter {
            var k = i
            while k < n && isHTMLSpace(b[k]) { k += 1 }
            if k + 3 <= n && b[k] == 0x2D && b[k + 1] == 0x2D && b[k + 2] == 0x2D {
                let fence = Array("\n---".utf8)
                let close = firstIndex(of: fence, in: b, from: k + 3).map { $0 + fence.count } ?? n
                blank(k..<close, quoted: false)
                i = close
            }
        }
        // Raw text (a `<script>`'s or `<style>`'s content) starts here and ends there.
        var raw: (from: Int, to: Int)?
        while i < n {
            if let r = raw, i >= r.from {
                i = max(i, r.to)
                raw = nil
                continue
            }
            let c = b[i]
            if c == 0x3C {
                // Comments and raw text keep their braces; a start tag's attributes do not.
                if let (content, end) = Self.rawText(b, i) {
                    if content < 0 { i = end; continue }
                    raw = (content, end)
                }
                i += 1
                continue
            }
            if c == 0x7B {
                guard let end = JSLexer.expressionEnd(b, open: i) else {
                    blank(i..<n, quoted: false)
                    break
                }
                var k = i - 1
                while k >= start && (b[k] == 0x20 || b[k] == 0x09) { k -= 1 }
                blank(i..<end, quoted: k >= start && b[k] == 0x3D)
                i = end
                continue
            }
            i += 1
        }
        bytes = b
        self.masked = masked
    }

    /// For a `<script>`/`<style>` start tag at `at`: where its content starts and where it ends
    /// (its end tag); for a comment, `-1` and its end.
    static func rawText(_ b: [UInt8], _ at: Int) -> (content: Int, end: Int)? {
        if at + 3 < b.count, b[at + 1] == 0x21, b[at + 2] == 0x2D, b[at + 3] == 0x2D {
            return (-1, firstIndex(of: Array("-->".utf8), in: b, from: at + 4).map { $0 + 3 } ?? b.count)
        }
        for name in ["script", "style"] where matchesCaseInsensitive(b, at + 1, name == "script" ? "script" : "style") {
            let after = at + 1 + name.utf8.count
            guard after < b.count, isHTMLSpace(b[after]) || b[after] == 0x3E || b[after] == 0x2F else { return nil }
            // The start tag's end, past `{…}` attribute values.
            var k = after
            while k < b.count && b[k] != 0x3E {
                if b[k] == 0x7B, let e = JSLexer.expressionEnd(b, open: k) { k = e; continue }
                if b[k] == 0x22 || b[k] == 0x27 { k = b[(k + 1)...].firstIndex(of: b[k]).map { $0 + 1 } ?? b.count; continue }
                k += 1
            }
            // A JSX-style `<script … />` has no content.
            if k > 0, k < b.count, b[k - 1] == 0x2F { return nil }
            let close = Array("</\(name)".utf8)
            guard let end = firstIndex(of: close, in: b, from: k) ?? caseInsensitiveFind(b, close, from: k) else { return nil }
            return (min(k + 1, end), end)
        }
        return nil
    }

    private static func caseInsensitiveFind(_ b: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        var k = from
        while k + needle.count <= b.count {
            if (0..<needle.count).allSatisfy({ asciiLower(b[k + $0]) == needle[$0] }) { return k }
            k += 1
        }
        return nil
    }

    /// Whether the markup is a whole page (`<!doctype`, `<html`, `<head` or `<body` as elements)
    /// rather than a component used inside one.
    static func isPage(_ b: [UInt8]) -> Bool {
        var k = 0
        while let lt = b[k...].firstIndex(of: 0x3C) {
            for name in ["!doctype", "html", "head", "body"] where matchesCaseInsensitive(b, lt + 1, name == "!doctype" ? "!doctype" : name == "html" ? "html" : name == "head" ? "head" : "body") {
                let after = lt + 1 + name.utf8.count
                if after >= b.count || isHTMLSpace(b[after]) || b[after] == 0x3E || b[after] == 0x2F { return true }
            }
            k = lt + 1
        }
        return false
    }
}
