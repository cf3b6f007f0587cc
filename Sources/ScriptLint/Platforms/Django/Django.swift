/// Django's form media: `class Media: js = (…)` on forms, widgets and `ModelAdmin`s, and
/// `forms.Media(js=[…])`, printed by templates through `{{ form.media }}`, `{{ media }}` or
/// `{{ form.media.js }}` as plain `<script src>` tags (Django 5.2's `forms.Script` and 4.1+
/// objects with attributes aside). A media script's placement is where the run's templates print
/// media: the one place they all agree on, else unknown.
struct DjangoPlatform: Platform {
    static let id = APIFacts.Platform.django
    static let fileKinds = [FileKind(".py", .platformSource(.django), walked: false)]

    init(settings: [String: JSONValue]) {}

    /// A project's `TEMPLATES` `DIRS`, where Django looks up template names.
    func templateRoots(for file: String) -> [String] { DjangoSettings.templateRoots(for: file) }

    /// A Python file's media scripts, placed where the run's templates print media (an admin
    /// class's: where the admin's do, the installed Django's included).
    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? {
        let scripts = Django.read(file.bytes)
        guard !scripts.isEmpty else { return nil }
        // Only a file with admin media asks where Django is installed.
        let media = scripts.contains(where: \.isAdmin) ? withInstalledAdmin(run) : printed(run)
        return ScriptDocument(source: file.source, scripts: media.elements(scripts), links: [], comments: [], baseHref: nil)
    }

    /// Where the run's Django templates print form media, and where its `admin/` overrides do
    /// (read once per run).
    private func printed(_ run: RunIndex) -> DjangoRun {
        run.shared("django.media") {
            var found = DjangoRun()
            for path in run.fileList where !Self.fileKinds[0].matches(path) {
                let printed = scan(path, run)
                found.printed += printed
                if let name = DjangoInstall.adminTemplateName(path) {
                    found.adminPrinted += printed
                    found.overridden.insert(name)
                }
            }
            return found
        }
    }

    /// `printed`, with the installed Django's admin templates that the run does not override
    /// (`DjangoInstall`), which the run need not hold.
    private func withInstalledAdmin(_ run: RunIndex) -> DjangoRun {
        run.shared("django.media.admin") {
            var found = printed(run)
            if let admin = DjangoInstall.adminTemplates(near: run.fileList.filter { Self.fileKinds[0].matches($0) }) {
                for path in admin where !found.overridden.contains(DjangoInstall.adminTemplateName(path) ?? "") {
                    found.adminPrinted += scan(path, run)
                }
                found.adminSource = "Django's admin templates"
            }
            return found
        }
    }

    /// Where one template prints media.
    private func scan(_ path: String, _ run: RunIndex) -> [(placement: Placement, atEndOfBody: Bool, file: String)] {
        guard let bytes = try? FileSystem.read(path), contains(bytes, "media"),
              run.dialect(of: path, bytes: bytes) == .jinja else { return [] }
        let maskers = run.helperMaskers(for: .jinja) + [DjangoMediaProbes.masker]
        let document = TemplateAnnotator.parse(SourceText(fileBytes: bytes), dialect: .jinja, path: path, resolver: run.resolver, maskers: maskers)
        return document.scripts.filter { $0.api?.call == "print media" }.map { ($0.placement, $0.atEndOfBody && $0.endOfBodyKnown, path) }
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
        /// The owner is a `ModelAdmin` or an inline (its bases say so): the admin's own templates
        /// print its media.
        var isAdmin = false
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
        var currentClass: (name: String, indent: Int, isAdmin: Bool)?
        var mediaIndent: Int?
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .name && t.lineStart {
                if let c = currentClass, t.indent <= c.indent { currentClass = nil }
                if let m = mediaIndent, t.indent <= m { mediaIndent = nil }
            }
            if t.kind == .name, text(t) == "class", k + 1 < tokens.count, tokens[k + 1].kind == .name {
                let name = text(tokens[k + 1])
                // The bases, up to the colon: an admin class names ModelAdmin or an inline.
                var j = k + 2, bases = ""
                while j < tokens.count, tokens[j].kind != .punct(":") {
                    if tokens[j].kind == .name { bases += text(tokens[j]) + " " }
                    j += 1
                }
                let isAdmin = ["ModelAdmin", "InlineModelAdmin", "TabularInline", "StackedInline"].contains { bases.contains($0) }
                // `Media` (and `Meta`) nest in the class that owns them.
                if name == "Media" { mediaIndent = t.indent } else if currentClass == nil || t.indent <= currentClass!.indent { currentClass = (name, t.indent, isAdmin) }
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
                        out.append(MediaScript(path: path, range: range, attributes: [], attributesKnown: true, owner: currentClass?.name, isAdmin: currentClass?.isAdmin ?? false))
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
                            out.append(MediaScript(path: path, range: u.range, attributes: [], attributesKnown: true, owner: currentClass?.name,
                                                   isAdmin: currentClass?.isAdmin ?? false))
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
                            out.append(MediaScript(path: path, range: ByteRange(start, end), attributes: attributes, attributesKnown: known,
                                                   owner: currentClass?.name, isAdmin: currentClass?.isAdmin ?? false))
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
    /// The same for the admin's templates (the run's `admin/` overrides and the installed Django's).
    var adminPrinted: [(placement: Placement, atEndOfBody: Bool, file: String)] = []
    /// Where the admin's templates were found outside the run, for the message.
    var adminSource: String?
    /// `admin/…` template names the run itself holds (they replace the installed ones).
    var overridden = Set<String>()

    /// One place every printing construct agrees on, or why there is none.
    static func placement(_ printed: [(placement: Placement, atEndOfBody: Bool, file: String)]) -> (Placement, Bool, String)? {
        guard let first = printed.first, printed.allSatisfy({ $0.placement == first.placement && $0.placement != .unknown }) else { return nil }
        return (first.placement, printed.allSatisfy(\.atEndOfBody), first.file)
    }

    func elements(_ scripts: [Django.MediaScript]) -> [ScriptElement] {
        scripts.enumerated().map { k, m in
            // An admin class's media is printed by the admin's pages when they are known.
            let printed = m.isAdmin && !adminPrinted.isEmpty ? adminPrinted : self.printed
            var attributes = [Attribute(name: "src", value: m.path, range: m.range, valueRange: nil, leadingSpaceStart: m.range.start)]
            for a in m.attributes where a.name != "src" {
                attributes.append(Attribute(name: a.name, value: a.value, range: m.range, valueRange: nil, leadingSpaceStart: m.range.start))
            }
            let place = Self.placement(printed)
            var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: m.range, selfClosing: false),
                                       isSVG: false, inert: nil, placement: place?.0 ?? .unknown, index: k)
            s.atEndOfBody = place?.1 ?? false
            let owner = m.owner.map { "\($0).Media" } ?? "form media"
            let why: String
            if let place {
                let file = DjangoInstall.adminTemplateName(place.2).map { "Django's \($0)" }
                    ?? Configuration.relative(place.2, toFolderPrefix: Configuration.folderPrefix("."))
                let by = printed.count == 1 ? file : m.isAdmin && adminSource != nil ? "\(printed.count) of the admin's templates" : "\(printed.count) templates"
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

    /// Each probe: where its element was written, and the construct it stands for.
    struct Probe: Sendable { var written: ByteRange; var construct: ByteRange }

    static func mask(_ scan: inout TemplateScan, _ bytes: [UInt8]) -> [Probe] {
        var out: [Probe] = []
        let probe = Array("<script></script>".utf8)
        func blank(_ i: Int) -> Bool { [0x20, 0x0A, 0x09, 0x0D].contains(scan.masked[i]) }
        for c in scan.constructs where c.kind == .output && c.context == .text {
            guard bytes[c.range.start] == 0x7B, bytes[c.range.start + 1] == 0x7B else { continue }
            // `{{ media }}` is shorter than the probe: it runs on over the blanks after it (a
            // masked `{% endblock %}`, whitespace), and if need be starts in the blanks before it,
            // which render nothing either way.
            var end = c.range.end
            while end < scan.masked.count && end - c.range.start < probe.count && blank(end) { end += 1 }
            var start = c.range.start
            while end - start < probe.count && start > 0 && blank(start - 1) { start -= 1 }
            guard end - start >= probe.count else { continue }
            let inner = String(decoding: bytes[c.inner.start..<c.inner.end], as: UTF8.self).trimming("-~+ ")
            guard Django.printsMedia(inner) else { continue }
            for (k, byte) in probe.enumerated() { scan.masked[start + k] = byte }
            out.append(Probe(written: ByteRange(start, start + probe.count), construct: c.range))
        }
        let starts = Set(out.map(\.construct.start))
        scan.textOutputs.removeAll { starts.contains($0) }
        return out
    }

    static func annotate(_ document: inout ScriptDocument, probes: [Probe]) {
        guard !probes.isEmpty else { return }
        for k in document.scripts.indices {
            let start = document.scripts[k].tag.range.start
            guard let r = probes.first(where: { $0.written.start == start })?.construct else { continue }
            document.scripts[k].tag.range = r
            document.scripts[k].api = APIFacts(platform: .django, call: "print media", handle: nil, why: "")
        }
    }
}
