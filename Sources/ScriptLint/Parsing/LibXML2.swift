import CLibXML2

/// The one place scriptlint talks to libxml2: its character-encoding converters (iconv-backed, so
/// every legacy label a browser knows).
///
/// scriptlint does not use libxml2's HTML tree or SAX events for structure: libxml2 2.9 tokenizes
/// HTML4-style (see docs/browser-model.md), so the browser-accurate `Tokenizer` and
/// `TreeBuilder` decide where every script lands.
enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Decodes `bytes` from the encoding called `label` into a Swift string, one U+FFFD per
    /// undecodable byte (as browsers do); `nil` when libxml2 has no converter for the label.
    static func decode<C: Collection>(_ bytes: C, label: String) -> String? where C.Element == UInt8 {
        _ = initialized
        // libxml2 reports an undecodable byte on stderr unless this thread has a handler: the
        // replacement character below is the report.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let handler = label.withCString({ xmlFindCharEncodingHandler($0) }) else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        let input = Array(bytes)
        let inBuf = xmlBufferCreate()!
        let out = xmlBufferCreate()!
        defer { xmlBufferFree(inBuf); xmlBufferFree(out) }
        input.withUnsafeBufferPointer { p in
            if let base = p.baseAddress { _ = xmlBufferAdd(inBuf, base, Int32(p.count)) }
        }
        var result = ""
        func flush() {
            let produced = Int(xmlBufferLength(out))
            if produced > 0, let content = xmlBufferContent(out) {
                result += String(decoding: UnsafeBufferPointer(start: content, count: produced), as: UTF8.self)
            }
            xmlBufferEmpty(out)
        }
        while xmlBufferLength(inBuf) > 0 {
            let before = xmlBufferLength(inBuf)
            let status = xmlCharEncInFunc(handler, out, inBuf)
            flush()
            let after = xmlBufferLength(inBuf)
            if after == 0 { break }
            if status == -2 || after == before {
                // An undecodable (or truncated) byte: one replacement character, then go on after it.
                result.unicodeScalars.append("\u{FFFD}")
                _ = xmlBufferShrink(inBuf, 1)
            }
        }
        return result
    }
}
