import ScriptLint
import ScriptLintWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a lint run needs, independent of how the command line was parsed.
struct LintOptions {
    var paths: [String] = []
    var format: OutputFormat = .text
    var output: String?
    var config: String?
    var printConfig: String?
    var overrides: [String: Severity] = [:]
    var baseline: String?
    var writeBaseline: String?
    var reportUnusedDirectives = false
    var maxWarnings: Int?
    var quiet = false
    var fix = false
    var fixDryRun = false
    var jobs: Int?
    var noColor = false
    var stdinFilename = "<stdin>"
    var printModel = false
    var docsURL: String?
    var timeout: Double?
    var maxSize: Int?
    var save: String?
    var warcs: [String] = []
    var crawl: Int?
    var concurrency = 4
    var delay = 0.0
    var errorOnUnmatchedPattern = true
    /// `--report FORMAT=FILE`: more reports of the same run.
    var reports: [(format: OutputFormat, path: String)] = []
    /// `--changed-lines DIFF`: only findings on the lines a unified diff adds.
    var changedLines: String?
}

/// One run: discovery, configuration, the parallel driver, the report and the exit status.
struct LintRun {
    let options: LintOptions

    func execute() throws {
        let overrides = options.overrides
        let found: [(Target, Configuration)]
        var linters: [Linter] = []
        var archiveLinter: Linter?
        do {
            let resolver = try ConfigurationResolver(explicitPath: options.config)
            if let printConfig = options.printConfig {
                FileHandleStdout.write(try resolver.configuration(for: printConfig).render(overrides: overrides))
                return
            }
            // With only archives to read, no folder is walked.
            let paths = options.paths.isEmpty && options.warcs.isEmpty ? ["."] : options.paths
            var discovery = FileDiscovery(configurations: resolver)
            discovery.errorOnUnmatchedPattern = options.errorOnUnmatchedPattern
            found = try discovery.targets(for: paths, stdinName: options.stdinFilename)
            if !options.warcs.isEmpty {
                let configuration = try resolver.configuration(for: "./page.html")
                var settings = configuration.settings
                for (id, severity) in overrides { settings.severities[id] = severity }
                archiveLinter = try Linter(settings: settings, reportUnusedDirectives: options.reportUnusedDirectives)
            }
            var byConfig: [String: Linter] = [:]
            for (_, configuration) in found {
                let key = configuration.path ?? ""
                if byConfig[key] == nil {
                    var settings = configuration.settings
                    for (id, severity) in overrides { settings.severities[id] = severity }
                    byConfig[key] = try Linter(settings: settings, reportUnusedDirectives: options.reportUnusedDirectives,
                                               templates: configuration.templateSettings())
                }
                linters.append(byConfig[key]!)
            }
        } catch {
            FileHandleStderr.write("scriptlint: configuration error: \(error)\n")
            throw RunExit(2)
        }
        let targets = found.map(\.0)
        if targets.contains(where: { if case .url = $0 { return true } else { return false } }), let reason = Fetcher.unavailableReason {
            FileHandleStderr.write("scriptlint: \(reason)\n")
            throw RunExit(2)
        }
        // A partial takes its placement from where the run's other templates include it.
        let files = targets.compactMap { t -> String? in if case .file(let p) = t { return Configuration.absolutePath(p) } else { return nil } }
        for linter in Dictionary(grouping: linters, by: { ObjectIdentifier($0.templates.resolver) }).values.compactMap(\.first) {
            linter.templates.setRunFiles(files)
            linter.templates.run.workers = options.jobs ?? Driver.defaultJobs
        }
        if options.printModel {
            for (k, target) in targets.enumerated() { ModelPrinter.print(target, linter: linters[k]) }
            if let archiveLinter {
                var readable = true
                for warc in options.warcs {
                    readable = ArchiveRun(path: warc, linter: archiveLinter, maxBytes: options.maxSize ?? Fetcher.defaultMaxBytes,
                                          keepPages: false, jobs: options.jobs ?? Driver.defaultJobs).printModel() && readable
                }
                if !readable { throw RunExit(2) }
            }
            return
        }
        let known: Baseline?
        do { known = try options.baseline.map(Baseline.load) } catch {
            FileHandleStderr.write("scriptlint: baseline error: \(error)\n")
            throw RunExit(2)
        }

        // With --fix-dry-run standard output carries the diff alone, so the report goes elsewhere.
        let reportFD: Int32 = options.fixDryRun ? 2 : 1
        let toTerminal = options.output == nil && isatty(reportFD) == 1
        let color = toTerminal && !options.noColor && (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
        let reporter = Reporter.make(options.format, options: ReporterOptions(color: color, quiet: options.quiet, fixDryRun: options.fixDryRun,
                                                                             documentationBase: options.docsURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? RuleCatalog.documentationBase))
        let sink: OutputSink
        let recorder: Baseline.Writer?
        var extras: [(reporter: any StreamingReporter, sink: OutputSink)] = []
        let changed: ChangedLines?
        do {
            sink = try options.output.map { try OutputSink(file: $0) } ?? OutputSink(fd: reportFD)
            recorder = try options.writeBaseline.map(Baseline.Writer.init)
            for extra in options.reports {
                let reporter = Reporter.make(extra.format, options: ReporterOptions(
                    color: false, quiet: options.quiet, fixDryRun: options.fixDryRun,
                    documentationBase: options.docsURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? RuleCatalog.documentationBase))
                extras.append((reporter, try OutputSink(file: extra.path)))
            }
            changed = try options.changedLines.map { path in
                do { return try ChangedLines(diff: FileSystem.read(path)) } catch {
                    throw ChangedLines.Problem(description: "--changed-lines \(path): \(error)")
                }
            }
        } catch {
            FileHandleStderr.write("scriptlint: \(error)\n")
            throw RunExit(2)
        }

        var driver = Driver(linters: linters, jobs: options.jobs ?? Driver.defaultJobs)
        driver.mode = options.fix ? .fix : options.fixDryRun ? .fixDryRun : .lint
        driver.keepPages = options.format == .html || options.reports.contains { $0.format == .html }
        if let timeout = options.timeout { driver.fetcher.timeoutMilliseconds = max(1, Int(timeout * 1000)) }
        if let maxSize = options.maxSize { driver.fetcher.maxBytes = maxSize }
        if let save = options.save {
            if case .directory = FileSystem.kind(save) {} else {
                FileHandleStderr.write("scriptlint: --save \(save): not a folder (create it first)\n")
                throw RunExit(2)
            }
            driver.saveFolder = save
        }
        var totals = Totals()
        let progress = ProgressLine()
        // Archived pages are counted apart from the command line's files.
        var archivePages = 0, archive = ""
        do {
            try sink.write(reporter.begin())
            for extra in extras { try extra.sink.write(extra.reporter.begin()) }
            func consume(_ result: FileResult) throws {
                progress.clear()
                var result = result
                if let diff = result.diff { FileHandleStdout.write(diff) }
                if let recorder {
                    // What is recorded is known: the run reports (and fails on) nothing of it.
                    try recorder.add(result)
                    result.diagnostics = []
                } else if let known {
                    result = known.filter(result)
                }
                if let changed { result = changed.filter(result) }
                totals.add(result)
                try sink.write(reporter.file(result))
                for extra in extras { try extra.sink.write(extra.reporter.file(result)) }
                if result.record != nil {
                    archivePages += 1
                    progress.update("\(archive): \(archivePages) page\(archivePages == 1 ? "" : "s") read")
                } else if options.crawl == nil {
                    progress.update("\(totals.files) of \(targets.count) files")
                }
            }
            if let limit = options.crawl {
                let seeds = targets.compactMap { t -> String? in if case .url(let u) = t { return u } else { return nil } }
                let others = targets.indices.filter { if case .url = targets[$0] { return false } else { return true } }
                try Driver(linters: others.map { linters[$0] }, jobs: driver.jobs).run(others.map { targets[$0] }, consume: consume)
                if let first = targets.indices.first(where: { if case .url = targets[$0] { return true } else { return false } }) {
                    try CrawlRun(seeds: seeds, limit: limit, concurrency: options.concurrency, delay: options.delay,
                                 driver: driver, linter: linters[first]).run(consume)
                }
            } else {
                try driver.run(targets, consume: consume)
            }
            if let archiveLinter {
                for warc in options.warcs {
                    archive = warc == "-" ? "standard input" : warc
                    archivePages = 0
                    try ArchiveRun(path: warc, linter: archiveLinter, maxBytes: driver.fetcher.maxBytes,
                                   keepPages: driver.keepPages, jobs: driver.jobs).run(consume)
                }
            }
            progress.clear()
            try sink.write(reporter.end(totals))
            for extra in extras { try extra.sink.write(extra.reporter.end(totals)) }
            try sink.commit()
            for extra in extras { try extra.sink.commit() }
            if let recorder, let writeBaseline = options.writeBaseline {
                try recorder.commit()
                FileHandleStderr.write("scriptlint: recorded \(recorder.count) finding\(recorder.count == 1 ? "" : "s") in \(writeBaseline).\n")
            }
        } catch {
            sink.abandon()
            for extra in extras { extra.sink.abandon() }
            FileHandleStderr.write("scriptlint: \(error)\n")
            throw RunExit(2)
        }

        if totals.unreadable > 0 { throw RunExit(2) }
        if totals.errors > 0 { throw RunExit(1) }
        if let maxWarnings = options.maxWarnings, totals.warnings > maxWarnings {
            if options.format == .text && options.output == nil {
                FileHandleStderr.write("scriptlint: \(totals.warnings) warnings, more than --max-warnings \(maxWarnings).\n")
            }
            throw RunExit(1)
        }
    }
}

/// A run that ends with an exit status other than 0.
struct RunExit: Error {
    var status: Int32
    init(_ status: Int32) { self.status = status }
}
