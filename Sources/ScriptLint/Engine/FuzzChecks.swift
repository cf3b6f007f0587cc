/// The invariants the fuzzer (Fuzz/run.sh) and its regression tests check on any input, one
/// entry per layer so that each layer can be fuzzed at its own speed, and `all` for everything.
enum FuzzChecks {
    enum Target: String, CaseIterable, Sendable {
        /// Tokenizer and tree builder: the script model stays inside the file.
        case parse
        /// Configuration JSON: strict parsing never traps, errors point inside the file.
        case config
        /// Fixes converge, never edit twice, and never change how a script behaves.
        case fix
        /// Every report format renders the diagnostics.
        case report
        /// The template layer in every dialect: masking keeps every byte in place, the model stays
        /// inside the file, and linting and fixing never trap.
        case template
        /// The CMS and framework readers (PHP, YAML, Python, Ruby helper calls): every script an
        /// API call adds, and every edit its fixes make, stays inside the file.
        case platforms
        /// All of the above on each input.
        case all
    }

    private static let linter = try! Linter(settings: RuleSettings(severities: ["redundant-script-type": .warning]), reportUnusedDirectives: true)

    static func run(_ bytes: [UInt8], target: Target = .all) {
        switch target {
        case .parse: _ = parse(bytes)
        case .config: config(bytes)
        case .fix: fix(bytes)
        case .report:
            let document = parse(bytes)
            report(bytes, linter.lint(document), document)
        case .template: template(bytes)
        case .platforms: platforms(bytes)
        case .all:
            let document = parse(bytes)
            report(bytes, linter.lint(document), document)
            fix(bytes)
            config(bytes)
            template(bytes)
            platforms(bytes)
        }
    }

    static func platforms(_ bytes: [UInt8]) {
        // The templates platforms read, and every file kind a platform owns.
        let names = ["/fuzz/functions.php", "/fuzz/app/views/layouts/a.html.erb", "/fuzz/templates/base.html.twig",
                     "/fuzz/pages/_document.tsx", "/fuzz/app/layout.jsx", "/fuzz/nuxt.config.ts", "/fuzz/webpack.config.js", "/fuzz/a.vue", "/fuzz/a.ts"]
            + Platforms.all.flatMap { $0.fileKinds }.map { "/fuzz/resources/views/a" + $0.suffix }
        javaScript(bytes)
        for name in names {
            let document = linter.parse(path: name, bytes: bytes)
            let n = document.source.bytes.count
            for s in document.scripts {
                precondition(s.tag.range.start >= 0 && s.tag.range.start <= s.tag.range.end && s.tag.range.end <= n, "API script outside the file")
                for edits in (s.api?.additions ?? [:]).values {
                    for e in edits { precondition(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= n, "API edit outside the file") }
                }
            }
            let diagnostics = linter.lint(document)
            for d in diagnostics {
                precondition(d.byteRange.start <= d.byteRange.end && d.byteRange.end <= bytes.count, "bad byte range")
                for f in d.suggestions { _ = Fixer.apply([f], to: bytes) }
            }
        }
    }

    /// The JavaScript reader on any bytes (the platforms only lex files that mention a script):
    /// tokens in order inside the file, JSX elements inside it and after their parents, and a
    /// component's masked markup the same length as its source.
    static func javaScript(_ bytes: [UInt8]) {
        for jsx in [true, false] {
            let syntax = JSSyntax(bytes, jsx: jsx)
            var last = 0
            for (k, t) in syntax.tokens.enumerated() {
                precondition(Int(t.start) >= 0 && t.start <= t.end && Int(t.end) <= bytes.count, "JS token outside the file")
                precondition(Int(t.next) > k && Int(t.next) <= syntax.tokens.count, "JS token's next out of order")
                precondition(Int(t.start) >= last, "JS tokens out of order")
                last = Int(t.start)
            }
            for (k, e) in syntax.elements.enumerated() {
                precondition(e.openRange.start <= e.openRange.end && e.end <= bytes.count && e.openRange.end <= e.end, "JSX element outside the file")
                precondition(e.parent.map { $0 < k } ?? true, "JSX parent after its child")
            }
            _ = syntax.defaultExport()
            for (_, arguments) in syntax.calls("useHead") { _ = arguments.map(\.range) }
        }
        for frontmatter in [true, false] {
            let markup = ComponentMarkup(bytes, start: 0, frontmatter: frontmatter)
            precondition(markup.bytes.count == bytes.count, "masked markup changed length")
        }
    }

    static func parse(_ bytes: [UInt8]) -> ScriptDocument {
        let source = SourceText(fileBytes: bytes)
        let document = HTMLParser.parse(source)
        for script in document.scripts {
            precondition(script.tag.range.start >= 0 && script.tag.range.end <= source.bytes.count, "script outside the file")
            precondition(script.tag.range.start < script.tag.range.end, "empty start tag")
            for a in script.tag.attributes {
                precondition(a.leadingSpaceStart <= a.range.start && a.range.start < a.range.end && a.range.end <= script.tag.range.end, "attribute outside its tag")
            }
            if let text = script.textRange { precondition(text.start >= script.tag.range.end && text.end <= source.bytes.count, "script text outside the file") }
        }
        for (a, b) in zip(document.scripts, document.scripts.dropFirst()) {
            precondition(a.tag.range.end <= b.tag.range.start, "scripts out of document order")
        }
        return document
    }

    static func template(_ bytes: [UInt8]) {
        for dialect in TemplateDialect.allCases {
            let scan = TemplateMasker.scan(bytes, dialect: dialect)
            precondition(scan.masked.count == bytes.count, "masking changed the length")
            for (k, b) in bytes.enumerated() where b == 0x0A || b == 0x0D { precondition(scan.masked[k] == b, "masking moved a line break") }
            let document = TemplateAnnotator.parse(SourceText(fileBytes: bytes), dialect: dialect)
            for s in document.scripts { precondition(s.tag.range.end <= document.source.bytes.count, "script outside the file") }
            for p in document.templateProblems { precondition(p.range.start <= p.range.end && p.range.end <= document.source.bytes.count, "problem outside the file") }
            // The template text reaches the reports as any text does; the HTML report's own check
            // runs once, in the report target (it is the costly one).
            report(bytes, linter.lint(document), document, html: dialect == .jinja)
        }
    }

    static func report(_ bytes: [UInt8], _ diagnostics: [Diagnostic], _ document: ScriptDocument, html: Bool = true) {
        for d in diagnostics {
            precondition(d.start.line >= 1 && d.start.column >= 1 && d.start <= d.end, "bad position")
            precondition(d.byteRange.start <= d.byteRange.end && d.byteRange.end <= bytes.count, "bad byte range")
        }
        var file = FileResult(path: "fuzz.html", diagnostics: diagnostics)
        file.page = PageModel.make(document, diagnostics: diagnostics)
        for format in OutputFormat.allCases where html || format != .html {
            // Only the per-file part: the fixed headers (SARIF's rule catalogue) do not depend on the input.
            let reporter = Reporter.make(format, options: ReporterOptions())
            // Every page body written out (never compressed), so that all of it is checked.
            (reporter as? HTMLReporter)?.inlineLimit = .max
            _ = reporter.file(file)
            if let html = reporter as? HTMLReporter {
                let page = html.end(Totals())
                // Nothing from the input is markup: the only script and style are the report's own.
                // One pass over the page: the tags that may only be the report's own, counted.
                var scripts = 0, styles = 0, loaders = 0
                page.utf8.withContiguousStorageIfAvailable { b in
                    let n = b.count
                    var i = 0
                    while i + 7 < n {
                        if b[i] == 0x3C {
                            let c = b[i + 1] | 0x20
                            if c == 0x73 && b[i + 2] == 0x63 && b[i + 3] == 0x72 && b[i + 4] == 0x69 && b[i + 5] == 0x70 && b[i + 6] == 0x74 { scripts += 1 }
                            else if c == 0x73 && b[i + 2] == 0x74 && b[i + 3] == 0x79 && b[i + 4] == 0x6C && b[i + 5] == 0x65 { styles += 1 }
                            else if c == 0x69 && ((b[i + 2] == 0x6D && b[i + 3] == 0x67) || (b[i + 2] == 0x66 && b[i + 3] == 0x72)) { loaders += 1 }
                        }
                        i += 1
                    }
                }
                precondition(scripts == 1 && styles == 1 && loaders == 0,
                             "input became markup in the HTML report")
            }
        }
    }

    static func fix(_ bytes: [UInt8]) {
        let fixed = Fixer.fix(bytes, with: linter)
        let again = Fixer.fix(fixed.bytes, with: linter)
        precondition(again.applied == 0, "a second --fix changed the file")
        let problems = FixSafety.violations(bytes)
        precondition(problems.isEmpty, "a fix changed behaviour: \(problems.joined(separator: "; "))")
    }

    static func config(_ bytes: [UInt8]) {
        do {
            let json = try JSONParser.parse(bytes)
            _ = try? Configuration.parse(json, path: "fuzz.json", directory: "/")
        } catch let failure as JSONParser.Failure {
            precondition(failure.line >= 1 && failure.column >= 1, "error position before the file")
            precondition(failure.line <= 1 + bytes.filter { $0 == 0x0A }.count, "error position after the file")
        } catch {
            preconditionFailure("JSONParser threw \(error)")
        }
    }
}
