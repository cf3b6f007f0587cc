/// Rails' script helpers in ERB (`<%= javascript_include_tag "application", defer: true %>`,
/// `javascript_pack_tag`, `javascript_importmap_tags`): a masker in front of the tokenizer writes
/// the `<script>` elements the helper prints where the construct stands, so that the parser places
/// them as a browser would; the annotator then gives each the helper's attributes and the call as
/// its position.
enum RailsHelpers {
    /// One script a helper call prints.
    struct Script {
        var src: String?
        /// Attributes the options give (`defer`, `async`, `type`, `data-…`), `nil` value for a boolean.
        var attributes: [(name: String, value: String?)]
        /// An option that decides loading is not a literal (`defer: @lazy`).
        var unknownLoading: Bool
    }

    /// A helper call in one output construct.
    struct Call {
        var helper: String
        var construct: ByteRange
        var scripts: [Script]
        /// Where an option would be appended (after the last argument), and the options written.
        var lastArgumentEnd: Int
        var options: [String: (value: RubyValue, range: ByteRange)]
    }

    enum RubyValue: Equatable {
        case string(String), symbol(String), bool(Bool), null, other
    }

    static let helpers: Set<String> = ["javascript_include_tag", "javascript_pack_tag", "javascript_packs_with_chunks_tag", "javascript_importmap_tags"]
    /// Options that are not attributes of the tag.
    private static let notAttributes: Set<String> = ["skip_pipeline", "extname", "host", "protocol", "nopush", "early_hints", "integrity"]

    /// The masker the ERB dialect runs in front of the tokenizer.
    static let masker: TemplateHelperMasker = { scan, bytes, _ in
        let calls = mask(&scan, bytes)
        return { annotate(&$0, calls: calls) }
    }

    /// Rewrites the masked bytes of every helper call in a text position into its `<script>`
    /// elements (when they fit in the construct's bytes), and returns the calls.
    static func mask(_ scan: inout TemplateScan, _ bytes: [UInt8]) -> [Call] {
        var calls: [Call] = []
        var rewritten = Set<Int>()
        for c in scan.constructs where c.kind == .output && c.context == .text {
            guard let call = read(bytes, c.range, inner: c.inner) else { continue }
            let synthetic = Array(String(repeating: "<script></script>", count: call.scripts.count).utf8)
            guard synthetic.count <= c.range.end - c.range.start else { continue }
            for (k, byte) in synthetic.enumerated() { scan.masked[c.range.start + k] = byte }
            rewritten.insert(c.range.start)
            calls.append(call)
        }
        // What a helper prints is script elements, not text after the scripts before it.
        scan.textOutputs.removeAll { rewritten.contains($0) }
        return calls
    }

    /// The helper call an ERB output construct makes, if it is one of `helpers`.
    static func read(_ b: [UInt8], _ construct: ByteRange, inner: ByteRange) -> Call? {
        // `<%=` … `-%>`/`%>`; `inner` is empty when the construct is never closed.
        var i = inner.start
        var end = inner.end
        if end > i && b[end - 1] == 0x2D { end -= 1 }
        while i < end && isHTMLSpace(b[i]) { i += 1 }
        let nameStart = i
        while i < end && (isASCIIAlpha(b[i]) || b[i] == 0x5F) { i += 1 }
        let helper = String(decoding: b[nameStart..<i], as: UTF8.self)
        guard helpers.contains(helper) else { return nil }
        var parens = false
        if i < end && b[i] == 0x28 { parens = true; i += 1 }
        else { guard i == end || isHTMLSpace(b[i]) else { return nil } }
        var reader = RubyArguments(b: b, i: i, end: end)
        guard let args = reader.read(closing: parens) else { return nil }
        var sources: [(value: RubyValue, text: String)] = []
        var options: [String: (value: RubyValue, range: ByteRange)] = [:]
        for a in args {
            if let key = a.key { options[key] = (a.value, a.valueRange) } else {
                sources.append((a.value, String(decoding: b[a.valueRange.start..<a.valueRange.end], as: UTF8.self)))
            }
        }
        var attributes: [(String, String?)] = []
        var unknown = false
        for (key, option) in options.sorted(by: { $0.key < $1.key }) where !notAttributes.contains(key) {
            switch option.value {
            case .bool(false), .null: continue
            case .bool(true): attributes.append((key, nil))
            case .string(let s), .symbol(let s): attributes.append((key, s))
            case .other:
                if key == "defer" || key == "async" || key == "type" { unknown = true } else { attributes.append((key, "")) }
            }
        }
        let scripts: [Script]
        switch helper {
        case "javascript_importmap_tags":
            // An import map, then `import "application"` as an inline module.
            scripts = [Script(src: nil, attributes: [("type", "importmap")], unknownLoading: false),
                       Script(src: nil, attributes: [("type", "module")], unknownLoading: false)]
        default:
            // Shakapacker 6+ defaults to `defer: true`, Webpacker 5 to none: not known unless written.
            let packDefault = helper != "javascript_include_tag" && options["defer"] == nil
            scripts = sources.map { s -> Script in
                switch s.value {
                case .string(let v), .symbol(let v): return Script(src: v, attributes: attributes, unknownLoading: unknown || packDefault)
                // An expression (`"#{x}"`, `@file`): a file, which one is not known.
                default: return Script(src: s.text, attributes: attributes, unknownLoading: unknown || packDefault)
                }
            }
        }
        guard !scripts.isEmpty else { return nil }
        return Call(helper: helper, construct: construct, scripts: scripts, lastArgumentEnd: args.last?.range.end ?? reader.i, options: options)
    }

    /// Turns the elements the masker wrote into the helper's scripts, in place.
    static func annotate(_ document: inout ScriptDocument, calls: [Call]) {
        guard !calls.isEmpty else { return }
        var k = 0
        for call in calls {
            // The masked elements of this call, in order.
            while k < document.scripts.count && document.scripts[k].tag.range.start < call.construct.start { k += 1 }
            for script in call.scripts {
                guard k < document.scripts.count, document.scripts[k].tag.range.start < call.construct.end else { break }
                let parsed = document.scripts[k]
                let r = call.construct
                var attributes: [Attribute] = []
                if let src = script.src { attributes.append(Attribute(name: "src", value: src, range: r, valueRange: nil, leadingSpaceStart: r.start)) }
                for a in script.attributes where a.name != "src" {
                    attributes.append(Attribute(name: a.name, value: a.value, range: r, valueRange: nil, leadingSpaceStart: r.start))
                }
                var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: r, selfClosing: false),
                                           isSVG: false, inert: parsed.inert, placement: parsed.placement, index: parsed.index)
                s.atEndOfBody = parsed.atEndOfBody
                var api = APIFacts(platform: .rails, call: call.helper, handle: script.src, why: "`\(call.helper)`")
                api.unknownLoading = script.unknownLoading
                if call.helper != "javascript_importmap_tags" {
                    for name in ["defer", "async"] {
                        if let written = call.options[name] {
                            api.additions[name] = [Edit(range: written.range, replacement: "true")]
                        } else {
                            api.additions[name] = [Edit(range: ByteRange(call.lastArgumentEnd, call.lastArgumentEnd), replacement: ", \(name): true")]
                        }
                    }
                }
                s.api = api
                document.scripts[k] = s
                k += 1
            }
        }
    }
}

/// Ruby call arguments, as far as helper calls write them: string literals (without `#{}`),
/// symbols, `true`/`false`/`nil`, and options as `key: v`, `"key": v`, `:key => v`, `"key" => v`.
struct RubyArguments {
    let b: [UInt8]
    var i: Int
    let end: Int

    struct Argument {
        var key: String?
        var value: RailsHelpers.RubyValue
        var valueRange: ByteRange
        var range: ByteRange
    }

    private mutating func skipSpace() { while i < end && isHTMLSpace(b[i]) { i += 1 } }

    mutating func read(closing parens: Bool) -> [Argument]? {
        var out: [Argument] = []
        while true {
            skipSpace()
            if i >= end { return parens ? nil : out }
            if parens && b[i] == 0x29 { i += 1; return out }
            let start = i
            var key: String?
            // `key:` / `"key":` / `:key =>` / `"key" =>`
            let save = i
            if let (k, _) = symbolOrString() {
                if b[save] != 0x3A, i < end, b[i] == 0x3A, i + 1 >= end || b[i + 1] != 0x3A {
                    key = k
                    i += 1
                } else if peekArrow() {
                    key = k
                } else {
                    i = save
                }
            } else {
                i = save
            }
            skipSpace()
            let valueStart = i
            let value = self.value()
            let valueRange = ByteRange(valueStart, i)
            out.append(Argument(key: key, value: value, valueRange: valueRange, range: ByteRange(start, i)))
            skipSpace()
            if i < end && b[i] == 0x2C { i += 1; continue }
            if parens && i < end && b[i] == 0x29 { i += 1; return out }
            if i >= end { return parens ? nil : out }
            return nil
        }
    }

    /// After a key: `=>`, consumed.
    private mutating func peekArrow() -> Bool {
        skipSpace()
        guard i + 1 < end, b[i] == 0x3D, b[i + 1] == 0x3E else { return false }
        i += 2
        return true
    }

    /// `:sym`, `'s'`, `"s"` or a bare word (for `key:`); with whether it was quoted.
    private mutating func symbolOrString() -> (String, Bool)? {
        guard i < end else { return nil }
        if b[i] == 0x3A {
            i += 1
            if i < end && (b[i] == 0x22 || b[i] == 0x27) { return quoted().map { ($0, true) } }
            return word().map { ($0, false) }
        }
        if b[i] == 0x22 || b[i] == 0x27 { return quoted().map { ($0, true) } }
        return word().map { ($0, false) }
    }

    private mutating func word() -> String? {
        let s = i
        while i < end && (isASCIIWordByte(b[i]) || b[i] == 0x2D && i > s) { i += 1 }
        return i > s ? String(decoding: b[s..<i], as: UTF8.self) : nil
    }

    /// A quoted string; `nil` when it interpolates (`"#{x}"`) or is not closed.
    private mutating func quoted() -> String? {
        let q = b[i]
        i += 1
        var out: [UInt8] = []
        var interpolates = false
        while i < end && b[i] != q {
            if b[i] == 0x5C && i + 1 < end { out.append(b[i + 1]); i += 2; continue }
            if q == 0x22 && b[i] == 0x23 && i + 1 < end && b[i + 1] == 0x7B { interpolates = true }
            out.append(b[i])
            i += 1
        }
        guard i < end else { return nil }
        i += 1
        return interpolates ? nil : String(decoding: out, as: UTF8.self)
    }

    /// A value up to the next top-level `,` or the closing `)`.
    private mutating func value() -> RailsHelpers.RubyValue {
        let s = i
        if i < end && (b[i] == 0x22 || b[i] == 0x27), let v = quoted() {
            if atValueEnd() { return .string(v) }
        }
        i = s
        if i < end && b[i] == 0x3A, i + 1 < end, b[i + 1] != 0x3A {
            i += 1
            if let w = word(), atValueEnd() { return .symbol(w) }
        }
        i = s
        if let w = word(), atValueEnd() {
            switch w {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "nil": return .null
            default: break
            }
        }
        // Anything else: skip to the end of the expression.
        i = s
        var depth = 0
        while i < end {
            let c = b[i]
            if c == 0x22 || c == 0x27 { _ = quoted(); continue }
            if c == 0x28 || c == 0x5B || c == 0x7B { depth += 1 } else if c == 0x29 || c == 0x5D || c == 0x7D {
                if depth == 0 { break }
                depth -= 1
            } else if c == 0x2C && depth == 0 { break }
            i += 1
        }
        while i > s && isHTMLSpace(b[i - 1]) { i -= 1 }
        return .other
    }

    private mutating func atValueEnd() -> Bool {
        var k = i
        while k < end && isHTMLSpace(b[k]) { k += 1 }
        return k >= end || b[k] == 0x2C || b[k] == 0x29
    }
}

/// `content_for :head do … end` in a view, rendered where the run's layouts `yield :head` (or
/// print `content_for(:head)`): the view's scripts there take that place.
enum RailsLayouts {
    /// The spans of `<% content_for :name do %> … <% end %>` in a view, by name.
    static func contentForSpans(_ b: [UInt8], _ scan: TemplateScan) -> [(name: String, body: ByteRange, open: ByteRange)] {
        var out: [(String, ByteRange, ByteRange)] = []
        var stack: [(name: String?, open: ByteRange)] = []
        for c in scan.constructs where c.kind != .comment {
            let code = rubyCode(b, c.inner)
            let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "(" || $0 == ")" || $0 == "," })
            guard let first = words.first else { continue }
            if first == "end" || first == "}" {
                if let top = stack.popLast(), let name = top.name { out.append((name, ByteRange(top.open.end, c.range.start), top.open)) }
                continue
            }
            let opensBlock = words.last == "do" || words.last?.hasPrefix("|") == true && words.contains("do")
                || (c.kind == .control && ["if", "unless", "case", "while", "until", "begin", "for"].contains(String(first)))
            guard opensBlock else { continue }
            var name: String?
            if (first == "content_for" || first == "provide"), words.count > 1, words[1].hasPrefix(":") {
                name = String(words[1].dropFirst())
            }
            stack.append((name, c.range))
        }
        return out
    }

    /// The names a layout yields and where (`yield :head`, `yield(:head)`, `content_for :head`, `content_for?(:head)` excluded).
    static func yields(_ b: [UInt8], _ scan: TemplateScan) -> [(name: String, range: ByteRange)] {
        scan.constructs.compactMap { c in
            guard c.kind == .output else { return nil }
            let words = rubyCode(b, c.inner).split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
            // A bare `yield` renders the view itself (named "" here).
            if words == ["yield"] { return ("", c.range) }
            guard words.count >= 2, words[0] == "yield" || words[0] == "content_for", words[1].hasPrefix(":") else { return nil }
            return (String(words[1].dropFirst()), c.range)
        }
    }

    private static func rubyCode(_ b: [UInt8], _ r: ByteRange) -> String {
        var s = r.start, e = r.end
        while s < e && (b[s] == 0x3D || b[s] == 0x2D || b[s] == 0x23) { s += 1 }
        if e > s && b[e - 1] == 0x2D { e -= 1 }
        return String(decoding: b[s..<e], as: UTF8.self).trimmingASCIIWhitespace()
    }

    /// Places the scripts of a view (a template under `views/`, not a layout or a `_partial`):
    /// those in `content_for` blocks where the run's layouts yield that name, the rest where they
    /// `yield` the view itself.
    static func place(_ document: inout ScriptDocument, path: String?, resolver: TemplateResolver) {
        guard let path, path.contains("/views/"), !path.contains("/layouts/"), !PathCodec.fileName(path).hasPrefix("_"),
              !document.scripts.isEmpty, !TemplateDialect.hasPageStructure(document.source.bytes) else { return }
        let b = document.source.bytes
        let scan = TemplateMasker.scan(b, dialect: .erb, start: document.source.bomLength)
        let spans = contentForSpans(b, scan)
        let layouts = resolver.run.withLock { $0.files }.filter { $0.contains("/layouts/") && $0.hasSuffix(".erb") }
        var placements: [String: [(Placement, Bool, String)]] = [:]
        for layout in layouts {
            guard let bytes = try? FileSystem.read(layout), WordPress.contains(bytes, "yield") || WordPress.contains(bytes, "content_for") else { continue }
            let source = SourceText(fileBytes: bytes)
            let ls = TemplateMasker.scan(source.bytes, dialect: .erb, start: source.bomLength)
            let ys = yields(source.bytes, ls).filter { y in y.name.isEmpty || spans.contains { $0.name == y.name } }
            guard !ys.isEmpty else { continue }
            let markers = ys.enumerated().flatMap { k, y in [(y.range.start, "open:\(k)"), (y.range.end, "close:\(k)")] }
            let (opens, closes) = TemplateResolver.markerPlacements(ls.masked, markers, source: source)
            for (k, y) in ys.enumerated() {
                guard let p = opens["\(k)"] else { continue }
                placements[y.name, default: []].append((p, closes["\(k)"] == true, layout))
            }
        }
        for k in document.scripts.indices {
            let start = document.scripts[k].tag.range.start
            let span = spans.last(where: { $0.body.start <= start && start < $0.body.end })
            let name = span?.name ?? ""
            guard let found = placements[name], let first = found.first else { continue }
            var s = document.scripts[k]
            if s.template == nil { s.template = TemplateFacts(dialect: .erb) }
            let what = name.isEmpty ? "the view" : "`content_for :\(name)`"
            guard found.allSatisfy({ $0.0 == first.0 }) else {
                s.placement = .unknown
                s.template?.placementReason = "\(what) is yielded at different places by \(found.count) layouts"
                document.scripts[k] = s
                continue
            }
            if name.isEmpty {
                // In the view's own flow: at the end of body when nothing follows it in the view and
                // the layout's `yield` ends the body.
                s.atEndOfBody = s.atEndOfBody && found.allSatisfy { $0.1 }
            } else {
                // Whatever else the view and other calls add to the same place is not known.
                s.atEndOfBody = false
                s.template?.endOfBodyUnknown = first.0 != .head
            }
            s.placement = first.0
            s.template?.placementReason = "\(what), yielded in \(first.0 == .head ? "<head>" : "<body>") by \(first.2)"
            document.scripts[k] = s
        }
    }
}
