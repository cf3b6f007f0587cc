/// Which rules run, at what severity, with which options.
public struct RuleSettings: Sendable {
    public var severities: [String: Severity]
    public var options: [String: [String: JSONValue]]

    public init(severities: [String: Severity] = [:], options: [String: [String: JSONValue]] = [:]) {
        self.severities = severities
        self.options = options
    }

    public func severity(of id: String) -> Severity {
        severities[id] ?? RuleRegistry.rule(id)?.info.defaultSeverity ?? .off
    }
}

/// The result for one file: diagnostics, or the reason it could not be linted.
public struct FileResult: Sendable {
    public var path: String
    public var diagnostics: [Diagnostic]
    /// Set when the file could not be read; the file then counts as an error of its own.
    public var error: String?
    /// Fixes `--fix` applied (or `--fix-dry-run` would apply) to this file.
    public var fixesApplied: Int = 0
    /// With `--fix-dry-run`: the unified diff of what `--fix` would change.
    public var diff: [UInt8]?
    /// What a report that draws the page needs (only when asked for: `--format html`).
    public var page: PageModel?
    /// Where a fetched page came from (its final URL), shown instead of the path where known.
    public var url: String?
    /// For a fetched page or an archived response: how it was fetched.
    public var fetch: FetchInfo?
    /// For a served page (fetched or archived): its scripts counted, for measuring the web.
    public var summary: PageSummary?
    /// For an archived page: the web archive record it was read from.
    public var record: ArchiveRecord?

    public init(path: String, diagnostics: [Diagnostic], error: String? = nil) {
        self.path = path
        self.diagnostics = diagnostics
        self.error = error
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Where in a web archive (WARC) a page was recorded: what Common Crawl's index joins on.
public struct ArchiveRecord: Sendable, Equatable {
    /// The archive as it was named on the command line (`-` for standard input).
    public var archive: String
    public var recordID: String?
    public var date: String?
    /// The compressed offset and length of the gzip member(s) holding the record (the index's
    /// `offset` and `length`): a reader seeks there and inflates `length` bytes. For an
    /// uncompressed archive, the record's own offset and length. `nil` when the record shares its
    /// gzip member with others (an archive compressed as a whole), where no seek can reach it.
    public var offset: Int?
    public var length: Int?

    public init(archive: String, recordID: String?, date: String?, offset: Int?, length: Int?) {
        self.archive = archive
        self.recordID = recordID
        self.date = date
        self.offset = offset
        self.length = length
    }
}

/// What the transport said of a page that was fetched (or recorded in a web archive).
public struct FetchInfo: Sendable {
    public var url: String
    public var finalURL: String
    /// Each redirect: its status and where it pointed.
    public var redirects: [(status: Int, location: String)]
    public var status: Int
    public var contentType: String?

    public init(url: String, finalURL: String, redirects: [(status: Int, location: String)], status: Int, contentType: String?) {
        self.url = url
        self.finalURL = finalURL
        self.redirects = redirects
        self.status = status
        self.contentType = contentType
    }
}

/// How files are read: the template dialect per glob (`none` for plain HTML), where parent
/// templates are looked up, and the run index with the configuration's platforms.
public struct TemplateSettings: Sendable {
    /// (glob, dialect or `nil` for "none"), first match wins; relative to `directory`.
    public var dialects: [(glob: String, dialect: TemplateDialect?)]
    public var directory: String
    public var resolver: TemplateResolver
    /// What the run knows across its files, and the platforms that read them.
    public var run: RunIndex
    let globs: [Glob]

    /// `platforms`: each platform's settings (`platforms.<id>` of the configuration, validated).
    public init(dialects: [(glob: String, dialect: TemplateDialect?)] = [], directory: String = ".", roots: [String] = [],
                options: TemplateOptions = .standard, platforms: [String: [String: JSONValue]] = [:]) {
        self.dialects = dialects
        self.directory = directory
        self.globs = dialects.map { Glob($0.glob) }
        let made = Platforms.make(platforms)
        self.resolver = TemplateResolver(roots: roots, options: options) { file in made.flatMap { $0.templateRoots(for: file) } }
        self.run = RunIndex(platforms: made, resolver: resolver)
    }

    /// Tells the run index (and so the template resolver and the platforms) which files the run
    /// reads: the command line's files, or the language server's workspace.
    public func setRunFiles(_ files: [String]) {
        let settings = self
        run.setFiles(files) { settings.dialect(for: $0, bytes: $1) }
    }

    /// The dialect a file is read in: the configuration's, else its name's, else (for `.html`,
    /// `.htm` and unnamed input) what its content shows.
    public func dialect(for path: String?, bytes: [UInt8]) -> TemplateDialect? {
        if let path, let decided = decidedDialect(path) { return decided }
        return TemplateDialect.sniff(bytes)
    }

    /// What the configuration or the file name decides (`.some(nil)`: plain HTML), or `nil` when
    /// the content decides (no glob names a dialect, not even `none`, and the name is `.html`,
    /// `.htm` or has no extension).
    func decidedDialect(_ path: String) -> TemplateDialect?? {
        if !globs.isEmpty {
            let relative = Configuration.relative(path, toFolderPrefix: Configuration.folderPrefix(directory))
            if let k = globs.firstIndex(where: { $0.matches(relative) }) { return .some(dialects[k].dialect) }
        }
        let name = PathCodec.fileName(path)
        switch FileKinds.kind(of: name)?.reading {
        case .template(let dialect)?: return .some(dialect)
        case .page?: return nil
        default: return name.contains(".") ? .some(nil) : nil
        }
    }
}

/// Runs the enabled rules over a parsed document.
public struct Linter: Sendable {
    /// The pseudo-rule of broken template syntax (an unclosed `{{`, an `endif` without `if`).
    public static let templateSyntaxRule = "template-syntax"

    private let rules: [(rule: any Rule, severity: Severity)]
    /// Report disable directives that suppressed nothing.
    public var reportUnusedDirectives = false
    public var templates: TemplateSettings

    public init(settings: RuleSettings = RuleSettings(), reportUnusedDirectives: Bool = false,
                templates: TemplateSettings = TemplateSettings()) throws {
        self.reportUnusedDirectives = reportUnusedDirectives
        self.templates = templates
        var rules: [(any Rule, Severity)] = []
        for type in RuleRegistry.all {
            let severity = settings.severity(of: type.info.id)
            guard severity != .off else { continue }
            rules.append((try type.init(options: settings.options[type.info.id] ?? [:]), severity))
        }
        self.rules = rules
    }

    /// The document's diagnostics. `fingerprints` (for baselines and reports) can be skipped by a
    /// caller that shows findings and nothing else, such as the language server.
    public func lint(_ document: ScriptDocument, fingerprints: Bool = true) -> [Diagnostic] {
        let source = document.source
        var found: [(id: String, severity: Severity, finding: Finding)] = []
        for (rule, severity) in rules {
            for finding in rule.check(document) {
                found.append((type(of: rule).info.id, severity, finding))
            }
        }
        // Positions in file order, so each is counted on from the previous one.
        found.sort { ($0.finding.range.start, $0.id) < ($1.finding.range.start, $1.id) }
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(found.count)
        for (id, severity, finding) in found {
            let start = source.position(of: finding.range.start)
            diagnostics.append(Diagnostic(
                ruleID: id,
                severity: severity,
                message: finding.message,
                byteRange: ByteRange(source.fileOffset(finding.range.start), source.fileOffset(finding.range.end)),
                start: start,
                end: source.position(of: finding.range.end, after: start, at: finding.range.start),
                fix: finding.fix.map { source.toFileOffsets($0) },
                suggestions: finding.suggestions.map { source.toFileOffsets($0) }))
        }
        for problem in document.templateProblems {
            diagnostics.append(.problem(Self.templateSyntaxRule, source, problem.range, problem.message))
        }
        if !document.templateProblems.isEmpty {
            diagnostics.sort { ($0.byteRange.start, $0.ruleID) < ($1.byteRange.start, $1.ruleID) }
        }
        if !document.templateConstructs.isEmpty {
            // A fix never edits inside a template construct.
            let constructs = document.templateConstructs
            let ends = constructs.map(\.end)
            func touches(_ fix: Fix) -> Bool {
                fix.edits.contains { e in
                    let r = ByteRange(source.scanOffset(e.range.start), source.scanOffset(e.range.end))
                    // The first construct ending after the edit's start (constructs are in order).
                    let lo = partitionPoint(ends.count) { ends[$0] <= r.start }
                    return lo < constructs.count && constructs[lo].start < max(r.end, r.start + 1)
                }
            }
            // An API call's own edits are meant for the code inside a construct.
            let calls = Set(document.scripts.compactMap { $0.api == nil ? nil : ByteRange(source.fileOffset($0.tag.range.start), source.fileOffset($0.tag.range.end)) })
            for k in diagnostics.indices where !calls.contains(diagnostics[k].byteRange) {
                if let fix = diagnostics[k].fix, touches(fix) { diagnostics[k].fix = nil }
                diagnostics[k].suggestions.removeAll(where: touches)
            }
        }
        var directives = Directives(document)
        if !directives.directives.isEmpty || !directives.problems.isEmpty {
            diagnostics = diagnostics.filter { !directives.suppresses($0, scanOffset: source.scanOffset($0.byteRange.start)) }
            diagnostics += directives.problems
            if reportUnusedDirectives { diagnostics += directives.unused(source) }
            // Rule findings are already in order; the directives' own findings join them here.
            diagnostics.sort { ($0.byteRange.start, $0.ruleID) < ($1.byteRange.start, $1.ruleID) }
        }
        guard fingerprints else { return diagnostics }
        var seen: [String: Int] = [:]
        for k in diagnostics.indices {
            let d = diagnostics[k]
            let tag = source.text(ByteRange(source.scanOffset(d.byteRange.start), source.scanOffset(d.byteRange.end)))
            let hash = Fingerprint.hash(rule: d.ruleID, tag: tag)
            let n = seen[hash, default: 0] + 1
            seen[hash] = n
            diagnostics[k].fingerprint = "\(hash):\(n)"
        }
        return diagnostics
    }

    /// Reads a file's bytes into the model: as a template when its dialect says so.
    public func parse(path: String?, bytes: [UInt8], charset: String? = nil) -> ScriptDocument {
        // JavaScript and TypeScript are UTF-8 (a `<meta charset>` in a string says nothing).
        if charset == nil, let path, FileKinds.kind(of: path)?.reading == .javaScript,
           !bytes.starts(with: [0xFE, 0xFF]), !bytes.starts(with: [0xFF, 0xFE]) {
            return parse(path: path, source: SourceText(bytes: bytes, encoding: .utf8, bomLength: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0))
        }
        return parse(path: path, source: SourceText(fileBytes: bytes, charset: charset))
    }

    /// A page as served (fetched, or recorded in an archive): rendered HTML, never a template.
    public func lintServed(name: String, bytes: [UInt8], charset: String?, keepPage: Bool = false) -> FileResult {
        let document = HTMLParser.parse(SourceText(fileBytes: bytes, charset: charset))
        // A served page is not a file `--fix` can edit: its fixes are offered as suggestions.
        var result = FileResult(path: name, diagnostics: lint(document).map(\.fixAsSuggestion))
        result.summary = PageSummary(document)
        if keepPage { result.page = PageModel.make(document, diagnostics: result.diagnostics) }
        return result
    }

    /// Reads text already decoded (an editor's buffer, sent as Unicode) as UTF-8, whatever its
    /// `<meta charset>` says.
    public func parse(path: String?, utf8 text: [UInt8]) -> ScriptDocument {
        let bom = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return parse(path: path, source: SourceText(bytes: text, encoding: .utf8, bomLength: bom))
    }

    /// The engine: a platform's own source file goes to its platform; anything else is a page or
    /// a template, read through the template layer with the platforms' helper maskers in front of
    /// the tokenizer, then handed to every platform to add what its APIs put on the page.
    private func parse(path: String?, source: SourceText) -> ScriptDocument {
        let run = templates.run
        let absolute = path.map(Configuration.absolute)
        // Bytes the run read for its own passes are not hashed again.
        if let absolute, let hash = run.fileCache.hash(of: absolute, bytes: source.bytes) { source.knowHash(hash) }
        if let path, FileKinds.kind(of: path)?.reading == .javaScript {
            let file = ParsedFile(path: absolute, source: source, options: templates.resolver.options)
            var scripts: [ScriptElement] = []
            if let syntax = file.javaScript {
                for platform in run.platforms { scripts += platform.scripts(in: file, javaScript: syntax, run: run) }
                scripts.sort { $0.tag.range.start < $1.tag.range.start }
                for k in scripts.indices { scripts[k].index = k }
            }
            return ScriptDocument(source: source, scripts: scripts, links: [], comments: [], baseHref: nil)
        }
        if let path, case .platformSource(let id)? = FileKinds.kind(of: path)?.reading {
            let file = ParsedFile(path: absolute, source: source, options: templates.resolver.options)
            return run.platforms.first { type(of: $0).id == id }?.document(file, run: run)
                ?? ScriptDocument(source: source, scripts: [], links: [], comments: [], baseHref: nil)
        }
        // A dialect only sniffed from the content (not named by the file or the configuration) that
        // does not parse was a guess: such a page is read as the plain HTML it may well be (AMP's
        // and other client-side `{{…}}`).
        let decided = path.flatMap(templates.decidedDialect)
        let sniffed = decided == nil
        guard let dialect = decided ?? TemplateDialect.sniff(source.bytes) else { return plain(path: path, source: source, sniffed: sniffed) }
        var document = TemplateAnnotator.parse(source, dialect: dialect, path: absolute, resolver: templates.resolver,
                                               maskers: run.helperMaskers(for: dialect))
        if sniffed && !document.templateProblems.isEmpty { return plain(path: path, source: source, sniffed: sniffed) }
        let file = ParsedFile(path: absolute, source: source, options: templates.resolver.options)
        for platform in run.platforms { platform.annotate(&document, dialect: dialect, file: file, run: run) }
        return document
    }

    /// A page read as HTML; a fragment of it may still be a partial of the run's templates.
    private func plain(path: String?, source: SourceText, sniffed: Bool) -> ScriptDocument {
        let document = HTMLParser.parse(source)
        guard let path, !document.scripts.isEmpty, !TemplateDialect.hasPageStructure(source.bytes) else { return document }
        let run = templates.run
        // A fragment that a template of the run includes is a partial of that template set.
        if let dialect = templates.resolver.includingDialect(of: Configuration.absolute(path)) {
            return TemplateAnnotator.parse(source, dialect: dialect, path: Configuration.absolute(path), resolver: templates.resolver,
                                           maskers: run.helperMaskers(for: dialect))
        }
        // A fragment with `{{ name }}` is a partial of some `{{`-dialect; which one does not matter
        // for where its scripts land: nowhere known.
        if sniffed, TemplateDialect.hasSharedOutputConstruct(source.bytes) {
            let partial = TemplateAnnotator.parse(source, dialect: .jinja, path: Configuration.absolute(path), resolver: templates.resolver,
                                                  maskers: run.helperMaskers(for: .jinja))
            return partial.templateProblems.isEmpty ? partial : document
        }
        return document
    }

    /// A file's bytes: as the run read them for its run-wide passes (each file is read from disk
    /// once), else from disk.
    public func read(_ path: String) throws -> [UInt8] {
        try templates.run.fileCache.kept(Configuration.absolute(path)) ?? FileSystem.read(path)
    }

    /// `path`'s findings; the run no longer keeps its bytes.
    public func lint(path: String, bytes: [UInt8], keepPage: Bool = false, charset: String? = nil) -> FileResult {
        defer { templates.run.fileCache.release(Configuration.absolute(path)) }
        let document = parse(path: path, bytes: bytes, charset: charset)
        var result = FileResult(path: path, diagnostics: lint(document))
        if keepPage { result.page = PageModel.make(document, diagnostics: result.diagnostics) }
        return result
    }
}

extension SourceText {
    func toFileOffsets(_ fix: Fix) -> Fix {
        Fix(fix.description, fix.edits.map { Edit(range: ByteRange(fileOffset($0.range.start), fileOffset($0.range.end)), replacement: $0.replacement) })
    }
}

enum Fingerprint {
    /// FNV-1a of a string, as 16 hex digits.
    static func hash(_ s: String) -> String {
        var h = FNV1a()
        h.add(s.utf8)
        return h.hex
    }

    /// `hash(rule + "\0" + normalize(tag))`, without building either string: a baseline's
    /// fingerprints stay what they were.
    static func hash(rule: String, tag: String) -> String {
        var h = FNV1a()
        h.add(rule.utf8)
        h.add(0)
        var pendingSpace = false, started = false
        for b in tag.utf8 {
            if isHTMLSpace(b) {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                h.add(0x20)
                pendingSpace = false
            }
            started = true
            h.add(b)
        }
        return h.hex
    }
}
