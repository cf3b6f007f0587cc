import CArguments
import ArgumentParser
import Dispatch
import ScriptLint
import ScriptLintServer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFormat: ExpressibleByArgument {}

struct RuleOverride: ExpressibleByArgument {
    var id: String
    var severity: Severity

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let severity = Severity(rawValue: parts[1].lowercased()) else { return nil }
        self.id = parts[0]
        self.severity = severity
    }
}

@main
struct ScriptLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scriptlint",
        abstract: "Find <script> loading mistakes in HTML files, the way a browser sees them.",
        discussion: """
        Lints HTML files and folders (recursively: \(FileKinds.walkedSuffixes.map { "*" + $0 }.joined(separator: ", ")); \
        .git and node_modules are skipped; "extensions" in the configuration adds others). Templates (Django, Jinja, Twig, Liquid, ERB, EJS, PHP, Handlebars, Go/Hugo) are read \
        as templates, parents resolved; .html files are sniffed. Use - to read standard input.

        Scripts added through CMS and framework APIs are reported at the call: WordPress and 1C-Bitrix \
        PHP (add php to "extensions"), Drupal *.libraries.yml, Rails helpers in ERB, Django form media \
        (add py), Symfony Encore in Twig, Laravel Blade stacks; "platforms" in the configuration sets \
        the WordPress version and Bitrix's move-to-body option; PHP's short open tag <? opens PHP \
        unless "php": {"shortOpenTag": false}.

        Front-end frameworks: Astro (*.astro) and Svelte (*.svelte) components; below a project marker \
        (\(Set(FileKinds.projectMarkers.map { $0.split(separator: ".").prefix(2).joined(separator: ".") + ".*" }).sorted().joined(separator: ", "))) also \
        \(FileKinds.projectSuffixes.map { "*" + $0 }.joined(separator: ", ")) — Next.js JSX <script> and next/script, \
        Nuxt/unhead useHead and nuxt.config, HtmlWebpackPlugin options — outside build output. A \
        package.json that depends on a framework (next, react, nuxt, vue, astro, svelte, …) marks a project too.

        Exit status: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many \
        warnings; 2 a usage problem or a file that could not be read (every other file is still linted).

        Configuration: the nearest .scriptlintrc.json (or --config); --print-config FILE shows it.

        Editors: scriptlint lsp runs the language server (LSP over standard input and output), with \
        the same findings, quick fixes and configuration as the command line.

        Rules: scriptlint --list-rules; one rule's documentation: scriptlint --explain RULE-ID.
        """,
        version: ScriptLintVersion.current
    )

    @Argument(help: ArgumentHelp("Files, folders and quoted globs ('src/**/*.html') to lint; - reads standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text, json, jsonl (one JSON object per file or page, a line each), sarif, checkstyle, junit, github or html (a self-contained page with a loading timeline per page; use with --output).")
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("For URLs: seconds before a fetch gives up (default 30).", valueName: "seconds"))
    var timeout: Double?

    @Option(name: .long, help: ArgumentHelp("For URLs and web archives: the largest page or archived record read, in bytes after decompression (default 20 MB; k, M suffixes).", valueName: "size"))
    var maxSize: String?

    @Option(name: .long, help: ArgumentHelp("For URLs: keep each fetched page in this folder.", valueName: "dir"))
    var save: String?

    @Option(name: .long, help: ArgumentHelp("Crawl up to N same-origin pages from the given URLs (links, sitemaps; robots.txt honoured).", valueName: "n"))
    var crawl: Int?

    @Option(name: .long, help: ArgumentHelp("With --crawl: requests at once (default 4).", valueName: "n"))
    var concurrency: Int = 4

    @Option(name: .long, help: ArgumentHelp("With --crawl: seconds between two requests to one host (default 0; a robots.txt Crawl-delay wins when longer).", valueName: "seconds"))
    var delay: Double = 0

    @Option(name: .long, help: ArgumentHelp("Lint every HTML response in this web archive (.warc or .warc.gz, `-` for standard input; repeatable). Each page names its record (archive, WARC-Record-ID, date, compressed offset and length).", valueName: "file"))
    var warc: [String] = []

    @Option(name: .long, help: ArgumentHelp("Where the rules' pages are, for links in SARIF and HTML reports (RULE-ID.md is appended).", valueName: "url"))
    var docsUrl: String?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: [.customShort("c"), .long], help: ArgumentHelp("Use this configuration file for every file, instead of the nearest .scriptlintrc.json.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Print the configuration that applies to this file (as JSON), then exit.", valueName: "file"))
    var printConfig: String?

    @Option(name: .long, help: ArgumentHelp("Set a rule's severity: off, warning or error (repeatable; overrides the configuration file).", valueName: "id=severity"))
    var rule: [RuleOverride] = []

    @Option(name: .long, help: ArgumentHelp("Report only findings that this baseline file does not record.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record every current finding in this baseline file (then use it with --baseline).", valueName: "file"))
    var writeBaseline: String?

    @Flag(name: .long, help: "Report scriptlint-disable directives that suppressed nothing.")
    var reportUnusedDirectives = false

    @Option(name: .long, help: ArgumentHelp("Exit with status 1 when there are more warnings than this.", valueName: "n"))
    var maxWarnings: Int?

    @Flag(name: .shortAndLong, help: "Report errors only.")
    var quiet = false

    @Flag(name: .long, help: "Apply safe fixes to the files (only changes that alter nothing a browser does), then report what is left.")
    var fix = false

    @Flag(name: .long, help: "Print the safe fixes as a unified diff (patch -p0 / git apply -p0) and write nothing; the report goes to --output or standard error.")
    var fixDryRun = false

    @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Files linted in parallel (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "No colour in text output (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @Option(name: .long, help: ArgumentHelp("The name standard input has in reports.", valueName: "path"))
    var stdinFilename: String = "<stdin>"

    @Flag(name: .long, help: "List every rule with its default severity and whether it can be fixed, then exit (with --format json: rules, their options and the platforms' settings).")
    var listRules = false

    @Option(name: .long, help: ArgumentHelp("Print a rule's documentation, then exit.", valueName: "rule-id"))
    var explain: String?

    @Flag(name: .long, help: "Print the script model (what scriptlint knows about every <script>, and every script an API call adds: its call, handle and why it lands where it does) as JSON lines, then exit.")
    var printModel = false

    @Flag(name: .long, help: "Write a .scriptlintrc.json for the project in the given folder (or this one): it looks at what the project is (WordPress, 1C-Bitrix, Drupal, Laravel, Symfony, Django, Rails, plain HTML) and says why it chose each setting.")
    var `init` = false

    @Option(name: .long, help: ArgumentHelp("Also write the same run's report in FORMAT to FILE (repeatable), e.g. --report sarif=scriptlint.sarif --report json=report.json.", valueName: "format=file"))
    var report: [String] = []

    @Option(name: .long, help: ArgumentHelp("Report only findings on the lines this unified diff adds (git diff --unified=0 BASE...HEAD > changes.diff; paths as git writes them, relative to the current folder).", valueName: "diff"))
    var changedLines: String?

    @Flag(name: .long, help: "A quoted glob that matches no file is not an error.")
    var noErrorOnUnmatchedPattern = false

    /// Like ArgumentParser's own entry point, but a usage error exits with 2 (SPEC §5), not 64.
    static func main() {
        // The common call — only paths, as pre-commit makes it — skips argument parsing, whose
        // reflection costs more than linting a small file.
        // Arguments as bytes: a file name need not be UTF-8 (see PathCodec).
        // Read from the C runtime's own argv: Swift's CommandLine reads /proc/self/cmdline on Linux
        // and, where /proc is not mounted, would see no arguments and lint the current folder.
        guard let argv = sl_argv(), sl_argc() >= 1 else {
            FileHandleStderr.write("scriptlint: cannot read the command line's arguments\n")
            processExit(2)
        }
        let all = (0..<Int(sl_argc())).map { PathCodec.decode(argv[$0]!) }
        let arguments = all.dropFirst()
        if arguments.first == "lsp" {
            guard arguments.count == 1 || arguments.dropFirst().allSatisfy({ $0 == "--stdio" }) else {
                FileHandleStderr.write("scriptlint lsp: the language server takes no arguments but --stdio (it talks LSP on standard input and output).\n")
                processExit(2)
            }
            processExit(LanguageServer(listWorkspace: FileDiscovery.files(in:)).run())
        }
        if !arguments.isEmpty && arguments.allSatisfy({ !$0.hasPrefix("-") }) {
            do {
                try LintRun(options: LintOptions(paths: Array(arguments))).execute()
                processExit(0)
            } catch let exit as RunExit {
                processExit(exit.status)
            } catch {
                FileHandleStderr.write("scriptlint: \(error)\n")
                processExit(2)
            }
        }
        do {
            let (options, paths) = ArgumentSplit.split(Array(arguments))
            var command = try parseAsRoot(options)
            if !paths.isEmpty, var lint = command as? ScriptLintCommand {
                lint.paths.append(contentsOf: paths)
                try lint.validate()
                command = lint
            }
            try command.run()
        } catch let exit as RunExit {
            processExit(exit.status)
        } catch let code as ExitCode {
            processExit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                FileHandleStdout.write(message + "\n")
                processExit(0)
            }
            FileHandleStderr.write(message + "\n")
            processExit(2)
        }
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more.") }
        for r in rule where RuleRegistry.rule(r.id) == nil {
            throw ValidationError("Unknown rule '\(r.id)' in --rule. Run 'scriptlint --list-rules' to see the rule ids.")
        }
        if fix && fixDryRun { throw ValidationError("Use either --fix or --fix-dry-run, not both.") }
        for spec in report {
            let parts = spec.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[1].isEmpty, OutputFormat(rawValue: String(parts[0])) != nil else {
                throw ValidationError("--report takes FORMAT=FILE with FORMAT one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(spec)').")
            }
        }
        if fix && paths.contains("-") {
            throw ValidationError("--fix cannot write to standard input; use --fix-dry-run to see the changes as a diff.")
        }
        if let explain, RuleRegistry.rule(explain) == nil {
            throw ValidationError("Unknown rule '\(explain)'. Run 'scriptlint --list-rules' to see the rule ids.")
        }
    }

    func run() throws {
        if self.`init` {
            guard paths.count <= 1 else { throw ValidationError("--init takes one folder (default: the current one).") }
            throw RunExit(ProjectInit(root: paths.first ?? ".").run())
        }
        if listRules {
            print(format == .json ? RuleCatalog.listJSON() : RuleCatalog.list(), terminator: "")
            return
        }
        if let explain {
            print(RuleDocs.pages[explain] ?? RuleCatalog.summary(explain), terminator: "")
            return
        }
        var o = LintOptions()
        o.paths = paths
        o.format = format
        o.output = output
        o.config = config
        o.printConfig = printConfig
        o.overrides = Dictionary(rule.map { ($0.id, $0.severity) }, uniquingKeysWith: { _, last in last })
        o.baseline = baseline
        o.writeBaseline = writeBaseline
        o.reportUnusedDirectives = reportUnusedDirectives
        o.maxWarnings = maxWarnings
        o.quiet = quiet
        o.fix = fix
        o.fixDryRun = fixDryRun
        o.jobs = jobs
        o.noColor = noColor
        o.stdinFilename = stdinFilename
        o.printModel = printModel
        o.docsURL = docsUrl
        o.timeout = timeout
        o.warcs = warc
        o.errorOnUnmatchedPattern = !noErrorOnUnmatchedPattern
        o.reports = report.compactMap { spec in
            guard let eq = spec.firstIndex(of: "="), let format = OutputFormat(rawValue: String(spec[..<eq])) else { return nil }
            return (format, String(spec[spec.index(after: eq)...]))
        }
        o.changedLines = changedLines
        if let crawl, crawl < 1 { throw ValidationError("--crawl: give the number of pages, at least 1") }
        if concurrency < 1 { throw ValidationError("--concurrency: at least 1") }
        o.crawl = crawl
        o.concurrency = concurrency
        o.delay = delay
        o.save = save
        if let maxSize {
            let lower = maxSize.lowercased()
            let (digits, unit) = lower.hasSuffix("m") ? (String(lower.dropLast()), 1 << 20) : lower.hasSuffix("k") ? (String(lower.dropLast()), 1 << 10) : (lower, 1)
            guard let n = Int(digits), n > 0 else { throw ValidationError("--max-size: '\(maxSize)' is not a size (say 500000, 800k or 20M)") }
            o.maxSize = n * unit
        }
        try LintRun(options: o).execute()
    }
}

/// Where the report goes: a file descriptor, buffered, or a file written atomically.
final class OutputSink {
    private let fd: Int32
    private let file: AtomicFile?
    private var buffer: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        self.file = nil
    }

    init(file path: String) throws {
        self.fd = -1
        self.file = try AtomicFile(path)
    }

    func write(_ text: String) throws {
        guard !text.isEmpty else { return }
        if let file { return try file.write(text) }
        buffer += text.utf8
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        buffer.withUnsafeBytes { buf in
            guard let base = buf.baseAddress else { return }
            var done = 0
            while done < buf.count {
                let n = FileSystem.writeBytes(fd, base + done, buf.count - done)
                if n <= 0 { if errno == EINTR { continue }; return }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func commit() throws {
        if let file { try file.commit() } else { flush() }
    }

    func abandon() {
        if let file { file.abandon() } else { flush() }
    }
}

enum FileHandleStdout {
    static func write(_ s: String) {
        var s = s
        s.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    private static func write(_ buf: UnsafeRawBufferPointer) {
        guard let base = buf.baseAddress else { return }
        var done = 0
        while done < buf.count {
            let n = Glibc.write(1, base + done, buf.count - done)
            if n <= 0 { if errno == EINTR { continue }; return }
            done += n
        }
    }
}

enum FileHandleStderr {
    static func write(_ s: String) {
        var s = s
        s.withUTF8 { buf in _ = Glibc.write(2, buf.baseAddress!, buf.count) }
    }
}

/// `exit(3)` from the C library, named so that ArgumentParser's `exit` does not shadow it.
private func processExit(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
