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
            // As many elements as fit (`<%= javascript_importmap_tags %>` holds one of its two):
            // the annotator adds the others after the last one written.
            let fit = min(call.scripts.count, (c.range.end - c.range.start) / 17)
            guard fit >= 1 else { continue }
            let synthetic = Array(String(repeating: "<script></script>", count: fit).utf8)
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
            var previous: ScriptElement?
            for script in call.scripts {
                let parsed: ScriptElement
                if k < document.scripts.count, document.scripts[k].tag.range.start < call.construct.end {
                    parsed = document.scripts[k]
                } else if let previous {
                    // Not written by the masker (it did not fit): placed where the one before it is.
                    parsed = previous
                    document.scripts.insert(previous, at: k)
                    for later in document.scripts.indices where later > k { document.scripts[later].index += 1 }
                    document.scripts[k].index = previous.index + 1
                } else {
                    break
                }
                previous = document.scripts[k]
                let r = call.construct
                var attributes: [Attribute] = []
                if let src = script.src { attributes.append(Attribute(name: "src", value: src, range: r, valueRange: nil, leadingSpaceStart: r.start)) }
                for a in script.attributes where a.name != "src" {
                    attributes.append(Attribute(name: a.name, value: a.value, range: r, valueRange: nil, leadingSpaceStart: r.start))
                }
                var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: r, selfClosing: false),
                                           isSVG: false, inert: parsed.inert, placement: parsed.placement, index: document.scripts[k].index)
                s.atEndOfBody = parsed.atEndOfBody
                // A script without src that a helper prints has content (the import map's JSON,
                // `import "application"`), which the masked element cannot show.
                if script.src == nil { s.isInline = true }
                var api = APIFacts(platform: .rails, call: call.helper, handle: script.src, why: "`\(call.helper)`")
                api.unknownLoading = script.unknownLoading
                api.printedInPlace = true
                // Printed where the construct stands: the template's branches and segments are its own.
                s.template = parsed.template
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
