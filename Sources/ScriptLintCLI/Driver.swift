import ScriptLint
import ScriptLintWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lints targets on several threads; results come back in the order of the targets.
struct Driver {
    enum Mode { case lint, fix, fixDryRun }

    /// The linter for each target, by index (one per configuration file, shared).
    let linters: [Linter]
    let jobs: Int
    var mode: Mode = .lint
    /// Keep each page's model for the report (`--format html`).
    var keepPages = false
    var fetcher = Fetcher()
    /// `--save DIR`: where each fetched page is kept.
    var saveFolder: String?

    static var defaultJobs: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Lints every target and hands the results to `consume` in target order, on the calling
    /// thread, as soon as each is ready. Workers stay at most a window ahead of `consume`, so
    /// memory holds a bounded number of results however many files there are.
    func run(_ targets: [Target], consume: (FileResult) throws -> Void) rethrows {
        precondition(linters.count == targets.count)
        let workers = min(jobs, targets.count)
        if workers <= 1 {
            for k in targets.indices { try consume(lintOne(targets[k], linters[k])) }
            return
        }
        let results = OrderedResults(count: targets.count, window: 256 * workers)
        for _ in 0..<workers {
            Threads.start {
                while let k = results.take() {
                    results.put(k, lintOne(targets[k], linters[k]))
                }
            }
        }
        for k in targets.indices {
            let result = results.wait(for: k)
            try consume(result)
        }
    }

    private func lintOne(_ target: Target, _ linter: Linter) -> FileResult {
        switch target {
        case .unusable(let path, let reason):
            return FileResult(path: path, diagnostics: [], error: reason)
        case .standardInput(let name):
            do {
                return try lint(path: name, bytes: try FileSystem.readStandardInput(), writable: false, linter: linter)
            } catch {
                return FileResult(path: name, diagnostics: [], error: "\(error)")
            }
        case .url(let url):
            return fetchAndLint(url, linter)
        case .file(let path):
            do {
                return try lint(path: path, bytes: try linter.read(path), writable: true, linter: linter)
            } catch {
                return FileResult(path: path, diagnostics: [], error: "\(error)")
            }
        }
    }

    private func fetchAndLint(_ url: String, _ linter: Linter) -> FileResult {
        result(of: fetcher.fetch(url), url: url, linter)
    }

    /// The result for a fetched page: its findings, or why it has none.
    func result(of fetched: Result<Fetcher.Response, Fetcher.Failure>, url: String, _ linter: Linter) -> FileResult {
        switch fetched {
        case .failure(let failure):
            var result = FileResult(path: failure.info?.finalURL ?? url, diagnostics: [], error: failure.reason)
            result.fetch = failure.info
            return result
        case .success(let response):
            guard Fetcher.isPage(response.mediaType) else {
                var result = FileResult(path: response.info.finalURL, diagnostics: [],
                                        error: "not HTML: the server says \(response.info.contentType ?? "nothing")")
                result.fetch = response.info
                return result
            }
            var saveError: String?
            if let saveFolder {
                do { try FileSystem.writeAtomically(response.body, to: saveFolder + "/" + Self.saveName(response.info.finalURL)) } catch { saveError = "cannot save: \(error)" }
            }
            var result = response.mediaType == "application/xhtml+xml"
                ? XHTMLReader.lint(name: response.info.finalURL, bytes: response.body, with: linter, keepPage: keepPages, summarize: true)
                : linter.lintServed(name: response.info.finalURL, bytes: response.body, charset: response.charset, keepPage: keepPages)
            result.fetch = response.info
            result.url = response.info.finalURL
            if let saveError { result.error = saveError }
            return result
        }
    }

    /// A file name for a fetched page: its URL without the scheme, every character that is not a
    /// letter, digit, `.`, `-` or `_` replaced, `.html` added when it has no extension.
    static func saveName(_ url: String) -> String {
        var s = url
        for scheme in ["https://", "http://"] where s.lowercased().hasPrefix(scheme) { s = String(s.dropFirst(scheme.count)) }
        var name = String(s.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(200))
        switch FileKinds.kind(of: name)?.reading {
        case .page?, .xhtml?: break
        default: name += ".html"
        }
        return name
    }

    private func lint(path: String, bytes: [UInt8], writable: Bool, linter: Linter) throws -> FileResult {
        // XHTML is read as browsers read it: with an XML parser. (No fixes: the tokenizer's edits
        // are HTML's.)
        if FileKinds.kind(of: path)?.reading == .xhtml { return XHTMLReader.lint(name: path, bytes: bytes, with: linter, keepPage: keepPages) }
        guard mode != .lint else { return linter.lint(path: path, bytes: bytes, keepPage: keepPages) }
        let outcome = Fixer.fix(bytes, with: linter, path: path)
        var result = FileResult(path: path, diagnostics: outcome.diagnostics)
        if keepPages { result.page = PageModel.make(linter.parse(path: path, bytes: outcome.bytes), diagnostics: outcome.diagnostics) }
        result.fixesApplied = outcome.applied
        guard outcome.applied > 0 else { return result }
        if mode == .fixDryRun {
            result.diff = UnifiedDiff.make(old: bytes, new: outcome.bytes, path: path)
        } else if writable {
            do {
                try FileSystem.replace(path, original: bytes, with: outcome.bytes)
            } catch {
                // Not written: report what the file still holds.
                var unfixed = linter.lint(path: path, bytes: bytes, keepPage: keepPages)
                unfixed.error = "\(error)"
                return unfixed
            }
        }
        return result
    }
}

/// Results handed from worker threads to the consumer in order, with back-pressure.
final class OrderedResults: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var changed = pthread_cond_t()
    private var ready: [Int: FileResult] = [:]
    private var nextToTake = 0
    private var nextToConsume = 0
    private let count: Int
    private let window: Int

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&changed, nil)
    }

    deinit {
        pthread_cond_destroy(&changed)
        pthread_mutex_destroy(&mutex)
    }

    /// The next target index for a worker, or nil when all are taken.
    func take() -> Int? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while nextToTake < count && nextToTake >= nextToConsume + window {
            pthread_cond_wait(&changed, &mutex)
        }
        guard nextToTake < count else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    func put(_ k: Int, _ result: FileResult) {
        pthread_mutex_lock(&mutex)
        ready[k] = result
        pthread_cond_broadcast(&changed)
        pthread_mutex_unlock(&mutex)
    }

    func wait(for k: Int) -> FileResult {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while ready[k] == nil { pthread_cond_wait(&changed, &mutex) }
        let result = ready.removeValue(forKey: k)!
        nextToConsume = k + 1
        pthread_cond_broadcast(&changed)
        return result
    }
}
