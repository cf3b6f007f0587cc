/// What a report that draws a page needs of it, kept after the page itself is gone: how each script
/// loads, in document order, where each script-blocking style sheet stands, and the source lines
/// around each finding (bounded, however long the lines).
public struct PageModel: Sendable {
    /// How a script loads and runs, as the timeline draws it.
    public enum Loading: String, Sendable, CaseIterable {
        /// External classic script without `async`/`defer`: the parser waits for it.
        case blocking
        case async
        case deferred
        /// External module (deferred by default).
        case module
        case moduleAsync
        /// Inline classic script: runs at once (after pending script-blocking style sheets).
        case inline
        /// Inline module: runs after parsing, like a deferred script.
        case inlineModule
        /// Import maps, speculation rules and data blocks: read, never run.
        case data
        /// Never runs: inert (`<template>`, `<noscript>`), unterminated, an empty `src`.
        case inert
    }

    public struct Script: Sendable {
        /// File offsets of the start tag.
        public var start: Int
        public var end: Int
        public var line: Int
        public var column: Int
        /// The `src` as written (template text included), or `nil` for an inline script.
        public var src: String?
        public var loading: Loading
        public var placement: Placement
        public var atEndOfBody: Bool
    }

    /// One source line of an excerpt: the text before the highlighted tag, the tag, the rest.
    public struct Line: Sendable {
        public var number: Int
        public var before: String
        public var marked: String
        public var after: String
    }

    public var byteCount: Int
    public var scripts: [Script]
    /// File offsets of the style sheets that hold back scripts after them.
    public var stylesheets: [Int]
    /// For each diagnostic, in order: the lines around it, the tag highlighted.
    public var excerpts: [[Line]]
    public var dialect: TemplateDialect?

    /// Characters kept on a long line before and after the highlighted part, and of the part.
    static let context = 80, markLimit = 400, lineLimit = 160

    public static func make(_ document: ScriptDocument, diagnostics: [Diagnostic]) -> PageModel {
        let source = document.source
        let scripts = document.scripts.map { s -> Script in
            let start = source.position(of: s.tag.range.start)
            return Script(start: source.fileOffset(s.tag.range.start), end: source.fileOffset(s.tag.range.end),
                          line: start.line, column: start.column, src: s.isExternal ? s.src : nil,
                          loading: loading(of: s), placement: s.placement, atEndOfBody: s.atEndOfBody)
        }
        let sheets = document.links.filter { $0.role == .stylesheet && $0.blocksScripts && !$0.inert }.map { source.fileOffset($0.tag.range.start) }
        let excerpts = diagnostics.map { excerpt(source, scanRange: ByteRange(source.scanOffset($0.byteRange.start), source.scanOffset($0.byteRange.end))) }
        return PageModel(byteCount: source.bytes.count, scripts: scripts, stylesheets: sheets, excerpts: excerpts, dialect: document.dialect)
    }

    static func loading(of s: ScriptElement) -> Loading {
        guard s.mayRun else { return .inert }
        switch s.kind {
        case .data, .importmap, .speculationrules: return .data
        case .module: return s.isExternal ? (s.tag.has("async") ? .moduleAsync : .module) : (s.tag.has("async") ? .moduleAsync : .inlineModule)
        case .classic:
            if s.isInline { return .inline }
            if s.isSVG { return .blocking }
            if s.tag.has("async") { return .async }
            return s.tag.has("defer") ? .deferred : .blocking
        }
    }

    /// Two lines before the range, its lines, two after; long lines cut around the range.
    static func excerpt(_ source: SourceText, scanRange r: ByteRange) -> [Line] {
        let starts = source.lineStarts
        guard !source.bytes.isEmpty, r.start <= source.bytes.count else { return [] }
        let first = source.line(of: r.start), last = source.line(of: max(r.start, r.end - 1))
        var lines: [Line] = []
        for number in max(1, first - 2)...min(starts.count, min(last, first + 6) + 2) {
            let lineStart = number == 1 ? source.bomLength : starts[number - 1]
            var lineEnd = number < starts.count ? starts[number] : source.bytes.count
            while lineEnd > lineStart && (source.bytes[lineEnd - 1] == 0x0A || source.bytes[lineEnd - 1] == 0x0D) { lineEnd -= 1 }
            let ms = min(max(r.start, lineStart), lineEnd), me = min(max(r.end, lineStart), lineEnd)
            // Only the bytes that can be shown are decoded (a minified page is one long line with
            // thousands of findings): at most 4 bytes per character kept, cut at a character boundary.
            let bytes = source.bytes
            func boundary(_ k: Int) -> Int {
                var k = min(max(k, lineStart), lineEnd)
                while k > lineStart && k < lineEnd && bytes[k] & 0xC0 == 0x80 { k -= 1 }
                return k
            }
            func scalars(_ s: String) -> Int { s.unicodeScalars.count }
            func prefix(_ s: String, _ n: Int) -> String { String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))) }
            func suffix(_ s: String, _ n: Int) -> String { String(String.UnicodeScalarView(s.unicodeScalars.suffix(n))) }
            var before: String, marked = "", after = ""
            if ms == me && (r.start > lineEnd || r.end <= lineStart || r.start == r.end && ms != r.start) {
                // A context line: its beginning.
                let cut = boundary(lineStart + 4 * lineLimit + 4)
                before = source.text(ByteRange(lineStart, cut))
                if scalars(before) > lineLimit || cut < lineEnd { before = prefix(before, lineLimit) + "…" }
            } else {
                let from = boundary(ms - 4 * context - 4)
                before = source.text(ByteRange(from, ms))
                if scalars(before) > context || from > lineStart { before = "…" + suffix(before, context) }
                let markEnd = boundary(min(me, ms + 4 * markLimit + 4))
                marked = source.text(ByteRange(ms, markEnd))
                if scalars(marked) > markLimit || markEnd < me { marked = prefix(marked, markLimit) + "…" }
                let to = boundary(me + 4 * context + 4)
                after = source.text(ByteRange(me, to))
                if scalars(after) > context || to < lineEnd { after = prefix(after, context) + "…" }
            }
            lines.append(Line(number: number, before: before, marked: marked, after: after))
        }
        return lines
    }
}
