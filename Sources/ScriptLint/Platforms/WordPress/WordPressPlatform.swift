/// WordPress's script API in PHP (`wp_register_script`, `wp_enqueue_script`, `wp_add_inline_script`,
/// `script_loader_tag` filters) and the scripts that callbacks of `wp_head`/`wp_footer` print: each
/// script is reported at the call, where `WP_Scripts` would print it, across the run's files.
struct WordPressPlatform: Platform {
    static let id = APIFacts.Platform.wordpress
    /// The current major release's rules by default.
    static let defaultVersion = [6, 9]
    static let settings = [PlatformSetting("version", .release, default: .string("6.9"),
                                           "The WordPress release whose rules apply (script strategies since 6.3).")]
    /// The release whose rules apply (strategies since 6.3).
    let version: [Int]

    init(settings: [String: JSONValue]) {
        version = settings["version"].flatMap(PlatformSetting.release) ?? Self.defaultVersion
    }

    func annotate(_ document: inout ScriptDocument, dialect: TemplateDialect, file: ParsedFile, run: RunIndex) {
        guard dialect == .php else { return }
        let facts = self.facts(file, run: run)
        guard facts.words.mayHook || facts.words.mayCall else { return }
        let footerPrintsAfter = runFiles(run).footerPrintsAfter || facts.hooks.printsAfterFooterScripts
        WordPressHooks.apply(to: &document, facts: facts.hooks, footerPrintsAfter: footerPrintsAfter)
        let calls = facts.calls
        if !calls.modules.isEmpty {
            document.scripts += modules(calls.modules, run: run, firstIndex: document.scripts.count, footerPrintsAfter: footerPrintsAfter)
        }
        guard !calls.registrations.isEmpty || !calls.enqueues.isEmpty else { return }
        let name = file.path ?? "-"
        let model = self.model(with: name, calls: calls, run: run)
        document.scripts += model.elements(file: name, calls: calls, source: document.source, firstIndex: document.scripts.count)
    }

    /// Script modules (6.5): a module with a source that a call of the run enqueues is printed as
    /// `<script type="module">` with the import map — `WP_Script_Modules::add_hooks` puts them in
    /// `wp_head` in a block theme and in `wp_footer` (priority 10, before the footer scripts) in a
    /// classic one; a run whose theme is unknown gets the classic placement. A module never blocks,
    /// so only `--print-model` and the module rules see it.
    private func modules(_ calls: [WordPress.Module], run: RunIndex, firstIndex: Int, footerPrintsAfter: Bool) -> [ScriptElement] {
        guard version.lexicographicallyPrecedes([6, 5]) == false else { return [] }
        let files = runFiles(run)
        let enqueued = Set(files.list.flatMap { $0.calls.modules.filter(\.enqueued).map(\.id) } + calls.filter(\.enqueued).map(\.id))
        let inHead = files.blockTheme == true
        let why = inHead ? "a script module: printed with the import map in wp_head, as in every block theme"
            : files.blockTheme == false ? "a script module: printed with the import map in wp_footer, as in every classic theme"
            : "a script module: printed with the import map in wp_footer (no theme in the run; a block theme prints it in wp_head)"
        var out: [ScriptElement] = []
        for m in calls {
            guard let source = m.source, enqueued.contains(m.id) else { continue }
            let src: String
            switch source {
            case .literal(let s): src = s
            case .expression(let x): src = x
            case .alias: continue
            }
            let attributes = [Attribute(name: "type", value: "module", range: m.range, valueRange: nil, leadingSpaceStart: m.range.start),
                              Attribute(name: "src", value: src, range: m.range, valueRange: nil, leadingSpaceStart: m.range.start)]
            var s = ScriptElement.make(StartTag(name: "script", attributes: attributes, range: m.range, selfClosing: false),
                                       isSVG: false, inert: nil, placement: inHead ? .head : .body, index: firstIndex + out.count)
            s.atEndOfBody = !inHead && !footerPrintsAfter
            s.api = APIFacts(platform: .wordpress, call: m.function, handle: m.id, why: why)
            out.append(s)
        }
        return out
    }

    /// What a PHP file mentions: the script API (`WordPress.mayCall`), a callback hooked to a
    /// printing action (`add_action` and `WordPressHooks.mayNameHook`), `wp_footer`.
    struct Words: Sendable, Equatable {
        var mayCall = false
        var mayHook = false
        var footer = false
    }

    /// The call words, `add_action` and `wp_footer` in one search (none begins another, so a
    /// search from one past each hit misses none); the printing hooks' short and frequent words
    /// (`_head`) only in a file that hooks a callback, since they would stop the search everywhere.
    static func words(_ bytes: [UInt8]) -> Words {
        let calls = WordPress.callWordList.count
        var out = Words(), hooks = false, from = 0
        while !(out.mayCall && hooks && out.footer), let hit = wordNeedles.first(in: bytes, from: from) {
            switch hit.needle {
            case calls: hooks = true
            case calls + 1: out.footer = true
            default: out.mayCall = true
            }
            from = hit.offset + 1
        }
        out.mayHook = hooks && WordPressHooks.mayNameHook(bytes)
        return out
    }

    static let wordList = WordPress.callWordList + ["add_action", "wp_footer"]
    private static let wordNeedles = ByteNeedles(wordList)

    /// What WordPress reads of one PHP file, searched and lexed once: what it mentions,
    /// its script API calls, and what its hooked callbacks print.
    struct FileFacts: Sendable {
        var words: Words
        var calls: WordPress.FileCalls
        var hooks: WordPressHooks.Facts
    }

    static func facts(_ bytes: [UInt8], start: Int, path: String?, tokens: () -> [PHPToken]) -> FileFacts {
        let words = Self.words(bytes)
        guard words.mayHook || words.mayCall else { return FileFacts(words: words, calls: WordPress.FileCalls(), hooks: WordPressHooks.Facts()) }
        let lexed = tokens()
        // One pass over the tokens for the calls both readers look at.
        let calls = PHPCallReader(bytes, tokens: lexed).calls(named: Self.callNames)
        return FileFacts(words: words, calls: words.mayCall ? WordPress.read(bytes, start: start, path: path, tokens: lexed, calls: calls) : WordPress.FileCalls(),
                         hooks: words.mayHook ? WordPressHooks.facts(bytes, tokens: lexed, calls: calls) : WordPressHooks.Facts())
    }

    private static let callNames = WordPress.functions.union(["add_action"])

    /// A file's facts: for a file of the run, what the run's model read of it (searched and lexed once).
    private func facts(_ file: ParsedFile, run: RunIndex) -> FileFacts {
        let source = file.source
        // The run's facts are read from the bytes on disk, without a byte order mark to skip.
        if let path = file.path, source.bomLength == 0 {
            return run.perFile("wordpress.php", path: path, bytes: source.bytes, hash: source.bytesHash) {
                Self.facts($0, start: 0, path: path) { file.phpTokens }
            }
        }
        return Self.facts(source.bytes, start: source.bomLength, path: file.path) { file.phpTokens }
    }

    /// Every PHP file of the run with its calls, and whether a footer callback of the run prints
    /// after the footer scripts.
    private func runFiles(_ run: RunIndex) -> RunFiles {
        run.shared("wordpress.files") {
            let php = run.fileList.filter { $0.lowercased().hasSuffix(".php") || $0.lowercased().hasSuffix(".phtml") }
            let shortOpenTag = run.resolver.options.phpShortOpenTag
            // Each file read and lexed on its own, on the run's threads; kept in the run's order.
            let read = concurrentMap(php, workers: run.workers) { path -> (calls: WordPress.FileCalls, mayCall: Bool, late: Bool)? in
                guard let read = try? run.fileCache.read(path) else { return nil }
                // Every file's facts kept for its own lint, which then neither searches nor lexes it again.
                let facts = run.perFile("wordpress.php", path: path, bytes: read.bytes, hash: read.hash) { b in
                    Self.facts(b, start: 0, path: path) { PHPLexer.tokens(b, shortOpenTag: shortOpenTag) }
                }
                guard facts.words.mayCall || facts.words.footer else { return nil }
                return (facts.calls, facts.words.mayCall, facts.hooks.printsAfterFooterScripts)
            }
            var found = RunFiles()
            for (path, r) in zip(php, read) {
                guard let r else { continue }
                if r.mayCall { found.list.append((path, r.calls)) }
                if r.late { found.footerPrintsAfter = true }
            }
            found.blockTheme = Self.blockTheme(among: run.fileList)
            return found
        }
    }

    private struct RunFiles: Sendable {
        var list: [(path: String, calls: WordPress.FileCalls)] = []
        var footerPrintsAfter = false
        /// Whether the run's themes are block themes; nil when the run holds no theme, or both kinds.
        var blockTheme: Bool?
    }

    /// A theme is a folder with a `functions.php` or a `templates/index.html`; it is a block theme
    /// when it has `templates/index.html` (or 5.9's `block-templates/index.html`), the test of
    /// `wp_is_block_theme()`.
    static func blockTheme(among paths: [String]) -> Bool? {
        var roots = Set<String>()
        // By the paths' bytes: splitting every path of a large run into characters cost more than
        // the rest of this pass.
        for path in paths {
            for marker in ["functions.php", "templates/index.html", "block-templates/index.html"] {
                let bytes = path.utf8, tail = marker.utf8
                guard bytes.count >= tail.count, bytes.suffix(tail.count).elementsEqual(tail) else { continue }
                let rest = bytes.count - tail.count
                // The marker starts the path or follows a `/`; the root is what is before that `/`.
                if rest == 0 { roots.insert("") } else if bytes[bytes.index(bytes.startIndex, offsetBy: rest - 1)] == 0x2F {
                    roots.insert(String(decoding: bytes.prefix(rest - 1), as: UTF8.self))
                }
            }
        }
        let kinds = Set(roots.map { root in
            ["templates/index.html", "block-templates/index.html"].contains {
                FileSystem.isFile((root.isEmpty ? "" : root + "/") + $0)
            }
        })
        return kinds.count == 1 ? kinds.first : nil
    }
    private struct Model: Sendable { var model: WordPressModel }

    /// The run's WordPress model; a file outside the run (standard input, an editor's buffer that
    /// is not a workspace file) is added to it with its current text.
    private func model(with file: String, calls: WordPress.FileCalls, run: RunIndex) -> WordPressModel {
        if run.contains(file) {
            let files = runFiles(run)
            return run.shared("wordpress.model") {
                Model(model: WordPressModel(files: files.list, version: version, footerPrintsAfter: files.footerPrintsAfter, workers: run.workers))
            }.model
        }
        let files = runFiles(run)
        return WordPressModel(files: files.list + [(file, calls)], version: version, footerPrintsAfter: files.footerPrintsAfter)
    }
}
