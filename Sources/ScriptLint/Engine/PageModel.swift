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
            var before = source.text(ByteRange(lineStart, ms))
            var marked = source.text(ByteRange(ms, me))
            var after = source.text(ByteRange(me, lineEnd))
            if marked.isEmpty {
                if before.unicodeScalars.count > lineLimit { before = String(String.UnicodeScalarView(before.unicodeScalars.prefix(lineLimit))) + "…"; after = "" }
                else if (before + after).unicodeScalars.count > lineLimit {
                    after = String(String.UnicodeScalarView(after.unicodeScalars.prefix(max(0, lineLimit - before.unicodeScalars.count)))) + "…"
                }
            } else {
                if before.unicodeScalars.count > context { before = "…" + String(String.UnicodeScalarView(before.unicodeScalars.suffix(context))) }
                if marked.unicodeScalars.count > markLimit { marked = String(String.UnicodeScalarView(marked.unicodeScalars.prefix(markLimit))) + "…" }
                if after.unicodeScalars.count > context { after = String(String.UnicodeScalarView(after.unicodeScalars.prefix(context))) + "…" }
            }
            lines.append(Line(number: number, before: before, marked: marked, after: after))
        }
        return lines
    }
}
