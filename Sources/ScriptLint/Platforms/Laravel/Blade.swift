/// Laravel's Blade: scripts a view pushes (`@push('scripts') … @endpush`, `@prepend`, `@pushOnce`)
/// are printed where the run's layouts write `@stack('scripts')`, and a `@section('name')` where
/// they `@yield('name')`. Blade files are read in the `php` dialect; these directives are text to it.
enum BladeStacks {
    /// `@directive('name')` occurrences: (directive, name, range).
    static func directives(_ b: [UInt8]) -> [(directive: String, name: String?, range: ByteRange)] {
        var out: [(String, String?, ByteRange)] = []
        var i = 0
        while let at = b[i...].firstIndex(of: 0x40) {
            i = at + 1
            // `@@push` is an escaped `@push`; an email address is not a directive.
            if at > 0 && (b[at - 1] == 0x40 || isASCIIAlpha(b[at - 1]) || (b[at - 1] >= 0x30 && b[at - 1] <= 0x39)) { continue }
            var k = at + 1
            while k < b.count && isASCIIAlpha(b[k]) { k += 1 }
            let word = String(decoding: b[(at + 1)..<k], as: UTF8.self)
            guard !word.isEmpty else { continue }
            var name: String?
            var end = k
            if k < b.count && b[k] == 0x28 {
                var j = k + 1
                while j < b.count && isHTMLSpace(b[j]) { j += 1 }
                if j < b.count && (b[j] == 0x27 || b[j] == 0x22) {
                    let q = b[j]
                    if let close = b[(j + 1)...].firstIndex(of: q) {
                        name = String(decoding: b[(j + 1)..<close], as: UTF8.self)
                        end = close + 1
                    }
                }
                if let paren = b[end...].firstIndex(of: 0x29), paren - end < 200 { end = paren + 1 }
            }
            out.append((word, name, ByteRange(at, end)))
            i = end
        }
        return out
    }

    /// `{{ … }}`, `{!! … !!}` and `{{-- … --}}`.
    static func echoes(_ b: [UInt8]) -> [ByteRange] {
        var out: [ByteRange] = []
        var i = 0
        while let at = b[i...].firstIndex(of: 0x7B) {
            guard at + 1 < b.count else { break }
            let raw = b[at + 1] == 0x21 && at + 2 < b.count && b[at + 2] == 0x21
            guard b[at + 1] == 0x7B || raw else { i = at + 1; continue }
            let close: [UInt8] = raw ? [0x21, 0x21, 0x7D] : [0x7D, 0x7D]
            var k = at + 2
            var found: Int?
            while k + close.count <= b.count {
                if b[k] == close[0] && Array(b[k..<k + close.count]) == close { found = k + close.count; break }
                k += 1
            }
            guard let end = found else { break }
            out.append(ByteRange(at, end))
            i = end
        }
        return out
    }

    private static func blank(_ masked: inout [UInt8], _ r: ByteRange) {
        for k in r.start..<min(r.end, masked.count) where masked[k] != 0x0A && masked[k] != 0x0D { masked[k] = 0x20 }
    }

    private struct LayoutMarks: Sendable { var entries: [(key: String, placement: Placement, closes: Bool)] }

    /// Where a layout prints each stack and section (`stack:name`, `yield:name`), read once per run.
    private static func marks(_ layout: String, options: TemplateOptions) -> [(key: String, placement: Placement, closes: Bool)] {
        guard let bytes = try? FileSystem.read(layout), contains(bytes, "@stack") || contains(bytes, "@yield") else { return [] }
        let source = SourceText(fileBytes: bytes)
        var scan = TemplateMasker.scan(source.bytes, dialect: .php, start: source.bomLength, options: options)
        guard scan.hasPageStructure else { return [] }
        let all = directives(source.bytes)
        let marks = all.filter { ($0.directive == "stack" || $0.directive == "yield") && $0.name != nil }
        guard !marks.isEmpty else { return [] }
        // Directives and echoes are Blade's constructs: they print nothing the parser should see as text.
        for d in all { blank(&scan.masked, d.range) }
        for r in echoes(source.bytes) { blank(&scan.masked, r) }
        let markers = marks.enumerated().flatMap { k, m in [(m.range.start, "open:\(k)"), (m.range.end, "close:\(k)")] }
        let (opens, closes) = TemplateResolver.markerPlacements(scan.masked, markers, source: source)
        var out: [(key: String, placement: Placement, closes: Bool)] = []
        for (k, m) in marks.enumerated() {
            guard let p = opens["\(k)"] else { continue }
            out.append(("\(m.directive == "stack" ? "stack" : "yield"):\(m.name!)", p, closes["\(k)"] == true))
        }
        return out
    }

    static func place(_ document: inout ScriptDocument, path: String?, run: RunIndex) {
        guard let path, LaravelPlatform.isBlade(path), !document.scripts.isEmpty else { return }
        let b = document.source.bytes
        guard contains(b, "@push") || contains(b, "@prepend") || contains(b, "@section") else { return }
        // Spans of pushed and section content.
        var spans: [(kind: String, name: String, body: ByteRange)] = []
        var open: [(kind: String, name: String, start: Int)] = []
        for d in directives(b) {
            switch d.directive {
            case "push", "prepend", "pushOnce", "prependOnce", "pushIf":
                if let name = d.name { open.append(("stack", name, d.range.end)) }
            case "section":
                // `@section('title', 'Text')` has no body.
                if let name = d.name, !String(decoding: b[d.range.start..<d.range.end], as: UTF8.self).contains(",") { open.append(("yield", name, d.range.end)) }
            case "endpush", "endprepend", "endPushOnce", "endPrependOnce", "endPushIf", "endsection", "stop", "show", "endSection":
                if let top = open.popLast() { spans.append((top.kind, top.name, ByteRange(top.start, d.range.start))) }
            default: break
            }
        }
        guard !spans.isEmpty else { return }
        var placements: [String: [(Placement, Bool, String)]] = [:]
        for layout in run.fileList where LaravelPlatform.isBlade(layout) && layout != path {
            let marks = run.shared("laravel.layout:" + layout) { LayoutMarks(entries: Self.marks(layout, options: run.resolver.options)) }
            for m in marks.entries { placements[m.key, default: []].append((m.placement, m.closes, layout)) }
        }
        for k in document.scripts.indices {
            let start = document.scripts[k].tag.range.start
            guard let span = spans.filter({ $0.body.start <= start && start < $0.body.end }).min(by: { $0.body.end - $0.body.start < $1.body.end - $1.body.start }),
                  let found = placements["\(span.kind):\(span.name)"], let first = found.first else { continue }
            var s = document.scripts[k]
            if s.template == nil { s.template = TemplateFacts(dialect: .php) }
            let what = span.kind == "stack" ? "`@push('\(span.name)')`" : "`@section('\(span.name)')`"
            guard found.allSatisfy({ $0.0 == first.0 }) else {
                s.placement = .unknown
                s.template?.placementReason = "\(what) is printed at different places by \(found.count) layouts"
                document.scripts[k] = s
                continue
            }
            s.placement = first.0
            s.atEndOfBody = false
            s.template?.endOfBodyUnknown = first.0 != .head
            let by = Configuration.relative(first.2, toFolderPrefix: Configuration.folderPrefix("."))
            s.template?.placementReason = "\(what), printed in \(first.0 == .head ? "<head>" : "<body>") by \(by)"
            document.scripts[k] = s
        }
    }
}
