/// Django's form media: `class Media: js = (…)` on forms, widgets and `ModelAdmin`s, and
/// `forms.Media(js=[…])`, printed by templates through `{{ form.media }}`, `{{ media }}` or
/// `{{ form.media.js }}` as plain `<script src>` tags (Django 5.2's `forms.Script` and 4.1+
/// objects with attributes aside). A media script's placement is where the run's templates print
/// media: the one place they all agree on, else unknown.
struct DjangoPlatform: Platform {
    static let id = APIFacts.Platform.django
    static let fileKinds = [FileKind(".py", .platformSource(.django), walked: false)]

    init(settings: [String: JSONValue]) {}

    /// A Python file's media scripts, placed where the run's templates print media.
    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? {
        let scripts = Django.read(file.bytes)
        guard !scripts.isEmpty else { return nil }
        return ScriptDocument(source: file.source, scripts: printed(run).elements(scripts), links: [], comments: [], baseHref: nil)
    }

    /// Where the run's Django templates print form media (read once per run).
    private func printed(_ run: RunIndex) -> DjangoRun {
        run.shared("django.media") {
            var found = DjangoRun()
            let maskers = run.helperMaskers(for: .jinja) + [DjangoMediaProbes.masker]
            for path in run.fileList where !Self.fileKinds[0].matches(path) {
                guard let bytes = try? FileSystem.read(path), contains(bytes, "media"),
                      run.dialect(of: path, bytes: bytes) == .jinja else { continue }
                let document = TemplateAnnotator.parse(SourceText(fileBytes: bytes), dialect: .jinja, path: path, resolver: run.resolver, maskers: maskers)
                for s in document.scripts where s.api?.call == "print media" {
                    found.printed.append((s.placement, s.atEndOfBody && s.endOfBodyKnown, path))
                }
            }
            return found
        }
    }
}

enum Django {
    /// One script a media definition lists.
    struct MediaScript: Sendable {
        var path: String
        /// The string literal (or `Script(…)` call) in the Python file.
        var range: ByteRange
        var attributes: [(name: String, value: String?)]
        /// Whether its attributes are known (a `Script(…)` with non-literal keywords is not).
        var attributesKnown: Bool
        /// `class NAME` whose `Media` lists it, for the message.
        var owner: String?
    }

    /// A template construct that prints media scripts: `{{ media }}`, `{{ form.media }}`,
    /// `{{ adminform.media.js }}` (not `.css`).
    static func printsMedia(_ inner: String) -> Bool {
        var expr = inner.trimmingASCIIWhitespace()
        if let bar = expr.firstIndex(of: "|") { expr = String(expr[..<bar]).trimmingASCIIWhitespace() }
        let parts = expr.split(separator: ".")
        guard let last = parts.last else { return false }
        if last == "js" { return parts.count >= 2 && parts[parts.count - 2] == "media" }
        return last == "media"
    }

    /// The media scripts a Python file defines.
    static func read(_ b: [UInt8]) -> [MediaScript] {
        let tokens = PythonLexer.tokens(b)
        var out: [MediaScript] = []
        func text(_ t: PythonLexer.Token) -> String { String(decoding: b[t.range.start..<t.range.end], as: UTF8.self) }
        var k = 0
        var currentClass: (name: String, indent: Int)?
        var mediaIndent: Int?
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .name && t.lineStart {
                if let c = currentClass, t.indent <= c.indent { currentClass = nil }
                if let m = mediaIndent, t.indent <= m { mediaIndent = nil }
            }
            if t.kind == .name, text(t) == "class", k + 1 < tokens.count, tokens[k + 1].kind == .name {
                let name = text(tokens[k + 1])
                // `Media` (and `Meta`) nest in the class that owns them.
                if name == "Media" { mediaIndent = t.indent } else if currentClass == nil || t.indent <= currentClass!.indent { currentClass = (name, t.indent) }
                k += 2
                continue
            }
            // `js = (…)` inside `class Media:`, or `js=[…]` inside `Media(…)`.
            if t.kind == .name, text(t) == "js", k + 2 < tokens.count, tokens[k + 1].kind == .punct("="),
               tokens[k + 2].kind == .punct("(") || tokens[k + 2].kind == .punct("[") {
                let inMediaClass = mediaIndent != nil && t.lineStart
                let inMediaCall = k >= 2 && enclosingCall(tokens, k).map { text(tokens[$0]) == "Media" } == true
                // Built from literal parts (`+`, `%`, a comprehension): evaluated.
                if inMediaClass || inMediaCall, let built = MediaExpression.strings(tokens, at: k + 2, text: text),
                   tokens[(k + 2)..<built.end].contains(where: { $0.kind == .punct("+") || $0.kind == .punct("%") || ($0.kind == .name && text($0) == "for") }) {
                    for (path, range) in built.strings {
                        out.append(MediaScript(path: path, range: range, attributes: [], attributesKnown: true, owner: currentClass?.name))
                    }
                    k = built.end
                    continue
                }
                if inMediaClass || inMediaCall {
                    var j = k + 3
                    var depth = 1
                    while j < tokens.count && depth > 0 {
                        let u = tokens[j]
                        if u.kind == .punct("(") || u.kind == .punct("[") { depth += 1 }
                        if u.kind == .punct(")") || u.kind == .punct("]") { depth -= 1; if depth == 0 { break } }
                        if depth == 1, case .string(let path) = u.kind,
                           j + 1 < tokens.count, [.punct(","), .punct(")"), .punct("]")].contains(tokens[j + 1].kind),
                           j > 0, [.punct(","), .punct("("), .punct("[")].contains(tokens[j - 1].kind) {
                            out.append(MediaScript(path: path, range: u.range, attributes: [], attributesKnown: true, owner: currentClass?.name))
                        } else if depth == 1, u.kind == .name, j + 1 < tokens.count, tokens[j + 1].kind == .punct("("),
                                  case .string(let path)? = tokens[safe: j + 2]?.kind {
                            // `Script("x.js", defer=True)`: keyword arguments are attributes.
                            var attributes: [(String, String?)] = []
                            var known = true
                            var m = j + 3
                            var d = 1
                            let start = u.range.start
                            while m < tokens.count && d > 0 {
                                let v = tokens[m]
                                if v.kind == .punct("(") || v.kind == .punct("[") { d += 1 }
                                if v.kind == .punct(")") || v.kind == .punct("]") { d -= 1; if d == 0 { break } }
                                if d == 1, v.kind == .name, m + 2 < tokens.count, tokens[m + 1].kind == .punct("=") {
                                    let key = text(v).replacingUnderscores()
                                    switch tokens[m + 2].kind {
                                    case .name where text(tokens[m + 2]) == "True": attributes.append((key, nil))
                                    case .name where text(tokens[m + 2]) == "False" || text(tokens[m + 2]) == "None": break
                                    case .string(let s): attributes.append((key, s))
                                    default: known = false
                                    }
                                }
                                m += 1
                            }
                            let end = m < tokens.count ? tokens[m].range.end : u.range.end
                            out.append(MediaScript(path: path, range: ByteRange(start, end), attributes: attributes, attributesKnown: known, owner: currentClass?.name))
                            j = m
                        }
                        j += 1
                    }
                    k = j
                    continue
                }
            }
            k += 1
        }
        return out
    }

    /// The name token of the call whose parentheses hold token `k`, if any.
    private static func enclosingCall(_ tokens: [PythonLexer.Token], _ k: Int) -> Int? {
        var depth = 0
        var j = k - 1
        while j >= 0 {
            let t = tokens[j]
            if t.kind == .punct(")") || t.kind == .punct("]") || t.kind == .punct("}") { depth += 1 }
            if t.kind == .punct("(") || t.kind == .punct("[") || t.kind == .punct("{") {
                if depth == 0 { return t.kind == .punct("(") && j > 0 && tokens[j - 1].kind == .name ? j - 1 : nil }
                depth -= 1
            }
            j -= 1
        }
        return nil
    }
}

extension Array {
    subscript(safe k: Int) -> Element? { k >= 0 && k < count ? self[k] : nil }
}

extension String {
    /// Python keyword names for attributes: `data_x` → `data-x`.
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}

/// Where the run's templates print form media, and the media scripts its Python files define.
struct DjangoRun: Sendable {
    /// Placements of every media-printing construct in the run's templates (with the file).
    var printed: [(placement: Placement, atEndOfBody: Bool, file: String)] = []

    /// One place every printing construct agrees on, or why there is none.
    var placement: (Placement, Bool, String)? {
        guard let first = printed.first, printed.allSatisfy({ $0.placement == first.placement && $0.placement != .unknown }) else { return nil }
        return (first.placement, printed.allSatisfy(\.atEndOfBody), first.file)
    }

    func elements(_ scripts: [Django.MediaScript]) -> [ScriptElement] {
        scripts.enumerated().map { k, m in
            var attributes = [Attribute(name: "src", value: m.path, range: m.range, valueRange: nil, leadingSpaceStart: m.range.start)]
            for a in m.attributes where a.name != "src" {
                attributes.append(Attribute(name: a.name, value: a.value, range: m.range, valueRange: nil, leadingSpaceStart: m.range.start))
            }
            let place = placement
            var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: m.range, selfClosing: false),
                                       isSVG: false, inert: nil, placement: place?.0 ?? .unknown, index: k)
            s.atEndOfBody = place?.1 ?? false
            let owner = m.owner.map { "\($0).Media" } ?? "form media"
            let why: String
            if let place {
                let by = printed.count == 1 ? Configuration.relative(place.2, toFolderPrefix: Configuration.folderPrefix(".")) : "\(printed.count) templates"
                why = "\(owner), printed by `{{ … media }}` in \(place.0 == .head ? "<head>" : "<body>") (\(by))"
            } else if printed.isEmpty {
                why = "\(owner); no template of the run prints media"
            } else {
                why = "\(owner); the run's templates print media at different places"
            }
            var api = APIFacts(platform: .django, call: "Media.js", handle: m.path, why: why)
            api.unknownLoading = !m.attributesKnown
            s.api = api
            return s
        }
    }
}

/// Probes for where a Django template prints form media: each `{{ …media… }}` construct in a text
/// position becomes one `<script>` element for the parser, marked afterwards.
enum DjangoMediaProbes {
    /// The probes as a masker in front of the tokenizer, after the platforms' own.
    static let masker: TemplateHelperMasker = { scan, bytes, _ in
        let probes = mask(&scan, bytes)
        return { annotate(&$0, probes: probes) }
    }

    static func mask(_ scan: inout TemplateScan, _ bytes: [UInt8]) -> [ByteRange] {
        var out: [ByteRange] = []
        let probe = Array("<script></script>".utf8)
        for c in scan.constructs where c.kind == .output && c.context == .text {
            guard bytes[c.range.start] == 0x7B, bytes[c.range.start + 1] == 0x7B else { continue }
            // `{{ media }}` is shorter than the probe: it runs on over the blanks after it (a
            // masked `{% endblock %}`, whitespace), which render nothing.
            var room = c.range.end
            while room < scan.masked.count && room - c.range.start < probe.count && (scan.masked[room] == 0x20 || scan.masked[room] == 0x0A) { room += 1 }
            guard room - c.range.start >= probe.count else { continue }
            let inner = String(decoding: bytes[c.inner.start..<c.inner.end], as: UTF8.self).trimming("-~+ ")
            guard Django.printsMedia(inner) else { continue }
            for (k, byte) in probe.enumerated() { scan.masked[c.range.start + k] = byte }
            out.append(c.range)
        }
        let starts = Set(out.map(\.start))
        scan.textOutputs.removeAll { starts.contains($0) }
        return out
    }

    static func annotate(_ document: inout ScriptDocument, probes: [ByteRange]) {
        guard !probes.isEmpty else { return }
        for k in document.scripts.indices {
            let start = document.scripts[k].tag.range.start
            guard let r = probes.first(where: { $0.start <= start && start < $0.end }) else { continue }
            document.scripts[k].tag.range = r
            document.scripts[k].api = APIFacts(platform: .django, call: "print media", handle: nil, why: "")
        }
    }
}
