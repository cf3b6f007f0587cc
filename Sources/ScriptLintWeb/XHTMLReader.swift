import CWeb
import ScriptLint

/// A document served as `application/xhtml+xml`, or a `.xhtml` file, read as a browser reads it:
/// with an XML parser (libxml2's). Not well-formed: one finding at the error's line and column
/// (browsers show an error page instead of the document), nothing else. Well-formed: libxml2's
/// tree says where each script is (in XML `<script/>` is a complete element); each start tag, with
/// exact positions, is read from the source by scriptlint's tokenizer; then the rules apply as
/// for HTML.
public enum XHTMLReader {
    public static let notWellFormedRule = "xhtml-not-well-formed"

    /// `summarize`: count its scripts (`FileResult.summary`), as for every served page.
    public static func lint(name: String, bytes: [UInt8], with linter: Linter, keepPage: Bool = false, summarize: Bool = false) -> FileResult {
        var r = sl_xml_result()
        bytes.withUnsafeBufferPointer { sl_xml_scripts($0.baseAddress, $0.count, &r) }
        defer { sl_xml_free(&r) }
        let source = SourceText(bytes: bytes, encoding: .utf8, bomLength: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        guard r.well_formed != 0 else {
            let line = max(1, Int(r.error_line)), column = max(1, Int(r.error_column))
            let offset = source.offset(line: line, column: column)
            let message = "Not well-formed XML at line \(line), column \(column): \(r.error_message.map { String(cString: $0) } ?? "error"). "
                + "Browsers show an XML error page instead of an XHTML document: fix the markup, or serve it as text/html."
            return FileResult(path: name, diagnostics: [Diagnostic.documentProblem(notWellFormedRule, source, ByteRange(offset, offset), message)])
        }
        let tags = scriptTagOffsets(bytes)
        let facts = Array(UnsafeBufferPointer(start: r.scripts, count: r.count))
        var scripts: [ScriptElement] = []
        for (k, (offset, fact)) in zip(tags, facts).enumerated() {
            guard let tag = startTag(bytes, at: offset) else { continue }
            let placement: Placement = fact.in_head != 0 ? .head : .body
            var s = ScriptElement.model(tag, isSVG: fact.namespace_kind == 1, inert: fact.namespace_kind == 2 ? .mathml : nil,
                                        placement: placement, index: k)
            s.atEndOfBody = fact.at_end_of_body != 0
            scripts.append(s)
        }
        let document = ScriptDocument(source: source, scripts: scripts, links: [], comments: [], baseHref: nil)
        // `--fix` edits HTML, not XML: fixes are offered as suggestions.
        var result = FileResult(path: name, diagnostics: linter.lint(document).map(\.fixAsSuggestion))
        if summarize { result.summary = PageSummary(document) }
        if keepPage { result.page = PageModel.make(document, diagnostics: result.diagnostics) }
        return result
    }

    /// Offsets of every `<script` start tag (any namespace prefix), outside comments, CDATA sections
    /// and processing instructions. In well-formed XML no `<` stands unescaped in text or in an
    /// attribute value, so these are exactly the script elements, in document order.
    static func scriptTagOffsets(_ b: [UInt8]) -> [Int] {
        var out: [Int] = []
        var i = 0
        func skip(to end: [UInt8], from: Int) -> Int {
            var k = from
            while k + end.count <= b.count {
                if b[k] == end[0] && Array(b[k..<(k + end.count)]) == end { return k + end.count }
                k += 1
            }
            return b.count
        }
        while i < b.count {
            guard b[i] == 0x3C else { i += 1; continue }
            if b[i...].starts(with: "<!--".utf8) { i = skip(to: Array("-->".utf8), from: i + 4); continue }
            if b[i...].starts(with: "<![CDATA[".utf8) { i = skip(to: Array("]]>".utf8), from: i + 9); continue }
            if b[i...].starts(with: "<?".utf8) { i = skip(to: Array("?>".utf8), from: i + 2); continue }
            var k = i + 1
            var nameStart = k
            while k < b.count, b[k] != 0x20, b[k] != 0x09, b[k] != 0x0A, b[k] != 0x0D, b[k] != 0x2F, b[k] != 0x3E {
                if b[k] == 0x3A { nameStart = k + 1 }
                k += 1
            }
            if k - nameStart == 6, b[nameStart..<k].elementsEqual("script".utf8) { out.append(i) }
            i += 1
        }
        return out
    }

    /// The start tag at `offset`, read by scriptlint's tokenizer, with its ranges in the file.
    static func startTag(_ b: [UInt8], at offset: Int) -> StartTag? {
        var k = offset + 1
        var quote: UInt8 = 0
        while k < b.count {
            let c = b[k]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { break }
            k += 1
        }
        guard k < b.count else { return nil }
        var bytes = Array(b[offset...k])
        // A prefixed name (`<h:script`) is read without its prefix.
        var removed = 0
        if let colon = bytes.prefix(while: { $0 != 0x20 && $0 != 0x3E && $0 != 0x2F }).firstIndex(of: 0x3A) {
            removed = colon
            bytes = [0x3C] + bytes[(colon + 1)...]
        }
        guard let script = HTMLParser.parse(SourceText(bytes: bytes, encoding: .utf8, bomLength: 0)).scripts.first else { return nil }
        var tag = script.tag.shifted(by: offset + removed)
        tag.range = ByteRange(offset, tag.range.end)
        return tag
    }
}
