import ScriptLint
import ScriptLintWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lints every HTML response record of one web archive (`-`: standard input): one thread reads
/// and inflates records in order while `jobs` workers lint them, so that reading overlaps linting
/// and every core is busy on a single archive; results reach `consume` in archive order, each
/// named by its target URI and its record (archive, `WARC-Record-ID`, date, compressed offset and
/// length). At most a window of records is held at once, so memory is bounded by `--max-size` and
/// the number of workers. A record that is too large or not a readable HTTP response is a problem
/// of its own and the archive goes on; only data that cannot be read further ends it.
struct ArchiveRun {
    let path: String
    let linter: Linter
    let maxBytes: Int
    let keepPages: Bool
    let jobs: Int

    enum Item: Sendable {
        case record(WARCReader.Record)
        case skipped(WARCReader.Record, reason: String)
        case failed(WARCReader.Failure)

        var bytes: Int { if case .record(let r) = self { return r.block.count } else { return 0 } }
    }

    func run(_ consume: (FileResult) throws -> Void) throws {
        try items(error: { FileResult(path: $0, diagnostics: [], error: $1) }) { item in
            switch item {
            case .record(let record): return lint(record)
            case .skipped(let record, let reason):
                var result = FileResult(path: record.targetURI, diagnostics: [], error: "archived response not read: \(reason)")
                result.record = identity(record)
                return result
            case .failed(let failure):
                // Corrupt or truncated data, or something that is not a WARC record: the archive cannot
                // be resynchronised, so it is not read further, and says where it stopped.
                return FileResult(path: path, diagnostics: [], error: failure.description)
            }
        } consume: { try consume($0) }
    }

    /// `--print-model --warc`: for each archived page, a line with its record and summary, then its
    /// scripts as `--print-model` prints a file's; what cannot be read goes to standard error.
    /// Returns whether everything could be read.
    func printModel() -> Bool {
        let archive = path
        var readable = true
        try? items(error: { "scriptlint: \($0): \($1)\n" }) { item -> String? in
            switch item {
            case .record(let record):
                guard case .success(let response) = WARCReader.httpResponse(record.block, maxBody: maxBytes) else {
                    return "scriptlint: \(record.targetURI): archived response not read\n"
                }
                let (media, charset) = Fetcher.parseContentType(response.header("content-type"))
                guard Fetcher.isPage(media) else { return nil }
                let document = HTMLParser.parse(SourceText(fileBytes: response.body, charset: charset))
                return ModelReporter.renderPage(url: record.targetURI, status: response.status, record: identity(record),
                                                summary: PageSummary(document))
                    + ModelReporter.render(document, path: record.targetURI)
            case .skipped(let record, let reason):
                return "scriptlint: \(record.targetURI): archived response not read: \(reason)\n"
            case .failed(let failure):
                return "scriptlint: \(archive): \(failure)\n"
            }
        } consume: { text in
            if text.hasPrefix("scriptlint: ") {
                readable = false
                FileHandleStderr.write(text)
            } else {
                FileHandleStdout.write(text)
            }
        }
        return readable
    }

    /// Each response record as an item, read on a thread of its own, handed to `jobs` workers.
    private func items<Output: Sendable>(error unreadable: (String, String) -> Output, _ process: @escaping @Sendable (Item) -> Output?,
                                         consume: (Output) throws -> Void) throws {
        let reader: WARCReader
        do { reader = try WARCReader(path: path) } catch {
            return try consume(unreadable(path, "\(error)"))
        }
        reader.maxRecord = maxBytes
        let line = ArchiveLine<Output>(window: 8 * max(1, jobs), bytes: (16 << 20) * (max(1, jobs) + 1))
        let source = UnsafeSendable(reader)
        // On threads of the run's own (see Threads): the reader and the workers wait on each other.
        Threads.start {
            while let entry = source.value.next() {
                let item: Item
                switch entry {
                case .record(let r):
                    guard Self.isResponse(r) else { continue }
                    item = .record(r)
                case .skipped(let r, let reason):
                    guard Self.isResponse(r) else { continue }
                    item = .skipped(r, reason: reason)
                case .failed(let f):
                    item = .failed(f)
                }
                guard line.push(item, bytes: item.bytes) else { break }
            }
            line.finish()
        }
        for _ in 0..<max(1, jobs) {
            Threads.start {
                while let (k, item) = line.take() { line.put(k, process(item)) }
            }
        }
        do {
            while let result = line.next() {
                if let result { try consume(result) }
            }
        } catch {
            line.cancel()
            throw error
        }
    }

    private static func isResponse(_ r: WARCReader.Record) -> Bool {
        r.type == "response" && (r.contentType ?? "").lowercased().hasPrefix("application/http")
    }

    private func identity(_ record: WARCReader.Record) -> ArchiveRecord {
        ArchiveRecord(archive: path, recordID: record.recordID, date: record.date, offset: record.memberOffset, length: record.memberLength)
    }

    private func lint(_ record: WARCReader.Record) -> FileResult? {
        switch WARCReader.httpResponse(record.block, maxBody: maxBytes) {
        case .failure(let f):
            var result = FileResult(path: record.targetURI, diagnostics: [], error: "archived response not read: \(f.reason)")
            result.record = identity(record)
            return result
        case .success(let response):
            let (media, charset) = Fetcher.parseContentType(response.header("content-type"))
            guard Fetcher.isPage(media) else { return nil }
            var result = media == "application/xhtml+xml"
                ? XHTMLReader.lint(name: record.targetURI, bytes: response.body, with: linter, keepPage: keepPages, summarize: true)
                : linter.lintServed(name: record.targetURI, bytes: response.body, charset: charset, keepPage: keepPages)
            result.fetch = FetchInfo(url: record.targetURI, finalURL: record.targetURI, redirects: [], status: response.status,
                                     contentType: response.header("content-type"))
            result.url = record.targetURI
            result.record = identity(record)
            return result
        }
    }
}

/// The archive's items between the reader, the workers and the consumer: numbered in archive
/// order; at most `window` of them, and of at most `bytes` bytes together (one item always), read
/// and not yet consumed. Each party waits on its own
/// condition and is woken only when there is something for it (no thundering herd per record).
final class ArchiveLine<Output>: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var room = pthread_cond_t()
    private var items = pthread_cond_t()
    private var results = pthread_cond_t()
    private var queue: [(Int, ArchiveRun.Item)] = []
    private var ready: [Int: Output?] = [:]
    private var produced = 0
    private var consumed = 0
    private var finished = false
    private var cancelled = false
    private let window: Int
    private let budget: Int
    private var held = 0
    private var sizes: [Int: Int] = [:]

    init(window: Int, bytes: Int) {
        self.window = window
        budget = bytes
        pthread_mutex_init(&mutex, nil)
        for c in [withUnsafeMutablePointer(to: &room) { $0 }, withUnsafeMutablePointer(to: &items) { $0 },
                  withUnsafeMutablePointer(to: &results) { $0 }] { pthread_cond_init(c, nil) }
    }

    deinit {
        pthread_cond_destroy(&room)
        pthread_cond_destroy(&items)
        pthread_cond_destroy(&results)
        pthread_mutex_destroy(&mutex)
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }

    /// Waits for room; false once the consumer has stopped.
    func push(_ item: ArchiveRun.Item, bytes: Int) -> Bool {
        locked {
            while !cancelled && produced > consumed && (produced - consumed >= window || held + bytes > budget) {
                pthread_cond_wait(&room, &mutex)
            }
            guard !cancelled else { return false }
            held += bytes
            sizes[produced] = bytes
            queue.append((produced, item))
            produced += 1
            pthread_cond_signal(&items)
            return true
        }
    }

    func finish() {
        locked {
            finished = true
            pthread_cond_broadcast(&items)
            pthread_cond_broadcast(&results)
        }
    }

    func cancel() {
        locked {
            cancelled = true
            pthread_cond_broadcast(&room)
            pthread_cond_broadcast(&items)
        }
    }

    /// The next item for a worker; nil when the reader is done and nothing is queued.
    func take() -> (Int, ArchiveRun.Item)? {
        locked {
            while !cancelled && queue.isEmpty && !finished { pthread_cond_wait(&items, &mutex) }
            guard !cancelled, !queue.isEmpty else { return nil }
            // Removed, not just passed: a taken record's bytes must not outlive its lint.
            return queue.removeFirst()
        }
    }

    func put(_ k: Int, _ result: Output?) {
        locked {
            ready[k] = .some(result)
            if k == consumed { pthread_cond_signal(&results) }
        }
    }

    /// The next result in archive order (`.some(nil)` for an item that is not a page); nil at the end.
    func next() -> Output?? {
        locked {
            while ready[consumed] == nil && !(finished && consumed >= produced) { pthread_cond_wait(&results, &mutex) }
            guard let result = ready.removeValue(forKey: consumed) else { return nil }
            held -= sizes.removeValue(forKey: consumed) ?? 0
            consumed += 1
            pthread_cond_signal(&room)
            return .some(result)
        }
    }
}

/// A value handed to the one thread that uses it from then on.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
